//! Source text to AST: a hand-written lexer and a recursive-descent parser.
//! Nothing here knows about the VM.

pub mod ast;
pub mod encoding;
mod generics;
pub mod lexer;
pub mod parser;
pub mod token;

use std::fmt;

/// Which of CPython's syntax exceptions a parse failure maps to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Source nested deeper than the compiler takes: CPython raises a plain `RecursionError`
    /// ("maximum recursion depth exceeded during compilation"), not a `SyntaxError`.
    RecursionError,
    /// Source nested deeper than the parser takes: CPython's parser gives up with a plain
    /// `MemoryError` ("Parser stack overflowed - Python source too complex to parse").
    MemoryError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::RecursionError => "RecursionError",
            SyntaxErrorKind::MemoryError => "MemoryError",
        }
    }
}

/// A parse (or compile-time) error, positioned like CPython reports it:
/// `line` is 1-based, `col`/`end_col` are 0-based character columns on that line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub line: u32,
    pub col: u32,
    pub end_col: u32,
}

impl SyntaxError {
    pub fn new(msg: impl Into<String>, line: u32, col: u32, end_col: u32) -> SyntaxError {
        SyntaxError { kind: SyntaxErrorKind::SyntaxError, msg: msg.into(), line, col, end_col }
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} (line {})", self.kind.name(), self.msg, self.line)
    }
}

/// Parses a whole module (a file's contents), with definitions that have type parameters
/// lowered to `Generic` statements for the compiler (see generics.rs).
pub fn parse_module(source: &str) -> Result<ast::Module, SyntaxError> {
    let mut module = parser::parse_module(source)?;
    generics::lower(&mut module);
    Ok(module)
}

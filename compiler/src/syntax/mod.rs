//! Source text to AST: a hand-written lexer and a recursive-descent parser.
//! Nothing here knows about the VM.

pub mod ahead;
pub mod ast;
pub mod encoding;
mod generics;
pub mod lexer;
pub mod parser;
pub mod stack_room;
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

/// A parse (or compile-time) error: one pointer, so the parser's and compiler's results stay
/// small and each `?` moves one word (compiler_lib.wasm: 1,223,687 -> 1,181,346 bytes raw,
/// 493,980 -> 483,636 gzip). Its fields read through `Deref`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError(Box<SyntaxErrorInfo>);

/// The `end_col` of an error found at the end of the input: CPython reports those with
/// `end_offset` -1 (and at top level with no caret).
pub const EOF_END_COL: u32 = u32::MAX;

/// Where and what a `SyntaxError` is, positioned like CPython reports it:
/// `line` is 1-based, `col`/`end_col` are 0-based character columns on that line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxErrorInfo {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub line: u32,
    pub col: u32,
    pub end_col: u32,
    /// The SyntaxWarnings (line, message) CPython issues before it gives up on the source:
    /// every one of the tokenizer's up to where it stopped, the parser's for what it parsed.
    pub warnings: Vec<(u32, String)>,
}

impl SyntaxError {
    #[cold]
    pub fn new(msg: impl Into<String>, line: u32, col: u32, end_col: u32) -> SyntaxError {
        SyntaxError(Box::new(SyntaxErrorInfo {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            line,
            col,
            end_col,
            warnings: Vec::new(),
        }))
    }

    pub fn into_info(self) -> SyntaxErrorInfo {
        *self.0
    }
}

impl std::ops::Deref for SyntaxError {
    type Target = SyntaxErrorInfo;
    fn deref(&self) -> &SyntaxErrorInfo {
        &self.0
    }
}

impl std::ops::DerefMut for SyntaxError {
    fn deref_mut(&mut self) -> &mut SyntaxErrorInfo {
        &mut self.0
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} (line {})", self.kind.name(), self.msg, self.line)
    }
}

/// Parses a whole module (a file's contents), with definitions that have type parameters
/// lowered to `Generic` statements for the compiler (see generics.rs). A parse of the same
/// text kept ahead (the wasm host's import listing, see ahead.rs) is taken instead.
pub fn parse_module(source: &str) -> Result<ast::Module, SyntaxError> {
    if let Some(module) = ahead::take(source) {
        return Ok(module);
    }
    let mut module = parser::parse_module(source)?;
    generics::lower(&mut module);
    Ok(module)
}

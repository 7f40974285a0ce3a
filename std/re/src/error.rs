//! Pattern errors: CPython's message and position (in code points), or the non-`re.error`
//! exceptions the `re` module raises for some bad input.

use alloc::string::String;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `re.error` (`re.PatternError`).
    Pattern,
    /// `OverflowError` (repeat counts too large).
    Overflow,
    /// `ValueError` (incompatible flags).
    Value,
    /// `RecursionError` (groups nested deeper than the parser allows).
    Recursion,
    /// `IndexError` (unknown group name in a replacement template).
    Index,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    pub msg: String,
    /// Code-point offset into the pattern, when CPython reports one.
    pub pos: Option<usize>,
}

impl Error {
    pub(crate) fn at(msg: impl Into<String>, pos: usize) -> Error {
        Error { kind: ErrorKind::Pattern, msg: msg.into(), pos: Some(pos) }
    }
    pub(crate) fn other(kind: ErrorKind, msg: impl Into<String>) -> Error {
        Error { kind, msg: msg.into(), pos: None }
    }
}

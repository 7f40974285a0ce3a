//! Recursive-descent parser: tokens to `ast::Module`.

use super::SyntaxError;
use super::ast::Module;

pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    let _ = source;
    Err(SyntaxError::new("parser not implemented", 1, 0, 0))
}

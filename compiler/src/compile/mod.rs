//! AST to bytecode.

use std::rc::Rc;

use crate::bytecode::Code;
use crate::syntax::{SyntaxError, ast};
use crate::vm::Vm;

/// PLACEHOLDER until the compiler branch lands.
pub fn compile_module(_vm: &mut Vm, _m: &ast::Module, _filename: &str, _source: &str) -> Result<Rc<Code>, SyntaxError> {
    Err(SyntaxError::new("compiler not implemented", 1, 0, 0))
}

/// PLACEHOLDER until the compiler branch lands.
pub fn compile_interactive(_vm: &mut Vm, _m: &ast::Module, _filename: &str, _source: &str) -> Result<Rc<Code>, SyntaxError> {
    Err(SyntaxError::new("compiler not implemented", 1, 0, 0))
}

//! Bytecode: the instruction set, code objects and a disassembler.

pub mod code;
pub mod disasm;
pub mod opcode;

pub use code::{AttrCache, Code, CodeFlags, GlobalCache, Pos};
pub use opcode::Op;

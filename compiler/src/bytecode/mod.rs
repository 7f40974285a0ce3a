//! Bytecode: the instruction set, code objects and a disassembler.

pub mod code;
pub mod disasm;
pub mod opcode;

pub use code::{Code, CodeFlags, Pos};
pub use opcode::Op;

//! Bytecode: the instruction set, code objects and a disassembler.

pub mod code;
// The listing is for `EDGE_DIS=1` and golden tests; the wasm build leaves it out (the
// `disasm` feature is a default one, off under `--no-default-features`).
#[cfg(feature = "disasm")]
pub mod disasm;
pub mod fuse;
pub mod jumps;
pub mod opcode;

pub use code::{AttrCache, CallShape, Code, CodeFlags, GlobalCache, Pos};
pub use opcode::{Fold, Op};

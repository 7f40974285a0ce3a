//! Edge Python's compiler and virtual machine.
//!
//! `syntax` turns source into an AST, `compile` turns the AST into bytecode, `vm` runs it
//! over the values in `value`. `builtins` and `modules` are the built-in functions, type
//! methods and Rust-implemented modules. `wasm` is the WebAssembly ABI; `ext` lets a native
//! embedder (the `edge` CLI) link in modules written with wasm-pdk.

// compiler_lib.wasm is built for size (opt-level "z"); with `--cfg edge_speed` (set by
// scripts/build-wasm.sh on its nightly-capable Debian toolchain) the interpreter's hot paths
// are compiled for speed instead. Native builds never see the attribute.
//
// `#[cfg_attr(target_arch = "wasm32", inline(never))]` on a helper with one caller (which
// LLVM would otherwise always inline): V8 decides to optimise a wasm function (TurboFan, on a
// background thread, ~1-2.5 ms of CPU per KB) from a budget that each return charges with
// the size of the function's whole baseline code, and each loop back-edge with the loop's,
// whatever path ran. A rare path inlined into a function called often made V8 optimise it
// early and compile the rare path too; out of line, it is optimised only if it is hot itself.
#![cfg_attr(edge_speed, feature(optimize_attribute))]

pub mod alloc_meter;
pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod error;
#[cfg(not(target_arch = "wasm32"))]
pub mod ext;
pub mod format;
pub mod modules;
pub mod small_blocks;
pub mod syntax;
pub mod value;
pub mod vm;
// Compiled natively too: its tests run there, and `ext` (the native extension API) shares
// the value codec.
pub mod wasm;

pub use error::{ExcKind, PyErr, PyResult};
pub use value::{Obj, ObjRef, Value};
pub use vm::{FileKind, FileStat, Host, Limits, ModuleSource, ProcessIds, Stream, Vm, fs_errno};

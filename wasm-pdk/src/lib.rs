//! wasm-pdk: write Python modules in Rust.
//!
//! ```no_run
//! use wasm_pdk::{function, module, PyErr};
//!
//! #[function]
//! fn add(a: i64, b: i64) -> Result<i64, PyErr> {
//!     a.checked_add(b).ok_or_else(|| PyErr::new("OverflowError", "add() overflow"))
//! }
//!
//! module! { name: "starter", functions: [add] }
//! ```
//!
//! Built for wasm32 (`scripts/build-wasm.sh --crate DIR`) this is a Path A guest
//! (docs/abi.md): `import starter` loads it in the JS runtime. Built natively it is an rlib
//! whose `MODULE` the `edge` CLI registers (`wasm_pdk::native::register`). README.md walks
//! through both.

mod convert;
mod err;
#[cfg(not(target_arch = "wasm32"))]
pub mod native;
#[doc(hidden)]
pub mod rt;
pub mod sys;
mod value;

pub use convert::{FromPy, IntoPy, Mismatch};
pub use err::PyErr;
pub use value::{Tag, Value};
pub use wasm_pdk_macros::{function, module};

/// A Path A function: `argc` argument handles at `argv`, the result handle written to `*out`;
/// returns 0 (ok), 1 (`*out` is a `"Kind: message"` str) or 2 (an exception is pending).
pub type RawFn = unsafe extern "C" fn(argv: *const u32, argc: u32, out: *mut u32) -> i32;

/// What `module!` declares: the module's name, its functions and its optional Python shim.
pub struct ModuleDef {
    pub name: &'static str,
    pub functions: &'static [(&'static str, RawFn)],
    /// Python source registered as module `name` (the functions then form `_name`).
    pub shim: Option<&'static str>,
}

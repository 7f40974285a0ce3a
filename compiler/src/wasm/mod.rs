//! The WebAssembly face of the crate: the `env` imports, the host (`Host` over those
//! imports), the handle table and codec, and the C-ABI exports JavaScript calls. The
//! contract is docs/abi.md; `runtime/src/{env,rt,native}.js` is the other side.
//!
//! Built for `wasm32` (scripts/build-wasm.sh); compiled natively only for its unit tests,
//! with in-process stand-ins for the imports (`ffi`).

pub mod abi;
pub mod alloc;
pub mod codec;
pub mod ffi;
pub mod imports;
pub mod mem;
pub mod memfs;
pub mod session;

// Counts what the program holds, for the collector's pacing and the heap limit
// (alloc_meter.rs). Blocks up to 2 KiB come from pages of one size class (small_blocks.rs),
// larger ones from std's wasm allocator (dlmalloc).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: crate::alloc_meter::MeteredAlloc<crate::small_blocks::SmallBlocks> =
    crate::alloc_meter::MeteredAlloc(crate::small_blocks::SmallBlocks);

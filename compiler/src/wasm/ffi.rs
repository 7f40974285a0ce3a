//! The four functions compiler_lib.wasm imports from `env` (see docs/abi.md). On other
//! targets (unit tests) they are replaced by in-process stand-ins that record output.

#[cfg(target_arch = "wasm32")]
mod imports {
    #[link(wasm_import_module = "env")]
    unsafe extern "C" {
        /// Writes UTF-8 text: `stream` 1 = stdout, 2 = stderr.
        pub fn host_print(stream: u32, ptr: *const u8, len: usize);
        /// Calls native function `fn_id` with `argc` handles at `argv`; writes the result (or
        /// error message) handle to `*out`. Returns 0 (ok), 1 (error, `*out` is a str) or 2
        /// (an exception is pending, see `host_edge_call`).
        pub fn host_call_native(fn_id: u32, argv: *const u32, argc: u32, out: *mut u32) -> i32;
        /// Fetches a module's source by dotted name into a buffer the host allocates with
        /// `wasm_alloc`; writes `[ptr, len]` to `out`. Returns a `FETCH_*` status.
        pub fn host_fetch_bytes(name: *const u8, name_len: usize, out: *mut u32) -> i32;
        /// Nanoseconds: `clock` 0 = Unix epoch (wall clock), 1 = monotonic.
        pub fn host_now_ns(clock: u32) -> i64;
    }
}

#[cfg(not(target_arch = "wasm32"))]
#[allow(clippy::missing_safety_doc)]
mod imports {
    use std::cell::RefCell;

    /// A stand-in native function: argument handles in, `Ok(result)` or `Err(message)` handle.
    pub type NativeStub = fn(&[u32]) -> Result<u32, u32>;

    thread_local! {
        /// Everything "printed" by the stand-in `host_print`: (stream, text).
        pub static PRINTED: RefCell<Vec<(u32, String)>> = const { RefCell::new(Vec::new()) };
        /// The stand-in native table: fn_id → Rust closure over handles.
        pub static NATIVES: RefCell<Vec<NativeStub>> = const { RefCell::new(Vec::new()) };
    }

    pub unsafe fn host_print(stream: u32, ptr: *const u8, len: usize) {
        let bytes = unsafe { std::slice::from_raw_parts(ptr, len) };
        let text = String::from_utf8_lossy(bytes).into_owned();
        PRINTED.with(|p| p.borrow_mut().push((stream, text)));
    }

    pub unsafe fn host_call_native(fn_id: u32, argv: *const u32, argc: u32, out: *mut u32) -> i32 {
        let args = unsafe { std::slice::from_raw_parts(argv, argc as usize) }.to_vec();
        let f = NATIVES.with(|n| n.borrow().get(fn_id as usize).copied());
        let Some(f) = f else { return -1 };
        match f(&args) {
            Ok(h) => {
                unsafe { *out = h };
                0
            }
            Err(h) => {
                unsafe { *out = h };
                1
            }
        }
    }

    pub unsafe fn host_fetch_bytes(_name: *const u8, _name_len: usize, _out: *mut u32) -> i32 {
        super::FETCH_UNSUPPORTED
    }

    pub unsafe fn host_now_ns(clock: u32) -> i64 {
        if clock == 0 { 1_700_000_000_000_000_000 } else { 1_000_000_000 }
    }
}

pub use imports::*;

/// `host_fetch_bytes` statuses.
pub const FETCH_MODULE: i32 = 0;
pub const FETCH_PACKAGE: i32 = 1;
pub const FETCH_NOT_FOUND: i32 = -1;
pub const FETCH_UNSUPPORTED: i32 = -2;

/// `host_call_native` statuses.
pub const CALL_OK: i32 = 0;
pub const CALL_ERROR: i32 = 1;
/// The call raised an exception the VM already holds (`session::set_pending`): it propagates
/// unchanged.
pub const CALL_PENDING: i32 = 2;

//! The raw codec: `host_edge_*` over u32 handles (docs/abi.md, "Handle codec" and "Path A
//! guests"). On wasm32 these are imports from `env`, wired by the JS loader to compiler_lib;
//! natively they are compiler_lib's `ext::codec`, which has the same names and signatures.
//! Prefer `Value`, which frees its handle and checks results.
#![allow(clippy::missing_safety_doc)]

macro_rules! codec {
    ($( $(#[$doc:meta])* fn $name:ident($($a:ident: $t:ty),*) -> $r:ty; )*) => {
        #[cfg(target_arch = "wasm32")]
        mod imp {
            #[link(wasm_import_module = "env")]
            unsafe extern "C" {
                $( pub fn $name($($a: $t),*) -> $r; )*
                pub fn host_edge_drop(h: u32);
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        use compiler_lib::ext::codec as imp;

        $(
            $(#[$doc])*
            #[inline]
            #[allow(unused_unsafe)]
            pub unsafe fn $name($($a: $t),*) -> $r {
                unsafe { imp::$name($($a),*) }
            }
        )*

        /// Releases a handle (dead handles are ignored).
        #[inline]
        #[allow(unused_unsafe)]
        pub unsafe fn host_edge_drop(h: u32) {
            unsafe { imp::host_edge_drop(h) }
        }
    };
}

codec! {
    fn host_edge_none() -> u32;
    fn host_edge_bool(v: i32) -> u32;
    fn host_edge_int(v: i64) -> u32;
    /// An int of any size from decimal text; 0 if malformed.
    fn host_edge_int_parse(ptr: *const u8, len: usize) -> u32;
    fn host_edge_float(v: f64) -> u32;
    /// A str from UTF-8; 0 if invalid.
    fn host_edge_str(ptr: *const u8, len: usize) -> u32;
    fn host_edge_bytes(ptr: *const u8, len: usize) -> u32;
    fn host_edge_list(items: *const u32, n: usize) -> u32;
    fn host_edge_tuple(items: *const u32, n: usize) -> u32;
    /// A tuple of ints from `n` i64s.
    fn host_edge_int_tuple(items: *const i64, n: usize) -> u32;
    /// A list of tuples of `width` ints from `n` i64s; 0 for a `width` of 0.
    fn host_edge_int_tuples(items: *const i64, n: usize, width: usize) -> u32;
    /// Code points `start..end` of a str / bytes of bytes or bytearray, as a new str / bytes
    /// (clamped); 0 for other values.
    fn host_edge_slice(h: u32, start: u32, end: u32) -> u32;
    /// Many slices at once: `n` i32 `(start, end)` pairs (a negative start gives None), as a
    /// list, in tuples of `width` when `width` > 1; 0 for other values.
    fn host_edge_slices(h: u32, spans: *const i32, n: usize, width: usize) -> u32;
    fn host_edge_dict() -> u32;
    fn host_edge_dict_set(d: u32, k: u32, v: u32) -> i32;
    fn host_edge_ref(id: u32) -> u32;
    fn host_edge_tag(h: u32) -> i32;
    fn host_edge_get_bool(h: u32) -> i32;
    fn host_edge_get_int(h: u32) -> i64;
    fn host_edge_get_float(h: u32) -> f64;
    fn host_edge_len(h: u32) -> i32;
    fn host_edge_item(h: u32, i: u32) -> u32;
    fn host_edge_dict_items(h: u32) -> u32;
    fn host_edge_get_ref(h: u32) -> i64;
    /// Byte length of a str's UTF-8 or of bytes; -1 otherwise.
    fn host_edge_buf_len(h: u32) -> i32;
    /// Copies those bytes to `dst`; the length, or -1.
    fn host_edge_buf_read(h: u32, dst: *mut u8) -> i32;
    /// `callable(*args)`; 0 with the exception pending on error.
    fn host_edge_call(callable: u32, args: u32) -> u32;
    /// Makes an exception instance or class the pending exception; 0 or -1.
    fn host_edge_raise(exc: u32) -> i32;
    /// A str handle holding `repr(v)`; 0 with the exception pending on error.
    fn host_edge_repr_str(h: u32) -> u32;
    /// A str handle holding `type(v).__name__`.
    fn host_edge_type_name(h: u32) -> u32;
    /// `id(v)`.
    fn host_edge_id(h: u32) -> i64;
}

/// Codec tags (`host_edge_tag`).
pub const TAG_INVALID: i32 = -1;
pub const TAG_NONE: i32 = 0;
pub const TAG_BOOL: i32 = 1;
pub const TAG_INT: i32 = 2;
pub const TAG_BIGINT: i32 = 3;
pub const TAG_FLOAT: i32 = 4;
pub const TAG_STR: i32 = 5;
pub const TAG_BYTES: i32 = 6;
pub const TAG_LIST: i32 = 7;
pub const TAG_TUPLE: i32 = 8;
pub const TAG_DICT: i32 = 9;
pub const TAG_REF: i32 = 10;
pub const TAG_OTHER: i32 = 11;

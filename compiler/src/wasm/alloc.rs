//! The host-visible allocator: `wasm_alloc(size)` / `wasm_free(ptr, size)`. Blocks are
//! 8-aligned so they can hold u32 handle arrays and f64s.

use std::alloc::Layout;

fn layout(size: usize) -> Option<Layout> {
    Layout::from_size_align(size.max(1), 8).ok()
}

/// A block of `size` bytes, or null when out of memory.
pub fn alloc(size: usize) -> *mut u8 {
    match layout(size) {
        Some(l) => unsafe { std::alloc::alloc(l) },
        None => std::ptr::null_mut(),
    }
}

/// Frees a block from `alloc` (`size` as allocated). Null is ignored.
///
/// # Safety
/// `ptr` must come from `alloc(size)` and not have been freed.
pub unsafe fn free(ptr: *mut u8, size: usize) {
    if let (false, Some(l)) = (ptr.is_null(), layout(size)) {
        unsafe { std::alloc::dealloc(ptr, l) }
    }
}

/// Copies a host-filled block out and frees it.
///
/// # Safety
/// As for `free`, with `len` the allocated size, fully initialised.
pub unsafe fn take_buffer(ptr: *mut u8, len: usize) -> Vec<u8> {
    if ptr.is_null() {
        return Vec::new();
    }
    let bytes = unsafe { std::slice::from_raw_parts(ptr, len) }.to_vec();
    unsafe { free(ptr, len) };
    bytes
}

//! mimalloc as the global allocator, through its plain entry points wherever they already
//! give the alignment Rust asks for.
//!
//! The `mimalloc` crate always calls the `_aligned` functions, whose checks come before the
//! same small-block path (~25-55 instructions more per allocation; binary_formats made
//! 1.8 million allocations). mimalloc places every block on a multiple of the word size and
//! every block of 16 bytes or more on a multiple of 16 (`MI_MAX_ALIGN_SIZE`), so only larger
//! alignments need the aligned functions.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use mimalloc::MiMalloc;

unsafe extern "C" {
    fn mi_malloc(size: usize) -> *mut c_void;
    fn mi_zalloc(size: usize) -> *mut c_void;
    fn mi_realloc(p: *mut c_void, newsize: usize) -> *mut c_void;
}

/// Whether a plain mimalloc block of `size` bytes is aligned to `align`.
#[inline(always)]
fn plain_aligned(size: usize, align: usize) -> bool {
    align <= std::mem::size_of::<usize>() || (align <= 16 && size >= 16)
}

pub struct Mi;

// SAFETY: each call goes to mimalloc with the layout's size; the plain functions only when
// their blocks meet the layout's alignment (see `plain_aligned`), the rest to `MiMalloc`.
// Every block is freed by `mi_free` (MiMalloc::dealloc), whichever function made it.
unsafe impl GlobalAlloc for Mi {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if plain_aligned(layout.size(), layout.align()) {
            unsafe { mi_malloc(layout.size()) as *mut u8 }
        } else {
            unsafe { MiMalloc.alloc(layout) }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if plain_aligned(layout.size(), layout.align()) {
            unsafe { mi_zalloc(layout.size()) as *mut u8 }
        } else {
            unsafe { MiMalloc.alloc_zeroed(layout) }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { MiMalloc.dealloc(ptr, layout) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if plain_aligned(new_size, layout.align()) {
            unsafe { mi_realloc(ptr as *mut c_void, new_size) as *mut u8 }
        } else {
            unsafe { MiMalloc.realloc(ptr, layout, new_size) }
        }
    }
}

//! Counts the bytes a thread has allocated and not yet freed, for binaries that install
//! `MeteredAlloc` as their global allocator (the `edge` CLI and compiler_lib.wasm do).
//!
//! Why: the heap's own accounting (`Heap::allocated_since_gc`) sizes an object when it is
//! made, so a dict or list that grows afterwards (`{k: v for ...}`, `l.append` in a loop)
//! counts as 48 bytes whatever it becomes. Garbage built that way never triggered a
//! collection (24,000 fifty-key dict comprehensions kept 110 MB alive, and paid the page
//! faults for it), and `--max-heap` never saw a list growing without bound. The allocator
//! sees every byte, so the collector is paced, and the heap limit enforced, on what the
//! program really holds.
//!
//! The count is per thread (no atomics on the allocation path): the VM allocates and frees
//! its objects on the thread that runs it. A thread freeing memory another thread allocated
//! may go below zero; readers only ever take differences.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;

thread_local! {
    static IN_USE: Cell<isize> = const { Cell::new(0) };
    static METERED: Cell<bool> = const { Cell::new(false) };
}

/// A global allocator wrapping `A` that keeps the per-thread count.
pub struct MeteredAlloc<A>(pub A);

#[inline(always)]
fn add(bytes: isize) {
    IN_USE.with(|n| n.set(n.get().wrapping_add(bytes)));
}

// SAFETY: every method forwards to `A` unchanged; the count is bookkeeping on the side.
unsafe impl<A: GlobalAlloc> GlobalAlloc for MeteredAlloc<A> {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { self.0.alloc(layout) };
        if !p.is_null() {
            add(layout.size() as isize);
        }
        p
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { self.0.alloc_zeroed(layout) };
        if !p.is_null() {
            add(layout.size() as isize);
        }
        p
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { self.0.dealloc(ptr, layout) };
        add(-(layout.size() as isize));
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { self.0.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            add(new_size as isize - layout.size() as isize);
        }
        p
    }
}

/// Marks this thread as metered: call once, from the thread that will run the VM, in a
/// native binary whose global allocator is `MeteredAlloc` (compiler_lib.wasm installs it
/// and is always metered). Without it `in_use` is `None` and the heap falls back to its own
/// estimate: a library embedder may use any allocator.
pub fn enable_on_this_thread() {
    METERED.with(|m| m.set(true));
}

/// Bytes this thread holds (allocated minus freed), when metered.
#[inline]
pub fn in_use() -> Option<isize> {
    if cfg!(target_arch = "wasm32") || METERED.with(|m| m.get()) { Some(IN_USE.with(|n| n.get())) } else { None }
}

//! A global allocator that keeps the small blocks this thread frees, by size class, and hands
//! them back before asking the system allocator (the `edge` CLI and compiler_lib.wasm put it
//! under `MeteredAlloc`).
//!
//! Why: the VM's collector frees its garbage in bulk, tens of thousands of boxes (sets,
//! functions, iterator states, tuples' vectors) at a time, and the program then makes as many
//! again. glibc's per-thread cache holds 7 blocks per size, so most of those frees went
//! through its bins (`_int_free`, `malloc_consolidate`) and the mallocs back out of them,
//! about a quarter of all the instructions of an allocation-heavy program; wasm's dlmalloc
//! does the same work. A free list per size class makes each of them a few loads and stores.
//!
//! Blocks of up to `MAX_SMALL` bytes with an alignment of at most `CLASS_BYTES` are rounded up
//! to their class and always come from (and go back to) the system allocator at that size,
//! whether or not they passed through the cache. The cache keeps at most `CAP_BYTES` (about
//! what one collection frees when the heap is small); beyond that a freed block goes back to
//! the system. What the cache holds when the thread ends goes back to the system too.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::UnsafeCell;
use std::ptr;

/// Size classes are multiples of this (also the largest alignment they serve).
const CLASS_BYTES: usize = 16;
/// Number of classes: blocks of 16, 32, ... `MAX_SMALL` bytes.
const CLASSES: usize = 32;
const MAX_SMALL: usize = CLASS_BYTES * CLASSES;
/// Most bytes the cache keeps for reuse, all classes together.
const CAP_BYTES: usize = 32 << 20;

/// The free blocks of each class, linked through their first word.
struct FreeLists {
    head: [*mut u8; CLASSES],
    /// Bytes in all the lists.
    bytes: usize,
}

impl Drop for FreeLists {
    fn drop(&mut self) {
        for class in 0..CLASSES {
            let layout = class_layout(class);
            let mut p = std::mem::replace(&mut self.head[class], ptr::null_mut());
            while !p.is_null() {
                // SAFETY: every block on the list came from `System` with `layout` and holds the
                // next block's address in its first word.
                unsafe {
                    let next = p.cast::<*mut u8>().read();
                    System.dealloc(p, layout);
                    p = next;
                }
            }
        }
        self.bytes = 0;
    }
}

thread_local! {
    static LISTS: UnsafeCell<FreeLists> =
        const { UnsafeCell::new(FreeLists { head: [ptr::null_mut(); CLASSES], bytes: 0 }) };
}

/// The class of a layout the cache serves.
#[inline(always)]
fn class_of(layout: Layout) -> Option<usize> {
    if layout.size() <= MAX_SMALL && layout.align() <= CLASS_BYTES {
        Some(layout.size().saturating_sub(1) / CLASS_BYTES)
    } else {
        None
    }
}

#[inline(always)]
fn class_layout(class: usize) -> Layout {
    // SAFETY: a non-zero multiple of 16 with alignment 16.
    unsafe { Layout::from_size_align_unchecked((class + 1) * CLASS_BYTES, CLASS_BYTES) }
}

/// Pops a free block of `class` (None when there is none, or the thread is ending).
#[inline(always)]
fn take(class: usize) -> Option<*mut u8> {
    LISTS
        .try_with(|lists| {
            // SAFETY: the lists are this thread's, and nothing here re-enters the allocator.
            let lists = unsafe { &mut *lists.get() };
            let p = lists.head[class];
            if p.is_null() {
                return None;
            }
            // SAFETY: `p` is a free block whose first word links the next one.
            lists.head[class] = unsafe { p.cast::<*mut u8>().read() };
            lists.bytes -= (class + 1) * CLASS_BYTES;
            Some(p)
        })
        .ok()
        .flatten()
}

/// Pushes a freed block of `class`; false when the cache is full (or the thread is ending),
/// and the caller gives it back to the system.
#[inline(always)]
fn keep(class: usize, p: *mut u8) -> bool {
    LISTS
        .try_with(|lists| {
            // SAFETY: as in `take`.
            let lists = unsafe { &mut *lists.get() };
            let size = (class + 1) * CLASS_BYTES;
            if lists.bytes + size > CAP_BYTES {
                return false;
            }
            // SAFETY: the block is at least 16 bytes, aligned to 16, and no longer in use.
            unsafe { p.cast::<*mut u8>().write(lists.head[class]) };
            lists.head[class] = p;
            lists.bytes += size;
            true
        })
        .unwrap_or(false)
}

/// The system allocator with a per-thread cache of small freed blocks.
pub struct SmallBlocks;

// SAFETY: small blocks are always `System` blocks of their class's layout (from the cache or
// fresh), large ones `System` blocks of their own layout; `realloc` moves a block between the
// two kinds by copying.
unsafe impl GlobalAlloc for SmallBlocks {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match class_of(layout) {
            Some(class) => match take(class) {
                Some(p) => p,
                None => unsafe { System.alloc(class_layout(class)) },
            },
            None => unsafe { System.alloc(layout) },
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        match class_of(layout) {
            Some(class) => match take(class) {
                Some(p) => {
                    unsafe { p.write_bytes(0, layout.size()) };
                    p
                }
                None => unsafe { System.alloc_zeroed(class_layout(class)) },
            },
            None => unsafe { System.alloc_zeroed(layout) },
        }
    }

    #[inline]
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        match class_of(layout) {
            Some(class) => {
                if !keep(class, p) {
                    unsafe { System.dealloc(p, class_layout(class)) }
                }
            }
            None => unsafe { System.dealloc(p, layout) },
        }
    }

    #[inline]
    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller guarantees `new_size` with `layout.align()` is a valid layout.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        match (class_of(layout), class_of(new_layout)) {
            (Some(a), Some(b)) if a == b => p,
            (None, None) => unsafe { System.realloc(p, layout, new_size) },
            _ => {
                let q = unsafe { self.alloc(new_layout) };
                if !q.is_null() {
                    unsafe {
                        ptr::copy_nonoverlapping(p, q, layout.size().min(new_size));
                        self.dealloc(p, layout);
                    }
                }
                q
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_reused_by_class_and_keep_their_contents() {
        let a = SmallBlocks;
        unsafe {
            let l24 = Layout::from_size_align(24, 8).unwrap();
            let p = a.alloc(l24);
            a.dealloc(p, l24);
            // Same class (17..=32 bytes): the block just freed.
            let l32 = Layout::from_size_align(32, 16).unwrap();
            let q = a.alloc(l32);
            assert_eq!(p, q);
            q.write_bytes(7, 32);
            // Growing within the class keeps the block; past it, moves and copies.
            assert_eq!(a.realloc(q, l32, 30), q);
            let r = a.realloc(q, Layout::from_size_align(30, 16).unwrap(), 100);
            assert_eq!(std::slice::from_raw_parts(r, 30), &[7u8; 30][..]);
            let l100 = Layout::from_size_align(100, 16).unwrap();
            // To a large block and back.
            let big = a.realloc(r, l100, 4096);
            assert_eq!(std::slice::from_raw_parts(big, 30), &[7u8; 30][..]);
            let small = a.realloc(big, Layout::from_size_align(4096, 16).unwrap(), 20);
            assert_eq!(std::slice::from_raw_parts(small, 20), &[7u8; 20][..]);
            a.dealloc(small, Layout::from_size_align(20, 16).unwrap());
            // A zeroed block from the cache is zeroed.
            let z = a.alloc_zeroed(Layout::from_size_align(20, 4).unwrap());
            assert_eq!(std::slice::from_raw_parts(z, 20), &[0u8; 20][..]);
            a.dealloc(z, Layout::from_size_align(20, 4).unwrap());
            // Over-aligned blocks bypass the cache.
            let l64 = Layout::from_size_align(64, 64).unwrap();
            let o = a.alloc(l64);
            assert_eq!(o as usize % 64, 0);
            a.dealloc(o, l64);
        }
    }

    #[test]
    fn a_full_cache_gives_blocks_back() {
        let a = SmallBlocks;
        let l = Layout::from_size_align(MAX_SMALL, 8).unwrap();
        let n = CAP_BYTES / MAX_SMALL + 10;
        unsafe {
            let blocks: Vec<*mut u8> = (0..n).map(|_| a.alloc(l)).collect();
            for &p in &blocks {
                a.dealloc(p, l);
            }
            let kept = LISTS.with(|lists| (*lists.get()).bytes);
            assert_eq!(kept, CAP_BYTES);
        }
    }
}

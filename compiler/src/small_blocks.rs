//! A global allocator for small blocks, over the system allocator (compiler_lib.wasm puts it
//! under `MeteredAlloc`; the native `edge` CLI uses mimalloc instead).
//!
//! Why: the VM makes and frees tens of thousands of small boxes at a time (sets, functions,
//! iterator states, tuples' vectors; the collector frees its garbage in bulk). On wasm each
//! was a dlmalloc block, kept on a per-thread free list when freed: a new one went through
//! dlmalloc's slowest entry (a 16-aligned request is above its 8-byte alignment on wasm32, so
//! a `memalign`: a larger malloc, then the lead and tail split off and freed again), and every
//! use of the list checked the thread-local's state. Allocation was 12-25% of the wasm
//! build's time on allocation-heavy programs, about half that with pages.
//!
//! How: blocks of up to `MAX_SMALL` bytes with an alignment of at most `CLASS_BYTES` are
//! rounded up to their class (a multiple of 16) and carved from pages: `PAGE_ALIGN`-aligned
//! regions of the system allocator, each holding blocks of one class behind a small header.
//! A block's page is its address rounded down, so a free finds the header without a lookup.
//! Each page keeps its own free list and a count of the blocks in use; each class allocates
//! from the first page of its list of pages with room, and carves never-used blocks off a
//! fresh page's end (no free list is built ahead). An allocation or a free is a few loads
//! and stores; the system allocator sees one request per page.
//!
//! Memory policy: a page whose blocks are all free goes back to the system allocator at once,
//! where dlmalloc merges it with its neighbours and serves any size from it (a program that
//! frees a million small objects and then builds big strings reuses that memory). Held back
//! are only the page each class is allocating from, when it empties, and `SPARE_PAGES` empty
//! pages for the next page any class needs: at most 3.5 MiB. A page with a live block stays,
//! and its free blocks serve only its class: the usual cost of a size-class allocator.
//!
//! The pool is a plain static on wasm32 without threads (a thread-local would check its
//! state on every call). Elsewhere (the unit tests: native binaries use mimalloc) it is
//! behind a lock, so that a block freed by another thread than its maker's stays sound.

use std::alloc::{GlobalAlloc, Layout, System};
use std::ptr;

/// Size classes are multiples of this (also the largest alignment they serve).
const CLASS_BYTES: usize = 16;
/// Classes: blocks of 16, 32, ... 512 bytes, then 640 ... 1024 by 128 and 1280 ... 2048 by 256
/// (a list's or a dict's table of a few dozen entries; at most a fifth is lost to rounding).
const CLASSES: usize = 40;
const MAX_SMALL: usize = 2048;
/// Pages are aligned to this, so a block's page header is at its address rounded down.
const PAGE_ALIGN: usize = 64 << 10;
/// Bytes asked of the system for a page: a little under `PAGE_ALIGN`, leaving room for
/// dlmalloc's chunk headers and smallest free chunk between two pages, so that consecutive
/// pages take consecutive 64 KiB (a full 64 KiB page would leave a 64 KiB hole after each).
const PAGE_BYTES: usize = PAGE_ALIGN - 64;
/// Where a page's first block starts (the header rounded up to the class alignment).
const FIRST_BLOCK: usize = std::mem::size_of::<Page>().next_multiple_of(CLASS_BYTES);
// A page holds a few dozen blocks even of the largest class.
const _: () = assert!((PAGE_BYTES - FIRST_BLOCK) / MAX_SMALL >= 31);
/// Empty pages kept for any class's next page (1 MiB): a page is asked of the system as
/// twice its size (for the alignment), so one freed page alone, amid live ones, could not
/// become a page again there, and a program whose heap swings by a few pages would otherwise
/// give pages back and ask for them again.
const SPARE_PAGES: usize = 16;

/// The header at the start of each page.
struct Page {
    /// Freed blocks of this page, linked through their first word.
    free: *mut u8,
    /// Blocks handed out and not yet freed.
    used: u32,
    /// Offset of the first never-used block (blocks are carved in order).
    carved: u32,
    class: u32,
    /// Whether the page is in its class's list of pages with room.
    listed: bool,
    /// Neighbours in that list.
    prev: *mut Page,
    next: *mut Page,
}

/// The page of a block.
#[inline(always)]
fn page_of(p: *mut u8) -> *mut Page {
    p.map_addr(|a| a & !(PAGE_ALIGN - 1)).cast()
}

/// Pops a freed block of `page` (null when it has none).
///
/// # Safety
/// `page` is a live page of the pool.
#[inline(always)]
unsafe fn take_freed(page: *mut Page) -> *mut u8 {
    unsafe {
        let p = (*page).free;
        if !p.is_null() {
            // The freed block's first word links the next one.
            (*page).free = p.cast::<*mut u8>().read();
            (*page).used += 1;
        }
        p
    }
}

#[inline(always)]
fn class_size(class: usize) -> usize {
    match class {
        0..32 => (class + 1) * CLASS_BYTES,
        32..36 => 512 + (class - 31) * 128,
        _ => 1024 + (class - 35) * 256,
    }
}

fn page_layout() -> Layout {
    // SAFETY: a non-zero size and a power-of-two alignment, far below isize::MAX.
    unsafe { Layout::from_size_align_unchecked(PAGE_BYTES, PAGE_ALIGN) }
}

/// For each class, its pages that have a free or never-used block; allocation takes from the
/// first. Full pages are in no list until a block of theirs is freed.
struct Pool {
    head: [*mut Page; CLASSES],
    /// Empty pages, linked through `next`, and how many.
    spare: *mut Page,
    spares: usize,
}

impl Pool {
    const fn new() -> Pool {
        Pool { head: [ptr::null_mut(); CLASSES], spare: ptr::null_mut(), spares: 0 }
    }

    /// A block of `class`, or null when the system has no memory for a new page.
    #[inline(always)]
    unsafe fn alloc(&mut self, class: usize) -> *mut u8 {
        let page = self.head[class];
        if !page.is_null() {
            // SAFETY: listed pages are live pages of this pool.
            let p = unsafe { take_freed(page) };
            if !p.is_null() {
                return p;
            }
        }
        unsafe { self.alloc_slow(class) }
    }

    /// The first page has no freed block: carve a never-used one, moving past full pages and
    /// taking a new page when the list runs out.
    #[inline(never)]
    unsafe fn alloc_slow(&mut self, class: usize) -> *mut u8 {
        let size = class_size(class);
        loop {
            let page = self.head[class];
            if page.is_null() {
                break;
            }
            // SAFETY: as in `alloc`; a carved block lies inside the page.
            unsafe {
                let p = take_freed(page);
                if !p.is_null() {
                    return p;
                }
                let at = (*page).carved as usize;
                if at + size <= PAGE_BYTES {
                    (*page).carved = (at + size) as u32;
                    (*page).used += 1;
                    return page.cast::<u8>().add(at);
                }
                self.unlink(page);
            }
        }
        let page = self.new_page();
        if page.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: a fresh page of `PAGE_BYTES`, aligned for `Page`; the first block follows
        // the header.
        unsafe {
            page.write(Page {
                free: ptr::null_mut(),
                used: 1,
                carved: (FIRST_BLOCK + size) as u32,
                class: class as u32,
                listed: false,
                prev: ptr::null_mut(),
                next: ptr::null_mut(),
            });
            self.push_front(page);
            page.cast::<u8>().add(FIRST_BLOCK)
        }
    }

    /// Gives back a block of `class`.
    #[inline(always)]
    unsafe fn dealloc(&mut self, p: *mut u8) {
        let page = page_of(p);
        // SAFETY: `p` is a block in use of this pool, so its page is a live page, and the
        // block (at least 16 bytes, 16-aligned) can hold the link.
        unsafe {
            p.cast::<*mut u8>().write((*page).free);
            (*page).free = p;
            (*page).used -= 1;
            if (*page).used == 0 || !(*page).listed {
                self.dealloc_slow(page);
            }
        }
    }

    /// A page that was full has room again (it joins its class's list), or a page is empty
    /// (it goes back to the system, unless its class is allocating from it).
    #[inline(never)]
    unsafe fn dealloc_slow(&mut self, page: *mut Page) {
        // SAFETY: `page` is a live page of this pool.
        unsafe {
            let class = (*page).class as usize;
            if (*page).used == 0 && self.head[class] != page {
                if (*page).listed {
                    self.unlink(page);
                }
                self.drop_page(page);
            } else if !(*page).listed {
                self.push_second(page);
            }
        }
    }

    /// A page from the spares, or else from the system (null when it has no memory).
    fn new_page(&mut self) -> *mut Page {
        let page = self.spare;
        if page.is_null() {
            // SAFETY: `page_layout` is a valid non-zero layout.
            return unsafe { System.alloc(page_layout()) }.cast();
        }
        // SAFETY: spares are empty pages of this pool.
        self.spare = unsafe { (*page).next };
        self.spares -= 1;
        page
    }

    /// Keeps an empty page as a spare, or gives it back to the system.
    unsafe fn drop_page(&mut self, page: *mut Page) {
        if self.spares < SPARE_PAGES {
            // SAFETY: `page` is an empty page of this pool, in no list.
            unsafe { (*page).next = self.spare };
            self.spare = page;
            self.spares += 1;
        } else {
            // SAFETY: pages come from `System` with `page_layout`.
            unsafe { System.dealloc(page.cast(), page_layout()) };
        }
    }

    /// Lists a page that has room again behind the first, which stays the one allocated from:
    /// the first page is never given back, so a page that empties must not be first.
    unsafe fn push_second(&mut self, page: *mut Page) {
        // SAFETY: `page` and the list's pages are live pages of this pool.
        unsafe {
            let first = self.head[(*page).class as usize];
            if first.is_null() {
                return self.push_front(page);
            }
            let next = (*first).next;
            (*page).prev = first;
            (*page).next = next;
            (*page).listed = true;
            (*first).next = page;
            if !next.is_null() {
                (*next).prev = page;
            }
        }
    }

    unsafe fn push_front(&mut self, page: *mut Page) {
        // SAFETY: `page` and the list's pages are live pages of this pool.
        unsafe {
            let class = (*page).class as usize;
            let first = self.head[class];
            (*page).prev = ptr::null_mut();
            (*page).next = first;
            (*page).listed = true;
            if !first.is_null() {
                (*first).prev = page;
            }
            self.head[class] = page;
        }
    }

    unsafe fn unlink(&mut self, page: *mut Page) {
        // SAFETY: `page` is listed, so it and its neighbours are live pages of this pool.
        unsafe {
            let (prev, next) = ((*page).prev, (*page).next);
            if prev.is_null() {
                self.head[(*page).class as usize] = next;
            } else {
                (*prev).next = next;
            }
            if !next.is_null() {
                (*next).prev = prev;
            }
            (*page).prev = ptr::null_mut();
            (*page).next = ptr::null_mut();
            (*page).listed = false;
        }
    }
}

#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
mod pool {
    use super::Pool;
    use std::cell::UnsafeCell;

    struct Single(UnsafeCell<Pool>);
    // SAFETY: this target has one thread.
    unsafe impl Sync for Single {}

    static POOL: Single = Single(UnsafeCell::new(Pool::new()));

    // SAFETY (both): one thread, and the pool's methods do not re-enter the allocator.

    #[inline(always)]
    pub(super) unsafe fn alloc(class: usize) -> *mut u8 {
        unsafe { (*POOL.0.get()).alloc(class) }
    }

    #[inline(always)]
    pub(super) unsafe fn dealloc(p: *mut u8) {
        unsafe { (*POOL.0.get()).dealloc(p) }
    }
}

#[cfg(not(all(target_family = "wasm", not(target_feature = "atomics"))))]
mod pool {
    use super::Pool;
    use std::sync::Mutex;

    struct Shared(Pool);
    // SAFETY: the pages the pointers lead to belong to the pool, which the lock guards.
    unsafe impl Send for Shared {}

    static POOL: Mutex<Shared> = Mutex::new(Shared(Pool::new()));

    /// Runs `f` on the pool. `f` must not allocate (the lock is not re-entrant).
    pub(super) fn with<R>(f: impl FnOnce(&mut Pool) -> R) -> R {
        let mut guard = POOL.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&mut guard.0)
    }

    pub(super) unsafe fn alloc(class: usize) -> *mut u8 {
        with(|pool| unsafe { pool.alloc(class) })
    }

    pub(super) unsafe fn dealloc(p: *mut u8) {
        with(|pool| unsafe { pool.dealloc(p) })
    }
}

/// The class of a layout the pool serves.
#[inline(always)]
fn class_of(layout: Layout) -> Option<usize> {
    if layout.size() <= MAX_SMALL && layout.align() <= CLASS_BYTES {
        let last = layout.size().saturating_sub(1);
        Some(match last {
            0..512 => last / CLASS_BYTES,
            512..1024 => 32 + (last - 512) / 128,
            _ => 36 + (last - 1024) / 256,
        })
    } else {
        None
    }
}

/// The system allocator with small blocks served from pages of one size class.
pub struct SmallBlocks;

// SAFETY: small blocks are blocks of a pool page of their class (at least their size, 16-aligned)
// and only ever go back to the pool; large ones are `System` blocks of their own layout;
// `realloc` moves a block between the two kinds by copying.
unsafe impl GlobalAlloc for SmallBlocks {
    #[inline(always)]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match class_of(layout) {
            Some(class) => unsafe { pool::alloc(class) },
            None => unsafe { System.alloc(layout) },
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        match class_of(layout) {
            Some(_) => {
                let p = unsafe { self.alloc(layout) };
                if !p.is_null() {
                    unsafe { p.write_bytes(0, layout.size()) };
                }
                p
            }
            None => unsafe { System.alloc_zeroed(layout) },
        }
    }

    #[inline(always)]
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        match class_of(layout) {
            Some(_) => unsafe { pool::dealloc(p) },
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

    // The pool is shared by the test threads: each test uses a class of its own and checks
    // only the pages of that class.

    fn pages_of(class: usize) -> usize {
        pool::with(|pool| {
            let mut n = 0;
            let mut page = pool.head[class];
            while !page.is_null() {
                n += 1;
                page = unsafe { (*page).next };
            }
            n
        })
    }

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
            assert_eq!(q as usize % 16, 0);
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
            // A zeroed block is zeroed, even one that was used before.
            let l20 = Layout::from_size_align(20, 4).unwrap();
            let d = a.alloc(l20);
            d.write_bytes(9, 20);
            a.dealloc(d, l20);
            let z = a.alloc_zeroed(l20);
            assert_eq!(std::slice::from_raw_parts(z, 20), &[0u8; 20][..]);
            a.dealloc(z, l20);
            // Over-aligned blocks bypass the pool.
            let l64 = Layout::from_size_align(64, 64).unwrap();
            let o = a.alloc(l64);
            assert_eq!(o as usize % 64, 0);
            a.dealloc(o, l64);
        }
    }

    #[test]
    fn classes_cover_every_small_size() {
        let mut prev = 0;
        for class in 0..CLASSES {
            let size = class_size(class);
            assert!(size > prev && size.is_multiple_of(CLASS_BYTES));
            for s in prev + 1..=size {
                assert_eq!(class_of(Layout::from_size_align(s, 1).unwrap()), Some(class));
            }
            prev = size;
        }
        assert_eq!(prev, MAX_SMALL);
        assert_eq!(class_of(Layout::from_size_align(0, 1).unwrap()), Some(0));
        assert_eq!(class_of(Layout::from_size_align(MAX_SMALL + 1, 1).unwrap()), None);
    }

    #[test]
    fn empty_pages_go_back_to_the_system() {
        let a = SmallBlocks;
        // The largest class: a page holds 31 blocks.
        let l = Layout::from_size_align(MAX_SMALL, 8).unwrap();
        let class = CLASSES - 1;
        unsafe {
            let blocks: Vec<*mut u8> = (0..1000).map(|_| a.alloc(l)).collect();
            let mut distinct: Vec<usize> = blocks.iter().map(|&p| p as usize).collect();
            distinct.sort_unstable();
            distinct.dedup();
            assert_eq!(distinct.len(), blocks.len());
            for (i, &p) in blocks.iter().enumerate() {
                p.write_bytes(i as u8, MAX_SMALL);
            }
            for (i, &p) in blocks.iter().enumerate() {
                assert!(std::slice::from_raw_parts(p, MAX_SMALL).iter().all(|&b| b == i as u8));
            }
            // Eight pages at least, all full (in no list) but the last.
            assert!(pages_of(class) <= 1);
            for &p in &blocks {
                a.dealloc(p, l);
            }
            // Only the page the class allocates from is kept.
            assert_eq!(pages_of(class), 1);
            let page = pool::with(|pool| pool.head[class]);
            assert_eq!((*page).used, 0);
            // It serves again, from its free list.
            let p = a.alloc(l);
            assert_eq!(page_of(p), page);
            a.dealloc(p, l);
        }
    }

    #[test]
    fn a_full_page_takes_freed_blocks_again() {
        let a = SmallBlocks;
        let l = Layout::from_size_align(CLASS_BYTES * 20, 16).unwrap();
        let class = 19;
        unsafe {
            let per_page = (PAGE_BYTES - FIRST_BLOCK) / l.size();
            let blocks: Vec<*mut u8> = (0..per_page + 1).map(|_| a.alloc(l)).collect();
            let first = page_of(blocks[0]);
            assert!(blocks[..per_page].iter().all(|&p| page_of(p) == first));
            assert_ne!(page_of(blocks[per_page]), first);
            assert!(!(*first).listed);
            a.dealloc(blocks[3], l);
            assert!((*first).listed);
            let second = page_of(blocks[per_page]);
            assert_eq!(pool::with(|pool| pool.head[class]), second);
            assert_eq!((*second).next, first);
            // The first page goes on carving; once it is full, the freed block is next.
            let more: Vec<*mut u8> = (1..per_page).map(|_| a.alloc(l)).collect();
            assert!(more.iter().all(|&p| page_of(p) == second));
            assert_eq!(a.alloc(l), blocks[3]);
            assert!(!(*second).listed);
            assert_eq!(pool::with(|pool| pool.head[class]), first);
            for &p in blocks.iter().chain(&more) {
                a.dealloc(p, l);
            }
            assert_eq!(pages_of(class), 1);
        }
    }
}

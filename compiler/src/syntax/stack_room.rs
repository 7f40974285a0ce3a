//! How much native stack the current thread has left, as far as its creator said.
//!
//! The parser recurses once per nesting level and legal source may nest thousands deep, so
//! a parse needs several megabytes of stack in the worst case. Rust cannot ask how big the
//! current thread's stack is; a thread started with a known size says so here
//! (`declare_thread_stack`), and a parse on it runs in place instead of on a fresh thread
//! with a large stack (creating, scheduling and unmapping one per imported module).

use std::cell::Cell;

thread_local! {
    /// Lowest stack address this thread may use (0: unknown).
    static FLOOR: Cell<usize> = const { Cell::new(0) };
}

/// Kept unused at the bottom of a declared stack: the guard page and what the frames above
/// the declaring call took before it.
const MARGIN: usize = 1 << 20;

/// Declares that the current thread was started with a stack of `bytes` bytes. Call it near
/// the top of the thread's function (`std::thread::Builder::stack_size(bytes)`).
pub fn declare_thread_stack(bytes: usize) {
    let floor = stack_marker().saturating_sub(bytes).saturating_add(MARGIN);
    FLOOR.with(|f| f.set(floor));
}

/// Stack bytes left below the caller on this thread; `None` when its size was not declared.
pub fn room() -> Option<usize> {
    let floor = FLOOR.with(|f| f.get());
    if floor == 0 { None } else { Some(stack_marker().saturating_sub(floor)) }
}

/// The address of a local: how deep the stack currently is.
#[inline(never)]
fn stack_marker() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn room_is_known_only_on_a_declared_thread() {
        let declared = std::thread::Builder::new()
            .stack_size(8 << 20)
            .spawn(|| {
                let before = room();
                declare_thread_stack(8 << 20);
                (before, room())
            })
            .unwrap()
            .join()
            .unwrap();
        assert_eq!(declared.0, None);
        let left = declared.1.unwrap();
        assert!(left > (6 << 20) && left <= (7 << 20), "{left}");
    }
}

//! One frame per native call in progress: the VM it runs on and its handle table.
//!
//! A handle is a 1-based slot in the innermost frame's table, a list object in the VM heap
//! (rooted through `vm.temp_roots` while the call runs, so the GC keeps every value alive).
//! A guest only runs while its own frame is innermost: a callback into Python that calls
//! another native function pushes a frame and pops it before the guest continues. All
//! handles of a frame go away with it, as on wasm (docs/abi.md, "Handle codec").

use std::cell::RefCell;

use crate::error::PyErr;
use crate::value::{Obj, ObjRef, Value};
use crate::vm::Vm;

pub struct Frame {
    vm: *mut Vm,
    table: ObjRef,
    live: Vec<bool>,
    /// The exception a failed `host_edge_call` (or `host_edge_raise`) left for the guest to
    /// propagate with `STATUS_PENDING`.
    pub pending: Option<PyErr>,
}

thread_local! {
    static FRAMES: RefCell<Vec<Frame>> = const { RefCell::new(Vec::new()) };
}

/// Starts a call whose `n_args` arguments are already the first slots of `table`.
pub fn push(vm: &mut Vm, table: ObjRef, n_args: usize) {
    let frame = Frame { vm: vm as *mut Vm, table, live: vec![true; n_args], pending: None };
    FRAMES.with(|f| f.borrow_mut().push(frame));
}

pub fn pop() -> Frame {
    FRAMES.with(|f| f.borrow_mut().pop()).expect("a native call frame")
}

fn slots(vm: &mut Vm, table: ObjRef) -> &mut Vec<Value> {
    match vm.heap.get_mut(table) {
        Obj::List(l) => l,
        _ => unreachable!("a handle table is a list"),
    }
}

impl Frame {
    /// The value behind handle `h` in this (finished) frame.
    pub fn get(&self, vm: &mut Vm, h: u32) -> Option<Value> {
        let i = (h as usize).checked_sub(1)?;
        if !self.live.get(i).copied().unwrap_or(false) {
            return None;
        }
        slots(vm, self.table).get(i).copied()
    }
}

/// The VM of the innermost call. The codec is only usable inside a native call.
///
/// # Safety
/// As for `wasm::session::vm`: the reference must not outlive the codec function that
/// obtained it, and the caller's `&mut Vm` (in `call_ext`) is not used meanwhile.
pub unsafe fn vm<'a>() -> Option<&'a mut Vm> {
    let p = FRAMES.with(|f| f.borrow().last().map(|fr| fr.vm))?;
    Some(unsafe { &mut *p })
}

fn table() -> Option<ObjRef> {
    FRAMES.with(|f| f.borrow().last().map(|fr| fr.table))
}

/// A new handle for `v` in the innermost frame; 0 outside a native call.
pub fn new_handle(vm: &mut Vm, v: Value) -> u32 {
    let Some(t) = table() else { return 0 };
    let s = slots(vm, t);
    s.push(v);
    let h = s.len() as u32;
    FRAMES.with(|f| {
        if let Some(fr) = f.borrow_mut().last_mut() {
            fr.live.push(true);
        }
    });
    h
}

/// The value behind a live handle of the innermost frame.
pub fn get(vm: &mut Vm, h: u32) -> Option<Value> {
    let i = (h as usize).checked_sub(1)?;
    let live = FRAMES.with(|f| f.borrow().last().and_then(|fr| fr.live.get(i).copied()));
    if live != Some(true) {
        return None;
    }
    slots(vm, table()?).get(i).copied()
}

/// Releases a handle; trailing dead slots are trimmed so a guest that drops what it is done
/// with keeps the table short.
pub fn drop_handle(vm: &mut Vm, h: u32) {
    let Some(i) = (h as usize).checked_sub(1) else { return };
    let Some(t) = table() else { return };
    let keep = FRAMES.with(|f| {
        let mut f = f.borrow_mut();
        let fr = f.last_mut()?;
        *fr.live.get_mut(i)? = false;
        while fr.live.last() == Some(&false) {
            fr.live.pop();
        }
        Some(fr.live.len())
    });
    let Some(keep) = keep else { return };
    let s = slots(vm, t);
    if let Some(slot) = s.get_mut(i) {
        *slot = Value::None;
    }
    s.truncate(keep);
}

/// Sets (or with `None` clears) the innermost frame's pending exception.
pub fn set_pending(err: Option<PyErr>) {
    FRAMES.with(|f| {
        if let Some(fr) = f.borrow_mut().last_mut() {
            fr.pending = err;
        }
    });
}

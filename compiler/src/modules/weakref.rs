//! `_weakref`: real weak references for `weakref.py`. The VM has no reference counting, so
//! a referent dies when a collection finds it unreachable (automatically, or at
//! `gc.collect()`), not the moment its last strong reference goes away as in CPython.
//!
//! The table pairs each reference object (the *owner*, a Python `weakref.ref`) with its
//! referent; neither is traced. Right after every collection `sweep` drops entries whose
//! owner was freed and clears the referent of those whose referent was freed, before the
//! freed slots can be reused, so a handle never points at a newer object.

use crate::builtins::args;
use crate::compile::fasthash::Map as HashMap;
use crate::error::{PyErr, PyResult};
use crate::value::*;
use crate::vm::Vm;

#[derive(Clone, Copy)]
struct Entry {
    owner: ObjRef,
    /// `None` once the referent was collected.
    target: Option<ObjRef>,
    /// The owner has a callback: report the referent's death through `died()`.
    notify: bool,
}

#[derive(Default)]
pub struct WeakTable {
    entries: Vec<Option<Entry>>,
    free: Vec<u32>,
    /// Referent → handle of its callback-less reference, which `ref(x)` returns again.
    basic: HashMap<u32, u32>,
    /// Handles with callbacks whose referents died since the last `died()`.
    died: Vec<u32>,
}

/// Drops what the last collection freed (see the module comment). Call right after
/// `Heap::collect`.
pub fn sweep(vm: &mut Vm) {
    if vm.weak.entries.is_empty() {
        return;
    }
    let freed = |vm: &Vm, r: ObjRef| matches!(vm.heap.get(r), Obj::Free(_));
    for h in 0..vm.weak.entries.len() {
        let Some(e) = vm.weak.entries[h] else { continue };
        if freed(vm, e.owner) {
            vm.weak.entries[h] = None;
            vm.weak.free.push(h as u32);
            if let Some(t) = e.target
                && vm.weak.basic.get(&t.0) == Some(&(h as u32))
            {
                vm.weak.basic.remove(&t.0);
            }
        } else if let Some(t) = e.target
            && freed(vm, t)
        {
            vm.weak.entries[h] = Some(Entry { target: None, ..e });
            if vm.weak.basic.get(&t.0) == Some(&(h as u32)) {
                vm.weak.basic.remove(&t.0);
            }
            if e.notify {
                vm.weak.died.push(h as u32);
            }
        }
    }
}

fn weakrefable(vm: &Vm, v: Value) -> Option<ObjRef> {
    let r = v.as_obj()?;
    match vm.heap.get(r) {
        Obj::Instance(_)
        | Obj::Function(_)
        | Obj::Class(_)
        | Obj::Set(_)
        | Obj::FrozenSet(_)
        | Obj::BoundMethod { .. }
        | Obj::Native(_)
        | Obj::Generator(_)
        | Obj::Module(_)
        | Obj::Code(_) => Some(r),
        _ => None,
    }
}

fn handle(vm: &Vm, v: Value) -> Option<Entry> {
    let Value::Int(h) = v else { return None };
    vm.weak.entries.get(usize::try_from(h).ok()?).copied().flatten()
}

/// A table slot for `e`: its handle.
fn new_entry(vm: &mut Vm, e: Entry) -> u32 {
    match vm.weak.free.pop() {
        Some(h) => {
            vm.weak.entries[h as usize] = Some(e);
            h
        }
        None => {
            vm.weak.entries.push(Some(e));
            (vm.weak.entries.len() - 1) as u32
        }
    }
}

/// `register(owner, target, notify)` → handle.
fn register(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("register", &a, 3, 3)?;
    let (Some(owner), Some(target)) = (a.pos[0].as_obj(), weakrefable(vm, a.pos[1])) else {
        return Err(PyErr::type_error(format!("cannot create weak reference to '{}' object", vm.type_name(a.pos[1]))));
    };
    let notify = vm.truthy(a.pos[2])?;
    let h = new_entry(vm, Entry { owner, target: Some(target), notify });
    if !notify {
        vm.weak.basic.insert(target.0, h);
    }
    Ok(Value::Int(h as i64))
}

/// `track(owner, target)` → handle: a reference without callback that `ref(target)` does
/// not hand out (asyncio's weak set of async generators).
fn track(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("track", &a, 2, 2)?;
    let (Some(owner), Some(target)) = (a.pos[0].as_obj(), weakrefable(vm, a.pos[1])) else {
        return Err(PyErr::type_error(format!("cannot create weak reference to '{}' object", vm.type_name(a.pos[1]))));
    };
    let h = new_entry(vm, Entry { owner, target: Some(target), notify: false });
    Ok(Value::Int(h as i64))
}

/// `basic(target)`: the live callback-less reference to `target`, or None.
fn basic(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("basic", &a, 1, 1)?;
    let owner = weakrefable(vm, a.pos[0])
        .and_then(|t| vm.weak.basic.get(&t.0))
        .and_then(|&h| vm.weak.entries[h as usize])
        .map(|e| Value::Obj(e.owner));
    Ok(owner.unwrap_or(Value::None))
}

/// `get(handle)`: the referent, or None once it was collected.
fn get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("get", &a, 1, 1)?;
    Ok(handle(vm, a.pos[0]).and_then(|e| e.target).map_or(Value::None, Value::Obj))
}

/// `count(target)`: how many live references point at `target`.
fn count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("count", &a, 1, 1)?;
    let t = a.pos[0].as_obj();
    let n = vm.weak.entries.iter().flatten().filter(|e| t.is_some() && e.target == t).count();
    Ok(Value::Int(n as i64))
}

/// `died()`: handles (with callbacks) whose referents were collected since the last call.
fn died(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("died", &a, 0, 0)?;
    let hs: Vec<Value> = std::mem::take(&mut vm.weak.died).into_iter().map(|h| Value::Int(h as i64)).collect();
    Ok(vm.new_list(hs))
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_weakref");
    let fns: [(&'static str, NativeFn); 6] =
        [("register", register), ("track", track), ("basic", basic), ("get", get), ("count", count), ("died", died)];
    for (n, f) in fns {
        vm.module_add_fn(m, n, f);
    }
    Ok(m)
}

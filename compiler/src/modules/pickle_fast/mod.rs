//! `_pickle_fast`: `pickle.dumps`/`loads` of built-in values and instances of plain classes
//! (`classes.rs`) done inside the VM, the part of CPython's `_pickle` that matters for speed. `pickle.py` stays the implementation: it
//! calls these first and runs its own Pickler/Unpickler from the start when they answer
//! `None`, which they do before any effect (no Python code runs here), so the fallback is
//! unobservable. Both must agree byte for byte with the Python half on what they accept.

mod classes;
mod decode;
mod encode;

use crate::builtins::args;
use crate::error::PyResult;
use crate::value::*;
use crate::vm::Vm;

/// `dumps(obj, protocol[, pieces[, fix_imports]])`: the pickle of `obj` (protocol 0-5), or
/// None; with `pieces` true, a list of the bytes objects `Pickler.dump` would write one by one.
fn dumps(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("dumps", &a, 2, 4)?;
    let proto = match a.pos[1] {
        Value::Int(p @ 0..=5) => p as u8,
        _ => return Ok(Value::None),
    };
    let pieces = matches!(a.pos.get(2), Some(Value::Bool(true)));
    // Any other value's truth is the Python Pickler's to ask.
    let fix_imports = match a.pos.get(3) {
        None => true,
        Some(&Value::Bool(b)) => b,
        Some(_) => return Ok(Value::None),
    };
    let Some(encode::Pickled { out, flushes, slotnames }) = encode::dumps(vm, a.pos[0], proto, fix_imports) else {
        return Ok(Value::None);
    };
    // What `copyreg._slotnames` leaves behind when the Python Pickler reduces an instance.
    for cls in slotnames {
        let names = vm.new_list(Vec::new());
        vm.setattr(Value::Obj(cls), "__slotnames__", names)?;
    }
    if !pieces {
        return Ok(vm.new_bytes(out));
    }
    let mut parts = Vec::with_capacity(flushes.len() + 1);
    let mut start = 0;
    for end in flushes.into_iter().chain([out.len()]) {
        parts.push(vm.new_bytes(out[start..end].to_vec()));
        start = end;
    }
    Ok(vm.new_list(parts))
}

/// `loads(data[, fix_imports])`: the object the pickle in the bytes `data` describes, or
/// NotImplemented (which no pickle this module reads describes).
fn loads(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("loads", &a, 1, 2)?;
    let fix_imports = match a.pos.get(1) {
        None => true,
        Some(&Value::Bool(b)) => b,
        Some(_) => return Ok(vm.not_implemented()),
    };
    let Value::Obj(r) = a.pos[0] else { return Ok(vm.not_implemented()) };
    // A copy: the heap may move while the values are allocated.
    let Obj::Bytes(data) = vm.heap.get(r) else { return Ok(vm.not_implemented()) };
    let data = data.clone();
    Ok(decode::loads(vm, &data, fix_imports).unwrap_or_else(|| vm.not_implemented()))
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_pickle_fast");
    vm.module_add_fn(m, "dumps", dumps);
    vm.module_add_fn(m, "loads", loads);
    Ok(m)
}

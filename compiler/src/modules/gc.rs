//! `_gc`: the two things the `gc` module (runtime/std/gc.py) needs from the VM.

use crate::builtins::args;
use crate::error::PyResult;
use crate::value::*;
use crate::vm::Vm;

/// `_gc.collect()`: runs the mark-sweep collector and returns the number of objects freed.
/// Values held by Rust code up the stack are not roots, so a call made from inside another
/// built-in that has not rooted its values (a `key=` function, ...) only returns 0; the VM
/// collects there on its own later.
fn collect(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("collect", &a, 0, 0)?;
    // 1: this function itself holds nothing.
    if !vm.may_collect(1) {
        return Ok(Value::Int(0));
    }
    let freed = vm.collect_garbage();
    // Like CPython's, the collection closes the unreachable generators it found (genfinal.rs).
    vm.gc_safe_step(&[], |vm| vm.run_finalizers())?;
    Ok(Value::Int(freed as i64))
}

/// `_gc.count()`: objects allocated minus objects freed since the last collection.
fn count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("count", &a, 0, 0)?;
    Ok(Value::Int(vm.heap.live().saturating_sub(vm.heap.live_after_gc) as i64))
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_gc");
    vm.module_add_fn(m, "collect", collect);
    vm.module_add_fn(m, "count", count);
    Ok(m)
}

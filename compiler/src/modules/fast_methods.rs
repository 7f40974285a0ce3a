//! What `_decimal_fast` and `_datetime_fast` share: natives that stand in for methods of a
//! Python class (decimal.py, datetime.py replace them with what `method(state, name, slow)`
//! returns). Each native is bound to the tuple (state, slow, index): the module's state
//! list, the Python method it replaces, and which of the module's operations it runs. An
//! operation answers the common case or returns None, and the native then calls `slow` with
//! the same arguments, before any effect, so the Python code stays the one place that raises
//! and handles the rare cases.

use crate::builtins::args::check;
use crate::error::{PyErr, PyResult};
use crate::value::*;
use crate::vm::Vm;

/// `method(state, name, slow)` of a module whose operations `find` looks up by name, `shown`
/// gives the name a native shows (its `__name__`), and `run` is the native every method
/// shares; `what` names the module in errors ("decimal", "datetime").
pub fn make_method(
    vm: &mut Vm,
    a: Args,
    what: &str,
    find: fn(&str) -> Option<usize>,
    shown: fn(usize) -> &'static str,
    run: NativeFn,
) -> PyResult<Value> {
    check("method", &a, 3, 3)?;
    let [state, name, slow] = a.pos[..] else { unreachable!("three arguments checked") };
    let name = vm.heap.str_of(name).unwrap_or("");
    let Some(index) = find(name) else {
        return Err(PyErr::value_error(format!("no native {what} method {name:?}")));
    };
    let bound = vm.new_tuple(vec![state, slow, Value::Int(index as i64)]);
    Ok(vm.alloc(Obj::Native(Box::new(NativeFunction {
        name: shown(index),
        func: run,
        kind: NativeKind::Method,
        bound: Some(bound),
    }))))
}

/// The body of a module's shared native: `a.pos` is (bound, self or cls, args...). `answer`
/// gets the state, the operation's index and the arguments; when it returns None (or there
/// is no self), `slow` runs instead.
pub fn run_bound(
    vm: &mut Vm,
    mut a: Args,
    what: &str,
    answer: impl FnOnce(&mut Vm, Value, usize, &Args) -> PyResult<Option<Value>>,
) -> PyResult<Value> {
    let Some(&[state, slow, Value::Int(index)]) = seq_items(vm, a.pos[0]).and_then(|b| <&[Value; 3]>::try_from(b).ok())
    else {
        return Err(PyErr::type_error(format!("{what} method is not bound")));
    };
    if a.pos.len() >= 2
        && let Some(v) = answer(vm, state, index as usize, &a)?
    {
        return Ok(v);
    }
    a.pos.remove(0);
    vm.call(slow, a)
}

/// The items of a tuple or list.
pub fn seq_items(vm: &Vm, v: Value) -> Option<&[Value]> {
    match vm.heap.get(v.as_obj()?) {
        Obj::Tuple(items) | Obj::List(items) => Some(items),
        _ => None,
    }
}

/// The class of an instance of a Python class.
pub fn class_of(vm: &Vm, v: Value) -> Option<ObjRef> {
    match vm.heap.get(v.as_obj()?) {
        Obj::Instance(i) => Some(i.class),
        _ => None,
    }
}

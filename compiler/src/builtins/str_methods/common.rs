//! Argument helpers shared by the `str` and `bytes` methods (CPython's wording).

use num_traits::Signed;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::{Args, Obj, Value};
use crate::vm::Vm;

/// Argument Clinic's positional check for methods of type `owner`: `center expected at least
/// 1 argument, got 0`, `str.center() takes no keyword arguments`.
pub fn check_ac(owner: &str, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error(format!("{owner}.{name}() takes no keyword arguments")));
    }
    let given = args.pos.len().saturating_sub(1);
    if given >= min && given <= max {
        return Ok(());
    }
    let plural = |n: usize| if n == 1 { "argument" } else { "arguments" };
    let msg = if min == max {
        format!("{name} expected {min} {}, got {given}", plural(min))
    } else if given < min {
        format!("{name} expected at least {min} {}, got {given}", plural(min))
    } else {
        format!("{name} expected at most {max} {}, got {given}", plural(max))
    };
    Err(PyErr::type_error(msg))
}

/// Dunder wrappers: `expected 1 argument, got 0`.
pub fn check_dunder(args: &Args, n: usize) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("wrapper takes no keyword arguments"));
    }
    let given = args.pos.len().saturating_sub(1);
    if given != n {
        let s = if n == 1 { "" } else { "s" };
        return Err(PyErr::type_error(format!("expected {n} argument{s}, got {given}")));
    }
    Ok(())
}

/// Binds the arguments after `self` to `names` (positional or keyword), rejecting extras with
/// CPython's messages. `required` leading parameters must be given positionally.
pub fn bind(fname: &str, args: &mut Args, names: &[&str], required: usize) -> PyResult<Vec<Option<Value>>> {
    let npos = args.pos.len().saturating_sub(1);
    let total = npos + args.kw.len();
    if total > names.len() {
        let s = if names.len() == 1 { "" } else { "s" };
        return Err(PyErr::type_error(format!("{fname}() takes at most {} argument{s} ({total} given)", names.len())));
    }
    let mut out = vec![None; names.len()];
    for (slot, v) in out.iter_mut().zip(args.pos.get(1..).unwrap_or(&[])) {
        *slot = Some(*v);
    }
    for (k, v) in args.kw.drain(..) {
        match names.iter().position(|n| **n == *k) {
            Some(i) if i < required => {
                if npos < required {
                    let s = if required == 1 { "" } else { "s" };
                    return Err(PyErr::type_error(format!(
                        "{fname}() takes at least {required} positional argument{s} ({npos} given)"
                    )));
                }
                return Err(PyErr::type_error(format!(
                    "{fname}() got some positional-only arguments passed as keyword arguments: '{k}'"
                )));
            }
            Some(i) if i < npos => {
                return Err(PyErr::type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => out[i] = Some(v),
            None => {
                let hint = match suggest(&k, names) {
                    Some(n) => format!(". Did you mean '{n}'?"),
                    None => String::new(),
                };
                return Err(PyErr::type_error(format!("{fname}() got an unexpected keyword argument '{k}'{hint}")));
            }
        }
    }
    if npos < required {
        let s = if required == 1 { "" } else { "s" };
        return Err(PyErr::type_error(format!(
            "{fname}() takes at least {required} positional argument{s} ({npos} given)"
        )));
    }
    Ok(out)
}

/// CPython's "Did you mean" suggestion for an unexpected keyword argument.
pub fn suggest<'a>(name: &str, candidates: &[&'a str]) -> Option<&'a str> {
    crate::vm::closest_name(name, candidates)
}

/// A start/end argument of `find`/`count`/`startswith`...: `None` for omitted or `None`.
pub fn opt_index(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => slice_index(vm, v).map(Some),
    }
}

/// A slice bound (`__index__`), clamped to i64 for huge ints.
pub fn slice_index(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::BigInt(b) => Ok(if b.is_negative() { i64::MIN } else { i64::MAX }),
            Obj::Instance(_) => match vm.call_dunder_opt(v, "__index__", &[])? {
                Some(Value::Int(i)) => Ok(i),
                Some(Value::Bool(b)) => Ok(b as i64),
                _ => Err(slice_type_error()),
            },
            _ => Err(slice_type_error()),
        },
        _ => Err(slice_type_error()),
    }
}

fn slice_type_error() -> PyErr {
    PyErr::type_error("slice indices must be integers or None or have an __index__ method")
}

/// CPython's `ADJUST_INDICES`: clamps `start`/`end` into `0..=len` (start may exceed end).
pub fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut s = start.unwrap_or(0);
    let mut e = end.unwrap_or(len);
    if e > len {
        e = len;
    } else if e < 0 {
        e = (e + len).max(0);
    }
    if s < 0 {
        s = (s + len).max(0);
    }
    (s, e)
}

/// `slice.indices(len)`: (start, stop, step, length of the selection).
pub fn slice_indices(vm: &mut Vm, slice: Value, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let [a, b, c] = match slice {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Slice(s) => **s,
            _ => return Err(PyErr::type_error("expected a slice")),
        },
        _ => return Err(PyErr::type_error("expected a slice")),
    };
    let step = if c.is_none() { 1 } else { slice_index(vm, c)? };
    if step == 0 {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let step = step.max(-i64::MAX);
    let len = len as i64;
    let bound = |vm: &mut Vm, v: Value, default: i64| -> PyResult<i64> {
        if v.is_none() {
            return Ok(default);
        }
        let mut i = slice_index(vm, v)?;
        if i < 0 {
            i = i.saturating_add(len);
            if i < 0 {
                i = if step < 0 { -1 } else { 0 };
            }
        } else if i >= len {
            i = if step < 0 { len - 1 } else { len };
        }
        Ok(i)
    };
    let start = bound(vm, a, if step < 0 { len - 1 } else { 0 })?;
    let stop = bound(vm, b, if step < 0 { -1 } else { len })?;
    let n = if step > 0 {
        if start < stop { ((stop - start - 1) / step + 1) as usize } else { 0 }
    } else if stop < start {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, n))
}

/// Whether `v` is a slice object.
pub fn is_slice(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Slice(_)))
}

/// Whether `err` is a `LookupError` (or subclass), e.g. to fall back in `translate`.
pub fn is_lookup_error(vm: &Vm, err: &PyErr) -> bool {
    crate::builtins::functions::err_is(vm, err, ExcKind::LookupError)
}

/// The `width` argument of `center`/`ljust`/`zfill`: an index, negative counts as 0.
/// `expandtabs`' tabsize: a C int in CPython (OverflowError outside its range).
pub fn tabsize_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<i64> {
    let Some(v) = v else { return Ok(8) };
    let too_big = || PyErr::overflow_error("Python int too large to convert to C int");
    if matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::BigInt(_))) {
        return Err(too_big());
    }
    let t = vm.index_i64(v)?;
    i32::try_from(t).map_err(|_| too_big())?;
    Ok(t)
}

pub fn width_arg(vm: &mut Vm, v: Value) -> PyResult<usize> {
    if matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::BigInt(_))) {
        return Err(PyErr::overflow_error("Python int too large to convert to C ssize_t"));
    }
    let w = vm.index_i64(v)?;
    // Saturating: on wasm32 a width past the address space must still be too big, not 0.
    let w = if w <= 0 { 0 } else { usize::try_from(w).unwrap_or(usize::MAX) };
    // Every caller builds a result at least `w` bytes long.
    crate::error::check_alloc(w)?;
    Ok(w)
}

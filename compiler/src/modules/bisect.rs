//! The `bisect` module: binary search and insertion into sorted sequences.

use crate::builtins::args;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::*;
use crate::vm::Vm;

struct BisectArgs {
    a: Value,
    x: Value,
    lo: i64,
    hi: i64,
    key: Option<Value>,
}

fn ssize_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    vm.index_i64(v).map_err(|e| {
        if vm.err_matches(&e, ExcKind::IndexError) {
            PyErr::overflow_error("Python int too large to convert to C ssize_t")
        } else {
            e
        }
    })
}

fn parse(vm: &mut Vm, name: &str, mut a: Args) -> PyResult<BisectArgs> {
    if a.pos.len() > 4 {
        return Err(PyErr::type_error(format!(
            "{name}() takes at most 4 positional arguments ({} given)",
            a.pos.len()
        )));
    }
    args::check_kw(name, &a, &["a", "x", "lo", "hi", "key"])?;
    let names = ["a", "x", "lo", "hi"];
    let mut vals: [Option<Value>; 4] = [None; 4];
    for (i, n) in names.iter().enumerate() {
        if let Some(v) = a.take_kw(n) {
            if i < a.pos.len() {
                return Err(PyErr::type_error(format!(
                    "argument for {name}() given by name ('{n}') and position ({})",
                    i + 1
                )));
            }
            vals[i] = Some(v);
        }
    }
    for (i, v) in a.pos.iter().enumerate() {
        vals[i] = Some(*v);
    }
    let key = a.take_kw("key").filter(|k| !k.is_none());
    let Some(seq) = vals[0] else {
        return Err(PyErr::type_error(format!("{name}() missing required argument 'a' (pos 1)")));
    };
    let Some(x) = vals[1] else {
        return Err(PyErr::type_error(format!("{name}() missing required argument 'x' (pos 2)")));
    };
    let lo = match vals[2] {
        Some(v) => ssize_arg(vm, v)?,
        None => 0,
    };
    let hi = match vals[3] {
        Some(v) if !v.is_none() => ssize_arg(vm, v)?,
        _ => -1,
    };
    Ok(BisectArgs { a: seq, x, lo, hi, key })
}

/// `seq[i]`, with a fast path for lists.
#[inline]
fn item(vm: &mut Vm, seq: Value, i: i64) -> PyResult<Value> {
    if let Some(l) = vm.heap.list(seq)
        && let Some(&v) = l.get(i as usize)
    {
        return Ok(v);
    }
    vm.getitem(seq, Value::Int(i))
}

/// The insertion point for `x` (already a key value) in `seq[lo:hi]`.
fn search(
    vm: &mut Vm,
    seq: Value,
    x: Value,
    mut lo: i64,
    mut hi: i64,
    key: Option<Value>,
    right: bool,
) -> PyResult<i64> {
    if lo < 0 {
        return Err(PyErr::value_error("lo must be non-negative"));
    }
    if hi == -1 {
        hi = vm.len(seq)? as i64;
    }
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let mut v = item(vm, seq, mid)?;
        if let Some(k) = key {
            v = vm.call_pos(k, vec![v])?;
        }
        let go_left = if right { vm.lt(x, v)? } else { !vm.lt(v, x)? };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect_right(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = parse(vm, "bisect_right", a)?;
    Ok(Value::Int(search(vm, b.a, b.x, b.lo, b.hi, b.key, true)?))
}

fn bisect_left(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = parse(vm, "bisect_left", a)?;
    Ok(Value::Int(search(vm, b.a, b.x, b.lo, b.hi, b.key, false)?))
}

fn insort(vm: &mut Vm, a: Args, name: &str, right: bool) -> PyResult<Value> {
    let b = parse(vm, name, a)?;
    let kx = match b.key {
        Some(k) => vm.call_pos(k, vec![b.x])?,
        None => b.x,
    };
    let idx = search(vm, b.a, kx, b.lo, b.hi, b.key, right)?;
    let exact_list = vm.type_of(b.a) == vm.types.list;
    if exact_list && let Some(l) = vm.heap.list_mut(b.a) {
        let i = (idx as usize).min(l.len());
        l.insert(i, b.x);
    } else {
        vm.call_method(b.a, "insert", vec![Value::Int(idx), b.x])?;
    }
    Ok(Value::None)
}

fn insort_right(vm: &mut Vm, a: Args) -> PyResult<Value> {
    insort(vm, a, "insort_right", true)
}

fn insort_left(vm: &mut Vm, a: Args) -> PyResult<Value> {
    insort(vm, a, "insort_left", false)
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("bisect");
    vm.module_add_fn(m, "bisect_right", bisect_right);
    vm.module_add_fn(m, "bisect_left", bisect_left);
    vm.module_add_fn(m, "insort_right", insort_right);
    vm.module_add_fn(m, "insort_left", insort_left);
    let d = vm.module_dict(m);
    for (alias, name) in [("bisect", "bisect_right"), ("insort", "insort_right")] {
        let f = vm.dict_get_str(d, name).unwrap_or(Value::None);
        vm.module_set(m, alias, f);
    }
    Ok(m)
}

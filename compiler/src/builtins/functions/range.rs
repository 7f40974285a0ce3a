//! `range` and `slice` objects: constructors, attributes and methods.

use num_bigint::BigInt;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::*;
use crate::vm::Vm;

use super::{bigrange, expect_args, index_bigint, no_kwargs};

/// Adds a read-only attribute implemented by `fget(self)` to a class.
pub(crate) fn add_property(vm: &mut Vm, cls: ObjRef, name: &'static str, fget: NativeFn) {
    let f = vm.alloc(Obj::Native(Box::new(NativeFunction { name, func: fget, kind: NativeKind::Method, bound: None })));
    let p = vm.alloc(Obj::Property(Box::new(Property::read_only(f, Value::None))));
    vm.class_set_attr(cls, name, p);
}

pub(crate) fn register(vm: &mut Vm) {
    let r = vm.types.range;
    vm.add_method(r, "__new__", range_new, NativeKind::StaticMethod);
    add_property(vm, r, "start", range_start);
    add_property(vm, r, "stop", range_stop);
    add_property(vm, r, "step", range_step);
    let methods: &[(&'static str, NativeFn)] = &[
        ("count", range_count),
        ("index", range_index),
        ("__len__", range_len),
        ("__bool__", range_bool),
        ("__getitem__", range_getitem),
        ("__contains__", range_contains),
        ("__iter__", range_iter),
        ("__reversed__", range_reversed),
        ("__eq__", range_eq),
        ("__ne__", range_ne),
        ("__repr__", range_repr),
        ("__hash__", range_hash),
    ];
    for &(name, f) in methods {
        vm.add_method(r, name, f, NativeKind::Method);
    }
    let s = vm.types.slice;
    vm.add_method(s, "__new__", slice_new, NativeKind::StaticMethod);
    add_property(vm, s, "start", slice_start);
    add_property(vm, s, "stop", slice_stop);
    add_property(vm, s, "step", slice_step);
    let methods: &[(&'static str, NativeFn)] =
        &[("indices", slice_indices), ("__repr__", slice_repr), ("__eq__", slice_eq), ("__hash__", slice_hash)];
    for &(name, f) in methods {
        vm.add_method(s, name, f, NativeKind::Method);
    }
}

// ---- range ----

fn range_args(vm: &Vm, v: Value) -> PyResult<(i64, i64, i64)> {
    match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Range { start, stop, step }) => Ok((*start, *stop, *step)),
        _ => Err(PyErr::type_error(format!("descriptor requires a 'range' object but received '{}'", vm.type_name(v)))),
    }
}

/// Number of items in `range(start, stop, step)`.
pub fn range_length(start: i64, stop: i64, step: i64) -> i128 {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    if step > 0 {
        if start < stop { (stop - start - 1) / step + 1 } else { 0 }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

fn range_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if !args.pos.is_empty() {
        args.pos.remove(0);
    }
    no_kwargs("range", &args)?;
    expect_args("range", args.pos.len(), 1, 3)?;
    let (start, stop, step) = match args.pos.len() {
        1 => (BigInt::from(0), index_bigint(vm, args.pos[0])?, BigInt::from(1)),
        n => {
            let start = index_bigint(vm, args.pos[0])?;
            let stop = index_bigint(vm, args.pos[1])?;
            let step = if n == 3 { index_bigint(vm, args.pos[2])? } else { BigInt::from(1) };
            if step == BigInt::from(0) {
                return Err(PyErr::value_error("range() arg 3 must not be zero"));
            }
            (start, stop, step)
        }
    };
    Ok(bigrange::make_range(vm, start, stop, step))
}

fn range_start(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = bigrange::big_bounds(vm, args.pos[0]) {
        return Ok(vm.new_bigint(r.start));
    }
    Ok(Value::Int(range_args(vm, args.pos[0])?.0))
}

fn range_stop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = bigrange::big_bounds(vm, args.pos[0]) {
        return Ok(vm.new_bigint(r.stop));
    }
    Ok(Value::Int(range_args(vm, args.pos[0])?.1))
}

fn range_step(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = bigrange::big_bounds(vm, args.pos[0]) {
        return Ok(vm.new_bigint(r.step));
    }
    Ok(Value::Int(range_args(vm, args.pos[0])?.2))
}

fn range_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = bigrange::big_bounds(vm, args.pos[0]) {
        return bigrange::len(&r);
    }
    let (a, b, c) = range_args(vm, args.pos[0])?;
    let n = range_length(a, b, c);
    i64::try_from(n).map(Value::Int).map_err(|_| PyErr::overflow_error("Python int too large to convert to C ssize_t"))
}

fn range_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = bigrange::big_bounds(vm, args.pos[0]) {
        return Ok(Value::Bool(bigrange::length(&r) > BigInt::from(0)));
    }
    let (a, b, c) = range_args(vm, args.pos[0])?;
    Ok(Value::Bool(range_length(a, b, c) > 0))
}

/// Position of the int `x` in the range, if present.
fn range_find(start: i64, stop: i64, step: i64, x: &BigInt) -> Option<i128> {
    let x = i128::try_from(x).ok()?;
    let (s, st) = (start as i128, step as i128);
    let n = range_length(start, stop, step);
    if n == 0 {
        return None;
    }
    let d = x - s;
    if d % st != 0 {
        return None;
    }
    let i = d / st;
    (0..n).contains(&i).then_some(i)
}

fn int_of(vm: &Vm, v: Value) -> Option<BigInt> {
    match v {
        Value::Int(_) | Value::Bool(_) => vm.to_bigint(v),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::BigInt(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn range_contains_value(vm: &mut Vm, range: Value, x: Value) -> PyResult<Option<i128>> {
    let (a, b, c) = range_args(vm, range)?;
    if let Some(xi) = int_of(vm, x) {
        return Ok(range_find(a, b, c, &xi));
    }
    let n = range_length(a, b, c);
    let mut i = 0i128;
    while i < n {
        let item = Value::Int((a as i128 + i * c as i128) as i64);
        if vm.eq(item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn range_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = bigrange::big_bounds(vm, args.pos[0]) {
        expect_args("__contains__", args.pos.len(), 2, 2)?;
        return bigrange::contains(vm, &r, args.pos[1]);
    }
    expect_args("__contains__", args.pos.len(), 2, 2)?;
    Ok(Value::Bool(range_contains_value(vm, args.pos[0], args.pos[1])?.is_some()))
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = bigrange::big_bounds(vm, args.pos[0]) {
        crate::builtins::args::check_method("count", &args, 1, 1)?;
        return bigrange::count(vm, &r, args.pos[1]);
    }
    crate::builtins::args::check_method("count", &args, 1, 1)?;
    let (a, b, c) = range_args(vm, args.pos[0])?;
    let x = args.pos[1];
    if let Some(xi) = int_of(vm, x) {
        return Ok(Value::Int(range_find(a, b, c, &xi).is_some() as i64));
    }
    let n = range_length(a, b, c);
    let mut count = 0;
    let mut i = 0i128;
    while i < n {
        let item = Value::Int((a as i128 + i * c as i128) as i64);
        if vm.eq(item, x)? {
            count += 1;
        }
        i += 1;
    }
    Ok(Value::Int(count))
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = bigrange::big_bounds(vm, args.pos[0]) {
        crate::builtins::args::check_method("index", &args, 1, 1)?;
        return bigrange::index(vm, &r, args.pos[1]);
    }
    crate::builtins::args::check_method("index", &args, 1, 1)?;
    match range_contains_value(vm, args.pos[0], args.pos[1])? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            if int_of(vm, args.pos[1]).is_some() {
                let r = vm.repr(args.pos[1])?;
                Err(PyErr::value_error(format!("{r} is not in range")))
            } else {
                Err(PyErr::value_error("sequence.index(x): x not in sequence"))
            }
        }
    }
}

/// Resolved `(start, stop, step, length)` of a slice over a sequence of length `len`, like
/// `PySlice_GetIndicesEx`. Values are clamped to i64 range.
pub fn slice_indices_of(vm: &mut Vm, slice: Value, len: i64) -> PyResult<(i64, i64, i64, i64)> {
    let parts = match slice.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Slice(s)) => **s,
        _ => return Err(PyErr::type_error("expected a slice")),
    };
    let step = if parts[2].is_none() {
        1
    } else {
        let b = slice_int(vm, parts[2])?;
        let s = super::big_to_i64_saturating(&b);
        if s == 0 {
            return Err(PyErr::value_error("slice step cannot be zero"));
        }
        s.max(-i64::MAX)
    };
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let conv = |vm: &mut Vm, v: Value, default: i64| -> PyResult<i64> {
        if v.is_none() {
            return Ok(default);
        }
        let b = slice_int(vm, v)?;
        let i = super::big_to_i64_saturating(&b);
        Ok(if i < 0 {
            let j = i.saturating_add(len);
            j.max(lower)
        } else {
            i.min(upper)
        })
    };
    let start = conv(vm, parts[0], if step < 0 { upper } else { lower })?;
    let stop = conv(vm, parts[1], if step < 0 { lower } else { upper })?;
    let n = if step < 0 {
        if stop < start { (start - stop - 1) / (-step) + 1 } else { 0 }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, stop, step, n))
}

fn slice_int(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    index_bigint(vm, v)
        .map_err(|_| PyErr::type_error("slice indices must be integers or None or have an __index__ method"))
}

fn range_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = bigrange::big_bounds(vm, args.pos[0]) {
        expect_args("__getitem__", args.pos.len(), 2, 2)?;
        return bigrange::getitem(vm, &r, args.pos[1]);
    }
    expect_args("__getitem__", args.pos.len(), 2, 2)?;
    let (a, b, c) = range_args(vm, args.pos[0])?;
    let key = args.pos[1];
    let n = range_length(a, b, c);
    if let Some(Obj::Slice(_)) = key.as_obj().map(|r| vm.heap.get(r)) {
        let len = i64::try_from(n).unwrap_or(i64::MAX);
        let (s0, s1, st, _) = slice_indices_of(vm, key, len)?;
        let at =
            |i: i64| -> i64 { (a as i128 + i as i128 * c as i128).clamp(i64::MIN as i128, i64::MAX as i128) as i64 };
        let step = (st as i128 * c as i128).clamp(i64::MIN as i128 + 1, i64::MAX as i128) as i64;
        return Ok(vm.alloc(Obj::Range { start: at(s0), stop: at(s1), step }));
    }
    let idx = match index_bigint(vm, key) {
        Ok(b) => b,
        Err(_) => {
            return Err(PyErr::type_error(format!(
                "range indices must be integers or slices, not {}",
                vm.type_name(key)
            )));
        }
    };
    let mut i = i128::try_from(&idx).unwrap_or(i128::MAX);
    if i < 0 {
        i += n;
    }
    if i < 0 || i >= n {
        return Err(PyErr::index_error("range object index out of range"));
    }
    let v = a as i128 + i * c as i128;
    Ok(vm.new_int_from_i128(v))
}

fn range_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = bigrange::big_bounds(vm, args.pos[0]) {
        return Ok(bigrange::iter(vm, &r));
    }
    let (start, stop, step) = range_args(vm, args.pos[0])?;
    Ok(vm.new_iter(IterState::Range { cur: start, stop, step, owned: false }))
}

/// An iterator over `reversed(range(start, stop, step))`.
pub(crate) fn range_reversed_iter(vm: &mut Vm, start: i64, stop: i64, step: i64) -> Value {
    let n = range_length(start, stop, step);
    if n == 0 {
        return vm.new_iter(IterState::Range { cur: 0, stop: 0, step: 1, owned: false });
    }
    let last = start as i128 + (n - 1) * step as i128;
    let new_stop = start as i128 - step as i128;
    match (i64::try_from(last), i64::try_from(new_stop), step.checked_neg()) {
        (Ok(l), Ok(s), Some(st)) => vm.new_iter(IterState::Range { cur: l, stop: s, step: st, owned: false }),
        _ => {
            // Extreme bounds: materialise.
            let mut items = Vec::new();
            let mut i = n - 1;
            while i >= 0 && items.len() < 1 << 24 {
                items.push(Value::Int((start as i128 + i * step as i128) as i64));
                i -= 1;
            }
            let l = vm.new_list(items);
            let r = l.as_obj().unwrap_or(ObjRef(0));
            vm.new_iter(IterState::Seq { seq: r, idx: 0, owned: false })
        }
    }
}

fn range_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = bigrange::big_bounds(vm, args.pos[0]) {
        return Ok(bigrange::reversed(vm, &r));
    }
    let (start, stop, step) = range_args(vm, args.pos[0])?;
    Ok(range_reversed_iter(vm, start, stop, step))
}

fn range_key(start: i64, stop: i64, step: i64) -> (i128, Option<i64>, Option<i64>) {
    let n = range_length(start, stop, step);
    match n {
        0 => (0, None, None),
        1 => (1, Some(start), None),
        _ => (n, Some(start), Some(step)),
    }
}

fn range_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if bigrange::big_bounds(vm, args.pos[0]).is_some() || bigrange::big_bounds(vm, args.pos[1]).is_some() {
        expect_args("__eq__", args.pos.len(), 2, 2)?;
        let (Some(a), Some(b)) = (bigrange::range_bounds(vm, args.pos[0]), bigrange::range_bounds(vm, args.pos[1]))
        else {
            return Ok(vm.not_implemented());
        };
        return Ok(Value::Bool(bigrange::same(&a, &b)));
    }
    expect_args("__eq__", args.pos.len(), 2, 2)?;
    let a = range_args(vm, args.pos[0])?;
    let b = match args.pos[1].as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Range { start, stop, step }) => (*start, *stop, *step),
        _ => return Ok(vm.not_implemented()),
    };
    Ok(Value::Bool(range_key(a.0, a.1, a.2) == range_key(b.0, b.1, b.2)))
}

fn range_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = range_eq(vm, args)?;
    Ok(match r {
        Value::Bool(b) => Value::Bool(!b),
        other => other,
    })
}

fn range_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = bigrange::big_bounds(vm, args.pos[0]) {
        return Ok(vm.new_str(bigrange::repr(&r)));
    }
    let (a, b, c) = range_args(vm, args.pos[0])?;
    let s = if c == 1 { format!("range({a}, {b})") } else { format!("range({a}, {b}, {c})") };
    Ok(vm.new_str(s))
}

fn range_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(r) = bigrange::big_bounds(vm, args.pos[0]) {
        return bigrange::hash(vm, &r);
    }
    let (a, b, c) = range_args(vm, args.pos[0])?;
    let (n, s, st) = range_key(a, b, c);
    let n = vm.new_int_from_i128(n);
    let t = vm.new_tuple(vec![n, s.map_or(Value::None, Value::Int), st.map_or(Value::None, Value::Int)]);
    Ok(Value::Int(vm.hash(t)?))
}

// ---- slice ----

fn slice_parts(vm: &Vm, v: Value) -> PyResult<[Value; 3]> {
    match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Slice(s)) => Ok(**s),
        _ => Err(PyErr::type_error(format!("descriptor requires a 'slice' object but received '{}'", vm.type_name(v)))),
    }
}

fn slice_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if !args.pos.is_empty() {
        args.pos.remove(0);
    }
    no_kwargs("slice", &args)?;
    expect_args("slice", args.pos.len(), 1, 3)?;
    let parts = match args.pos.len() {
        1 => [Value::None, args.pos[0], Value::None],
        2 => [args.pos[0], args.pos[1], Value::None],
        _ => [args.pos[0], args.pos[1], args.pos[2]],
    };
    Ok(vm.alloc(Obj::Slice(Box::new(parts))))
}

fn slice_start(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(slice_parts(vm, args.pos[0])?[0])
}

fn slice_stop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(slice_parts(vm, args.pos[0])?[1])
}

fn slice_step(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(slice_parts(vm, args.pos[0])?[2])
}

fn slice_indices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::args::check_method("slice.indices", &args, 1, 1)?;
    slice_parts(vm, args.pos[0])?;
    let len = index_bigint(vm, args.pos[1])?;
    if len < BigInt::from(0) {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let len = i64::try_from(&len).map_err(|_| PyErr::overflow_error("Python int too large to convert to C ssize_t"))?;
    let (start, stop, step, _) = slice_indices_of(vm, args.pos[0], len)?;
    Ok(vm.new_tuple(vec![Value::Int(start), Value::Int(stop), Value::Int(step)]))
}

fn slice_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = slice_parts(vm, args.pos[0])?;
    let a = vm.repr(p[0])?;
    let b = vm.repr(p[1])?;
    let c = vm.repr(p[2])?;
    Ok(vm.new_str(format!("slice({a}, {b}, {c})")))
}

fn slice_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    expect_args("__eq__", args.pos.len(), 2, 2)?;
    let a = slice_parts(vm, args.pos[0])?;
    let b = match args.pos[1].as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Slice(s)) => **s,
        _ => return Ok(vm.not_implemented()),
    };
    let ta = vm.new_tuple(a.to_vec());
    let tb = vm.new_tuple(b.to_vec());
    Ok(Value::Bool(vm.eq(ta, tb)?))
}

fn slice_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = slice_parts(vm, args.pos[0])?;
    let t = vm.new_tuple(p.to_vec());
    match vm.hash(t) {
        Ok(h) => Ok(Value::Int(h)),
        Err(e) if super::err_is(vm, &e, ExcKind::TypeError) => Err(PyErr::type_error("unhashable type: 'slice'")),
        Err(e) => Err(e),
    }
}

//! `range` objects whose bounds do not all fit an i64 (`range(10**20)`,
//! `range(0, 10**30, 10**28)`): the same methods as `range.rs` computed on big integers.
//! `Obj::Range` keeps the common case unboxed; `make_range` picks the form.

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::error::{PyErr, PyResult};
use crate::value::*;
use crate::vm::Vm;

use super::index_bigint;

/// A range value: `Obj::Range` when start, stop and step fit an i64, else `Obj::BigRange`.
pub(crate) fn make_range(vm: &mut Vm, start: BigInt, stop: BigInt, step: BigInt) -> Value {
    match (start.to_i64(), stop.to_i64(), step.to_i64()) {
        (Some(start), Some(stop), Some(step)) => vm.alloc(Obj::Range { start, stop, step }),
        _ => vm.alloc(Obj::BigRange(Box::new(BigRange { start, stop, step }))),
    }
}

/// The bounds of any range value (`None` for other objects).
pub(crate) fn range_bounds(vm: &Vm, v: Value) -> Option<BigRange> {
    match vm.heap.get(v.as_obj()?) {
        Obj::Range { start, stop, step } => {
            Some(BigRange { start: BigInt::from(*start), stop: BigInt::from(*stop), step: BigInt::from(*step) })
        }
        Obj::BigRange(r) => Some((**r).clone()),
        _ => None,
    }
}

/// The bounds of `v` when it is a big range.
pub(crate) fn big_bounds(vm: &Vm, v: Value) -> Option<BigRange> {
    match vm.heap.get(v.as_obj()?) {
        Obj::BigRange(r) => Some((**r).clone()),
        _ => None,
    }
}

pub(crate) fn length(r: &BigRange) -> BigInt {
    let (lo, hi, step) =
        if r.step.is_positive() { (&r.start, &r.stop, r.step.clone()) } else { (&r.stop, &r.start, -&r.step) };
    if lo < hi { (hi - lo - 1u32) / step + 1u32 } else { BigInt::zero() }
}

fn ssize(n: &BigInt) -> PyResult<i64> {
    n.to_i64().ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C ssize_t"))
}

pub(crate) fn len(r: &BigRange) -> PyResult<Value> {
    ssize(&length(r)).map(Value::Int)
}

/// The position of `x` in the range, if it is there.
fn find(r: &BigRange, x: &BigInt) -> Option<BigInt> {
    let inside = if r.step.is_positive() { &r.start <= x && x < &r.stop } else { &r.stop < x && x <= &r.start };
    if !inside {
        return None;
    }
    let d = x - &r.start;
    (&d % &r.step).is_zero().then(|| d / &r.step)
}

fn int_value(vm: &Vm, v: Value) -> Option<BigInt> {
    match v {
        Value::Int(_) | Value::Bool(_) => vm.to_bigint(v),
        Value::Obj(o) => match vm.heap.get(o) {
            Obj::BigInt(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// Position of `x` (an int, or anything equal to an item: CPython walks the items then).
fn position(vm: &mut Vm, r: &BigRange, x: Value) -> PyResult<Option<BigInt>> {
    if let Some(xi) = int_value(vm, x) {
        return Ok(find(r, &xi));
    }
    let n = length(r);
    let mut i = BigInt::zero();
    let mut item = r.start.clone();
    while i < n {
        let v = vm.new_bigint(item.clone());
        if vm.eq(v, x)? {
            return Ok(Some(i));
        }
        i += 1u32;
        item += &r.step;
    }
    Ok(None)
}

pub(crate) fn contains(vm: &mut Vm, r: &BigRange, x: Value) -> PyResult<Value> {
    Ok(Value::Bool(position(vm, r, x)?.is_some()))
}

pub(crate) fn count(vm: &mut Vm, r: &BigRange, x: Value) -> PyResult<Value> {
    Ok(Value::Int(position(vm, r, x)?.is_some() as i64))
}

pub(crate) fn index(vm: &mut Vm, r: &BigRange, x: Value) -> PyResult<Value> {
    match position(vm, r, x)? {
        Some(i) => Ok(vm.new_bigint(i)),
        None if int_value(vm, x).is_some() => {
            let shown = vm.repr(x)?;
            Err(PyErr::value_error(format!("{shown} is not in range")))
        }
        None => Err(PyErr::value_error("sequence.index(x): x not in sequence")),
    }
}

pub(crate) fn getitem(vm: &mut Vm, r: &BigRange, key: Value) -> PyResult<Value> {
    if let Some(Obj::Slice(parts)) = key.as_obj().map(|k| vm.heap.get(k)) {
        let parts = **parts;
        return slice(vm, r, parts);
    }
    let Ok(mut i) = index_bigint(vm, key) else {
        return Err(PyErr::type_error(format!("range indices must be integers or slices, not {}", vm.type_name(key))));
    };
    let n = length(r);
    if i.is_negative() {
        i += &n;
    }
    if i.is_negative() || i >= n {
        return Err(PyErr::index_error("range object index out of range"));
    }
    Ok(vm.new_bigint(&r.start + i * &r.step))
}

/// `r[a:b:c]`: the indices resolved as `slice.indices(len(r))` does, without a length limit.
fn slice(vm: &mut Vm, r: &BigRange, parts: [Value; 3]) -> PyResult<Value> {
    let bound = |vm: &mut Vm, v: Value| -> PyResult<Option<BigInt>> {
        if v.is_none() {
            return Ok(None);
        }
        index_bigint(vm, v)
            .map(Some)
            .map_err(|_| PyErr::type_error("slice indices must be integers or None or have an __index__ method"))
    };
    let step = bound(vm, parts[2])?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let n = length(r);
    let (lower, upper) = if step.is_negative() { (-BigInt::one(), &n - 1u32) } else { (BigInt::zero(), n.clone()) };
    let clamp = |i: Option<BigInt>, default: &BigInt| match i {
        None => default.clone(),
        Some(i) if i.is_negative() => (i + &n).max(lower.clone()),
        Some(i) => i.min(upper.clone()),
    };
    let (start_default, stop_default) = if step.is_negative() { (&upper, &lower) } else { (&lower, &upper) };
    let start = clamp(bound(vm, parts[0])?, start_default);
    let stop = clamp(bound(vm, parts[1])?, stop_default);
    let at = |i: BigInt| &r.start + i * &r.step;
    let new_step = &r.step * &step;
    Ok(make_range(vm, at(start), at(stop), new_step))
}

/// CPython's range equality: same length, and the same first item and step where they matter.
pub(crate) fn same(a: &BigRange, b: &BigRange) -> bool {
    let n = length(a);
    if n != length(b) {
        return false;
    }
    n.is_zero() || (a.start == b.start && (n.is_one() || a.step == b.step))
}

pub(crate) fn hash(vm: &mut Vm, r: &BigRange) -> PyResult<Value> {
    let n = length(r);
    let (start, step) = if n.is_zero() {
        (Value::None, Value::None)
    } else if n.is_one() {
        (vm.new_bigint(r.start.clone()), Value::None)
    } else {
        (vm.new_bigint(r.start.clone()), vm.new_bigint(r.step.clone()))
    };
    let n = vm.new_bigint(n);
    let t = vm.new_tuple(vec![n, start, step]);
    Ok(Value::Int(vm.hash(t)?))
}

pub(crate) fn repr(r: &BigRange) -> String {
    if r.step.is_one() {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }
}

/// `iter(r)` and `reversed(r)` of a big range: CPython's `longrange_iterator`.
#[derive(Debug)]
struct LongRangeIter {
    next: BigInt,
    step: BigInt,
    left: BigInt,
}

impl NativeIter for LongRangeIter {
    fn type_name(&self) -> &'static str {
        "longrange_iterator"
    }

    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if !self.left.is_positive() {
            return Ok(None);
        }
        self.left -= 1u32;
        let v = self.next.clone();
        self.next += &self.step;
        Ok(Some(vm.new_bigint(v)))
    }

    fn trace(&self, _out: &mut Vec<Value>) {}

    fn length_hint(&self, _vm: &Vm) -> Option<i64> {
        Some(i64::try_from(&self.left).unwrap_or(i64::MAX))
    }
}

pub(crate) fn iter(vm: &mut Vm, r: &BigRange) -> Value {
    let it = LongRangeIter { next: r.start.clone(), step: r.step.clone(), left: length(r) };
    vm.alloc(Obj::NativeIter(Box::new(it)))
}

pub(crate) fn reversed(vm: &mut Vm, r: &BigRange) -> Value {
    let n = length(r);
    let last = &r.start + (&n - 1u32) * &r.step;
    let it = LongRangeIter { next: last, step: -&r.step, left: n };
    vm.alloc(Obj::NativeIter(Box::new(it)))
}

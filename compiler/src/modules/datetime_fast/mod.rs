//! `_datetime_fast`: the everyday operations of `datetime` (runtime/std/datetime.py) in Rust.
//! Run as Python, `d + timedelta(days=1)` cost two constructor frames, `_check_date`,
//! `_ord_to_ymd`'s month loop and a dozen slot reads: ~10x CPython's C `_datetime`.
//!
//! `timedelta`, `date` and `datetime` stay the Python classes, their instances keep their
//! slots (`_days, _seconds, _microseconds, _hashcode`; `_year, _month, _day, _hashcode`;
//! `_year, _month, _day, _hour, _minute, _second, _microsecond, _tzinfo, _fold, _hashcode`,
//! in the order datetime.py stores them). datetime.py replaces some methods (and property
//! getters) with natives made by `method(state, name, slow)`. A native answers the common
//! case: instances of exactly these classes (subclasses may override anything, and their
//! results are built by calling the subclass), int arguments, results in range. Anything
//! else calls `slow`, the Python code it replaces, with the same arguments and before any
//! effect, so datetime.py stays the one place that raises and handles the rare cases.

mod cal;

use std::cmp::Ordering;

use super::fast_methods::{self, class_of, seq_items};
use crate::error::PyResult;
use crate::value::hash::{hash_int, hash_tuple};
use crate::value::shape::EMPTY_SHAPE;
use crate::value::*;
use crate::vm::Vm;
use cal::{MAX_DELTA_DAYS, MAX_ORDINAL, US_PER_DAY};

/// Positions in the state list `state(...)` builds.
const S_TIMEDELTA: usize = 0;
const S_DATE: usize = 1;
const S_DATETIME: usize = 2;
const S_ISOCAL: usize = 3;
/// The shapes of instances made by datetime.py's constructors (None when there was no room
/// for them), indexed by `Kind`.
const S_SHAPES: usize = 4;
/// The interned slot names of each kind, in store order.
const S_KEYS: usize = S_SHAPES + 3;
const STATE_LEN: usize = S_KEYS + TD_KEYS.len() + DATE_KEYS.len() + DT_KEYS.len();

const TD_KEYS: [&str; 4] = ["_days", "_seconds", "_microseconds", "_hashcode"];
const DATE_KEYS: [&str; 4] = ["_year", "_month", "_day", "_hashcode"];
const DT_KEYS: [&str; 10] =
    ["_year", "_month", "_day", "_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold", "_hashcode"];

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Delta = 0,
    Date = 1,
    DateTime = 2,
}

impl Kind {
    fn keys_at(self) -> (usize, usize) {
        match self {
            Kind::Delta => (S_KEYS, TD_KEYS.len()),
            Kind::Date => (S_KEYS + TD_KEYS.len(), DATE_KEYS.len()),
            Kind::DateTime => (S_KEYS + TD_KEYS.len() + DATE_KEYS.len(), DT_KEYS.len()),
        }
    }

    fn class_at(self) -> usize {
        match self {
            Kind::Delta => S_TIMEDELTA,
            Kind::Date => S_DATE,
            Kind::DateTime => S_DATETIME,
        }
    }
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_datetime_fast");
    vm.module_add_fn(m, "state", state);
    vm.module_add_fn(m, "method", method);
    Ok(m)
}

/// `state(timedelta, date, datetime, IsoCalendarDate)`: what every native reads.
fn state(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::builtins::args::check("state", &a, 4, 4)?;
    let mut items = a.pos.clone();
    let mut keys = Vec::new();
    for names in [&TD_KEYS[..], &DATE_KEYS[..], &DT_KEYS[..]] {
        let interned: Vec<Value> = names.iter().map(|n| vm.intern(n)).collect();
        let shape = shape_of_keys(vm, &interned);
        items.push(shape.map_or(Value::None, |s| Value::Int(i64::from(s))));
        keys.extend(interned);
    }
    items.extend(keys);
    debug_assert_eq!(items.len(), STATE_LEN);
    Ok(vm.new_list(items))
}

/// The shape an instance gets by storing `keys` in order.
fn shape_of_keys(vm: &mut Vm, keys: &[Value]) -> Option<u32> {
    let heap = &vm.heap;
    let mut shape = Some(EMPTY_SHAPE);
    for k in keys {
        shape = shape.and_then(|s| vm.shapes.child(s, *k, |x, y| Vm::same_str(heap, x, y)));
    }
    shape
}

/// What the natives read of the state list, copied out of it (they allocate while they
/// read it); the slot names stay in the list, read only when an instance has an odd shape.
struct State {
    classes: [Option<ObjRef>; 4],
    shapes: [Option<u32>; 3],
    list: Value,
}

impl State {
    fn read(vm: &Vm, list: Value) -> Option<State> {
        let items = seq_items(vm, list).filter(|items| items.len() == STATE_LEN)?;
        let shape = |v: &Value| match v {
            Value::Int(s) => u32::try_from(*s).ok(),
            _ => None,
        };
        Some(State {
            classes: [0, 1, 2, 3].map(|n| items[n].as_obj()),
            shapes: [0, 1, 2].map(|n| shape(&items[S_SHAPES + n])),
            list,
        })
    }

    fn class(&self, kind: Kind) -> Option<ObjRef> {
        self.classes[kind.class_at()]
    }

    fn shape(&self, kind: Kind) -> Option<u32> {
        self.shapes[kind as usize]
    }

    fn keys<'a>(&self, vm: &'a Vm, kind: Kind) -> Option<&'a [Value]> {
        let (at, n) = kind.keys_at();
        seq_items(vm, self.list)?.get(at..at + n)
    }
}

type Op = fn(&mut Vm, &State, &Args) -> PyResult<Option<Value>>;

/// The methods there is a native for, by `Class.name`.
const METHODS: [(&str, Op); 39] = [
    ("timedelta.__new__", td_new),
    ("timedelta.days", td_days),
    ("timedelta.seconds", td_seconds),
    ("timedelta.microseconds", td_microseconds),
    ("timedelta.__add__", td_add),
    ("timedelta.__radd__", td_add),
    ("timedelta.__sub__", td_sub),
    ("timedelta.__neg__", td_neg),
    ("timedelta.__eq__", td_eq),
    ("timedelta.__lt__", td_lt),
    ("timedelta.__le__", td_le),
    ("timedelta.__gt__", td_gt),
    ("timedelta.__ge__", td_ge),
    ("timedelta.__hash__", td_hash),
    ("timedelta.__bool__", td_bool),
    ("date.__new__", date_new),
    ("date.year", date_year),
    ("date.month", date_month),
    ("date.day", date_day),
    ("date.toordinal", date_toordinal),
    ("date.weekday", date_weekday),
    ("date.isoweekday", date_isoweekday),
    ("date.isocalendar", date_isocalendar),
    ("date.__add__", date_add),
    ("date.__radd__", date_add),
    ("date.__sub__", date_sub),
    ("date.__eq__", date_eq),
    ("date.__lt__", date_lt),
    ("date.__le__", date_le),
    ("date.__gt__", date_gt),
    ("date.__ge__", date_ge),
    ("date.__hash__", date_hash),
    ("datetime.__new__", dt_new),
    ("datetime.hour", dt_hour),
    ("datetime.minute", dt_minute),
    ("datetime.second", dt_second),
    ("datetime.microsecond", dt_microsecond),
    ("datetime.__add__", dt_add),
    ("datetime.__sub__", dt_sub),
];

/// Comparisons of datetimes, kept apart from `METHODS` only for length.
const DT_COMPARE: [(&str, Op); 6] = [
    ("datetime.__radd__", dt_add),
    ("datetime.__eq__", dt_eq),
    ("datetime.__lt__", dt_lt),
    ("datetime.__le__", dt_le),
    ("datetime.__gt__", dt_gt),
    ("datetime.__ge__", dt_ge),
];

fn find_op(name: &str) -> Option<usize> {
    METHODS.iter().chain(DT_COMPARE.iter()).position(|(n, _)| *n == name)
}

fn op_at(index: usize) -> (&'static str, Op) {
    if index < METHODS.len() { METHODS[index] } else { DT_COMPARE[index - METHODS.len()] }
}

/// `method(state, name, slow)`: the native for `name` ("Class.method"), answering what it
/// can and calling `slow` (the Python function) for the rest.
fn method(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let shown = |index| {
        let name = op_at(index).0;
        &name[name.find('.').map_or(0, |p| p + 1)..]
    };
    fast_methods::make_method(vm, a, "datetime", find_op, shown, dispatch)
}

/// Every native: `pos` is (bound, self or cls, args...).
fn dispatch(vm: &mut Vm, a: Args) -> PyResult<Value> {
    fast_methods::run_bound(vm, a, "datetime", |vm, st, index, a| match State::read(vm, st) {
        Some(state) => op_at(index).1(vm, &state, a),
        None => Ok(None),
    })
}

// ---- reading and making instances ----

/// The first `N` slots of `kind` on `obj`, whatever its class: by position when it has the
/// shape the constructors give, else by name.
#[inline]
fn fields<const N: usize>(vm: &Vm, st: &State, obj: Value, kind: Kind) -> Option<[Value; N]> {
    let Obj::Instance(i) = vm.heap.get(obj.as_obj()?) else { return None };
    let Attrs::Shaped { shape, values } = &i.attrs else { return None };
    // Dates and datetimes both start with year, month, day.
    let fast = st.shape(kind) == Some(*shape) || (kind == Kind::Date && st.shape(Kind::DateTime) == Some(*shape));
    if fast && values.len() >= N {
        return Some(std::array::from_fn(|n| values[n]));
    }
    fields_by_name(vm, st, *shape, values, kind)
}

#[cold]
#[inline(never)]
fn fields_by_name<const N: usize>(vm: &Vm, st: &State, shape: u32, values: &[Value], kind: Kind) -> Option<[Value; N]> {
    let keys = vm.shapes.keys(shape);
    let mut out = [Value::None; N];
    for (slot, name) in out.iter_mut().zip(st.keys(vm, kind)?) {
        let at = keys.iter().position(|&k| k.is(*name) || Vm::same_str(&vm.heap, k, *name))?;
        *slot = *values.get(at)?;
    }
    Some(out)
}

/// The first `N` slots of `kind` on `obj` as ints.
#[inline]
fn int_fields<const N: usize>(vm: &Vm, st: &State, obj: Value, kind: Kind) -> Option<[i64; N]> {
    let values: [Value; N] = fields(vm, st, obj, kind)?;
    if values.iter().any(|v| !matches!(v, Value::Int(_))) {
        return None;
    }
    Some(values.map(|v| if let Value::Int(i) = v { i } else { 0 }))
}

/// Whether `v` is an instance of exactly the class of `kind`.
fn is_exact(vm: &Vm, st: &State, v: Value, kind: Kind) -> bool {
    class_of(vm, v).is_some_and(|c| Some(c) == st.class(kind))
}

/// Whether `v` is a timedelta (of any class: only its slots are read).
fn is_delta(vm: &Vm, st: &State, v: Value) -> bool {
    st.class(Kind::Delta).is_some_and(|c| vm.is_instance(v, c))
}

/// A new instance of the class of `kind` with these slot values (all of them, in order).
fn make(vm: &mut Vm, st: &State, kind: Kind, values: Vec<Value>) -> Option<Value> {
    let class = st.class(kind)?;
    let shape = st.shape(kind)?;
    Some(vm.alloc(Obj::Instance(Box::new(Instance {
        class,
        attrs: Attrs::Shaped { shape, values },
        payload: Payload::None,
    }))))
}

/// Microseconds of a timedelta as its `_us()`.
fn delta_us(vm: &Vm, st: &State, v: Value) -> Option<i128> {
    let [d, s, us] = int_fields(vm, st, v, Kind::Delta)?;
    Some((i128::from(d) * 86_400 + i128::from(s)) * 1_000_000 + i128::from(us))
}

/// A timedelta of exact class from microseconds; None when out of range.
fn new_delta(vm: &mut Vm, st: &State, total: i128) -> Option<Value> {
    let days = total.div_euclid(US_PER_DAY);
    if days.abs() > MAX_DELTA_DAYS {
        return None;
    }
    let rem = total.rem_euclid(US_PER_DAY) as i64;
    let values =
        vec![Value::Int(days as i64), Value::Int(rem / 1_000_000), Value::Int(rem % 1_000_000), Value::Int(-1)];
    make(vm, st, Kind::Delta, values)
}

fn new_date(vm: &mut Vm, st: &State, (y, m, d): (i64, i64, i64)) -> Option<Value> {
    make(vm, st, Kind::Date, vec![Value::Int(y), Value::Int(m), Value::Int(d), Value::Int(-1)])
}

/// A datetime of exact class: `ymd`, `hms_us` and the tzinfo and fold kept as they are.
fn new_datetime(vm: &mut Vm, st: &State, ymd: (i64, i64, i64), t: [i64; 4], tz: Value, fold: Value) -> Option<Value> {
    let (y, m, d) = ymd;
    let mut values = vec![Value::Int(y), Value::Int(m), Value::Int(d)];
    values.extend(t.iter().map(|&v| Value::Int(v)));
    values.extend([tz, fold, Value::Int(-1)]);
    make(vm, st, Kind::DateTime, values)
}

/// Positional and keyword arguments after `skip` leading ones, matched to `names`; None
/// for unknown, repeated or too many arguments (the Python code words those errors).
fn bind<const N: usize>(a: &Args, skip: usize, names: [&str; N]) -> Option<[Option<Value>; N]> {
    let pos = a.pos.get(skip..)?;
    if pos.len() > N {
        return None;
    }
    let mut out = [None; N];
    for (o, v) in out.iter_mut().zip(pos) {
        *o = Some(*v);
    }
    for (k, v) in &a.kw {
        let at = names.iter().position(|n| *n == &**k)?;
        if out[at].is_some() {
            return None;
        }
        out[at] = Some(*v);
    }
    Some(out)
}

fn int_of(v: Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(i),
        _ => None,
    }
}

/// `(self, other)` of a binary method, no keywords.
fn binary(a: &Args) -> Option<(Value, Value)> {
    (a.pos.len() == 3 && a.kw.is_empty()).then(|| (a.pos[1], a.pos[2]))
}

/// `self` of a method taking no arguments.
fn unary(a: &Args) -> Option<Value> {
    (a.pos.len() == 2 && a.kw.is_empty()).then(|| a.pos[1])
}

// ---- timedelta ----

const TD_ARGS: [&str; 7] = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"];

/// `timedelta(...)` of the class itself with int parts (floats round through the Python code).
fn td_new(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    if a.pos[1].as_obj() != st.class(Kind::Delta) {
        return Ok(None);
    }
    let Some(parts) = bind(a, 2, TD_ARGS) else { return Ok(None) };
    let mut p = [0i128; 7];
    for (o, v) in p.iter_mut().zip(parts) {
        match v.map_or(Some(0), int_of) {
            Some(i) => *o = i128::from(i),
            None => return Ok(None),
        }
    }
    let [days, seconds, us, ms, minutes, hours, weeks] = p;
    let total = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * 1_000_000 + ms * 1000 + us;
    Ok(new_delta(vm, st, total))
}

fn td_field(vm: &mut Vm, st: &State, a: &Args, n: usize) -> PyResult<Option<Value>> {
    let Some(me) = unary(a) else { return Ok(None) };
    Ok(int_fields::<3>(vm, st, me, Kind::Delta).map(|f| Value::Int(f[n])))
}

fn td_days(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    td_field(vm, st, a, 0)
}

fn td_seconds(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    td_field(vm, st, a, 1)
}

fn td_microseconds(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    td_field(vm, st, a, 2)
}

/// Both operands of a timedelta operator in microseconds, when `other` is a timedelta.
fn td_pair(vm: &Vm, st: &State, a: &Args) -> Option<(i128, i128)> {
    let (me, other) = binary(a)?;
    if !is_delta(vm, st, other) {
        return None;
    }
    Some((delta_us(vm, st, me)?, delta_us(vm, st, other)?))
}

fn td_add(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    let Some((x, y)) = td_pair(vm, st, a) else { return Ok(None) };
    Ok(new_delta(vm, st, x + y))
}

fn td_sub(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    let Some((x, y)) = td_pair(vm, st, a) else { return Ok(None) };
    Ok(new_delta(vm, st, x - y))
}

fn td_neg(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    let Some(x) = unary(a).and_then(|me| delta_us(vm, st, me)) else { return Ok(None) };
    Ok(new_delta(vm, st, -x))
}

fn td_order(vm: &mut Vm, st: &State, a: &Args, test: fn(Ordering) -> bool) -> PyResult<Option<Value>> {
    Ok(td_pair(vm, st, a).map(|(x, y)| Value::Bool(test(x.cmp(&y)))))
}

fn td_eq(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    td_order(vm, st, a, Ordering::is_eq)
}

fn td_lt(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    td_order(vm, st, a, Ordering::is_lt)
}

fn td_le(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    td_order(vm, st, a, Ordering::is_le)
}

fn td_gt(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    td_order(vm, st, a, Ordering::is_gt)
}

fn td_ge(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    td_order(vm, st, a, Ordering::is_ge)
}

/// `hash((days, seconds, microseconds))`, as datetime.py defines it.
fn td_hash(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    let Some(f) = unary(a).and_then(|me| int_fields::<3>(vm, st, me, Kind::Delta)) else { return Ok(None) };
    Ok(Some(Value::Int(hash_tuple(&f.map(hash_int)))))
}

fn td_bool(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    let Some(f) = unary(a).and_then(|me| int_fields::<3>(vm, st, me, Kind::Delta)) else { return Ok(None) };
    Ok(Some(Value::Bool(f != [0, 0, 0])))
}

// ---- date ----

/// `date(year, month, day)` of the class itself with valid int parts.
fn date_new(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    if a.pos[1].as_obj() != st.class(Kind::Date) {
        return Ok(None);
    }
    let Some([Some(y), Some(m), Some(d)]) = bind(a, 2, ["year", "month", "day"]) else { return Ok(None) };
    let (Some(y), Some(m), Some(d)) = (int_of(y), int_of(m), int_of(d)) else { return Ok(None) };
    if !cal::valid_date(y, m, d) {
        return Ok(None);
    }
    Ok(new_date(vm, st, (y, m, d)))
}

/// Year, month and day of a date or datetime (of any class: the methods reading them are
/// not overridden by datetime.py's classes, and a subclass overriding them never gets here).
fn ymd(vm: &Vm, st: &State, v: Value) -> Option<(i64, i64, i64)> {
    let [y, m, d] = int_fields(vm, st, v, Kind::Date)?;
    cal::valid_date(y, m, d).then_some((y, m, d))
}

fn date_part(vm: &mut Vm, st: &State, a: &Args, f: fn((i64, i64, i64)) -> i64) -> PyResult<Option<Value>> {
    Ok(unary(a).and_then(|me| ymd(vm, st, me)).map(|d| Value::Int(f(d))))
}

fn date_year(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    date_part(vm, st, a, |(y, _, _)| y)
}

fn date_month(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    date_part(vm, st, a, |(_, m, _)| m)
}

fn date_day(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    date_part(vm, st, a, |(_, _, d)| d)
}

fn date_toordinal(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    date_part(vm, st, a, |(y, m, d)| cal::ymd_to_ord(y, m, d))
}

fn date_weekday(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    date_part(vm, st, a, |(y, m, d)| cal::weekday(cal::ymd_to_ord(y, m, d)))
}

fn date_isoweekday(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    date_part(vm, st, a, |(y, m, d)| cal::weekday(cal::ymd_to_ord(y, m, d)) + 1)
}

/// An `IsoCalendarDate` (a tuple subclass) made as `tuple.__new__(cls, ...)` makes it.
fn date_isocalendar(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    let Some((y, m, d)) = unary(a).and_then(|me| ymd(vm, st, me)) else { return Ok(None) };
    let Some(cls) = st.classes[S_ISOCAL] else { return Ok(None) };
    let (iy, iw, id) = cal::isocalendar(y, m, d);
    let items = vm.new_tuple(vec![Value::Int(iy), Value::Int(iw), Value::Int(id)]);
    Ok(Some(vm.alloc(Obj::Instance(Box::new(Instance::new(cls, Payload::Builtin(items)))))))
}

/// `date + timedelta` for an exact date (a subclass's result is made by calling it).
fn date_add(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    let Some((me, other)) = binary(a) else { return Ok(None) };
    if !is_exact(vm, st, me, Kind::Date) || !is_delta(vm, st, other) {
        return Ok(None);
    }
    let (Some((y, m, d)), Some([days])) = (ymd(vm, st, me), int_fields::<1>(vm, st, other, Kind::Delta)) else {
        return Ok(None);
    };
    shifted_date(vm, st, cal::ymd_to_ord(y, m, d), days)
}

/// The date `days` after `ordinal`; None when out of range (the Python code raises).
fn shifted_date(vm: &mut Vm, st: &State, ordinal: i64, days: i64) -> PyResult<Option<Value>> {
    let n = ordinal + days;
    if !(1..=MAX_ORDINAL).contains(&n) {
        return Ok(None);
    }
    Ok(new_date(vm, st, cal::ord_to_ymd(n)))
}

/// `date - timedelta` and `date - date` for exact dates.
fn date_sub(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    let Some((me, other)) = binary(a) else { return Ok(None) };
    if !is_exact(vm, st, me, Kind::Date) {
        return Ok(None);
    }
    let Some((y, m, d)) = ymd(vm, st, me) else { return Ok(None) };
    let ordinal = cal::ymd_to_ord(y, m, d);
    if is_exact(vm, st, other, Kind::Date) {
        let Some((oy, om, od)) = ymd(vm, st, other) else { return Ok(None) };
        return Ok(new_delta(vm, st, i128::from(ordinal - cal::ymd_to_ord(oy, om, od)) * US_PER_DAY));
    }
    if !is_delta(vm, st, other) {
        return Ok(None);
    }
    let Some([days]) = int_fields::<1>(vm, st, other, Kind::Delta) else { return Ok(None) };
    shifted_date(vm, st, ordinal, -days)
}

fn date_order(vm: &mut Vm, st: &State, a: &Args, test: fn(Ordering) -> bool) -> PyResult<Option<Value>> {
    let Some((me, other)) = binary(a) else { return Ok(None) };
    if !is_exact(vm, st, me, Kind::Date) || !is_exact(vm, st, other, Kind::Date) {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (ymd(vm, st, me), ymd(vm, st, other)) else { return Ok(None) };
    Ok(Some(Value::Bool(test(x.cmp(&y)))))
}

fn date_eq(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    date_order(vm, st, a, Ordering::is_eq)
}

fn date_lt(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    date_order(vm, st, a, Ordering::is_lt)
}

fn date_le(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    date_order(vm, st, a, Ordering::is_le)
}

fn date_gt(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    date_order(vm, st, a, Ordering::is_gt)
}

fn date_ge(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    date_order(vm, st, a, Ordering::is_ge)
}

/// `hash((year, month, day))`, as datetime.py defines it.
fn date_hash(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    let Some(me) = unary(a) else { return Ok(None) };
    if !is_exact(vm, st, me, Kind::Date) {
        return Ok(None);
    }
    let Some((y, m, d)) = ymd(vm, st, me) else { return Ok(None) };
    Ok(Some(Value::Int(hash_tuple(&[hash_int(y), hash_int(m), hash_int(d)]))))
}

// ---- datetime ----

const DT_ARGS: [&str; 8] = ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo"];

/// `datetime(...)` of the class itself, naive, fold 0, with valid int parts.
fn dt_new(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    if a.pos[1].as_obj() != st.class(Kind::DateTime) {
        return Ok(None);
    }
    let Some(parts) = bind(a, 2, DT_ARGS) else { return Ok(None) };
    if !matches!(parts[7], None | Some(Value::None)) {
        return Ok(None);
    }
    let mut p = [0i64; 7];
    for (o, v) in p.iter_mut().zip(parts) {
        if let Some(v) = v {
            let Some(i) = int_of(v) else { return Ok(None) };
            *o = i;
        }
    }
    // Year, month and day have no default.
    if parts[..3].iter().any(Option::is_none) {
        return Ok(None);
    }
    let [y, m, d, h, mi, s, us] = p;
    if !cal::valid_date(y, m, d) || !cal::valid_time(h, mi, s, us) {
        return Ok(None);
    }
    Ok(new_datetime(vm, st, (y, m, d), [h, mi, s, us], Value::None, Value::Int(0)))
}

/// The fields of an exact datetime that its arithmetic reads (results have fold 0, as
/// datetime.py's `_from_us` makes them).
struct Fields {
    ordinal: i64,
    time: [i64; 4],
    tz: Value,
}

impl Fields {
    fn us(&self) -> i128 {
        let [h, mi, s, us] = self.time.map(i128::from);
        i128::from(self.ordinal) * US_PER_DAY + ((h * 60 + mi) * 60 + s) * 1_000_000 + us
    }
}

fn dt_fields(vm: &Vm, st: &State, v: Value) -> Option<Fields> {
    if !is_exact(vm, st, v, Kind::DateTime) {
        return None;
    }
    let f: [Value; 8] = fields(vm, st, v, Kind::DateTime)?;
    let mut n = [0i64; 7];
    for (o, v) in n.iter_mut().zip(&f[..7]) {
        *o = int_of(*v)?;
    }
    let [y, m, d, h, mi, s, us] = n;
    if !cal::valid_date(y, m, d) || !cal::valid_time(h, mi, s, us) {
        return None;
    }
    Some(Fields { ordinal: cal::ymd_to_ord(y, m, d), time: [h, mi, s, us], tz: f[7] })
}

fn dt_part(vm: &mut Vm, st: &State, a: &Args, n: usize) -> PyResult<Option<Value>> {
    let Some(me) = unary(a) else { return Ok(None) };
    let Some(f) = fields::<7>(vm, st, me, Kind::DateTime) else { return Ok(None) };
    Ok(Some(f[3 + n]))
}

fn dt_hour(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    dt_part(vm, st, a, 0)
}

fn dt_minute(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    dt_part(vm, st, a, 1)
}

fn dt_second(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    dt_part(vm, st, a, 2)
}

fn dt_microsecond(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    dt_part(vm, st, a, 3)
}

/// The exact datetime `total` microseconds after 0001-01-01 minus a day, keeping `tz` and
/// `fold` (as `_from_us` keeps the tzinfo); None when out of range.
fn datetime_at(vm: &mut Vm, st: &State, total: i128, tz: Value) -> Option<Value> {
    let days = total.div_euclid(US_PER_DAY);
    if !(1..=i128::from(MAX_ORDINAL)).contains(&days) {
        return None;
    }
    let rem = total.rem_euclid(US_PER_DAY) as i64;
    let (secs, us) = (rem / 1_000_000, rem % 1_000_000);
    let t = [secs / 3600, secs / 60 % 60, secs % 60, us];
    new_datetime(vm, st, cal::ord_to_ymd(days as i64), t, tz, Value::Int(0))
}

fn dt_add(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    let Some((me, other)) = binary(a) else { return Ok(None) };
    if !is_delta(vm, st, other) {
        return Ok(None);
    }
    let (Some(f), Some(delta)) = (dt_fields(vm, st, me), delta_us(vm, st, other)) else { return Ok(None) };
    Ok(datetime_at(vm, st, f.us() + delta, f.tz))
}

/// `datetime - timedelta`, and `datetime - datetime` when both share one tzinfo object.
fn dt_sub(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    let Some((me, other)) = binary(a) else { return Ok(None) };
    let Some(f) = dt_fields(vm, st, me) else { return Ok(None) };
    if let Some(g) = dt_fields(vm, st, other) {
        if !f.tz.is(g.tz) {
            return Ok(None);
        }
        return Ok(new_delta(vm, st, f.us() - g.us()));
    }
    if !is_delta(vm, st, other) {
        return Ok(None);
    }
    let Some(delta) = delta_us(vm, st, other) else { return Ok(None) };
    Ok(datetime_at(vm, st, f.us() - delta, f.tz))
}

/// A comparison of exact datetimes sharing one tzinfo object (their offsets cancel).
fn dt_order(vm: &mut Vm, st: &State, a: &Args, test: fn(Ordering) -> bool) -> PyResult<Option<Value>> {
    let Some((me, other)) = binary(a) else { return Ok(None) };
    let (Some(f), Some(g)) = (dt_fields(vm, st, me), dt_fields(vm, st, other)) else { return Ok(None) };
    if !f.tz.is(g.tz) {
        return Ok(None);
    }
    Ok(Some(Value::Bool(test(f.us().cmp(&g.us())))))
}

fn dt_eq(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    dt_order(vm, st, a, Ordering::is_eq)
}

fn dt_lt(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    dt_order(vm, st, a, Ordering::is_lt)
}

fn dt_le(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    dt_order(vm, st, a, Ordering::is_le)
}

fn dt_gt(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    dt_order(vm, st, a, Ordering::is_gt)
}

fn dt_ge(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    dt_order(vm, st, a, Ordering::is_ge)
}

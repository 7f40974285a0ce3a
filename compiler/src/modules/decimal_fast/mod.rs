//! `_decimal_fast`: the everyday operations of `decimal` (runtime/std/decimal.py) in Rust.
//! Run as Python, one `a * b` cost ~11K VM instructions and a `quantize` ~15K (a frame for
//! the method, `_coerce`, `getcontext()`, `_make_decimal`, `_fix`), where CPython runs C.
//!
//! `Decimal` stays the Python class: its instances keep `_sign`, `_int`, `_exp` and
//! `_special`. decimal.py replaces some of its methods with natives made by
//! `method(state, name, slow)`, each bound to the shared state and to `slow`, the Python
//! method it replaces. A native answers the common case itself: exact `Decimal` operands
//! (or ints), finite, with coefficients that fit in a u128, under a context whose
//! precision, rounding and exponent limits are plain values, where the result needs no
//! signal but Rounded and Inexact (recorded in `ctx.flags` as decimal.py would) and neither
//! of those is trapped. Anything else goes to `slow` with the same arguments, before any
//! effect, so decimal.py stays the one place that raises, signals the rarer conditions and
//! handles NaN, infinities and huge numbers.

mod arith;

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::fast_methods::{self, class_of, seq_items};
use crate::error::PyResult;
use crate::value::shape::EMPTY_SHAPE;
use crate::value::*;
use crate::vm::Vm;
use arith::{Finite, Rounding, Signals};

/// Positions in the state list `state(...)` builds.
const S_CLASS: usize = 0;
const S_CONTEXT: usize = 1;
const S_INEXACT: usize = 2;
const S_ROUNDED: usize = 3;
/// The interned names of a Decimal's four slots, in `_make_decimal`'s order.
const S_FIELDS: usize = 4;
/// The shape those four make, once known (None before).
const S_SHAPE: usize = 8;
/// The interned names of the context attributes read here, in `CONTEXT_ATTRS` order.
const S_CTX: usize = 9;
/// The shape of the last context read (None before), and where each of `CONTEXT_ATTRS`
/// sits among its values: contexts share one shape, so one scan of its keys serves them all.
const S_CTX_SHAPE: usize = S_CTX + CONTEXT_ATTRS.len();
const S_CTX_AT: usize = S_CTX_SHAPE + 1;
/// Where the entries for Rounded and Inexact (in `record`'s order) sat in the last context's
/// `flags` and `traps` (None before): decimal.py builds both dicts from `_SIGNALS` in one
/// order, so one position per signal serves every context.
const S_SIGNAL_AT: usize = S_CTX_AT + CONTEXT_ATTRS.len();

const STATE_LEN: usize = S_SIGNAL_AT + 2;

const FIELDS: [&str; 4] = ["_sign", "_int", "_exp", "_special"];
const CONTEXT_ATTRS: [&str; 7] = ["prec", "rounding", "Emin", "Emax", "clamp", "flags", "traps"];

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_decimal_fast");
    vm.module_add_fn(m, "state", state);
    vm.module_add_fn(m, "method", method);
    Ok(m)
}

/// `state(Decimal, context_holder, Inexact, Rounded)`: what every native reads; the holder
/// is decimal.py's one-item list whose item is the current context.
fn state(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::builtins::args::check("state", &a, 4, 4)?;
    let mut items = a.pos.clone();
    for f in FIELDS {
        items.push(vm.intern(f));
    }
    items.push(Value::None);
    for c in CONTEXT_ATTRS {
        items.push(vm.intern(c));
    }
    items.resize(STATE_LEN, Value::None);
    Ok(vm.new_list(items))
}

/// The state list's items (copied: the natives allocate while they read them) and the list
/// itself, where the shape cache is kept.
struct State {
    items: [Value; STATE_LEN],
    list: Value,
}

impl std::ops::Index<usize> for State {
    type Output = Value;
    fn index(&self, i: usize) -> &Value {
        &self.items[i]
    }
}

type Op = fn(&mut Vm, &State, &Args) -> PyResult<Option<Value>>;

/// The methods there is a native for, with the name the native shows.
const METHODS: [(&str, Op); 11] = [
    ("__add__", op_add),
    ("__radd__", op_add),
    ("__sub__", op_sub),
    ("__mul__", op_mul),
    ("__rmul__", op_mul),
    ("quantize", op_quantize),
    ("__str__", op_str),
    ("__lt__", op_lt),
    ("__le__", op_le),
    ("__gt__", op_gt),
    ("__ge__", op_ge),
];

/// `method(state, name, slow)`: the native method `name`, answering what it can and
/// calling `slow` (the Python method) for the rest.
fn method(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let find = |name: &str| METHODS.iter().position(|(n, _)| *n == name);
    fast_methods::make_method(vm, a, "decimal", find, |i| METHODS[i].0, dispatch)
}

/// Every native method: `pos` is (bound, self, args...).
#[cfg_attr(edge_speed, optimize(speed))]
fn dispatch(vm: &mut Vm, a: Args) -> PyResult<Value> {
    fast_methods::run_bound(vm, a, "decimal", |vm, st, index, a| {
        let Some(items) = seq_items(vm, st).and_then(|s| <[Value; STATE_LEN]>::try_from(s).ok()) else {
            return Ok(None);
        };
        METHODS[index].1(vm, &State { items, list: st }, a)
    })
}

/// The attributes `keys` (interned strs) stored on the instance `obj`, read in one pass over
/// its shape (no descriptors: the objects read here have plain attributes).
fn slots<const N: usize>(vm: &Vm, obj: Value, keys: &[Value]) -> Option<[Value; N]> {
    let Obj::Instance(i) = vm.heap.get(obj.as_obj()?) else { return None };
    let Attrs::Shaped { shape, values } = &i.attrs else { return None };
    let mut out = [Value::None; N];
    let mut found = [false; N];
    for (k, &v) in vm.shapes.keys(*shape).iter().zip(values) {
        if let Some(p) = keys.iter().position(|key| key.is(*k)) {
            out[p] = v;
            found[p] = true;
        }
    }
    for p in 0..N {
        if !found[p] {
            // A key made by another str object with the same text (rare: names are interned).
            let keys_of_shape = vm.shapes.keys(*shape);
            let at = keys_of_shape.iter().position(|&k| Vm::same_str(&vm.heap, k, keys[p]))?;
            out[p] = *values.get(at)?;
        }
    }
    Some(out)
}

/// A u128 coefficient from a non-negative int.
fn coeff_of(vm: &Vm, v: Value) -> Option<u128> {
    match v {
        Value::Int(i) => u128::try_from(i).ok(),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::BigInt(b) => b.to_u128(),
            _ => None,
        },
        _ => None,
    }
}

/// `d` when it is an exact `Decimal`, finite, with a coefficient that fits.
#[cfg_attr(edge_speed, optimize(speed))]
fn finite_of(vm: &Vm, st: &State, d: Value) -> Option<Finite> {
    if class_of(vm, d)? != st[S_CLASS].as_obj()? {
        return None;
    }
    // Results of `_make_decimal` (and of the natives) have the fields in this order.
    let fields: [Value; 4] = match vm.heap.get(d.as_obj()?) {
        Obj::Instance(i) => match &i.attrs {
            Attrs::Shaped { shape, values } if matches!(st[S_SHAPE], Value::Int(s) if s == i64::from(*shape)) => {
                <[Value; 4]>::try_from(values.get(..4)?).ok()?
            }
            _ => slots(vm, d, &st.items[S_FIELDS..S_FIELDS + 4])?,
        },
        _ => return None,
    };
    let field = |n: usize| Some(fields[n]);
    if !field(3)?.is_none() {
        return None;
    }
    let negative = match field(0)? {
        Value::Int(0) => false,
        Value::Int(1) => true,
        _ => return None,
    };
    let Value::Int(exp) = field(2)? else { return None };
    Some(Finite { negative, coeff: coeff_of(vm, field(1)?)?, exp })
}

/// An operand as decimal.py's `_coerce` takes it: a `Decimal` or an int.
fn operand_of(vm: &Vm, st: &State, v: Value) -> Option<Finite> {
    match v {
        Value::Int(i) => Some(Finite { negative: i < 0, coeff: u128::from(i.unsigned_abs()), exp: 0 }),
        Value::Bool(b) => Some(Finite { negative: false, coeff: u128::from(b), exp: 0 }),
        _ => finite_of(vm, st, v),
    }
}

/// A new `Decimal` holding `d` (as `_make_decimal` builds it).
#[cfg_attr(edge_speed, optimize(speed))]
fn new_decimal(vm: &mut Vm, st: &State, d: Finite) -> Option<Value> {
    let cls = st[S_CLASS].as_obj()?;
    let shape = match st[S_SHAPE] {
        Value::Int(s) => s as u32,
        _ => {
            let heap = &vm.heap;
            let mut shape = Some(EMPTY_SHAPE);
            for k in &st.items[S_FIELDS..S_FIELDS + 4] {
                shape = shape.and_then(|s| vm.shapes.child(s, *k, |x, y| Vm::same_str(heap, x, y)));
            }
            // No room for another shape: decimal.py's stores cope.
            let shape = shape?;
            if let Obj::List(items) = vm.heap.get_mut(st.list.as_obj()?) {
                items[S_SHAPE] = Value::Int(shape as i64);
            }
            shape
        }
    };
    let coeff = match i64::try_from(d.coeff) {
        Ok(c) => Value::Int(c),
        Err(_) => vm.new_bigint(BigInt::from(d.coeff)),
    };
    let values = vec![Value::Int(i64::from(d.negative)), coeff, Value::Int(d.exp), Value::None];
    Some(vm.alloc(Obj::Instance(Box::new(Instance {
        class: cls,
        attrs: Attrs::Shaped { shape, values },
        payload: Payload::None,
    }))))
}

/// The values of `CONTEXT_ATTRS` on the context `obj`: straight from where the state says
/// they sit when `obj` has the shape seen last, else by a scan whose positions the state
/// then keeps.
#[cfg_attr(edge_speed, optimize(speed))]
fn context_attrs(vm: &mut Vm, st: &State, obj: Value) -> Option<[Value; CONTEXT_ATTRS.len()]> {
    const N: usize = CONTEXT_ATTRS.len();
    let Obj::Instance(i) = vm.heap.get(obj.as_obj()?) else { return None };
    let Attrs::Shaped { shape, values } = &i.attrs else { return None };
    let shape = *shape;
    if matches!(st[S_CTX_SHAPE], Value::Int(s) if s == i64::from(shape)) {
        let mut out = [Value::None; N];
        for (n, slot) in out.iter_mut().enumerate() {
            let Value::Int(at) = st[S_CTX_AT + n] else { return None };
            *slot = *values.get(at as usize)?;
        }
        return Some(out);
    }
    let attrs: [Value; N] = slots(vm, obj, &st.items[S_CTX..S_CTX + N])?;
    // Where each one sits, for the next context of this shape.
    let keys = vm.shapes.keys(shape);
    let mut at = [Value::None; N];
    for (n, name) in st.items[S_CTX..S_CTX + N].iter().enumerate() {
        let p = keys.iter().position(|&k| k.is(*name) || Vm::same_str(&vm.heap, k, *name))?;
        at[n] = Value::Int(p as i64);
    }
    if let Obj::List(items) = vm.heap.get_mut(st.list.as_obj()?) {
        items[S_CTX_SHAPE] = Value::Int(i64::from(shape));
        items[S_CTX_AT..S_CTX_AT + N].copy_from_slice(&at);
    }
    Some(attrs)
}

/// The parts of a context the natives use.
struct Ctx {
    prec: i64,
    rounding: Rounding,
    emin: i64,
    emax: i64,
    clamp: bool,
    flags: Value,
    traps: Value,
}

/// The context to work under: `given` unless None, else the current one.
#[cfg_attr(edge_speed, optimize(speed))]
fn context_of(vm: &mut Vm, st: &State, given: Option<Value>) -> Option<Ctx> {
    let obj = match given {
        Some(Value::None) | None => *seq_items(vm, st[S_CONTEXT])?.first()?,
        Some(c) => c,
    };
    let attrs = context_attrs(vm, st, obj)?;
    let attr = |n: usize| Some(attrs[n]);
    let int = |v: Value| match v {
        Value::Int(i) => Some(i),
        Value::Bool(b) => Some(i64::from(b)),
        _ => None,
    };
    let prec = int(attr(0)?)?;
    let rounding = Rounding::from_name(vm.heap.str_of(attr(1)?)?)?;
    let (emin, emax, clamp) = (int(attr(2)?)?, int(attr(3)?)?, int(attr(4)?)?);
    let (flags, traps) = (attr(5)?, attr(6)?);
    let is_dict = |v: Value| v.as_obj().is_some_and(|r| matches!(vm.heap.get(r), Obj::Dict(_)));
    // Limits far from i64's ends, so the exponent arithmetic below cannot overflow.
    const LIMIT: i64 = 1 << 60;
    if !(1..LIMIT).contains(&prec) || emin.abs() >= LIMIT || emax.abs() >= LIMIT || !is_dict(flags) || !is_dict(traps) {
        return None;
    }
    Some(Ctx { prec, rounding, emin, emax, clamp: clamp != 0, flags, traps })
}

impl Ctx {
    /// Whether CPython's `_fix` leaves `d` alone (no overflow, subnormal or clamping):
    /// results outside go to decimal.py.
    fn in_range(&self, d: Finite) -> bool {
        let etop = self.emax - self.prec + 1;
        if d.coeff == 0 {
            let exp_max = if self.clamp { etop } else { self.emax };
            let etiny = self.emin - self.prec + 1;
            return (etiny..=exp_max).contains(&d.exp);
        }
        let adj = arith::adjusted(d);
        self.emin <= adj && adj <= self.emax && !(self.clamp && d.exp > etop)
    }

    /// Records `signals` in the flags, as `Context._signal` does; `None` (nothing recorded)
    /// when one of them is trapped, so that decimal.py raises it.
    #[cfg_attr(edge_speed, optimize(speed))]
    fn record(&self, vm: &mut Vm, st: &State, signals: Signals) -> PyResult<Option<()>> {
        let raised = [(signals.rounded, S_ROUNDED), (signals.inexact, S_INEXACT)];
        for (n, &(on, cls)) in raised.iter().enumerate() {
            if !on {
                continue;
            }
            let trap = match signal_entry(vm, st, self.traps, st[cls], n) {
                Some(at) => dict_value_at(vm, self.traps, at),
                None => vm.dict_get(self.traps, st[cls])?,
            };
            if !matches!(trap, Some(Value::Bool(false)) | None) {
                return Ok(None);
            }
        }
        for (n, &(on, cls)) in raised.iter().enumerate() {
            if !on {
                continue;
            }
            match signal_entry(vm, st, self.flags, st[cls], n) {
                Some(at) => {
                    if let Some(Obj::Dict(d)) = self.flags.as_obj().map(|r| vm.heap.get_mut(r)) {
                        d.set_at(at, Value::Bool(true));
                    }
                }
                None => vm.dict_set(self.flags, st[cls], Value::Bool(true))?,
            }
        }
        Ok(Some(()))
    }
}

/// The position of the entry whose key is `cls` itself in the plain dict `dict` (a context's
/// `flags` or `traps`): first where the state says signal `n` sat last, else by a walk over
/// the entries, whose answer the state then keeps. A lookup by hash costs ~4x more, and every
/// inexact result records two signals. Identity suffices: a dict holds one entry per key, so
/// the entry keyed by `cls` itself is the one a lookup would find. None (the caller looks
/// up by hash) when no entry has that very key.
#[cfg_attr(edge_speed, optimize(speed))]
fn signal_entry(vm: &mut Vm, st: &State, dict: Value, cls: Value, n: usize) -> Option<usize> {
    let Obj::Dict(d) = vm.heap.get(dict.as_obj()?) else { return None };
    let keyed_by_cls = |at: usize| d.entry_at(at).is_some_and(|e| e.key.is(cls));
    if let Value::Int(at) = st[S_SIGNAL_AT + n]
        && keyed_by_cls(at as usize)
    {
        return Some(at as usize);
    }
    let at = (0..d.slots()).find(|&at| keyed_by_cls(at))?;
    if let Obj::List(items) = vm.heap.get_mut(st.list.as_obj()?)
        && let Some(hint) = items.get_mut(S_SIGNAL_AT + n)
    {
        *hint = Value::Int(at as i64);
    }
    Some(at)
}

/// The value at entry position `at` of the dict `dict`.
fn dict_value_at(vm: &Vm, dict: Value, at: usize) -> Option<Value> {
    match vm.heap.get(dict.as_obj()?) {
        Obj::Dict(d) => d.entry_at(at).map(|e| e.value),
        _ => None,
    }
}

/// A finished result: in range, its signals recorded, as a new `Decimal`.
#[cfg_attr(edge_speed, optimize(speed))]
fn finish(vm: &mut Vm, st: &State, ctx: &Ctx, d: Finite, signals: Signals) -> PyResult<Option<Value>> {
    if !ctx.in_range(d) || ctx.record(vm, st, signals)?.is_none() {
        return Ok(None);
    }
    Ok(new_decimal(vm, st, d))
}

/// `(self, other[, context])` of a binary method, with `context` also by keyword.
fn binary_args(a: &Args) -> Option<(Value, Value, Option<Value>)> {
    let (me, other) = (a.pos[1], *a.pos.get(2)?);
    let mut context = a.pos.get(3).copied();
    if a.pos.len() > 4 {
        return None;
    }
    for (k, v) in &a.kw {
        if &**k != "context" || context.is_some() {
            return None;
        }
        context = Some(*v);
    }
    Some((me, other, context))
}

/// `self + other` (or `self - other` with `negate`), rounded to the context precision.
#[cfg_attr(edge_speed, optimize(speed))]
fn add_or_sub(vm: &mut Vm, st: &State, a: &Args, negate: bool) -> PyResult<Option<Value>> {
    let Some((me, other, context)) = binary_args(a) else { return Ok(None) };
    let (Some(x), Some(mut y), Some(ctx)) =
        (finite_of(vm, st, me), operand_of(vm, st, other), context_of(vm, st, context))
    else {
        return Ok(None);
    };
    if negate {
        y.negative = !y.negative;
    }
    let Some(sum) = arith::add(x, y, ctx.rounding == Rounding::Floor) else { return Ok(None) };
    rounded(vm, st, &ctx, sum)
}

/// `d` rounded to the context precision, then finished.
#[cfg_attr(edge_speed, optimize(speed))]
fn rounded(vm: &mut Vm, st: &State, ctx: &Ctx, d: Finite) -> PyResult<Option<Value>> {
    // CPython checks the exponent limits on the unrounded value as well.
    if !ctx.in_range(d) {
        return Ok(None);
    }
    let (d, signals) = arith::fix(d, ctx.prec, ctx.rounding);
    finish(vm, st, ctx, d, signals)
}

fn op_add(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    add_or_sub(vm, st, a, false)
}

fn op_sub(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    add_or_sub(vm, st, a, true)
}

#[cfg_attr(edge_speed, optimize(speed))]
fn op_mul(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    let Some((me, other, context)) = binary_args(a) else { return Ok(None) };
    let (Some(x), Some(y), Some(ctx)) = (finite_of(vm, st, me), operand_of(vm, st, other), context_of(vm, st, context))
    else {
        return Ok(None);
    };
    let Some(product) = arith::mul(x, y) else { return Ok(None) };
    rounded(vm, st, &ctx, product)
}

/// `quantize(exp, rounding=None, context=None)`.
#[cfg_attr(edge_speed, optimize(speed))]
fn op_quantize(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    if a.pos.len() < 3 || a.pos.len() > 5 {
        return Ok(None);
    }
    let (me, exp) = (a.pos[1], a.pos[2]);
    let mut rounding = a.pos.get(3).copied();
    let mut context = a.pos.get(4).copied();
    for (k, v) in &a.kw {
        let slot = match &**k {
            "rounding" => &mut rounding,
            "context" => &mut context,
            _ => return Ok(None),
        };
        if slot.is_some() {
            return Ok(None);
        }
        *slot = Some(*v);
    }
    let (Some(x), Some(target), Some(ctx)) =
        (finite_of(vm, st, me), operand_of(vm, st, exp), context_of(vm, st, context))
    else {
        return Ok(None);
    };
    let mode = match rounding {
        None | Some(Value::None) => ctx.rounding,
        Some(r) => match vm.heap.str_of(r).and_then(Rounding::from_name) {
            Some(m) => m,
            None => return Ok(None),
        },
    };
    let Some((d, signals)) = arith::quantize(x, target.exp, mode) else { return Ok(None) };
    // Too many digits for the precision is InvalidOperation: decimal.py signals it.
    if arith::digits(d.coeff) > ctx.prec {
        return Ok(None);
    }
    finish(vm, st, &ctx, d, signals)
}

fn op_str(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    if a.pos.len() != 2 || !a.kw.is_empty() {
        return Ok(None);
    }
    let Some(d) = finite_of(vm, st, a.pos[1]) else { return Ok(None) };
    Ok(Some(vm.new_str(StrText::ascii_owned(arith::to_sci_string(d)))))
}

/// An ordering comparison with an int or another `Decimal` (floats, NaNs: decimal.py).
#[cfg_attr(edge_speed, optimize(speed))]
fn order(vm: &mut Vm, st: &State, a: &Args, test: fn(Ordering) -> bool) -> PyResult<Option<Value>> {
    if a.pos.len() != 3 || !a.kw.is_empty() {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (finite_of(vm, st, a.pos[1]), operand_of(vm, st, a.pos[2])) else { return Ok(None) };
    Ok(arith::compare(x, y).map(|o| Value::Bool(test(o))))
}

fn op_lt(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    order(vm, st, a, Ordering::is_lt)
}

fn op_le(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    order(vm, st, a, Ordering::is_le)
}

fn op_gt(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    order(vm, st, a, Ordering::is_gt)
}

fn op_ge(vm: &mut Vm, st: &State, a: &Args) -> PyResult<Option<Value>> {
    order(vm, st, a, Ordering::is_ge)
}

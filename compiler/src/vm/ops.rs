//! Operators: arithmetic, comparison, hashing and truth, with fast paths for the built-in
//! numeric and sequence types and `__dunder__` dispatch (with reflected operands) otherwise.

use std::cmp::Ordering;

use super::Vm;
use crate::bytecode::opcode::{BinOp, CmpOp};
use crate::error::{PyErr, PyResult};
use crate::value::hash;
use crate::value::num::{self, Num, NumResult, distinct_nan};
use crate::value::set::Set;
use crate::value::*;

/// `a op b` for the int/float cases the interpreter handles inline (no allocation, no
/// overflow, no error possible); `None` sends it to `Vm::binop` (in-place ops on ints and
/// floats are the same as the plain ones). Mixed int/float converts the int like CPython
/// (`i64 as f64` rounds to nearest, ties to even).
///
/// On wasm int shifts and powers and mixed int/float operands are a call: `dispatch` has three
/// arithmetic instructions (and their fused forms), and the whole of this at each was a tenth
/// of it, which V8 compiles with its optimising compiler in every program (vm/interp.rs,
/// `dispatch_slices`).
#[cfg(target_arch = "wasm32")]
#[inline(always)]
pub(crate) fn fast_arith(a: Value, b: Value, op: BinOp) -> Option<Value> {
    match (a, b) {
        // An overflow also goes the long way; it ends in the same None.
        (Value::Int(x), Value::Int(y)) => int_arith(x, y, op).or_else(|| fast_arith_call(a, b, op)),
        (Value::Float(x), Value::Float(y)) => float_arith(x, y, op),
        _ => fast_arith_call(a, b, op),
    }
}

#[cfg(not(target_arch = "wasm32"))]
#[inline(always)]
pub(crate) fn fast_arith(a: Value, b: Value, op: BinOp) -> Option<Value> {
    all_fast_arith(a, b, op)
}

/// `fast_arith`'s less common cases, out of line (wasm).
#[cfg_attr(edge_speed, optimize(speed))]
#[cfg(target_arch = "wasm32")]
#[inline(never)]
fn fast_arith_call(a: Value, b: Value, op: BinOp) -> Option<Value> {
    all_fast_arith(a, b, op)
}

#[inline(always)]
fn all_fast_arith(a: Value, b: Value, op: BinOp) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => match op {
            BinOp::Pow => int_pow(x, y),
            // Shifts by a negative count raise; a left shift that loses bits is a big int.
            BinOp::LShift if (0..64).contains(&y) && (x << y) >> y == x => Some(Value::Int(x << y)),
            BinOp::RShift if y >= 0 => Some(Value::Int(x >> y.min(63))),
            _ => int_arith(x, y, op),
        },
        (Value::Float(x), Value::Float(y)) => float_arith(x, y, op),
        (Value::Int(x), Value::Float(y)) => float_arith(x as f64, y, op),
        (Value::Float(x), Value::Int(y)) => float_arith(x, y as f64, op),
        _ => None,
    }
}

/// The common int operations (None: another operator, an overflow, a divisor the slow path
/// handles).
#[inline(always)]
fn int_arith(x: i64, y: i64, op: BinOp) -> Option<Value> {
    match op {
        BinOp::Add => x.checked_add(y).map(Value::Int),
        BinOp::Sub => x.checked_sub(y).map(Value::Int),
        BinOp::Mult => checked_mul(x, y).map(Value::Int),
        BinOp::FloorDiv if y > 0 => Some(Value::Int(x.div_euclid(y))),
        BinOp::Mod if y > 0 => Some(Value::Int(x.rem_euclid(y))),
        BinOp::BitAnd => Some(Value::Int(x & y)),
        BinOp::BitOr => Some(Value::Int(x | y)),
        BinOp::BitXor => Some(Value::Int(x ^ y)),
        _ => None,
    }
}

/// `x * y` unless it overflows. wasm32 has no 64-bit multiply-high: `checked_mul` there calls
/// a 128-bit multiply (`__multi3`), which factors within i32's range never need.
#[inline(always)]
fn checked_mul(x: i64, y: i64) -> Option<i64> {
    if cfg!(target_arch = "wasm32") && x as i32 as i64 == x && y as i32 as i64 == y {
        return Some(x * y);
    }
    x.checked_mul(y)
}

#[inline(always)]
fn float_arith(x: f64, y: f64, op: BinOp) -> Option<Value> {
    match op {
        BinOp::Add => Some(Value::Float(distinct_nan(x + y))),
        BinOp::Sub => Some(Value::Float(distinct_nan(x - y))),
        BinOp::Mult => Some(Value::Float(distinct_nan(x * y))),
        BinOp::Div if y != 0.0 => Some(Value::Float(distinct_nan(x / y))),
        BinOp::Pow => float_pow(x, y),
        _ => None,
    }
}

// The powers, out of line on wasm: `fast_arith` is inlined at each of `dispatch`'s arithmetic
// instructions, and their overflow checks (a 128-bit multiply per step) and special cases made
// most of its code there, which V8 compiles before `dispatch` runs optimised (vm/interp.rs,
// `dispatch_slices`). A power costs more than the call.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn int_pow(x: i64, y: i64) -> Option<Value> {
    if (0..64).contains(&y) { x.checked_pow(y as u32).map(Value::Int) } else { None }
}

/// A positive finite base to a finite power: `num::float_pow`'s special cases (zero, negative,
/// infinite or NaN operands, overflow) all go the slow way.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn float_pow(x: f64, y: f64) -> Option<Value> {
    if x > 0.0 && x.is_finite() && y.is_finite() {
        let r = x.powf(y);
        r.is_finite().then_some(Value::Float(r))
    } else {
        None
    }
}

/// `a op b` for two small ints, inline (`is` on equal ints is true, as for CPython's
/// cached small ints); `None` for `in`.
#[inline(always)]
pub(crate) fn fast_int_compare(x: i64, y: i64, op: CmpOp) -> Option<bool> {
    match op {
        CmpOp::Lt => Some(x < y),
        CmpOp::LtE => Some(x <= y),
        CmpOp::Gt => Some(x > y),
        CmpOp::GtE => Some(x >= y),
        CmpOp::Eq | CmpOp::Is => Some(x == y),
        CmpOp::NotEq | CmpOp::IsNot => Some(x != y),
        CmpOp::In | CmpOp::NotIn => None,
    }
}

/// `a is b` / `a is not b` for any two values, inline; `None` for the other operators.
#[inline(always)]
pub(crate) fn identity_compare(a: Value, b: Value, op: CmpOp) -> Option<bool> {
    match op {
        CmpOp::Is => Some(a.is(b)),
        CmpOp::IsNot => Some(!a.is(b)),
        _ => None,
    }
}

/// `a op b` for two floats, inline (IEEE comparisons are Python's); `None` for `is`, `in`.
#[inline(always)]
pub(crate) fn fast_float_compare(x: f64, y: f64, op: CmpOp) -> Option<bool> {
    match op {
        CmpOp::Lt => Some(x < y),
        CmpOp::LtE => Some(x <= y),
        CmpOp::Gt => Some(x > y),
        CmpOp::GtE => Some(x >= y),
        CmpOp::Eq => Some(x == y),
        CmpOp::NotEq => Some(x != y),
        _ => None,
    }
}

pub(crate) fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mult => "*",
        BinOp::MatMult => "@",
        BinOp::Div => "/",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
        BinOp::FloorDiv => "//",
    }
}

/// The operator of `a op= b` in messages.
fn inplace_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+=",
        BinOp::Sub => "-=",
        BinOp::Mult => "*=",
        BinOp::MatMult => "@=",
        BinOp::Div => "/=",
        BinOp::Mod => "%=",
        BinOp::Pow => "**=",
        BinOp::LShift => "<<=",
        BinOp::RShift => ">>=",
        BinOp::BitOr => "|=",
        BinOp::BitXor => "^=",
        BinOp::BitAnd => "&=",
        BinOp::FloorDiv => "//=",
    }
}

/// (`__op__`, `__rop__`, `__iop__`)
pub(crate) fn op_dunders(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mult => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    }
}

/// (`__op__`, reflected `__op__`)
fn cmp_dunders(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::NotEq => ("__ne__", "__ne__"),
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::LtE => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::GtE => ("__ge__", "__le__"),
        _ => ("", ""),
    }
}

fn ordering_matches(ord: Ordering, op: CmpOp) -> bool {
    match op {
        CmpOp::Eq => ord == Ordering::Equal,
        CmpOp::NotEq => ord != Ordering::Equal,
        CmpOp::Lt => ord == Ordering::Less,
        CmpOp::LtE => ord != Ordering::Greater,
        CmpOp::Gt => ord == Ordering::Greater,
        CmpOp::GtE => ord != Ordering::Less,
        _ => false,
    }
}

/// Where an operator's dunder protocol stands once a Python dunder of it became a frame of
/// the loop (interp/opcall.rs): what its caller gets for the result (`Vm::operator_result`),
/// and for NotImplemented, which step comes next.
#[derive(Clone, Copy, Debug)]
pub struct OperatorHook {
    pub a: Value,
    pub b: Value,
    pub kind: OperatorKind,
    /// The step of `kind`'s protocol to try next (0 or 1: which operand's method).
    pub next: u8,
}

#[derive(Clone, Copy, Debug)]
pub enum OperatorKind {
    /// `a op b` (`inplace`: for `a op= b` after `__iop__`); `b_first`: `b`'s reflected method
    /// goes first.
    Binary { op: BinOp, inplace: bool, b_first: bool },
    /// `a op= b` whose `__iop__` is running: NotImplemented means `a op b`.
    Inplace { op: BinOp },
    /// A rich comparison; `invert`: the running method is the `__eq__` that an inherited
    /// `object.__ne__` asks, whose answer is inverted.
    Compare { op: CmpOp, b_first: bool, invert: bool },
}

impl OperatorHook {
    pub(crate) fn binary(a: Value, b: Value, op: BinOp, inplace: bool, b_first: bool) -> Self {
        OperatorHook { a, b, kind: OperatorKind::Binary { op, inplace, b_first }, next: 0 }
    }

    pub(crate) fn compare(a: Value, b: Value, op: CmpOp, b_first: bool) -> Self {
        OperatorHook { a, b, kind: OperatorKind::Compare { op, b_first, invert: false }, next: 0 }
    }
}

/// The next thing an operator's protocol does: it finished, or a Python method `func` is to
/// run with `recv` (and `arg`) as a frame of the loop, `hook` telling what its result means.
pub(crate) enum OpStep {
    Done(Value),
    Enter { func: ObjRef, recv: Value, arg: Option<Value>, hook: Option<OperatorHook> },
}

/// How deeply nested tuples are hashed without the general (stack-guarded) path.
const FAST_TUPLE_HASH_DEPTH: u32 = 8;

/// How deeply nested tuples are compared without the general (stack-guarded) path.
const FAST_SEQ_COMPARE_DEPTH: u32 = 8;

impl Vm {
    /// A numeric view of ints, bools, big ints and floats.
    #[inline]
    pub(crate) fn as_num(&self, v: Value) -> Option<Num<'_>> {
        match v {
            Value::Int(i) => Some(Num::Int(i)),
            Value::Bool(b) => Some(Num::Int(b as i64)),
            Value::Float(f) => Some(Num::Float(f)),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::BigInt(b) => Some(Num::Big(b)),
                _ => None,
            },
            Value::None => None,
        }
    }

    pub(crate) fn num_result(&mut self, r: NumResult) -> Value {
        match r {
            NumResult::Int(i) => Value::Int(i),
            NumResult::Float(f) => Value::Float(f),
            NumResult::Big(b) => self.new_bigint(b),
        }
    }

    #[inline]
    pub fn binop(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
        self.binop_as(a, b, op, false)
    }

    /// `a op b`, or (`inplace`) `a op= b` once `__iop__` is out of the way: then a TypeError
    /// names the operator `op=`, as CPython's does.
    #[cfg_attr(edge_speed, optimize(speed))]
    fn binop_as(&mut self, a: Value, b: Value, op: BinOp, inplace: bool) -> PyResult<Value> {
        if let Some(v) = self.builtin_binop(a, b, op)? {
            return Ok(v);
        }
        self.dunder_binop(a, b, op, inplace)
    }

    /// `a op b` when built-in operands decide it (numbers, sequences, complex); `None` when
    /// the operands' dunders do.
    #[cfg_attr(edge_speed, optimize(speed))]
    pub(super) fn builtin_binop(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        // bool's own `&`, `|` and `^` give a bool.
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::BitAnd => return Ok(Some(Value::Bool(x & y))),
                BinOp::BitOr => return Ok(Some(Value::Bool(x | y))),
                BinOp::BitXor => return Ok(Some(Value::Bool(x ^ y))),
                _ => {}
            }
        }
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            let r = match op {
                BinOp::Add => x.checked_add(y),
                BinOp::Sub => x.checked_sub(y),
                BinOp::Mult => x.checked_mul(y),
                BinOp::BitAnd => Some(x & y),
                BinOp::BitOr => Some(x | y),
                BinOp::BitXor => Some(x ^ y),
                BinOp::FloorDiv if y > 0 => Some(x.div_euclid(y)),
                BinOp::Mod if y > 0 => Some(x.rem_euclid(y)),
                _ => None,
            };
            if let Some(r) = r {
                return Ok(Some(Value::Int(r)));
            }
        }
        if let (Value::Float(x), Value::Float(y)) = (a, b) {
            match op {
                BinOp::Add => return Ok(Some(Value::Float(distinct_nan(x + y)))),
                BinOp::Sub => return Ok(Some(Value::Float(distinct_nan(x - y)))),
                BinOp::Mult => return Ok(Some(Value::Float(distinct_nan(x * y)))),
                BinOp::Div if y != 0.0 => return Ok(Some(Value::Float(distinct_nan(x / y)))),
                _ => {}
            }
        }
        if let (Value::Obj(ra), Value::Obj(rb)) = (a, b)
            && matches!(op, BinOp::Sub | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor)
            && let Some(obj) = set_binop_fast(&self.heap, ra, rb, op)
        {
            return Ok(Some(self.alloc(obj)));
        }
        if let (Some(x), Some(y)) = (self.as_num(a), self.as_num(b)) {
            if op == BinOp::Pow
                && let (Some(base), Value::Float(e)) = (num_to_f64(x), b)
                && base < 0.0
                && base.is_finite()
                && e.fract() != 0.0
                && e.is_finite()
            {
                // A finite negative base to a fractional power is complex, as in CPython (-inf is
                // one of float_pow's special cases).
                let (re, im) = num::complex_pow_real(base, e);
                return Ok(Some(self.alloc(Obj::Complex(re, im))));
            }
            if let Some(r) = num::binop(x, y, op)? {
                return Ok(Some(self.num_result(r)));
            }
        }
        if let Some(v) = self.sequence_binop(a, b, op)? {
            return Ok(Some(v));
        }
        crate::builtins::complex_methods::binop(self, a, b, op)
    }

    /// `+`, `*` and `%` on str, bytes, list and tuple.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn sequence_binop(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        let (Value::Obj(ra), vb) = (a, b) else {
            // int * sequence
            if op == BinOp::Mult && self.is_builtin_sequence(b) {
                if let Value::Int(_) | Value::Bool(_) = a {
                    return self.sequence_binop(b, a, op);
                }
                let ta = self.type_name(a);
                return Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{ta}'")));
            }
            return Ok(None);
        };
        match op {
            BinOp::Add => {
                let Value::Obj(rb) = vb else { return Ok(None) };
                // Repeated doubling must hit the heap limit before the host runs out of memory,
                // and before the result is made: the handler of that MemoryError must find
                // room to run once the garbage is collected.
                if self.limits.max_heap_bytes.is_some() {
                    let needed = heap::approx_size(self.heap.get(ra)) + heap::approx_size(self.heap.get(rb));
                    self.check_heap_room(needed)?;
                }
                // An empty operand gives back the other one itself, as CPython does: the
                // result's identity shows (`is`, pickle's memo of repeated objects).
                match (self.heap.get(ra), self.heap.get(rb)) {
                    (Obj::Str(_), Obj::Str(y)) if y.as_str().is_empty() => return Ok(Some(a)),
                    (Obj::Str(x), Obj::Str(_)) if x.as_str().is_empty() => return Ok(Some(b)),
                    (Obj::Tuple(_), Obj::Tuple(y)) if y.is_empty() => return Ok(Some(a)),
                    (Obj::Tuple(x), Obj::Tuple(_)) if x.is_empty() => return Ok(Some(b)),
                    _ => {}
                }
                let out = match (self.heap.get(ra), self.heap.get(rb)) {
                    (Obj::Str(x), Obj::Str(y)) => match PyStr::concat_long(x, y) {
                        Some(s) => Obj::Str(s),
                        None => {
                            let s = [x.as_str(), y.as_str()].concat();
                            return Ok(Some(self.new_str(s)));
                        }
                    },
                    (Obj::List(x), Obj::List(y)) => Obj::List(x.iter().chain(y.iter()).copied().collect()),
                    (Obj::Tuple(x), Obj::Tuple(y)) => Obj::Tuple(x.iter().chain(y.iter()).copied().collect()),
                    (Obj::Bytes(x), Obj::Bytes(y) | Obj::ByteArray(y)) => Obj::Bytes([&x[..], &y[..]].concat()),
                    (Obj::ByteArray(x), Obj::Bytes(y) | Obj::ByteArray(y)) => Obj::ByteArray([&x[..], &y[..]].concat()),
                    _ => return Ok(None),
                };
                Ok(Some(self.alloc(out)))
            }
            BinOp::Mult => {
                let n = match vb {
                    Value::Int(n) => n,
                    Value::Bool(n) => n as i64,
                    Value::Obj(rb) if matches!(self.heap.get(rb), Obj::Instance(_) | Obj::BigInt(_)) => {
                        return Ok(None);
                    }
                    _ => {
                        if !self.is_builtin_sequence(a) {
                            return Ok(None);
                        }
                        let tb = self.type_name(vb);
                        return Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{tb}'")));
                    }
                };
                let (len, item_bytes) = match self.heap.get(ra) {
                    Obj::Str(s) => (s.as_str().len(), 1),
                    Obj::List(l) | Obj::Tuple(l) => (l.len(), std::mem::size_of::<Value>()),
                    Obj::Bytes(b) | Obj::ByteArray(b) => (b.len(), 1),
                    _ => return Ok(None),
                };
                let n = self.repeat_count(len, item_bytes, n)?;
                // `s * 1` is `s` itself for the immutable ones (CPython's identity).
                if n == 1 && matches!(self.heap.get(ra), Obj::Str(_) | Obj::Tuple(_) | Obj::Bytes(_)) {
                    return Ok(Some(a));
                }
                let out = match self.heap.get(ra) {
                    Obj::Str(s) => {
                        let ascii = s.is_ascii();
                        let s = s.as_str().repeat(n);
                        return Ok(Some(self.new_str_known(s, ascii)));
                    }
                    Obj::List(l) => Obj::List(l.repeat(n)),
                    Obj::Tuple(l) => {
                        let t = l.repeat(n);
                        return Ok(Some(self.new_tuple(t)));
                    }
                    Obj::Bytes(b) => Obj::Bytes(b.repeat(n)),
                    Obj::ByteArray(b) => Obj::ByteArray(b.repeat(n)),
                    _ => return Ok(None),
                };
                Ok(Some(self.alloc(out)))
            }
            BinOp::Mod => match self.heap.get(ra) {
                Obj::Str(s) => {
                    let fmt = s.as_str().to_owned();
                    let out = crate::format::percent::percent_format(self, &fmt, b)?;
                    Ok(Some(self.new_str(out)))
                }
                Obj::Bytes(s) => {
                    let fmt = s.clone();
                    let out = crate::format::percent::percent_format_bytes(self, &fmt, b)?;
                    Ok(Some(self.new_bytes(out)))
                }
                _ => Ok(None),
            },
            _ => Ok(None),
        }
    }

    fn is_builtin_sequence(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Str(_) | Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::ByteArray(_)))
    }

    /// Calls `type(obj).name(obj, *args)` if the type defines it; `Ok(None)` if it doesn't or it
    /// returned `NotImplemented`.
    fn try_dunder(&mut self, obj: Value, name: &'static str, args: &[Value]) -> PyResult<Option<Value>> {
        match self.call_dunder_opt(obj, name, args)? {
            Some(v) if !self.is_not_implemented(v) => Ok(Some(v)),
            _ => Ok(None),
        }
    }

    fn dunder_binop(&mut self, a: Value, b: Value, op: BinOp, inplace: bool) -> PyResult<Value> {
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let h = OperatorHook::binary(a, b, op, inplace, self.reflected_first(ta, tb, op));
        match self.dunder_binop_from(h, ta, tb, false)? {
            OpStep::Done(v) => Ok(v),
            OpStep::Enter { .. } => unreachable!("entered only when asked"),
        }
    }

    /// Whether `a op b` (of types `ta`, `tb`) tries `b`'s reflected method first: `b` is of a
    /// subclass of `a`'s type that overrides it.
    pub(super) fn reflected_first(&self, ta: ObjRef, tb: ObjRef, op: BinOp) -> bool {
        ta != tb && self.is_subclass(tb, ta) && self.lookup_mro(tb, op_dunders(op).1).is_some()
    }

    /// The dunder protocol of a binary operator from step `h.next` on: each operand's method
    /// in turn (reflected first for `b_first`), a NotImplemented passing to the next; then the built-in payloads
    /// of built-in subclass instances, then the TypeError. With `enter`, a plain Python method
    /// is not called but handed back (`OpStep::Enter`) for the loop to run as a frame.
    pub(super) fn dunder_binop_from(
        &mut self,
        mut h: OperatorHook,
        ta: ObjRef,
        tb: ObjRef,
        enter: bool,
    ) -> PyResult<OpStep> {
        let OperatorKind::Binary { op, inplace, b_first } = h.kind else { unreachable!("a binary operator") };
        let (a, b) = (h.a, h.b);
        let (fwd, rev, _) = op_dunders(op);
        let steps = if b_first { [(b, tb, rev, a), (a, ta, fwd, b)] } else { [(a, ta, fwd, b), (b, tb, rev, a)] };
        let n = if b_first || ta != tb { 2 } else { 1 };
        while (h.next as usize) < n {
            let (recv, cls, name, arg) = steps[h.next as usize];
            h.next += 1;
            if enter && let Some(func) = self.plain_dunder(cls, name, 2) {
                return Ok(OpStep::Enter { func, recv, arg: Some(arg), hook: Some(h) });
            }
            if let Some(v) = self.try_dunder(recv, name, &[arg])? {
                return Ok(OpStep::Done(v));
            }
        }
        // Subclasses of built-ins (`class MyInt(int)`) operate like their built-in value.
        let (na, nb) = (self.builtin_value(a), self.builtin_value(b));
        if !na.is(a) || !nb.is(b) {
            return self.binop_as(na, nb, op, inplace).map(OpStep::Done);
        }
        Err(self.binop_type_error(a, b, op, inplace))
    }

    /// The Python function `cls.name` when a call with an instance of `cls` and `argc - 1`
    /// more arguments can be a plain frame: a function (not a static or class method, not a
    /// native), taking those positionally (with defaults for any more: decimal's
    /// `__add__(self, other, context=None)`), not a generator.
    pub(super) fn plain_dunder(&self, cls: ObjRef, name: &'static str, argc: u32) -> Option<ObjRef> {
        let f = self.lookup_special(cls, name)?;
        let Value::Obj(r) = f else { return None };
        match self.heap.get(r) {
            Obj::Function(func)
                if func.code.call_shape.plain_argc != u32::MAX
                    && func.code.call_shape.plain_argc >= argc
                    && (func.code.call_shape.plain_argc - argc) as usize <= func.defaults.len() =>
            {
                Some(r)
            }
            _ => None,
        }
    }

    #[cold]
    pub(crate) fn binop_type_error(&self, a: Value, b: Value, op: BinOp, inplace: bool) -> PyErr {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        if op == BinOp::Add {
            let bv = self.builtin_value(a);
            if let Value::Obj(r) = bv {
                match self.heap.get(r) {
                    Obj::Str(_) => return PyErr::type_error(format!("can only concatenate str (not \"{tb}\") to str")),
                    Obj::List(_) => {
                        return PyErr::type_error(format!("can only concatenate list (not \"{tb}\") to list"));
                    }
                    Obj::Tuple(_) => {
                        return PyErr::type_error(format!("can only concatenate tuple (not \"{tb}\") to tuple"));
                    }
                    _ => {}
                }
            }
        }
        if op == BinOp::Mult {
            let seq = |v: Value| self.is_builtin_sequence(self.builtin_value(v));
            // The repeat of the right operand is tried last, so its complaint is reported.
            if seq(b) && !matches!(a, Value::Int(_) | Value::Bool(_)) {
                return PyErr::type_error(format!("can't multiply sequence by non-int of type '{ta}'"));
            }
            if seq(a) && !matches!(b, Value::Int(_) | Value::Bool(_)) {
                return PyErr::type_error(format!("can't multiply sequence by non-int of type '{tb}'"));
            }
        }
        let sym = if inplace { inplace_symbol(op) } else { op_symbol(op) };
        PyErr::type_error(format!("unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"))
    }

    /// How many copies `seq * n` makes, once the result is known to fit: MemoryError instead
    /// of an allocation the host cannot make (which aborts the process) or, on wasm32, a
    /// count that wraps (`b"x" * 2**32` came out empty).
    fn repeat_count(&self, len: usize, item_bytes: usize, n: i64) -> PyResult<usize> {
        if len == 0 || n <= 0 {
            return Ok(0);
        }
        let n = usize::try_from(n).unwrap_or(usize::MAX);
        let items = len.saturating_mul(n);
        if items > (1 << 31) {
            return Err(PyErr::new(crate::error::ExcKind::MemoryError, ""));
        }
        crate::error::check_alloc(items.saturating_mul(item_bytes))?;
        if let Some(max) = self.limits.max_heap_bytes
            && items.saturating_mul(item_bytes) > max
        {
            return Err(PyErr::new(crate::error::ExcKind::MemoryError, "heap limit exceeded"));
        }
        Ok(n)
    }

    /// `a op= b`: `__iop__` first, then the plain operator.
    pub fn inplace_op(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
        if let Value::Obj(r) = a {
            match (self.heap.get(r), op) {
                (Obj::List(_), BinOp::Add) => {
                    crate::builtins::list_methods::extend_from(self, a, b, a)?;
                    return Ok(a);
                }
                (Obj::List(l), BinOp::Mult) => {
                    let len = l.len();
                    let n = self.index_i64(b)?;
                    let n = self.repeat_count(len, std::mem::size_of::<Value>(), n)?;
                    if let Obj::List(l) = self.heap.get_mut(r) {
                        let orig = std::mem::take(l);
                        *l = orig.repeat(n);
                    }
                    return Ok(a);
                }
                (Obj::ByteArray(_), BinOp::Add) => {
                    let Some(other) = self.heap.bytes(b).map(|b| b.to_vec()) else {
                        let tb = self.type_name(b);
                        return Err(PyErr::type_error(format!("can't concat {tb} to bytearray")));
                    };
                    if let Obj::ByteArray(x) = self.heap.get_mut(r) {
                        x.extend(other);
                    }
                    return Ok(a);
                }
                (Obj::Str(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::BigInt(_) | Obj::FrozenSet(_), _) => {
                    return self.binop_as(a, b, op, true);
                }
                _ => {}
            }
            let (_, _, iname) = op_dunders(op);
            if !matches!(self.heap.get(r), Obj::Str(_) | Obj::Tuple(_))
                && let Some(v) = self.try_dunder(a, iname, &[b])?
            {
                // A native `__iop__` of a built-in base ran on the subclass instance's payload
                // (call_dunder_opt) and returned that as `self`: the result is the instance.
                return Ok(if !v.is(a) && v.is(self.builtin_value(a)) { a } else { v });
            }
        }
        self.binop_as(a, b, op, true)
    }

    /// What the caller of an operator's dunder run as a loop frame (interp/opcall.rs) gets
    /// for its result `v`: `v` (inverted for a `!=` that ran `__eq__`), or for NotImplemented
    /// the rest of the operator's protocol, run here.
    pub(crate) fn operator_result(&mut self, h: OperatorHook, v: Value) -> PyResult<Value> {
        if !self.is_not_implemented(v) {
            return match h.kind {
                OperatorKind::Compare { invert: true, .. } => Ok(Value::Bool(!self.truthy(v)?)),
                _ => Ok(v),
            };
        }
        let (ta, tb) = (self.type_of(h.a), self.type_of(h.b));
        let step = match h.kind {
            OperatorKind::Inplace { op } => return self.binop_as(h.a, h.b, op, true),
            OperatorKind::Binary { .. } => self.dunder_binop_from(h, ta, tb, false)?,
            OperatorKind::Compare { .. } => self.rich_compare_from(h, ta, tb, false)?,
        };
        match step {
            OpStep::Done(v) => Ok(v),
            OpStep::Enter { .. } => unreachable!("entered only when asked"),
        }
    }

    pub fn unary_neg(&mut self, v: Value) -> PyResult<Value> {
        match v {
            Value::Int(i) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => self.new_bigint(-num_bigint::BigInt::from(i)),
            }),
            Value::Bool(b) => Ok(Value::Int(-(b as i64))),
            Value::Float(f) => Ok(Value::Float(-f)),
            _ => {
                if let Some(b) = self.to_bigint(v) {
                    return Ok(self.new_bigint(-b));
                }
                self.unary_dunder(v, "__neg__", "-")
            }
        }
    }

    pub fn unary_pos(&mut self, v: Value) -> PyResult<Value> {
        match v {
            Value::Int(_) | Value::Float(_) => Ok(v),
            Value::Bool(b) => Ok(Value::Int(b as i64)),
            _ => {
                if self.to_bigint(v).is_some() {
                    return Ok(v);
                }
                self.unary_dunder(v, "__pos__", "+")
            }
        }
    }

    pub fn unary_invert(&mut self, v: Value) -> PyResult<Value> {
        match v {
            Value::Int(i) => Ok(Value::Int(!i)),
            Value::Bool(b) => Ok(Value::Int(!(b as i64))),
            _ => {
                if let Some(b) = self.to_bigint(v) {
                    return Ok(self.new_bigint(-b - 1));
                }
                self.unary_dunder(v, "__invert__", "~")
            }
        }
    }

    fn unary_dunder(&mut self, v: Value, name: &'static str, sym: &str) -> PyResult<Value> {
        match self.call_dunder_opt(v, name, &[])? {
            Some(r) => Ok(r),
            None => Err(PyErr::type_error(format!("bad operand type for unary {sym}: '{}'", self.type_name(v)))),
        }
    }

    /// Any comparison operator, returning a Python value (rich comparisons may return anything).
    #[cfg_attr(edge_speed, optimize(speed))]
    pub fn compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
        if let Some(v) = self.compare_without_dunders(a, b, op)? {
            return Ok(v);
        }
        self.rich_compare(a, b, op)
    }

    /// A comparison that built-in operands (or `is`/`in`) decide; `None` when the operands'
    /// rich comparison methods do.
    #[cfg_attr(edge_speed, optimize(speed))]
    pub(super) fn compare_without_dunders(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Option<Value>> {
        match op {
            CmpOp::Is => return Ok(Some(Value::Bool(a.is(b)))),
            CmpOp::IsNot => return Ok(Some(Value::Bool(!a.is(b)))),
            CmpOp::In => return Ok(Some(Value::Bool(self.contains(b, a)?))),
            CmpOp::NotIn => return Ok(Some(Value::Bool(!self.contains(b, a)?))),
            _ => {}
        }
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(Some(Value::Bool(ordering_matches(x.cmp(&y), op))));
        }
        Ok(self.builtin_compare(a, b, op)?.map(Value::Bool))
    }

    /// Comparison of two built-in values of compatible kinds; `None` if not applicable.
    fn builtin_compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Option<bool>> {
        // Two strs first: the numeric and complex checks below would look both up again.
        if let (Value::Obj(ra), Value::Obj(rb)) = (a, b)
            && let (Obj::Str(x), Obj::Str(y)) = (self.heap.get(ra), self.heap.get(rb))
        {
            return Ok(Some(ordering_matches(x.as_str().cmp(y.as_str()), op)));
        }
        if let (Some(x), Some(y)) = (self.as_num(a), self.as_num(b)) {
            return Ok(Some(match num::compare(x, y) {
                Some(ord) => ordering_matches(ord, op),
                None => op == CmpOp::NotEq,
            }));
        }
        if matches!(op, CmpOp::Eq | CmpOp::NotEq)
            && (matches!(a, Value::Obj(r) if matches!(self.heap.get(r), Obj::Complex(..)))
                || matches!(b, Value::Obj(r) if matches!(self.heap.get(r), Obj::Complex(..))))
            && let (Some(x), Some(y)) = (
                crate::builtins::complex_methods::as_complex(self, a),
                crate::builtins::complex_methods::as_complex(self, b),
            )
        {
            return Ok(Some((x == y) == (op == CmpOp::Eq)));
        }
        let (Value::Obj(ra), Value::Obj(rb)) = (a, b) else {
            if a.is_none() && b.is_none() && matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                return Ok(Some(op == CmpOp::Eq));
            }
            return Ok(self.unrelated_eq(a, b, op));
        };
        match (self.heap.get(ra), self.heap.get(rb)) {
            (Obj::Str(x), Obj::Str(y)) => Ok(Some(ordering_matches(x.as_str().cmp(y.as_str()), op))),
            (Obj::Bytes(x) | Obj::ByteArray(x), Obj::Bytes(y) | Obj::ByteArray(y)) => {
                Ok(Some(ordering_matches(x.cmp(y), op)))
            }
            (Obj::List(_), Obj::List(_)) | (Obj::Tuple(_), Obj::Tuple(_)) => self.sequence_compare(a, b, op).map(Some),
            (Obj::Dict(_), Obj::Dict(_)) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
                let eq = self.dict_equal(a, b)?;
                Ok(Some(eq == (op == CmpOp::Eq)))
            }
            (Obj::Slice(x), Obj::Slice(y)) => {
                let (x, y) = (x.to_vec(), y.to_vec());
                let (tx, ty) = (self.new_tuple(x), self.new_tuple(y));
                self.sequence_compare(tx, ty, op).map(Some)
            }
            (Obj::Set(x) | Obj::FrozenSet(x), Obj::Set(y) | Obj::FrozenSet(y)) => {
                Ok(set_compare_fast(&self.heap, x, y, op))
            }
            (Obj::Range { .. }, Obj::Range { .. }) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
                let ra_items = self.range_key(a);
                let rb_items = self.range_key(b);
                Ok(Some((ra_items == rb_items) == (op == CmpOp::Eq)))
            }
            _ => Ok(self.unrelated_eq(a, b, op)),
        }
    }

    /// `==`/`!=` between built-in values of different families (`1 == "a"`, `[] == ()`):
    /// every `__eq__` involved returns NotImplemented, so the answer is identity, which two
    /// values of different families never share. `None` for anything else.
    fn unrelated_eq(&self, a: Value, b: Value, op: CmpOp) -> Option<bool> {
        if !matches!(op, CmpOp::Eq | CmpOp::NotEq) {
            return None;
        }
        match (self.eq_family(a), self.eq_family(b)) {
            (Some(fa), Some(fb)) if fa != fb => Some(op == CmpOp::NotEq),
            _ => None,
        }
    }

    /// The built-in types whose `__eq__` can only say True for one another; `None` for
    /// instances (a user `__eq__` may apply) and other objects.
    fn eq_family(&self, v: Value) -> Option<u8> {
        Some(match v {
            Value::Int(_) | Value::Bool(_) | Value::Float(_) => 0,
            Value::None => 1,
            Value::Obj(r) => match self.heap.get(r) {
                Obj::BigInt(_) | Obj::Complex(..) => 0,
                Obj::Str(_) => 2,
                Obj::Bytes(_) | Obj::ByteArray(_) => 3,
                Obj::Tuple(_) => 4,
                Obj::List(_) => 5,
                Obj::Dict(_) => 6,
                Obj::Set(_) | Obj::FrozenSet(_) => 7,
                Obj::Range { .. } | Obj::BigRange(_) => 8,
                _ => return None,
            },
        })
    }

    /// A canonical form of a range for equality: (len, first, step-if-len>1).
    fn range_key(&self, v: Value) -> (i128, i64, i64) {
        if let Value::Obj(r) = v
            && let Obj::Range { start, stop, step } = *self.heap.get(r)
        {
            let len = crate::builtins::functions::range::range_length(start, stop, step);
            return (len, if len > 0 { start } else { 0 }, if len > 1 { step } else { 0 });
        }
        (0, 0, 0)
    }

    /// Lexicographic comparison of two lists or two tuples.
    fn sequence_compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<bool> {
        if let (Some(x), Some(y)) = (self.heap.seq_items(a), self.heap.seq_items(b))
            && let Some(r) = self.fast_seq_compare(x, y, op, FAST_SEQ_COMPARE_DEPTH)
        {
            return Ok(r);
        }
        self.nested(" in comparison", |vm| vm.sequence_compare_items(a, b, op))
    }

    /// `a op b` for the items of two lists or two tuples, in place, when every item pair it
    /// looks at decides without Python code (numbers, strs, nested tuples of them `depth`
    /// levels down): tuple keys in sorts, `min`, `max`. `None` leaves the comparison to the
    /// general path; nothing has run yet, so it starts over.
    fn fast_seq_compare(&self, a: &[Value], b: &[Value], op: CmpOp, depth: u32) -> Option<bool> {
        if matches!(op, CmpOp::Eq | CmpOp::NotEq) && a.len() != b.len() {
            return Some(op == CmpOp::NotEq);
        }
        for (&x, &y) in a.iter().zip(b) {
            if fast_eq(&self.heap, x, y, 0)? {
                continue;
            }
            return match op {
                CmpOp::Eq => Some(false),
                CmpOp::NotEq => Some(true),
                _ => self.fast_order(x, y, op, depth),
            };
        }
        Some(ordering_matches(a.len().cmp(&b.len()), op))
    }

    /// `a op b` (an ordering) when built-in operands decide it without Python code: ints,
    /// bools, floats, strs and tuples of them. Sorts, `min` and `max` try it before the
    /// general comparison, which costs ~200 instructions for a tuple key; `None` leaves it
    /// to that path (nothing has run yet).
    #[inline]
    pub(crate) fn fast_compare(&self, a: Value, b: Value, op: CmpOp) -> Option<bool> {
        self.fast_order(a, b, op, FAST_SEQ_COMPARE_DEPTH)
    }

    /// `x op y` (an ordering) for ints, bools, floats, strs and nested tuples of them;
    /// `None` for anything else.
    fn fast_order(&self, x: Value, y: Value, op: CmpOp, depth: u32) -> Option<bool> {
        let small_int = |v: Value| match v {
            Value::Int(i) => Some(i),
            Value::Bool(b) => Some(b as i64),
            _ => None,
        };
        if let (Some(p), Some(q)) = (small_int(x), small_int(y)) {
            return Some(ordering_matches(p.cmp(&q), op));
        }
        match (x, y) {
            (Value::Float(p), Value::Float(q)) => fast_float_compare(p, q, op),
            (Value::Obj(ra), Value::Obj(rb)) => match (self.heap.get(ra), self.heap.get(rb)) {
                (Obj::Str(s), Obj::Str(t)) => Some(ordering_matches(s.as_str().cmp(t.as_str()), op)),
                (Obj::Tuple(s), Obj::Tuple(t)) if depth > 0 => self.fast_seq_compare(s, t, op, depth - 1),
                _ => None,
            },
            _ => None,
        }
    }

    fn sequence_compare_items(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<bool> {
        let la = self.heap.seq_items(a).map(|s| s.len()).unwrap_or(0);
        let lb = self.heap.seq_items(b).map(|s| s.len()).unwrap_or(0);
        if matches!(op, CmpOp::Eq | CmpOp::NotEq) && la != lb {
            return Ok(op == CmpOp::NotEq);
        }
        let mut i = 0;
        loop {
            let (x, y) = match (self.heap.seq_items(a), self.heap.seq_items(b)) {
                (Some(xa), Some(xb)) if i < xa.len() && i < xb.len() => (xa[i], xb[i]),
                _ => break,
            };
            if !self.eq(x, y)? {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::NotEq => Ok(true),
                    _ => {
                        let r = self.compare(x, y, op)?;
                        self.truthy(r)
                    }
                };
            }
            i += 1;
        }
        let la = self.heap.seq_items(a).map(|s| s.len()).unwrap_or(0);
        let lb = self.heap.seq_items(b).map(|s| s.len()).unwrap_or(0);
        Ok(ordering_matches(la.cmp(&lb), op))
    }

    fn dict_equal(&mut self, a: Value, b: Value) -> PyResult<bool> {
        self.nested(" in comparison", |vm| vm.dict_items_equal(a, b))
    }

    fn dict_items_equal(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let (Some(da), Some(db)) = (self.heap.dict(a), self.heap.dict(b)) else { return Ok(false) };
        if da.len() != db.len() {
            return Ok(false);
        }
        let entries: Vec<(Value, Value)> = da.iter().map(|e| (e.key, e.value)).collect();
        for (k, v) in entries {
            match self.dict_get(b, k)? {
                Some(v2) => {
                    if !self.eq(v, v2)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    fn rich_compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
        let types = (self.type_of(a), self.type_of(b));
        match self.rich_compare_start(a, b, types, op, false)? {
            OpStep::Done(v) => Ok(v),
            OpStep::Enter { .. } => unreachable!("entered only when asked"),
        }
    }

    /// `a op b` by the operands' rich comparison methods (`enter`: see `dunder_binop_from`).
    pub(super) fn rich_compare_start(
        &mut self,
        a: Value,
        b: Value,
        (ta, tb): (ObjRef, ObjRef),
        op: CmpOp,
        enter: bool,
    ) -> PyResult<OpStep> {
        // Neither side defines equality: identity decides, without calling object.__eq__
        // twice to collect two NotImplementeds (`fut in waiters` scans, `list.remove(obj)`).
        if matches!(op, CmpOp::Eq | CmpOp::NotEq) && self.has_default_eq(ta) && self.has_default_eq(tb) {
            let same = a.is(b) || (self.is_bound_method(a) && self.fast_eq(a, b) == Some(true));
            return Ok(OpStep::Done(Value::Bool(same == (op == CmpOp::Eq))));
        }
        let b_first = ta != tb && self.is_subclass(tb, ta);
        self.rich_compare_from(OperatorHook::compare(a, b, op, b_first), ta, tb, enter)
    }

    /// The rich comparison protocol from step `h.next` on: each operand's method in turn
    /// (the reflected one first for `b_first`, a subclass operand), a NotImplemented passing
    /// to the next; then built-in payloads, then identity for `==`/`!=`, else the TypeError.
    pub(super) fn rich_compare_from(
        &mut self,
        mut h: OperatorHook,
        ta: ObjRef,
        tb: ObjRef,
        enter: bool,
    ) -> PyResult<OpStep> {
        let OperatorKind::Compare { op, b_first, .. } = h.kind else { unreachable!("a comparison") };
        let (a, b) = (h.a, h.b);
        let (fwd, rev) = cmp_dunders(op);
        let steps = if b_first { [(b, tb, rev, a), (a, ta, fwd, b)] } else { [(a, ta, fwd, b), (b, tb, rev, a)] };
        while h.next < 2 {
            let (recv, cls, name, arg) = steps[h.next as usize];
            h.next += 1;
            if enter && let Some((func, invert)) = self.plain_compare_method(recv, cls, name) {
                h.kind = OperatorKind::Compare { op, b_first, invert };
                return Ok(OpStep::Enter { func, recv, arg: Some(arg), hook: Some(h) });
            }
            if let Some(v) = self.try_dunder(recv, name, &[arg])? {
                return Ok(OpStep::Done(v));
            }
        }
        // Built-in payloads of subclass instances compare like the built-in.
        let (ba, bb) = (self.builtin_value(a), self.builtin_value(b));
        if (!ba.is(a) || !bb.is(b))
            && let Some(r) = self.builtin_compare(ba, bb, op)?
        {
            return Ok(OpStep::Done(Value::Bool(r)));
        }
        // Identity, except bound methods: equal when they bind one function to one object.
        let same = a.is(b) || (self.is_bound_method(a) && self.fast_eq(a, b) == Some(true));
        match op {
            CmpOp::Eq => Ok(OpStep::Done(Value::Bool(same))),
            // object.__ne__ has already asked each side's __eq__: identity decides now.
            CmpOp::NotEq => Ok(OpStep::Done(Value::Bool(!same))),
            _ => Err(PyErr::type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    /// The Python function a comparison method `name` of `recv` runs as a plain frame, and
    /// whether its result is to be inverted: `object.__ne__` inherited beside a Python
    /// `__eq__` runs that `__eq__` and inverts it (natives.rs, `object_ne`).
    fn plain_compare_method(&self, recv: Value, cls: ObjRef, name: &'static str) -> Option<(ObjRef, bool)> {
        if name != "__ne__" {
            return self.plain_dunder(cls, name, 2).map(|f| (f, false));
        }
        let ne = self.lookup_special(cls, "__ne__")?;
        if !self.is_object_native(ne, "__ne__") {
            return self.plain_dunder(cls, name, 2).map(|f| (f, false));
        }
        // object.__ne__ asks the built-in payload of a built-in subclass instance.
        if !self.builtin_value(recv).is(recv) {
            return None;
        }
        self.plain_dunder(cls, "__eq__", 2).map(|f| (f, true))
    }

    /// Whether `cls` compares with `object`'s `__eq__` and `__ne__` (identity).
    fn has_default_eq(&mut self, cls: ObjRef) -> bool {
        let slot = cls.0 as usize % self.default_eq_cache.len();
        let (c, epoch, answer) = self.default_eq_cache[slot];
        if c == cls.0 && epoch == self.class_epoch {
            return answer;
        }
        let default = |name| self.lookup_mro(cls, name).is_some_and(|f| self.is_object_native(f, name));
        let answer = default("__eq__") && default("__ne__");
        self.default_eq_cache[slot] = (cls.0, self.class_epoch, answer);
        answer
    }

    fn is_bound_method(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::BoundMethod { .. }))
    }

    /// `a == b` as a bool, with the identity shortcut containers use.
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        if let Some(r) = self.fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        self.truthy(r)
    }

    /// `a < b` as a bool (what `sorted`, `min`, `max` use).
    pub fn lt(&mut self, a: Value, b: Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x < y),
            (Value::Float(x), Value::Float(y)) => Ok(x < y),
            _ => {
                let r = self.compare(a, b, CmpOp::Lt)?;
                self.truthy(r)
            }
        }
    }

    /// `identity_compare`, plus `in` / `not in` on a dict or set when the lookup runs no
    /// Python code: what the comparison opcodes settle before calling `compare`. Out of line
    /// on wasm: `dispatch` had a copy per comparison instruction, and its int and float cases
    /// are what loops run most.
    #[cfg_attr(edge_speed, optimize(speed))]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub(crate) fn identity_or_member(&self, a: Value, b: Value, op: CmpOp) -> Option<bool> {
        match op {
            CmpOp::In | CmpOp::NotIn => self.member_native(a, b, op),
            CmpOp::Is | CmpOp::IsNot => identity_compare(a, b, op),
            _ => self.str_tuple_or_set_compare(a, b, op),
        }
    }

    /// `a op b` for two strs or two sets, and `==`/`!=` for two tuples, whose items compare
    /// without Python code (`Obj::Str`/`Obj::Tuple`/`Obj::Set` are never a subclass's
    /// instance, so no dunder can apply): `key == "name"`, `tok == ("op", "(")`,
    /// `keep != dom` otherwise went through `compare_in_loop`'s class checks and
    /// `builtin_compare`, ~300 instructions.
    #[inline(never)]
    pub(crate) fn str_tuple_or_set_compare(&self, a: Value, b: Value, op: CmpOp) -> Option<bool> {
        let (Value::Obj(ra), Value::Obj(rb)) = (a, b) else { return None };
        match (self.heap.get(ra), self.heap.get(rb)) {
            (Obj::Str(x), Obj::Str(y)) => {
                let (x, y) = (x.as_str(), y.as_str());
                Some(match op {
                    CmpOp::Eq => x == y,
                    CmpOp::NotEq => x != y,
                    _ => ordering_matches(x.cmp(y), op),
                })
            }
            (Obj::Tuple(_), Obj::Tuple(_)) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
                fast_eq(&self.heap, a, b, 0).map(|eq| eq == (op == CmpOp::Eq))
            }
            (Obj::Set(x) | Obj::FrozenSet(x), Obj::Set(y) | Obj::FrozenSet(y)) => {
                set_compare_fast(&self.heap, x, y, op)
            }
            _ => None,
        }
    }

    /// Equality decidable without running Python code; `None` when a user `__eq__` may apply.
    pub(crate) fn fast_eq(&self, a: Value, b: Value) -> Option<bool> {
        fast_eq(&self.heap, a, b, 0)
    }

    /// `hash(v)`; `TypeError` for unhashable values.
    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        if let Some(h) = self.fast_hash(v) {
            return Ok(h);
        }
        let Value::Obj(r) = v else { return Ok(0) };
        match self.heap.get(r) {
            Obj::Tuple(items) => {
                if let Some(h) = self.fast_tuple_hash(items, FAST_TUPLE_HASH_DEPTH) {
                    return Ok(h);
                }
                let items = items.clone();
                self.nested("", |vm| {
                    let mut hs = Vec::with_capacity(items.len());
                    for it in items {
                        hs.push(vm.hash(it)?);
                    }
                    Ok(hash::hash_tuple(&hs))
                })
            }
            Obj::FrozenSet(s) => Ok(s.frozen_hash()),
            Obj::Range { .. } | Obj::BigRange(_) => {
                use crate::builtins::functions::bigrange;
                let Some(bounds) = bigrange::range_bounds(self, v) else { return Ok(identity_hash(r)) };
                match bigrange::hash(self, &bounds)? {
                    Value::Int(h) => Ok(h),
                    _ => Ok(identity_hash(r)),
                }
            }
            Obj::Slice(parts) => {
                let parts = **parts;
                let mut hs = Vec::with_capacity(3);
                for p in parts {
                    hs.push(self.hash(p)?);
                }
                Ok(hash::hash_tuple(&hs))
            }
            Obj::List(_) | Obj::Dict(_) | Obj::Set(_) | Obj::ByteArray(_) => {
                Err(PyErr::type_error(format!("unhashable type: '{}'", self.type_name(v))))
            }
            Obj::Instance(_) => {
                let cls = self.type_of(v);
                match self.lookup_mro(cls, "__hash__") {
                    Some(Value::None) => Err(PyErr::type_error(format!("unhashable type: '{}'", self.type_name(v)))),
                    Some(f) if !self.is_object_native(f, "__hash__") => {
                        let recv = if self.is_native(f) { self.builtin_value(v) } else { v };
                        let h = self.call_pos(f, vec![recv])?;
                        match h {
                            Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                            Value::Bool(b) => Ok(b as i64),
                            _ => match self.to_bigint(h) {
                                Some(b) => Ok(hash::hash_bigint(&b)),
                                None => Err(PyErr::type_error("__hash__ method should return an integer")),
                            },
                        }
                    }
                    _ => Ok(identity_hash(r)),
                }
            }
            _ => Ok(identity_hash(r)),
        }
    }

    /// Hash of a tuple whose items hash without Python code (nested tuples too, `depth`
    /// levels down), computed in place: tuple keys of dicts and sets are hashed on every
    /// lookup. `None` sends the tuple to the general path.
    fn fast_tuple_hash(&self, items: &[Value], depth: u32) -> Option<i64> {
        let mut h = hash::TupleHasher::new();
        for &item in items {
            // Small ints (the usual coordinates and ids) without the call.
            let ih = match item {
                Value::Int(i) => hash::hash_int(i),
                _ => match self.fast_hash(item) {
                    Some(ih) => ih,
                    None => match item {
                        Value::Obj(r) if depth > 0 => match self.heap.get(r) {
                            Obj::Tuple(inner) => self.fast_tuple_hash(inner, depth - 1)?,
                            _ => return None,
                        },
                        _ => return None,
                    },
                },
            };
            h.add(ih);
        }
        Some(h.finish())
    }

    /// Hash of a key that needs no Python code, tuples of such keys included (`fast_hash`
    /// leaves tuples out); `None` when `hash` must take its general path.
    #[inline]
    pub(crate) fn native_hash(&self, v: Value) -> Option<i64> {
        match v {
            Value::Int(i) => Some(hash::hash_int(i)),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => Some(s.hash()),
                Obj::Tuple(items) => self.fast_tuple_hash(items, FAST_TUPLE_HASH_DEPTH),
                _ => self.fast_hash(v),
            },
            _ => self.fast_hash(v),
        }
    }

    pub(crate) fn is_native(&self, f: Value) -> bool {
        matches!(f, Value::Obj(r) if matches!(self.heap.get(r), Obj::Native(_)))
    }

    /// Hash of values whose hash needs no Python code.
    #[inline]
    pub(crate) fn fast_hash(&self, v: Value) -> Option<i64> {
        match v {
            Value::Int(i) => Some(hash::hash_int(i)),
            Value::Bool(b) => Some(b as i64),
            Value::Float(f) => Some(hash::hash_float(f)),
            Value::None => Some(0xFCA8_6420),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => Some(s.hash()),
                Obj::BigInt(b) => Some(hash::hash_bigint(b)),
                Obj::Bytes(b) => Some(crate::value::str::hash_bytes(b)),
                Obj::Complex(re, im) => {
                    let h = hash::hash_float(*re).wrapping_add(hash::hash_float(*im).wrapping_mul(1_000_003));
                    Some(if h == -1 { -2 } else { h })
                }
                Obj::Range { start, stop, step } => {
                    // Like CPython: equal ranges hash equally (start/step only matter when used).
                    let len = range_len(*start, *stop, *step);
                    let none = 0xFCA8_6420;
                    Some(match len {
                        0 => hash::hash_tuple(&[hash::hash_int(0), none, none]),
                        1 => hash::hash_tuple(&[hash::hash_int(1), hash::hash_int(*start), none]),
                        _ => hash::hash_tuple(&[hash::hash_int(len), hash::hash_int(*start), hash::hash_int(*step)]),
                    })
                }
                Obj::Function(_) | Obj::Native(_) | Obj::Class(_) | Obj::Module(_) | Obj::Code(_) => {
                    Some(identity_hash(r))
                }
                Obj::NotImplemented | Obj::Ellipsis => Some(identity_hash(r)),
                // Consistent with `fast_eq`: the receiver's identity and the function.
                Obj::BoundMethod { receiver, func } => {
                    let recv = match *receiver {
                        Value::Obj(o) => identity_hash(o),
                        imm => self.fast_hash(imm).unwrap_or(0),
                    };
                    let f = func.as_obj().map_or(0, identity_hash);
                    let h = recv ^ f.wrapping_mul(1_000_003);
                    Some(if h == -1 { -2 } else { h })
                }
                _ => None,
            },
        }
    }

    /// `bool(v)`.
    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        match v {
            Value::Bool(b) => Ok(b),
            Value::None => Ok(false),
            Value::Int(i) => Ok(i != 0),
            Value::Float(f) => Ok(f != 0.0),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => Ok(s.char_len() != 0),
                Obj::List(l) | Obj::Tuple(l) => Ok(!l.is_empty()),
                Obj::Dict(d) => Ok(!d.is_empty()),
                Obj::Set(s) | Obj::FrozenSet(s) => Ok(!s.is_empty()),
                Obj::Bytes(b) | Obj::ByteArray(b) => Ok(!b.is_empty()),
                Obj::BigInt(_) => Ok(true),
                Obj::Range { start, stop, step } => Ok(range_len(*start, *stop, *step) > 0),
                Obj::BigRange(b) => {
                    Ok(num_traits::Signed::is_positive(&crate::builtins::functions::bigrange::length(b)))
                }
                Obj::Complex(a, b) => Ok(*a != 0.0 || *b != 0.0),
                Obj::Instance(_) => self.instance_truthy(v),
                _ => Ok(true),
            },
        }
    }

    fn instance_truthy(&mut self, v: Value) -> PyResult<bool> {
        let cls = self.type_of(v);
        // Cached per class: `if m:` on an instance otherwise hashed and walked the MRO for
        // both names at every test.
        if let Some(f) = self.lookup_special(cls, "__bool__") {
            let recv = if self.is_native(f) { self.builtin_value(v) } else { v };
            let r = self.call_pos(f, vec![recv])?;
            return match r {
                Value::Bool(b) => Ok(b),
                _ => Err(PyErr::type_error(format!("__bool__ should return bool, returned {}", self.type_name(r)))),
            };
        }
        if let Some(f) = self.lookup_special(cls, "__len__") {
            let recv = if self.is_native(f) { self.builtin_value(v) } else { v };
            let r = self.call_pos(f, vec![recv])?;
            let n = self.index_i64(r)?;
            if n < 0 {
                return Err(PyErr::value_error("__len__() should return >= 0"));
            }
            return Ok(n != 0);
        }
        Ok(true)
    }
}

fn num_to_f64(n: Num) -> Option<f64> {
    match n {
        Num::Int(i) => Some(i as f64),
        Num::Float(f) => Some(f),
        Num::Big(_) => None,
    }
}

/// Number of elements of `range(start, stop, step)`, saturated at `i64::MAX` (a range over the
/// whole i64 span has up to 2**64 - 1; `range_length` gives the exact count).
pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    i64::try_from(crate::builtins::functions::range::range_length(start, stop, step)).unwrap_or(i64::MAX)
}

/// CPython's pointer hash, `id(o) >> 4`: stable for the object's lifetime, never -1, and
/// the heap index itself in the low bits, so objects allocated together fill neighbouring
/// table slots. (The index shifted up by 4 left the low 4 bits the same for every object: in
/// a table of 16 slots every object key started its probe at the same one.)
pub(crate) fn identity_hash(r: ObjRef) -> i64 {
    crate::builtins::functions::object_id(Value::Obj(r)) >> 4
}

/// `a - b`, `a & b`, `a | b` or `a ^ b` for two built-in sets (a set subclass is an
/// instance, not matched here), decided without running Python code: `dom - {v}` in a loop
/// otherwise went through `set.__sub__`, a call that copies both tables first. The result
/// is built by the same table operations as those methods (so its iteration order is
/// theirs and CPython's) and has the left operand's type. `None` when some key's equality
/// needs `__eq__`: the methods then do it all again with Python equality.
fn set_binop_fast(heap: &Heap, ra: ObjRef, rb: ObjRef, op: BinOp) -> Option<Obj> {
    let (x, frozen) = match heap.get(ra) {
        Obj::Set(s) => (s, false),
        Obj::FrozenSet(s) => (s, true),
        _ => return None,
    };
    let (Obj::Set(y) | Obj::FrozenSet(y)) = heap.get(rb) else { return None };
    let same = ra == rb;
    let undecided = std::cell::Cell::new(false);
    let mut eq = |p: Value, q: Value| match fast_eq(heap, p, q, 0) {
        Some(t) => Ok(t),
        None => {
            undecided.set(true);
            Err(PyErr::type_error("undecided"))
        }
    };
    let result = match op {
        BinOp::Sub if same => Ok(Set::new()),
        BinOp::Sub => Set::difference(x, y, &mut eq),
        BinOp::BitAnd if same => Ok(x.copy()),
        BinOp::BitAnd => Set::intersection(x, y, &mut eq),
        BinOp::BitOr => {
            let mut s = x.copy();
            if !same {
                // Only the fast equality runs: an error here is `undecided`.
                let _ = s.update_from_set(y, &mut eq);
            }
            Ok(s)
        }
        BinOp::BitXor if same => Ok(Set::new()),
        BinOp::BitXor => {
            // As `set.__xor__`: a new set from `b`, then `^= a`.
            let mut s = Set::new();
            let items: Vec<(i64, Value)> = x.entries().collect();
            s.update_from_set(y, &mut eq).and_then(|()| s.symmetric_difference_update(&items, &mut eq)).map(|()| s)
        }
        _ => return None,
    };
    match result {
        Ok(s) if !undecided.get() => Some(if frozen { Obj::FrozenSet(Box::new(s)) } else { Obj::Set(Box::new(s)) }),
        _ => None,
    }
}

/// Equality decidable from the heap alone (no user `__eq__`): `None` when undecidable.
/// A comparison of two built-in sets decided without running Python code (`{7} != d` in
/// a loop would otherwise copy both tables and go through `set.__ne__`); `None` when some
/// key needs `__eq__`, left to the set methods.
fn set_compare_fast(heap: &Heap, a: &Set, b: &Set, op: CmpOp) -> Option<bool> {
    let (la, lb) = (a.len(), b.len());
    // Which containment the answer needs: `a <= b` (Some(true)), `b <= a` (Some(false)).
    let a_in_b = match op {
        CmpOp::Eq | CmpOp::NotEq if la != lb => return Some(op == CmpOp::NotEq),
        CmpOp::Eq | CmpOp::NotEq | CmpOp::LtE => true,
        CmpOp::Lt if la < lb => true,
        CmpOp::Lt => return Some(false),
        CmpOp::GtE => false,
        CmpOp::Gt if lb < la => false,
        CmpOp::Gt => return Some(false),
        _ => return None,
    };
    let (small, big) = if a_in_b { (a, b) } else { (b, a) };
    if small.len() > big.len() {
        return Some(op == CmpOp::NotEq);
    }
    for (h, k) in small.entries() {
        match big.find_fast(h, |x| fast_eq(heap, x, k, 0))? {
            Some(_) => {}
            None => return Some(op == CmpOp::NotEq),
        }
    }
    Some(op != CmpOp::NotEq)
}

pub(crate) fn fast_eq(heap: &Heap, a: Value, b: Value, depth: u32) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => Some(x as f64 == y && (y as i64) == x),
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => Some(x as i64 == y),
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::Bool(x), Value::Float(y)) | (Value::Float(y), Value::Bool(x)) => Some(x as i64 as f64 == y),
        (Value::Obj(ra), Value::Obj(rb)) => match (heap.get(ra), heap.get(rb)) {
            (Obj::Str(x), Obj::Str(y)) => Some(x.as_str() == y.as_str()),
            (Obj::BigInt(x), Obj::BigInt(y)) => Some(x == y),
            (Obj::Bytes(x) | Obj::ByteArray(x), Obj::Bytes(y) | Obj::ByteArray(y)) => Some(x == y),
            (Obj::Complex(xr, xi), Obj::Complex(yr, yi)) => Some(xr == yr && xi == yi),
            (Obj::Tuple(x), Obj::Tuple(y)) if depth < 16 => {
                if x.len() != y.len() {
                    return Some(false);
                }
                for (p, q) in x.iter().zip(y.iter()) {
                    if !fast_eq(heap, *p, *q, depth + 1)? {
                        return Some(false);
                    }
                }
                Some(true)
            }
            (Obj::Instance(_), _) | (_, Obj::Instance(_)) => None,
            (Obj::Tuple(_), Obj::Tuple(_)) => None,
            (Obj::List(_), Obj::List(_)) | (Obj::Dict(_), Obj::Dict(_)) => None,
            (Obj::Set(_) | Obj::FrozenSet(_), Obj::Set(_) | Obj::FrozenSet(_)) => None,
            // A complex equals a real number with a zero imaginary part: compare decides.
            (Obj::Complex(..), _) | (_, Obj::Complex(..)) => None,
            (Obj::BigInt(_), _) | (_, Obj::BigInt(_)) => Some(false),
            (Obj::Range { .. } | Obj::BigRange(_), Obj::Range { .. } | Obj::BigRange(_)) => None,
            (Obj::Slice(_), Obj::Slice(_)) => None,
            // Like CPython since 3.8: the same function bound to the same object (identity).
            (Obj::BoundMethod { receiver: r1, func: f1 }, Obj::BoundMethod { receiver: r2, func: f2 }) => {
                Some(r1.is(*r2) && f1.is(*f2))
            }
            _ => Some(false),
        },
        (Value::Obj(r), _) | (_, Value::Obj(r)) => match heap.get(r) {
            // A complex or a big int can equal an int, float or bool: compare decides.
            Obj::Instance(_) | Obj::Complex(..) | Obj::BigInt(_) => None,
            _ => Some(false),
        },
        (Value::None, _) | (_, Value::None) => Some(false),
    }
}

//! Operators on instances of Python classes whose dunder (`__add__`, `__radd__`, `__iadd__`,
//! `__lt__`, `__eq__`, `__neg__`...) is a plain Python function: the dunder becomes a frame
//! of the loop instead of running in a nested one, as `__init__` and `__repr__` do. Pure
//! Python number types (decimal's `Decimal`, `Fraction`, vector classes) spent most of their
//! time entering and leaving nested loops. The protocol around the call (which operand goes
//! first, NotImplemented passing to the reflected method, the TypeError) stays in ops.rs:
//! the frame's return hook carries where it stands, and a NotImplemented result finishes it
//! there (nested: rare).

use super::super::frame::ReturnHook;
use super::super::ops::{OpStep, OperatorHook, OperatorKind, op_dunders};
use super::Vm;
use crate::bytecode::opcode::{BinOp, CmpOp};
use crate::error::PyResult;
use crate::value::*;

impl Vm {
    /// `a op b` (`inplace`: the plain operator of `a op= b`), the current pc saved: the
    /// result, or None when a Python dunder became the current frame (its result lands on
    /// the stack as this one's would).
    #[inline(never)]
    pub(super) fn binop_in_loop(&mut self, a: Value, b: Value, op: BinOp, inplace: bool) -> PyResult<Option<Value>> {
        let (ca, cb) = (self.plain_instance_class(a), self.plain_instance_class(b));
        // No built-in arithmetic takes a plain instance on the left, or one beside a number
        // (str % instance formats: that one looks).
        let builtin_may =
            ca.is_none() && !(cb.is_some() && matches!(a, Value::Int(_) | Value::Float(_) | Value::Bool(_)));
        if builtin_may && let Some(v) = self.builtin_binop(a, b, op)? {
            return Ok(Some(v));
        }
        let ta = ca.unwrap_or_else(|| self.type_of(a));
        let tb = cb.unwrap_or_else(|| self.type_of(b));
        let h = OperatorHook::binary(a, b, op, inplace, self.reflected_first(ta, tb, op));
        let step = self.dunder_binop_from(h, ta, tb, true)?;
        self.take_step(step)
    }

    /// `a op= b` as `binop_in_loop`: a Python `__iop__` of an instance runs as a frame; an
    /// instance without one goes on to the plain operator.
    #[inline(never)]
    pub(super) fn inplace_in_loop(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        if let Value::Obj(r) = a {
            let Obj::Instance(i) = self.heap.get(r) else {
                // Built-in containers (`list +=`) and anything else: as before.
                return self.inplace_op(a, b, op).map(Some);
            };
            let (_, _, iname) = op_dunders(op);
            let cls = i.class;
            if self.lookup_special(cls, iname).is_some() {
                let Some(func) = self.plain_dunder(cls, iname, 2) else {
                    return self.inplace_op(a, b, op).map(Some);
                };
                let hook = OperatorHook { a, b, kind: OperatorKind::Inplace { op }, next: 0 };
                return self.take_step(OpStep::Enter { func, recv: a, arg: Some(b), hook: Some(hook) });
            }
        }
        self.binop_in_loop(a, b, op, true)
    }

    /// `a op b` for a comparison, as `binop_in_loop`.
    #[inline(never)]
    pub(super) fn compare_in_loop(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Option<Value>> {
        let (ca, cb) = (self.instance_class(a), self.instance_class(b));
        // Built-in comparisons never take an instance (even of a built-in's subclass: its
        // payload is compared after the dunders), but `is` and `in` do.
        let builtin_may =
            (ca.is_none() && cb.is_none()) || matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn);
        if builtin_may && let Some(v) = self.compare_without_dunders(a, b, op)? {
            return Ok(Some(v));
        }
        let ta = ca.unwrap_or_else(|| self.type_of(a));
        let tb = cb.unwrap_or_else(|| self.type_of(b));
        let step = self.rich_compare_start(a, b, (ta, tb), op, true)?;
        self.take_step(step)
    }

    /// `-v`, `+v`, `~v` (`name` the dunder) as `binop_in_loop`; the dunder's result is the
    /// operator's, NotImplemented included, as in CPython.
    #[inline(never)]
    pub(super) fn unary_in_loop(&mut self, v: Value, name: &'static str) -> PyResult<Option<Value>> {
        if let Some(cls) = self.instance_class(v)
            && let Some(func) = self.plain_dunder(cls, name, 1)
        {
            return self.take_step(OpStep::Enter { func, recv: v, arg: None, hook: None });
        }
        match name {
            "__neg__" => self.unary_neg(v),
            "__pos__" => self.unary_pos(v),
            _ => self.unary_invert(v),
        }
        .map(Some)
    }

    /// The class of an instance of a Python class.
    fn instance_class(&self, v: Value) -> Option<ObjRef> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Instance(i) => Some(i.class),
                _ => None,
            },
            _ => None,
        }
    }

    /// The class of an instance of a Python class that wraps no built-in value (not a
    /// subclass of `int`, `str`...: those operate like their payload).
    fn plain_instance_class(&self, v: Value) -> Option<ObjRef> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Instance(i) if !matches!(i.payload, Payload::Builtin(_)) => Some(i.class),
                _ => None,
            },
            _ => None,
        }
    }

    /// The value of a finished step, or its method made the current frame (None).
    fn take_step(&mut self, step: OpStep) -> PyResult<Option<Value>> {
        match step {
            OpStep::Done(v) => Ok(Some(v)),
            OpStep::Enter { func, recv, arg, hook } => {
                let start = self.frame.regs.len();
                self.frame.regs.push(recv);
                self.frame.regs.extend(arg);
                if let Obj::Function(f) = self.heap.get(func)
                    && let Some(missing) = super::missing_defaults(f, self.frame.regs.len() - start)
                    && missing > 0
                {
                    super::push_defaults(&mut self.frame.regs, f, missing);
                }
                self.enter_plain(func, None, start, start)?;
                self.frame.on_return = hook.map(ReturnHook::Operator);
                Ok(None)
            }
        }
    }
}

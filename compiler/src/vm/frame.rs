//! Call frames and the block stack used for exception handling.

use std::rc::Rc;

use crate::bytecode::Code;
use crate::value::{ObjRef, Value};

/// Marks a local variable slot that has no value yet (never a real object: the heap never
/// has this many slots).
pub const UNBOUND: Value = Value::Obj(ObjRef(u32::MAX));

#[inline]
pub fn is_unbound(v: Value) -> bool {
    matches!(v, Value::Obj(ObjRef(u32::MAX)))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// `try:` body with `except` clauses.
    Except,
    /// `try:` body with a `finally:` clause, or a `with` body.
    Finally,
    /// Inside an `except`/`finally` handler; unwinding past it restores the exception that
    /// was being handled before.
    Handler,
}

#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub kind: BlockKind,
    pub handler: u32,
    /// Operand-stack depth to restore when unwinding to this block.
    pub level: u32,
}

/// Work a frame entered by the loop on behalf of native code leaves for its return (what the
/// native would have done after calling it, had it run the call in a nested loop).
#[derive(Clone, Copy, Debug)]
pub enum ReturnHook {
    /// An `__init__` called by instantiation: its return value must be None and the caller
    /// receives this instance instead.
    Init(Value),
    /// The function a `functools.lru_cache` wrapper called on a miss: the result goes into
    /// the wrapper's cache under `key` (modules/functools.rs, `lru_store`).
    Cache { wrapper: ObjRef, key: Value },
    /// A Python `__repr__` (`repr`) or `__str__` run for `repr()` or an f-string: the result
    /// must be a `str` (interp/textcall.rs).
    Text { repr: bool },
    /// An operator's Python dunder (`__add__`, `__lt__`...): its protocol goes on for a
    /// NotImplemented (ops.rs, `operator_result`; interp/opcall.rs).
    Operator(super::ops::OperatorHook),
}

#[derive(Debug)]
pub struct Frame {
    pub code: Rc<Code>,
    pub pc: usize,
    /// Fast locals and cells (`code.nslots()` of them), then the operand stack.
    pub regs: Vec<Value>,
    pub blocks: Vec<Block>,
    pub globals: ObjRef,
    /// Module/class-body namespace (for `LoadName`/`StoreName`).
    pub namespace: Option<ObjRef>,
    /// The generator object this frame belongs to, if any.
    pub generator: Option<ObjRef>,
    /// How many exceptions were on `vm.handled` when this frame started, so unwinding out of
    /// the frame can drop the ones it pushed.
    pub handled_base: usize,
    /// What happens to the frame's return value before its caller gets it (None: nothing).
    pub on_return: Option<ReturnHook>,
    /// The function object being executed (for `__class__`-free introspection and repr).
    pub func: Option<ObjRef>,
}

impl Frame {
    /// A frame that runs nothing (the bottom of the stack before any code runs).
    pub fn empty() -> Frame {
        Self::fresh(Rc::new(Code::empty()))
    }

    /// A new frame for `code` (the caller sets the other fields).
    pub fn for_code(code: Rc<Code>) -> Box<Frame> {
        Box::new(Self::fresh(code))
    }

    fn fresh(code: Rc<Code>) -> Frame {
        Frame {
            code,
            pc: 0,
            regs: Vec::new(),
            blocks: Vec::new(),
            globals: ObjRef(0),
            namespace: None,
            generator: None,
            handled_base: 0,
            on_return: None,
            func: None,
        }
    }

    pub fn trace(&self, out: &mut Vec<Value>) {
        out.extend_from_slice(&self.regs);
        out.push(Value::Obj(self.globals));
        out.extend(self.namespace.map(Value::Obj));
        out.extend(self.generator.map(Value::Obj));
        match self.on_return {
            Some(ReturnHook::Init(inst)) => out.push(inst),
            Some(ReturnHook::Cache { wrapper, key }) => out.extend([Value::Obj(wrapper), key]),
            Some(ReturnHook::Text { .. }) | None => {}
            Some(ReturnHook::Operator(h)) => out.extend([h.a, h.b]),
        }
        out.extend(self.func.map(Value::Obj));
        self.code.trace(out);
    }
}

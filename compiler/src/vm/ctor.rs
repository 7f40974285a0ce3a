//! Fast instantiation for call instructions: what `Cls(...)` has to run, worked out once per
//! class (two MRO walks by name) and cached until any class changes.

use super::Vm;
use crate::value::*;

/// How a call to a class instantiates it.
#[derive(Clone, Copy, Debug)]
pub(crate) enum CtorPlan {
    /// `object.__new__` (or, for `exception`, `BaseException.__new__`) and this Python
    /// `__init__` function (metaclass `type`).
    PythonInit { init: ObjRef, exception: bool },
    /// `BaseException.__new__` and `BaseException.__init__` (metaclass `type`).
    Exception,
    /// A built-in `__new__` (`str`, `int`, `range`, `list`, ...; metaclass `type`) and either
    /// `object.__init__` (`None`) or a built-in `__init__` (`list`, `dict`, `set`).
    NativeNew { new: NativeFn, init: Option<NativeFn> },
    /// `NativeNew` of `set`, `frozenset`, `list`, `tuple` or `dict` themselves, whose empty
    /// or copying calls `Vm::new_container` makes directly.
    Container { new: NativeFn, init: Option<NativeFn> },
    /// A `__new__` of the class's own that is no plain built-in (a Python function, or a
    /// native bound to state, as `_datetime_fast` installs them; unwrapped from its
    /// `staticmethod`) and `object.__init__`: `type.__call__` calls it without its two MRO
    /// walks by name (the instruction fast path leaves it to `type.__call__`).
    OwnNew { new: Value },
    /// Anything else: the general `type.__call__`.
    General,
}

/// One entry of the VM's small direct-mapped cache of plans.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CtorCache {
    cls: u32,
    epoch: u32,
    plan: CtorPlan,
}

impl Default for CtorCache {
    fn default() -> Self {
        CtorCache { cls: u32::MAX, epoch: u32::MAX, plan: CtorPlan::General }
    }
}

pub(crate) const CTOR_CACHE_SIZE: usize = 16;

impl Vm {
    /// The plan for calling class `cls`; valid while the class epoch is unchanged (the same
    /// rule as the attribute inline caches).
    pub(crate) fn ctor_plan(&mut self, cls: ObjRef) -> CtorPlan {
        let slot = cls.0 as usize % CTOR_CACHE_SIZE;
        let c = self.ctor_cache[slot];
        if c.cls == cls.0 && c.epoch == self.class_epoch {
            return c.plan;
        }
        let plan = self.find_ctor_plan(cls);
        self.ctor_cache[slot] = CtorCache { cls: cls.0, epoch: self.class_epoch, plan };
        plan
    }

    fn find_ctor_plan(&self, cls: ObjRef) -> CtorPlan {
        // `type(x)` is answered before `type.__call__` (Vm::instantiate).
        if self.type_of(Value::Obj(cls)) != self.types.type_ || cls == self.types.type_ {
            return CtorPlan::General;
        }
        let (Some(new), Some(init)) = (self.lookup_special(cls, "__new__"), self.lookup_special(cls, "__init__"))
        else {
            return CtorPlan::General;
        };
        let exception = self.is_native_fn(new, super::natives::exception_new);
        if !exception && !self.is_object_new(new) {
            let (new, init) = match (self.unbound_native(new), self.unbound_native(init)) {
                (Some(new), _) if self.is_object_init(init) => (new, None),
                (Some(new), Some(init)) => (new, Some(init)),
                (None, _) if self.is_object_init(init) => return CtorPlan::OwnNew { new: self.static_function(new) },
                _ => return CtorPlan::General,
            };
            let t = &self.types;
            let container = [t.set, t.frozenset, t.list, t.tuple, t.dict].contains(&cls);
            return if container { CtorPlan::Container { new, init } } else { CtorPlan::NativeNew { new, init } };
        }
        match init {
            Value::Obj(ir) if matches!(self.heap.get(ir), Obj::Function(_)) => {
                CtorPlan::PythonInit { init: ir, exception }
            }
            _ if exception && self.is_native_fn(init, super::natives::exception_init) => CtorPlan::Exception,
            _ => CtorPlan::General,
        }
    }

    /// The function a `staticmethod` wraps, or `f` itself.
    fn static_function(&self, f: Value) -> Value {
        match f {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::StaticMethod(inner) => *inner,
                _ => f,
            },
            _ => f,
        }
    }

    /// The function of a native that binds nothing of its own.
    fn unbound_native(&self, f: Value) -> Option<NativeFn> {
        match f {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Native(n) if n.bound.is_none() => Some(n.func),
                _ => None,
            },
            _ => None,
        }
    }

    fn is_native_fn(&self, f: Value, func: NativeFn) -> bool {
        matches!(f, Value::Obj(r) if matches!(self.heap.get(r), Obj::Native(n) if std::ptr::fn_addr_eq(n.func, func)))
    }
}

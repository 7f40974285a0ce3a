//! Attribute access: `getattr`/`setattr`/`delattr`, MRO lookup, descriptors, `type()`.

use super::Vm;
use crate::error::PyResult;
use crate::value::*;

impl Vm {
    /// The class of any value (`type(v)`).
    pub fn type_of(&self, v: Value) -> ObjRef {
        todo!("type_of {v:?}")
    }

    /// `type(v).__name__`, e.g. `"int"` or a user class name.
    pub fn type_name(&self, v: Value) -> String {
        todo!("type_name {v:?}")
    }

    /// `isinstance(v, cls)` for a single class (no tuples, no `__instancecheck__`).
    pub fn is_instance(&self, v: Value, cls: ObjRef) -> bool {
        todo!("{v:?}{cls:?}")
    }

    /// `issubclass(a, b)` by MRO.
    pub fn is_subclass(&self, a: ObjRef, b: ObjRef) -> bool {
        todo!("{a:?}{b:?}")
    }

    /// Looks `name` up along `cls.__mro__` without descriptors.
    pub fn lookup_mro(&self, cls: ObjRef, name: &str) -> Option<Value> {
        todo!("{cls:?}{name}")
    }

    /// `getattr(obj, name)`; raises `AttributeError` like CPython.
    pub fn getattr(&mut self, obj: Value, name: &str) -> PyResult<Value> {
        todo!("{obj:?}{name}")
    }

    /// `getattr(obj, name, None)`-style: `Ok(None)` when the attribute is missing.
    pub fn getattr_opt(&mut self, obj: Value, name: &str) -> PyResult<Option<Value>> {
        todo!("{obj:?}{name}")
    }

    pub fn setattr(&mut self, obj: Value, name: &str, value: Value) -> PyResult<()> {
        todo!("{obj:?}{name}{value:?}")
    }

    pub fn delattr(&mut self, obj: Value, name: &str) -> PyResult<()> {
        todo!("{obj:?}{name}")
    }
}

impl Vm {
    /// An instance of `cls` wrapping the built-in value `base` when `cls` is a user subclass
    /// of a built-in type (`class MyInt(int)`); `base` itself when `cls` is the built-in type.
    /// Used by built-in `__new__` implementations.
    pub fn new_builtin_instance(&mut self, cls: ObjRef, base: Value) -> Value {
        todo!("{cls:?}{base:?}")
    }

    /// The built-in value inside `v`: `v` itself for built-in objects, the wrapped payload for
    /// instances of user subclasses of built-ins (`class MyList(list)`).
    pub fn builtin_value(&self, v: Value) -> Value {
        todo!("{v:?}")
    }

    /// The globals dict of the running Python frame (for `globals()`).
    pub fn current_globals(&self) -> ObjRef {
        todo!()
    }

    /// A dict of the running frame's local variables (for `locals()` and `vars()`).
    pub fn current_locals(&mut self) -> PyResult<Value> {
        todo!()
    }
}

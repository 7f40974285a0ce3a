//! Calling: Python functions (argument binding into frames), natives, bound methods, classes.

use super::Vm;
use crate::error::PyResult;
use crate::value::*;

impl Vm {
    /// Calls any callable with positional and keyword arguments. Re-enters the interpreter
    /// for Python functions (so it may be used from builtins, e.g. a `sorted` key function).
    pub fn call(&mut self, f: Value, args: Args) -> PyResult<Value> {
        todo!("{f:?}{args:?}")
    }

    /// `f(*pos)`.
    pub fn call_pos(&mut self, f: Value, pos: Vec<Value>) -> PyResult<Value> {
        self.call(f, Args::new(pos))
    }

    /// `obj.name(*pos)`.
    pub fn call_method(&mut self, obj: Value, name: &str, pos: Vec<Value>) -> PyResult<Value> {
        let m = self.getattr(obj, name)?;
        self.call_pos(m, pos)
    }

    /// Calls the special method `name` found on `type(obj)` (not on the instance), as the
    /// interpreter does for operators. `Ok(None)` when the type has no such method.
    pub fn call_dunder_opt(&mut self, obj: Value, name: &str, pos: Vec<Value>) -> PyResult<Option<Value>> {
        todo!("{obj:?}{name}{pos:?}")
    }
}

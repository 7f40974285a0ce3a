//! Operators and core protocols: arithmetic, comparison, hashing, truth, repr/str, items.

use super::Vm;
use crate::bytecode::opcode::{BinOp, CmpOp};
use crate::error::PyResult;
use crate::value::*;

impl Vm {
    pub fn binop(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
        todo!("{a:?}{b:?}{op:?}")
    }

    /// Any comparison operator, returning a Python value (rich comparisons may return anything).
    pub fn compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
        todo!("{a:?}{b:?}{op:?}")
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        todo!("{a:?}{b:?}")
    }

    /// `a < b` as a bool (what `sorted`, `min`, `max` use).
    pub fn lt(&mut self, a: Value, b: Value) -> PyResult<bool> {
        todo!("{a:?}{b:?}")
    }

    /// `hash(v)`; `TypeError` for unhashable values.
    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        todo!("{v:?}")
    }

    /// `bool(v)`.
    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        todo!("{v:?}")
    }

    /// `repr(v)` as a Rust string.
    pub fn repr(&mut self, v: Value) -> PyResult<String> {
        todo!("{v:?}")
    }

    /// `str(v)` as a Rust string.
    pub fn to_str(&mut self, v: Value) -> PyResult<String> {
        todo!("{v:?}")
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: Value, spec: &str) -> PyResult<String> {
        todo!("{v:?}{spec}")
    }

    /// `len(v)`.
    pub fn len(&mut self, v: Value) -> PyResult<usize> {
        todo!("{v:?}")
    }

    pub fn getitem(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        todo!("{obj:?}{key:?}")
    }

    pub fn setitem(&mut self, obj: Value, key: Value, value: Value) -> PyResult<()> {
        todo!("{obj:?}{key:?}{value:?}")
    }

    pub fn delitem(&mut self, obj: Value, key: Value) -> PyResult<()> {
        todo!("{obj:?}{key:?}")
    }

    /// `item in container`.
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        todo!("{container:?}{item:?}")
    }

    // ---- dict and set primitives with Python key semantics ----

    /// `dict[key]` without `__missing__`; `Ok(None)` when absent. `dict` must be a dict object.
    pub fn dict_get(&mut self, dict: Value, key: Value) -> PyResult<Option<Value>> {
        todo!("{dict:?}{key:?}")
    }

    pub fn dict_set(&mut self, dict: Value, key: Value, value: Value) -> PyResult<()> {
        todo!("{dict:?}{key:?}{value:?}")
    }

    /// Removes `key`, returning its value, or `Ok(None)` when absent.
    pub fn dict_del(&mut self, dict: Value, key: Value) -> PyResult<Option<Value>> {
        todo!("{dict:?}{key:?}")
    }

    /// Adds `key` to a set or frozenset object.
    pub fn set_add(&mut self, set: Value, key: Value) -> PyResult<()> {
        todo!("{set:?}{key:?}")
    }

    pub fn set_contains(&mut self, set: Value, key: Value) -> PyResult<bool> {
        todo!("{set:?}{key:?}")
    }

    /// Removes `key` if present; returns whether it was.
    pub fn set_discard(&mut self, set: Value, key: Value) -> PyResult<bool> {
        todo!("{set:?}{key:?}")
    }
}

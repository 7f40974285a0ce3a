//! The iterator protocol.

use super::Vm;
use crate::error::PyResult;
use crate::value::*;

impl Vm {
    /// `iter(v)`.
    pub fn iter(&mut self, v: Value) -> PyResult<Value> {
        todo!("{v:?}")
    }

    /// `next(it)`: `Ok(None)` when exhausted (StopIteration is absorbed).
    pub fn next(&mut self, it: Value) -> PyResult<Option<Value>> {
        todo!("{it:?}")
    }

    /// Drains any iterable into a Vec (fast paths for list/tuple/str/dict/set/range).
    pub fn collect(&mut self, iterable: Value) -> PyResult<Vec<Value>> {
        let it = self.iter(iterable)?;
        let mut out = Vec::new();
        while let Some(v) = self.next(it)? {
            out.push(v);
        }
        Ok(out)
    }
}

//! `set`/`frozenset` payload. PLACEHOLDER API (to be replaced by a CPython-order-compatible
//! implementation): a hash set whose iteration order matches CPython's `setobject.c` for the
//! same sequence of operations, so `print({3, 1, 2})` prints what CPython prints.

use super::Value;
use super::dict::{Dict, Probe};

#[derive(Debug, Default, Clone)]
pub struct Set {
    inner: Dict,
}

impl Set {
    pub fn new() -> Set {
        Set::default()
    }
    pub fn len(&self) -> usize {
        self.inner.len()
    }
    pub fn is_empty(&self) -> bool {
        self.inner.is_empty()
    }
    pub fn capacity(&self) -> usize {
        self.inner.capacity()
    }
    /// Looks `key` up; see `Dict::probe` for the meaning of `fast_eq`.
    pub fn probe(&self, hash: i64, fast_eq: impl FnMut(Value) -> Option<bool>) -> Probe {
        self.inner.probe(hash, fast_eq)
    }
    /// Adds a key the caller has established is absent.
    pub fn insert_new(&mut self, hash: i64, key: Value) {
        self.inner.insert_new(hash, key, Value::None)
    }
    /// Removes the entry at position `pos` (as returned by `probe`).
    pub fn remove_at(&mut self, pos: usize) -> Option<Value> {
        self.inner.remove_at(pos).map(|e| e.key)
    }
    /// Upper bound of positions for `entry_at`.
    pub fn slots(&self) -> usize {
        self.inner.slots()
    }
    /// `(hash, key)` at `pos`, or `None` for an empty position.
    pub fn entry_at(&self, pos: usize) -> Option<(i64, Value)> {
        self.inner.entry_at(pos).map(|e| (e.hash, e.key))
    }
    /// Keys in iteration order.
    pub fn iter(&self) -> impl Iterator<Item = Value> + '_ {
        self.inner.iter().map(|e| e.key)
    }
    /// Removes and returns an arbitrary element, in the order CPython's `set.pop()` would.
    pub fn pop(&mut self) -> Option<Value> {
        let pos = (0..self.slots()).find(|&p| self.entry_at(p).is_some())?;
        self.remove_at(pos)
    }
    pub fn clear(&mut self) {
        self.inner.clear()
    }
    pub fn trace(&self, out: &mut Vec<Value>) {
        self.inner.trace(out)
    }
}

//! `dict` and `set` primitives with Python key semantics (hash + `__eq__`).

use super::Vm;
use super::ops::fast_eq;
use crate::bytecode::opcode::CmpOp;
use crate::error::{PyErr, PyResult};
use crate::value::dict::Probe;
use crate::value::*;

impl Vm {
    fn dict_ref(&self, dict: Value) -> PyResult<ObjRef> {
        let bv = self.builtin_value(dict);
        match bv {
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Dict(_)) => Ok(r),
            _ => Err(PyErr::type_error(format!("expected dict, got {}", self.type_name(dict)))),
        }
    }

    fn set_ref(&self, set: Value) -> PyResult<ObjRef> {
        // The usual case first: a set itself, not an instance of a subclass.
        if let Value::Obj(r) = set
            && let Obj::Set(_) | Obj::FrozenSet(_) = self.heap.get(r)
        {
            return Ok(r);
        }
        let bv = self.builtin_value(set);
        match bv {
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Set(_) | Obj::FrozenSet(_)) => Ok(r),
            _ => Err(PyErr::type_error(format!("expected set, got {}", self.type_name(set)))),
        }
    }

    /// Position of `key` in the dict, set or frozenset `r` when finding it runs no Python
    /// code: the key hashes natively and every stored key with its hash compares natively
    /// (str, int and tuple keys, the usual ones). `Some((hash, position))`; `None` sends the
    /// caller to `hash` + `find_key`, whose undecided-candidate list and error paths cost a
    /// few hundred instructions per lookup.
    #[inline(always)]
    pub(crate) fn find_key_native(&self, r: ObjRef, key: Value) -> Option<(i64, Option<usize>)> {
        let heap = &self.heap;
        let same = |k: Value| if k.is(key) { Some(true) } else { fast_eq(heap, k, key, 0) };
        match heap.get(r) {
            Obj::Set(s) | Obj::FrozenSet(s) => {
                let hash = self.key_hash(key)?;
                Some((hash, s.find_fast(hash, same)?))
            }
            Obj::Dict(d) => {
                let hash = self.key_hash(key)?;
                Some((hash, d.find(hash, same)?))
            }
            _ => None,
        }
    }

    /// `s.add(key)` on the plain set `r` (not a frozenset) when the lookup runs no Python
    /// code, as `find_key_native` decides it: one walk of the probe path finds the key or
    /// its slot. `Some(added)`; `None` (the set unchanged) sends the caller the general way.
    pub(crate) fn set_add_native(&mut self, r: ObjRef, key: Value) -> Option<bool> {
        let heap = &self.heap;
        let same = |k: Value| if k.is(key) { Some(true) } else { fast_eq(heap, k, key, 0) };
        let Obj::Set(s) = heap.get(r) else { return None };
        let hash = self.key_hash(key)?;
        let at = s.find_add_slot(hash, same)?;
        if at == crate::value::set::AddSlot::Present {
            return Some(false);
        }
        let Obj::Set(s) = self.heap.get_mut(r) else { return None };
        s.add_at(at, hash, key);
        Some(true)
    }

    /// `native_hash` with the usual keys' cases inline: an int, and a str whose hash is
    /// cached in it.
    #[inline(always)]
    fn key_hash(&self, key: Value) -> Option<i64> {
        match key {
            Value::Int(i) => Some(crate::value::hash::hash_int(i)),
            Value::Obj(k) => match self.heap.get(k) {
                Obj::Str(s) => Some(s.hash()),
                _ => self.native_hash(key),
            },
            _ => self.native_hash(key),
        }
    }

    /// `item in container` (or `not in`) for a dict, set or frozenset decided by
    /// `find_key_native`, for the comparison opcodes to try before `compare`: one function
    /// from the opcode to the probe loop (`meteor`'s `nm in used` was ~230 instructions
    /// through `find_key_native` and `native_hash` calls).
    #[inline(never)]
    #[cfg_attr(edge_speed, optimize(speed))]
    pub(crate) fn member_native(&self, item: Value, container: Value, op: CmpOp) -> Option<bool> {
        let Value::Obj(r) = container else { return None };
        let pos = match self.heap.get(r) {
            Obj::Set(s) | Obj::FrozenSet(s) => {
                let heap = &self.heap;
                let same = |k: Value| if k.is(item) { Some(true) } else { fast_eq(heap, k, item, 0) };
                s.find_fast_inline(self.key_hash(item)?, same)?
            }
            _ => self.find_key_native(r, item)?.1,
        };
        Some(pos.is_some() == (op == CmpOp::In))
    }

    /// `hash(key)` and the entry position of `key` in the dict or set `r`.
    fn hash_and_find(&mut self, r: ObjRef, key: Value) -> PyResult<(i64, Option<usize>)> {
        if let Some(found) = self.find_key_native(r, key) {
            return Ok(found);
        }
        let h = self.hash(key)?;
        Ok((h, self.find_key(r, key, h)?))
    }

    /// Finds the entry position of `key` in the dict or set `r`.
    fn find_key(&mut self, r: ObjRef, key: Value, hash: i64) -> PyResult<Option<usize>> {
        let heap = &self.heap;
        let probe = match heap.get(r) {
            Obj::Dict(d) => d.probe(hash, |k| fast_eq(heap, k, key, 0)),
            Obj::Set(s) | Obj::FrozenSet(s) => s.probe(hash, |k| fast_eq(heap, k, key, 0)),
            _ => Probe::Missing,
        };
        match probe {
            Probe::Found(p) => Ok(Some(p)),
            Probe::Missing => Ok(None),
            Probe::Undecided(cands) => {
                for pos in cands {
                    let stored = match self.heap.get(r) {
                        Obj::Dict(d) => d.entry_at(pos).map(|e| e.key),
                        Obj::Set(s) | Obj::FrozenSet(s) => s.entry_at(pos).map(|e| e.1),
                        _ => None,
                    };
                    if let Some(k) = stored
                        && self.eq(k, key)?
                    {
                        return Ok(Some(pos));
                    }
                }
                Ok(None)
            }
        }
    }

    /// `dict[key]` without `__missing__`; `Ok(None)` when absent. `dict` must be a dict object.
    pub fn dict_get(&mut self, dict: Value, key: Value) -> PyResult<Option<Value>> {
        let r = self.dict_ref(dict)?;
        let (_, pos) = self.hash_and_find(r, key)?;
        Ok(pos.and_then(|p| match self.heap.get(r) {
            Obj::Dict(d) => d.entry_at(p).map(|e| e.value),
            _ => None,
        }))
    }

    pub fn dict_set(&mut self, dict: Value, key: Value, value: Value) -> PyResult<()> {
        let r = self.dict_ref(dict)?;
        let (h, pos) = self.hash_and_find(r, key)?;
        if let Obj::Dict(d) = self.heap.get_mut(r) {
            match pos {
                Some(p) => d.set_at(p, value),
                None => d.insert_new(h, key, value),
            }
        }
        Ok(())
    }

    /// `OrderedDict.move_to_end`: moves `key`'s entry to the end (or, with `last` false, to
    /// the front) of the insertion order; false when `key` is absent.
    pub(crate) fn dict_move_to_end(&mut self, dict: Value, key: Value, last: bool) -> PyResult<bool> {
        let r = self.dict_ref(dict)?;
        let (_, pos) = self.hash_and_find(r, key)?;
        let (Some(p), Obj::Dict(d)) = (pos, self.heap.get_mut(r)) else { return Ok(false) };
        if last {
            if d.last_pos() != Some(p)
                && let Some(e) = d.remove_at(p)
            {
                d.insert_new(e.hash, e.key, e.value);
            }
        } else if let Some(moved) = d.remove_at(p) {
            // The front has no room: the order is rebuilt, the entry first (rare in practice).
            let rest: Vec<_> = d.iter().copied().collect();
            d.clear();
            for e in std::iter::once(moved).chain(rest) {
                d.insert_new(e.hash, e.key, e.value);
            }
        }
        Ok(true)
    }

    /// `OrderedDict.popitem`: removes and returns the last entry (the first with `last`
    /// false); None when the dict is empty.
    pub(crate) fn dict_pop_end(&mut self, dict: Value, last: bool) -> PyResult<Option<(Value, Value)>> {
        let r = self.dict_ref(dict)?;
        let Obj::Dict(d) = self.heap.get_mut(r) else { return Ok(None) };
        let pos = if last { d.last_pos() } else { d.first_pos() };
        Ok(pos.and_then(|p| d.remove_at(p)).map(|e| (e.key, e.value)))
    }

    /// Removes `key`, returning its value, or `Ok(None)` when absent.
    pub fn dict_del(&mut self, dict: Value, key: Value) -> PyResult<Option<Value>> {
        let r = self.dict_ref(dict)?;
        let (_, pos) = self.hash_and_find(r, key)?;
        Ok(match (pos, self.heap.get_mut(r)) {
            (Some(p), Obj::Dict(d)) => d.remove_at(p).map(|e| e.value),
            _ => None,
        })
    }

    /// Adds `key` to a set or frozenset object.
    pub fn set_add(&mut self, set: Value, key: Value) -> PyResult<()> {
        let r = self.set_ref(set)?;
        if self.set_add_native(r, key).is_some() {
            return Ok(());
        }
        let (h, pos) = self.hash_and_find(r, key)?;
        if pos.is_none()
            && let Obj::Set(s) | Obj::FrozenSet(s) = self.heap.get_mut(r)
        {
            s.insert_new(h, key);
        }
        Ok(())
    }

    pub fn set_contains(&mut self, set: Value, key: Value) -> PyResult<bool> {
        let r = self.set_ref(set)?;
        if let Some((_, pos)) = self.find_key_native(r, key) {
            return Ok(pos.is_some());
        }
        let h = match self.hash(key) {
            Ok(h) => h,
            Err(e) => {
                // `frozenset-able` lookups: a set inside a set is looked up as a frozenset.
                if let Value::Obj(k) = key
                    && let Obj::Set(s) = self.heap.get(k)
                {
                    let items: Vec<Value> = s.iter().collect();
                    let fs = self.new_frozenset();
                    for it in items {
                        self.set_add(fs, it)?;
                    }
                    return self.set_contains(set, fs);
                }
                return Err(e);
            }
        };
        Ok(self.find_key(r, key, h)?.is_some())
    }

    /// Removes `key` if present; returns whether it was.
    pub fn set_discard(&mut self, set: Value, key: Value) -> PyResult<bool> {
        let r = self.set_ref(set)?;
        let (_, pos) = self.hash_and_find(r, key)?;
        match pos {
            Some(p) => {
                if let Obj::Set(s) | Obj::FrozenSet(s) = self.heap.get_mut(r) {
                    s.remove_at(p);
                }
                Ok(true)
            }
            None => Ok(false),
        }
    }
}

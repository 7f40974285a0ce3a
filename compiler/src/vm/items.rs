//! Container protocols: `len`, subscripting (with slices), item assignment, `in`.

use super::Vm;
use super::ops::range_len;
use crate::error::{PyErr, PyResult};
use crate::value::*;

/// A resolved slice over a sequence of known length (CPython's `PySlice_AdjustIndices`).
#[derive(Clone, Copy, Debug)]
pub struct SliceIdx {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIdx {
    /// Clamps converted bounds (None = omitted) to a sequence of length `len`, as CPython's
    /// `PySlice_AdjustIndices`. `step` is not 0.
    pub fn adjust(start: Option<i64>, stop: Option<i64>, step: i64, len: usize) -> SliceIdx {
        // As CPython: a step of -2**63 would not negate.
        let step = step.max(-i64::MAX);
        let len = len as i64;
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let clamp = |v: i64| -> i64 { if v < 0 { v.saturating_add(len).max(lower) } else { v.min(upper) } };
        let start = start.map_or(if step < 0 { upper } else { lower }, clamp);
        let stop = stop.map_or(if step < 0 { lower } else { upper }, clamp);
        let n = if step < 0 {
            if stop < start { (start - stop - 1) / (-step) + 1 } else { 0 }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        SliceIdx { start, stop, step, len: n as usize }
    }

    /// Indices selected by the slice, in order.
    pub fn indices(self) -> impl Iterator<Item = usize> {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

/// `range(start, _, step)[sl]` as `(start, stop, step)`. Bounds past i64 (a huge slice step)
/// are only reached by slices of at most one item, which keep their items with step ±1.
fn range_slice(start: i64, step: i64, sl: SliceIdx) -> (i64, i64, i64) {
    let nstart = start as i128 + sl.start as i128 * step as i128;
    let nstep = step as i128 * sl.step as i128;
    let nstop = nstart + sl.len as i128 * nstep;
    match (i64::try_from(nstart), i64::try_from(nstop), i64::try_from(nstep)) {
        (Ok(a), Ok(b), Ok(c)) => (a, b, c),
        _ => {
            let first = if sl.len == 0 { start } else { nstart as i64 };
            let unit = nstep.signum() as i64;
            (first, first + sl.len.min(1) as i64 * unit, unit)
        }
    }
}

impl Vm {
    /// Resolves slice object `s` against a sequence of length `len`. Bounds are converted
    /// step first, then start, then stop (the order CPython calls `__index__` in).
    pub fn slice_indices(&mut self, s: Value, len: usize) -> PyResult<SliceIdx> {
        let [start, stop, step] = match s {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Slice(parts) => **parts,
                _ => return Err(PyErr::type_error("expected slice")),
            },
            _ => return Err(PyErr::type_error("expected slice")),
        };
        let step = if step.is_none() { 1 } else { self.slice_index(step)? };
        if step == 0 {
            return Err(PyErr::value_error("slice step cannot be zero"));
        }
        let start = if start.is_none() { None } else { Some(self.slice_index(start)?) };
        let stop = if stop.is_none() { None } else { Some(self.slice_index(stop)?) };
        Ok(SliceIdx::adjust(start, stop, step, len))
    }

    /// A slice bound: ints (big ones saturate), or `__index__` (whose errors propagate).
    fn slice_index(&mut self, v: Value) -> PyResult<i64> {
        if let Some(i) = self.saturated_int(v) {
            return Ok(i);
        }
        if let Some(i) = self.call_dunder_opt(v, "__index__", &[])? {
            return self
                .saturated_int(i)
                .ok_or_else(|| PyErr::type_error(format!("__index__ returned non-int (type {})", self.type_name(i))));
        }
        Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method"))
    }

    /// An int (or bool) as i64, big ones saturated; `None` for anything else.
    fn saturated_int(&self, v: Value) -> Option<i64> {
        use num_traits::{Signed, ToPrimitive};
        match v {
            Value::Int(i) => Some(i),
            Value::Bool(b) => Some(b as i64),
            _ => self
                .to_bigint(v)
                .map(|b| b.to_i64().unwrap_or(if b.is_negative() { i64::MIN / 2 } else { i64::MAX / 2 })),
        }
    }

    fn is_slice(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Slice(_)))
    }

    /// Normalises a (possibly negative) index; `None` when out of range.
    fn seq_index(&mut self, key: Value, len: usize, what: &str) -> PyResult<Option<usize>> {
        let i = match key {
            Value::Int(i) => i,
            Value::Bool(b) => b as i64,
            _ => {
                if self.to_bigint(key).is_some() {
                    return Err(PyErr::index_error("cannot fit 'int' into an index-sized integer".to_string()));
                }
                match self.index_i64(key) {
                    Ok(i) => i,
                    // Errors raised by a user `__index__` propagate unchanged.
                    Err(e) if self.lookup_mro(self.type_of(key), "__index__").is_some() => return Err(e),
                    Err(_) => {
                        return Err(PyErr::type_error(format!(
                            "{what} indices must be integers or slices, not {}",
                            self.type_name(key)
                        )));
                    }
                }
            }
        };
        let i = if i < 0 { i + len as i64 } else { i };
        Ok(if i >= 0 && (i as usize) < len { Some(i as usize) } else { None })
    }

    /// `len(v)` as Python sees it: a `Py_ssize_t`, 64 bits on every target (as on 64-bit
    /// CPython), so `len(range(2**40))` works on wasm32 too.
    pub fn py_len(&mut self, v: Value) -> PyResult<i64> {
        if let Value::Obj(r) = v {
            match self.heap.get(r) {
                Obj::Str(s) => return Ok(s.char_len() as i64),
                Obj::List(l) | Obj::Tuple(l) => return Ok(l.len() as i64),
                Obj::Dict(d) => return Ok(d.len() as i64),
                Obj::Set(s) | Obj::FrozenSet(s) => return Ok(s.len() as i64),
                Obj::Bytes(b) | Obj::ByteArray(b) => return Ok(b.len() as i64),
                Obj::Range { start, stop, step } => {
                    let n = crate::builtins::functions::range::range_length(*start, *stop, *step);
                    return i64::try_from(n)
                        .map_err(|_| PyErr::overflow_error("Python int too large to convert to C ssize_t"));
                }
                Obj::BigRange(b) => {
                    let n = crate::builtins::functions::bigrange::length(b);
                    return i64::try_from(n)
                        .map_err(|_| PyErr::overflow_error("Python int too large to convert to C ssize_t"));
                }
                _ => {}
            }
            if let Some(n) = self.call_dunder_opt(v, "__len__", &[])? {
                let n = match n {
                    Value::Int(i) => i,
                    Value::Bool(b) => b as i64,
                    _ => {
                        if self.to_bigint(n).is_some() {
                            return Err(PyErr::overflow_error("cannot fit 'int' into an index-sized integer"));
                        }
                        return Err(PyErr::type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            self.type_name(n)
                        )));
                    }
                };
                if n < 0 {
                    return Err(PyErr::value_error("__len__() should return >= 0"));
                }
                return Ok(n);
            }
        }
        Err(PyErr::type_error(format!("object of type '{}' has no len()", self.type_name(v))))
    }

    /// `len(v)` for Rust code that indexes or allocates with it.
    pub fn len(&mut self, v: Value) -> PyResult<usize> {
        let n = self.py_len(v)?;
        usize::try_from(n).map_err(|_| PyErr::overflow_error("Python int too large to convert to C ssize_t"))
    }

    pub fn getitem(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        let Value::Obj(r) = obj else {
            return Err(self.not_subscriptable(obj));
        };
        match self.heap.get(r) {
            Obj::List(l) | Obj::Tuple(l) => {
                let is_list = matches!(self.heap.get(r), Obj::List(_));
                if let Value::Int(i) = key {
                    let len = l.len() as i64;
                    let j = if i < 0 { i + len } else { i };
                    if j >= 0 && j < len {
                        return Ok(l[j as usize]);
                    }
                    let what = if is_list { "list" } else { "tuple" };
                    return Err(PyErr::index_error(format!("{what} index out of range")));
                }
                let len = l.len();
                let what = if is_list { "list" } else { "tuple" };
                if self.is_slice(key) {
                    let sl = self.slice_indices(key, len)?;
                    return Ok(self.slice_of(obj, sl));
                }
                match self.seq_index(key, len, what)? {
                    Some(i) => Ok(self.heap.seq_items(obj).map(|l| l[i]).unwrap_or(Value::None)),
                    None => Err(PyErr::index_error(format!("{what} index out of range"))),
                }
            }
            Obj::Dict(_) => match self.dict_get(obj, key)? {
                Some(v) => Ok(v),
                None => Err(PyErr::key_error(key)),
            },
            Obj::Str(s) => {
                let len = s.char_len();
                if self.is_slice(key) {
                    let sl = self.slice_indices(key, len)?;
                    return Ok(self.slice_of(obj, sl));
                }
                if !matches!(key, Value::Int(_) | Value::Bool(_))
                    && self.to_bigint(key).is_none()
                    && self.index_i64(key).is_err()
                {
                    return Err(PyErr::type_error(format!(
                        "string indices must be integers, not '{}'",
                        self.type_name(key)
                    )));
                }
                match self.seq_index(key, len, "string")? {
                    Some(i) => {
                        let c = self.heap.pystr(obj).and_then(|s| s.char_at(i)).unwrap_or('\0');
                        Ok(self.new_char(c))
                    }
                    None => Err(PyErr::index_error("string index out of range")),
                }
            }
            Obj::Bytes(b) | Obj::ByteArray(b) => {
                let is_bytes = matches!(self.heap.get(r), Obj::Bytes(_));
                let len = b.len();
                if self.is_slice(key) {
                    let sl = self.slice_indices(key, len)?;
                    return Ok(self.slice_of(obj, sl));
                }
                let what = if is_bytes { "byte" } else { "bytearray" };
                match self.seq_index(key, len, what)? {
                    Some(i) => Ok(Value::Int(self.heap.bytes(obj).map(|b| b[i]).unwrap_or(0) as i64)),
                    None => Err(PyErr::index_error(if is_bytes {
                        "index out of range"
                    } else {
                        "bytearray index out of range"
                    })),
                }
            }
            Obj::BigRange(b) => {
                let b = (**b).clone();
                crate::builtins::functions::bigrange::getitem(self, &b, key)
            }
            Obj::Range { start, stop, step } => {
                let (start, stop, step) = (*start, *stop, *step);
                let len = range_len(start, stop, step) as usize;
                if self.is_slice(key) {
                    let sl = self.slice_indices(key, len)?;
                    let (start, stop, step) = range_slice(start, step, sl);
                    return Ok(self.alloc(Obj::Range { start, stop, step }));
                }
                // Index in i128: a range can hold up to 2**64 - 1 items (more than usize on
                // wasm32, more than i64 anywhere).
                let n = crate::builtins::functions::range::range_length(start, stop, step);
                let i = match key {
                    Value::Int(i) => i,
                    _ => self.index_i64(key).map_err(|_| {
                        PyErr::type_error(format!(
                            "range indices must be integers or slices, not {}",
                            self.type_name(key)
                        ))
                    })?,
                };
                let i = if i < 0 { i as i128 + n } else { i as i128 };
                if i < 0 || i >= n {
                    return Err(PyErr::index_error("range object index out of range"));
                }
                // An item lies between start and stop, so it fits in i64.
                Ok(Value::Int((start as i128 + i * step as i128) as i64))
            }
            Obj::Instance(_) => {
                if let Some(v) = self.tuple_subclass_item(obj, key) {
                    return Ok(v);
                }
                let cls = self.type_of(obj);
                let f = self.lookup_mro(cls, "__getitem__");
                let bv = self.builtin_value(obj);
                let native = f.is_some_and(|f| self.is_native(f));
                if native && !bv.is(obj) && self.heap.dict(bv).is_some() {
                    // dict subclasses: `__missing__` is looked up on the subclass.
                    return match self.dict_get(bv, key)? {
                        Some(v) => Ok(v),
                        None => match self.call_dunder_opt(obj, "__missing__", &[key])? {
                            Some(v) => Ok(v),
                            None => Err(PyErr::key_error(key)),
                        },
                    };
                }
                if let Some(v) = self.call_dunder_opt(obj, "__getitem__", &[key])? {
                    return Ok(v);
                }
                Err(self.not_subscriptable(obj))
            }
            Obj::Class(_) => {
                let meta = self.type_of(obj);
                if meta != self.types.type_
                    && let Some(f) = self.lookup_mro(meta, "__getitem__")
                {
                    return self.call_pos(f, vec![obj, key]);
                }
                if let Some(f) = self.getattr_opt(obj, "__class_getitem__")? {
                    return self.call_pos(f, vec![key]);
                }
                if self.is_builtin_generic(r) {
                    return crate::modules::generic_alias::new_alias(self, obj, key);
                }
                Err(PyErr::type_error(format!("type '{}' is not subscriptable", self.class_name(r))))
            }
            _ => Err(self.not_subscriptable(obj)),
        }
    }

    fn is_builtin_generic(&self, cls: ObjRef) -> bool {
        let t = &self.types;
        [t.list, t.dict, t.tuple, t.set, t.frozenset, t.type_].contains(&cls)
    }

    #[cold]
    fn not_subscriptable(&self, obj: Value) -> PyErr {
        PyErr::type_error(format!("'{}' object is not subscriptable", self.type_name(obj)))
    }

    /// A one-character string (ASCII ones are shared, without building a `Box<str>` first).
    pub fn new_char(&mut self, c: char) -> Value {
        if c.is_ascii()
            && let Some(&v) = self.ascii_strs.get(c as usize)
        {
            return v;
        }
        let mut buf = [0u8; 4];
        let s: &str = c.encode_utf8(&mut buf);
        self.new_str(s)
    }

    pub fn setitem(&mut self, obj: Value, key: Value, value: Value) -> PyResult<()> {
        let Value::Obj(r) = obj else {
            return Err(self.no_item_assignment(obj));
        };
        match self.heap.get(r) {
            Obj::List(l) => {
                let len = l.len();
                if let Value::Int(i) = key {
                    let j = if i < 0 { i + len as i64 } else { i };
                    if j >= 0 && (j as usize) < len {
                        if let Obj::List(l) = self.heap.get_mut(r) {
                            l[j as usize] = value;
                        }
                        return Ok(());
                    }
                    return Err(PyErr::index_error("list assignment index out of range"));
                }
                if self.is_slice(key) {
                    return self.list_set_slice(r, key, value);
                }
                match self.seq_index(key, len, "list")? {
                    Some(i) => {
                        if let Obj::List(l) = self.heap.get_mut(r) {
                            l[i] = value;
                        }
                        Ok(())
                    }
                    None => Err(PyErr::index_error("list assignment index out of range")),
                }
            }
            Obj::Dict(_) => self.dict_set(obj, key, value),
            Obj::ByteArray(b) => {
                let len = b.len();
                if self.is_slice(key) {
                    let sl = self.slice_indices(key, len)?;
                    let new: Vec<u8> = match self.heap.bytes(value) {
                        Some(b) => b.to_vec(),
                        None => {
                            let items = self.collect(value)?;
                            let mut out = Vec::with_capacity(items.len());
                            for it in items {
                                out.push(self.byte_value(it)?);
                            }
                            out
                        }
                    };
                    if sl.step == 1 {
                        if let Obj::ByteArray(b) = self.heap.get_mut(r) {
                            let end = (sl.start as usize + sl.len).min(b.len());
                            b.splice(sl.start as usize..end, new);
                        }
                        return Ok(());
                    }
                    if new.len() != sl.len {
                        return Err(PyErr::value_error(format!(
                            "attempt to assign bytes of size {} to extended slice of size {}",
                            new.len(),
                            sl.len
                        )));
                    }
                    if let Obj::ByteArray(b) = self.heap.get_mut(r) {
                        for (i, v) in sl.indices().zip(new) {
                            b[i] = v;
                        }
                    }
                    return Ok(());
                }
                let v = self.byte_value(value)?;
                match self.seq_index(key, len, "bytearray")? {
                    Some(i) => {
                        if let Obj::ByteArray(b) = self.heap.get_mut(r) {
                            b[i] = v;
                        }
                        Ok(())
                    }
                    None => Err(PyErr::index_error("bytearray index out of range")),
                }
            }
            Obj::Instance(_) => {
                if self.call_dunder_opt(obj, "__setitem__", &[key, value])?.is_some() {
                    return Ok(());
                }
                let bv = self.builtin_value(obj);
                if !bv.is(obj) {
                    return self.setitem(bv, key, value);
                }
                Err(self.no_item_assignment(obj))
            }
            _ => Err(self.no_item_assignment(obj)),
        }
    }

    fn byte_value(&mut self, v: Value) -> PyResult<u8> {
        let i = self.index_i64(v)?;
        if !(0..=255).contains(&i) {
            return Err(PyErr::value_error("byte must be in range(0, 256)"));
        }
        Ok(i as u8)
    }

    fn list_set_slice(&mut self, r: ObjRef, key: Value, value: Value) -> PyResult<()> {
        let len = match self.heap.get(r) {
            Obj::List(l) => l.len(),
            _ => 0,
        };
        let sl = self.slice_indices(key, len)?;
        self.list_assign(r, sl, value)
    }

    #[cold]
    fn no_item_assignment(&self, obj: Value) -> PyErr {
        PyErr::type_error(format!("'{}' object does not support item assignment", self.type_name(obj)))
    }

    pub fn delitem(&mut self, obj: Value, key: Value) -> PyResult<()> {
        let Value::Obj(r) = obj else {
            return Err(self.no_item_deletion(obj, key));
        };
        match self.heap.get(r) {
            Obj::List(_) | Obj::ByteArray(_) => {
                let len = match self.heap.get(r) {
                    Obj::List(l) => l.len(),
                    Obj::ByteArray(b) => b.len(),
                    _ => 0,
                };
                let is_list = matches!(self.heap.get(r), Obj::List(_));
                if self.is_slice(key) {
                    let sl = self.slice_indices(key, len)?;
                    self.delete_resolved(r, sl);
                    return Ok(());
                }
                let what = if is_list { "list" } else { "bytearray" };
                match self.seq_index(key, len, what)? {
                    Some(i) => {
                        match self.heap.get_mut(r) {
                            Obj::List(l) => {
                                l.remove(i);
                            }
                            Obj::ByteArray(b) => {
                                b.remove(i);
                            }
                            _ => {}
                        }
                        Ok(())
                    }
                    None => Err(PyErr::index_error(format!("{what} assignment index out of range"))),
                }
            }
            Obj::Dict(_) => match self.dict_del(obj, key)? {
                Some(_) => Ok(()),
                None => Err(PyErr::key_error(key)),
            },
            Obj::Instance(_) => {
                if self.call_dunder_opt(obj, "__delitem__", &[key])?.is_some() {
                    return Ok(());
                }
                let bv = self.builtin_value(obj);
                if !bv.is(obj) {
                    return self.delitem(bv, key);
                }
                Err(self.no_item_deletion(obj, key))
            }
            _ => Err(self.no_item_deletion(obj, key)),
        }
    }

    #[cold]
    fn no_item_deletion(&self, obj: Value, key: Value) -> PyErr {
        // CPython words it two ways: types with sequence slots deleting an integer index fail
        // in `PySequence_DelItem` ("doesn't"), everything else in `PyObject_DelItem`.
        let sequence_slots = matches!(
            obj.as_obj().map(|r| self.heap.get(r)),
            Some(
                Obj::Tuple(_)
                    | Obj::Str(_)
                    | Obj::Bytes(_)
                    | Obj::Range { .. }
                    | Obj::BigRange(_)
                    | Obj::Set(_)
                    | Obj::FrozenSet(_)
            ) | Some(Obj::Instance(_))
        );
        let index_like = matches!(key, Value::Int(_) | Value::Bool(_))
            || self.to_bigint(key).is_some()
            || self.lookup_mro(self.type_of(key), "__index__").is_some();
        let verb = if sequence_slots && index_like { "doesn't" } else { "does not" };
        PyErr::type_error(format!("'{}' object {verb} support item deletion", self.type_name(obj)))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        let Value::Obj(r) = container else {
            return Err(self.not_iterable_for_in(container));
        };
        // `key in set` / `key in dict` with a str, int or tuple key: no hash call, no
        // receiver check, no candidate list.
        if let Some((_, pos)) = self.find_key_native(r, item) {
            return Ok(pos.is_some());
        }
        match self.heap.get(r) {
            Obj::List(_) | Obj::Tuple(_) => {
                let mut i = 0;
                loop {
                    let x = match self.heap.seq_items(container) {
                        Some(l) if i < l.len() => l[i],
                        _ => return Ok(false),
                    };
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
            }
            Obj::Str(s) => match self.heap.str_of(item) {
                Some(needle) => Ok(s.as_str().contains(needle)),
                None => Err(PyErr::type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(item)
                ))),
            },
            Obj::Dict(_) => Ok(self.dict_get(container, item)?.is_some()),
            Obj::Set(_) | Obj::FrozenSet(_) => self.set_contains(container, item),
            Obj::Bytes(b) | Obj::ByteArray(b) => {
                if let Some(needle) = self.heap.bytes(item) {
                    let n = needle.to_vec();
                    let hay = self.heap.bytes(container).unwrap_or(&[]);
                    return Ok(n.is_empty() || hay.windows(n.len()).any(|w| w == &n[..]));
                }
                let _ = b;
                let v = match item {
                    Value::Int(_) | Value::Bool(_) => self.index_i64(item)?,
                    _ if self.to_bigint(item).is_some() => {
                        return Err(PyErr::value_error("byte must be in range(0, 256)"));
                    }
                    _ => match self.index_i64(item) {
                        Ok(v) => v,
                        Err(_) => {
                            return Err(PyErr::type_error(format!(
                                "a bytes-like object is required, not '{}'",
                                self.type_name(item)
                            )));
                        }
                    },
                };
                if !(0..=255).contains(&v) {
                    return Err(PyErr::value_error("byte must be in range(0, 256)"));
                }
                Ok(self.heap.bytes(container).unwrap_or(&[]).contains(&(v as u8)))
            }
            Obj::BigRange(b) => {
                let b = (**b).clone();
                let found = crate::builtins::functions::bigrange::contains(self, &b, item)?;
                Ok(matches!(found, Value::Bool(true)))
            }
            Obj::Range { start, stop, step } => {
                let (start, stop, step) = (*start, *stop, *step);
                let i = match item {
                    Value::Int(i) => i,
                    Value::Bool(b) => b as i64,
                    _ => {
                        return self.contains_by_iteration(container, item);
                    }
                };
                let inside = if step > 0 { i >= start && i < stop } else { i <= start && i > stop };
                Ok(inside && (i - start) % step == 0)
            }
            _ => {
                if let Some(v) = self.call_dunder_opt(container, "__contains__", &[item])? {
                    return self.truthy(v);
                }
                let bv = self.builtin_value(container);
                if !bv.is(container) {
                    return self.contains(bv, item);
                }
                self.contains_by_iteration(container, item)
            }
        }
    }

    fn contains_by_iteration(&mut self, container: Value, item: Value) -> PyResult<bool> {
        let it = match self.iter(container) {
            Ok(it) => it,
            Err(_) => return Err(self.not_iterable_for_in(container)),
        };
        while let Some(x) = self.next(it)? {
            if self.eq(x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    #[cold]
    fn not_iterable_for_in(&self, v: Value) -> PyErr {
        PyErr::type_error(format!("argument of type '{}' is not iterable", self.type_name(v)))
    }
}

/// `seq[i]` for a list or tuple and an in-range int index, without the item protocol
/// (`None`: anything else, for `getitem`).
#[inline]
pub(super) fn fast_seq_item(heap: &Heap, obj: Value, key: Value) -> Option<Value> {
    let (Value::Obj(r), Value::Int(i)) = (obj, key) else { return None };
    let (Obj::List(l) | Obj::Tuple(l)) = heap.get(r) else { return None };
    let j = if i < 0 { i.checked_add(l.len() as i64)? } else { i };
    l.get(usize::try_from(j).ok()?).copied()
}

/// `list[i] = v` for an in-range int index; false when `setitem` must do it.
#[inline]
pub(super) fn fast_list_store(heap: &mut Heap, obj: Value, key: Value, v: Value) -> bool {
    let (Value::Obj(r), Value::Int(i)) = (obj, key) else { return false };
    let Obj::List(l) = heap.get_mut(r) else { return false };
    let j = if i < 0 { i.wrapping_add(l.len() as i64) } else { i };
    match usize::try_from(j).ok().and_then(|j| l.get_mut(j)) {
        Some(slot) => {
            *slot = v;
            true
        }
        None => false,
    }
}

/// The hash of an int or str key, the kinds a dict fast path takes (no Python code runs to
/// hash or compare them).
#[inline]
fn simple_key_hash(heap: &Heap, key: Value) -> Option<i64> {
    match key {
        Value::Int(i) => Some(crate::value::hash::hash_int(i)),
        Value::Obj(k) => match heap.get(k) {
            Obj::Str(s) => Some(s.hash()),
            _ => None,
        },
        _ => None,
    }
}

/// The value of the int or str `key` in the exact dict `obj`, `Some(None)` when it is surely
/// missing; `None` when this cannot tell (another object or key kind, or a stored key whose
/// comparison needs Python code).
#[inline]
pub(super) fn simple_dict_lookup(heap: &Heap, obj: Value, key: Value) -> Option<Option<Value>> {
    let Value::Obj(r) = obj else { return None };
    let Obj::Dict(d) = heap.get(r) else { return None };
    let h = simple_key_hash(heap, key)?;
    match d.find(h, |k| simple_key_eq(heap, k, key))? {
        Some(pos) => Some(Some(d.entry_at(pos)?.value)),
        None => Some(None),
    }
}

/// `fast_eq` for a stored key and an int or str key: two ints compared inline.
#[inline(always)]
fn simple_key_eq(heap: &Heap, stored: Value, key: Value) -> Option<bool> {
    match (stored, key) {
        (Value::Int(a), Value::Int(b)) => Some(a == b),
        _ => super::ops::fast_eq(heap, stored, key, 0),
    }
}

/// `dict[key]` for an exact dict holding the int or str `key` (`None`: anything else, or a
/// missing key, for `getitem`). Out of line, as `getitem` is: the list fast path before it
/// keeps `dispatch` small.
#[inline(never)]
#[cfg_attr(edge_speed, optimize(speed))]
pub(super) fn fast_dict_item(heap: &Heap, obj: Value, key: Value) -> Option<Value> {
    simple_dict_lookup(heap, obj, key).flatten()
}

/// `dict[key] = v` for an exact dict and an int or str key, when no stored key needs Python
/// code to compare (false: `setitem` must do it).
#[inline(never)]
#[cfg_attr(edge_speed, optimize(speed))]
pub(super) fn fast_dict_store(heap: &mut Heap, obj: Value, key: Value, v: Value) -> bool {
    let Value::Obj(r) = obj else { return false };
    let Obj::Dict(d) = heap.get(r) else { return false };
    let Some(h) = simple_key_hash(heap, key) else { return false };
    let Some(found) = d.find(h, |k| simple_key_eq(heap, k, key)) else { return false };
    let Obj::Dict(d) = heap.get_mut(r) else { return false };
    match found {
        Some(p) => d.set_at(p, v),
        None => d.insert_new(h, key, v),
    }
    true
}

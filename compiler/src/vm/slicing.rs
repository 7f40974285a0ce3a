//! Slicing of the builtin sequences, shared by `obj[slice]` and the slice instructions.
//!
//! `a[i:j]`, `a[i:j] = v` and `del a[i:j]` (and their three-operand forms) compile to
//! `BinarySlice` / `StoreSlice` / `DeleteSlice`, which leave the bounds on the stack. For a
//! list, tuple, str, bytes or bytearray with int/bool/None bounds the result is computed
//! directly; anything else (user classes, `__index__` or big-int bounds, ranges, ...) gets a
//! real `slice` object and the ordinary item protocol, so what user code sees is unchanged.

use super::Vm;
use super::items::SliceIdx;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::*;

/// A bound that needs no conversion: `Some(None)` for None, `Some(Some(i))` for an int or bool.
#[inline]
fn plain_bound(v: Value) -> Option<Option<i64>> {
    match v {
        Value::None => Some(None),
        Value::Int(i) => Some(Some(i)),
        Value::Bool(b) => Some(Some(b as i64)),
        _ => None,
    }
}

/// Resolves plain bounds against `len`; `Ok(None)` when some bound needs the general path.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn resolve_plain([start, stop, step]: [Value; 3], len: usize) -> PyResult<Option<SliceIdx>> {
    let (Some(start), Some(stop), Some(step)) = (plain_bound(start), plain_bound(stop), plain_bound(step)) else {
        return Ok(None);
    };
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    Ok(Some(SliceIdx::adjust(start, stop, step, len)))
}

/// The length of a sequence the fast paths handle.
fn builtin_seq_len(obj: &Obj) -> Option<usize> {
    match obj {
        Obj::List(l) | Obj::Tuple(l) => Some(l.len()),
        Obj::Str(s) => Some(s.char_len()),
        Obj::Bytes(b) | Obj::ByteArray(b) => Some(b.len()),
        _ => None,
    }
}

impl SliceIdx {
    /// Does the slice select every item, in order?
    fn is_whole(self, len: usize) -> bool {
        self.step == 1 && self.start == 0 && self.len == len
    }

    /// Appends the selected items to `out`.
    fn pick_into(self, items: &[Value], out: &mut Vec<Value>) {
        if self.len == 0 {
            return;
        }
        let start = self.start as usize;
        match self.step {
            1 => out.extend_from_slice(&items[start..start + self.len]),
            -1 => out.extend(items[start + 1 - self.len..=start].iter().rev()),
            _ => out.extend(self.indices().map(|i| items[i])),
        }
    }

    /// The selected items (`step == 1` is one copy, `-1` a reversed one).
    fn pick<T: Copy>(self, items: &[T]) -> Vec<T> {
        if self.len == 0 {
            // `start` may be -1 (a reversed slice of nothing).
            return Vec::new();
        }
        let start = self.start as usize;
        match self.step {
            1 => items[start..start + self.len].to_vec(),
            -1 => items[start + 1 - self.len..=start].iter().rev().copied().collect(),
            _ => self.indices().map(|i| items[i]).collect(),
        }
    }
}

impl Vm {
    /// `obj[start:stop:step]` (`step` None for `obj[start:stop]`).
    #[inline(never)] // kept out of `dispatch` (V8 compiles all of it on first call): copying dwarfs a call
    pub fn get_slice(&mut self, obj: Value, bounds: [Value; 3]) -> PyResult<Value> {
        if let Value::Obj(r) = obj
            && let Some(len) = builtin_seq_len(self.heap.get(r))
            && let Some(sl) = resolve_plain(bounds, len)?
        {
            return Ok(self.slice_of(obj, sl));
        }
        let key = self.new_slice(bounds);
        self.getitem(obj, key)
    }

    /// `list[start:stop:step]` as a new list whose items go in `buf` (a spare buffer, taken);
    /// `Ok(None)` when `obj` is not a list or a bound needs converting (`get_slice` then).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub(super) fn list_slice_into(
        &mut self,
        obj: Value,
        bounds: [Value; 3],
        buf: &mut Vec<Value>,
    ) -> PyResult<Option<Value>> {
        let Some(l) = self.heap.list(obj) else { return Ok(None) };
        let Some(sl) = resolve_plain(bounds, l.len())? else { return Ok(None) };
        let mut out = std::mem::take(buf);
        out.clear();
        sl.pick_into(l, &mut out);
        Ok(Some(self.new_list(out)))
    }

    /// `obj[start:stop:step] = value`; true when `obj` was a list that took copies of the
    /// items (no reference to `value` itself was kept).
    #[inline(never)] // kept out of `dispatch` (V8 compiles all of it on first call)
    pub fn set_slice(&mut self, obj: Value, bounds: [Value; 3], value: Value) -> PyResult<bool> {
        if let Value::Obj(r) = obj
            && let Obj::List(l) = self.heap.get(r)
            && let Some(sl) = resolve_plain(bounds, l.len())?
        {
            self.list_assign(r, sl, value)?;
            return Ok(true);
        }
        let key = self.new_slice(bounds);
        self.setitem(obj, key, value)?;
        Ok(false)
    }

    /// `del obj[start:stop:step]`.
    #[inline(never)] // rare: kept out of `dispatch` (V8 compiles all of it on first call)
    pub fn del_slice(&mut self, obj: Value, bounds: [Value; 3]) -> PyResult<()> {
        if let Value::Obj(r) = obj
            && let len @ Some(_) = match self.heap.get(r) {
                Obj::List(l) => Some(l.len()),
                Obj::ByteArray(b) => Some(b.len()),
                _ => None,
            }
            && let Some(sl) = resolve_plain(bounds, len.unwrap_or(0))?
        {
            self.delete_resolved(r, sl);
            return Ok(());
        }
        let key = self.new_slice(bounds);
        self.delitem(obj, key)
    }

    fn new_slice(&mut self, bounds: [Value; 3]) -> Value {
        self.alloc(Obj::Slice(Box::new(bounds)))
    }

    /// The items of a list, tuple, str, bytes or bytearray that `sl` selects, as a new object
    /// of the same type (an immutable sequence sliced whole is itself, as in CPython).
    pub(super) fn slice_of(&mut self, obj: Value, sl: SliceIdx) -> Value {
        let Value::Obj(r) = obj else { return Value::None };
        match self.heap.get(r) {
            Obj::List(l) => {
                let out = sl.pick(l);
                self.new_list(out)
            }
            Obj::Tuple(l) => {
                if sl.is_whole(l.len()) {
                    return obj;
                }
                let out = sl.pick(l);
                self.new_tuple(out)
            }
            Obj::Str(s) => {
                if sl.is_whole(s.char_len()) {
                    return obj;
                }
                // Pieces of ASCII text are ASCII: no scan of the result for other bytes.
                let (a, b) = (sl.start as usize, sl.start as usize + sl.len);
                let out: StrText = if sl.step == 1
                    && s.is_ascii()
                    && let Some(piece) = s.as_str().get(a..b)
                {
                    StrText::ascii(piece)
                } else if sl.step == 1 {
                    s.slice_chars(a, b).into()
                } else if s.is_ascii() {
                    StrText::ascii_owned(sl.pick(s.as_str().as_bytes()).into_iter().map(char::from).collect())
                } else {
                    let chars: Vec<char> = s.as_str().chars().collect();
                    sl.pick(&chars).into_iter().collect::<String>().into()
                };
                self.new_str(out)
            }
            Obj::Bytes(b) => {
                if sl.is_whole(b.len()) {
                    return obj;
                }
                let out = sl.pick(b);
                self.new_bytes(out)
            }
            Obj::ByteArray(b) => {
                let out = sl.pick(b);
                self.new_bytearray(out)
            }
            _ => Value::None,
        }
    }

    /// `list[sl] = value`: a list or tuple is copied from in place (no temporary), anything
    /// else is collected first.
    pub(super) fn list_assign(&mut self, r: ObjRef, sl: SliceIdx, value: Value) -> PyResult<()> {
        let borrowed = !Value::Obj(r).is(value) && self.heap.seq_items(value).is_some();
        if borrowed {
            check_extended_size(sl, self.heap.seq_items(value).map_or(0, <[Value]>::len))?;
            // Take the target out of the heap so the source can be read while it is written.
            let mut target = self.heap.take(r);
            if let Obj::List(l) = &mut target {
                splice_resolved(l, sl, self.heap.seq_items(value).unwrap_or(&[]));
            }
            self.heap.put_back(r, target);
            return Ok(());
        }
        let new = if Value::Obj(r).is(value) {
            self.heap.list(value).cloned().unwrap_or_default()
        } else {
            self.collect(value).map_err(|e| {
                if self.err_matches(&e, ExcKind::TypeError) {
                    PyErr::type_error("must assign iterable to extended slice")
                } else {
                    e
                }
            })?
        };
        check_extended_size(sl, new.len())?;
        if let Obj::List(l) = self.heap.get_mut(r) {
            splice_resolved(l, sl, &new);
        }
        Ok(())
    }

    /// `del seq[sl]` for a list or bytearray.
    pub(super) fn delete_resolved(&mut self, r: ObjRef, sl: SliceIdx) {
        match self.heap.get_mut(r) {
            Obj::List(l) => delete_items(l, sl),
            Obj::ByteArray(b) => delete_items(b, sl),
            _ => {}
        }
    }
}

/// An extended slice (step other than 1) must be assigned exactly as many items as it selects.
fn check_extended_size(sl: SliceIdx, given: usize) -> PyResult<()> {
    if sl.step != 1 && given != sl.len {
        return Err(PyErr::value_error(format!(
            "attempt to assign sequence of size {given} to extended slice of size {}",
            sl.len
        )));
    }
    Ok(())
}

/// Replaces the items `sl` selects by `new` (sizes already checked for extended slices).
fn splice_resolved(l: &mut Vec<Value>, sl: SliceIdx, new: &[Value]) {
    if sl.step != 1 {
        for (i, &v) in sl.indices().zip(new) {
            l[i] = v;
        }
        return;
    }
    let start = (sl.start.max(0) as usize).min(l.len());
    let end = (start + sl.len).min(l.len());
    if end - start == new.len() {
        l[start..end].copy_from_slice(new);
    } else {
        l.splice(start..end, new.iter().copied());
    }
}

/// Removes the items `sl` selects, shifting each survivor once.
fn delete_items<T: Copy>(v: &mut Vec<T>, sl: SliceIdx) {
    if sl.len == 0 {
        return;
    }
    // The same items walked upwards: first index and a positive stride.
    let (first, stride) = if sl.step > 0 {
        (sl.start as usize, sl.step as usize)
    } else {
        ((sl.start + (sl.len as i64 - 1) * sl.step) as usize, sl.step.unsigned_abs() as usize)
    };
    if stride == 1 {
        v.drain(first..first + sl.len);
        return;
    }
    let last = first + (sl.len - 1) * stride;
    let mut write = first;
    for read in first..v.len() {
        if read <= last && (read - first) % stride == 0 {
            continue;
        }
        v[write] = v[read];
        write += 1;
    }
    v.truncate(write);
}

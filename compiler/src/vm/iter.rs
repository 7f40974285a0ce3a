//! The iterator protocol and generators.

use std::rc::Rc;

use super::call::Exit;
use super::{Frame, Vm};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::*;

impl Vm {
    /// `GetIter`: `iter(v)`, marked as the loop's own when the `ForIter` right after it
    /// (`for_loop`) is all that will ever hold it: a new iterator over a built-in sequence or
    /// range (not one a comprehension gets as its argument, nor an iterator passed through).
    /// The loop frees it when it ends (`free_loop_iter`), so a loop run over and over (an
    /// inner loop, or one left by `break`) allocates no object and leaves no garbage.
    #[inline(never)]
    pub(crate) fn loop_iter(&mut self, v: Value, for_loop: bool) -> PyResult<Value> {
        let state = match v {
            Value::Obj(r) if for_loop => match self.heap.get(r) {
                Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::ByteArray(_) => {
                    IterState::Seq { seq: r, idx: 0, owned: true }
                }
                Obj::Range { start, stop, step } => {
                    IterState::Range { cur: *start, stop: *stop, step: *step, owned: true }
                }
                // `for c in self.constraints` over a list subclass that keeps list's
                // `__iter__`: its list's iterator, the loop's own as for a plain list.
                Obj::Instance(_) => match self.inherited_builtin_iter(v) {
                    Some(Value::Obj(seq)) if matches!(self.heap.get(seq), Obj::List(_) | Obj::Tuple(_)) => {
                        IterState::Seq { seq, idx: 0, owned: true }
                    }
                    _ => return self.iter(v),
                },
                _ => return self.iter(v),
            },
            _ => return self.iter(v),
        };
        Ok(self.owned_iter(state))
    }

    /// The built-in value inside `v`, an instance of a subclass of a built-in container
    /// (a `list` subclass, `Counter`, `defaultdict`), when its class keeps the base's
    /// `__iter__`: iterating `v` is iterating that value, without the call.
    fn inherited_builtin_iter(&self, v: Value) -> Option<Value> {
        let Value::Obj(r) = v else { return None };
        let Obj::Instance(inst) = self.heap.get(r) else { return None };
        let Payload::Builtin(base) = inst.payload else { return None };
        let base_cls = self.type_of(base);
        let f = self.lookup_special(inst.class, "__iter__")?;
        // As `builtin_value`: only a class derived from the payload's type iterates it.
        let same = self.is_native(f)
            && self.lookup_special(base_cls, "__iter__").is_some_and(|g| g.is(f))
            && self.is_subclass(inst.class, base_cls);
        same.then_some(base)
    }

    /// A new loop-owned iterator, in the state box the last freed one left.
    pub(crate) fn owned_iter(&mut self, state: IterState) -> Value {
        let boxed = match self.spare_iter.take() {
            Some(mut b) => {
                *b = state;
                b
            }
            None => Box::new(state),
        };
        self.alloc(Obj::Iter(boxed))
    }

    /// A `for` loop's iterator leaving the stack (exhausted, or the loop left by `break` or
    /// `return`): freed at once when the loop owns it (`loop_iter`).
    #[inline(never)]
    pub(crate) fn free_loop_iter(&mut self, it: Value) {
        let Value::Obj(r) = it else { return };
        let Obj::Iter(state) = self.heap.get(r) else { return };
        if let IterState::Seq { owned: true, .. } | IterState::Range { owned: true, .. } = **state {
            self.spare_iter = self.heap.free_iter(r);
        }
    }

    /// `ForIter`'s step over an iterator over a list, a tuple, a bytes-like or an int range:
    /// `Some(Some(item))`, or `Some(None)` at the end of the loop's own one, which is freed
    /// here for the next loop (`free_loop_iter`). `None`: any other iterator, or the end of
    /// one the loop does not own (`next_fast` decides).
    #[inline(always)]
    pub(crate) fn loop_step(&mut self, it: Value) -> Option<Option<Value>> {
        let Value::Obj(r) = it else { return None };
        let Obj::Iter(state) = self.heap.get(r) else { return None };
        let (item, owned) = match **state {
            IterState::Range { cur, stop, step, owned } => {
                let more = (step > 0 && cur < stop) || (step < 0 && cur > stop);
                (more.then_some(Value::Int(cur)), owned)
            }
            IterState::Seq { seq, idx, owned } => match self.heap.get(seq) {
                Obj::List(l) | Obj::Tuple(l) => (l.get(idx).copied(), owned),
                Obj::Bytes(b) | Obj::ByteArray(b) => (b.get(idx).map(|&x| Value::Int(i64::from(x))), owned),
                _ => return None,
            },
            _ => return None,
        };
        let Some(v) = item else {
            if !owned {
                return None;
            }
            self.spare_iter = self.heap.free_iter(r);
            return Some(None);
        };
        if let Obj::Iter(state) = self.heap.get_mut(r) {
            match &mut **state {
                IterState::Range { cur, step, .. } => *cur = cur.wrapping_add(*step),
                IterState::Seq { idx, .. } => *idx += 1,
                _ => {}
            }
        }
        Some(Some(v))
    }

    /// The next item of an iterator over a list, a tuple, a bytes-like or an int range, when
    /// there is one (`None`: any other iterator, or the end: `next_fast` decides). Inlined into `ForIter`,
    /// so the usual loop step is no call (wasm passes `next_fast`'s result through memory).
    #[inline(always)]
    pub(crate) fn next_list_or_range(&mut self, it: Value) -> Option<Value> {
        let Value::Obj(r) = it else { return None };
        let Obj::Iter(state) = self.heap.get(r) else { return None };
        let v = match **state {
            IterState::Range { cur, stop, step, .. } if (step > 0 && cur < stop) || (step < 0 && cur > stop) => {
                Value::Int(cur)
            }
            IterState::Seq { seq, idx, .. } => match self.heap.get(seq) {
                Obj::List(l) | Obj::Tuple(l) => *l.get(idx)?,
                Obj::Bytes(b) | Obj::ByteArray(b) => Value::Int(i64::from(*b.get(idx)?)),
                _ => return None,
            },
            _ => return None,
        };
        if let Obj::Iter(state) = self.heap.get_mut(r) {
            match &mut **state {
                IterState::Range { cur, step, .. } => *cur = cur.wrapping_add(*step),
                IterState::Seq { idx, .. } => *idx += 1,
                _ => {}
            }
        }
        Some(v)
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: Value) -> PyResult<Value> {
        let state = match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::ByteArray(_) => {
                    IterState::Seq { seq: r, idx: 0, owned: false }
                }
                Obj::Str(_) => IterState::Str { s: r, pos: 0 },
                Obj::Dict(d) => IterState::DictKeys { dict: r, pos: 0, len: d.len() },
                Obj::Set(s) | Obj::FrozenSet(s) => IterState::Set { set: r, pos: 0, len: s.len() },
                Obj::Range { start, stop, step } => {
                    IterState::Range { cur: *start, stop: *stop, step: *step, owned: false }
                }
                Obj::Iter(_) | Obj::NativeIter(_) => return Ok(v),
                Obj::Generator(g) if g.kind == GenKind::Generator => return Ok(v),
                // Coroutines and async generators are awaited or iterated with `async for`.
                Obj::Generator(_) => return Err(self.not_iterable(v)),
                Obj::Instance(_) => {
                    if let Some(it) = crate::builtins::dict_methods::iter_view(self, v) {
                        return Ok(it);
                    }
                    return self.iter_instance(v);
                }
                // A class is iterable when its metaclass defines `__iter__` (e.g. enums).
                Obj::Class(_) => return self.iter_instance(v),
                _ => {
                    return self.iter_instance(v);
                }
            },
            _ => return Err(self.not_iterable(v)),
        };
        Ok(self.new_iter(state))
    }

    fn iter_instance(&mut self, v: Value) -> PyResult<Value> {
        let cls = self.type_of(v);
        if let Some(f) = self.lookup_special(cls, "__iter__") {
            if f.is_none() {
                return Err(self.not_iterable(v));
            }
            if let Some(recv) = self.inherited_builtin_iter(v) {
                return self.iter(recv);
            }
            let recv = if self.is_native(f) { self.builtin_value(v) } else { v };
            let it = self.call_pos(f, vec![recv])?;
            let itc = self.type_of(it);
            let is_iter = match it {
                Value::Obj(r) => matches!(self.heap.get(r), Obj::Iter(_) | Obj::NativeIter(_) | Obj::Generator(_)),
                _ => false,
            } || self.lookup_mro(itc, "__next__").is_some();
            if !is_iter {
                return Err(PyErr::type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    self.type_name(it)
                )));
            }
            return Ok(it);
        }
        let bv = self.builtin_value(v);
        if !bv.is(v) {
            return self.iter(bv);
        }
        if self.lookup_mro(cls, "__getitem__").is_some() {
            return Ok(self.new_iter(IterState::GetItem { obj: v, idx: 0 }));
        }
        Err(self.not_iterable(v))
    }

    #[cold]
    fn not_iterable(&self, v: Value) -> PyErr {
        PyErr::type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    /// `next(it)`: `Ok(None)` when exhausted (StopIteration is absorbed).
    pub fn next(&mut self, it: Value) -> PyResult<Option<Value>> {
        self.next_fast(it)
    }

    /// Advances any iterator; the hot path of `for` loops.
    #[cfg_attr(edge_speed, optimize(speed))]
    pub(crate) fn next_fast(&mut self, it: Value) -> PyResult<Option<Value>> {
        if let Some(v) = self.next_list_or_range(it) {
            return Ok(Some(v));
        }
        let Value::Obj(r) = it else {
            return Err(PyErr::type_error(format!("'{}' object is not an iterator", self.type_name(it))));
        };
        // Built-in iterators advance in place.
        let heap = &mut self.heap;
        let step = if let Obj::Iter(state) = heap.get(r) {
            match **state {
                IterState::Range { cur, stop, step, .. } => {
                    if (step > 0 && cur < stop) || (step < 0 && cur > stop) {
                        if let Obj::Iter(s) = heap.get_mut(r)
                            && let IterState::Range { cur, .. } = &mut **s
                        {
                            *cur = cur.wrapping_add(step);
                        }
                        return Ok(Some(Value::Int(cur)));
                    }
                    None
                }
                IterState::Seq { seq, idx, .. } => {
                    let item = match heap.get(seq) {
                        Obj::List(l) | Obj::Tuple(l) => l.get(idx).copied(),
                        Obj::Bytes(b) | Obj::ByteArray(b) => b.get(idx).map(|x| Value::Int(*x as i64)),
                        _ => None,
                    };
                    if let Some(v) = item {
                        if let Obj::Iter(s) = heap.get_mut(r)
                            && let IterState::Seq { idx, .. } = &mut **s
                        {
                            *idx += 1;
                        }
                        return Ok(Some(v));
                    }
                    None
                }
                IterState::Reversed { seq, idx } => {
                    let item = if idx == 0 {
                        None
                    } else {
                        match heap.get(seq) {
                            Obj::List(l) | Obj::Tuple(l) => l.get(idx - 1).copied(),
                            _ => None,
                        }
                    };
                    if let Some(v) = item {
                        if let Obj::Iter(s) = heap.get_mut(r) {
                            **s = IterState::Reversed { seq, idx: idx - 1 };
                        }
                        return Ok(Some(v));
                    }
                    None
                }
                IterState::Str { s, pos } => {
                    let ch = match heap.get(s) {
                        Obj::Str(st) => st.as_str()[pos..].chars().next(),
                        _ => None,
                    };
                    if let Some(c) = ch {
                        if let Obj::Iter(st) = heap.get_mut(r) {
                            **st = IterState::Str { s, pos: pos + c.len_utf8() };
                        }
                        return Ok(Some(self.new_char(c)));
                    }
                    None
                }
                IterState::DictKeys { dict, pos, len }
                | IterState::DictValues { dict, pos, len }
                | IterState::DictItems { dict, pos, len } => {
                    let which = match **state {
                        IterState::DictKeys { .. } => 0,
                        IterState::DictValues { .. } => 1,
                        _ => 2,
                    };
                    let Obj::Dict(d) = heap.get(dict) else { return Ok(None) };
                    if d.len() != len {
                        if let Obj::Iter(s) = heap.get_mut(r) {
                            **s = IterState::Exhausted;
                        }
                        return Err(PyErr::runtime_error("dictionary changed size during iteration"));
                    }
                    let mut p = d.skip_leading_holes(pos);
                    let mut found = None;
                    while p < d.slots() {
                        if let Some(e) = d.entry_at(p) {
                            found = Some((e.key, e.value));
                            p += 1;
                            break;
                        }
                        p += 1;
                    }
                    if let Some((k, v)) = found {
                        if let Obj::Iter(s) = heap.get_mut(r) {
                            **s = match which {
                                0 => IterState::DictKeys { dict, pos: p, len },
                                1 => IterState::DictValues { dict, pos: p, len },
                                _ => IterState::DictItems { dict, pos: p, len },
                            };
                        }
                        return Ok(Some(match which {
                            0 => k,
                            1 => v,
                            _ => self.new_tuple(vec![k, v]),
                        }));
                    }
                    None
                }
                IterState::Set { set, pos, len } => {
                    let (Obj::Set(s) | Obj::FrozenSet(s)) = heap.get(set) else { return Ok(None) };
                    if s.len() != len {
                        if let Obj::Iter(st) = heap.get_mut(r) {
                            **st = IterState::Exhausted;
                        }
                        return Err(PyErr::runtime_error("Set changed size during iteration"));
                    }
                    let mut p = pos;
                    let mut found = None;
                    while p < s.slots() {
                        if let Some((_, k)) = s.entry_at(p) {
                            found = Some(k);
                            p += 1;
                            break;
                        }
                        p += 1;
                    }
                    if let Some(k) = found {
                        if let Obj::Iter(st) = heap.get_mut(r) {
                            **st = IterState::Set { set, pos: p, len };
                        }
                        return Ok(Some(k));
                    }
                    None
                }
                IterState::GetItem { obj, idx } => Some((obj, idx, Value::None, 0)),
                IterState::Callable { func, sentinel } => Some((func, -1, sentinel, 1)),
                IterState::Exhausted => None,
            }
            .map(Some)
        } else {
            Some(None)
        };
        match step {
            // A built-in iterator that just ran out. A loop's own keeps its state: the loop
            // frees it now (`free_loop_iter` recycles only those), and nothing else sees it.
            None => {
                if let Obj::Iter(s) = self.heap.get_mut(r)
                    && !matches!(**s, IterState::Seq { owned: true, .. } | IterState::Range { owned: true, .. })
                {
                    **s = IterState::Exhausted;
                }
                Ok(None)
            }
            Some(Some((obj, idx, sentinel, kind))) => {
                if kind == 0 {
                    match self.getitem(obj, Value::Int(idx)) {
                        Ok(v) => {
                            if let Obj::Iter(s) = self.heap.get_mut(r) {
                                **s = IterState::GetItem { obj, idx: idx + 1 };
                            }
                            Ok(Some(v))
                        }
                        Err(e)
                            if self.err_matches(&e, ExcKind::IndexError)
                                || self.err_matches(&e, ExcKind::StopIteration) =>
                        {
                            if let Obj::Iter(s) = self.heap.get_mut(r) {
                                **s = IterState::Exhausted;
                            }
                            Ok(None)
                        }
                        Err(e) => Err(e),
                    }
                } else {
                    let v = self.call_pos(obj, vec![])?;
                    if self.eq(v, sentinel)? {
                        if let Obj::Iter(s) = self.heap.get_mut(r) {
                            **s = IterState::Exhausted;
                        }
                        return Ok(None);
                    }
                    Ok(Some(v))
                }
            }
            Some(None) => self.next_slow(it, r),
        }
    }

    /// For `for a, b in it` (`ForIter` then `UnpackToFast`): when `it` is a native iterator
    /// making a fresh tuple as long as `out` per item (`zip`, `enumerate`), its next item's fields written
    /// to `out` with no tuple allocated: `Some(Ok(false))` when it ran out. `None`: take the
    /// general path (item then unpack). Out of line on wasm, where `dispatch` is its caller:
    /// that inlined copy was the size of a whole instruction.
    #[cfg_attr(edge_speed, optimize(speed))]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub(crate) fn next_unpacked(&mut self, it: Value, out: &mut [Value]) -> Option<PyResult<bool>> {
        let Value::Obj(r) = it else { return None };
        let Obj::NativeIter(ni) = self.heap.get(r) else { return None };
        if ni.item_width() != Some(out.len()) || self.stack_exhausted() {
            return None;
        }
        if let Some((inner, index)) = ni.counted_source()
            && let Some(item) = self.next_list_or_range(inner)
        {
            if let Obj::NativeIter(ni) = self.heap.get_mut(r) {
                ni.set_next_index(index + 1);
            }
            out[0] = Value::Int(index);
            out[1] = item;
            return Some(Ok(true));
        }
        let Obj::NativeIter(mut ni) = self.heap.take(r) else { return None };
        self.native_depth += 1;
        let got = ni.next_fields(self, out);
        self.native_depth -= 1;
        self.heap.put_back(r, Obj::NativeIter(ni));
        Some(got)
    }

    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn next_slow(&mut self, it: Value, r: ObjRef) -> PyResult<Option<Value>> {
        match self.heap.get(r) {
            Obj::NativeIter(_) => {
                // Iterators wrapping iterators (map(f, map(f, ...))) recurse in Rust.
                if self.stack_exhausted() {
                    return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
                }
                let Obj::NativeIter(mut ni) = self.heap.take(r) else { return Ok(None) };
                // Out of the heap while it runs, so the collector cannot see its values: a
                // `next` that lets it run passes them as roots (gcsafe.rs).
                self.native_depth += 1;
                let out = ni.next(self);
                self.native_depth -= 1;
                self.heap.put_back(r, Obj::NativeIter(ni));
                out
            }
            Obj::Busy => Err(PyErr::value_error("generator already executing")),
            Obj::Generator(_) => match self.gen_resume(r, Value::None, None)? {
                Exit::Yield(v) => Ok(Some(v)),
                Exit::Return(_) => Ok(None),
            },
            _ => match self.call_next_dunder(it) {
                Ok(v) => Ok(Some(v)),
                Err(e) if self.err_matches(&e, ExcKind::StopIteration) => Ok(None),
                Err(e) => Err(e),
            },
        }
    }

    /// `type(it).__next__(it)`, with its `StopIteration` left as an error.
    fn call_next_dunder(&mut self, it: Value) -> PyResult<Value> {
        let cls = self.type_of(it);
        match self.lookup_mro(cls, "__next__") {
            Some(f) => {
                let recv = if self.is_native(f) { self.builtin_value(it) } else { it };
                self.call_pos(f, vec![recv])
            }
            None => Err(PyErr::type_error(format!("'{}' object is not an iterator", self.type_name(it)))),
        }
    }

    /// One step of an iterator that `yield from`/`await` drives: like `next`, but the value
    /// of a `StopIteration(value)` raised by a Python-level `__next__` (or a native
    /// awaitable) stays in the error, because it is the result of the `yield from`.
    fn next_keeping_stop_value(&mut self, it: Value) -> PyResult<Option<Value>> {
        match it {
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(_)) => self.call_next_dunder(it).map(Some),
            _ => self.next(it),
        }
    }

    /// Drains any iterable into a Vec (fast paths for list/tuple).
    pub fn collect(&mut self, iterable: Value) -> PyResult<Vec<Value>> {
        if let Some(items) = self.heap.seq_items(iterable) {
            return Ok(items.to_vec());
        }
        let mut out = Vec::new();
        // A range knows its length: one that cannot fit in memory is a MemoryError at once
        // (as in CPython), not an hour of growing a list until the allocator gives up.
        if let Value::Obj(r) = iterable
            && let Obj::Range { start, stop, step } = *self.heap.get(r)
        {
            // Saturating: on wasm32 a length past the address space must still be too big.
            let len = crate::vm::ops::range_len(start, stop, step);
            let len = if len <= 0 { 0 } else { usize::try_from(len).unwrap_or(usize::MAX) };
            crate::error::check_alloc(len.saturating_mul(std::mem::size_of::<Value>()))?;
            out.reserve_exact(len);
        }
        let it = self.iter(iterable)?;
        // The iterator and the items so far live only here while the iterator runs Python code
        // (a generator), which may collect: rooted until the caller has them (`f(*genexpr)`
        // inside a generator lost some of them).
        let base = self.temp_roots.len();
        self.temp_roots.push(it);
        let done = loop {
            match self.next(it) {
                Ok(Some(v)) => {
                    self.temp_roots.push(v);
                    out.push(v);
                }
                Ok(None) => break Ok(()),
                Err(e) => break Err(e),
            }
        };
        self.temp_roots.truncate(base);
        done.map(|()| out)
    }

    // ---- generators ----

    pub(crate) fn new_generator(&mut self, mut frame: Box<Frame>) -> Value {
        let code = frame.code.clone();
        let kind = if code.flags.async_generator {
            GenKind::AsyncGenerator
        } else if code.flags.coroutine {
            GenKind::Coroutine
        } else {
            GenKind::Generator
        };
        let qualname: Rc<str> = match frame.func.map(|f| self.heap.get(f)) {
            Some(Obj::Function(f)) => f.qualname.clone(),
            _ => code.qualname.clone(),
        };
        frame.handled_base = 0;
        let g = self.heap.alloc(Obj::Generator(Box::new(Generator {
            frame: None,
            running: false,
            started: false,
            async_running: false,
            kind,
            code: code.clone(),
            name: code.name.clone(),
            qualname,
            finalized: false,
            finalizer: None,
            hooked: false,
        })));
        frame.generator = Some(g);
        if let Obj::Generator(gn) = self.heap.get_mut(g) {
            gn.frame = Some(frame);
        }
        Value::Obj(g)
    }

    /// Resumes a generator with `sent` (or by raising `throw` inside it).
    pub(crate) fn gen_resume(&mut self, g: ObjRef, sent: Value, throw: Option<PyErr>) -> PyResult<Exit> {
        let (frame, started, kind) = match self.heap.get_mut(g) {
            Obj::Generator(gn) => {
                if gn.running {
                    return Err(PyErr::value_error(match gn.kind {
                        GenKind::Generator => "generator already executing",
                        _ => "coroutine already executing",
                    }));
                }
                let started = gn.started;
                match gn.frame.take() {
                    Some(f) => {
                        gn.running = true;
                        gn.started = true;
                        (f, started, gn.kind)
                    }
                    None => {
                        if let Some(e) = throw {
                            return Err(e);
                        }
                        if gn.kind == GenKind::Coroutine {
                            return Err(PyErr::runtime_error("cannot reuse already awaited coroutine"));
                        }
                        return Ok(Exit::Return(Value::None));
                    }
                }
            }
            _ => return Err(PyErr::type_error("not a generator")),
        };
        let mut frame = frame;
        if !started && !sent.is_none() && throw.is_none() {
            if let Obj::Generator(gn) = self.heap.get_mut(g) {
                gn.running = false;
                gn.started = false;
                gn.frame = Some(frame);
            }
            return Err(PyErr::type_error(format!(
                "can't send non-None value to a just-started {}",
                match kind {
                    GenKind::Generator => "generator",
                    GenKind::Coroutine => "coroutine",
                    GenKind::AsyncGenerator => "async generator",
                }
            )));
        }
        if started && throw.is_none() {
            frame.regs.push(sent);
        }
        frame.handled_base = self.handled.len();
        let mut throw = throw;
        // Suspended in `yield from`/`await`: a thrown exception goes to the sub-iterator first.
        if let (Some(err), Some(crate::bytecode::Op::Send(target))) =
            (throw.as_ref(), frame.code.ops.get(frame.pc).copied())
        {
            let sub = frame.regs.last().copied().unwrap_or(Value::None);
            let err = err.clone();
            match self.throw_into(sub, err) {
                Ok(None) => {}
                Ok(Some(Exit::Yield(v))) => {
                    if let Obj::Generator(gn) = self.heap.get_mut(g) {
                        gn.running = false;
                        gn.frame = Some(frame);
                    }
                    return Ok(Exit::Yield(v));
                }
                Ok(Some(Exit::Return(v))) => {
                    frame.regs.pop();
                    frame.regs.push(v);
                    frame.pc = target as usize;
                    throw = None;
                }
                Err(e) => {
                    frame.regs.pop();
                    frame.pc += 1;
                    throw = Some(e);
                }
            }
        }
        let result = self.run_frame(frame, throw);
        if let Obj::Generator(gn) = self.heap.get_mut(g) {
            gn.running = false;
        }
        if self.fin.finished_holding {
            match &result {
                Ok(Exit::Return(v)) => self.close_dropped_by_finished(&[Value::Obj(g), *v])?,
                // A traceback keeps the frame (and what it holds) while the exception lives:
                // only a close that swallows it lets go (`close_generator`).
                Err(_) => self.fin.raised_holding = true,
                Ok(Exit::Yield(_)) => {}
            }
            self.fin.finished_holding = false;
        }
        match result {
            Ok(Exit::Return(v)) => {
                if let Obj::Generator(gn) = self.heap.get_mut(g) {
                    gn.frame = None;
                }
                Ok(Exit::Return(v))
            }
            Ok(y) => Ok(y),
            Err(e) => {
                if let Obj::Generator(gn) = self.heap.get_mut(g) {
                    gn.frame = None;
                }
                let escaped_stop = self.err_matches(&e, ExcKind::StopIteration)
                    || (kind == GenKind::AsyncGenerator && self.err_matches(&e, ExcKind::StopAsyncIteration));
                if escaped_stop {
                    let stop = if self.err_matches(&e, ExcKind::StopIteration) {
                        "StopIteration"
                    } else {
                        "StopAsyncIteration"
                    };
                    let what = match kind {
                        GenKind::Generator => "generator",
                        GenKind::Coroutine => "coroutine",
                        GenKind::AsyncGenerator => "async generator",
                    };
                    let exc = self.materialize(e);
                    let err = self.materialize(PyErr::runtime_error(format!("{what} raised {stop}")));
                    self.set_exc_cause(err, Some(Value::Obj(exc)), true);
                    return Err(PyErr::obj(err));
                }
                Err(e)
            }
        }
    }

    /// One step of `yield from`/`await`: sends `value` into the sub-iterator.
    pub(crate) fn send_to(&mut self, sub: Value, value: Value) -> PyResult<Exit> {
        if let Value::Obj(r) = sub
            && let Obj::Generator(_) = self.heap.get(r)
        {
            return self.gen_resume(r, value, None);
        }
        let r = if value.is_none() {
            match self.next_keeping_stop_value(sub) {
                Ok(Some(v)) => Ok(v),
                Ok(None) => return Ok(Exit::Return(Value::None)),
                Err(e) => Err(e),
            }
        } else {
            self.call_method(sub, "send", vec![value])
        };
        match r {
            Ok(v) => Ok(Exit::Yield(v)),
            Err(e) if self.err_matches(&e, ExcKind::StopIteration) => {
                let exc = self.materialize(e);
                let args = self.exception_args(exc);
                Ok(Exit::Return(args.first().copied().unwrap_or(Value::None)))
            }
            Err(e) => Err(e),
        }
    }

    /// The iterator `await v` drives.
    pub(crate) fn get_awaitable(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Obj(r) = v
            && let Obj::Generator(g) = self.heap.get(r)
            && (g.kind == GenKind::Coroutine || g.frame.as_ref().is_some_and(|f| f.code.flags.iterable_coroutine))
        {
            return Ok(v);
        }
        match self.call_dunder_opt(v, "__await__", &[])? {
            Some(it) => Ok(it),
            None => Err(PyErr::type_error(format!("object {} can't be used in 'await' expression", self.type_name(v)))),
        }
    }

    /// Forwards an exception thrown into a delegating generator to its sub-iterator.
    /// `Ok(None)`: the sub-iterator can't take it (raise in the delegator).
    fn throw_into(&mut self, sub: Value, err: PyErr) -> PyResult<Option<Exit>> {
        let is_exit = self.err_matches(&err, ExcKind::GeneratorExit);
        let is_gen = matches!(sub, Value::Obj(r) if matches!(self.heap.get(r), Obj::Generator(_)));
        if is_exit {
            if is_gen {
                let r = sub.as_obj().expect("generator");
                match self.gen_throw(r, err) {
                    Ok(Exit::Yield(_)) => return Err(PyErr::runtime_error("generator ignored GeneratorExit")),
                    Ok(Exit::Return(_)) => {}
                    Err(e)
                        if self.err_matches(&e, ExcKind::GeneratorExit)
                            || self.err_matches(&e, ExcKind::StopIteration) => {}
                    Err(e) => return Err(e),
                }
            } else if let Some(close) = self.getattr_opt(sub, "close")? {
                self.call_pos(close, vec![])?;
            }
            return Ok(None);
        }
        if is_gen {
            let r = sub.as_obj().expect("generator");
            return self.gen_throw(r, err).map(Some);
        }
        match self.getattr_opt(sub, "throw")? {
            Some(t) => {
                let exc = self.materialize(err);
                match self.call_pos(t, vec![Value::Obj(exc)]) {
                    Ok(v) => Ok(Some(Exit::Yield(v))),
                    Err(e) if self.err_matches(&e, ExcKind::StopIteration) => {
                        let se = self.materialize(e);
                        let v = self.exception_args(se).first().copied().unwrap_or(Value::None);
                        Ok(Some(Exit::Return(v)))
                    }
                    Err(e) => Err(e),
                }
            }
            None => Ok(None),
        }
    }

    /// `gen.throw(exc)` / `gen.close()` support: raises `err` inside the generator.
    pub(crate) fn gen_throw(&mut self, g: ObjRef, err: PyErr) -> PyResult<Exit> {
        let not_started = matches!(self.heap.get(g), Obj::Generator(gn) if !gn.started);
        if not_started {
            // Raising into a generator that never ran finishes it immediately.
            if let Obj::Generator(gn) = self.heap.get_mut(g) {
                gn.frame = None;
                gn.started = true;
            }
            return Err(err);
        }
        self.gen_resume(g, Value::None, Some(err))
    }
}

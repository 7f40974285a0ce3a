//! The object heap: a slab of `Obj` slots addressed by `ObjRef`, with a free list and a
//! mark-sweep collector. Collection happens only when the VM asks (at safe points), so a
//! `Value` held in a Rust local can never dangle mid-builtin.

use super::object::*;
use super::{PyStr, Value};

pub struct Heap {
    slots: Vec<Obj>,
    marks: Vec<bool>,
    free_head: u32,
    live: usize,
    /// Approximate bytes allocated since the last collection (drives GC pacing).
    pub allocated_since_gc: usize,
    /// Approximate live bytes after the last collection.
    pub live_bytes_estimate: usize,
    /// Live objects right after the last collection (`gc.get_count()` is the growth since).
    pub live_after_gc: usize,
    /// `alloc_meter::in_use()` when the heap was made and after the last collection (both
    /// `None` when the thread is not metered).
    metered_base: Option<isize>,
    metered_after_gc: isize,
}

/// Growth that always waits for a collection, however small the live heap.
pub const MIN_GC_BYTES: usize = 16 << 20;

const NO_FREE: u32 = u32::MAX;

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        Heap {
            slots: Vec::with_capacity(1024),
            marks: Vec::new(),
            free_head: NO_FREE,
            live: 0,
            allocated_since_gc: 0,
            live_bytes_estimate: 0,
            live_after_gc: 0,
            metered_base: crate::alloc_meter::in_use(),
            metered_after_gc: crate::alloc_meter::in_use().unwrap_or(0),
        }
    }

    /// Whether enough was allocated since the last collection to collect again: as much as
    /// survived it (so collecting costs time in proportion to allocation), at least
    /// `MIN_GC_BYTES`. Measured by the allocator when metered, which sees containers grow
    /// after they were made; by the heap's own estimate otherwise (or when that says more).
    #[inline]
    pub fn collection_due(&self) -> bool {
        if self.allocated_since_gc > self.live_bytes_estimate.max(MIN_GC_BYTES) {
            return true;
        }
        match (self.metered_base, crate::alloc_meter::in_use()) {
            (Some(base), Some(now)) => {
                let grown = now.wrapping_sub(self.metered_after_gc);
                let live = self.metered_after_gc.wrapping_sub(base).max(0) as usize;
                grown > live.max(MIN_GC_BYTES) as isize
            }
            _ => false,
        }
    }

    /// Bytes the program holds, for the heap limit: what the allocator counts since the heap
    /// was made when metered (growth included), or the heap's own estimate.
    pub fn bytes_held(&self) -> usize {
        let estimate = self.live_bytes_estimate + self.allocated_since_gc;
        match (self.metered_base, crate::alloc_meter::in_use()) {
            (Some(base), Some(now)) => estimate.max(now.wrapping_sub(base).max(0) as usize),
            _ => estimate,
        }
    }

    /// Number of live objects.
    pub fn live(&self) -> usize {
        self.live
    }

    #[inline]
    #[cfg_attr(edge_speed, optimize(speed))]
    pub fn alloc(&mut self, obj: Obj) -> ObjRef {
        let size = approx_size(&obj);
        self.alloc_sized(obj, size)
    }

    /// A new str object (its size known without `approx_size`'s match).
    #[inline(always)]
    pub fn alloc_str(&mut self, s: PyStr) -> ObjRef {
        let size = STR_SIZE + s.own_bytes();
        self.alloc_sized(Obj::Str(s), size)
    }

    /// `alloc` of an object whose `approx_size` is `size`.
    #[inline]
    fn alloc_sized(&mut self, obj: Obj, size: usize) -> ObjRef {
        self.allocated_since_gc += size;
        self.live += 1;
        if self.free_head != NO_FREE {
            let i = self.free_head;
            let slot = &mut self.slots[i as usize];
            if let Obj::Free(next) = *slot {
                self.free_head = next;
                // SAFETY: `slot` is an initialised `Obj::Free`, which owns nothing, so writing
                // over it without dropping it leaks nothing (and skips the drop glue).
                unsafe { std::ptr::write(slot, obj) };
            } else {
                self.free_head = NO_FREE;
                *slot = obj;
            }
            ObjRef(i)
        } else {
            self.slots.push(obj);
            ObjRef((self.slots.len() - 1) as u32)
        }
    }

    /// Number of slots (live, free or busy); `ObjRef(0..len)` are all valid to `get`.
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    #[inline]
    pub fn get(&self, r: ObjRef) -> &Obj {
        &self.slots[r.0 as usize]
    }

    /// `get` that answers None for a reference past the slots (an unbound local's marker,
    /// `ObjRef(u32::MAX)`): an inline cache's hit test then needs no unbound check of its own.
    #[inline(always)]
    pub fn get_checked(&self, r: ObjRef) -> Option<&Obj> {
        self.slots.get(r.0 as usize)
    }

    #[inline]
    pub fn get_mut(&mut self, r: ObjRef) -> &mut Obj {
        &mut self.slots[r.0 as usize]
    }

    /// Frees an object nothing can reach any more (a temporary only the interpreter's
    /// operand stack held), without waiting for a collection.
    pub fn free_unreachable(&mut self, r: ObjRef) {
        let slot = &mut self.slots[r.0 as usize];
        if matches!(slot, Obj::Free(_) | Obj::Busy) {
            return;
        }
        let obj = std::mem::replace(slot, Obj::Free(self.free_head));
        self.free_head = r.0;
        self.live -= 1;
        self.allocated_since_gc = self.allocated_since_gc.saturating_sub(approx_size(&obj));
    }

    /// `free_unreachable` for an iterator, handing back its state box for reuse.
    pub fn free_iter(&mut self, r: ObjRef) -> Option<Box<IterState>> {
        let slot = &mut self.slots[r.0 as usize];
        if !matches!(slot, Obj::Iter(_)) {
            return None;
        }
        let obj = std::mem::replace(slot, Obj::Free(self.free_head));
        self.free_head = r.0;
        self.live -= 1;
        self.allocated_since_gc = self.allocated_since_gc.saturating_sub(approx_size(&obj));
        match obj {
            Obj::Iter(state) => Some(state),
            _ => None,
        }
    }

    /// Moves an object out (leaving `Obj::Busy`) so it can be used while the heap is borrowed
    /// mutably elsewhere; pair with `put_back`.
    pub fn take(&mut self, r: ObjRef) -> Obj {
        std::mem::replace(&mut self.slots[r.0 as usize], Obj::Busy)
    }

    pub fn put_back(&mut self, r: ObjRef, obj: Obj) {
        self.slots[r.0 as usize] = obj;
    }

    // Typed views. Each returns `None` when the value is not of that kind.

    #[inline]
    pub fn str_of(&self, v: Value) -> Option<&str> {
        match v {
            Value::Obj(r) => match self.get(r) {
                Obj::Str(s) => Some(s.as_str()),
                _ => None,
            },
            _ => None,
        }
    }

    #[inline]
    pub fn pystr(&self, v: Value) -> Option<&PyStr> {
        match v {
            Value::Obj(r) => match self.get(r) {
                Obj::Str(s) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn list(&self, v: Value) -> Option<&Vec<Value>> {
        match v {
            Value::Obj(r) => match self.get(r) {
                Obj::List(l) => Some(l),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn list_mut(&mut self, v: Value) -> Option<&mut Vec<Value>> {
        match v {
            Value::Obj(r) => match self.get_mut(r) {
                Obj::List(l) => Some(l),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn tuple(&self, v: Value) -> Option<&Vec<Value>> {
        match v {
            Value::Obj(r) => match self.get(r) {
                Obj::Tuple(t) => Some(t),
                _ => None,
            },
            _ => None,
        }
    }

    /// Items of a list or tuple.
    pub fn seq_items(&self, v: Value) -> Option<&[Value]> {
        match v {
            Value::Obj(r) => match self.get(r) {
                Obj::List(l) | Obj::Tuple(l) => Some(l),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn dict(&self, v: Value) -> Option<&super::Dict> {
        match v {
            Value::Obj(r) => match self.get(r) {
                Obj::Dict(d) => Some(d),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn dict_mut(&mut self, v: Value) -> Option<&mut super::Dict> {
        match v {
            Value::Obj(r) => match self.get_mut(r) {
                Obj::Dict(d) => Some(d),
                _ => None,
            },
            _ => None,
        }
    }

    /// Elements of a set or frozenset in iteration order (empty for other values).
    pub fn set_items(&self, v: Value) -> Vec<Value> {
        match v {
            Value::Obj(r) => match self.get(r) {
                Obj::Set(s) | Obj::FrozenSet(s) => s.iter().collect(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    pub fn bytes(&self, v: Value) -> Option<&[u8]> {
        match v {
            Value::Obj(r) => match self.get(r) {
                Obj::Bytes(b) | Obj::ByteArray(b) => Some(b),
                _ => None,
            },
            _ => None,
        }
    }

    // ---- garbage collection ----

    /// Marks everything reachable from `roots`, then frees the rest. Returns objects freed.
    pub fn collect(&mut self, roots: &[Value]) -> usize {
        self.collect_finalizing(roots, None)
    }

    /// `collect`, also looking (with `doomed`) for unreachable generators that must be closed
    /// before they are freed (`needs_close`). Those are resurrected with everything they
    /// reach, as CPython's PEP 442 does, and marked finalized: the VM closes them, and a later
    /// collection frees them. Only the outermost are queued: a generator held by another one
    /// being closed is closed by it (`yield from`) or dies with its frame, as under CPython's
    /// reference counting, so a later collection finds it (`Doomed::deferred`).
    pub fn collect_finalizing(&mut self, roots: &[Value], doomed: Option<&mut Doomed>) -> usize {
        self.marks.clear();
        self.marks.resize(self.slots.len(), false);
        let mut stack: Vec<ObjRef> = roots.iter().filter_map(|v| v.as_obj()).collect();
        let mut scratch: Vec<Value> = Vec::new();
        self.mark_from(&mut stack, &mut scratch);
        if let Some(doomed) = doomed {
            self.resurrect_doomed(doomed, &mut stack, &mut scratch);
        }
        let mut freed = 0;
        let mut live_bytes = 0;
        for i in (0..self.slots.len()).rev() {
            let slot = &mut self.slots[i];
            if matches!(slot, Obj::Free(_)) {
                continue;
            }
            if self.marks[i] || matches!(slot, Obj::Busy) {
                live_bytes += approx_size(slot);
                continue;
            }
            *slot = Obj::Free(self.free_head);
            self.free_head = i as u32;
            freed += 1;
        }
        self.live -= freed;
        self.allocated_since_gc = 0;
        self.live_bytes_estimate = live_bytes;
        self.live_after_gc = self.live;
        self.metered_after_gc = crate::alloc_meter::in_use().unwrap_or(0);
        freed
    }

    /// Marks everything reachable from the objects on `stack` (which it empties).
    fn mark_from(&mut self, stack: &mut Vec<ObjRef>, scratch: &mut Vec<Value>) {
        while let Some(r) = stack.pop() {
            let i = r.0 as usize;
            if i >= self.marks.len() || self.marks[i] {
                continue;
            }
            self.marks[i] = true;
            scratch.clear();
            trace(&self.slots[i], scratch);
            for v in scratch.iter() {
                // `get(..)` is false for the unbound-slot marker (an unset `__slots__` member,
                // a local not yet assigned in a suspended frame), which is no object.
                if let Value::Obj(c) = v
                    && self.marks.get(c.0 as usize) == Some(&false)
                {
                    stack.push(*c);
                }
            }
        }
    }

    /// After marking from the roots: queues the unmarked generators that need closing (see
    /// `collect_finalizing`) and marks what they reach.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn resurrect_doomed(&mut self, doomed: &mut Doomed, stack: &mut Vec<ObjRef>, scratch: &mut Vec<Value>) {
        let found: Vec<ObjRef> = (0..self.slots.len())
            .filter(|&i| !self.marks[i] && needs_close(&self.slots[i]))
            .map(|i| ObjRef(i as u32))
            .collect();
        if found.is_empty() {
            return;
        }
        // What each one reaches (not counting itself: its frame points back at it). One
        // reached from another is held by it.
        let mut held = vec![false; found.len()];
        for (k, &g) in found.iter().enumerate() {
            scratch.clear();
            trace(&self.slots[g.0 as usize], scratch);
            stack.extend(scratch.iter().filter_map(|v| v.as_obj()));
            while let Some(r) = stack.pop() {
                let i = r.0 as usize;
                match found.binary_search(&r) {
                    Ok(j) if j == k => continue,
                    Ok(j) => held[j] = true,
                    Err(_) => {}
                }
                if i >= self.marks.len() || self.marks[i] {
                    continue;
                }
                self.marks[i] = true;
                scratch.clear();
                trace(&self.slots[i], scratch);
                for v in scratch.iter() {
                    if let Value::Obj(c) = v
                        && (self.marks.get(c.0 as usize) == Some(&false) || found.binary_search(c).is_ok())
                    {
                        stack.push(*c);
                    }
                }
            }
        }
        let outer: Vec<ObjRef> = found.iter().zip(&held).filter(|(_, h)| !**h).map(|(g, _)| *g).collect();
        // Only cycles of them: close them all (in heap order, like CPython's collector).
        let close = if outer.is_empty() { found.clone() } else { outer };
        doomed.deferred |= close.len() < found.len();
        for &g in &close {
            self.marks[g.0 as usize] = true;
            if let Obj::Generator(gn) = &mut self.slots[g.0 as usize] {
                gn.finalized = true;
            }
        }
        doomed.close.extend(close);
    }
}

/// Generators a collection found unreachable and resurrected to be closed.
#[derive(Default)]
pub struct Doomed {
    /// To close, outermost first.
    pub close: Vec<ObjRef>,
    /// Some were held by those and left for a later collection.
    pub deferred: bool,
}

/// A generator (or coroutine, async generator) whose `close()` would run code: started,
/// suspended (not finished, not running), inside a `try` or `with` block, and not yet
/// finalized. Closing any other one only marks it finished, which nothing can observe once
/// it is unreachable.
pub fn needs_close(obj: &Obj) -> bool {
    match obj {
        Obj::Generator(g) if g.started && !g.finalized => {
            g.frame.as_ref().is_some_and(|f| f.blocks.iter().any(|b| b.kind != crate::vm::BlockKind::Handler))
        }
        _ => false,
    }
}

/// `approx_size` of any object before what it owns.
const BASE: usize = 48;
/// `approx_size` of a str before its text.
const STR_SIZE: usize = BASE;

/// Rough heap bytes owned by one object, for GC pacing and the heap limit.
pub fn approx_size(obj: &Obj) -> usize {
    BASE + match obj {
        Obj::Str(s) => s.own_bytes(),
        Obj::BigInt(b) => (b.bits() / 8) as usize,
        Obj::Bytes(b) | Obj::ByteArray(b) => b.len(),
        Obj::List(l) | Obj::Tuple(l) => l.capacity() * 16,
        Obj::Dict(d) => d.capacity() * 40,
        Obj::Set(s) | Obj::FrozenSet(s) => s.capacity() * 24,
        Obj::Function(_) => 96,
        Obj::Class(_) => 128,
        Obj::Instance(i) => {
            32 + match &i.attrs {
                Attrs::Shaped { values, .. } => values.capacity() * 16,
                Attrs::Dict(_) => 0,
            }
        }
        Obj::Generator(_) => 256,
        _ => 0,
    }
}

/// Pushes every value directly referenced by `obj`.
pub fn trace(obj: &Obj, out: &mut Vec<Value>) {
    match obj {
        Obj::Str(_) | Obj::BigInt(_) | Obj::Bytes(_) | Obj::ByteArray(_) => {}
        Obj::List(l) | Obj::Tuple(l) => out.extend_from_slice(l),
        Obj::Dict(d) => d.trace(out),
        Obj::Set(s) | Obj::FrozenSet(s) => s.trace(out),
        Obj::Range { .. } | Obj::BigRange(_) | Obj::Complex(..) => {}
        Obj::Slice(s) => out.extend_from_slice(&s[..]),
        Obj::Function(f) => {
            out.push(Value::Obj(f.globals));
            out.extend_from_slice(&f.defaults);
            out.extend(f.kwdefaults.iter().map(|(_, v)| *v));
            out.extend(f.closure.iter().map(|c| Value::Obj(*c)));
            out.extend(f.dict.map(Value::Obj));
            out.push(f.doc);
            out.push(f.module);
            out.extend(f.annotations.map(Value::Obj));
            f.code.trace(out);
        }
        Obj::Native(n) => out.extend(n.bound),
        Obj::BoundMethod { receiver, func } => {
            out.push(*receiver);
            out.push(*func);
        }
        Obj::Class(c) => {
            out.push(c.module);
            out.extend(c.bases.iter().map(|b| Value::Obj(*b)));
            out.extend(c.mro.iter().map(|b| Value::Obj(*b)));
            out.push(Value::Obj(c.dict));
            out.extend(c.metaclass.map(Value::Obj));
        }
        Obj::Instance(i) => {
            out.push(Value::Obj(i.class));
            match &i.attrs {
                Attrs::Shaped { values, .. } => out.extend_from_slice(values),
                Attrs::Dict(d) => out.push(Value::Obj(*d)),
            }
            match &i.payload {
                Payload::None => {}
                Payload::Builtin(v) => out.push(*v),
                Payload::Exception(e) => {
                    out.extend(e.args.map(Value::Obj));
                    out.extend(e.cause);
                    out.extend(e.context);
                    out.extend(e.tb_cache.map(|(_, tb)| Value::Obj(tb)));
                    if let Some((m, t)) = e.group {
                        out.push(m);
                        out.push(Value::Obj(t));
                    }
                    for tb in &e.traceback {
                        tb.code.trace(out);
                    }
                    if let Some(m) = &e.miss {
                        m.trace(out);
                    }
                }
            }
        }
        Obj::Module(m) => out.push(Value::Obj(m.dict)),
        Obj::Cell(c) => out.extend(*c),
        Obj::Generator(g) => {
            if let Some(f) = &g.frame {
                f.trace(out);
            }
            out.extend(g.finalizer);
        }
        Obj::Iter(it) => match **it {
            IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => out.push(Value::Obj(seq)),
            IterState::Str { s, .. } => out.push(Value::Obj(s)),
            IterState::DictKeys { dict, .. }
            | IterState::DictValues { dict, .. }
            | IterState::DictItems { dict, .. } => out.push(Value::Obj(dict)),
            IterState::Set { set, .. } => out.push(Value::Obj(set)),
            IterState::GetItem { obj, .. } => out.push(obj),
            IterState::Callable { func, sentinel } => {
                out.push(func);
                out.push(sentinel)
            }
            IterState::Range { .. } | IterState::Exhausted => {}
        },
        Obj::NativeIter(it) => it.trace(out),
        Obj::Property(p) => out.extend([p.fget, p.fset, p.fdel, p.doc, p.name]),
        Obj::StaticMethod(v) | Obj::ClassMethod(v) => out.push(*v),
        Obj::Super { this_class, obj } => {
            out.push(Value::Obj(*this_class));
            out.push(*obj);
        }
        Obj::Code(c) => c.trace(out),
        Obj::NotImplemented | Obj::Ellipsis | Obj::Busy | Obj::Free(_) => {}
    }
}

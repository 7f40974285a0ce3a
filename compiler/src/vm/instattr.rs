//! Instance attribute storage: shape-keyed value vectors (`value::shape`) with a fallback to a
//! real `dict` once one is needed. Everything here is plain storage (no descriptors, no hooks,
//! no Python code); `attr.rs` and `fastattr.rs` build attribute semantics on top.

use super::Vm;
use crate::value::shape::MAX_SHAPED_ATTRS;
use crate::value::*;

impl Vm {
    /// Do two str objects hold the same text? (Shape keys and attribute names are strs.)
    #[inline]
    pub(crate) fn same_str(heap: &Heap, a: Value, b: Value) -> bool {
        a.is(b)
            || match (heap.pystr(a), heap.pystr(b)) {
                (Some(x), Some(y)) => x.as_str() == y.as_str(),
                _ => false,
            }
    }

    /// Position of `key` among the keys of `shape`.
    #[inline]
    pub(crate) fn shape_index(&self, shape: u32, key: Value) -> Option<usize> {
        let heap = &self.heap;
        self.shapes.index_of(shape, key, |a, b| Vm::same_str(heap, a, b))
    }

    /// An attribute stored on the object itself (instance attributes, a function's
    /// `__dict__`), by name.
    pub fn instance_attr(&self, obj: Value, name: &str) -> Option<Value> {
        let Value::Obj(r) = obj else { return None };
        match self.heap.get(r) {
            Obj::Instance(i) => match &i.attrs {
                Attrs::Shaped { shape, values } => {
                    let keys = self.shapes.keys(*shape);
                    let p = keys.iter().position(|&k| self.heap.str_of(k) == Some(name))?;
                    values.get(p).copied()
                }
                Attrs::Dict(d) => self.dict_get_str(*d, name),
            },
            Obj::Function(f) => f.dict.and_then(|d| self.dict_get_str(d, name)),
            _ => None,
        }
    }

    /// The (key, value) attributes stored on an instance, in insertion order.
    pub fn instance_attr_items(&self, obj: Value) -> Vec<(Value, Value)> {
        let Value::Obj(r) = obj else { return Vec::new() };
        match self.heap.get(r) {
            Obj::Instance(i) => match &i.attrs {
                Attrs::Shaped { shape, values } => {
                    self.shapes.keys(*shape).iter().copied().zip(values.iter().copied()).collect()
                }
                Attrs::Dict(d) => self.dict_items_of(*d),
            },
            Obj::Function(f) => f.dict.map(|d| self.dict_items_of(d)).unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    fn dict_items_of(&self, d: ObjRef) -> Vec<(Value, Value)> {
        match self.heap.get(d) {
            Obj::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
            _ => Vec::new(),
        }
    }

    /// Stores an instance attribute under the str `key` (no descriptors, no hooks).
    pub(crate) fn inst_set(&mut self, r: ObjRef, key: Value, value: Value) {
        let (shape, pos) = match self.heap.get(r) {
            Obj::Instance(i) => match &i.attrs {
                Attrs::Shaped { shape, .. } => (*shape, self.shape_index(*shape, key)),
                Attrs::Dict(d) => {
                    let d = *d;
                    self.str_key_set(d, key, value);
                    return;
                }
            },
            _ => return,
        };
        if let Some(p) = pos {
            if let Obj::Instance(i) = self.heap.get_mut(r)
                && let Attrs::Shaped { values, .. } = &mut i.attrs
            {
                values[p] = value;
            }
            return;
        }
        let heap = &self.heap;
        match self.shapes.child(shape, key, |a, b| Vm::same_str(heap, a, b)) {
            Some(next) => self.inst_append(r, next, value),
            None => {
                let d = self.materialize_dict(r);
                self.str_key_set(d, key, value);
            }
        }
    }

    /// Appends the value of the attribute that moves an instance to shape `next`.
    #[inline]
    pub(crate) fn inst_append(&mut self, r: ObjRef, next: u32, value: Value) {
        let grow_to = self.shapes.grow_to(next);
        if let Obj::Instance(i) = self.heap.get_mut(r)
            && let Attrs::Shaped { shape, values } = &mut i.attrs
        {
            if values.len() == values.capacity() {
                // Allocate once at the size instances of this layout reach.
                let cap = grow_to.max(values.len() + 1).min(MAX_SHAPED_ATTRS);
                if values.is_empty() {
                    // A new instance's first attribute: straight to the allocator.
                    *values = Vec::with_capacity(cap);
                } else {
                    values.reserve_exact(cap - values.len());
                }
            }
            values.push(value);
            *shape = next;
        }
    }

    /// `inst_append` out of line, for the inline store cache when the vector is full.
    #[inline(never)]
    pub(crate) fn inst_append_grow(&mut self, r: ObjRef, next: u32, value: Value) {
        self.inst_append(r, next, value);
    }

    /// Stores an instance attribute by name.
    pub fn inst_set_str(&mut self, r: ObjRef, name: &str, value: Value) {
        let key = self.intern(name);
        self.inst_set(r, key, value);
    }

    /// Switches an instance to a real `dict` (keeping attribute order) and returns it.
    pub(crate) fn materialize_dict(&mut self, r: ObjRef) -> ObjRef {
        let (shape, values) = match self.heap.get_mut(r) {
            Obj::Instance(i) => match &mut i.attrs {
                Attrs::Dict(d) => return *d,
                Attrs::Shaped { shape, values } => (*shape, std::mem::take(values)),
            },
            _ => unreachable!("materialize_dict on a non-instance"),
        };
        let keys: Vec<Value> = self.shapes.keys(shape).to_vec();
        let mut dict = Dict::with_capacity(keys.len());
        for (k, v) in keys.into_iter().zip(values) {
            let h = self.heap.pystr(k).map(|s| s.hash()).unwrap_or(0);
            dict.insert_new(h, k, v);
        }
        let d = self.heap.alloc(Obj::Dict(Box::new(dict)));
        if let Obj::Instance(i) = self.heap.get_mut(r) {
            i.attrs = Attrs::Dict(d);
        }
        d
    }
}

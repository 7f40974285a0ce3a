//! Instances of tuple subclasses (namedtuples) read as the tuple they wrap: `p[1]` when the
//! class keeps tuple's `__getitem__`, and `p.x` for a namedtuple field (a property whose
//! getter is `_collections._tuplegetter`'s) through `LoadAttr`'s inline cache.
//!
//! A field entry lives in the site's `AttrCache` under the instance's class with the field's
//! index in `slot` and the complement of the class epoch (as in `classattr.rs`), so the
//! instance paths never take it for one of theirs.

use std::cell::Cell;

use super::Vm;
use crate::bytecode::AttrCache;
use crate::value::*;

impl Vm {
    /// The class and the items of an instance of a class that wraps a tuple.
    #[inline]
    fn tuple_instance(&self, obj: Value) -> Option<(ObjRef, &[Value])> {
        let Value::Obj(r) = obj else { return None };
        let Obj::Instance(inst) = self.heap.get(r) else { return None };
        let Payload::Builtin(Value::Obj(b)) = inst.payload else { return None };
        let Obj::Tuple(items) = self.heap.get(b) else { return None };
        Some((inst.class, items))
    }

    /// `obj[key]` for a tuple subclass instance whose class has tuple's own `__getitem__`
    /// and an `int` key in range (anything else: `None`, the general path).
    pub(crate) fn tuple_subclass_item(&self, obj: Value, key: Value) -> Option<Value> {
        let Value::Int(i) = key else { return None };
        let (cls, items) = self.tuple_instance(obj)?;
        let own = self.lookup_special(cls, "__getitem__")?;
        if !own.is(self.lookup_special(self.types.tuple, "__getitem__")?) || !self.is_subclass(cls, self.types.tuple) {
            return None;
        }
        let j = if i < 0 { i + items.len() as i64 } else { i };
        usize::try_from(j).ok().and_then(|j| items.get(j)).copied()
    }

    /// `obj.name` from `site` when it holds the namedtuple field entry for `obj`'s class.
    #[inline]
    pub(crate) fn cached_tuple_field(&self, obj: Value, site: &Cell<AttrCache>) -> Option<Value> {
        let c = site.get();
        if c.found_kind != AttrCache::FOUND_TUPLE_FIELD || c.epoch != !self.class_epoch {
            return None;
        }
        let (cls, items) = self.tuple_instance(obj)?;
        if cls.0 != c.cls {
            return None;
        }
        items.get(c.slot as usize).copied()
    }

    /// After the general lookup of `obj.name`: when `obj` wraps a tuple and `name` is a
    /// namedtuple field of its class (a property whose getter reads item `i` of the tuple,
    /// unhooked), records the class and `i` in `site`.
    pub(crate) fn fill_tuple_field_cache(&self, obj: Value, key: Value, site: &Cell<AttrCache>) {
        let Some((cls, _)) = self.tuple_instance(obj) else { return };
        let hooks = self.class(cls).hooks;
        if hooks.getattribute || hooks.getattr || !self.is_subclass(cls, self.types.tuple) {
            return;
        }
        let Some(Value::Obj(p)) = self.lookup_mro_key(cls, key) else { return };
        let Obj::Property(prop) = self.heap.get(p) else { return };
        let Value::Obj(g) = prop.fget else { return };
        let Obj::Native(n) = self.heap.get(g) else { return };
        let (Some(Value::Int(index)), "_tuplegetter") = (n.bound, n.name) else { return };
        let Ok(slot) = u32::try_from(index) else { return };
        let poly = site.get().poly;
        site.set(AttrCache {
            cls: cls.0,
            epoch: !self.class_epoch,
            found_kind: AttrCache::FOUND_TUPLE_FIELD,
            slot,
            poly,
            ..AttrCache::default()
        });
    }
}

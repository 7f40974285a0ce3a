//! `super().name(...)` through `LoadMethod`'s inline cache: the Python function found along
//! the receiver's MRO after the class that `super` names comes back unbound with the
//! receiver, as an instance's method does, so the call enters it directly and no bound
//! method is made.
//!
//! The entry lives in the site's `AttrCache` under the receiver's class (`cls`) and the
//! class after which the search starts (`shape`), with the complement of the class epoch
//! (as in `classattr.rs`), so the instance paths never take it for one of theirs.

use std::cell::Cell;

use super::Vm;
use crate::bytecode::{AttrCache, Op};
use crate::value::*;

impl Vm {
    /// The receiver of a `super` object bound to an instance (not `super(C, cls)`, whose
    /// lookups bind classes), with the class it searches after and the receiver's class.
    #[inline]
    fn super_parts(&self, obj: Value) -> Option<(Value, ObjRef, ObjRef)> {
        let Value::Obj(r) = obj else { return None };
        let Obj::Super { this_class, obj: recv } = *self.heap.get(r) else { return None };
        if recv.is_none() {
            return None;
        }
        if let Value::Obj(o) = recv
            && matches!(self.heap.get(o), Obj::Class(_))
        {
            return None;
        }
        Some((recv, this_class, self.type_of(recv)))
    }

    /// `super_obj.name` about to be called, from `site` when it holds the entry for this
    /// receiver class and starting class.
    #[inline]
    pub(crate) fn cached_super_method(&self, obj: Value, site: &Cell<AttrCache>) -> Option<(Value, Option<Value>)> {
        let c = site.get();
        if c.found_kind != AttrCache::FOUND_SUPER_METHOD || c.epoch != !self.class_epoch {
            return None;
        }
        let (recv, this_class, cls) = self.super_parts(obj)?;
        if c.cls == cls.0 && c.shape == this_class.0 { Some((c.found?, Some(recv))) } else { None }
    }

    /// Records in `site` the Python function `super_obj.name` finds, when it finds one (what
    /// `super_getattr` binds to the receiver); a found descriptor, class method or anything
    /// else leaves the site to the general path.
    pub(crate) fn fill_super_method_cache(&self, obj: Value, key: Value, site: &Cell<AttrCache>) {
        let Some((_, this_class, cls)) = self.super_parts(obj) else { return };
        let Obj::Class(c) = self.heap.get(cls) else { return };
        let after = c.mro.iter().position(|&k| k == this_class).map_or(c.mro.len(), |p| p + 1);
        let found = c.mro[after..].iter().find_map(|&k| match self.heap.get(k) {
            Obj::Class(kc) => self.str_key_get(kc.dict, key),
            _ => None,
        });
        let Some(Value::Obj(f)) = found else { return };
        if !matches!(self.heap.get(f), Obj::Function(_)) {
            return;
        }
        let poly = site.get().poly;
        site.set(AttrCache {
            cls: cls.0,
            epoch: !self.class_epoch,
            found,
            found_kind: AttrCache::FOUND_SUPER_METHOD,
            shape: this_class.0,
            poly,
            ..AttrCache::default()
        });
    }

    /// `super(cls, obj)` (what a zero-argument `super()` compiles to) when `obj` is an
    /// instance of `cls`: the object made as `super.__new__` would, without building its
    /// argument lists. `None` leaves the call (and its errors) to the general path.
    pub(crate) fn fast_super(&mut self, this: Value, obj: Value) -> Option<Value> {
        let Value::Obj(this) = this else { return None };
        if !matches!(self.heap.get(this), Obj::Class(_)) {
            return None;
        }
        let Value::Obj(o) = obj else { return None };
        let Obj::Instance(inst) = self.heap.get(o) else { return None };
        if inst.class != this && !self.is_subclass(inst.class, this) {
            return None;
        }
        Some(self.alloc(Obj::Super { this_class: this, obj }))
    }

    /// `super().name(...)`: the `super(cls, obj)` call whose result only the `LoadMethod`
    /// right after it reads (at the saved pc), answered from that site's entry for this
    /// receiver class and starting class as the method and its receiver, so no `super`
    /// object is made (CPython's `LOAD_SUPER_ATTR` skips it likewise). `None` when the site
    /// holds no such entry: the call goes on as usual, and the `LoadMethod` fills it.
    pub(crate) fn super_method_ahead(&self, this: Value, obj: Value) -> Option<Value> {
        let (Value::Obj(this), Value::Obj(o)) = (this, obj) else { return None };
        let code = &self.frame.code;
        let pc = self.frame.pc;
        let Some(Op::LoadMethod(_)) = code.ops.get(pc) else { return None };
        let c = code.attr_cache.get(pc)?.get();
        if c.found_kind != AttrCache::FOUND_SUPER_METHOD || c.epoch != !self.class_epoch || c.shape != this.0 {
            return None;
        }
        let Obj::Instance(inst) = self.heap.get(o) else { return None };
        // What `fast_super` checks before making the object (else `super()` raises).
        if c.cls != inst.class.0 || !self.is_subclass(inst.class, this) {
            return None;
        }
        c.found
    }
}

//! Inline caches for attribute loads that miss the instance fast paths of `fastattr.rs`:
//! attributes of class objects (`Color.RED`, `Cls.CONSTANT`) and `property` getters on
//! instances, which `interp.rs` runs as frames of the loop rather than through `call`.
//!
//! A class-object entry shares the `LoadAttr` site's `AttrCache` with the instance paths but
//! holds the bitwise complement of the class epoch, so the instance paths (which compare the
//! epoch itself) never take it for one of theirs, and it too dies with the next class change.

use std::cell::Cell;

use super::Vm;
use crate::bytecode::AttrCache;
use crate::value::*;

impl Vm {
    /// `cls.name` from `site` when it holds the entry for the class object `obj`.
    #[inline]
    pub(crate) fn cached_class_attr(&self, obj: Value, site: &Cell<AttrCache>) -> Option<Value> {
        let Value::Obj(r) = obj else { return None };
        let c = site.get();
        if c.cls == r.0
            && c.epoch == !self.class_epoch
            && c.found_kind == AttrCache::FOUND_CLASS_ATTR
            && matches!(self.heap.get(r), Obj::Class(_))
        {
            return c.found;
        }
        None
    }

    /// `cls.name(...)` (`LoadMethod`) from `site` when it holds the entry for the class
    /// object `obj`: the callable and, for a class method, the class it binds.
    #[inline]
    pub(crate) fn cached_class_method(&self, obj: Value, site: &Cell<AttrCache>) -> Option<(Value, Option<Value>)> {
        let Value::Obj(r) = obj else { return None };
        let c = site.get();
        if c.cls != r.0 || c.epoch != !self.class_epoch || !matches!(self.heap.get(r), Obj::Class(_)) {
            return None;
        }
        match c.found_kind {
            AttrCache::FOUND_CLASS_ATTR => Some((c.found?, None)),
            AttrCache::FOUND_CLASS_METHOD => Some((c.found?, Some(obj))),
            _ => None,
        }
    }

    /// After `LoadMethod`'s general lookup on `obj`: what `fill_class_attr_cache` records,
    /// and also a class method whose function is Python code (`Strategy.create(...)`), whose
    /// call then passes the class without a bound method being made.
    pub(crate) fn fill_class_method_cache(&self, obj: Value, key: Value, site: &Cell<AttrCache>) {
        self.fill_class_cache(obj, key, site, true);
    }

    /// The Python function of the `classmethod` that `cls.name` finds along the MRO, when
    /// nothing the metaclass defines comes first.
    fn class_method_function(&self, cls: ObjRef, key: Value) -> Option<Value> {
        let meta = self.type_of(Value::Obj(cls));
        if meta != self.types.type_
            || matches!(self.heap.str_of(key)?, "__name__" | "__qualname__" | "__mro__" | "__bases__")
        {
            return None;
        }
        let Value::Obj(vr) = self.lookup_mro_key(cls, key)? else { return None };
        let Obj::ClassMethod(f) = self.heap.get(vr) else { return None };
        let Value::Obj(fr) = *f else { return None };
        matches!(self.heap.get(fr), Obj::Function(_)).then_some(*f)
    }

    /// After the general lookup of `obj.name` gave `v`: when `obj` is a class, records in
    /// `site` whether the lookup gives the same value until a class changes (what
    /// `class_attr_stable` checks), or that it does not (so the check is not repeated).
    pub(crate) fn fill_class_attr_cache(&self, obj: Value, key: Value, site: &Cell<AttrCache>) {
        self.fill_class_cache(obj, key, site, false);
    }

    /// What both fills record; `class_methods` also caches a class method whose function is
    /// Python code (for `LoadMethod` only: a plain load must make the bound method).
    fn fill_class_cache(&self, obj: Value, key: Value, site: &Cell<AttrCache>, class_methods: bool) {
        let Value::Obj(r) = obj else { return };
        if !matches!(self.heap.get(r), Obj::Class(_)) {
            return;
        }
        let c = site.get();
        let epoch = !self.class_epoch;
        if c.cls == r.0 && c.epoch == epoch {
            return;
        }
        let (found, found_kind) = match self.class_attr_stable(r, key) {
            Some(v) => (Some(v), AttrCache::FOUND_CLASS_ATTR),
            None => match class_methods.then(|| self.class_method_function(r, key)).flatten() {
                Some(f) => (Some(f), AttrCache::FOUND_CLASS_METHOD),
                None => (None, AttrCache::FOUND_DESCRIPTOR),
            },
        };
        site.set(AttrCache { cls: r.0, epoch, found, found_kind, poly: c.poly, ..AttrCache::default() });
    }

    /// What `cls.name` gives when that is an entry of the class's MRO returned as it is (a
    /// plain value, a function, a static method's function) and no hook or metaclass data
    /// descriptor comes first: such a value changes only with a class (`class_epoch`).
    /// `None` for everything else (class methods bind anew, descriptors run code).
    fn class_attr_stable(&self, cls: ObjRef, key: Value) -> Option<Value> {
        // `type`'s own data descriptors, which `class_getattr` answers before the MRO.
        if matches!(self.heap.str_of(key)?, "__name__" | "__qualname__" | "__mro__" | "__bases__") {
            return None;
        }
        let meta = self.type_of(Value::Obj(cls));
        if self.class(meta).hooks.getattribute {
            return None;
        }
        if meta != self.types.type_
            && let Some(v) = self.lookup_mro_key(meta, key)
            && self.is_data_descriptor(v)
        {
            return None;
        }
        let v = self.lookup_mro_key(cls, key)?;
        let Value::Obj(vr) = v else { return Some(v) };
        match self.heap.get(vr) {
            Obj::Function(_) => Some(v),
            Obj::StaticMethod(f) => Some(*f),
            Obj::Native(n) => (n.kind != NativeKind::ClassMethod).then_some(v),
            Obj::ClassMethod(_) | Obj::Property(_) => None,
            Obj::Instance(i) => self.lookup_mro(i.class, "__get__").is_none().then_some(v),
            _ => Some(v),
        }
    }

    /// A property, or an instance of a class with `__get__` and `__set__` or `__delete__`.
    fn is_data_descriptor(&self, v: Value) -> bool {
        let Value::Obj(r) = v else { return false };
        match self.heap.get(r) {
            Obj::Property(_) => true,
            Obj::Instance(i) => {
                self.lookup_mro(i.class, "__get__").is_some()
                    && (self.lookup_mro(i.class, "__set__").is_some()
                        || self.lookup_mro(i.class, "__delete__").is_some())
            }
            _ => false,
        }
    }

    /// The getter to run for `obj.name` when `site` holds its class's entry and that found a
    /// `property` whose `fget` is a Python function taking just the instance: what the
    /// general path would call (a property is a data descriptor, so the instance's own
    /// attributes do not matter), unless the class hooks attribute access.
    #[inline]
    pub(crate) fn cached_property_getter(&self, obj: Value, site: &Cell<AttrCache>) -> Option<ObjRef> {
        let f = self.cached_property_fget(obj, site)?;
        let Obj::Function(func) = self.heap.get(f) else { return None };
        (func.code.call_shape.plain_argc == 1).then_some(f)
    }

    /// The same for a `property` whose `fget` is a native function (`re.Match.lastgroup`):
    /// called directly, it skips the general lookup's ~1,000 instructions.
    #[inline]
    pub(crate) fn cached_native_property_getter(&self, obj: Value, site: &Cell<AttrCache>) -> Option<Value> {
        let f = self.cached_property_fget(obj, site)?;
        matches!(self.heap.get(f), Obj::Native(_)).then_some(Value::Obj(f))
    }

    /// The `fget` object of the property `site` found for `obj`'s class, when nothing hooks
    /// attribute access.
    #[inline]
    fn cached_property_fget(&self, obj: Value, site: &Cell<AttrCache>) -> Option<ObjRef> {
        let Value::Obj(r) = obj else { return None };
        let Obj::Instance(inst) = self.heap.get(r) else { return None };
        let c = site.get();
        if c.cls != inst.class.0 || c.epoch != self.class_epoch || c.found_kind != AttrCache::FOUND_DESCRIPTOR {
            return None;
        }
        let Some(Value::Obj(p)) = c.found else { return None };
        let Obj::Property(prop) = self.heap.get(p) else { return None };
        let Value::Obj(f) = prop.fget else { return None };
        let hooks = self.class(inst.class).hooks;
        if hooks.getattribute || hooks.getattr {
            return None;
        }
        Some(f)
    }
}

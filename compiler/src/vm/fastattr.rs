//! Fast paths for attribute access on plain instances with interned names.
//!
//! The interpreter's `LoadAttr`/`StoreAttr`/`LoadMethod` try these first. Each instruction's
//! inline cache remembers what the class lookup found (per class and class epoch) and where
//! the name sits in the instance's shape, so `self.x` is two compares and an index. They
//! allocate nothing (except bound methods) and give up (returning `None`) whenever anything
//! unusual is involved (descriptors, hooks, built-in payloads, slot violations), leaving the
//! general path in `attr.rs` to handle it with full semantics.

use std::cell::Cell;

use super::Vm;
use crate::bytecode::{AttrCache, GlobalCache};
use crate::value::*;

impl Vm {
    /// Dict lookup with a `str` key whose hash is cached (no Python code can run).
    #[inline]
    pub(crate) fn str_key_get(&self, dict: ObjRef, key: Value) -> Option<Value> {
        let Obj::Dict(d) = self.heap.get(dict) else { return None };
        let ks = self.heap.pystr(key)?;
        let h = ks.hash();
        let heap = &self.heap;
        let pos = d
            .probe(h, |k| {
                if k.is(key) {
                    return Some(true);
                }
                Some(heap.pystr(k).is_some_and(|s| s.as_str() == ks.as_str()))
            })
            .found()?;
        d.entry_at(pos).map(|e| e.value)
    }

    /// Sets a `str` key in a dict (no Python code can run).
    #[cfg_attr(edge_speed, optimize(speed))]
    pub(crate) fn str_key_set(&mut self, dict: ObjRef, key: Value, value: Value) {
        let Some(ks) = self.heap.pystr(key) else { return };
        let h = ks.hash();
        let heap = &self.heap;
        let pos = match heap.get(dict) {
            Obj::Dict(d) => d
                .probe(h, |k| {
                    if k.is(key) {
                        return Some(true);
                    }
                    Some(heap.pystr(k).is_some_and(|s| s.as_str() == ks.as_str()))
                })
                .found(),
            _ => return,
        };
        if let Obj::Dict(d) = self.heap.get_mut(dict) {
            match pos {
                Some(p) => d.set_at(p, value),
                None => d.insert_new(h, key, value),
            }
        }
    }

    /// Position of the entry whose key is the very object `key` (interned names), if any.
    fn str_key_pos(&self, dict: ObjRef, key: Value) -> Option<usize> {
        let Obj::Dict(d) = self.heap.get(dict) else { return None };
        let h = self.heap.pystr(key)?.hash();
        d.probe(h, |k| Some(k.is(key))).found()
    }

    /// The value at `pos` in `dict` if that entry's key is the object `key`.
    #[inline]
    fn entry_if_key(&self, dict: ObjRef, pos: u32, key: Value) -> Option<Value> {
        let Obj::Dict(d) = self.heap.get(dict) else { return None };
        let e = d.entry_at(pos as usize)?;
        if e.key.is(key) { Some(e.value) } else { None }
    }

    /// A global name through `LoadGlobal`'s inline cache; `None` on a miss (the caller then
    /// does the full lookup, and `fill_global_cache` records where it found the name).
    // A hit in globals is told by globals' key-set version (unique per dict, so also a new
    // dict in a reused slot misses), with no read of the name: the entry at `pos` can only
    // hold another key once a key was added or removed.
    #[inline(always)]
    pub(crate) fn cached_global(
        &self,
        site: &Cell<GlobalCache>,
        globals: ObjRef,
        key: impl FnOnce() -> Value,
    ) -> Option<Value> {
        let c = site.get();
        if c.globals != globals.0 {
            return None;
        }
        let Obj::Dict(g) = self.heap.get(globals) else { return None };
        let version = g.version();
        if c.pos != u32::MAX {
            if version == c.globals_version {
                return g.entry_at(c.pos as usize).map(|e| e.value);
            }
            // Another global came or went (`except E as e` at module level does, each time):
            // the entry is most likely still the name's, which its key tells.
            let v = self.entry_if_key(globals, c.pos, key())?;
            site.set(GlobalCache { globals_version: version, ..c });
            return Some(v);
        }
        if version != c.globals_version {
            return None;
        }
        self.entry_if_key(self.builtins, c.builtin_pos, key())
    }

    /// `StoreGlobal` (and module-level `StoreName`) through the name's `LoadGlobal` cache: when
    /// it points at `key`'s own entry in `globals`, the value is replaced there (true), as the
    /// full store would do for an existing key. False: the caller does the full store.
    #[inline(always)]
    pub(crate) fn cached_global_store(
        &mut self,
        site: &Cell<GlobalCache>,
        globals: ObjRef,
        key: Value,
        v: Value,
    ) -> bool {
        let c = site.get();
        if c.globals != globals.0 || c.pos == u32::MAX {
            return false;
        }
        let Obj::Dict(g) = self.heap.get_mut(globals) else { return false };
        g.set_if_key(c.pos as usize, key, v)
    }

    /// Records where `key` lives now (globals, or builtins with globals' version), when it is
    /// stored under the identical interned key (otherwise the cache stays as it is).
    pub(crate) fn fill_global_cache(&self, site: &Cell<GlobalCache>, globals: ObjRef, key: Value) {
        let Obj::Dict(g) = self.heap.get(globals) else { return };
        let version = g.version();
        if let Some(pos) = self.str_key_pos(globals, key) {
            site.set(GlobalCache {
                globals: globals.0,
                pos: pos as u32,
                builtin_pos: u32::MAX,
                globals_version: version,
            });
            return;
        }
        if let Some(bpos) = self.str_key_pos(self.builtins, key) {
            site.set(GlobalCache {
                globals: globals.0,
                pos: u32::MAX,
                builtin_pos: bpos as u32,
                globals_version: version,
            });
        }
    }

    /// `lookup_mro` with an interned key.
    #[inline]
    pub(crate) fn lookup_mro_key(&self, cls: ObjRef, key: Value) -> Option<Value> {
        let Obj::Class(c) = self.heap.get(cls) else { return None };
        for &k in &c.mro {
            if let Obj::Class(kc) = self.heap.get(k)
                && let Some(v) = self.str_key_get(kc.dict, key)
            {
                return Some(v);
            }
        }
        None
    }

    /// The class half of an inline cache, refilled when the class or epoch changed. A refill
    /// also forgets the shape half, whose store transitions were checked against the class.
    #[inline]
    fn class_cached(&self, site: &Cell<AttrCache>, cls: ObjRef, key: Value) -> AttrCache {
        let c = site.get();
        if c.cls == cls.0 && c.epoch == self.class_epoch {
            return c;
        }
        self.refill_class(site, cls, key)
    }

    #[cold]
    fn refill_class(&self, site: &Cell<AttrCache>, cls: ObjRef, key: Value) -> AttrCache {
        let key_id = key.as_obj().map_or(u32::MAX, |k| k.0);
        let entry = &self.attr_caches.lookups[mix(cls.0, key_id)];
        let e = entry.get();
        if e.cls == cls.0 && e.key == key_id && e.epoch == self.class_epoch {
            let c = AttrCache {
                cls: cls.0,
                epoch: e.epoch,
                found: e.found,
                found_kind: e.kind,
                store_hook: self.class(cls).hooks.setattr,
                ..AttrCache::default()
            };
            site.set(c);
            return c;
        }
        let c = self.lookup_class_attr(cls, key);
        entry.set(LookupEntry { cls: cls.0, key: key_id, epoch: c.epoch, found: c.found, kind: c.found_kind });
        site.set(c);
        c
    }

    fn lookup_class_attr(&self, cls: ObjRef, key: Value) -> AttrCache {
        let found = self.lookup_mro_key(cls, key);
        let hooks = self.class(cls).hooks;
        let found_kind = match found {
            _ if hooks.getattribute => AttrCache::FOUND_DESCRIPTOR,
            None => AttrCache::FOUND_NONE,
            Some(f) if self.is_descriptor_like(f) => AttrCache::FOUND_DESCRIPTOR,
            Some(Value::Obj(r)) if matches!(self.heap.get(r), Obj::Function(_)) => AttrCache::FOUND_FUNCTION,
            Some(_) => AttrCache::FOUND_PLAIN,
        };
        // A `__setattr__` (a frozen dataclass's, say) only matters to stores: loads of such
        // instances' attributes stay on the fast paths.
        let store_hook = hooks.setattr;
        AttrCache { cls: cls.0, epoch: self.class_epoch, found, found_kind, store_hook, ..AttrCache::default() }
    }

    /// The shape half of an inline cache: `c.slot` for `shape`.
    #[inline]
    fn shape_cached(&self, site: &Cell<AttrCache>, c: &mut AttrCache, shape: u32, key: Value) {
        if c.shape != shape {
            c.shape = shape;
            c.slot = self.shape_slot(shape, key);
            c.next = u32::MAX;
            site.set(*c);
        }
    }

    /// Index of `key` in `shape` through the VM-wide slot cache.
    #[cold]
    fn shape_slot(&self, shape: u32, key: Value) -> u32 {
        let key_id = key.as_obj().map_or(u32::MAX, |k| k.0);
        let entry = &self.attr_caches.slots[mix(shape, key_id)];
        let e = entry.get();
        if e.shape == shape && e.key == key_id {
            return e.slot;
        }
        let slot = self.shape_index(shape, key).map_or(AttrCache::ABSENT, |p| p as u32);
        entry.set(SlotEntry { shape, key: key_id, slot });
        slot
    }

    /// The interned `str` equal to `name`, an exact `str` (names in code are interned, and
    /// so are the keys the caches are filled under). `None` for a name never interned: no
    /// code names it, so the general path is as good.
    fn interned_name(&self, name: Value) -> Option<Value> {
        let s = self.heap.pystr(name)?;
        self.interned.get(&self.heap, s.as_str(), s.hash()).map(Value::Obj)
    }

    /// `getattr(obj, name)` with a computed `name` through the attribute instructions' fast
    /// path (a plain instance's own attribute, a plain class attribute, a method), with a
    /// VM-wide site per name. `None`: the general path decides (and raises if it must).
    pub(crate) fn getattr_by_name(&mut self, obj: Value, name: Value) -> Option<Value> {
        let key = self.interned_name(name)?;
        let id = key.as_obj()?.0;
        let site = self.attr_caches.dynamic_site(id);
        let found = self.fast_getattr(obj, key, &site);
        self.attr_caches.keep_dynamic_site(id, &site);
        found
    }

    /// `setattr(obj, name, value)` with a computed `name` through `StoreAttr`'s fast path;
    /// false: the general path stores.
    pub(crate) fn setattr_by_name(&mut self, obj: Value, name: Value, value: Value) -> bool {
        let Some(key) = self.interned_name(name) else { return false };
        let Some(id) = key.as_obj().map(|k| k.0) else { return false };
        let site = self.attr_caches.dynamic_site(id);
        let stored = self.fast_setattr(obj, key, value, &site);
        self.attr_caches.keep_dynamic_site(id, &site);
        stored
    }

    /// A plain instance (no built-in payload): its class.
    #[inline]
    fn plain_instance(&self, obj: Value) -> Option<(ObjRef, ObjRef)> {
        let Value::Obj(r) = obj else { return None };
        let Obj::Instance(inst) = self.heap.get(r) else { return None };
        if !matches!(inst.payload, Payload::None) {
            return None;
        }
        Some((r, inst.class))
    }

    /// The attribute stored on the instance itself, through the cache's shape half.
    #[inline]
    fn own_attr_cached(&self, site: &Cell<AttrCache>, c: &mut AttrCache, r: ObjRef, key: Value) -> Option<Value> {
        let Obj::Instance(inst) = self.heap.get(r) else { return None };
        match &inst.attrs {
            Attrs::Shaped { shape, values } => {
                self.shape_cached(site, c, *shape, key);
                if c.slot == AttrCache::ABSENT { None } else { values.get(c.slot as usize).copied() }
            }
            Attrs::Dict(d) => self.str_key_get(*d, key),
        }
    }

    /// Is `v` something that takes part in attribute lookup (property or user descriptor)?
    #[inline]
    fn is_descriptor_like(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Property(_) | Obj::Instance(_) | Obj::ClassMethod(_) | Obj::StaticMethod(_) | Obj::Native(_)))
    }

    /// `fast_getattr` with the name read only past the inline hit, which needs none: read
    /// first, as an argument, it cost every hit a bounds check and a copy.
    #[cfg(not(target_arch = "wasm32"))]
    #[inline(always)]
    pub(crate) fn fast_getattr_lazy(&mut self, obj: Value, key: LazyName, site: &Cell<AttrCache>) -> Option<Value> {
        if let Some(v) = self.getattr_hit(obj, site) {
            return Some(v);
        }
        self.getattr_miss(obj, key.get()?, site)
    }

    /// `fast_getattr_lazy` past a `getattr_hit` that missed.
    #[cfg(not(target_arch = "wasm32"))]
    #[inline(always)]
    pub(crate) fn getattr_past_hit(&mut self, obj: Value, key: LazyName, site: &Cell<AttrCache>) -> Option<Value> {
        self.getattr_miss(obj, key.get()?, site)
    }

    /// `fast_setattr` with the name read only past the inline hits (see `fast_getattr_lazy`).
    #[inline(always)]
    pub(crate) fn fast_setattr_lazy(
        &mut self,
        obj: Value,
        key: LazyName,
        value: Value,
        site: &Cell<AttrCache>,
    ) -> bool {
        if self.setattr_hit(obj, value, site) {
            return true;
        }
        match key.get() {
            Some(key) => self.setattr_miss(obj, key, value, site),
            None => false,
        }
    }

    /// `fast_load_method` with the name read only where it is needed (see
    /// `fast_getattr_lazy`): the polymorphic block and the miss.
    #[cfg(not(target_arch = "wasm32"))]
    #[inline(always)]
    pub(crate) fn fast_load_method_lazy(
        &mut self,
        obj: Value,
        key: LazyName,
        site: &Cell<AttrCache>,
    ) -> Option<(Value, Option<Value>)> {
        if let Some(found) = self.load_method_hit(obj, || key.get(), site) {
            return Some(found);
        }
        self.load_method_miss(obj, key.get()?, site)
    }

    /// The inline (or polymorphic) hit of `fast_load_method_lazy`.
    #[cfg(not(target_arch = "wasm32"))]
    #[inline(always)]
    pub(crate) fn load_method_hit_lazy(
        &self,
        obj: Value,
        key: LazyName,
        site: &Cell<AttrCache>,
    ) -> Option<(Value, Option<Value>)> {
        self.load_method_hit(obj, || key.get(), site)
    }

    /// `fast_load_method_lazy` past a `load_method_hit_lazy` that missed.
    #[cfg(not(target_arch = "wasm32"))]
    #[inline(always)]
    pub(crate) fn load_method_past_hit(
        &mut self,
        obj: Value,
        key: LazyName,
        site: &Cell<AttrCache>,
    ) -> Option<(Value, Option<Value>)> {
        self.load_method_miss(obj, key.get()?, site)
    }

    /// `obj.name` for plain instances: instance attributes, then plain class attributes and
    /// methods. `None` means "use the general path".
    // The hit (the class, epoch and shape the site saw last, an instance attribute or a plain
    // class attribute) is inlined into the instruction; anything else goes to `getattr_miss`.
    #[inline(always)]
    pub(crate) fn fast_getattr(&mut self, obj: Value, key: Value, site: &Cell<AttrCache>) -> Option<Value> {
        if let Some(v) = self.getattr_hit(obj, site) {
            return Some(v);
        }
        self.getattr_miss(obj, key, site)
    }

    /// `obj.name` when `site` holds the entry for `obj`'s class and shape. (The polymorphic
    /// block is searched by `getattr_miss`: a branch to it here, inlined at every attribute
    /// instruction, cost nbody 1% in `dispatch`'s code.)
    #[inline(always)]
    pub(crate) fn getattr_hit(&self, obj: Value, site: &Cell<AttrCache>) -> Option<Value> {
        if let Value::Obj(r) = obj
            && let Some(Obj::Instance(inst)) = self.heap.get_checked(r)
            && let Attrs::Shaped { shape, values } = &inst.attrs
        {
            let c = site.get();
            if c.cls == inst.class.0
                && c.epoch == self.class_epoch
                && c.shape == *shape
                && c.found_kind != AttrCache::FOUND_DESCRIPTOR
                && matches!(inst.payload, Payload::None)
            {
                if c.slot != AttrCache::ABSENT {
                    if let Some(v) = values.get(c.slot as usize) {
                        return Some(*v);
                    }
                } else if c.found_kind == AttrCache::FOUND_PLAIN {
                    return c.found;
                }
            }
        }
        None
    }

    #[inline(never)]
    #[cfg_attr(edge_speed, optimize(speed))]
    fn getattr_miss(&mut self, obj: Value, key: Value, site: &Cell<AttrCache>) -> Option<Value> {
        // The polymorphic block first, in a function of its own: a site that sees a few
        // classes in turn hits there, and this one's prologue (it saves every register for
        // the refills below) cost deltablue ~20 instructions per hit.
        let poly = site.get().poly;
        if poly != AttrCache::NO_POLY
            && let Some(v) = self.getattr_poly(obj, key, poly)
        {
            return Some(v);
        }
        self.getattr_unpolymorphic(obj, key, site)
    }

    /// `obj.name` through polymorphic block `poly`, when its entry for `obj`'s class and
    /// shape answers without a lookup.
    #[inline]
    fn getattr_poly(&mut self, obj: Value, key: Value, poly: u16) -> Option<Value> {
        let (c, values) = self.poly_lookup(obj, key, poly)?;
        match (c.found_kind, c.found) {
            (AttrCache::FOUND_DESCRIPTOR, _) => None,
            _ if c.slot != AttrCache::ABSENT => values.get(c.slot as usize).copied(),
            (AttrCache::FOUND_PLAIN, found) => found,
            (AttrCache::FOUND_FUNCTION, Some(f)) => Some(self.bind(obj, f)),
            _ => None,
        }
    }

    #[inline(never)]
    fn getattr_unpolymorphic(&mut self, obj: Value, key: Value, site: &Cell<AttrCache>) -> Option<Value> {
        // Only plain instances take the fast paths below; of the rest, exceptions' `args`.
        let Some((_, cls)) = self.plain_instance(obj) else {
            return self.exception_args_cached(obj, key, site);
        };
        let old = site.get();
        // A descriptor the site found on this class (a property): for the general path, or
        // the getter frame of `load_attr_past_cache`, with no lookups here.
        if old.cls == cls.0 && old.epoch == self.class_epoch && old.found_kind == AttrCache::FOUND_DESCRIPTOR {
            return None;
        }
        let found = self.getattr_refill(obj, key, site);
        self.keep_poly(obj, key, site, old);
        found
    }

    /// `getattr_miss` past the polymorphic block: the shared table, else the lookups.
    #[inline]
    /// `e.args` of an exception instance (`except E as e: e.args[0]`), which the general
    /// path finds last, after a search of the class's MRO and of the instance. The site
    /// remembers the class (and epoch) and the shape for which both searches found nothing.
    fn exception_args_cached(&self, obj: Value, key: Value, site: &Cell<AttrCache>) -> Option<Value> {
        let Value::Obj(r) = obj else { return None };
        let Obj::Instance(inst) = self.heap.get(r) else { return None };
        let (Payload::Exception(e), Attrs::Shaped { shape, .. }) = (&inst.payload, &inst.attrs) else {
            return None;
        };
        let c = site.get();
        let args = e.args.map_or(self.singletons.empty_tuple, Value::Obj);
        if c.found_kind == AttrCache::FOUND_EXC_ARGS
            && c.cls == inst.class.0
            && c.epoch == self.class_epoch
            && c.shape == *shape
        {
            return Some(args);
        }
        if self.heap.str_of(key) != Some("args")
            || self.lookup_class_attr(inst.class, key).found_kind != AttrCache::FOUND_NONE
            || self.shape_index(*shape, key).is_some()
        {
            return None;
        }
        let found_kind = AttrCache::FOUND_EXC_ARGS;
        site.set(AttrCache {
            cls: inst.class.0,
            epoch: self.class_epoch,
            found_kind,
            shape: *shape,
            poly: c.poly,
            ..AttrCache::default()
        });
        Some(args)
    }

    fn getattr_refill(&mut self, obj: Value, key: Value, site: &Cell<AttrCache>) -> Option<Value> {
        if let Some((c, values)) = self.refill_shared(obj, key, site) {
            // The usual case of a site seeing several classes in turn: the entry for this
            // class and shape is complete, so it answers as an inline hit would (and binds
            // a method).
            let own = values.get(c.slot as usize).copied();
            match (c.found_kind, c.found) {
                (AttrCache::FOUND_DESCRIPTOR, _) => {}
                _ if own.is_some() => return own,
                _ if c.slot != AttrCache::ABSENT => {}
                (AttrCache::FOUND_PLAIN, found) => return found,
                (AttrCache::FOUND_FUNCTION, Some(f)) => return Some(self.bind(obj, f)),
                _ => {}
            }
            return self.getattr_slow(obj, key, site);
        }
        let found = self.getattr_slow(obj, key, site);
        self.remember_shared(obj, key, site);
        found
    }

    fn getattr_slow(&mut self, obj: Value, key: Value, site: &Cell<AttrCache>) -> Option<Value> {
        let (r, cls) = self.plain_instance(obj)?;
        let mut c = self.class_cached(site, cls, key);
        if c.found_kind == AttrCache::FOUND_DESCRIPTOR {
            return None;
        }
        if let Some(v) = self.own_attr_cached(site, &mut c, r, key) {
            return Some(v);
        }
        match c.found_kind {
            AttrCache::FOUND_FUNCTION => Some(self.bind(obj, c.found?)),
            AttrCache::FOUND_PLAIN => c.found,
            _ => None,
        }
    }

    /// `obj.name = value` for plain instances without data descriptors or hooks.
    // The hits are inlined into the instruction: an attribute the instance has, or one it
    // gains (the shape transition the site saw last, `setattr_slow` having checked
    // `__slots__` and descriptors when it recorded `next`) while its value vector has room,
    // which is what `__init__` does to every new instance (a full vector, as at an
    // instance's first store, is grown out of line). Anything else goes to `setattr_miss`.
    #[inline(always)]
    pub(crate) fn fast_setattr(&mut self, obj: Value, key: Value, value: Value, site: &Cell<AttrCache>) -> bool {
        self.setattr_hit(obj, value, site) || self.setattr_miss(obj, key, value, site)
    }

    /// The inline hits of `fast_setattr`.
    #[inline(always)]
    fn setattr_hit(&mut self, obj: Value, value: Value, site: &Cell<AttrCache>) -> bool {
        let epoch = self.class_epoch;
        if let Value::Obj(r) = obj
            && let Obj::Instance(inst) = self.heap.get_mut(r)
            && let Attrs::Shaped { shape, values } = &mut inst.attrs
        {
            let c = site.get();
            if c.cls == inst.class.0
                && c.epoch == epoch
                && c.shape == *shape
                && c.found_kind != AttrCache::FOUND_DESCRIPTOR
                && !c.store_hook
                && matches!(inst.payload, Payload::None)
            {
                if let Some(v) = values.get_mut(c.slot as usize) {
                    *v = value;
                    return true;
                }
                if c.slot == AttrCache::ABSENT && c.next != u32::MAX {
                    if values.len() < values.capacity() {
                        values.push(value);
                        *shape = c.next;
                        return true;
                    }
                    self.inst_append_grow(r, c.next, value);
                    return true;
                }
            }
        }
        false
    }

    /// `Rot2 StoreAttr` on `[.. obj value]` (the tail of `obj.name op= v`): the store done
    /// in place of the swap, popping both, when `fast_setattr` can do it.
    #[inline(always)]
    pub(crate) fn fast_store_swapped(&mut self, key: Value, site: &Cell<AttrCache>) -> bool {
        let n = self.frame.regs.len();
        let [.., obj, value] = self.frame.regs[..] else { return false };
        if self.fast_setattr(obj, key, value, site) {
            self.frame.regs.truncate(n - 2);
            return true;
        }
        false
    }

    #[inline(never)]
    fn setattr_miss(&mut self, obj: Value, key: Value, value: Value, site: &Cell<AttrCache>) -> bool {
        let shared = self.refill_from_shared(obj, key, site);
        self.setattr_slow(obj, key, value, site, !shared)
    }

    /// `remember`: record the site's entry in the shared table once it is complete for this
    /// instance (before the store, which may change the instance's shape).
    fn setattr_slow(&mut self, obj: Value, key: Value, value: Value, site: &Cell<AttrCache>, remember: bool) -> bool {
        let Some((r, cls)) = self.plain_instance(obj) else { return false };
        // `obj.__class__ = C` switches the instance's class (`generic_setattr`); it is never
        // an attribute in the instance, so no cache learns it.
        if self.heap.str_of(key) == Some("__class__") {
            return false;
        }
        let mut c = self.class_cached(site, cls, key);
        if c.found_kind == AttrCache::FOUND_DESCRIPTOR || c.store_hook {
            return false;
        }
        let Obj::Instance(inst) = self.heap.get(r) else { return false };
        let shape = match &inst.attrs {
            Attrs::Shaped { shape, .. } => *shape,
            Attrs::Dict(d) => {
                let d = *d;
                if self.class(cls).slots.is_some() {
                    return false;
                }
                self.str_key_set(d, key, value);
                return true;
            }
        };
        self.shape_cached(site, &mut c, shape, key);
        if c.slot != AttrCache::ABSENT {
            if remember {
                self.remember_shared(obj, key, site);
            }
            if let Obj::Instance(inst) = self.heap.get_mut(r)
                && let Attrs::Shaped { values, .. } = &mut inst.attrs
                && let Some(slot) = values.get_mut(c.slot as usize)
            {
                *slot = value;
                return true;
            }
            return false;
        }
        if c.next == u32::MAX {
            if let Some(slots) = &self.class(cls).slots {
                let name = self.heap.str_of(key);
                if !slots.iter().any(|s| Some(&**s) == name) {
                    return false;
                }
            }
            let heap = &self.heap;
            let Some(next) = self.shapes.child(shape, key, |a, b| Vm::same_str(heap, a, b)) else { return false };
            c.next = next;
            site.set(c);
        }
        if remember {
            self.remember_shared(obj, key, site);
        }
        self.inst_append(r, c.next, value);
        true
    }

    /// `obj.name` about to be called: a Python method found on the class comes back unbound
    /// with its receiver, saving the bound-method allocation.
    // The hit (a Python function on the class the site saw last, not shadowed in the shape
    // it saw last) is inlined into the instruction; anything else goes to `load_method_miss`.
    #[cfg(target_arch = "wasm32")]
    #[inline(always)]
    pub(crate) fn fast_load_method(
        &mut self,
        obj: Value,
        key: Value,
        site: &Cell<AttrCache>,
    ) -> Option<(Value, Option<Value>)> {
        if let Some(found) = self.load_method_hit(obj, || Some(key), site) {
            return Some(found);
        }
        self.load_method_miss(obj, key, site)
    }

    /// `obj.name` about to be called when `site` holds the entry for `obj`'s class (and
    /// shape), inline or in its polymorphic block.
    #[inline(always)]
    fn load_method_hit(
        &self,
        obj: Value,
        key: impl FnOnce() -> Option<Value>,
        site: &Cell<AttrCache>,
    ) -> Option<(Value, Option<Value>)> {
        if let Value::Obj(r) = obj {
            let c = site.get();
            // An unbound local's marker is no object: it misses here (see `get_checked`).
            match self.heap.get_checked(r)? {
                Obj::Instance(inst) => {
                    if let Attrs::Shaped { shape, .. } = &inst.attrs {
                        if c.cls == inst.class.0 && c.epoch == self.class_epoch && c.shape == *shape {
                            if c.slot == AttrCache::ABSENT
                                && (c.found_kind == AttrCache::FOUND_FUNCTION && matches!(inst.payload, Payload::None)
                                    || c.found_kind == AttrCache::FOUND_NATIVE_METHOD)
                                && let Some(m) = c.found
                            {
                                return Some((m, Some(obj)));
                            }
                        } else if c.poly != AttrCache::NO_POLY
                            && let Some(key) = key()
                            && let Some(m) = self.poly_method(c.poly, obj, key)
                        {
                            return Some((m, Some(obj)));
                        }
                    }
                }
                other => {
                    if let Some(cls) = self.container_class(other)
                        && c.cls == cls.0
                        && c.epoch == self.class_epoch
                        && c.found_kind == AttrCache::FOUND_NATIVE_METHOD
                        && let Some(m) = c.found
                    {
                        return Some((m, Some(obj)));
                    }
                }
            }
        } else if let Some(cls) = self.immediate_class(obj) {
            let c = site.get();
            if c.cls == cls.0
                && c.epoch == self.class_epoch
                && c.found_kind == AttrCache::FOUND_NATIVE_METHOD
                && let Some(m) = c.found
            {
                return Some((m, Some(obj)));
            }
        }
        None
    }

    /// The class of an int, float or bool held in the value itself: their methods
    /// (`n.bit_length()`, `x.is_integer()`) are cached like a container's.
    #[inline(always)]
    fn immediate_class(&self, v: Value) -> Option<ObjRef> {
        match v {
            Value::Int(_) => Some(self.types.int),
            Value::Float(_) => Some(self.types.float),
            Value::Bool(_) => Some(self.types.bool_),
            _ => None,
        }
    }

    #[inline(never)]
    fn load_method_miss(&mut self, obj: Value, key: Value, site: &Cell<AttrCache>) -> Option<(Value, Option<Value>)> {
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Obj::Instance(inst) if matches!(inst.payload, Payload::Builtin(_)) => {
                    return self.wrapped_builtin_method(obj, key, site);
                }
                other => {
                    if let Some(cls) = self.container_class(other) {
                        return self.container_method(obj, cls, key, site);
                    }
                }
            }
        } else if let Some(cls) = self.immediate_class(obj) {
            return self.container_method(obj, cls, key, site);
        }
        self.plain_instance(obj)?;
        let old = site.get();
        if old.poly != AttrCache::NO_POLY
            && let Some((c, values)) = self.poly_lookup(obj, key, old.poly)
        {
            match (c.found_kind, c.found) {
                (AttrCache::FOUND_DESCRIPTOR, _) => {}
                _ if c.slot != AttrCache::ABSENT => {
                    if let Some(&v) = values.get(c.slot as usize) {
                        return Some((v, None));
                    }
                }
                (AttrCache::FOUND_FUNCTION, Some(m)) => return Some((m, Some(obj))),
                (AttrCache::FOUND_PLAIN, Some(v)) => return Some((v, None)),
                _ => {}
            }
        }
        let found = self.load_method_refill(obj, key, site);
        self.keep_poly(obj, key, site, old);
        found
    }

    /// `load_method_miss` past the polymorphic block: the shared table, else the lookups.
    #[inline]
    fn load_method_refill(&mut self, obj: Value, key: Value, site: &Cell<AttrCache>) -> Option<(Value, Option<Value>)> {
        if let Some((c, _)) = self.refill_shared(obj, key, site) {
            if c.slot == AttrCache::ABSENT
                && c.found_kind == AttrCache::FOUND_FUNCTION
                && let Some(m) = c.found
            {
                return Some((m, Some(obj)));
            }
            return self.load_method_slow(obj, key, site);
        }
        let found = self.load_method_slow(obj, key, site);
        self.remember_shared(obj, key, site);
        found
    }

    fn load_method_slow(&mut self, obj: Value, key: Value, site: &Cell<AttrCache>) -> Option<(Value, Option<Value>)> {
        let (r, cls) = self.plain_instance(obj)?;
        let mut c = self.class_cached(site, cls, key);
        if matches!(c.found_kind, AttrCache::FOUND_DESCRIPTOR | AttrCache::FOUND_NATIVE_METHOD) {
            // A native method in a Python class's namespace (`re.Match.group`): called with
            // the instance as it is, as a built-in's method is.
            return self.plain_native_method(obj, cls, key, site);
        }
        if let Some(v) = self.own_attr_cached(site, &mut c, r, key) {
            return Some((v, None));
        }
        match c.found_kind {
            AttrCache::FOUND_FUNCTION => Some((c.found?, Some(obj))),
            AttrCache::FOUND_PLAIN => Some((c.found?, None)),
            _ => None,
        }
    }
}

impl Vm {
    /// Fills `site` from the VM-wide table of complete entries when that table has one for
    /// `obj`'s class (at this epoch) and shape: a site that sees several classes in turn (a
    /// base-class method running on instances of different subclasses) then skips the class
    /// lookup and the shape search. True when it did.
    fn refill_from_shared(&self, obj: Value, key: Value, site: &Cell<AttrCache>) -> bool {
        self.refill_shared(obj, key, site).is_some()
    }

    /// `refill_from_shared`, giving the entry and the instance's attribute values.
    #[inline]
    fn refill_shared(&self, obj: Value, key: Value, site: &Cell<AttrCache>) -> Option<(AttrCache, &[Value])> {
        let Value::Obj(r) = obj else { return None };
        let Obj::Instance(inst) = self.heap.get(r) else { return None };
        let Attrs::Shaped { shape, values } = &inst.attrs else { return None };
        if !matches!(inst.payload, Payload::None) {
            return None;
        }
        let (cls, shape) = (inst.class.0, *shape);
        let key_id = key.as_obj().map_or(u32::MAX, |k| k.0);
        let e = self.attr_caches.entries[mix(cls ^ shape.rotate_left(16), key_id)].get();
        if e.key == key_id && e.cache.cls == cls && e.cache.shape == shape && e.cache.epoch == self.class_epoch {
            site.set(e.cache);
            return Some((e.cache, values));
        }
        None
    }

    /// Records `site`'s entry in the VM-wide table when it is complete for `obj`'s class and
    /// shape (what a lookup found depends only on the class, the shape and the name).
    fn remember_shared(&self, obj: Value, key: Value, site: &Cell<AttrCache>) {
        let Some((cls, shape)) = self.class_and_shape(obj) else { return };
        let c = site.get();
        // A native method entry is for method calls only; attribute loads share this table.
        if c.cls != cls.0
            || c.shape != shape
            || c.epoch != self.class_epoch
            || c.found_kind == AttrCache::FOUND_NATIVE_METHOD
        {
            return;
        }
        let key_id = key.as_obj().map_or(u32::MAX, |k| k.0);
        self.attr_caches.entries[mix(cls.0 ^ shape.rotate_left(16), key_id)].set(SharedEntry { key: key_id, cache: c });
    }

    fn class_and_shape(&self, obj: Value) -> Option<(ObjRef, u32)> {
        let Value::Obj(r) = obj else { return None };
        let Obj::Instance(inst) = self.heap.get(r) else { return None };
        match &inst.attrs {
            Attrs::Shaped { shape, .. } if matches!(inst.payload, Payload::None) => Some((inst.class, *shape)),
            _ => None,
        }
    }

    /// The class of a built-in container: its attributes all come from the class (it has no
    /// instance dict to shadow them), and its methods are natives that take it as it is.
    #[inline(always)]
    fn container_class(&self, obj: &Obj) -> Option<ObjRef> {
        let t = &self.types;
        Some(match obj {
            Obj::Str(_) => t.str,
            Obj::List(_) => t.list,
            Obj::Tuple(_) => t.tuple,
            Obj::Dict(_) => t.dict,
            Obj::Set(_) => t.set,
            Obj::FrozenSet(_) => t.frozenset,
            Obj::Bytes(_) => t.bytes,
            Obj::ByteArray(_) => t.bytearray,
            Obj::BigInt(_) => t.int,
            // No instance dict either: `gen.send(v)` in a coroutine pipeline is cached too.
            Obj::Generator(g) => match g.kind {
                GenKind::Generator => t.generator,
                GenKind::Coroutine => t.coroutine,
                GenKind::AsyncGenerator => t.async_generator,
            },
            _ => return None,
        })
    }

    /// `container.name` about to be called, as `load_method` finds it (a native method of the
    /// class, with the container as receiver), remembered in `site` for this class and epoch.
    fn container_method(
        &self,
        obj: Value,
        cls: ObjRef,
        key: Value,
        site: &Cell<AttrCache>,
    ) -> Option<(Value, Option<Value>)> {
        if self.class(cls).hooks.getattribute {
            return None;
        }
        self.remember_native_method(obj, cls, AttrCache::default().shape, key, site)
    }

    /// The native method `key` of `cls` with `obj` as receiver, remembered in `site` for the
    /// class, epoch and `shape`; `None` when the class has something else under that name.
    fn remember_native_method(
        &self,
        obj: Value,
        cls: ObjRef,
        shape: u32,
        key: Value,
        site: &Cell<AttrCache>,
    ) -> Option<(Value, Option<Value>)> {
        let m = self.lookup_mro_key(cls, key)?;
        let Value::Obj(mr) = m else { return None };
        if !matches!(self.heap.get(mr), Obj::Native(n) if n.kind == NativeKind::Method) {
            return None;
        }
        site.set(AttrCache {
            cls: cls.0,
            epoch: self.class_epoch,
            found: Some(m),
            found_kind: AttrCache::FOUND_NATIVE_METHOD,
            shape,
            slot: AttrCache::ABSENT,
            ..AttrCache::default()
        });
        Some((m, Some(obj)))
    }

    /// `obj.name` about to be called on a plain instance whose class has a native method of
    /// that name (not shadowed by the instance, no `__getattribute__` hook): remembered for
    /// the class, epoch and shape as `wrapped_builtin_method` does.
    fn plain_native_method(
        &self,
        obj: Value,
        cls: ObjRef,
        key: Value,
        site: &Cell<AttrCache>,
    ) -> Option<(Value, Option<Value>)> {
        let Value::Obj(r) = obj else { return None };
        let Obj::Instance(inst) = self.heap.get(r) else { return None };
        let Attrs::Shaped { shape, .. } = &inst.attrs else { return None };
        let shape = *shape;
        if self.class(cls).hooks.getattribute || self.shape_slot(shape, key) != AttrCache::ABSENT {
            return None;
        }
        self.remember_native_method(obj, cls, shape, key, site)
    }

    /// `obj.name` about to be called on an instance wrapping a built-in value (a `deque`, a
    /// subclass of `list`...), when the class's native method is what it finds: remembered
    /// for the class, epoch and the instance's shape (an instance attribute of that name
    /// changes the shape, so it is never shadowed unseen).
    #[inline(never)]
    fn wrapped_builtin_method(&self, obj: Value, key: Value, site: &Cell<AttrCache>) -> Option<(Value, Option<Value>)> {
        let Value::Obj(r) = obj else { return None };
        let Obj::Instance(inst) = self.heap.get(r) else { return None };
        let Attrs::Shaped { shape, .. } = &inst.attrs else { return None };
        let (cls, shape) = (inst.class, *shape);
        if self.class(cls).hooks.getattribute || self.shape_slot(shape, key) != AttrCache::ABSENT {
            return None;
        }
        self.remember_native_method(obj, cls, shape, key, site)
    }
}

impl Vm {
    /// The method `obj.name` finds on its class through the entry for `obj`'s class and shape
    /// in block `poly`, when that is a Python function the instance does not shadow.
    #[inline(never)]
    fn poly_method(&self, poly: u16, obj: Value, key: Value) -> Option<Value> {
        let (e, _) = self.poly_lookup(obj, key, poly)?;
        if e.slot == AttrCache::ABSENT && e.found_kind == AttrCache::FOUND_FUNCTION { e.found } else { None }
    }

    /// The entry for `obj`'s class and shape in polymorphic block `poly`, with the
    /// instance's attribute values.
    #[inline]
    #[cfg_attr(edge_speed, optimize(speed))]
    fn poly_lookup(&self, obj: Value, key: Value, poly: u16) -> Option<(PolyEntry, &[Value])> {
        let block = self.attr_caches.poly.get(poly as usize)?;
        let Value::Obj(r) = obj else { return None };
        let Obj::Instance(inst) = self.heap.get(r) else { return None };
        let Attrs::Shaped { shape, values } = &inst.attrs else { return None };
        if !matches!(inst.payload, Payload::None) {
            return None;
        }
        let key = key.as_obj().map_or(u32::MAX, |k| k.0);
        if block.owner.get() != (key, self.class_epoch) {
            return None;
        }
        let way = poly_way(inst.class.0, *shape);
        let pos = block.ways.iter().position(|w| w.get() == way)?;
        Some((block.entries[pos].get(), values))
    }

    /// After a load site's miss refilled `site`: when the site held a complete entry for
    /// another class or shape (`old`), it keeps that one inline and the new one goes to its
    /// polymorphic block (allocated now if it has none), so a site that sees a few classes
    /// in turn (a base-class method on instances of its subclasses) stops thrashing.
    #[inline]
    fn keep_poly(&mut self, obj: Value, key: Value, site: &Cell<AttrCache>, old: AttrCache) {
        // Nothing to keep: no block, and no entry still valid (as for objects that are not
        // plain instances, which never fill a site).
        if old.poly == AttrCache::NO_POLY && (old.cls == u32::MAX || old.epoch != self.class_epoch) {
            return;
        }
        self.keep_poly_entries(obj, key, site, old);
    }

    fn keep_poly_entries(&mut self, obj: Value, key: Value, site: &Cell<AttrCache>, old: AttrCache) {
        let mut c = site.get();
        let epoch = self.class_epoch;
        let complete = match self.class_and_shape(obj) {
            Some((cls, shape)) => c.cls == cls.0 && c.shape == shape && c.epoch == epoch,
            None => false,
        };
        let polymorphic = complete
            && old.epoch == epoch
            && old.cls != u32::MAX
            && old.shape != u32::MAX
            && (old.cls, old.shape) != (c.cls, c.shape);
        if !polymorphic {
            if c.poly != old.poly {
                c.poly = old.poly;
                site.set(c);
            }
            return;
        }
        let poly = match old.poly {
            AttrCache::NO_POLY => self.attr_caches.new_poly_block(),
            p => p,
        };
        let key = key.as_obj().map_or(u32::MAX, |k| k.0);
        let entry = PolyEntry { found: c.found, slot: c.slot, found_kind: c.found_kind };
        self.attr_caches.poly_insert(poly, (key, epoch), poly_way(c.cls, c.shape), entry);
        site.set(AttrCache { poly, ..old });
    }
}

/// VM-wide caches behind the per-instruction ones, for instructions that see several classes
/// or shapes (a base-class method running on instances of different subclasses). Keyed by
/// object ids, so the garbage collector clears them (`clear`): a freed key or class slot may
/// be reused by another object.
pub(crate) struct AttrCaches {
    lookups: Box<[Cell<LookupEntry>]>,
    slots: Box<[Cell<SlotEntry>]>,
    /// Complete site entries by class, shape and name (`refill_from_shared`).
    entries: Box<[Cell<SharedEntry>]>,
    /// Blocks of `POLY_WAYS` complete entries for load sites that see several classes or
    /// shapes (`AttrCache::poly` indexes them), allocated as sites need them. Past
    /// `POLY_BLOCKS` the oldest blocks are handed out again (`next_poly`): entries carry
    /// their name, so a site that shares a block only misses more.
    poly: Vec<PolyBlock>,
    next_poly: usize,
    /// Sites for `getattr`/`hasattr`/`setattr` with a computed name, one per interned name
    /// (direct-mapped by its id), so `getattr(row, field)` in a loop hits as `row.field` does.
    dynamic: Box<[Cell<SharedEntry>]>,
}

/// A site's block of polymorphic entries: for one name at one class epoch (`owner`; a block
/// whose owner differs holds nothing for the site), the class and shape of each way packed
/// in one word, so that a hit is one compare per way, and what the lookup found for each.
struct PolyBlock {
    owner: Cell<(u32, u32)>,
    ways: [Cell<u64>; POLY_WAYS],
    entries: [Cell<PolyEntry>; POLY_WAYS],
}

/// The part of a complete `AttrCache` entry that a polymorphic hit reads.
#[derive(Clone, Copy)]
struct PolyEntry {
    found: Option<Value>,
    slot: u32,
    found_kind: u8,
}

const NO_WAY: u64 = u64::MAX;
const NO_OWNER: (u32, u32) = (u32::MAX, u32::MAX);

#[inline(always)]
fn poly_way(cls: u32, shape: u32) -> u64 {
    cls as u64 | (shape as u64) << 32
}

const POLY_WAYS: usize = 4;
const POLY_BLOCKS: usize = 4096;

#[derive(Clone, Copy)]
struct SharedEntry {
    key: u32,
    cache: AttrCache,
}

const NO_ENTRY: SharedEntry = SharedEntry {
    key: u32::MAX,
    cache: AttrCache {
        cls: u32::MAX,
        epoch: u32::MAX,
        found: None,
        found_kind: AttrCache::FOUND_NONE,
        shape: u32::MAX,
        slot: AttrCache::ABSENT,
        next: u32::MAX,
        poly: AttrCache::NO_POLY,
        store_hook: false,
    },
};

const CACHE_BITS: u32 = 10;
const DYNAMIC_SITES: usize = 64;
const CACHE_SIZE: usize = 1 << CACHE_BITS;

#[derive(Clone, Copy)]
struct LookupEntry {
    cls: u32,
    key: u32,
    epoch: u32,
    found: Option<Value>,
    kind: u8,
}

#[derive(Clone, Copy)]
struct SlotEntry {
    shape: u32,
    key: u32,
    slot: u32,
}

const NO_LOOKUP: LookupEntry = LookupEntry { cls: u32::MAX, key: u32::MAX, epoch: 0, found: None, kind: 0 };
const NO_SLOT: SlotEntry = SlotEntry { shape: u32::MAX, key: u32::MAX, slot: 0 };

impl Default for AttrCaches {
    fn default() -> AttrCaches {
        AttrCaches {
            lookups: (0..CACHE_SIZE).map(|_| Cell::new(NO_LOOKUP)).collect(),
            slots: (0..CACHE_SIZE).map(|_| Cell::new(NO_SLOT)).collect(),
            entries: (0..CACHE_SIZE).map(|_| Cell::new(NO_ENTRY)).collect(),
            poly: Vec::new(),
            next_poly: 0,
            dynamic: (0..DYNAMIC_SITES).map(|_| Cell::new(NO_ENTRY)).collect(),
        }
    }
}

impl AttrCaches {
    pub(crate) fn clear(&self) {
        self.lookups.iter().for_each(|e| e.set(NO_LOOKUP));
        self.slots.iter().for_each(|e| e.set(NO_SLOT));
        self.entries.iter().for_each(|e| e.set(NO_ENTRY));
        self.poly.iter().for_each(|b| b.owner.set(NO_OWNER));
        self.dynamic.iter().for_each(|e| e.set(NO_ENTRY));
    }

    /// The dynamic site for interned name `key` (a fresh one when its slot held another name).
    fn dynamic_site(&self, key: u32) -> Cell<AttrCache> {
        let e = self.dynamic[key as usize % DYNAMIC_SITES].get();
        Cell::new(if e.key == key { e.cache } else { NO_ENTRY.cache })
    }

    /// Stores what a lookup through `dynamic_site(key)` left in it.
    fn keep_dynamic_site(&self, key: u32, site: &Cell<AttrCache>) {
        self.dynamic[key as usize % DYNAMIC_SITES].set(SharedEntry { key, cache: site.get() });
    }

    fn new_poly_block(&mut self) -> u16 {
        if self.poly.len() < POLY_BLOCKS {
            let none = PolyEntry { found: None, slot: AttrCache::ABSENT, found_kind: AttrCache::FOUND_NONE };
            self.poly.push(PolyBlock {
                owner: Cell::new(NO_OWNER),
                ways: std::array::from_fn(|_| Cell::new(NO_WAY)),
                entries: std::array::from_fn(|_| Cell::new(none)),
            });
            return (self.poly.len() - 1) as u16;
        }
        let i = self.next_poly;
        self.next_poly = (i + 1) % POLY_BLOCKS;
        i as u16
    }

    /// Puts `entry` in block `poly` for `owner` (name and epoch): over the entry for the same
    /// class and shape or an unused way, else in front of the others, the oldest falling out.
    /// A block owned by another name or epoch is emptied first.
    fn poly_insert(&self, poly: u16, owner: (u32, u32), way: u64, entry: PolyEntry) {
        let Some(block) = self.poly.get(poly as usize) else { return };
        if block.owner.get() != owner {
            block.owner.set(owner);
            block.ways.iter().for_each(|w| w.set(NO_WAY));
        }
        let pos = block.ways.iter().position(|w| w.get() == way || w.get() == NO_WAY);
        let pos = pos.unwrap_or_else(|| {
            for i in (1..POLY_WAYS).rev() {
                block.ways[i].set(block.ways[i - 1].get());
                block.entries[i].set(block.entries[i - 1].get());
            }
            0
        });
        block.ways[pos].set(way);
        block.entries[pos].set(entry);
    }
}

/// Table index for the pair `(a, b)`: the top bits of a multiplicative hash of both. (XOR of
/// separately multiplied halves mapped `(runnable, A)` and `(run, B)` to the slot of
/// `(runnable, B)` and `(run, A)` in richards, so two method sites evicted each other.)
#[inline]
fn mix(a: u32, b: u32) -> usize {
    let h = a.wrapping_mul(0x9E37_79B1).wrapping_add(b).wrapping_mul(0x85EB_CA77);
    (h >> (32 - CACHE_BITS)) as usize
}

/// An attribute instruction's name, `names[index]` of its code, not read until a lookup
/// needs it (`fast_getattr_lazy`).
#[derive(Clone, Copy)]
pub(crate) struct LazyName<'a> {
    pub names: &'a [Value],
    pub index: u32,
}

impl LazyName<'_> {
    #[inline(always)]
    fn get(self) -> Option<Value> {
        self.names.get(self.index as usize).copied()
    }
}

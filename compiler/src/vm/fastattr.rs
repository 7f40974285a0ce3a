//! Fast paths for attribute access on plain instances with interned names.
//!
//! The interpreter's `LoadAttr`/`StoreAttr`/`LoadMethod` try these first: they use the
//! name's cached hash, allocate nothing, and give up (returning `None`) whenever anything
//! unusual is involved (descriptors, hooks, slots, built-in payloads), leaving the general
//! path in `attr.rs` to handle it with full semantics.

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
    #[inline]
    pub(crate) fn cached_global(&self, site: &Cell<GlobalCache>, globals: ObjRef, key: Value) -> Option<Value> {
        let c = site.get();
        if c.globals != globals.0 {
            return None;
        }
        if c.pos != u32::MAX {
            return self.entry_if_key(globals, c.pos, key);
        }
        let Obj::Dict(g) = self.heap.get(globals) else { return None };
        if g.version() != c.globals_version {
            return None;
        }
        self.entry_if_key(self.builtins, c.builtin_pos, key)
    }

    /// Records where `key` lives now (globals, or builtins with globals' version), when it is
    /// stored under the identical interned key (otherwise the cache stays as it is).
    pub(crate) fn fill_global_cache(&self, site: &Cell<GlobalCache>, globals: ObjRef, key: Value) {
        if let Some(pos) = self.str_key_pos(globals, key) {
            site.set(GlobalCache { globals: globals.0, pos: pos as u32, builtin_pos: u32::MAX, globals_version: 0 });
            return;
        }
        let Obj::Dict(g) = self.heap.get(globals) else { return };
        let version = g.version();
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

    /// `lookup_mro_key` through an instruction's inline cache.
    #[inline]
    pub(crate) fn lookup_cached(&self, site: &Cell<AttrCache>, cls: ObjRef, key: Value) -> Option<Value> {
        let c = site.get();
        if c.cls == cls.0 && c.epoch == self.class_epoch {
            return c.found;
        }
        let found = self.lookup_mro_key(cls, key);
        site.set(AttrCache { cls: cls.0, epoch: self.class_epoch, found });
        found
    }

    /// A plain instance (no built-in payload) with no attribute hooks: (class, dict).
    #[inline]
    fn plain_instance(&self, obj: Value) -> Option<(ObjRef, Option<ObjRef>)> {
        let Value::Obj(r) = obj else { return None };
        let Obj::Instance(inst) = self.heap.get(r) else { return None };
        if !matches!(inst.payload, Payload::None) {
            return None;
        }
        let hooks = self.class(inst.class).hooks;
        if hooks.getattribute || hooks.setattr {
            return None;
        }
        Some((inst.class, inst.dict))
    }

    /// Is `v` something that takes part in attribute lookup (property or user descriptor)?
    #[inline]
    fn is_descriptor_like(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Property(_) | Obj::Instance(_) | Obj::ClassMethod(_) | Obj::StaticMethod(_) | Obj::Native(_)))
    }

    /// `obj.name` for plain instances: instance dict, then plain class attributes and
    /// methods. `None` means "use the general path".
    #[inline]
    pub(crate) fn fast_getattr(&mut self, obj: Value, key: Value, site: &Cell<AttrCache>) -> Option<Value> {
        let (cls, dict) = self.plain_instance(obj)?;
        let found = self.lookup_cached(site, cls, key);
        if let Some(f) = found
            && self.is_descriptor_like(f)
        {
            return None;
        }
        if let Some(d) = dict
            && let Some(v) = self.str_key_get(d, key)
        {
            return Some(v);
        }
        match found {
            Some(f @ Value::Obj(r)) => match self.heap.get(r) {
                Obj::Function(_) => Some(self.bind(obj, f)),
                _ => Some(f),
            },
            Some(v) => Some(v),
            None => None,
        }
    }

    /// `obj.name = value` for plain instances without slots or data descriptors.
    #[inline]
    pub(crate) fn fast_setattr(&mut self, obj: Value, key: Value, value: Value, site: &Cell<AttrCache>) -> bool {
        let Some((cls, _)) = self.plain_instance(obj) else { return false };
        if self.class(cls).slots.is_some() {
            return false;
        }
        if let Some(f) = self.lookup_cached(site, cls, key)
            && self.is_descriptor_like(f)
        {
            return false;
        }
        let Value::Obj(r) = obj else { return false };
        let d = self.ensure_dict(r);
        self.str_key_set(d, key, value);
        true
    }

    /// `obj.name` about to be called: a Python method found on the class comes back unbound
    /// with its receiver, saving the bound-method allocation.
    #[inline]
    pub(crate) fn fast_load_method(
        &mut self,
        obj: Value,
        key: Value,
        site: &Cell<AttrCache>,
    ) -> Option<(Value, Option<Value>)> {
        let (cls, dict) = self.plain_instance(obj)?;
        let found = self.lookup_cached(site, cls, key);
        if let Some(d) = dict
            && let Some(v) = self.str_key_get(d, key)
        {
            if found.is_some_and(|f| self.is_descriptor_like(f)) {
                return None;
            }
            return Some((v, None));
        }
        match found {
            Some(f @ Value::Obj(r)) if matches!(self.heap.get(r), Obj::Function(_)) => Some((f, Some(obj))),
            _ => None,
        }
    }
}

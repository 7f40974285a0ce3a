//! Class creation: `__build_class__`, metaclasses and the C3 method resolution order.

use std::rc::Rc;

use super::Vm;
use super::call::Exit;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::*;

impl Vm {
    /// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
    pub(crate) fn build_class(&mut self, mut args: Args) -> PyResult<Value> {
        if args.pos.len() < 2 {
            return Err(PyErr::type_error("__build_class__: not enough arguments"));
        }
        let func = args.pos[0];
        let name = args.pos[1];
        let bases: Vec<Value> = args.pos[2..].to_vec();
        let explicit_meta = args.take_kw("metaclass");
        let mut base_refs = Vec::with_capacity(bases.len());
        for b in &bases {
            match b {
                Value::Obj(r) if matches!(self.heap.get(*r), Obj::Class(_)) => base_refs.push(*r),
                _ => {
                    if let Some(entries) = self.getattr_opt(*b, "__mro_entries__")? {
                        let bt = self.new_tuple(bases.clone());
                        let res = self.call_pos(entries, vec![bt])?;
                        for x in self.collect(res)? {
                            if let Some(r) = x.as_obj() {
                                base_refs.push(r);
                            }
                        }
                        continue;
                    }
                    return Err(PyErr::type_error("bases must be types"));
                }
            }
        }
        let meta = match explicit_meta {
            Some(m) => m,
            None => {
                let mut meta = self.types.type_;
                for &b in &base_refs {
                    let bm = self.type_of(Value::Obj(b));
                    if self.is_subclass(bm, meta) {
                        meta = bm;
                    }
                }
                Value::Obj(meta)
            }
        };
        let ns = match self.getattr_opt(meta, "__prepare__")? {
            Some(p) if !self.is_native(p) => {
                let bt = self.new_tuple(base_refs.iter().map(|r| Value::Obj(*r)).collect());
                self.call_pos(p, vec![name, bt])?
            }
            _ => self.new_dict(),
        };
        // Run the class body with `ns` as its namespace.
        let Value::Obj(fr) = func else { return Err(PyErr::type_error("__build_class__: func must be a function")) };
        let mut frame = self.function_frame(fr, Args::default())?;
        frame.namespace = ns.as_obj();
        // The collector may run in the body (gcsafe.rs) with what is used afterwards rooted:
        // a long class body collects its garbage, and closes generators it drops (genfinal.rs).
        let mut keep = vec![name, ns, meta, func];
        keep.extend(base_refs.iter().map(|r| Value::Obj(*r)));
        keep.extend(args.kw.iter().map(|(_, v)| *v));
        let cell = match self.gc_safe_step(&keep, |vm| vm.run_frame(frame, None))? {
            Exit::Return(v) | Exit::Yield(v) => v,
        };
        let bases_t = self.new_tuple(base_refs.iter().map(|r| Value::Obj(*r)).collect());
        let mut call_args = Args::new(vec![name, bases_t, ns]);
        call_args.kw = std::mem::take(&mut args.kw);
        let cls = if meta.as_obj() == Some(self.types.type_) {
            let kw = std::mem::take(&mut call_args.kw);
            let c = self.create_class(self.types.type_, name, &base_refs, ns)?;
            self.init_subclass(c, kw)?;
            Value::Obj(c)
        } else {
            self.call(meta, call_args)?
        };
        if let Value::Obj(c) = cell
            && let Obj::Cell(slot) = self.heap.get_mut(c)
        {
            *slot = Some(cls);
        }
        Ok(cls)
    }

    /// Calls the parent's `__init_subclass__` with the class keywords.
    pub(crate) fn init_subclass(&mut self, cls: ObjRef, kw: Vec<(Rc<str>, Value)>) -> PyResult<()> {
        let mro = self.class(cls).mro.clone();
        for &k in &mro[1..] {
            let d = self.class(k).dict;
            if let Some(f) = self.dict_get_str(d, "__init_subclass__") {
                if self.is_native(f) {
                    if !kw.is_empty() {
                        return Err(PyErr::type_error(format!(
                            "{}.__init_subclass__() takes no keyword arguments",
                            self.class_name(cls)
                        )));
                    }
                    return Ok(());
                }
                let f = match f {
                    Value::Obj(r) => match self.heap.get(r) {
                        Obj::ClassMethod(inner) => *inner,
                        _ => f,
                    },
                    _ => f,
                };
                let mut a = Args::new(vec![Value::Obj(cls)]);
                a.kw = kw;
                self.call(f, a)?;
                return Ok(());
            }
        }
        Ok(())
    }

    /// `type.__new__(meta, name, bases, ns)`.
    pub(crate) fn create_class(&mut self, meta: ObjRef, name: Value, bases: &[ObjRef], ns: Value) -> PyResult<ObjRef> {
        let name_s: Rc<str> = match self.heap.str_of(name) {
            Some(s) => s.into(),
            None => return Err(PyErr::type_error("type.__new__() argument 1 must be str")),
        };
        let bases: Vec<ObjRef> = if bases.is_empty() { vec![self.types.object] } else { bases.to_vec() };
        for &b in &bases {
            if b == self.types.bool_ {
                return Err(PyErr::type_error("type 'bool' is not an acceptable base type"));
            }
        }
        let mut solid = bases
            .iter()
            .map(|b| self.class(*b).builtin)
            .filter(|k| !matches!(k, BuiltinKind::Object | BuiltinKind::Other));
        let builtin = solid.next().unwrap_or(BuiltinKind::Object);
        // Two built-ins with different instance layouts (int and str) cannot be combined.
        if solid.any(|k| k != builtin) {
            return Err(PyErr::type_error("multiple bases have instance lay-out conflict"));
        }
        // Copy the namespace into the class dict.
        let entries: Vec<(Value, Value)> = match self.heap.dict(self.builtin_value(ns)) {
            Some(d) => d.iter().map(|e| (e.key, e.value)).collect(),
            None => {
                let keys = self.call_method(ns, "keys", vec![])?;
                let keys = self.collect(keys)?;
                let mut v = Vec::new();
                for k in keys {
                    let val = self.getitem(ns, k)?;
                    v.push((k, val));
                }
                v
            }
        };
        let dict = self.new_dict();
        let mut qualname = name_s.clone();
        let mut module = Value::None;
        for (k, v) in &entries {
            match self.heap.str_of(*k) {
                Some("__qualname__") => {
                    if let Some(q) = self.heap.str_of(*v) {
                        qualname = q.into();
                    }
                    continue;
                }
                Some("__module__") => module = *v,
                _ => {}
            }
            self.dict_set(dict, *k, *v)?;
        }
        let dref = dict.as_obj().expect("dict");
        if self.dict_get_str(dref, "__eq__").is_some() && self.dict_get_str(dref, "__hash__").is_none() {
            self.dict_set_str(dref, "__hash__", Value::None);
        }
        // Functions named __init_subclass__/__class_getitem__ are implicitly class methods.
        for implicit in ["__init_subclass__", "__class_getitem__"] {
            if let Some(f) = self.dict_get_str(dref, implicit)
                && matches!(f, Value::Obj(r) if matches!(self.heap.get(r), Obj::Function(_)))
            {
                let cm = self.alloc(Obj::ClassMethod(f));
                self.dict_set_str(dref, implicit, cm);
            }
        }
        if let Some(f) = self.dict_get_str(dref, "__new__")
            && matches!(f, Value::Obj(r) if matches!(self.heap.get(r), Obj::Function(_)))
        {
            let sm = self.alloc(Obj::StaticMethod(f));
            self.dict_set_str(dref, "__new__", sm);
        }
        let metaclass = if meta == self.types.type_ { None } else { Some(meta) };
        let cls = self.heap.alloc(Obj::Class(Box::new(Class {
            name: name_s.clone(),
            qualname,
            module,
            bases: bases.clone(),
            mro: Vec::new(),
            dict: dref,
            metaclass,
            builtin,
            version: 0,
            hooks: ClassHooks::default(),
            slots: None,
            module_native: false,
        })));
        let mro = self.c3_mro(cls, &bases)?;
        let hooks = {
            let mut h = ClassHooks::default();
            if let Obj::Class(c) = self.heap.get_mut(cls) {
                c.mro = mro;
            }
            let user = |vm: &Vm, n: &str| vm.lookup_mro(cls, n).is_some_and(|f| !vm.is_native(f));
            h.getattr = user(self, "__getattr__");
            h.getattribute = user(self, "__getattribute__");
            h.setattr = user(self, "__setattr__");
            h.delattr = user(self, "__delattr__");
            h
        };
        let slots = self.compute_slots(cls, dref)?;
        if let Obj::Class(c) = self.heap.get_mut(cls) {
            c.hooks = hooks;
            c.slots = slots;
        }
        // __set_name__ on descriptors.
        for (k, v) in entries {
            if let Value::Obj(r) = v
                && let Obj::Property(p) = self.heap.get_mut(r)
            {
                p.name = k;
            } else if let Value::Obj(r) = v
                && matches!(self.heap.get(r), Obj::Instance(_))
            {
                let vt = self.type_of(v);
                if let Some(sn) = self.lookup_mro(vt, "__set_name__") {
                    self.call_pos(sn, vec![v, Value::Obj(cls), k])?;
                }
            }
        }
        Ok(cls)
    }

    /// Allowed attribute names when every class in the MRO uses `__slots__` without `__dict__`.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn compute_slots(&mut self, cls: ObjRef, dict: ObjRef) -> PyResult<Option<Vec<Rc<str>>>> {
        let Some(own) = self.dict_get_str(dict, "__slots__") else { return Ok(None) };
        let own: Vec<Value> = if self.heap.str_of(own).is_some() { vec![own] } else { self.collect(own)? };
        let mro = self.class(cls).mro.clone();
        // Instances of a base already have a `__dict__` when a class of ours in the MRO made
        // no `__slots__` (built-in bases such as `list` give their instances none).
        let base_has_dict = mro[1..].iter().any(|&k| {
            k != self.types.object && self.class(k).slots.is_none() && self.class(k).builtin == BuiltinKind::Object
        });
        let mut names: Vec<Rc<str>> = Vec::new();
        let mut wants_dict = false;
        for v in own {
            let Some(n) = self.heap.str_of(v) else {
                let tn = self.type_name(v);
                return Err(PyErr::type_error(format!("__slots__ items must be strings, not '{tn}'")));
            };
            if !crate::builtins::str_methods::is_identifier(n) {
                return Err(PyErr::type_error("__slots__ must be identifiers"));
            }
            if n == "__dict__" {
                if base_has_dict || wants_dict {
                    return Err(PyErr::type_error("__dict__ slot disallowed: we already got one"));
                }
                wants_dict = true;
                continue;
            }
            if self.dict_get_str(dict, n).is_some() {
                return Err(PyErr::value_error(format!("'{n}' in __slots__ conflicts with class variable")));
            }
            names.push(n.into());
        }
        if wants_dict {
            return Ok(None);
        }
        for &k in &mro[1..] {
            if k == self.types.object {
                continue;
            }
            match &self.class(k).slots {
                Some(s) => names.extend(s.iter().cloned()),
                None => return Ok(None),
            }
        }
        Ok(Some(names))
    }

    /// C3 linearisation of `cls` with direct `bases`.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn c3_mro(&mut self, cls: ObjRef, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
        let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(|b| self.class(*b).mro.clone()).collect();
        seqs.push(bases.to_vec());
        let mut out = vec![cls];
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let mut chosen = None;
            for s in &seqs {
                let cand = s[0];
                if !seqs.iter().any(|t| t[1..].contains(&cand)) {
                    chosen = Some(cand);
                    break;
                }
            }
            let Some(c) = chosen else {
                let names: Vec<String> = bases.iter().map(|b| self.class_name(*b).to_string()).collect();
                return Err(PyErr::type_error(format!(
                    "Cannot create a consistent method resolution order (MRO) for bases {}",
                    names.join(", ")
                )));
            };
            out.push(c);
            for s in seqs.iter_mut() {
                if s[0] == c {
                    s.remove(0);
                }
            }
        }
    }

    /// Raises `TypeError` unless `v` is a class; returns it.
    pub(crate) fn expect_class(&self, v: Value, what: &str) -> PyResult<ObjRef> {
        match v {
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Class(_)) => Ok(r),
            _ => Err(PyErr::new(ExcKind::TypeError, format!("{what} must be a type, not {}", self.type_name(v)))),
        }
    }
}

//! Built-ins that are part of the object model itself: `object`, `type`, `super`,
//! `property`, `staticmethod`, `classmethod`, `BaseException`, generator methods and
//! `__build_class__`.

use super::Vm;
use super::call::Exit;
use crate::builtins::args;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::*;

impl Vm {
    pub(crate) fn install_core_natives(&mut self) {
        use NativeKind::*;
        let t = self.types.clone();
        let o = t.object;
        self.add_methods(
            o,
            &[
                ("__new__", object_new, StaticMethod),
                ("__init__", object_init, Method),
                ("__setattr__", object_setattr, Method),
                ("__getattribute__", object_getattribute, Method),
                ("__delattr__", object_delattr, Method),
                ("__repr__", object_repr, Method),
                ("__str__", object_str, Method),
                ("__eq__", object_eq, Method),
                ("__ne__", object_ne, Method),
                ("__hash__", object_hash, Method),
                ("__format__", object_format, Method),
                ("__init_subclass__", object_init_subclass, ClassMethod),
                ("__dir__", object_dir, Method),
            ],
        );

        self.add_methods(
            t.type_,
            &[
                ("__new__", type_new, StaticMethod),
                ("__init__", type_init, Method),
                ("__call__", type_call_native, Method),
                ("mro", type_mro, Method),
                ("__subclasses__", type_subclasses, Method),
                ("__subclasscheck__", type_subclasscheck, Method),
                ("__instancecheck__", type_instancecheck, Method),
            ],
        );

        self.add_method(t.super_, "__new__", super_new, StaticMethod);
        self.add_methods(
            t.property,
            &[
                ("__new__", property_new, StaticMethod),
                ("getter", property_getter, Method),
                ("setter", property_setter, Method),
                ("deleter", property_deleter, Method),
                ("__get__", property_get, Method),
                ("__set__", property_set, Method),
                ("__delete__", property_delete, Method),
                ("__set_name__", property_set_name, Method),
            ],
        );
        self.add_method(t.staticmethod, "__new__", staticmethod_new, StaticMethod);
        self.add_method(t.classmethod, "__new__", classmethod_new, StaticMethod);

        let be = self.exc_class(ExcKind::BaseException);
        self.add_methods(
            be,
            &[
                ("__new__", exception_new, StaticMethod),
                ("__init__", exception_init, Method),
                ("__str__", exception_str, Method),
                ("__repr__", exception_repr, Method),
                ("with_traceback", exception_with_traceback, Method),
                ("add_note", exception_add_note, Method),
            ],
        );
        let se = self.exc_class(ExcKind::SyntaxError);
        self.add_method(se, "__str__", syntax_error_str, Method);
        self.add_method(se, "__init__", syntax_error_init, Method);
        for name in ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"] {
            self.class_set_attr(se, name, Value::None);
        }
        self.install_exception_groups();
        self.install_unicode_errors();

        for g in [t.generator, t.coroutine] {
            self.add_methods(
                g,
                &[("send", gen_send, Method), ("throw", gen_throw, Method), ("close", gen_close, Method)],
            );
        }
        self.add_method(t.generator, "__next__", gen_next, Method);
        self.add_method(t.generator, "__iter__", identity, Method);
        self.add_method(t.coroutine, "__await__", identity, Method);
        self.install_async_generators();
        // `f.__call__(...)`: calls never look it up (the call path knows these kinds), but
        // code that wraps or forwards callables does.
        for c in [t.function, t.builtin_function, t.method] {
            self.add_method(c, "__call__", call_self, Method);
        }
        // The iterators of built-in containers: each has a length hint, and comes only from
        // iter()/reversed(), as in CPython. All iterators iterate as themselves.
        let container_iterators = [
            t.list_iterator,
            t.tuple_iterator,
            t.range_iterator,
            t.str_iterator,
            t.str_unicode_iterator,
            t.bytes_iterator,
            t.bytearray_iterator,
            t.list_reverseiterator,
            t.dict_keyiterator,
            t.dict_valueiterator,
            t.dict_itemiterator,
            t.dict_reversekeyiterator,
            t.dict_reversevalueiterator,
            t.dict_reverseitemiterator,
            t.set_iterator,
            t.longrange_iterator,
        ];
        let other_iterators = [
            t.odict_iterator,
            t.callable_iterator,
            t.reversed,
            t.zip_iterator,
            t.map_iterator,
            t.filter_iterator,
            t.enumerate_iterator,
            t.deque_iterator,
            t.deque_reverse_iterator,
            t.iterator,
            t.native_iterator,
            t.itertools_grouper,
            t.itertools_tee,
        ];
        for it in container_iterators.into_iter().chain(other_iterators) {
            self.add_method(it, "__next__", iter_next, Method);
            self.add_method(it, "__iter__", identity, Method);
        }
        for it in container_iterators.into_iter().chain([t.reversed, t.deque_iterator, t.deque_reverse_iterator]) {
            self.add_method(it, "__length_hint__", iter_length_hint_method, Method);
        }
        for it in container_iterators.into_iter().chain([t.odict_iterator, t.callable_iterator]) {
            self.add_method(it, "__new__", not_constructible_new, StaticMethod);
        }

        // The builtins namespace: classes and exceptions.
        let b = self.builtins;
        for (name, cls) in t.named() {
            if [
                "object",
                "type",
                "int",
                "bool",
                "float",
                "complex",
                "str",
                "bytes",
                "bytearray",
                "list",
                "tuple",
                "dict",
                "set",
                "frozenset",
                "range",
                "slice",
                "property",
                "staticmethod",
                "classmethod",
                "super",
            ]
            .contains(&name)
            {
                self.dict_set_str(b, name, Value::Obj(cls));
            }
        }
        for &k in ExcKind::ALL {
            let c = self.exc_class(k);
            self.dict_set_str(b, k.name(), Value::Obj(c));
        }
        let env_err = self.exc_class(ExcKind::OSError);
        self.dict_set_str(b, "EnvironmentError", Value::Obj(env_err));
        self.dict_set_str(b, "IOError", Value::Obj(env_err));
        let ni = self.singletons.not_implemented;
        self.dict_set_str(b, "NotImplemented", ni);
        let el = self.singletons.ellipsis;
        self.dict_set_str(b, "Ellipsis", el);
        let bc = self.new_native_fn("__build_class__", build_class);
        self.dict_set_str(b, "__build_class__", bc);
        let bi = self.intern("builtins");
        for (_, cls) in t.named() {
            if let Obj::Class(c) = self.heap.get_mut(cls) {
                c.module = bi;
            }
        }
        let collections = self.intern("collections");
        for cls in [t.deque_iterator, t.deque_reverse_iterator] {
            if let Obj::Class(c) = self.heap.get_mut(cls) {
                c.module = collections;
            }
        }
        // CPython names these `itertools._grouper` and `itertools._tee`.
        let itertools = self.intern("itertools");
        for cls in [t.itertools_grouper, t.itertools_tee] {
            if let Obj::Class(c) = self.heap.get_mut(cls) {
                c.module = itertools;
                c.module_native = true;
            }
        }
        for &k in ExcKind::ALL {
            let c = self.exc_class(k);
            if let Obj::Class(c) = self.heap.get_mut(c) {
                c.module = bi;
            }
        }
    }
}

fn build_class(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.build_class(a)
}

/// `callable.__call__(*args, **kwargs)`.
fn call_self(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(PyErr::type_error("descriptor '__call__' needs an argument"));
    }
    let f = a.pos.remove(0);
    vm.call(f, a)
}

fn identity(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(a.pos.first().copied().unwrap_or(Value::None))
}

fn not_constructible_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let name = match a.pos.first() {
        Some(&Value::Obj(c)) if matches!(vm.heap.get(c), Obj::Class(_)) => vm.class(c).name.clone(),
        _ => "object".into(),
    };
    Err(PyErr::type_error(format!("cannot create '{name}' instances")))
}

fn iter_length_hint_method(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("__length_hint__", &a, 0, 0)?;
    Ok(Value::Int(iter_length_hint(vm, a.pos[0]).unwrap_or(0)))
}

/// Items left in a built-in iterator, for those that can tell (`operator.length_hint`,
/// `__length_hint__`); a dict or set iterator whose container changed size has none left.
pub(crate) fn iter_length_hint(vm: &Vm, v: Value) -> Option<i64> {
    let Value::Obj(r) = v else { return None };
    let st = match vm.heap.get(r) {
        Obj::Iter(st) => st,
        Obj::NativeIter(it) => return it.length_hint(vm),
        _ => return None,
    };
    let n = match **st {
        IterState::Seq { seq, idx, .. } => {
            let n = match vm.heap.get(seq) {
                Obj::List(l) | Obj::Tuple(l) => l.len(),
                Obj::Bytes(b) | Obj::ByteArray(b) => b.len(),
                _ => return None,
            };
            n.saturating_sub(idx)
        }
        IterState::Reversed { idx, .. } => idx,
        IterState::Range { cur, stop, step, .. } => {
            let (c, s, st) = (cur as i128, stop as i128, step as i128);
            let n = if st > 0 && c < s {
                (s - c + st - 1) / st
            } else if st < 0 && c > s {
                (c - s - st - 1) / -st
            } else {
                0
            };
            return Some(n as i64);
        }
        IterState::Str { s, pos } => {
            vm.heap.str_of(Value::Obj(s)).map_or(0, |t| t.get(pos..).map_or(0, |t| t.chars().count()))
        }
        IterState::DictKeys { dict, pos, len }
        | IterState::DictValues { dict, pos, len }
        | IterState::DictItems { dict, pos, len } => match vm.heap.get(dict) {
            Obj::Dict(d) if d.len() == len => (pos..d.slots()).filter(|&p| d.entry_at(p).is_some()).count(),
            _ => 0,
        },
        IterState::Set { set, pos, len } => match vm.heap.get(set) {
            Obj::Set(s) | Obj::FrozenSet(s) if s.len() == len => {
                (pos..s.slots()).filter(|&p| s.entry_at(p).is_some()).count()
            }
            _ => 0,
        },
        IterState::Exhausted => 0,
        IterState::GetItem { .. } | IterState::Callable { .. } => return None,
    };
    Some(n as i64)
}

fn iter_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("__next__", &a, 0, 0)?;
    match vm.next(a.pos[0])? {
        Some(v) => Ok(v),
        None => Err(PyErr::stop_iteration(Value::None)),
    }
}

// ---- object ----

pub(crate) fn object_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(&cls) = a.pos.first() else {
        return Err(PyErr::type_error("object.__new__(): not enough arguments"));
    };
    let cls = match cls {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => r,
        _ => {
            let what = vm.type_name(cls);
            return Err(PyErr::type_error(format!("object.__new__(X): X is not a type object ({what})")));
        }
    };
    if let Some(owner) = vm.unsafe_object_new(cls) {
        let (name, owner) = (vm.class(cls).name.clone(), vm.class(owner).name.clone());
        return Err(PyErr::type_error(format!("object.__new__({name}) is not safe, use {owner}.__new__()")));
    }
    let builtin = vm.class(cls).builtin;
    if !matches!(builtin, BuiltinKind::Object | BuiltinKind::Exception | BuiltinKind::Other) {
        // A built-in without a `__new__` of its own (NoneType): its constructor.
        return vm.type_call(cls, Args::default());
    }
    Ok(vm.new_object(cls))
}

impl Vm {
    /// CPython's guard against `object.__new__(int)`: the nearest class from `cls` up whose
    /// `__new__` is not written in Python must take `object.__new__`; that class, when it
    /// takes another (a built-in's, `BaseException`'s), else `None`.
    fn unsafe_object_new(&self, cls: ObjRef) -> Option<ObjRef> {
        let mut at = cls;
        loop {
            let new = self.lookup_special(at, "__new__")?;
            if !self.is_python_new(new) {
                return (!self.is_object_new(new)).then_some(at);
            }
            at = self.layout_base(at)?;
        }
    }

    /// A `__new__` written in Python, or a native standing in for one (bound to a module's
    /// state, as `_datetime_fast` installs them over std/datetime.py's).
    fn is_python_new(&self, f: Value) -> bool {
        let Value::Obj(r) = f else { return false };
        match self.heap.get(r) {
            Obj::Function(_) => true,
            Obj::Native(n) => n.bound.is_some(),
            &Obj::StaticMethod(inner) => self.is_python_new(inner),
            _ => false,
        }
    }

    /// The base whose instance layout a class extends (CPython's `tp_base`): the first base
    /// of the same built-in kind, else the first base.
    fn layout_base(&self, cls: ObjRef) -> Option<ObjRef> {
        let c = self.class(cls);
        let same = c.bases.iter().copied().find(|&b| self.class(b).builtin == c.builtin);
        same.or_else(|| c.bases.first().copied())
    }
}

pub(crate) fn object_init(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn name_arg(vm: &Vm, v: Value) -> PyResult<String> {
    match vm.heap.str_of(v) {
        Some(s) => Ok(s.to_string()),
        None => Err(PyErr::type_error(format!("attribute name must be string, not '{}'", vm.type_name(v)))),
    }
}

fn object_setattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_pos("__setattr__", a.pos.len(), 3, 3)?;
    let name = name_arg(vm, a.pos[1])?;
    vm.generic_setattr(a.pos[0], &name, a.pos[2])?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_pos("__getattribute__", a.pos.len(), 2, 2)?;
    let name = name_arg(vm, a.pos[1])?;
    match vm.generic_getattr(a.pos[0], &name)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(a.pos[0], &name)),
    }
}

fn object_delattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_pos("__delattr__", a.pos.len(), 2, 2)?;
    let name = name_arg(vm, a.pos[1])?;
    vm.generic_delattr(a.pos[0], &name)?;
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.pos.first().copied().unwrap_or(Value::None);
    let s = match v {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Instance(_)) => {
            let cls = vm.type_of(v);
            let module = vm.class(cls).module;
            let qual = vm.class(cls).qualname.clone();
            let prefix = match vm.heap.str_of(module) {
                Some(m) if m != "builtins" => format!("{m}."),
                _ => String::new(),
            };
            format!("<{prefix}{qual} object at {:#x}>", super::repr::fake_addr(r))
        }
        _ => vm.repr(v)?,
    };
    Ok(vm.new_str(s))
}

fn object_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.pos.first().copied().unwrap_or(Value::None);
    let s = vm.repr(v)?;
    Ok(vm.new_str(s))
}

fn object_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_pos("__eq__", a.pos.len(), 2, 2)?;
    Ok(if a.pos[0].is(a.pos[1]) { Value::Bool(true) } else { vm.not_implemented() })
}

fn object_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_pos("__ne__", a.pos.len(), 2, 2)?;
    // Like CPython's: the receiver's own __eq__, inverted; no reflected try, no identity
    // fallback (the comparison operator adds those).
    let r = match vm.call_dunder_opt(a.pos[0], "__eq__", &[a.pos[1]])? {
        Some(r) if !vm.is_not_implemented(r) => r,
        _ => return Ok(vm.not_implemented()),
    };
    let t = vm.truthy(r)?;
    Ok(Value::Bool(!t))
}

fn object_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.pos.first().copied().unwrap_or(Value::None);
    match v {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Instance(_)) => Ok(Value::Int(super::ops::identity_hash(r))),
        _ => Ok(Value::Int(vm.hash(v)?)),
    }
}

fn object_format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_pos("__format__", a.pos.len(), 2, 2)?;
    let spec = vm.str_arg(a.pos[1], "format_spec")?;
    if !spec.is_empty() {
        return Err(PyErr::type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(a.pos[0])
        )));
    }
    let s = vm.to_str(a.pos[0])?;
    Ok(vm.new_str(s))
}

fn object_init_subclass(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_dir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.pos.first().copied().unwrap_or(Value::None);
    let mut names: Vec<String> = Vec::new();
    for (k, _) in vm.instance_attr_items(v) {
        if let Some(s) = vm.heap.str_of(k) {
            names.push(s.to_string());
        }
    }
    let cls = match v {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => r,
        _ => vm.type_of(v),
    };
    let mro = vm.class(cls).mro.clone();
    for k in mro {
        let d = vm.class(k).dict;
        for key in vm.heap.dict(Value::Obj(d)).map(|d| d.keys()).unwrap_or_default() {
            if let Some(s) = vm.heap.str_of(key) {
                names.push(s.to_string());
            }
        }
    }
    // Unstable: equal names are interchangeable, and every String sort then shares one instance.
    names.sort_unstable();
    names.dedup();
    let vals = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(vals))
}

// ---- type ----

fn type_new(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    // type.__new__(meta, x) or type.__new__(meta, name, bases, ns)
    match a.pos.len() {
        2 => Ok(Value::Obj(vm.type_of(a.pos[1]))),
        4 => {
            let requested = vm.expect_class(a.pos[0], "type.__new__(X): X")?;
            let bases: Vec<ObjRef> =
                vm.heap.tuple(a.pos[2]).cloned().unwrap_or_default().into_iter().filter_map(|v| v.as_obj()).collect();
            let ns = a.pos[3];
            // The most derived metaclass among the requested one and the bases' wins
            // (`type("X", (Base,), {})` makes an instance of Base's metaclass).
            let mut meta = requested;
            for &b in &bases {
                let bm = vm.type_of(Value::Obj(b));
                if vm.is_subclass(meta, bm) {
                    continue;
                }
                if !vm.is_subclass(bm, meta) {
                    return Err(PyErr::type_error(
                        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the \
                         metaclasses of all its bases",
                    ));
                }
                meta = bm;
            }
            if meta != requested
                && let Some(new) = vm.lookup_mro(meta, "__new__")
                && !vm.is_native(new)
            {
                let new = match new.as_obj().map(|r| vm.heap.get(r)) {
                    Some(Obj::StaticMethod(f)) => *f,
                    _ => new,
                };
                let mut pos = a.pos.clone();
                pos[0] = Value::Obj(meta);
                return vm.call(new, Args { pos, kw: std::mem::take(&mut a.kw) });
            }
            let cls = vm.create_class(meta, a.pos[1], &bases, ns)?;
            // Like CPython's type.__new__: the class keywords go to the parent's hook.
            vm.init_subclass(cls, std::mem::take(&mut a.kw))?;
            Ok(Value::Obj(cls))
        }
        _ => Err(PyErr::type_error("type() takes 1 or 3 arguments")),
    }
}

fn type_init(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn type_call_native(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(PyErr::type_error("descriptor '__call__' of 'type' object needs an argument"));
    }
    let cls = vm.expect_class(a.pos.remove(0), "type.__call__(X): X")?;
    if cls == vm.types.type_ {
        return type_new(
            vm,
            Args { pos: [vec![Value::Obj(cls)], std::mem::take(&mut a.pos)].concat(), kw: std::mem::take(&mut a.kw) },
        );
    }
    let meta = vm.type_of(Value::Obj(cls));
    if meta != vm.types.type_ && vm.is_subclass(meta, vm.types.type_) {
        // A metaclass instance: a class. Run __new__/__init__ normally.
    }
    let kw = std::mem::take(&mut a.kw);
    let r = vm.type_call(cls, Args { pos: std::mem::take(&mut a.pos), kw })?;
    Ok(r)
}

fn type_mro(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = vm.expect_class(a.pos.first().copied().unwrap_or(Value::None), "mro")?;
    let m: Vec<Value> = vm.class(cls).mro.iter().map(|r| Value::Obj(*r)).collect();
    Ok(vm.new_list(m))
}

/// `cls.__subclasses__()`: the classes naming `cls` as a direct base. The heap is scanned
/// (classes keep no list of their subclasses); slab order approximates creation order.
fn type_subclasses(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_pos("__subclasses__", a.pos.len().saturating_sub(1), 0, 0)?;
    let cls = vm.expect_class(a.pos.first().copied().unwrap_or(Value::None), "__subclasses__")?;
    let subs: Vec<Value> = (0..vm.heap.len())
        .map(|i| ObjRef(i as u32))
        .filter(|&r| matches!(vm.heap.get(r), Obj::Class(c) if c.bases.contains(&cls)))
        .map(Value::Obj)
        .collect();
    Ok(vm.new_list(subs))
}

fn type_subclasscheck(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_pos("__subclasscheck__", a.pos.len(), 2, 2)?;
    let c = vm.expect_class(a.pos[0], "cls")?;
    let s = vm.expect_class(a.pos[1], "issubclass() arg 1")?;
    Ok(Value::Bool(vm.is_subclass(s, c)))
}

fn type_instancecheck(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_pos("__instancecheck__", a.pos.len(), 2, 2)?;
    let c = vm.expect_class(a.pos[0], "cls")?;
    Ok(Value::Bool(vm.is_instance(a.pos[1], c)))
}

// ---- super ----

fn super_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    // super.__new__(super_cls, type, obj)
    if !a.kw.is_empty() {
        return Err(PyErr::type_error("super() takes no keyword arguments"));
    }
    let pos = &a.pos[1.min(a.pos.len())..];
    let (this, obj) = match pos.len() {
        0 => vm.super_from_frame()?,
        2 => (vm.expect_class(pos[0], "super() argument 1")?, pos[1]),
        // Unbound (`super(C)`, or `super(C, None)` as CPython reads it): `None` stands for
        // CPython's NULL object.
        1 => (vm.expect_class(pos[0], "super() argument 1")?, Value::None),
        n => return Err(PyErr::type_error(format!("super() expected at most 2 arguments, got {n}"))),
    };
    if obj.is_none() {
        return Ok(vm.alloc(Obj::Super { this_class: this, obj }));
    }
    let ok = match obj {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => vm.is_subclass(r, this),
        _ => false,
    } || vm.is_instance(obj, this);
    if !ok {
        let what = match obj {
            Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => format!("type {}", vm.class(r).name),
            _ => format!("instance of {}", vm.type_name(obj)),
        };
        let this = vm.class(this).name.clone();
        return Err(PyErr::type_error(format!(
            "super(type, obj): obj ({what}) is not an instance or subtype of type ({this})."
        )));
    }
    Ok(vm.alloc(Obj::Super { this_class: this, obj }))
}

impl Vm {
    /// `super()` called with no arguments (the compiler passes `__class__` and the first
    /// argument itself unless the name `super` may be rebound): CPython's reading of the
    /// calling frame, its `__class__` cell and first argument.
    fn super_from_frame(&self) -> PyResult<(ObjRef, Value)> {
        let code = &self.frame.code;
        if code.argcount == 0 || self.frame.regs.is_empty() {
            return Err(PyErr::runtime_error("super(): no arguments"));
        }
        let cells = code.varnames.len();
        let first = match code.cell_params.iter().find(|&&(_, param)| param == 0) {
            Some(&(cell, _)) => self.cell_content(self.frame.regs.get(cells + cell).copied()),
            None => Some(self.frame.regs[0]).filter(|v| !super::frame::is_unbound(*v)),
        };
        let Some(first) = first else {
            return Err(PyErr::runtime_error("super(): arg[0] deleted"));
        };
        let Some(i) = code.freevars.iter().position(|n| &**n == "__class__") else {
            return Err(PyErr::runtime_error("super(): __class__ cell not found"));
        };
        let slot = cells + code.cellvars.len() + i;
        let Some(class) = self.cell_content(self.frame.regs.get(slot).copied()) else {
            return Err(PyErr::runtime_error("super(): empty __class__ cell"));
        };
        match class {
            Value::Obj(c) if matches!(self.heap.get(c), Obj::Class(_)) => Ok((c, first)),
            _ => Err(PyErr::runtime_error(format!("super(): __class__ is not a type ({})", self.type_name(class)))),
        }
    }

    fn cell_content(&self, cell: Option<Value>) -> Option<Value> {
        match cell? {
            Value::Obj(c) => match self.heap.get(c) {
                Obj::Cell(v) => *v,
                _ => None,
            },
            _ => None,
        }
    }
}

// ---- property, staticmethod, classmethod ----

fn property_new(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let cls = a.pos.first().copied();
    let fget = args::arg_or_kw(&mut a, 1, "fget").unwrap_or(Value::None);
    let fset = args::arg_or_kw(&mut a, 2, "fset").unwrap_or(Value::None);
    let fdel = args::arg_or_kw(&mut a, 3, "fdel").unwrap_or(Value::None);
    let mut doc = args::arg_or_kw(&mut a, 4, "doc").unwrap_or(Value::None);
    if doc.is_none()
        && !fget.is_none()
        && let Value::Obj(r) = fget
        && let Obj::Function(f) = vm.heap.get(r)
    {
        doc = f.doc;
    }
    let p = vm.alloc(Obj::Property(Box::new(Property { fget, fset, fdel, doc, name: Value::None })));
    match cls {
        Some(Value::Obj(c)) if c != vm.types.property => Ok(vm.new_builtin_instance(c, p)),
        _ => Ok(p),
    }
}

fn property_parts(vm: &Vm, v: Value) -> PyResult<Property> {
    let v = vm.builtin_value(v);
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Property(p) => Ok(Property { fget: p.fget, fset: p.fset, fdel: p.fdel, doc: p.doc, name: p.name }),
            _ => Err(PyErr::type_error("descriptor requires a 'property' object")),
        },
        _ => Err(PyErr::type_error("descriptor requires a 'property' object")),
    }
}

fn property_getter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("getter", &a, 1, 1)?;
    let mut p = property_parts(vm, a.pos[0])?;
    p.fget = a.pos[1];
    Ok(vm.alloc(Obj::Property(Box::new(p))))
}

fn property_setter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("setter", &a, 1, 1)?;
    let mut p = property_parts(vm, a.pos[0])?;
    p.fset = a.pos[1];
    Ok(vm.alloc(Obj::Property(Box::new(p))))
}

fn property_deleter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("deleter", &a, 1, 1)?;
    let mut p = property_parts(vm, a.pos[0])?;
    p.fdel = a.pos[1];
    Ok(vm.alloc(Obj::Property(Box::new(p))))
}

fn property_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = property_parts(vm, a.pos[0])?;
    let obj = a.pos.get(1).copied().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(a.pos[0]);
    }
    if p.fget.is_none() {
        return Err(vm.property_lacks(&p, obj, "getter"));
    }
    vm.call_pos(p.fget, vec![obj])
}

fn property_set(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_pos("__set__", a.pos.len(), 3, 3)?;
    let p = property_parts(vm, a.pos[0])?;
    if p.fset.is_none() {
        return Err(vm.property_lacks(&p, a.pos[1], "setter"));
    }
    vm.call_pos(p.fset, vec![a.pos[1], a.pos[2]])?;
    Ok(Value::None)
}

/// `__set_name__(owner, name)`: class creation names the property after its attribute.
fn property_set_name(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_pos("__set_name__", a.pos.len(), 3, 3)?;
    if let Value::Obj(r) = vm.builtin_value(a.pos[0])
        && let Obj::Property(p) = vm.heap.get_mut(r)
    {
        p.name = a.pos[2];
    }
    Ok(Value::None)
}

fn property_delete(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_pos("__delete__", a.pos.len(), 2, 2)?;
    let p = property_parts(vm, a.pos[0])?;
    if p.fdel.is_none() {
        return Err(vm.property_lacks(&p, a.pos[1], "deleter"));
    }
    vm.call_pos(p.fdel, vec![a.pos[1]])?;
    Ok(Value::None)
}

impl Vm {
    /// CPython's error for a property used without the function it needs (`what` is
    /// "getter", "setter" or "deleter"): it names the property when it knows its name.
    pub(crate) fn property_lacks(&mut self, p: &Property, obj: Value, what: &str) -> PyErr {
        let tn = self.type_name(obj);
        match self.property_name(p) {
            Some(n) => PyErr::attribute_error(format!("property '{n}' of '{tn}' object has no {what}")),
            None => PyErr::attribute_error(format!("property of '{tn}' object has no {what}")),
        }
    }

    /// `property.__name__`: the name `__set_name__` gave it, else its getter's `__name__`.
    pub(crate) fn property_name(&mut self, p: &Property) -> Option<String> {
        if let Some(n) = self.heap.str_of(p.name) {
            return Some(n.to_string());
        }
        if p.fget.is_none() {
            return None;
        }
        let n = self.getattr_opt(p.fget, "__name__").ok()??;
        self.heap.str_of(n).map(str::to_string)
    }
}

fn staticmethod_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_pos("staticmethod", a.pos.len().saturating_sub(1), 1, 1)?;
    Ok(vm.alloc(Obj::StaticMethod(a.pos[1])))
}

fn classmethod_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_pos("classmethod", a.pos.len().saturating_sub(1), 1, 1)?;
    Ok(vm.alloc(Obj::ClassMethod(a.pos[1])))
}

// ---- BaseException ----

pub(crate) fn exception_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let base = vm.exc_class(ExcKind::BaseException);
    let cls = vm.new_target(base, a.pos.first().copied())?;
    Ok(Value::Obj(construct_exception(vm, cls, a.pos[1..].to_vec())))
}

/// `cls(*args)` for an exception class whose `__new__` and `__init__` are BaseException's:
/// what the two of them do together.
pub(crate) fn construct_exception(vm: &mut Vm, mut cls: ObjRef, args: Vec<Value>) -> ObjRef {
    // `OSError(errno, strerror)` makes the subclass for that errno, as CPython does.
    if cls == vm.exc_class(ExcKind::OSError)
        && (2..=5).contains(&args.len())
        && let Value::Int(errno) = args[0]
        && let Some(kind) = os_error_kind(errno)
    {
        cls = vm.exc_class(kind);
    }
    let nargs = args.len();
    let r = vm.new_exception_of(cls, args);
    if keeps_filename_apart(vm, r, nargs) {
        let args = vm.exception_args(r);
        set_os_error_args(vm, r, &args);
    }
    r
}

/// The `OSError` subclass CPython picks for an errno (Linux numbering).
fn os_error_kind(errno: i64) -> Option<ExcKind> {
    Some(match errno {
        1 | 13 => ExcKind::PermissionError,
        2 => ExcKind::FileNotFoundError,
        4 => ExcKind::InterruptedError,
        10 => ExcKind::ChildProcessError,
        11 | 114 | 115 => ExcKind::BlockingIOError,
        17 => ExcKind::FileExistsError,
        20 => ExcKind::NotADirectoryError,
        21 => ExcKind::IsADirectoryError,
        110 => ExcKind::TimeoutError,
        _ => return None,
    })
}

/// `OSError(errno, strerror, filename[, winerror[, filename2]])`: the file name is not part of
/// `args`.
fn keeps_filename_apart(vm: &Vm, r: ObjRef, nargs: usize) -> bool {
    (3..=5).contains(&nargs) && vm.is_instance(Value::Obj(r), vm.exc_class(ExcKind::OSError))
}

/// `OSError(errno, strerror, filename[, winerror[, filename2]])` with a file name: `args` keeps
/// `(errno, strerror)`, the names go to the `filename` and `filename2` attributes. Other
/// exceptions (and an OSError whose filename is None) keep every argument.
fn set_os_error_args(vm: &mut Vm, r: ObjRef, args: &[Value]) {
    if keeps_filename_apart(vm, r, args.len()) && !args[2].is_none() {
        vm.set_exception_args(r, args[..2].to_vec());
        let d = vm.ensure_dict(r);
        vm.dict_set_str(d, "filename", args[2]);
        if let Some(&filename2) = args.get(4) {
            vm.dict_set_str(d, "filename2", filename2);
        }
    } else {
        vm.set_exception_args(r, args.to_vec());
    }
}

pub(crate) fn exception_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if let Some(Value::Obj(r)) = a.pos.first().copied() {
        set_os_error_args(vm, r, &a.pos[1..]);
        if !a.kw.is_empty() {
            set_lookup_error_fields(vm, r, &a.kw);
        }
    }
    Ok(Value::None)
}

/// `NameError(..., name=n)` and `AttributeError(..., name=n, obj=o)` set those attributes
/// (the traceback's "Did you mean" reads them).
fn set_lookup_error_fields(vm: &mut Vm, r: ObjRef, kw: &[(std::rc::Rc<str>, Value)]) {
    let is = |vm: &Vm, k: ExcKind| vm.is_instance(Value::Obj(r), vm.exc_class(k));
    let fields: &[&str] = if is(vm, ExcKind::AttributeError) {
        &["name", "obj"]
    } else if is(vm, ExcKind::NameError) {
        &["name"]
    } else if is(vm, ExcKind::ImportError) {
        &["name", "path"]
    } else {
        return;
    };
    for (k, v) in kw {
        if fields.contains(&&**k) {
            let d = vm.ensure_dict(r);
            vm.dict_set_str(d, k, *v);
        }
    }
}

fn exception_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(Value::Obj(r)) = a.pos.first().copied() else { return Ok(vm.new_str("")) };
    let args = vm.exception_args(r);
    if let Some(s) = vm.os_error_str(r)? {
        return Ok(vm.new_str(s));
    }
    let s = match args.len() {
        0 => String::new(),
        1 => vm.to_str(args[0])?,
        _ => {
            let t = vm.new_tuple(args);
            vm.repr(t)?
        }
    };
    Ok(vm.new_str(s))
}

fn syntax_error_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(Value::Obj(r)) = a.pos.first().copied() else { return Ok(vm.new_str("")) };
    match vm.syntax_error_text(r)? {
        Some(s) => Ok(vm.new_str(s)),
        None => exception_str(vm, a),
    }
}

/// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))` sets those
/// attributes; the class holds `None` defaults for the ones not given.
fn syntax_error_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(Value::Obj(r)) = a.pos.first().copied() else { return Ok(Value::None) };
    vm.set_exception_args(r, a.pos[1..].to_vec());
    let d = vm.ensure_dict(r);
    if let Some(&msg) = a.pos.get(1) {
        vm.dict_set_str(d, "msg", msg);
    }
    if a.pos.len() == 3 {
        let details = match a.pos[2] {
            Value::Obj(t) => match vm.heap.get(t) {
                Obj::Tuple(items) => items.clone(),
                _ => return Err(PyErr::type_error("tuple expected")),
            },
            _ => return Err(PyErr::type_error("tuple expected")),
        };
        if !(4..=6).contains(&details.len()) {
            return Err(PyErr::index_error("tuple index out of range"));
        }
        for (name, v) in ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"].iter().zip(details) {
            vm.dict_set_str(d, name, v);
        }
    }
    Ok(Value::None)
}

fn exception_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(Value::Obj(r)) = a.pos.first().copied() else { return Ok(vm.new_str("")) };
    let args = vm.exception_args(r);
    let cls = vm.type_of(Value::Obj(r));
    let name = vm.class_name(cls).to_string();
    let s = match args.len() {
        1 => format!("{name}({})", vm.repr(args[0])?),
        _ => {
            let t = vm.new_tuple(args);
            format!("{name}{}", vm.repr(t)?)
        }
    };
    Ok(vm.new_str(s))
}

fn exception_with_traceback(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("with_traceback", &a, 1, 1)?;
    let (exc, tb) = (a.pos[0], a.pos[1]);
    if let Value::Obj(r) = exc
        && !vm.set_traceback(r, tb)
    {
        return Err(PyErr::type_error("__traceback__ must be a traceback or None"));
    }
    Ok(exc)
}

fn exception_add_note(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("add_note", &a, 1, 1)?;
    let Value::Obj(r) = a.pos[0] else { return Ok(Value::None) };
    let d = vm.ensure_dict(r);
    let notes = match vm.dict_get_str(d, "__notes__") {
        Some(n) => n,
        None => {
            let l = vm.new_list(vec![]);
            vm.dict_set_str(d, "__notes__", l);
            l
        }
    };
    if let Some(l) = vm.heap.list_mut(notes) {
        l.push(a.pos[1]);
    }
    Ok(Value::None)
}

// ---- generators ----

fn gen_ref(vm: &Vm, v: Value) -> PyResult<ObjRef> {
    match v {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Generator(_)) => Ok(r),
        _ => Err(PyErr::type_error("descriptor requires a 'generator' object")),
    }
}

fn exit_to_result(e: Exit) -> PyResult<Value> {
    match e {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(PyErr::stop_iteration(v)),
    }
}

// The generator methods let the collector run while the generator does (gcsafe.rs): all
// they need afterwards is the generator. An event loop runs every task under `send`, and a
// `for` loop there that drops a generator must be able to collect it at once (genfinal.rs).

fn gen_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = gen_ref(vm, a.pos[0])?;
    let e = vm.gc_safe_step(&[Value::Obj(g)], |vm| vm.gen_resume(g, Value::None, None))?;
    exit_to_result(e)
}

fn gen_send(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("send", &a, 1, 1)?;
    let g = gen_ref(vm, a.pos[0])?;
    let sent = a.pos[1];
    let e = vm.gc_safe_step(&[Value::Obj(g), sent], |vm| vm.gen_resume(g, sent, None))?;
    exit_to_result(e)
}

fn gen_throw(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("throw", &a, 1, 3)?;
    let g = gen_ref(vm, a.pos[0])?;
    let mut typ = a.pos[1];
    if a.pos.len() >= 3 && !a.pos[2].is_none() {
        // throw(type, value)
        let val = a.pos[2];
        if vm.is_exception(val) {
            typ = val;
        } else {
            typ = vm.call_pos(typ, vec![val])?;
        }
    }
    let exc = vm.exception_instance(typ)?;
    let e = vm.gc_safe_step(&[Value::Obj(g), Value::Obj(exc)], |vm| vm.gen_throw(g, PyErr::obj(exc)))?;
    exit_to_result(e)
}

fn gen_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = gen_ref(vm, a.pos[0])?;
    vm.gc_safe_step(&[Value::Obj(g)], |vm| vm.close_generator(g))
}

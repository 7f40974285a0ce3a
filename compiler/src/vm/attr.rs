//! Attribute access: `getattr`/`setattr`/`delattr`, MRO lookup, descriptors, `type()`.

use super::Vm;
use crate::bytecode::opcode::Op;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::*;
use std::rc::Rc;

/// What an MRO lookup found, classified for binding.
enum Found {
    Plain(Value),
    /// A Python function or native method: binds the receiver.
    Method(Value),
    /// A `classmethod` (or native class method): binds the class.
    ClassMethod(Value),
    /// A `staticmethod` wrapper: yields the wrapped callable.
    Static(Value),
    Property(ObjRef),
    /// An instance whose class defines `__get__` (a user descriptor).
    Descriptor(Value, bool),
}

impl Vm {
    /// The class of any value (`type(v)`).
    pub fn type_of(&self, v: Value) -> ObjRef {
        let t = &self.types;
        match v {
            Value::None => t.none,
            Value::Bool(_) => t.bool_,
            Value::Int(_) => t.int,
            Value::Float(_) => t.float,
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(_) => t.str,
                Obj::BigInt(_) => t.int,
                Obj::Bytes(_) => t.bytes,
                Obj::ByteArray(_) => t.bytearray,
                Obj::List(_) => t.list,
                Obj::Tuple(_) => t.tuple,
                Obj::Dict(_) => t.dict,
                Obj::Set(_) => t.set,
                Obj::FrozenSet(_) => t.frozenset,
                Obj::Range { .. } | Obj::BigRange(_) => t.range,
                Obj::Slice(_) => t.slice,
                Obj::Complex(..) => t.complex,
                Obj::Function(_) => t.function,
                Obj::Native(_) => t.builtin_function,
                // A bound built-in method (`[].append`) is a builtin_function_or_method in
                // CPython, like `len`; only Python functions bind into `method`.
                Obj::BoundMethod { func: Value::Obj(f), .. } if matches!(self.heap.get(*f), Obj::Native(_)) => {
                    t.builtin_function
                }
                Obj::BoundMethod { .. } => t.method,
                Obj::Class(c) => c.metaclass.unwrap_or(t.type_),
                Obj::Instance(i) => i.class,
                Obj::Module(_) => t.module,
                Obj::Cell(_) => t.cell,
                Obj::Generator(g) => match g.kind {
                    GenKind::Generator => t.generator,
                    GenKind::Coroutine => t.coroutine,
                    GenKind::AsyncGenerator => t.async_generator,
                },
                Obj::Iter(it) => match **it {
                    IterState::Seq { seq, .. } => match self.heap.get(seq) {
                        Obj::Tuple(_) => t.tuple_iterator,
                        Obj::Bytes(_) => t.bytes_iterator,
                        Obj::ByteArray(_) => t.bytearray_iterator,
                        _ => t.list_iterator,
                    },
                    IterState::Reversed { seq, .. } => match self.heap.get(seq) {
                        Obj::List(_) => t.list_reverseiterator,
                        _ => t.reversed,
                    },
                    IterState::Range { .. } => t.range_iterator,
                    IterState::Str { s, .. } => match self.heap.get(s) {
                        Obj::Str(st) if !st.as_str().is_ascii() => t.str_unicode_iterator,
                        _ => t.str_iterator,
                    },
                    IterState::DictKeys { .. } => t.dict_keyiterator,
                    IterState::DictValues { .. } => t.dict_valueiterator,
                    IterState::DictItems { .. } => t.dict_itemiterator,
                    IterState::Set { .. } => t.set_iterator,
                    IterState::Callable { .. } => t.callable_iterator,
                    IterState::GetItem { .. } | IterState::Exhausted => t.iterator,
                },
                Obj::NativeIter(it) => it.class().unwrap_or(match it.type_name() {
                    "zip" => t.zip_iterator,
                    "map" => t.map_iterator,
                    "filter" => t.filter_iterator,
                    "enumerate" => t.enumerate_iterator,
                    "reversed" => t.reversed,
                    "dict_reversekeyiterator" => t.dict_reversekeyiterator,
                    "dict_reversevalueiterator" => t.dict_reversevalueiterator,
                    "dict_reverseitemiterator" => t.dict_reverseitemiterator,
                    "odict_iterator" => t.odict_iterator,
                    "_deque_iterator" => t.deque_iterator,
                    "_deque_reverse_iterator" => t.deque_reverse_iterator,
                    "longrange_iterator" => t.longrange_iterator,
                    "_grouper" => t.itertools_grouper,
                    "_tee" => t.itertools_tee,
                    _ => t.native_iterator,
                }),
                Obj::Busy => t.native_iterator,
                Obj::Property(_) => t.property,
                Obj::StaticMethod(_) => t.staticmethod,
                Obj::ClassMethod(_) => t.classmethod,
                Obj::Super { .. } => t.super_,
                Obj::Code(_) => t.code,
                Obj::NotImplemented => t.not_implemented,
                Obj::Ellipsis => t.ellipsis,
                Obj::Free(_) => t.object,
            },
        }
    }

    /// The type's name as CPython's messages write it (its `tp_name`): `int`, a user class's
    /// `__name__`, or `module.name` for a type a module defines natively (`collections.deque`).
    pub fn type_name(&self, v: Value) -> String {
        let cls = self.type_of(v);
        if let Obj::Class(c) = self.heap.get(cls)
            && c.module_native
            && let Some(module) = self.heap.str_of(c.module)
        {
            return format!("{module}.{}", c.name);
        }
        if let Value::Obj(r) = v
            && let Obj::NativeIter(it) = self.heap.get(r)
        {
            return it.type_name().to_string();
        }
        self.class_name(cls).to_string()
    }

    pub fn class_name(&self, cls: ObjRef) -> &str {
        match self.heap.get(cls) {
            Obj::Class(c) => &c.name,
            _ => "?",
        }
    }

    #[inline]
    pub(crate) fn class(&self, cls: ObjRef) -> &Class {
        match self.heap.get(cls) {
            Obj::Class(c) => c,
            _ => panic!("not a class"),
        }
    }

    pub fn is_class(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Class(_)))
    }

    /// `isinstance(v, cls)` for a single class (no tuples, no `__instancecheck__`).
    pub fn is_instance(&self, v: Value, cls: ObjRef) -> bool {
        let t = self.type_of(v);
        t == cls || self.is_subclass(t, cls)
    }

    /// `issubclass(a, b)` by MRO.
    pub fn is_subclass(&self, a: ObjRef, b: ObjRef) -> bool {
        if a == b {
            return true;
        }
        match self.heap.get(a) {
            Obj::Class(c) => c.mro.contains(&b),
            _ => false,
        }
    }

    /// Is `v` an exception instance (of `BaseException` or a subclass)?
    pub fn is_exception(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(i) if matches!(i.payload, Payload::Exception(_))))
    }

    /// Looks `name` up along `cls.__mro__` without descriptors.
    /// `lookup_mro` for the special-method names operators and builtins look up on every use
    /// (`__add__`, `__getitem__`, `__eq__`, ...), cached per class until any class changes.
    /// A `&'static` name has a fixed address and text, so the address identifies it.
    /// Two-way: a pair of names of one class that share a slot (decimal_telco's `__iadd__`
    /// missed on every `+=`, evicted by another dunder of the same iteration) both stay,
    /// the newer in the first way. The first way is checked here (inlined at every operator);
    /// the rest is out of line.
    pub fn lookup_special(&self, cls: ObjRef, name: &'static str) -> Option<Value> {
        let addr = name.as_ptr() as usize;
        let at = ((cls.0 as usize ^ (addr >> 3)) % self.special_cache.len()) & !1;
        let (c, a, epoch, found) = self.special_cache[at].get();
        if c == cls.0 && a == addr && epoch == self.class_epoch {
            return found;
        }
        self.lookup_special_second(cls, name, at)
    }

    /// `lookup_special` past its first way: the second way of set `at`, else the MRO walk,
    /// whose answer goes in the first way (its old entry moving to the second).
    #[inline(never)]
    fn lookup_special_second(&self, cls: ObjRef, name: &'static str, at: usize) -> Option<Value> {
        let addr = name.as_ptr() as usize;
        let (first, second) = (&self.special_cache[at], &self.special_cache[at + 1]);
        let (c, a, epoch, found) = second.get();
        if c == cls.0 && a == addr && epoch == self.class_epoch {
            return found;
        }
        let found = self.lookup_mro(cls, name);
        second.set(first.get());
        first.set((cls.0, addr, self.class_epoch, found));
        found
    }
    pub fn lookup_mro(&self, cls: ObjRef, name: &str) -> Option<Value> {
        let Obj::Class(c) = self.heap.get(cls) else { return None };
        // Hash once for the whole MRO walk (dunder lookups on every call path come here).
        let h = crate::value::str::hash_bytes(name.as_bytes());
        for &k in &c.mro {
            if let Obj::Class(kc) = self.heap.get(k)
                && let Some(v) = self.dict_get_str_hashed(kc.dict, name, h)
            {
                return Some(v);
            }
        }
        None
    }

    fn classify(&self, v: Value) -> Found {
        let Value::Obj(r) = v else { return Found::Plain(v) };
        match self.heap.get(r) {
            Obj::Function(_) => Found::Method(v),
            Obj::Native(n) => match n.kind {
                NativeKind::Method => Found::Method(v),
                NativeKind::ClassMethod => Found::ClassMethod(v),
                NativeKind::Function | NativeKind::StaticMethod => Found::Plain(v),
            },
            Obj::ClassMethod(f) => Found::ClassMethod(*f),
            Obj::StaticMethod(f) => Found::Static(*f),
            Obj::Property(_) => Found::Property(r),
            Obj::Instance(i) => {
                let cls = i.class;
                if self.lookup_mro(cls, "__get__").is_some() {
                    let data =
                        self.lookup_mro(cls, "__set__").is_some() || self.lookup_mro(cls, "__delete__").is_some();
                    Found::Descriptor(v, data)
                } else {
                    Found::Plain(v)
                }
            }
            _ => Found::Plain(v),
        }
    }

    pub(crate) fn bind(&mut self, receiver: Value, func: Value) -> Value {
        self.alloc(Obj::BoundMethod { receiver, func })
    }

    /// The receiver a native method should see: built-in payloads of subclass instances.
    fn native_receiver(&self, obj: Value, func: Value) -> Value {
        if let Value::Obj(f) = func
            && matches!(self.heap.get(f), Obj::Native(_))
        {
            return self.builtin_value(obj);
        }
        obj
    }

    /// For an instance of a user subclass of a built-in (`class L(list)`), the wrapped
    /// built-in value, which is what the built-in's native methods operate on; otherwise `v`.
    /// Classes that keep a payload of a type they do not derive from (dict views, a deque's
    /// list store) stay themselves: `deque() < [1]` must not compare lists.
    pub fn builtin_value(&self, v: Value) -> Value {
        if let Value::Obj(r) = v
            && let Obj::Instance(i) = self.heap.get(r)
            && let Payload::Builtin(b) = i.payload
        {
            let bt = self.type_of(b);
            if self.is_subclass(i.class, bt) {
                return b;
            }
        }
        v
    }

    /// [`Vm::property_lacks`] for the property object `p`.
    fn property_ref_lacks(&mut self, p: ObjRef, obj: Value, what: &str) -> PyErr {
        match self.heap.get(p) {
            Obj::Property(prop) => {
                let prop = (**prop).clone();
                self.property_lacks(&prop, obj, what)
            }
            _ => PyErr::attribute_error(format!("property of '{}' object has no {what}", self.type_name(obj))),
        }
    }

    /// Resolves a found class attribute for an instance access `obj.name`.
    fn resolve_for_instance(&mut self, found: Found, obj: Value, cls: ObjRef) -> PyResult<Value> {
        Ok(match found {
            Found::Plain(v) => v,
            Found::Method(f) => {
                let recv = self.native_receiver(obj, f);
                self.bind(recv, f)
            }
            Found::ClassMethod(f) => self.bind(Value::Obj(cls), f),
            Found::Static(f) => f,
            Found::Property(p) => {
                let fget = match self.heap.get(p) {
                    Obj::Property(p) => p.fget,
                    _ => Value::None,
                };
                if fget.is_none() {
                    return Err(self.property_ref_lacks(p, obj, "getter"));
                }
                self.call_pos(fget, vec![obj])?
            }
            Found::Descriptor(d, _) => self.call_method(d, "__get__", vec![obj, Value::Obj(cls)])?,
        })
    }

    /// `getattr(obj, name)`; raises `AttributeError` like CPython.
    pub fn getattr(&mut self, obj: Value, name: &str) -> PyResult<Value> {
        match self.getattr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.attribute_error(obj, name)),
        }
    }

    #[cold]
    pub(crate) fn attribute_error(&self, obj: Value, name: &str) -> PyErr {
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Obj::Module(m) => {
                    let msg = format!("module '{}' has no attribute '{name}'", m.name);
                    return self.attr_miss(msg, obj, name);
                }
                Obj::Class(c) => {
                    let msg = format!("type object '{}' has no attribute '{name}'", c.name);
                    return self.attr_miss(msg, obj, name);
                }
                _ => {}
            }
        }
        let msg = format!("'{}' object has no attribute '{name}'", self.type_name(obj));
        self.attr_miss(msg, obj, name)
    }

    /// An `AttributeError` with `name` and `obj`, for the traceback's suggestion.
    fn attr_miss(&self, msg: String, obj: Value, name: &str) -> PyErr {
        let own = self.frame_self().is_some_and(|v| v.is(obj));
        PyErr::from_raised(crate::error::Raised::Miss(msg, Miss::Attr { name: name.into(), obj, own }))
    }

    /// `getattr(obj, name, None)`-style: `Ok(None)` when the attribute is missing.
    pub fn getattr_opt(&mut self, obj: Value, name: &str) -> PyResult<Option<Value>> {
        let cls = self.type_of(obj);
        let hooks = self.class(cls).hooks;
        if hooks.getattribute
            && let Some(ga) = self.lookup_mro(cls, "__getattribute__")
        {
            let n = self.new_str(name);
            return match self.call_pos(ga, vec![obj, n]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if self.err_matches(&e, ExcKind::AttributeError) => self.getattr_hook(obj, cls, name, hooks),
                Err(e) => Err(e),
            };
        }
        // `__getattr__` also answers an AttributeError raised on the way (a property getter's).
        match self.generic_getattr(obj, name) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => self.getattr_hook(obj, cls, name, hooks),
            Err(e) if hooks.getattr && self.err_matches(&e, ExcKind::AttributeError) => {
                self.getattr_hook(obj, cls, name, hooks)
            }
            Err(e) => Err(e),
        }
    }

    fn getattr_hook(&mut self, obj: Value, cls: ObjRef, name: &str, hooks: ClassHooks) -> PyResult<Option<Value>> {
        if hooks.getattr
            && let Some(ga) = self.lookup_mro(cls, "__getattr__")
        {
            let n = self.new_str(name);
            return match self.call_pos(ga, vec![obj, n]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if self.err_matches(&e, ExcKind::AttributeError) => Err(e),
                Err(e) => Err(e),
            };
        }
        if let Value::Obj(r) = obj
            && let Obj::Module(m) = self.heap.get(r)
        {
            let (d, module) = (m.dict, m.name.clone());
            if let Some(v) = crate::modules::lazy_attrs::load(self, &module, d, name)? {
                return Ok(Some(v));
            }
            if let Some(ga) = self.dict_get_str(d, "__getattr__") {
                let n = self.new_str(name);
                return self.call_pos(ga, vec![n]).map(Some);
            }
        }
        Ok(None)
    }

    /// `object.__getattribute__`: descriptors, instance dict, class attributes.
    #[cfg_attr(edge_speed, optimize(speed))]
    pub fn generic_getattr(&mut self, obj: Value, name: &str) -> PyResult<Option<Value>> {
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Obj::Class(_) => return self.class_getattr(r, name),
                Obj::Module(m) => {
                    let d = m.dict;
                    if let Some(v) = self.dict_get_str(d, name) {
                        return Ok(Some(v));
                    }
                    if name == "__dict__" {
                        return Ok(Some(Value::Obj(d)));
                    }
                }
                Obj::Super { this_class, obj: sobj } => {
                    let (tc, so) = (*this_class, *sobj);
                    return self.super_getattr(tc, so, name);
                }
                _ => {}
            }
        }
        let cls = self.type_of(obj);
        let found = self.lookup_mro(cls, name).map(|v| self.classify(v));
        // Data descriptors win over the instance dict.
        match found {
            Some(Found::Property(_)) | Some(Found::Descriptor(_, true)) => {
                return self.resolve_for_instance(found.expect("found"), obj, cls).map(Some);
            }
            _ => {}
        }
        if let Some(v) = self.instance_attr(obj, name) {
            return Ok(Some(v));
        }
        if let Some(f) = found {
            return self.resolve_for_instance(f, obj, cls).map(Some);
        }
        self.special_attr(obj, name)
    }

    /// The `__dict__` of objects that have one already (instances keeping their attributes in
    /// shape form have none; see `ensure_dict`).
    pub(crate) fn instance_dict(&self, obj: Value) -> Option<ObjRef> {
        match obj {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Instance(i) => match i.attrs {
                    Attrs::Dict(d) => Some(d),
                    Attrs::Shaped { .. } => None,
                },
                Obj::Function(f) => f.dict,
                _ => None,
            },
            _ => None,
        }
    }

    /// Attribute lookup on a class object (`C.x`): its MRO, then the metaclass.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn class_getattr(&mut self, cls: ObjRef, name: &str) -> PyResult<Option<Value>> {
        let meta = self.type_of(Value::Obj(cls));
        if meta != self.types.type_
            && let Some(v) = self.lookup_mro(meta, name)
            && let Found::Property(_) | Found::Descriptor(_, true) = self.classify(v)
        {
            let f = self.classify(v);
            return self.resolve_for_instance(f, Value::Obj(cls), meta).map(Some);
        }
        // `type`'s own data descriptors win over the class's namespace (a class may define
        // a `__name__` property for its instances).
        if matches!(name, "__name__" | "__qualname__" | "__mro__" | "__bases__") {
            return Ok(self.class_special_attr(cls, name));
        }
        if let Some(v) = self.lookup_mro(cls, name) {
            return Ok(Some(match self.classify(v) {
                Found::ClassMethod(f) => self.bind(Value::Obj(cls), f),
                Found::Static(f) => f,
                Found::Descriptor(d, _) => self.call_method(d, "__get__", vec![Value::None, Value::Obj(cls)])?,
                Found::Plain(v) | Found::Method(v) => v,
                Found::Property(p) => Value::Obj(p),
            }));
        }
        if let Some(v) = self.class_special_attr(cls, name) {
            return Ok(Some(v));
        }
        if let Some(v) = self.lookup_mro(meta, name) {
            let f = self.classify(v);
            return self.resolve_for_instance(f, Value::Obj(cls), meta).map(Some);
        }
        Ok(None)
    }

    fn class_special_attr(&mut self, cls: ObjRef, name: &str) -> Option<Value> {
        let c = self.class(cls);
        match name {
            "__name__" => {
                let n = c.name.clone();
                Some(self.new_str(&*n))
            }
            "__qualname__" => {
                let n = c.qualname.clone();
                Some(self.new_str(&*n))
            }
            "__mro__" => {
                let m: Vec<Value> = c.mro.iter().map(|r| Value::Obj(*r)).collect();
                Some(self.new_tuple(m))
            }
            "__bases__" => {
                let b: Vec<Value> = c.bases.iter().map(|r| Value::Obj(*r)).collect();
                Some(self.new_tuple(b))
            }
            "__base__" => Some(c.bases.first().map(|b| Value::Obj(*b)).unwrap_or(Value::None)),
            "__dict__" => Some(Value::Obj(c.dict)),
            "__module__" => Some(if c.module.is_none() { self.intern("builtins") } else { c.module }),
            "__class__" => Some(Value::Obj(self.type_of(Value::Obj(cls)))),
            "__doc__" => Some(Value::None),
            _ => None,
        }
    }

    /// Attributes every object of a built-in kind has without a class dict entry.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn special_attr(&mut self, obj: Value, name: &str) -> PyResult<Option<Value>> {
        if name == "__class__" {
            return Ok(Some(Value::Obj(self.type_of(obj))));
        }
        let Value::Obj(r) = obj else { return Ok(None) };
        let v = match (self.heap.get(r), name) {
            (Obj::Function(f), "__name__") => {
                let n = f.name.clone();
                self.new_str(&*n)
            }
            (Obj::Function(f), "__qualname__") => {
                let n = f.qualname.clone();
                self.new_str(&*n)
            }
            (Obj::Function(f), "__doc__") => f.doc,
            (Obj::Function(f), "__module__") => f.module,
            (Obj::Function(f), "__globals__") => Value::Obj(f.globals),
            (Obj::Function(f), "__defaults__") => {
                if f.defaults.is_empty() {
                    Value::None
                } else {
                    let d = f.defaults.clone();
                    self.new_tuple(d)
                }
            }
            (Obj::Function(f), "__kwdefaults__") => {
                if f.kwdefaults.is_empty() {
                    Value::None
                } else {
                    let kw = f.kwdefaults.clone();
                    let d = self.new_dict();
                    for (k, v) in kw {
                        let k = self.new_str(&*k);
                        self.dict_set(d, k, v)?;
                    }
                    d
                }
            }
            (Obj::Function(f), "__code__") => {
                let c = f.code.clone();
                self.alloc(Obj::Code(c))
            }
            (Obj::Function(f), "__annotations__") => match f.annotations {
                Some(a) => Value::Obj(a),
                None => {
                    let d = self.new_dict();
                    if let Obj::Function(f) = self.heap.get_mut(r) {
                        f.annotations = d.as_obj();
                    }
                    d
                }
            },
            (Obj::Function(f), "__closure__") => {
                if f.closure.is_empty() {
                    Value::None
                } else {
                    let cells: Vec<Value> = f.closure.iter().map(|c| Value::Obj(*c)).collect();
                    self.new_tuple(cells)
                }
            }
            (Obj::Cell(c), "cell_contents") => match c {
                Some(v) => *v,
                None => return Err(PyErr::value_error("Cell is empty")),
            },
            (Obj::Function(_), "__dict__") => {
                let d = self.ensure_dict(r);
                Value::Obj(d)
            }
            (Obj::Native(n), "__name__") => {
                let n = n.name;
                self.new_str(n)
            }
            // `str.join.__qualname__` is 'str.join'; a function's is its name.
            (Obj::Native(n), "__qualname__") => {
                let (name, kind, bound) = (n.name, n.kind, n.bound);
                let owner = match kind {
                    NativeKind::Method | NativeKind::StaticMethod if bound.is_none() => {
                        self.native_method_owner(r, name)
                    }
                    _ => None,
                };
                match owner {
                    Some(cls) => self.new_str(format!("{}.{name}", self.class_name(cls))),
                    None => self.new_str(name),
                }
            }
            // A module's function names its module; the other built-in functions `builtins`;
            // methods of built-in types have none.
            (Obj::Native(n), "__module__") => {
                let (name, kind, bound) = (n.name, n.kind, n.bound);
                match bound.and_then(|b| b.as_obj()).map(|b| self.heap.get(b)) {
                    Some(Obj::Module(m)) => {
                        let m = m.name.clone();
                        self.intern(&m)
                    }
                    Some(_) => Value::None,
                    None => match self.native_function_module(r, name) {
                        Some(m) => self.intern(&m),
                        None if matches!(kind, NativeKind::Function) || self.native_method_owner(r, name).is_none() => {
                            self.intern("builtins")
                        }
                        None => Value::None,
                    },
                }
            }
            (Obj::Native(n), "__self__") => n.bound.unwrap_or(Value::None),
            (Obj::Native(_), "__doc__") => Value::None,
            (Obj::BoundMethod { receiver, .. }, "__self__") => *receiver,
            (Obj::BoundMethod { func, .. }, "__func__") if !self.is_native(*func) => *func,
            // `[].append.__qualname__` is 'list.append'.
            (Obj::BoundMethod { receiver, func }, "__qualname__") if self.is_native(*func) => {
                let (recv, func) = (*receiver, *func);
                let name = match func.as_obj().map(|f| self.heap.get(f)) {
                    Some(Obj::Native(n)) => n.name,
                    _ => "",
                };
                let owner = match recv {
                    Value::Obj(c) if matches!(self.heap.get(c), Obj::Class(_)) => self.class_name(c).to_string(),
                    _ => self.type_name(recv).to_string(),
                };
                self.new_str(format!("{owner}.{name}"))
            }
            (Obj::BoundMethod { func, .. }, _) => {
                let f = *func;
                return self.getattr_opt(f, name);
            }
            (Obj::Instance(i), "__dict__") if self.class(i.class).slots.is_none() => {
                let d = self.ensure_dict(r);
                Value::Obj(d)
            }
            (Obj::Instance(i), _) if matches!(i.payload, Payload::Exception(_)) => return self.exception_attr(r, name),
            (Obj::Generator(g), "__name__") => {
                let n = g.name.clone();
                self.new_str(&*n)
            }
            (Obj::Generator(g), "__qualname__") => {
                let n = g.qualname.clone();
                self.new_str(&*n)
            }
            (Obj::Generator(g), "gi_running" | "cr_running") => Value::Bool(g.running),
            (Obj::Generator(g), "ag_running") => Value::Bool(g.async_running),
            (Obj::Generator(g), "gi_code" | "cr_code" | "ag_code") => {
                let c = g.code.clone();
                self.alloc(Obj::Code(c))
            }
            // Suspended in `yield from`/`await`: the frame waits at its `Send`, the delegate on top.
            (Obj::Generator(g), "gi_yieldfrom" | "cr_await") => match &g.frame {
                Some(f) if g.started && matches!(f.code.ops.get(f.pc), Some(Op::Send(_))) => {
                    f.regs.last().copied().unwrap_or(Value::None)
                }
                _ => Value::None,
            },
            (Obj::Generator(g), "gi_frame" | "cr_frame" | "ag_frame") => {
                // A finished generator has no frame (what `inspect.getgeneratorstate` tests); a
                // suspended one is at the line of its last yield, a new one at its `def`.
                let line = match &g.frame {
                    Some(f) if g.started => f.code.line_at(f.pc.saturating_sub(1)),
                    Some(_) => g.code.firstlineno,
                    None if g.running => g.code.firstlineno,
                    None => return Ok(Some(Value::None)),
                };
                let c = g.code.clone();
                self.generator_frame(c, line)
            }
            // Paused at a yield: started, not finished, not executing now.
            (Obj::Generator(g), "gi_suspended" | "cr_suspended" | "ag_suspended") => {
                Value::Bool(g.started && !g.running && g.frame.is_some())
            }
            (Obj::Property(p), "fget") => p.fget,
            (Obj::Property(p), "fset") => p.fset,
            (Obj::Property(p), "fdel") => p.fdel,
            (Obj::Property(p), "__doc__") => p.doc,
            (Obj::Property(p), "__name__") => {
                let p = (**p).clone();
                match self.property_name(&p) {
                    Some(n) => self.new_str(n),
                    None => return Err(PyErr::attribute_error("'property' object has no attribute '__name__'")),
                }
            }
            (Obj::StaticMethod(f) | Obj::ClassMethod(f), "__func__" | "__wrapped__") => *f,
            (Obj::Slice(s), "start") => s[0],
            (Obj::Slice(s), "stop") => s[1],
            (Obj::Slice(s), "step") => s[2],
            (Obj::Range { start, .. }, "start") => Value::Int(*start),
            (Obj::Range { stop, .. }, "stop") => Value::Int(*stop),
            (Obj::Range { step, .. }, "step") => Value::Int(*step),
            (Obj::Complex(re, _), "real") => Value::Float(*re),
            (Obj::Complex(_, im), "imag") => Value::Float(*im),
            (Obj::Code(c), "co_name") => {
                let n = c.name.clone();
                self.new_str(&*n)
            }
            (Obj::Code(c), "co_filename") => {
                let n = c.filename.clone();
                self.new_str(&*n)
            }
            (Obj::Code(c), "co_argcount") => Value::Int(c.argcount as i64),
            (Obj::Code(c), "co_posonlyargcount") => Value::Int(c.posonlyargcount as i64),
            (Obj::Code(c), "co_kwonlyargcount") => Value::Int(c.kwonlyargcount as i64),
            (Obj::Code(c), "co_flags") => Value::Int(c.co_flags()),
            (Obj::Code(c), "co_varnames") => {
                let names: Vec<_> = c.varnames.clone();
                let vals = names.iter().map(|n| self.new_str(&**n)).collect();
                self.new_tuple(vals)
            }
            (Obj::Code(c), "co_freevars" | "co_cellvars") => {
                let names = if name == "co_freevars" { c.freevars.clone() } else { c.cellvars.clone() };
                let vals = names.iter().map(|n| self.new_str(&**n)).collect();
                self.new_tuple(vals)
            }
            (Obj::Code(c), "co_nlocals") => Value::Int(c.varnames.len() as i64),
            (Obj::Code(c), "co_firstlineno") => Value::Int(c.firstlineno as i64),
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    /// Creates (if needed) and returns the `__dict__` of an instance or function.
    pub(crate) fn ensure_dict(&mut self, r: ObjRef) -> ObjRef {
        if let Some(d) = self.instance_dict(Value::Obj(r)) {
            return d;
        }
        if let Obj::Instance(_) = self.heap.get(r) {
            return self.materialize_dict(r);
        }
        let d = self.heap.alloc(Obj::Dict(Box::default()));
        if let Obj::Function(f) = self.heap.get_mut(r) {
            f.dict = Some(d);
        }
        d
    }

    pub fn setattr(&mut self, obj: Value, name: &str, value: Value) -> PyResult<()> {
        let cls = self.type_of(obj);
        if self.class(cls).hooks.setattr
            && let Some(sa) = self.lookup_mro(cls, "__setattr__")
        {
            let n = self.new_str(name);
            self.call_pos(sa, vec![obj, n, value])?;
            return Ok(());
        }
        self.generic_setattr(obj, name, value)
    }

    /// `object.__setattr__`.
    pub fn generic_setattr(&mut self, obj: Value, name: &str, value: Value) -> PyResult<()> {
        let Value::Obj(r) = obj else {
            return Err(self.no_setattr_error(obj, name));
        };
        if let Obj::Class(_) = self.heap.get(r) {
            // `type`'s own data descriptors: the names live in the class, not its namespace.
            if matches!(name, "__name__" | "__qualname__") {
                let Some(s) = self.heap.str_of(value).map(std::rc::Rc::<str>::from) else {
                    let (cls_name, got) = (self.class_name(r).to_string(), self.type_name(value));
                    return Err(PyErr::type_error(format!("can only assign string to {cls_name}.{name}, not '{got}'")));
                };
                if let Obj::Class(c) = self.heap.get_mut(r) {
                    if name == "__name__" {
                        c.name = s;
                    } else {
                        c.qualname = s;
                    }
                }
                return Ok(());
            }
            self.class_set_attr(r, name, value);
            self.update_hooks(r, name);
            // The class's repr and tracebacks name the module from this field.
            if name == "__module__"
                && self.heap.str_of(value).is_some()
                && let Obj::Class(c) = self.heap.get_mut(r)
            {
                c.module = value;
            }
            return Ok(());
        }
        if let Obj::Module(m) = self.heap.get(r) {
            let d = m.dict;
            self.dict_set_str(d, name, value);
            return Ok(());
        }
        if name == "__class__" && matches!(self.heap.get(r), Obj::Instance(_)) {
            return self.set_instance_class(r, value);
        }
        let cls = self.type_of(obj);
        if let Some(d) = self.lookup_mro(cls, name) {
            match self.classify(d) {
                Found::Property(p) => {
                    let fset = match self.heap.get(p) {
                        Obj::Property(p) => p.fset,
                        _ => Value::None,
                    };
                    if fset.is_none() {
                        if let Some(e) = self.builtin_readonly_error(obj, name) {
                            return Err(e);
                        }
                        return Err(self.property_ref_lacks(p, obj, "setter"));
                    }
                    self.call_pos(fset, vec![obj, value])?;
                    return Ok(());
                }
                Found::Descriptor(d, true) => {
                    self.call_method(d, "__set__", vec![obj, value])?;
                    return Ok(());
                }
                _ => {}
            }
        }
        if let Obj::Instance(i) = self.heap.get(r)
            && let Some(slots) = &self.class(i.class).slots
            && !slots.iter().any(|s| &**s == name)
        {
            return Err(self.no_setattr_error(obj, name));
        }
        match self.heap.get(r) {
            Obj::Instance(_) => {
                if let Some(done) = self.set_exception_special(r, name, value) {
                    return done;
                }
                self.inst_set_str(r, name, value);
                Ok(())
            }
            Obj::Function(_) => {
                if let Some(done) = self.set_function_special(r, name, value) {
                    return done;
                }
                let d = self.ensure_dict(r);
                self.dict_set_str(d, name, value);
                Ok(())
            }
            _ => Err(self.no_setattr_error(obj, name)),
        }
    }

    /// `obj.__class__ = cls` on an instance: allowed, as in CPython, between classes defined
    /// in Python whose instances are laid out alike (same built-in base, same `__slots__`).
    /// Inline caches are keyed by class, so they see the switch.
    fn set_instance_class(&mut self, r: ObjRef, value: Value) -> PyResult<()> {
        let Some(new) = value.as_obj().filter(|c| matches!(self.heap.get(*c), Obj::Class(_))) else {
            let got = self.type_name(value);
            return Err(PyErr::type_error(format!("__class__ must be set to a class, not '{got}' object")));
        };
        let Obj::Instance(i) = self.heap.get(r) else { return Ok(()) };
        let old = i.class;
        let defined_in_python = |vm: &Vm, c: ObjRef| vm.heap.str_of(vm.class(c).module) != Some("builtins");
        if !defined_in_python(self, old) || !defined_in_python(self, new) {
            return Err(PyErr::type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        let (o, n) = (self.class(old), self.class(new));
        if o.builtin != n.builtin || o.slots != n.slots {
            let (new_name, old_name) = (n.name.clone(), o.name.clone());
            return Err(PyErr::type_error(format!(
                "__class__ assignment: '{new_name}' object layout differs from '{old_name}'"
            )));
        }
        if let Obj::Instance(i) = self.heap.get_mut(r) {
            i.class = new;
        }
        Ok(())
    }

    /// Stores a function attribute that lives in the function object itself (the ones
    /// `special_attr` reads), so calls, reprs and error messages see the new value.
    fn set_function_special(&mut self, r: ObjRef, name: &str, value: Value) -> Option<PyResult<()>> {
        let must_be = |what: &str| Some(Err(PyErr::type_error(format!("{name} must be set to a {what} object"))));
        match name {
            "__name__" | "__qualname__" => {
                let Some(s) = self.heap.str_of(value) else { return must_be("string") };
                let s: Rc<str> = s.into();
                if let Obj::Function(f) = self.heap.get_mut(r) {
                    if name == "__name__" { f.name = s } else { f.qualname = s }
                }
            }
            "__defaults__" => {
                let defaults = match value {
                    Value::None => Vec::new(),
                    Value::Obj(t) => match self.heap.get(t) {
                        Obj::Tuple(items) => items.to_vec(),
                        _ => return must_be("tuple"),
                    },
                    _ => return must_be("tuple"),
                };
                if let Obj::Function(f) = self.heap.get_mut(r) {
                    f.defaults = defaults;
                }
            }
            "__kwdefaults__" => {
                let kwdefaults = match value {
                    Value::None => Vec::new(),
                    Value::Obj(d) => match self.heap.get(d) {
                        Obj::Dict(d) => {
                            d.iter().filter_map(|e| Some((Rc::from(self.heap.str_of(e.key)?), e.value))).collect()
                        }
                        _ => return must_be("dict"),
                    },
                    _ => return must_be("dict"),
                };
                if let Obj::Function(f) = self.heap.get_mut(r) {
                    f.kwdefaults = kwdefaults;
                }
            }
            "__annotations__" => {
                let annotations = match value {
                    Value::None => None,
                    Value::Obj(d) if matches!(self.heap.get(d), Obj::Dict(_)) => Some(d),
                    _ => return must_be("dict"),
                };
                if let Obj::Function(f) = self.heap.get_mut(r) {
                    f.annotations = annotations;
                }
            }
            "__doc__" | "__module__" => {
                if let Obj::Function(f) = self.heap.get_mut(r) {
                    if name == "__doc__" { f.doc = value } else { f.module = value }
                }
            }
            _ => return None,
        }
        Some(Ok(()))
    }

    #[cold]
    fn no_setattr_error(&self, obj: Value, name: &str) -> PyErr {
        if let Some(e) = self.builtin_readonly_error(obj, name) {
            return e;
        }
        let tn = self.type_name(obj);
        if self.lookup_mro(self.type_of(obj), name).is_some() {
            PyErr::attribute_error(format!("'{tn}' object attribute '{name}' is read-only"))
        } else {
            PyErr::attribute_error(format!(
                "'{tn}' object has no attribute '{name}' and no __dict__ for setting new attributes"
            ))
        }
    }

    /// Setting a data attribute that CPython implements in C without a setter: a getset
    /// (`(5).real = 1`, named after the type that defines it) or a read-only member
    /// (`slice(1).start = 2`, `(1j).real = 2`). Here they are properties without a setter
    /// (or, for complex, no attribute at all), whose messages differ.
    #[cold]
    fn builtin_readonly_error(&self, obj: Value, name: &str) -> Option<PyErr> {
        let readonly = || Some(PyErr::attribute_error("readonly attribute"));
        if let Value::Obj(r) = obj
            && matches!(self.heap.get(r), Obj::Complex(..))
            && matches!(name, "real" | "imag")
        {
            return readonly();
        }
        let Obj::Class(c) = self.heap.get(self.type_of(obj)) else { return None };
        let (owner, found) = c.mro.iter().find_map(|&k| match self.heap.get(k) {
            Obj::Class(kc) => self.dict_get_str(kc.dict, name).map(|v| (k, v)),
            _ => None,
        })?;
        if !matches!(found, Value::Obj(p) if matches!(self.heap.get(p), Obj::Property(_))) {
            return None;
        }
        let t = &self.types;
        if owner == t.int || owner == t.float {
            let tn = &self.class(owner).name;
            Some(PyErr::attribute_error(format!("attribute '{name}' of '{tn}' objects is not writable")))
        } else if owner == t.range || owner == t.slice {
            readonly()
        } else {
            None
        }
    }

    pub fn delattr(&mut self, obj: Value, name: &str) -> PyResult<()> {
        let cls = self.type_of(obj);
        if self.class(cls).hooks.delattr
            && let Some(da) = self.lookup_mro(cls, "__delattr__")
        {
            let n = self.new_str(name);
            self.call_pos(da, vec![obj, n])?;
            return Ok(());
        }
        self.generic_delattr(obj, name)
    }

    pub fn generic_delattr(&mut self, obj: Value, name: &str) -> PyResult<()> {
        let cls = self.type_of(obj);
        if let Some(d) = self.lookup_mro(cls, name) {
            match self.classify(d) {
                Found::Property(p) => {
                    let fdel = match self.heap.get(p) {
                        Obj::Property(p) => p.fdel,
                        _ => Value::None,
                    };
                    if fdel.is_none() {
                        return Err(self.property_ref_lacks(p, obj, "deleter"));
                    }
                    self.call_pos(fdel, vec![obj])?;
                    return Ok(());
                }
                Found::Descriptor(d, true) => {
                    self.call_method(d, "__delete__", vec![obj])?;
                    return Ok(());
                }
                _ => {}
            }
        }
        let dict = match obj {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Class(c) => Some(c.dict),
                Obj::Module(m) => Some(m.dict),
                // Deleting is rare: the instance switches to a dict for good.
                Obj::Instance(_) if self.instance_attr(obj, name).is_some() => Some(self.ensure_dict(r)),
                _ => self.instance_dict(obj),
            },
            _ => None,
        };
        if let Some(d) = dict {
            let k = self.new_str(name);
            if self.dict_del(Value::Obj(d), k)?.is_some() {
                if let Value::Obj(r) = obj
                    && let Obj::Class(c) = self.heap.get_mut(r)
                {
                    c.version = c.version.wrapping_add(1);
                }
                self.class_epoch = self.class_epoch.wrapping_add(1);
                return Ok(());
            }
        }
        Err(self.attribute_error(obj, name))
    }

    /// Keeps `ClassHooks` in sync when a hook method is assigned on a class after creation.
    pub(crate) fn update_hooks(&mut self, cls: ObjRef, name: &str) {
        if let Obj::Class(c) = self.heap.get_mut(cls) {
            match name {
                "__getattr__" => c.hooks.getattr = true,
                "__getattribute__" => c.hooks.getattribute = true,
                "__setattr__" => c.hooks.setattr = true,
                "__delattr__" => c.hooks.delattr = true,
                _ => {}
            }
        }
    }

    /// An instance of `cls` wrapping the built-in value `base` when `cls` is a user subclass
    /// of a built-in type (`class MyInt(int)`); `base` itself when `cls` is the built-in type.
    /// Used by built-in `__new__` implementations.
    /// The class `owner.__new__(cls, ...)` is asked to make, refused as CPython refuses it:
    /// `cls` must be a class deriving from `owner`, and not another built-in type (whose
    /// objects `owner.__new__` cannot make, as `int.__new__(bool)`).
    pub fn new_target(&self, owner: ObjRef, cls: Option<Value>) -> PyResult<ObjRef> {
        let name = self.class_name(owner);
        let Some(cls) = cls else {
            return Err(PyErr::type_error(format!("{name}.__new__(): not enough arguments")));
        };
        let Some(r) = cls.as_obj().filter(|_| self.is_class(cls)) else {
            let what = self.type_name(cls);
            return Err(PyErr::type_error(format!("{name}.__new__(X): X is not a type object ({what})")));
        };
        if r == owner {
            return Ok(r);
        }
        let sub = self.class_name(r);
        if !self.is_subclass(r, owner) {
            return Err(PyErr::type_error(format!("{name}.__new__({sub}): {sub} is not a subtype of {name}")));
        }
        if self.types.named().any(|(_, c)| c == r) {
            return Err(PyErr::type_error(format!("{name}.__new__({sub}) is not safe, use {sub}.__new__()")));
        }
        Ok(r)
    }

    pub fn new_builtin_instance(&mut self, cls: ObjRef, base: Value) -> Value {
        let base_cls = self.type_of(base);
        if cls == base_cls || !matches!(self.heap.get(cls), Obj::Class(_)) {
            return base;
        }
        self.alloc(Obj::Instance(Box::new(Instance::new(cls, Payload::Builtin(base)))))
    }

    /// The globals dict of the running Python frame (for `globals()`).
    pub fn current_globals(&self) -> ObjRef {
        self.frame.globals
    }

    /// A dict of the running frame's local variables (for `locals()` and `vars()`).
    pub fn current_locals(&mut self) -> PyResult<Value> {
        if let Some(ns) = self.frame.namespace {
            return Ok(Value::Obj(ns));
        }
        let code = self.frame.code.clone();
        let d = self.new_dict();
        let nvar = code.varnames.len();
        for (i, name) in code.varnames.iter().enumerate() {
            let v = self.frame.regs[i];
            if !super::frame::is_unbound(v) {
                let k = self.new_str(&**name);
                self.dict_set(d, k, v)?;
            }
        }
        for (i, name) in code.cellvars.iter().chain(code.freevars.iter()).enumerate() {
            if let Value::Obj(c) = self.frame.regs[nvar + i]
                && let Obj::Cell(Some(v)) = self.heap.get(c)
            {
                let v = *v;
                let k = self.new_str(&**name);
                self.dict_set(d, k, v)?;
            }
        }
        Ok(d)
    }

    /// Attribute lookup through `super(this_class, obj)`: the MRO of `type(obj)` after
    /// `this_class`.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn super_getattr(&mut self, this_class: ObjRef, obj: Value, name: &str) -> PyResult<Option<Value>> {
        if obj.is_none() {
            // Unbound: only the super object's own attributes.
            return Ok(match name {
                "__class__" => Some(Value::Obj(self.types.super_)),
                "__thisclass__" => Some(Value::Obj(this_class)),
                "__self__" | "__self_class__" => Some(Value::None),
                _ => None,
            });
        }
        let (start_cls, is_cls) = match obj {
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Class(_)) && self.is_subclass(r, this_class) => (r, true),
            _ => (self.type_of(obj), false),
        };
        let mro = self.class(start_cls).mro.clone();
        let pos = mro.iter().position(|&c| c == this_class).map(|p| p + 1).unwrap_or(mro.len());
        for &k in &mro[pos..] {
            let d = self.class(k).dict;
            if let Some(v) = self.dict_get_str(d, name) {
                let found = self.classify(v);
                return Ok(Some(match found {
                    Found::Method(f) if !is_cls => {
                        let recv = self.native_receiver(obj, f);
                        self.bind(recv, f)
                    }
                    Found::Method(f) => {
                        // `super().__new__(cls)` style: plain function access on a class.
                        f
                    }
                    // The class: `obj` itself when it is one, else its type.
                    Found::ClassMethod(f) => self.bind(Value::Obj(start_cls), f),
                    Found::Static(f) => f,
                    Found::Plain(v) => v,
                    Found::Property(_) | Found::Descriptor(..) => {
                        if is_cls {
                            v
                        } else {
                            self.resolve_for_instance(found, obj, start_cls)?
                        }
                    }
                }));
            }
        }
        Ok(match name {
            "__class__" => Some(Value::Obj(self.types.super_)),
            "__thisclass__" => Some(Value::Obj(this_class)),
            "__self__" => Some(obj),
            "__self_class__" => Some(match obj {
                Value::Obj(o) if matches!(self.heap.get(o), Obj::Class(_)) => obj,
                _ => Value::Obj(self.type_of(obj)),
            }),
            _ => None,
        })
    }
}

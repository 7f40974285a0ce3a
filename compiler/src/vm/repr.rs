//! `repr()`, `str()` and `format()`.

use super::Vm;
use crate::error::{PyErr, PyResult};
use crate::format;
use crate::value::*;

impl Vm {
    /// `repr(v)` as a Rust string.
    pub fn repr(&mut self, v: Value) -> PyResult<String> {
        match v {
            Value::None => Ok("None".into()),
            Value::Bool(true) => Ok("True".into()),
            Value::Bool(false) => Ok("False".into()),
            Value::Int(i) => Ok(i.to_string()),
            Value::Float(f) => Ok(format::float_repr::float_repr(f)),
            Value::Obj(r) => self.repr_obj(v, r),
        }
    }

    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn repr_obj(&mut self, v: Value, r: ObjRef) -> PyResult<String> {
        match self.heap.get(r) {
            Obj::Str(s) => Ok(format::repr::str_repr(s.as_str())),
            Obj::BigInt(b) => crate::value::num::int_to_decimal(b),
            Obj::Bytes(b) => Ok(format::repr::bytes_repr(b, "b")),
            Obj::ByteArray(b) => Ok(format::repr::bytearray_repr(b)),
            Obj::List(_) => self.repr_seq(r, "[", "]"),
            Obj::Tuple(t) => {
                if t.len() == 1 {
                    let x = t[0];
                    return self.guarded(r, "(...)", |vm| Ok(format!("({},)", vm.repr(x)?)));
                }
                self.repr_seq(r, "(", ")")
            }
            Obj::Dict(_) => self.repr_dict(r),
            Obj::Set(s) => {
                if s.is_empty() {
                    return Ok("set()".into());
                }
                self.repr_set(r, "{", "}")
            }
            Obj::FrozenSet(s) => {
                if s.is_empty() {
                    return Ok("frozenset()".into());
                }
                self.repr_set(r, "frozenset({", "})")
            }
            Obj::Range { start, stop, step } => Ok(if *step == 1 {
                format!("range({start}, {stop})")
            } else {
                format!("range({start}, {stop}, {step})")
            }),
            Obj::BigRange(b) => Ok(crate::builtins::functions::bigrange::repr(b)),
            Obj::Slice(s) => {
                let [a, b, c] = **s;
                // Nested slices recurse: the guard bounds the depth.
                self.guarded(r, "slice(...)", |vm| {
                    Ok(format!("slice({}, {}, {})", vm.repr(a)?, vm.repr(b)?, vm.repr(c)?))
                })
            }
            Obj::Complex(re, im) => Ok(complex_repr(*re, *im)),
            Obj::Function(f) => Ok(format!("<function {} at {:#x}>", f.qualname, fake_addr(r))),
            Obj::Native(n) => Ok(match n.bound {
                Some(Value::Obj(m)) if matches!(self.heap.get(m), Obj::Module(_)) => {
                    format!("<built-in function {}>", n.name)
                }
                Some(b) => {
                    let name = n.name;
                    format!("<built-in method {name} of {} object at {:#x}>", self.type_name(b), fake_addr(r))
                }
                None => {
                    let name = n.name;
                    let owner = match n.kind {
                        NativeKind::Method | NativeKind::StaticMethod => self.native_method_owner(r, name),
                        _ => None,
                    };
                    match (n.kind, owner) {
                        (NativeKind::StaticMethod, Some(cls)) => {
                            format!("<built-in method {name} of type object at {:#x}>", fake_addr(cls))
                        }
                        (_, Some(cls)) => {
                            let what = if is_slot_wrapper(name) { "slot wrapper" } else { "method" };
                            format!("<{what} '{name}' of '{}' objects>", self.class_name(cls))
                        }
                        (_, None) => format!("<built-in function {name}>"),
                    }
                }
            }),
            Obj::BoundMethod { receiver, func } => {
                let (recv, func) = (*receiver, *func);
                let fname = match self.heap.get(func.as_obj().unwrap_or(r)) {
                    Obj::Function(f) => f.qualname.to_string(),
                    Obj::Native(n) => {
                        let n = n.name;
                        return Ok(format!(
                            "<built-in method {n} of {} object at {:#x}>",
                            self.type_name(recv),
                            fake_addr(recv.as_obj().unwrap_or(r))
                        ));
                    }
                    _ => "?".into(),
                };
                let rr = self.repr(recv)?;
                Ok(format!("<bound method {fname} of {rr}>"))
            }
            Obj::Class(c)
                if c.metaclass.is_some_and(|m| self.lookup_mro(m, "__repr__").is_some_and(|f| !self.is_native(f))) =>
            {
                let meta = c.metaclass.expect("metaclass");
                let f = self.lookup_mro(meta, "__repr__").expect("metaclass __repr__");
                let r = self.call_pos(f, vec![v])?;
                match self.heap.str_of(r) {
                    Some(s) => Ok(s.to_string()),
                    None => {
                        Err(PyErr::type_error(format!("__repr__ returned non-string (type {})", self.type_name(r))))
                    }
                }
            }
            Obj::Class(c) => {
                let module = c.module;
                let qual = c.qualname.clone();
                match self.heap.str_of(module) {
                    Some(m) if m != "builtins" => Ok(format!("<class '{m}.{qual}'>")),
                    _ => Ok(format!("<class '{qual}'>")),
                }
            }
            Obj::Module(m) => Ok(format!("<module '{}'>", m.name)),
            Obj::Instance(_) => self.repr_instance(v),
            Obj::Cell(_) => Ok(format!("<cell at {:#x}>", fake_addr(r))),
            Obj::Generator(g) => {
                let kind = match g.kind {
                    GenKind::Generator => "generator",
                    GenKind::Coroutine => "coroutine",
                    GenKind::AsyncGenerator => "async_generator",
                };
                Ok(format!("<{kind} object {} at {:#x}>", g.qualname, fake_addr(r)))
            }
            Obj::NotImplemented => Ok("NotImplemented".into()),
            Obj::Ellipsis => Ok("Ellipsis".into()),
            Obj::Property(_) => Ok(format!("<property object at {:#x}>", fake_addr(r))),
            &Obj::Super { this_class, obj } => {
                // CPython names the class the lookup starts after and the type of `obj` (`obj`
                // itself when it is a class).
                let obj_type = match obj {
                    Value::Obj(o) if matches!(self.heap.get(o), Obj::Class(_)) => o,
                    _ => self.type_of(obj),
                };
                let this = &self.class(this_class).name;
                if obj.is_none() {
                    return Ok(format!("<super: <class '{this}'>, NULL>"));
                }
                Ok(format!("<super: <class '{this}'>, <{} object>>", self.class(obj_type).name))
            }
            Obj::Code(c) => Ok(format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.name,
                fake_addr(r),
                c.filename,
                c.firstlineno
            )),
            Obj::NativeIter(it) => match it.repr_args() {
                Some(vals) => {
                    let mut out = format!("{}(", it.type_name());
                    for (i, x) in vals.into_iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        out.push_str(&self.repr(x)?);
                    }
                    out.push(')');
                    Ok(out)
                }
                None => Ok(format!("<{} object at {:#x}>", self.type_name(v), fake_addr(r))),
            },
            _ => Ok(format!("<{} object at {:#x}>", self.type_name(v), fake_addr(r))),
        }
    }

    /// Runs `f` unless `r` is already being repr'd higher up (self-referencing containers).
    fn guarded(&mut self, r: ObjRef, recursive: &str, f: impl FnOnce(&mut Vm) -> PyResult<String>) -> PyResult<String> {
        if self.repr_guard.contains(&r) {
            return Ok(recursive.to_string());
        }
        // As deep as the host stack allows (CPython: its C recursion limit), not a fixed 200.
        self.nested(" while getting the repr of an object", |vm| {
            vm.repr_guard.push(r);
            let out = f(vm);
            vm.repr_guard.pop();
            out
        })
    }

    fn repr_seq(&mut self, r: ObjRef, open: &str, close: &str) -> PyResult<String> {
        let rec = format!("{open}...{close}");
        self.guarded(r, &rec, |vm| {
            let mut out = String::from(open);
            let mut i = 0;
            loop {
                let x = match vm.heap.get(r) {
                    Obj::List(l) | Obj::Tuple(l) if i < l.len() => l[i],
                    _ => break,
                };
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&vm.repr(x)?);
                i += 1;
            }
            out.push_str(close);
            Ok(out)
        })
    }

    fn repr_dict(&mut self, r: ObjRef) -> PyResult<String> {
        self.guarded(r, "{...}", |vm| {
            let entries: Vec<(Value, Value)> = match vm.heap.get(r) {
                Obj::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
                _ => Vec::new(),
            };
            let mut out = String::from("{");
            for (i, (k, v)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&vm.repr(k)?);
                out.push_str(": ");
                out.push_str(&vm.repr(v)?);
            }
            out.push('}');
            Ok(out)
        })
    }

    fn repr_set(&mut self, r: ObjRef, open: &str, close: &str) -> PyResult<String> {
        let rec = format!("{}(...)", if open.starts_with('f') { "frozenset" } else { "set" });
        self.guarded(r, &rec, |vm| {
            let items: Vec<Value> = match vm.heap.get(r) {
                Obj::Set(s) | Obj::FrozenSet(s) => s.iter().collect(),
                _ => Vec::new(),
            };
            let mut out = String::from(open);
            for (i, x) in items.into_iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&vm.repr(x)?);
            }
            out.push_str(close);
            Ok(out)
        })
    }

    fn repr_instance(&mut self, v: Value) -> PyResult<String> {
        let cls = self.type_of(v);
        if let Some(f) = self.lookup_mro(cls, "__repr__")
            && !self.is_object_native(f, "__repr__")
        {
            let recv = if self.is_native(f) { self.builtin_value(v) } else { v };
            let r = self.call_pos(f, vec![recv])?;
            return match self.heap.str_of(r) {
                Some(s) => Ok(self.subclass_repr(v, recv, s.to_string())),
                None => Err(PyErr::type_error(format!("__repr__ returned non-string (type {})", self.type_name(r)))),
            };
        }
        let Value::Obj(r) = v else { return Ok(String::new()) };
        if self.is_exception(v) {
            let args = self.exception_args(r);
            let name = self.class_name(cls).to_string();
            return Ok(match args.len() {
                1 => format!("{name}({})", self.repr(args[0])?),
                _ => {
                    let t = self.new_tuple(args);
                    format!("{name}{}", self.repr(t)?)
                }
            });
        }
        let module = self.class(cls).module;
        let qual = self.class(cls).qualname.clone();
        let prefix = match self.heap.str_of(module) {
            Some(m) if m != "builtins" => format!("{m}."),
            _ => String::new(),
        };
        Ok(format!("<{prefix}{qual} object at {:#x}>", fake_addr(r)))
    }

    /// Sets (and frozensets) print their subclass name: `S({1, 2})`, `S()`.
    fn subclass_repr(&self, v: Value, recv: Value, s: String) -> String {
        if recv.is(v) {
            return s;
        }
        let Value::Obj(r) = recv else { return s };
        let name = self.class_name(self.type_of(v));
        match self.heap.get(r) {
            Obj::Set(st) | Obj::FrozenSet(st) if st.is_empty() => format!("{name}()"),
            Obj::Set(_) => format!("{name}({s})"),
            Obj::FrozenSet(_) => {
                format!("{name}({})", s.strip_prefix("frozenset(").and_then(|t| t.strip_suffix(')')).unwrap_or(&s))
            }
            _ => s,
        }
    }

    /// `str(v)` as a Rust string.
    pub fn to_str(&mut self, v: Value) -> PyResult<String> {
        if let Value::Obj(r) = v {
            match self.heap.get(r) {
                Obj::Str(s) => return Ok(s.as_str().to_string()),
                Obj::Instance(_) => return self.str_instance(v, r),
                _ => {}
            }
        }
        self.repr(v)
    }

    /// `str(v)` as a Python value (no copy for str objects).
    pub fn to_str_value(&mut self, v: Value) -> PyResult<Value> {
        if self.heap.str_of(v).is_some() {
            return Ok(v);
        }
        let s = self.to_str(v)?;
        Ok(self.new_str(s))
    }

    fn str_instance(&mut self, v: Value, r: ObjRef) -> PyResult<String> {
        let cls = self.type_of(v);
        if let Some(f) = self.lookup_mro(cls, "__str__") {
            let skip = self.is_object_native(f, "__str__") || (self.is_native(f) && self.is_exception(v));
            if !skip {
                let recv = if self.is_native(f) { self.builtin_value(v) } else { v };
                let s = self.call_pos(f, vec![recv])?;
                return match self.heap.str_of(s) {
                    Some(s) => Ok(self.subclass_repr(v, recv, s.to_string())),
                    None => Err(PyErr::type_error(format!("__str__ returned non-string (type {})", self.type_name(s)))),
                };
            }
        }
        if self.is_exception(v) {
            if let Some(s) = self.exception_group_str(v) {
                return s;
            }
            if self.is_subclass(cls, self.exc_class(crate::error::ExcKind::SyntaxError))
                && let Some(s) = self.syntax_error_text(r)?
            {
                return Ok(s);
            }
            if let Some(s) = self.os_error_str(r)? {
                return Ok(s);
            }
            if let Some(s) = self.unicode_error_text(r)? {
                return Ok(s);
            }
            let args = self.exception_args(r);
            let is_key_error = self.is_subclass(cls, self.exc_class(crate::error::ExcKind::KeyError));
            return match args.len() {
                0 => Ok(String::new()),
                1 if is_key_error => self.repr(args[0]),
                1 => self.to_str(args[0]),
                _ => {
                    let t = self.new_tuple(args);
                    self.repr(t)
                }
            };
        }
        self.repr(v)
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: Value, spec: &str) -> PyResult<String> {
        if let Value::Obj(r) = v
            && let Obj::Instance(_) = self.heap.get(r)
        {
            let cls = self.type_of(v);
            if let Some(f) = self.lookup_mro(cls, "__format__")
                && !self.is_native(f)
            {
                let s = self.new_str(spec);
                let out = self.call_pos(f, vec![v, s])?;
                return match self.heap.str_of(out) {
                    Some(s) => Ok(s.to_string()),
                    None => {
                        Err(PyErr::type_error(format!("__format__ must return a str, not {}", self.type_name(out))))
                    }
                };
            }
            let bv = self.builtin_value(v);
            if !bv.is(v) && !spec.is_empty() {
                return self.format(bv, spec);
            }
        }
        if spec.is_empty() {
            return self.to_str(v);
        }
        match v {
            Value::Int(i) => format::spec::format_int(format::spec::IntRef::Small(i), spec, "int"),
            Value::Bool(b) => format::spec::format_int(format::spec::IntRef::Small(b as i64), spec, "bool"),
            Value::Float(f) => format::spec::format_float(f, spec),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::BigInt(b) => {
                    let b = b.clone();
                    format::spec::format_int(format::spec::IntRef::Big(&b), spec, "int")
                }
                Obj::Str(s) => {
                    let s = s.as_str().to_string();
                    format::spec::format_str(&s, spec)
                }
                &Obj::Complex(re, im) => format::spec::format_complex(re, im, spec),
                _ => Err(PyErr::type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    self.type_name(v)
                ))),
            },
            Value::None => Err(PyErr::type_error("unsupported format string passed to NoneType.__format__")),
        }
    }
}

impl Vm {
    /// Is `f` the method `name` of `object` itself (i.e. not overridden)?
    pub(crate) fn is_object_native(&self, f: Value, name: &str) -> bool {
        let o = self.class(self.types.object).dict;
        self.dict_get_str(o, name).is_some_and(|g| g.is(f))
    }
}

/// A stable pseudo-address for default reprs (`<... object at 0x...>`).
pub(crate) fn fake_addr(r: ObjRef) -> u64 {
    0x7f00_0000_0000 + (r.0 as u64) * 0x40
}

fn complex_repr(re: f64, im: f64) -> String {
    let fmt = |f: f64| {
        let s = format::float_repr::float_repr(f);
        s.strip_suffix(".0").map(|t| t.to_string()).unwrap_or(s)
    };
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", fmt(im))
    } else {
        let sign = if im < 0.0 || (im == 0.0 && im.is_sign_negative()) { "-" } else { "+" };
        format!("({}{}{}j)", fmt(re), sign, fmt(im.abs()))
    }
}

impl Vm {
    /// CPython's error for an unbound built-in method called with no receiver (`list.sort()`).
    #[cold]
    pub(crate) fn unbound_method_without_receiver(&self, f: ObjRef, name: &str) -> PyErr {
        let owner = self.native_method_owner(f, name).map(|c| self.class_name(c));
        PyErr::type_error(match owner {
            Some(cls) if is_slot_wrapper(name) => format!("descriptor '{name}' of '{cls}' object needs an argument"),
            Some(cls) => format!("unbound method {cls}.{name}() needs an argument"),
            None => format!("unbound method {name}() needs an argument"),
        })
    }

    /// The loaded module (other than `builtins`) whose namespace holds the built-in
    /// function `f` under its own name.
    pub(crate) fn native_function_module(&self, f: ObjRef, name: &str) -> Option<std::rc::Rc<str>> {
        let modules = self.heap.dict(Value::Obj(self.modules))?;
        modules.iter().find_map(|e| {
            let Value::Obj(m) = e.value else { return None };
            let Obj::Module(m) = self.heap.get(m) else { return None };
            let holds = &*m.name != "builtins" && self.dict_get_str(m.dict, name).is_some_and(|v| v.is(Value::Obj(f)));
            holds.then(|| m.name.clone())
        })
    }

    /// The built-in class whose namespace holds the unbound native method `f` as `name`
    /// (`list.append`), for its repr, `__qualname__` and `__module__`.
    pub(crate) fn native_method_owner(&self, f: ObjRef, name: &str) -> Option<ObjRef> {
        let t = &self.types;
        t.named()
            .map(|(_, c)| c)
            .chain(t.exceptions.iter().copied())
            .find(|&c| self.dict_get_str(self.class(c).dict, name).is_some_and(|v| v.is(Value::Obj(f))))
    }
}

/// Whether CPython implements dunder `name` as a type slot (`<slot wrapper '__add__' of 'int'
/// objects>`) rather than a method descriptor (`<method '__format__' of 'object' objects>`).
fn is_slot_wrapper(name: &str) -> bool {
    const METHODS: [&str; 17] = [
        "__format__",
        "__reduce__",
        "__reduce_ex__",
        "__getstate__",
        "__setstate__",
        "__sizeof__",
        "__dir__",
        "__reversed__",
        "__round__",
        "__trunc__",
        "__floor__",
        "__ceil__",
        "__getnewargs__",
        "__copy__",
        "__deepcopy__",
        "__length_hint__",
        "__class_getitem__",
    ];
    name.starts_with("__") && name.ends_with("__") && !METHODS.contains(&name)
}

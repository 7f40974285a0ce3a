//! Constructors for heap values and small typed accessors used all over the VM and builtins.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::Vm;
use crate::error::{PyErr, PyResult};
use crate::value::*;

impl Vm {
    #[inline]
    pub fn alloc(&mut self, obj: Obj) -> Value {
        Value::Obj(self.heap.alloc(obj))
    }

    /// A `str` object (the shared one for `""` and single ASCII characters). Only the
    /// conversion is generic: one body for every argument type instead of a copy per type.
    #[inline]
    pub fn new_str(&mut self, s: impl Into<crate::value::str::StrText>) -> Value {
        self.new_str_text(s.into())
    }

    #[cfg_attr(edge_speed, optimize(speed))]
    fn new_str_text(&mut self, s: crate::value::str::StrText) -> Value {
        let s = PyStr::new(s);
        match s.as_str().as_bytes() {
            [] => return self.singletons.empty_str,
            &[b] if b < 128 && !self.ascii_strs.is_empty() => return self.ascii_strs[b as usize],
            _ => {}
        }
        Value::Obj(self.heap.alloc_str(s))
    }

    /// `new_str(s)`, told whether `s` is known to be ASCII (built from ASCII pieces): the
    /// scan for non-ASCII bytes is then skipped.
    pub(crate) fn new_str_known(&mut self, s: String, ascii: bool) -> Value {
        if ascii { self.new_str(StrText::ascii_owned(s)) } else { self.new_str(s) }
    }

    /// A str of `piece`, a piece of text that is known to be ASCII when `ascii` is set
    /// (skipping the scan for non-ASCII bytes); empty and one-character pieces are the
    /// shared strs.
    // Always inlined: its callers make strs in a loop, and on wasm (built for size) the call
    // and the copies of the text's enum through memory cost more than the work.
    #[inline(always)]
    pub(crate) fn new_str_piece(&mut self, piece: &str, ascii: bool) -> Value {
        match piece.as_bytes() {
            [] => return self.singletons.empty_str,
            &[b] if b < 128 && !self.ascii_strs.is_empty() => return self.ascii_strs[b as usize],
            _ => {}
        }
        let t = if ascii { StrText::ascii(piece) } else { StrText::from(piece) };
        Value::Obj(self.heap.alloc_str(PyStr::new(t)))
    }

    /// The shared `str` object for an identifier-like string.
    pub fn intern(&mut self, s: &str) -> Value {
        let hash = crate::value::str::hash_bytes(s.as_bytes());
        if let Some(r) = self.interned.get(&self.heap, s, hash) {
            return Value::Obj(r);
        }
        let r = self.heap.alloc(Obj::Str(PyStr::new(s).with_hash(hash)));
        self.interned.insert(hash, r);
        Value::Obj(r)
    }

    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        self.alloc(Obj::List(items))
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return self.singletons.empty_tuple;
        }
        self.alloc(Obj::Tuple(items))
    }

    pub fn new_dict(&mut self) -> Value {
        self.alloc(Obj::Dict(Box::default()))
    }

    pub fn new_set(&mut self) -> Value {
        self.alloc(Obj::Set(crate::value::set::Set::new_boxed()))
    }

    pub fn new_frozenset(&mut self) -> Value {
        self.alloc(Obj::FrozenSet(crate::value::set::Set::new_boxed()))
    }

    pub fn new_bytes(&mut self, b: Vec<u8>) -> Value {
        self.alloc(Obj::Bytes(b))
    }

    pub fn new_bytearray(&mut self, b: Vec<u8>) -> Value {
        self.alloc(Obj::ByteArray(b))
    }

    /// An `int` from a big integer, normalised to the unboxed form when it fits in i64.
    pub fn new_bigint(&mut self, b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => self.alloc(Obj::BigInt(b)),
        }
    }

    pub fn new_int_from_i128(&mut self, i: i128) -> Value {
        match i64::try_from(i) {
            Ok(i) => Value::Int(i),
            Err(_) => self.alloc(Obj::BigInt(BigInt::from(i))),
        }
    }

    pub fn new_native_iter(&mut self, it: Box<dyn NativeIter>) -> Value {
        self.alloc(Obj::NativeIter(it))
    }

    pub fn new_iter(&mut self, state: IterState) -> Value {
        self.alloc(Obj::Iter(Box::new(state)))
    }

    pub fn new_native_fn(&mut self, name: &'static str, func: NativeFn) -> Value {
        self.alloc(Obj::Native(Box::new(NativeFunction { name, func, kind: NativeKind::Function, bound: None })))
    }

    /// A native function carrying `bound` as its hidden first argument.
    pub fn new_bound_native(&mut self, name: &'static str, func: NativeFn, bound: Value) -> Value {
        self.alloc(Obj::Native(Box::new(NativeFunction { name, func, kind: NativeKind::Function, bound: Some(bound) })))
    }

    /// Adds a native method to a class's namespace.
    pub fn add_method(&mut self, cls: ObjRef, name: &'static str, func: NativeFn, kind: NativeKind) {
        let f = self.alloc(Obj::Native(Box::new(NativeFunction { name, func, kind, bound: None })));
        self.class_set_attr(cls, name, f);
    }

    /// `add_method` for each `(name, function, kind)` of a table. A table is data, where a
    /// call per method is code, and the wasm engine compiles `Vm::new` (which registers every
    /// built-in type's methods) on each start before it runs it.
    pub fn add_methods(&mut self, cls: ObjRef, methods: &[(&'static str, NativeFn, NativeKind)]) {
        for &(name, func, kind) in methods {
            self.add_method(cls, name, func, kind);
        }
    }

    /// Sets a name in a class's namespace dict (no Python-level hooks).
    pub fn class_set_attr(&mut self, cls: ObjRef, name: &str, value: Value) {
        let dict = match self.heap.get(cls) {
            Obj::Class(c) => c.dict,
            _ => return,
        };
        self.dict_set_str(dict, name, value);
        if let Obj::Class(c) = self.heap.get_mut(cls) {
            c.version = c.version.wrapping_add(1);
        }
        self.class_epoch = self.class_epoch.wrapping_add(1);
    }

    pub fn new_module(&mut self, name: &str) -> ObjRef {
        let dict = self.heap.alloc(Obj::Dict(Box::default()));
        let m = self.heap.alloc(Obj::Module(Box::new(Module { name: name.into(), dict })));
        let n = self.new_str(name);
        self.dict_set_str(dict, "__name__", n);
        self.dict_set_str(dict, "__doc__", Value::None);
        m
    }

    pub fn module_dict(&self, m: ObjRef) -> ObjRef {
        match self.heap.get(m) {
            Obj::Module(m) => m.dict,
            _ => panic!("module_dict: not a module"),
        }
    }

    /// Sets `module.name = value`.
    pub fn module_set(&mut self, m: ObjRef, name: &str, value: Value) {
        let d = self.module_dict(m);
        self.dict_set_str(d, name, value);
    }

    /// Adds a native function to a module.
    pub fn module_add_fn(&mut self, m: ObjRef, name: &'static str, func: NativeFn) {
        let f = self.new_native_fn(name, func);
        self.module_set(m, name, f);
    }

    /// Registers a built-in module, instantiated on first import.
    pub fn register_native_module(&mut self, name: &'static str, init: super::ModuleInit) {
        self.native_modules.insert(name, init);
    }

    // ---- str-keyed dict helpers (namespaces). Str keys never run Python code. ----

    pub fn dict_get_str(&self, dict: ObjRef, key: &str) -> Option<Value> {
        self.dict_get_str_hashed(dict, key, crate::value::str::hash_bytes(key.as_bytes()))
    }

    /// `dict_get_str` with `key`'s hash already computed.
    pub fn dict_get_str_hashed(&self, dict: ObjRef, key: &str, h: i64) -> Option<Value> {
        let Obj::Dict(d) = self.heap.get(dict) else { return None };
        let heap = &self.heap;
        let pos = d.probe(h, |k| Some(heap.str_of(k) == Some(key))).found()?;
        d.entry_at(pos).map(|e| e.value)
    }

    pub fn dict_set_str(&mut self, dict: ObjRef, key: &str, value: Value) {
        let k = self.intern(key);
        let h = match k {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => s.hash(),
                _ => return,
            },
            _ => return,
        };
        let heap = &mut self.heap;
        let pos = match heap.get(dict) {
            Obj::Dict(d) => d.probe(h, |k| Some(heap.str_of(k) == Some(key))).found(),
            _ => return,
        };
        if let Obj::Dict(d) = self.heap.get_mut(dict) {
            match pos {
                Some(p) => d.set_at(p, value),
                None => d.insert_new(h, k, value),
            }
        }
    }

    // ---- small conversions ----

    /// `str` contents of a value known to be a `str`, copied out.
    pub fn str_arg(&self, v: Value, what: &str) -> PyResult<String> {
        match self.heap.str_of(v) {
            Some(s) => Ok(s.to_owned()),
            None => Err(PyErr::type_error(format!("{what} must be str, not {}", self.type_name(v)))),
        }
    }

    /// The integer value for indexing (`__index__`): ints and bools; errors otherwise.
    pub fn index_i64(&mut self, v: Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(b as i64),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::BigInt(_) => {
                    Err(PyErr::new(crate::error::ExcKind::IndexError, "cannot fit 'int' into an index-sized integer"))
                }
                _ => {
                    let idx = self.call_dunder_opt(v, "__index__", &[])?;
                    match idx {
                        Some(Value::Int(i)) => Ok(i),
                        Some(Value::Bool(b)) => Ok(b as i64),
                        _ => Err(PyErr::type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            self.type_name(v)
                        ))),
                    }
                }
            },
            _ => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(v)))),
        }
    }

    /// A float from an int, bool or float (for math functions), calling `__float__`/`__index__`
    /// for other objects.
    pub fn to_f64(&mut self, v: Value) -> PyResult<f64> {
        match v {
            Value::Float(f) => Ok(f),
            Value::Int(i) => Ok(i as f64),
            Value::Bool(b) => Ok(b as i64 as f64),
            Value::Obj(r) => {
                if let Obj::BigInt(b) = self.heap.get(r) {
                    return b
                        .to_f64()
                        .filter(|f| f.is_finite())
                        .ok_or_else(|| PyErr::overflow_error("int too large to convert to float"));
                }
                if let Some(f) = self.call_dunder_opt(v, "__float__", &[])?
                    && let Value::Float(f) = f
                {
                    return Ok(f);
                }
                if let Some(Value::Int(i)) = self.call_dunder_opt(v, "__index__", &[])? {
                    return Ok(i as f64);
                }
                Err(PyErr::type_error(format!("must be real number, not {}", self.type_name(v))))
            }
            Value::None => Err(PyErr::type_error("must be real number, not NoneType")),
        }
    }

    /// The big-integer value of an `int`/`bool` (None for other types).
    pub fn to_bigint(&self, v: Value) -> Option<BigInt> {
        match v {
            Value::Int(i) => Some(BigInt::from(i)),
            Value::Bool(b) => Some(BigInt::from(b as i64)),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::BigInt(b) => Some(b.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    #[inline]
    pub fn not_implemented(&self) -> Value {
        self.singletons.not_implemented
    }

    #[inline]
    pub fn is_not_implemented(&self, v: Value) -> bool {
        v.is(self.singletons.not_implemented)
    }
}

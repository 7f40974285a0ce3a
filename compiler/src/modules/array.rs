//! `array`: CPython's `array.array`, native. An instance carries `Payload::Builtin(cell)`, a
//! cell holding the store, a bytearray object: byte 0 is the typecode, the items follow as
//! machine bytes (see `items`), so an array of a million doubles is 8 MB, as in CPython. The
//! cell hides the bytearray from the VM's generic unwrapping of built-in subclasses (which
//! would take an array for a bytearray in `bytes()`, `reversed()`, ...). The class has
//! no `__buffer__` (the VM has no buffer protocol); `__bytes__` stands in for it, so `bytes(a)`,
//! `struct.unpack` and `hashlib` read arrays.

use crate::builtins::args;
use crate::builtins::functions::is_int;
use crate::builtins::list_methods::same_or_eq;
use crate::error::{PyErr, PyResult};
use crate::syntax::ast::CmpOp;
use crate::value::*;
use crate::vm::Vm;

use crate::modules::sys::new_native_class;

mod items;

use items::{decode, encode, is_unicode, itemsize};

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("array");
    let cls = make_class(vm);
    vm.module_set(m, "array", Value::Obj(cls));
    vm.module_set(m, "ArrayType", Value::Obj(cls));
    let codes = vm.new_str(items::TYPECODES);
    vm.module_set(m, "typecodes", codes);
    let object = vm.types.object;
    let it = new_native_class(vm, "arrayiterator", "array", object, BuiltinKind::Other);
    vm.add_method(it, "__iter__", iter_self, NativeKind::Method);
    vm.add_method(it, "__next__", iter_next, NativeKind::Method);
    vm.module_set(m, ITER_CLASS, Value::Obj(it));
    Ok(m)
}

/// Where the module keeps the class of its iterators (CPython's has no public name either).
const ITER_CLASS: &str = "_arrayiterator";

fn make_class(vm: &mut Vm) -> ObjRef {
    use NativeKind::*;
    let object = vm.types.object;
    let cls = new_native_class(vm, "array", "array", object, BuiltinKind::Other);
    let methods: &[(&'static str, NativeFn)] = &[
        ("append", arr_append),
        ("buffer_info", arr_buffer_info),
        ("byteswap", arr_byteswap),
        ("count", arr_count),
        ("extend", arr_extend),
        ("frombytes", arr_frombytes),
        ("fromfile", arr_fromfile),
        ("fromlist", arr_fromlist),
        ("fromunicode", arr_fromunicode),
        ("index", arr_index),
        ("insert", arr_insert),
        ("pop", arr_pop),
        ("remove", arr_remove),
        ("reverse", arr_reverse),
        ("tobytes", arr_tobytes),
        ("tofile", arr_tofile),
        ("tolist", arr_tolist),
        ("tounicode", arr_tounicode),
        ("__bytes__", arr_tobytes),
        ("__copy__", arr_copy),
        ("__deepcopy__", arr_deepcopy),
        ("__len__", arr_len),
        ("__contains__", arr_contains),
        ("__iter__", arr_iter),
        ("__reversed__", arr_reversed),
        ("__getitem__", arr_getitem),
        ("__setitem__", arr_setitem),
        ("__delitem__", arr_delitem),
        ("__repr__", arr_repr),
        ("__add__", arr_add),
        ("__iadd__", arr_iadd),
        ("__mul__", arr_mul),
        ("__rmul__", arr_mul),
        ("__imul__", arr_imul),
        ("__eq__", arr_eq),
        ("__ne__", arr_ne),
        ("__lt__", arr_lt),
        ("__le__", arr_le),
        ("__gt__", arr_gt),
        ("__ge__", arr_ge),
        ("__sizeof__", arr_sizeof),
    ];
    for &(name, f) in methods {
        vm.add_method(cls, name, f, Method);
    }
    vm.add_method(cls, "__new__", arr_new, StaticMethod);
    vm.add_method(cls, "__class_getitem__", arr_class_getitem, ClassMethod);
    vm.class_set_attr(cls, "__hash__", Value::None);
    for (name, getter) in [("typecode", arr_typecode as NativeFn), ("itemsize", arr_itemsize)] {
        let fget = vm.new_native_fn(name, getter);
        let prop = vm.alloc(Obj::Property(Box::new(Property {
            fget,
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        })));
        vm.class_set_attr(cls, name, prop);
    }
    // No instance `__dict__`, as in CPython (subclasses get one).
    if let Obj::Class(c) = vm.heap.get_mut(cls) {
        c.slots = Some(Vec::new());
    }
    cls
}

/// `array.array[int]` (annotations): the class itself, as the VM does for `list[int]` until
/// it has `types.GenericAlias`.
fn arr_class_getitem(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos.first().copied().unwrap_or(Value::None))
}

// ---- storage ----

/// The store (typecode byte + items) of an array instance.
fn store_of(vm: &Vm, v: Value) -> Option<ObjRef> {
    if let Some(r) = v.as_obj()
        && let Obj::Instance(i) = vm.heap.get(r)
        && matches!(vm.heap.get(i.class), Obj::Class(c) if matches!(c.builtin, BuiltinKind::Other | BuiltinKind::Object))
        && let Payload::Builtin(Value::Obj(cell)) = i.payload
        && let Obj::Cell(Some(Value::Obj(s))) = vm.heap.get(cell)
        && let Obj::ByteArray(b) = vm.heap.get(*s)
        && b.first().is_some_and(|&c| itemsize(c).is_some())
    {
        return Some(*s);
    }
    None
}

fn self_store(vm: &Vm, args: &Args) -> PyResult<ObjRef> {
    let this = args.pos.first().copied().unwrap_or(Value::None);
    store_of(vm, this).ok_or_else(|| {
        PyErr::type_error(format!("descriptor requires a 'array.array' object but received a '{}'", vm.type_name(this)))
    })
}

fn raw(vm: &Vm, s: ObjRef) -> &Vec<u8> {
    match vm.heap.get(s) {
        Obj::ByteArray(b) => b,
        _ => unreachable!("array store is a bytearray"),
    }
}

fn raw_mut(vm: &mut Vm, s: ObjRef) -> &mut Vec<u8> {
    match vm.heap.get_mut(s) {
        Obj::ByteArray(b) => b,
        _ => unreachable!("array store is a bytearray"),
    }
}

fn code_of(vm: &Vm, s: ObjRef) -> u8 {
    raw(vm, s)[0]
}

fn size_of(vm: &Vm, s: ObjRef) -> usize {
    itemsize(code_of(vm, s)).unwrap_or(1)
}

fn len_of(vm: &Vm, s: ObjRef) -> usize {
    (raw(vm, s).len() - 1) / size_of(vm, s)
}

/// The item bytes (without the typecode).
fn data(vm: &Vm, s: ObjRef) -> &[u8] {
    &raw(vm, s)[1..]
}

fn item(vm: &mut Vm, s: ObjRef, i: usize) -> Value {
    let (code, size) = (code_of(vm, s), size_of(vm, s));
    let bytes: Vec<u8> = data(vm, s)[i * size..(i + 1) * size].to_vec();
    decode(vm, code, &bytes)
}

fn values(vm: &mut Vm, s: ObjRef) -> Vec<Value> {
    (0..len_of(vm, s)).map(|i| item(vm, s, i)).collect()
}

/// Runs `f` with `v` kept alive as a GC root (for values only Rust holds while Python runs).
fn rooted<T>(vm: &mut Vm, v: Value, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
    vm.temp_roots.push(v);
    let r = f(vm);
    vm.temp_roots.pop();
    r
}

/// The class `array.array` itself: the last class of `v`'s MRO that is not `object`'s kind.
fn base_class(vm: &Vm, v: Value) -> ObjRef {
    let cls = vm.type_of(v);
    let mro = match vm.heap.get(cls) {
        Obj::Class(c) => c.mro.clone(),
        _ => return cls,
    };
    mro.into_iter()
        .rev()
        .find(|&c| matches!(vm.heap.get(c), Obj::Class(k) if k.builtin == BuiltinKind::Other))
        .unwrap_or(cls)
}

/// A new instance of `cls` holding `code` and `bytes`.
fn new_array(vm: &mut Vm, cls: ObjRef, code: u8, bytes: &[u8]) -> (Value, ObjRef) {
    let mut store = Vec::with_capacity(bytes.len() + 1);
    store.push(code);
    store.extend_from_slice(bytes);
    let st = vm.new_bytearray(store);
    let cell = vm.alloc(Obj::Cell(Some(st)));
    // Attribute rules (none on `array` itself, `__slots__`, a `__dict__` on subclasses)
    // come from the class, as for any instance.
    let v = vm.alloc(Obj::Instance(Box::new(Instance::new(cls, Payload::Builtin(cell)))));
    let s = st.as_obj().expect("bytearray is an object");
    (v, s)
}

/// A new `array.array` (never a subclass, as in CPython) like `this`, holding `bytes`.
fn new_like(vm: &mut Vm, this: Value, code: u8, bytes: &[u8]) -> Value {
    let cls = base_class(vm, this);
    new_array(vm, cls, code, bytes).0
}

/// Appends the item bytes of each value to the store, all or nothing.
fn append_values(vm: &mut Vm, s: ObjRef, vals: &[Value]) -> PyResult<()> {
    let code = code_of(vm, s);
    let mut out = Vec::with_capacity(vals.len() * size_of(vm, s));
    for &v in vals {
        encode(vm, code, v, &mut out)?;
    }
    raw_mut(vm, s).extend_from_slice(&out);
    Ok(())
}

/// Appends each item of `iterable`, one at a time (earlier items stay if a later one fails).
fn extend_from_iter(vm: &mut Vm, s: ObjRef, iterable: Value) -> PyResult<()> {
    let it = vm.iter(iterable)?;
    rooted(vm, it, |vm| {
        let code = code_of(vm, s);
        let mut out = Vec::new();
        while let Some(x) = vm.next(it)? {
            out.clear();
            rooted(vm, x, |vm| encode(vm, code, x, &mut out))?;
            raw_mut(vm, s).extend_from_slice(&out);
        }
        Ok(())
    })
}

// ---- construction ----

fn arr_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.pos.first().copied() else {
        return Err(PyErr::type_error("array.__new__(X): X is not a type object"));
    };
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("array.array() takes no keyword arguments"));
    }
    args::check_pos("array", args.pos.len() - 1, 1, 2)?;
    let tc = args.pos[1];
    let code = match vm.heap.str_of(tc) {
        Some(t) if t.chars().count() == 1 => t.as_bytes()[0],
        _ => {
            return Err(PyErr::type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                vm.type_name(tc)
            )));
        }
    };
    if itemsize(code).is_none() || !code.is_ascii() {
        return Err(PyErr::value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"));
    }
    let (this, s) = new_array(vm, cls, code, &[]);
    let Some(&init) = args.pos.get(2) else { return Ok(this) };
    rooted(vm, this, |vm| initialize(vm, s, code, init))?;
    Ok(this)
}

fn initialize(vm: &mut Vm, s: ObjRef, code: u8, init: Value) -> PyResult<()> {
    if let Some(text) = vm.heap.str_of(init) {
        if !is_unicode(code) {
            return Err(PyErr::type_error(format!(
                "cannot use a str to initialize an array with typecode '{}'",
                code as char
            )));
        }
        let mut out = Vec::new();
        for c in text.chars() {
            out.extend_from_slice(&(c as u32).to_le_bytes());
        }
        raw_mut(vm, s).extend_from_slice(&out);
        return Ok(());
    }
    if let Some(bytes) = vm.heap.bytes(init) {
        let bytes = bytes.to_vec();
        return from_bytes(vm, s, &bytes);
    }
    if let Some(other) = store_of(vm, init) {
        let other_code = code_of(vm, other);
        if is_unicode(other_code) && !is_unicode(code) {
            return Err(PyErr::type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{}'",
                code as char
            )));
        }
        if other_code == code {
            let bytes = data(vm, other).to_vec();
            raw_mut(vm, s).extend_from_slice(&bytes);
            return Ok(());
        }
        let vals = values(vm, other);
        return append_values(vm, s, &vals);
    }
    extend_from_iter(vm, s, init)
}

fn from_bytes(vm: &mut Vm, s: ObjRef, bytes: &[u8]) -> PyResult<()> {
    if !bytes.len().is_multiple_of(size_of(vm, s)) {
        return Err(PyErr::value_error("bytes length not a multiple of item size"));
    }
    raw_mut(vm, s).extend_from_slice(bytes);
    Ok(())
}

// ---- attributes ----

fn arr_typecode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_store(vm, &args)?;
    let c = code_of(vm, s) as char;
    Ok(vm.new_str(c.to_string()))
}

fn arr_itemsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_store(vm, &args)?;
    Ok(Value::Int(size_of(vm, s) as i64))
}

fn arr_buffer_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("array.buffer_info", &args, 0, 0)?;
    let s = self_store(vm, &args)?;
    let address = Value::Int(crate::builtins::functions::object_id(Value::Obj(s)));
    let n = Value::Int(len_of(vm, s) as i64);
    Ok(vm.new_tuple(vec![address, n]))
}

fn arr_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_store(vm, &args)?;
    Ok(Value::Int(64 + data(vm, s).len() as i64))
}

// ---- list-like methods ----

fn arr_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("array.append", &args, 1, 1)?;
    let s = self_store(vm, &args)?;
    append_values(vm, s, &args.pos[1..2])?;
    Ok(Value::None)
}

fn extend(vm: &mut Vm, s: ObjRef, other: Value) -> PyResult<()> {
    if let Some(o) = store_of(vm, other) {
        if code_of(vm, o) != code_of(vm, s) {
            return Err(PyErr::type_error("can only extend with array of same kind"));
        }
        let bytes = data(vm, o).to_vec();
        raw_mut(vm, s).extend_from_slice(&bytes);
        return Ok(());
    }
    extend_from_iter(vm, s, other)
}

fn arr_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("array.extend", &args, 1, 1)?;
    let s = self_store(vm, &args)?;
    extend(vm, s, args.pos[1])?;
    Ok(Value::None)
}

fn arr_fromlist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("array.fromlist", &args, 1, 1)?;
    let s = self_store(vm, &args)?;
    let list = match args.pos[1].as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::List(items)) => items.clone(),
        _ => return Err(PyErr::type_error("arg must be list")),
    };
    append_values(vm, s, &list)?;
    Ok(Value::None)
}

fn arr_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_pos("insert", args.pos.len().saturating_sub(1), 2, 2)?;
    let s = self_store(vm, &args)?;
    let i = vm.index_i64(args.pos[1])?;
    let mut bytes = Vec::new();
    encode(vm, code_of(vm, s), args.pos[2], &mut bytes)?;
    let n = len_of(vm, s) as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let at = 1 + i * size_of(vm, s);
    raw_mut(vm, s).splice(at..at, bytes);
    Ok(Value::None)
}

fn arr_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_pos("pop", args.pos.len().saturating_sub(1), 0, 1)?;
    let s = self_store(vm, &args)?;
    let i = match args.pos.get(1) {
        Some(&v) => vm.index_i64(v)?,
        None => -1,
    };
    let n = len_of(vm, s) as i64;
    if n == 0 {
        return Err(PyErr::index_error("pop from empty array"));
    }
    let i = if i < 0 { i + n } else { i };
    if i < 0 || i >= n {
        return Err(PyErr::index_error("pop index out of range"));
    }
    let x = item(vm, s, i as usize);
    let size = size_of(vm, s);
    let at = 1 + i as usize * size;
    raw_mut(vm, s).drain(at..at + size);
    Ok(x)
}

/// Index of the first item equal to `x` in `start..stop`.
fn find(vm: &mut Vm, s: ObjRef, x: Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop.min(len_of(vm, s)) {
        let v = item(vm, s, i);
        if same_or_eq(vm, v, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn arr_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("array.remove", &args, 1, 1)?;
    let s = self_store(vm, &args)?;
    let Some(i) = find(vm, s, args.pos[1], 0, usize::MAX)? else {
        return Err(PyErr::value_error("array.remove(x): x not in array"));
    };
    let size = size_of(vm, s);
    let at = 1 + i * size;
    raw_mut(vm, s).drain(at..at + size);
    Ok(Value::None)
}

fn arr_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_pos("index", args.pos.len().saturating_sub(1), 1, 3)?;
    let s = self_store(vm, &args)?;
    let n = len_of(vm, s) as i64;
    let mut bound = |k: usize, default: i64| -> PyResult<usize> {
        let v = match args.pos.get(k) {
            Some(&v) => crate::builtins::list_methods::slice_bound(vm, v)?.unwrap_or(default),
            None => default,
        };
        Ok(if v < 0 { v.saturating_add(n).max(0) } else { v.min(n) } as usize)
    };
    let start = bound(2, 0)?;
    let stop = bound(3, n)?;
    match find(vm, s, args.pos[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(PyErr::value_error("array.index(x): x not in array")),
    }
}

fn arr_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("array.count", &args, 1, 1)?;
    let s = self_store(vm, &args)?;
    let mut count = 0;
    let mut i = 0;
    while i < len_of(vm, s) {
        let v = item(vm, s, i);
        if same_or_eq(vm, v, args.pos[1])? {
            count += 1;
        }
        i += 1;
    }
    Ok(Value::Int(count))
}

fn arr_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("__contains__", &args, 1, 1)?;
    let s = self_store(vm, &args)?;
    Ok(Value::Bool(find(vm, s, args.pos[1], 0, usize::MAX)?.is_some()))
}

fn arr_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("array.reverse", &args, 0, 0)?;
    let s = self_store(vm, &args)?;
    let size = size_of(vm, s);
    let body = &mut raw_mut(vm, s)[1..];
    let mut chunks: Vec<Vec<u8>> = body.chunks(size).map(|c| c.to_vec()).collect();
    chunks.reverse();
    body.copy_from_slice(&chunks.concat());
    Ok(Value::None)
}

fn arr_byteswap(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("array.byteswap", &args, 0, 0)?;
    let s = self_store(vm, &args)?;
    let size = size_of(vm, s);
    for chunk in raw_mut(vm, s)[1..].chunks_mut(size) {
        chunk.reverse();
    }
    Ok(Value::None)
}

fn arr_tolist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("array.tolist", &args, 0, 0)?;
    let s = self_store(vm, &args)?;
    let vals = values(vm, s);
    Ok(vm.new_list(vals))
}

// ---- bytes and text ----

fn arr_tobytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("array.tobytes", &args, 0, 0)?;
    let s = self_store(vm, &args)?;
    let bytes = data(vm, s).to_vec();
    Ok(vm.new_bytes(bytes))
}

fn arr_frombytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("array.frombytes", &args, 1, 1)?;
    let s = self_store(vm, &args)?;
    let src = args.pos[1];
    let bytes = if let Some(b) = vm.heap.bytes(src) {
        b.to_vec()
    } else if let Some(o) = store_of(vm, src) {
        if size_of(vm, o) != 1 {
            return Err(PyErr::type_error("a bytes-like object is required"));
        }
        data(vm, o).to_vec()
    } else {
        return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(src))));
    };
    from_bytes(vm, s, &bytes)?;
    Ok(Value::None)
}

fn arr_fromunicode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("array.fromunicode", &args, 1, 1)?;
    let s = self_store(vm, &args)?;
    let Some(text) = vm.heap.str_of(args.pos[1]).map(|t| t.to_string()) else {
        return Err(PyErr::type_error(format!(
            "fromunicode() argument must be str, not {}",
            vm.type_name(args.pos[1])
        )));
    };
    if !is_unicode(code_of(vm, s)) {
        return Err(PyErr::value_error("fromunicode() may only be called on unicode type arrays ('u' or 'w')"));
    }
    let bytes: Vec<u8> = text.chars().flat_map(|c| (c as u32).to_le_bytes()).collect();
    raw_mut(vm, s).extend_from_slice(&bytes);
    Ok(Value::None)
}

fn arr_tounicode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("array.tounicode", &args, 0, 0)?;
    let s = self_store(vm, &args)?;
    if !is_unicode(code_of(vm, s)) {
        return Err(PyErr::value_error("tounicode() may only be called on unicode type arrays ('u' or 'w')"));
    }
    let text: String = data(vm, s)
        .chunks(4)
        .map(|c| char::from_u32(u32::from_le_bytes([c[0], c[1], c[2], c[3]])).unwrap_or('\u{fffd}'))
        .collect();
    Ok(vm.new_str(text))
}

fn arr_tofile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("array.tofile", &args, 1, 1)?;
    let s = self_store(vm, &args)?;
    let bytes = data(vm, s).to_vec();
    let b = vm.new_bytes(bytes);
    rooted(vm, b, |vm| vm.call_method(args.pos[1], "write", vec![b]))?;
    Ok(Value::None)
}

fn arr_fromfile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_pos("fromfile", args.pos.len().saturating_sub(1), 2, 2)?;
    let s = self_store(vm, &args)?;
    let n = vm.index_i64(args.pos[2])?;
    if n < 0 {
        return Err(PyErr::value_error("negative count"));
    }
    let size = size_of(vm, s);
    let want = (n as usize).saturating_mul(size);
    let got = vm.call_method(args.pos[1], "read", vec![Value::Int(want as i64)])?;
    let Some(bytes) = vm.heap.bytes(got).map(|b| b.to_vec()) else {
        return Err(PyErr::type_error("read() didn't return bytes"));
    };
    let whole = bytes.len() / size * size;
    raw_mut(vm, s).extend_from_slice(&bytes[..whole]);
    if bytes.len() < want {
        return Err(PyErr::new(crate::error::ExcKind::EOFError, "read() didn't return enough bytes"));
    }
    Ok(Value::None)
}

// ---- sequence protocol ----

fn arr_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_store(vm, &args)?;
    Ok(Value::Int(len_of(vm, s) as i64))
}

fn is_index(vm: &Vm, v: Value) -> bool {
    is_int(vm, v) || vm.lookup_mro(vm.type_of(v), "__index__").is_some()
}

fn is_slice(vm: &Vm, v: Value) -> bool {
    matches!(v.as_obj().map(|r| vm.heap.get(r)), Some(Obj::Slice(_)))
}

/// Item number `key` (negative counts from the end), or IndexError `msg`.
fn position(vm: &mut Vm, s: ObjRef, key: Value, msg: &str) -> PyResult<usize> {
    let i = vm.index_i64(key)?;
    let n = len_of(vm, s) as i64;
    let i = if i < 0 { i + n } else { i };
    if i < 0 || i >= n {
        return Err(PyErr::index_error(msg.to_string()));
    }
    Ok(i as usize)
}

fn arr_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("__getitem__", &args, 1, 1)?;
    let s = self_store(vm, &args)?;
    let key = args.pos[1];
    if is_slice(vm, key) {
        let idx = vm.slice_indices(key, len_of(vm, s))?;
        let size = size_of(vm, s);
        let src = data(vm, s);
        let mut out = Vec::with_capacity(idx.len * size);
        for i in idx.indices() {
            out.extend_from_slice(&src[i * size..(i + 1) * size]);
        }
        let code = code_of(vm, s);
        return Ok(new_like(vm, args.pos[0], code, &out));
    }
    if !is_index(vm, key) {
        return Err(PyErr::type_error("array indices must be integers"));
    }
    let i = position(vm, s, key, "array index out of range")?;
    Ok(item(vm, s, i))
}

fn arr_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("__setitem__", &args, 2, 2)?;
    let s = self_store(vm, &args)?;
    let (key, value) = (args.pos[1], args.pos[2]);
    if is_slice(vm, key) {
        return assign_slice(vm, s, key, value).map(|_| Value::None);
    }
    if !is_index(vm, key) {
        return Err(PyErr::type_error("array indices must be integers"));
    }
    let i = position(vm, s, key, "array assignment index out of range")?;
    let mut bytes = Vec::new();
    encode(vm, code_of(vm, s), value, &mut bytes)?;
    let size = size_of(vm, s);
    raw_mut(vm, s)[1 + i * size..1 + (i + 1) * size].copy_from_slice(&bytes);
    Ok(Value::None)
}

fn assign_slice(vm: &mut Vm, s: ObjRef, key: Value, value: Value) -> PyResult<()> {
    let Some(o) = store_of(vm, value) else {
        return Err(PyErr::type_error(format!(
            "can only assign array (not \"{}\") to array slice",
            vm.type_name(value)
        )));
    };
    if code_of(vm, o) != code_of(vm, s) {
        return Err(PyErr::type_error("bad argument type for built-in operation"));
    }
    let src = data(vm, o).to_vec();
    let size = size_of(vm, s);
    let idx = vm.slice_indices(key, len_of(vm, s))?;
    if idx.step == 1 {
        // `a[i:j] = b`: a stop before the start is an empty run at the start.
        let start = idx.start.max(0) as usize;
        let stop = (idx.stop.max(idx.start).max(0)) as usize;
        raw_mut(vm, s).splice(1 + start * size..1 + stop * size, src);
        return Ok(());
    }
    let given = src.len() / size;
    if given != idx.len {
        return Err(PyErr::value_error(format!(
            "attempt to assign array of size {given} to extended slice of size {}",
            idx.len
        )));
    }
    let body = raw_mut(vm, s);
    for (k, i) in idx.indices().enumerate() {
        body[1 + i * size..1 + (i + 1) * size].copy_from_slice(&src[k * size..(k + 1) * size]);
    }
    Ok(())
}

fn arr_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("__delitem__", &args, 1, 1)?;
    let s = self_store(vm, &args)?;
    let key = args.pos[1];
    let size = size_of(vm, s);
    if is_slice(vm, key) {
        let idx = vm.slice_indices(key, len_of(vm, s))?;
        let mut drop = vec![false; len_of(vm, s)];
        for i in idx.indices() {
            drop[i] = true;
        }
        let body: Vec<u8> =
            data(vm, s).chunks(size).zip(&drop).filter(|(_, d)| !**d).flat_map(|(c, _)| c.iter().copied()).collect();
        let store = raw_mut(vm, s);
        store.truncate(1);
        store.extend_from_slice(&body);
        return Ok(Value::None);
    }
    if !is_index(vm, key) {
        return Err(PyErr::type_error("array indices must be integers"));
    }
    let i = position(vm, s, key, "array assignment index out of range")?;
    raw_mut(vm, s).drain(1 + i * size..1 + (i + 1) * size);
    Ok(Value::None)
}

#[derive(Debug)]
struct ArrayIter {
    array: Value,
    store: ObjRef,
    next: usize,
    class: Option<ObjRef>,
}

impl NativeIter for ArrayIter {
    fn type_name(&self) -> &'static str {
        "arrayiterator"
    }

    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        // Reads the array as it is now: items appended while iterating are produced too.
        if self.next >= len_of(vm, self.store) {
            return Ok(None);
        }
        self.next += 1;
        Ok(Some(item(vm, self.store, self.next - 1)))
    }

    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.array);
        out.push(Value::Obj(self.store));
        if let Some(c) = self.class {
            out.push(Value::Obj(c));
        }
    }

    fn class(&self) -> Option<ObjRef> {
        self.class
    }
}

fn arr_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_store(vm, &args)?;
    let module = vm.dict_get_str(vm.modules, "array");
    let class = match module {
        Some(m) => vm.getattr_opt(m, ITER_CLASS)?.and_then(|c| c.as_obj()).filter(|&c| vm.is_class(Value::Obj(c))),
        None => None,
    };
    Ok(vm.new_native_iter(Box::new(ArrayIter { array: args.pos[0], store: s, next: 0, class })))
}

/// `reversed(a)`. CPython gets there through the sequence protocol; the VM's `reversed()`
/// would look inside the instance's payload first, so arrays answer it themselves.
#[derive(Debug)]
struct ArrayReversed {
    array: Value,
    store: ObjRef,
    left: usize,
}

impl NativeIter for ArrayReversed {
    fn type_name(&self) -> &'static str {
        "reversed"
    }

    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.left == 0 || self.left > len_of(vm, self.store) {
            self.left = 0;
            return Ok(None);
        }
        self.left -= 1;
        Ok(Some(item(vm, self.store, self.left)))
    }

    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.array);
        out.push(Value::Obj(self.store));
    }
}

fn arr_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_store(vm, &args)?;
    let left = len_of(vm, s);
    Ok(vm.new_native_iter(Box::new(ArrayReversed { array: args.pos[0], store: s, left })))
}

fn iter_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.pos.first().copied().ok_or_else(|| PyErr::type_error("__iter__ needs an argument"))
}

fn iter_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(&it) = args.pos.first() else { return Err(PyErr::type_error("__next__ needs an argument")) };
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => Err(PyErr::stop_iteration(Value::None)),
    }
}

fn arr_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_store(vm, &args)?;
    let code = code_of(vm, s);
    let name = vm.class_name(vm.type_of(args.pos[0])).to_string();
    if len_of(vm, s) == 0 {
        return Ok(vm.new_str(format!("{name}('{}')", code as char)));
    }
    let body = if is_unicode(code) {
        let text = arr_tounicode(vm, Args::new(vec![args.pos[0]]))?;
        vm.repr(text)?
    } else {
        let list = arr_tolist(vm, Args::new(vec![args.pos[0]]))?;
        rooted(vm, list, |vm| vm.repr(list))?
    };
    Ok(vm.new_str(format!("{name}('{}', {body})", code as char)))
}

fn arr_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_store(vm, &args)?;
    let (code, bytes) = (code_of(vm, s), data(vm, s).to_vec());
    Ok(new_like(vm, args.pos[0], code, &bytes))
}

fn arr_deepcopy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("array.__deepcopy__", &args, 1, 1)?;
    arr_copy(vm, args)
}

// ---- operators ----

fn arr_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("__add__", &args, 1, 1)?;
    let s = self_store(vm, &args)?;
    let other = args.pos[1];
    let Some(o) = store_of(vm, other) else {
        return Err(PyErr::type_error(format!("can only append array (not \"{}\") to array", vm.type_name(other))));
    };
    if code_of(vm, o) != code_of(vm, s) {
        return Err(PyErr::type_error("bad argument type for built-in operation"));
    }
    let mut bytes = data(vm, s).to_vec();
    bytes.extend_from_slice(data(vm, o));
    let code = code_of(vm, s);
    Ok(new_like(vm, args.pos[0], code, &bytes))
}

fn arr_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("__iadd__", &args, 1, 1)?;
    let s = self_store(vm, &args)?;
    let other = args.pos[1];
    if store_of(vm, other).is_none() {
        return Err(PyErr::type_error(format!("can only extend array with array (not \"{}\")", vm.type_name(other))));
    }
    extend(vm, s, other)?;
    Ok(args.pos[0])
}

/// The repetition count of `a * n`, `None` when `n` is no integer (the other operand's
/// `__rmul__` may still handle it).
fn repeat_count(vm: &mut Vm, n: Value) -> PyResult<Option<usize>> {
    if !is_index(vm, n) {
        // A Python-level `__rmul__` gets its turn; built-in sequences' do not (CPython tries
        // the array's repeat first, which fails with this message).
        if vm.lookup_mro(vm.type_of(n), "__rmul__").is_some_and(|f| !vm.is_native(f)) {
            return Ok(None);
        }
        return Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", vm.type_name(n))));
    }
    let k = vm.index_i64(n).map_err(|_| PyErr::overflow_error("cannot fit 'int' into an index-sized integer"))?;
    Ok(Some(k.max(0) as usize))
}

fn repeated(vm: &Vm, s: ObjRef, k: usize) -> PyResult<Vec<u8>> {
    let body = data(vm, s);
    if body.len().checked_mul(k).is_none_or(|n| n > isize::MAX as usize / 2) {
        return Err(PyErr::new(crate::error::ExcKind::MemoryError, ""));
    }
    Ok(body.repeat(k))
}

fn arr_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("__mul__", &args, 1, 1)?;
    let s = self_store(vm, &args)?;
    let Some(k) = repeat_count(vm, args.pos[1])? else { return Ok(vm.not_implemented()) };
    let bytes = repeated(vm, s, k)?;
    let code = code_of(vm, s);
    Ok(new_like(vm, args.pos[0], code, &bytes))
}

fn arr_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("__imul__", &args, 1, 1)?;
    let s = self_store(vm, &args)?;
    let Some(k) = repeat_count(vm, args.pos[1])? else { return Ok(vm.not_implemented()) };
    let bytes = repeated(vm, s, k)?;
    let store = raw_mut(vm, s);
    store.truncate(1);
    store.extend_from_slice(&bytes);
    Ok(args.pos[0])
}

/// Rich comparison as CPython: arrays of any typecodes compare item by item; anything else
/// is `NotImplemented`.
fn compare(vm: &mut Vm, args: &Args, op: CmpOp) -> PyResult<Value> {
    args::check_method("__eq__", args, 1, 1)?;
    let s = self_store(vm, args)?;
    let Some(o) = store_of(vm, args.pos[1]) else { return Ok(vm.not_implemented()) };
    let (n, m) = (len_of(vm, s), len_of(vm, o));
    if n != m && matches!(op, CmpOp::Eq | CmpOp::NotEq) {
        return Ok(Value::Bool(op == CmpOp::NotEq));
    }
    // Integer items are equal exactly when their bytes are (floats are not: nan, -0.0).
    let exact = |c: u8| !matches!(c, b'f' | b'd');
    if matches!(op, CmpOp::Eq | CmpOp::NotEq) && code_of(vm, s) == code_of(vm, o) && exact(code_of(vm, s)) {
        return Ok(Value::Bool((data(vm, s) == data(vm, o)) == (op == CmpOp::Eq)));
    }
    let mut i = 0;
    while i < n.min(m) {
        let (x, y) = (item(vm, s, i), item(vm, o, i));
        let equal = vm.compare(x, y, CmpOp::Eq)?;
        if !vm.truthy(equal)? {
            return match op {
                CmpOp::Eq => Ok(Value::Bool(false)),
                CmpOp::NotEq => Ok(Value::Bool(true)),
                _ => vm.compare(x, y, op),
            };
        }
        i += 1;
    }
    let result = match op {
        CmpOp::Eq => n == m,
        CmpOp::NotEq => n != m,
        CmpOp::Lt => n < m,
        CmpOp::LtE => n <= m,
        CmpOp::Gt => n > m,
        _ => n >= m,
    };
    Ok(Value::Bool(result))
}

fn arr_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::Eq)
}

fn arr_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::NotEq)
}

fn arr_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::Lt)
}

fn arr_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::LtE)
}

fn arr_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::Gt)
}

fn arr_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::GtE)
}

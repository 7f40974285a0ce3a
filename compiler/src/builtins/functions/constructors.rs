//! `__new__` (and bytearray's `__init__`) of the built-in types; list, dict and set have
//! their `__init__` in their own `*_methods.rs`. `__new__` receives the class being
//! instantiated as `args.pos[0]`; for user subclasses of a built-in the result wraps the
//! built-in value (`vm.new_builtin_instance`).

use crate::builtins::str_methods::codecs;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::*;
use crate::vm::Vm;

use super::{err_is, expect_args, index_bigint, is_int, no_kwargs};

/// `__new__` for the types whose constructors live here; int, float, list, tuple, dict, set and
/// frozenset get theirs from their own `*_methods.rs`.
pub(crate) fn register(vm: &mut Vm) {
    let t = vm.types.clone();
    let news: &[(ObjRef, NativeFn)] =
        &[(t.bool_, bool_new), (t.str, str_new), (t.bytes, bytes_new), (t.bytearray, bytearray_new)];
    for &(cls, f) in news {
        vm.add_method(cls, "__new__", f, NativeKind::StaticMethod);
    }
    vm.add_method(t.bytearray, "__init__", bytearray_init, NativeKind::Method);
    for (name, cls) in [
        ("int", t.int),
        ("bool", t.bool_),
        ("float", t.float),
        ("str", t.str),
        ("bytes", t.bytes),
        ("bytearray", t.bytearray),
        ("list", t.list),
        ("tuple", t.tuple),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
        ("slice", t.slice),
    ] {
        vm.dict_set_str(vm.builtins, name, Value::Obj(cls));
    }
}

/// `args.pos[0]` as the class `owner.__new__` makes (see `Vm::new_target`), taken off the
/// arguments.
fn split_cls(vm: &Vm, args: &mut Args, owner: ObjRef) -> PyResult<ObjRef> {
    let cls = vm.new_target(owner, args.pos.first().copied())?;
    args.pos.remove(0);
    Ok(cls)
}

fn wrap(vm: &mut Vm, cls: ObjRef, builtin: ObjRef, v: Value) -> Value {
    if cls == builtin { v } else { vm.new_builtin_instance(cls, v) }
}

// ---- int ----

fn bool_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let _cls = split_cls(vm, &mut args, vm.types.bool_)?;
    no_kwargs("bool", &args)?;
    expect_args("bool", args.pos.len(), 0, 1)?;
    match args.pos.first() {
        None => Ok(Value::Bool(false)),
        Some(&v) => Ok(Value::Bool(vm.truthy(v)?)),
    }
}

// ---- float ----

// ---- str ----

fn str_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let cls = split_cls(vm, &mut args, vm.types.str)?;
    let object = crate::builtins::args::arg_or_kw(&mut args, 0, "object");
    let encoding = crate::builtins::args::arg_or_kw(&mut args, 1, "encoding");
    let errors = crate::builtins::args::arg_or_kw(&mut args, 2, "errors");
    super::no_more_kwargs("str", &args)?;
    expect_args("str", args.pos.len(), 0, 3)?;
    let s = match object {
        None => vm.new_str(""),
        Some(o) if encoding.is_none() && errors.is_none() => {
            if cls == vm.types.str && vm.heap.str_of(o).is_some() {
                return Ok(o);
            }
            if let Value::Int(i) = o {
                // `str(i)` is common (dict keys, output): one exact allocation, no String.
                let mut buf = [0u8; 20];
                vm.new_str(i64_decimal(i, &mut buf))
            } else {
                let s = vm.to_str(o)?;
                vm.new_str(s)
            }
        }
        Some(o) => {
            let enc = match encoding {
                Some(e) => vm.str_arg(e, "str() argument 'encoding'")?,
                None => "utf-8".to_owned(),
            };
            let err = match errors {
                Some(e) => vm.str_arg(e, "str() argument 'errors'")?,
                None => "strict".to_owned(),
            };
            let inner = vm.builtin_value(o);
            if vm.heap.str_of(inner).is_some() {
                return Err(PyErr::type_error("decoding str is not supported"));
            }
            let Some(b) = vm.heap.bytes(inner).map(|b| b.to_vec()) else {
                return Err(PyErr::type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    vm.type_name(o)
                )));
            };
            let s = codecs::decode_any(vm, &b, &enc, &err)?;
            vm.new_str(s)
        }
    };
    Ok(wrap(vm, cls, vm.types.str, s))
}

/// The decimal digits of `i`, written into the end of `buf` (20 bytes hold any i64).
fn i64_decimal(i: i64, buf: &mut [u8; 20]) -> &str {
    let mut at = crate::format::write_decimal(i.unsigned_abs(), buf);
    if i < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    std::str::from_utf8(&buf[at..]).unwrap_or("")
}

// ---- bytes, bytearray ----

fn bytes_from(vm: &mut Vm, x: Value, encoding: Option<Value>, errors: Option<Value>, what: &str) -> PyResult<Vec<u8>> {
    let inner = vm.builtin_value(x);
    if let Some(s) = vm.heap.str_of(inner).map(|s| s.to_owned()) {
        let Some(enc) = encoding else {
            return Err(PyErr::type_error("string argument without an encoding"));
        };
        let enc = vm.str_arg(enc, &format!("{what}() argument 'encoding'"))?;
        let err = match errors {
            Some(e) => vm.str_arg(e, &format!("{what}() argument 'errors'"))?,
            None => "strict".to_owned(),
        };
        return codecs::encode_any(vm, &s, &enc, &err);
    }
    if encoding.is_some() {
        return Err(PyErr::type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(PyErr::type_error("errors without a string argument"));
    }
    // A list or tuple of small ints (`bytes([a, b, c])`): read in place, without an
    // iterator or a big int per item.
    if let Value::Obj(r) = x
        && let Obj::List(items) | Obj::Tuple(items) = vm.heap.get(r)
        && items.iter().all(|v| matches!(v, Value::Int(_) | Value::Bool(_)))
    {
        let mut out = Vec::with_capacity(items.len());
        for v in items.iter() {
            match *v {
                Value::Int(i @ 0..=255) => out.push(i as u8),
                Value::Bool(b) => out.push(b as u8),
                _ => return Err(PyErr::value_error("bytes must be in range(0, 256)")),
            }
        }
        return Ok(out);
    }
    if let Some(b) = vm.heap.bytes(inner) {
        return Ok(b.to_vec());
    }
    if let Some(b) = crate::builtins::bytes_methods::buffer_bytes(vm, x)? {
        return Ok(b);
    }
    if what == "bytes"
        && matches!(x, Value::Obj(_))
        && let Some(r) = vm.call_dunder_opt(x, "__bytes__", &[])?
    {
        return match vm.heap.bytes(vm.builtin_value(r)) {
            Some(b) if matches!(vm.heap.get(vm.builtin_value(r).as_obj().unwrap_or(ObjRef(0))), Obj::Bytes(_)) => {
                Ok(b.to_vec())
            }
            _ => Err(PyErr::type_error(format!("__bytes__ returned non-bytes (type {})", vm.type_name(r)))),
        };
    }
    // An integer size.
    if is_int(vm, x) || (matches!(x, Value::Obj(_)) && !is_iterable_quick(vm, x) && has_index(vm, x)) {
        let n = index_bigint(vm, x)?;
        let n = i64::try_from(&n).map_err(|_| PyErr::overflow_error("cannot fit 'int' into an index-sized integer"))?;
        if n < 0 {
            return Err(PyErr::value_error("negative count"));
        }
        let n = usize::try_from(n).map_err(|_| PyErr::new(ExcKind::MemoryError, ""))?;
        crate::error::check_alloc(n)?;
        return Ok(vec![0; n]);
    }
    let it = match vm.iter(x) {
        Ok(it) => it,
        Err(e) if err_is(vm, &e, ExcKind::TypeError) => {
            return Err(PyErr::type_error(format!("cannot convert '{}' object to {what}", vm.type_name(x))));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(v) = vm.next(it)? {
        let b = index_bigint(vm, v)?;
        match u8::try_from(&b) {
            Ok(b) => out.push(b),
            Err(_) => return Err(PyErr::value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

fn has_index(vm: &Vm, v: Value) -> bool {
    let cls = vm.type_of(v);
    vm.lookup_mro(cls, "__index__").is_some()
}

fn is_iterable_quick(vm: &Vm, v: Value) -> bool {
    let cls = vm.type_of(v);
    vm.lookup_mro(cls, "__iter__").is_some() || vm.lookup_mro(cls, "__getitem__").is_some()
}

fn bytes_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let cls = split_cls(vm, &mut args, vm.types.bytes)?;
    let source = crate::builtins::args::arg_or_kw(&mut args, 0, "source");
    let encoding = crate::builtins::args::arg_or_kw(&mut args, 1, "encoding");
    let errors = crate::builtins::args::arg_or_kw(&mut args, 2, "errors");
    super::no_more_kwargs("bytes", &args)?;
    if args.pos.len() > 3 {
        return Err(PyErr::type_error(format!("bytes() takes at most 3 arguments ({} given)", args.pos.len())));
    }
    let b = match source {
        None => {
            if encoding.is_some() || errors.is_some() {
                return Err(PyErr::type_error(if encoding.is_some() {
                    "encoding without a string argument"
                } else {
                    "errors without a string argument"
                }));
            }
            Vec::new()
        }
        Some(x) => bytes_from(vm, x, encoding, errors, "bytes")?,
    };
    let v = vm.new_bytes(b);
    Ok(wrap(vm, cls, vm.types.bytes, v))
}

fn bytearray_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let cls = split_cls(vm, &mut args, vm.types.bytearray)?;
    let v = vm.new_bytearray(Vec::new());
    Ok(wrap(vm, cls, vm.types.bytearray, v))
}

fn bytearray_init(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let this = args.pos.remove(0);
    let source = crate::builtins::args::arg_or_kw(&mut args, 0, "source");
    let encoding = crate::builtins::args::arg_or_kw(&mut args, 1, "encoding");
    let errors = crate::builtins::args::arg_or_kw(&mut args, 2, "errors");
    super::no_more_kwargs("bytearray", &args)?;
    if args.pos.len() > 3 {
        return Err(PyErr::type_error(format!("bytearray() takes at most 3 arguments ({} given)", args.pos.len())));
    }
    let b = match source {
        None => Vec::new(),
        Some(x) => bytes_from(vm, x, encoding, errors, "bytearray")?,
    };
    let inner = vm.builtin_value(this);
    if let Some(Obj::ByteArray(dst)) = inner.as_obj().map(|r| vm.heap.get_mut(r)) {
        *dst = b;
    }
    Ok(Value::None)
}

#[cfg(test)]
mod tests {
    use super::i64_decimal;

    #[test]
    fn decimal_digits_of_every_magnitude() {
        for i in [0, 7, -7, 10, -10, 1234567890, i64::MAX, i64::MIN, i64::MIN + 1] {
            assert_eq!(i64_decimal(i, &mut [0u8; 20]), i.to_string());
        }
    }
}

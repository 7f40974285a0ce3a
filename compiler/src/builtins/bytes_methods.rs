//! The methods of `bytes` and `bytearray` (shared implementations; results keep the
//! receiver's type), plus the `bytearray` mutators.

use crate::builtins::args::{check_method, check_method_fmt};
use crate::builtins::str_methods::codecs;
use crate::builtins::str_methods::common::{adjust, bind, check_ac, check_dunder, is_slice, opt_index, slice_indices};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::format::repr::bytes_repr;
use crate::value::{Args, IterState, NativeFn, NativeKind, Obj, Value};
use crate::vm::Vm;

pub fn register(vm: &mut Vm) {
    let shared: &[(&'static str, NativeFn)] = &[
        ("capitalize", b_capitalize),
        ("center", b_center),
        ("count", b_count),
        ("decode", b_decode),
        ("endswith", b_endswith),
        ("expandtabs", b_expandtabs),
        ("find", b_find),
        ("hex", b_hex),
        ("index", b_index),
        ("isalnum", b_isalnum),
        ("isalpha", b_isalpha),
        ("isascii", b_isascii),
        ("isdigit", b_isdigit),
        ("islower", b_islower),
        ("isspace", b_isspace),
        ("istitle", b_istitle),
        ("isupper", b_isupper),
        ("join", b_join),
        ("ljust", b_ljust),
        ("lower", b_lower),
        ("lstrip", b_lstrip),
        ("partition", b_partition),
        ("removeprefix", b_removeprefix),
        ("removesuffix", b_removesuffix),
        ("replace", b_replace),
        ("rfind", b_rfind),
        ("rindex", b_rindex),
        ("rjust", b_rjust),
        ("rpartition", b_rpartition),
        ("rsplit", b_rsplit),
        ("rstrip", b_rstrip),
        ("split", b_split),
        ("splitlines", b_splitlines),
        ("startswith", b_startswith),
        ("strip", b_strip),
        ("swapcase", b_swapcase),
        ("title", b_title),
        ("translate", b_translate),
        ("upper", b_upper),
        ("zfill", b_zfill),
        ("__len__", b_len),
        ("__getitem__", b_getitem),
        ("__contains__", b_contains),
        ("__add__", b_add),
        ("__mul__", b_mul),
        ("__rmul__", b_mul),
        ("__mod__", b_mod),
        ("__iter__", b_iter),
        ("__eq__", b_eq),
        ("__ne__", b_ne),
        ("__lt__", b_lt),
        ("__le__", b_le),
        ("__gt__", b_gt),
        ("__ge__", b_ge),
        ("__hash__", b_hash),
        ("__repr__", b_repr),
    ];
    for t in [vm.types.bytes, vm.types.bytearray] {
        for &(name, f) in shared {
            vm.add_method(t, name, f, NativeKind::Method);
        }
        vm.add_method(t, "fromhex", b_fromhex, NativeKind::ClassMethod);
        vm.add_method(t, "maketrans", b_maketrans, NativeKind::StaticMethod);
    }
    vm.add_method(vm.types.bytes, "__bytes__", b_bytes, NativeKind::Method);
    let ba = vm.types.bytearray;
    let mutators: &[(&'static str, NativeFn)] = &[
        ("append", ba_append),
        ("extend", ba_extend),
        ("insert", ba_insert),
        ("pop", ba_pop),
        ("remove", ba_remove),
        ("clear", ba_clear),
        ("reverse", ba_reverse),
        ("copy", ba_copy),
        ("__setitem__", ba_setitem),
        ("__delitem__", ba_delitem),
        ("__iadd__", ba_iadd),
        ("__imul__", ba_imul),
    ];
    for &(name, f) in mutators {
        vm.add_method(ba, name, f, NativeKind::Method);
    }
}

// ---- helpers ----

/// The bytes/bytearray value inside `v` (unwrapping subclass instances) and whether it is a
/// bytearray.
pub fn as_bytes_value(vm: &Vm, v: Value) -> Option<(Value, bool)> {
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Bytes(_) => Some((v, false)),
            Obj::ByteArray(_) => Some((v, true)),
            Obj::Instance(_) if vm.is_instance(v, vm.types.bytes) || vm.is_instance(v, vm.types.bytearray) => {
                let b = vm.builtin_value(v);
                match b {
                    Value::Obj(r) => match vm.heap.get(r) {
                        Obj::Bytes(_) => Some((b, false)),
                        Obj::ByteArray(_) => Some((b, true)),
                        _ => None,
                    },
                    _ => None,
                }
            }
            _ => None,
        },
        _ => None,
    }
}

/// The bytes of a buffer object written in Python (`memoryview`, `array.array`, a class with
/// `__buffer__`): `obj.__buffer__(0).tobytes()`. The VM has no C buffer protocol; this stands
/// for it wherever bytes and bytearray accept "a bytes-like object". `None` if `v` is not one.
pub fn buffer_bytes(vm: &mut Vm, v: Value) -> PyResult<Option<Vec<u8>>> {
    let Value::Obj(r) = v else { return Ok(None) };
    if !matches!(vm.heap.get(r), Obj::Instance(_)) || vm.lookup_mro(vm.type_of(v), "__buffer__").is_none() {
        return Ok(None);
    }
    let view = vm.call_method(v, "__buffer__", vec![Value::Int(0)])?;
    let b = vm.call_method(view, "tobytes", vec![])?;
    Ok(vm.heap.bytes(b).map(<[u8]>::to_vec))
}

fn recv(vm: &Vm, args: &Args, name: &str) -> PyResult<(Value, bool)> {
    let Some(&v) = args.pos.first() else {
        return Err(PyErr::type_error(format!("unbound method bytes.{name}() needs an argument")));
    };
    as_bytes_value(vm, v).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))
    })
}

#[inline]
fn data(vm: &Vm, v: Value) -> &[u8] {
    vm.heap.bytes(v).expect("bytes value")
}

/// `"bytes"` or `"bytearray"`, from the receiver, for messages.
fn owner(vm: &Vm, args: &Args) -> &'static str {
    match args.pos.first().and_then(|v| as_bytes_value(vm, *v)) {
        Some((_, true)) => "bytearray",
        _ => "bytes",
    }
}

fn tname(ba: bool) -> &'static str {
    if ba { "bytearray" } else { "bytes" }
}

fn mk(vm: &mut Vm, ba: bool, v: Vec<u8>) -> Value {
    if ba { vm.new_bytearray(v) } else { vm.new_bytes(v) }
}

/// A bytes-like argument: "a bytes-like object is required, not 'str'".
fn buf_param(vm: &Vm, v: Value) -> PyResult<Value> {
    as_bytes_value(vm, v)
        .map(|(b, _)| b)
        .ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

fn byte_value(vm: &mut Vm, v: Value) -> PyResult<u8> {
    let i = vm.index_i64(v)?;
    u8::try_from(i).map_err(|_| PyErr::value_error("byte must be in range(0, 256)"))
}

/// A search argument: bytes-like or an int byte value. Returns the needle bytes.
fn needle(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some((b, _)) = as_bytes_value(vm, v) {
        return Ok(data(vm, b).to_vec());
    }
    match v {
        Value::Int(_) | Value::Bool(_) => Ok(vec![byte_value(vm, v)?]),
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::BigInt(_)) => {
            Err(PyErr::value_error("byte must be in range(0, 256)"))
        }
        _ => Err(PyErr::type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.type_name(v)
        ))),
    }
}

/// First index of `n` in `h`.
pub fn find_bytes(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    if n.len() > h.len() {
        return None;
    }
    let first = n[0];
    let last_start = h.len() - n.len();
    let mut i = 0;
    while i <= last_start {
        match h[i..=last_start].iter().position(|&b| b == first) {
            Some(p) => {
                let at = i + p;
                if &h[at..at + n.len()] == n {
                    return Some(at);
                }
                i = at + 1;
            }
            None => return None,
        }
    }
    None
}

/// Last index of `n` in `h`.
pub fn rfind_bytes(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.len() > h.len() {
        return None;
    }
    (0..=h.len() - n.len()).rev().find(|&i| &h[i..i + n.len()] == n)
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn noargs(args: &Args, ba: bool, name: &str) -> PyResult<()> {
    check_method_fmt(format_args!("{}.{name}", tname(ba)), args, 0, 0)
}

// ---- case mapping and predicates ----

fn map_impl(vm: &mut Vm, args: Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let (s, ba) = recv(vm, &args, name)?;
    noargs(&args, ba, name)?;
    let out = f(data(vm, s));
    Ok(mk(vm, ba, out))
}

fn b_upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_impl(vm, args, "upper", |b| b.to_ascii_uppercase())
}
fn b_lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_impl(vm, args, "lower", |b| b.to_ascii_lowercase())
}
fn b_swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_impl(vm, args, "swapcase", |b| {
        b.iter()
            .map(|&c| {
                if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c
                }
            })
            .collect()
    })
}
fn b_capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_impl(vm, args, "capitalize", |b| {
        b.iter()
            .enumerate()
            .map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
            .collect()
    })
}
fn b_title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_impl(vm, args, "title", |b| {
        let mut prev = false;
        b.iter()
            .map(|&c| {
                let r = if prev { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
                prev = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn pred(vm: &mut Vm, args: Args, name: &str, f: fn(u8) -> bool) -> PyResult<Value> {
    let (s, ba) = recv(vm, &args, name)?;
    noargs(&args, ba, name)?;
    let d = data(vm, s);
    Ok(Value::Bool(!d.is_empty() && d.iter().all(|&c| f(c))))
}

fn b_isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isalnum", |c| c.is_ascii_alphanumeric())
}
fn b_isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isalpha", |c| c.is_ascii_alphabetic())
}
fn b_isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isdigit", |c| c.is_ascii_digit())
}
fn b_isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isspace", is_ws)
}
fn b_isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, ba) = recv(vm, &args, "isascii")?;
    noargs(&args, ba, "isascii")?;
    Ok(Value::Bool(data(vm, s).is_ascii()))
}
fn b_islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, ba) = recv(vm, &args, "islower")?;
    noargs(&args, ba, "islower")?;
    let d = data(vm, s);
    Ok(Value::Bool(d.iter().any(|c| c.is_ascii_lowercase()) && !d.iter().any(|c| c.is_ascii_uppercase())))
}
fn b_isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, ba) = recv(vm, &args, "isupper")?;
    noargs(&args, ba, "isupper")?;
    let d = data(vm, s);
    Ok(Value::Bool(d.iter().any(|c| c.is_ascii_uppercase()) && !d.iter().any(|c| c.is_ascii_lowercase())))
}
fn b_istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, ba) = recv(vm, &args, "istitle")?;
    noargs(&args, ba, "istitle")?;
    let mut cased = false;
    let mut prev = false;
    for &c in data(vm, s) {
        if c.is_ascii_uppercase() {
            if prev {
                return Ok(Value::Bool(false));
            }
            prev = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev {
                return Ok(Value::Bool(false));
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    Ok(Value::Bool(cased))
}

// ---- padding ----

fn fill_byte(vm: &Vm, v: Option<Value>, name: &str) -> PyResult<u8> {
    let Some(v) = v else { return Ok(b' ') };
    match as_bytes_value(vm, v) {
        Some((b, _)) if data(vm, b).len() == 1 => Ok(data(vm, b)[0]),
        _ => Err(PyErr::type_error(format!(
            "{name}() argument 2 must be a byte string of length 1, not {}",
            vm.type_name(v)
        ))),
    }
}

fn pad_impl(vm: &mut Vm, args: Args, name: &str, which: u8) -> PyResult<Value> {
    check_ac(owner(vm, &args), name, &args, 1, 2)?;
    let (s, ba) = recv(vm, &args, name)?;
    let width = crate::builtins::str_methods::common::width_arg(vm, args.pos[1])?;
    let fill = fill_byte(vm, args.pos.get(2).copied(), name)?;
    let d = data(vm, s);
    let len = d.len();
    if len >= width {
        if ba {
            let v = d.to_vec();
            return Ok(vm.new_bytearray(v));
        }
        return Ok(s);
    }
    let marg = width - len;
    let (left, right) = match which {
        b'l' => (0, marg),
        b'r' => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
    };
    let mut out = Vec::with_capacity(width);
    out.extend(std::iter::repeat_n(fill, left));
    out.extend_from_slice(d);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(mk(vm, ba, out))
}

fn b_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "center", b'c')
}
fn b_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "ljust", b'l')
}
fn b_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "rjust", b'r')
}

fn b_zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, ba) = recv(vm, &args, "zfill")?;
    check_method_fmt(format_args!("{}.zfill", tname(ba)), &args, 1, 1)?;
    let width = crate::builtins::str_methods::common::width_arg(vm, args.pos[1])?;
    let d = data(vm, s);
    let mut out = Vec::with_capacity(width.max(d.len()));
    if d.len() >= width {
        out.extend_from_slice(d);
    } else {
        let (sign, rest) = match d.first() {
            Some(b'+') | Some(b'-') => d.split_at(1),
            _ => (&d[..0], d),
        };
        out.extend_from_slice(sign);
        out.extend(std::iter::repeat_n(b'0', width - d.len()));
        out.extend_from_slice(rest);
    }
    Ok(mk(vm, ba, out))
}

fn b_expandtabs(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let a = bind("expandtabs", &mut args, &["tabsize"], 0)?;
    let (s, ba) = recv(vm, &args, "expandtabs")?;
    let tab = crate::builtins::str_methods::common::tabsize_arg(vm, a[0])?;
    let d = data(vm, s);
    let mut out = Vec::with_capacity(d.len() + 16);
    let mut col: i64 = 0;
    for &c in d {
        match c {
            b'\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    crate::error::check_alloc(out.len().saturating_add(n as usize))?;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(mk(vm, ba, out))
}

// ---- searching ----

fn find_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Value, Vec<u8>, i64, i64)> {
    check_ac(owner(vm, args), name, args, 1, 3)?;
    let (s, _) = recv(vm, args, name)?;
    let n = needle(vm, args.pos[1])?;
    let start = opt_index(vm, args.pos.get(2).copied())?;
    let end = opt_index(vm, args.pos.get(3).copied())?;
    let (a, b) = adjust(start, end, data(vm, s).len());
    Ok((s, n, a, b))
}

fn find_impl(vm: &mut Vm, args: &Args, name: &str, rev: bool) -> PyResult<i64> {
    let (s, n, a, b) = find_args(vm, args, name)?;
    if b - a < n.len() as i64 {
        return Ok(-1);
    }
    let h = &data(vm, s)[a as usize..b as usize];
    let r = if rev { rfind_bytes(h, &n) } else { find_bytes(h, &n) };
    Ok(r.map(|i| i as i64 + a).unwrap_or(-1))
}

fn b_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &args, "find", false)?))
}
fn b_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &args, "rfind", true)?))
}
fn b_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, &args, "index", false)? {
        -1 => Err(PyErr::value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}
fn b_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, &args, "rindex", true)? {
        -1 => Err(PyErr::value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}

fn b_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, n, a, b) = find_args(vm, &args, "count")?;
    if b < a {
        return Ok(Value::Int(0));
    }
    if n.is_empty() {
        return Ok(Value::Int(b - a + 1));
    }
    let mut h = &data(vm, s)[a as usize..b as usize];
    let mut count = 0;
    if n.len() == 1 {
        count = h.iter().filter(|&&c| c == n[0]).count();
    } else {
        while let Some(i) = find_bytes(h, &n) {
            count += 1;
            h = &h[i + n.len()..];
        }
    }
    Ok(Value::Int(count as i64))
}

fn affix_impl(vm: &mut Vm, args: Args, name: &str, suffix: bool) -> PyResult<Value> {
    check_ac(owner(vm, &args), name, &args, 1, 3)?;
    let (s, _) = recv(vm, &args, name)?;
    let start = opt_index(vm, args.pos.get(2).copied())?;
    let end = opt_index(vm, args.pos.get(3).copied())?;
    let arg = args.pos[1];
    let (single, cands): (bool, Vec<Value>) = match vm.heap.tuple(arg) {
        Some(t) => (false, t.clone()),
        None => (true, vec![arg]),
    };
    let len = data(vm, s).len();
    let (a, b) = adjust(start, end, len);
    // Like CPython, tuple items are checked one at a time: a match ends the search before a
    // later item of the wrong type is seen.
    for x in cands {
        let Some((c, _)) = as_bytes_value(vm, x) else {
            return Err(PyErr::type_error(if single {
                format!("{name} first arg must be bytes or a tuple of bytes, not {}", vm.type_name(arg))
            } else {
                format!("a bytes-like object is required, not '{}'", vm.type_name(x))
            }));
        };
        let h = data(vm, s);
        let n = data(vm, c);
        if b - a < n.len() as i64 || a > h.len() as i64 {
            continue;
        }
        let sub = &h[a as usize..b as usize];
        if (suffix && sub.ends_with(n)) || (!suffix && sub.starts_with(n)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn b_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, "startswith", false)
}
fn b_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, "endswith", true)
}

fn b_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_dunder(&args, 1)?;
    let (s, _) = recv(vm, &args, "__contains__")?;
    let v = args.pos[1];
    let n = match v {
        Value::Int(_) | Value::Bool(_) => vec![byte_value(vm, v)?],
        _ => match as_bytes_value(vm, v) {
            Some((b, _)) => data(vm, b).to_vec(),
            None => {
                if vm.to_bigint(v).is_some() {
                    return Err(PyErr::value_error("byte must be in range(0, 256)"));
                }
                return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))));
            }
        },
    };
    Ok(Value::Bool(find_bytes(data(vm, s), &n).is_some()))
}

// ---- building ----

fn b_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, ba) = recv(vm, &args, "join")?;
    check_method_fmt(format_args!("{}.join", tname(ba)), &args, 1, 1)?;
    let it = args.pos[1];
    let items: Vec<Value> = match vm.heap.seq_items(it) {
        Some(items) => items.to_vec(),
        None => {
            let iter = vm.iter(it).map_err(|e| match e {
                e if e.message().is_some_and(|(k, _)| k == ExcKind::TypeError) => {
                    PyErr::type_error("can only join an iterable")
                }
                e => e,
            })?;
            let mut v = Vec::new();
            while let Some(x) = vm.next(iter)? {
                v.push(x);
            }
            v
        }
    };
    let mut parts = Vec::with_capacity(items.len());
    let mut total = data(vm, s).len() * items.len().saturating_sub(1);
    // Bytes made from buffer objects stay rooted until joined (a call can collect).
    let base = vm.temp_roots.len();
    for (i, &x) in items.iter().enumerate() {
        match as_bytes_value(vm, x) {
            Some((b, _)) => {
                total += data(vm, b).len();
                parts.push(b);
            }
            None if let Some(b) = buffer_bytes(vm, x).inspect_err(|_| vm.temp_roots.truncate(base))? => {
                total += b.len();
                let b = vm.new_bytes(b);
                vm.temp_roots.push(b);
                parts.push(b);
            }
            None => {
                vm.temp_roots.truncate(base);
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    vm.type_name(x)
                )));
            }
        }
    }
    let sep = data(vm, s);
    let mut out = Vec::with_capacity(total);
    for (i, &p) in parts.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(data(vm, p));
    }
    vm.temp_roots.truncate(base);
    Ok(mk(vm, ba, out))
}

fn replace_bytes(h: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(h.len());
    let mut left = if count < 0 { usize::MAX } else { count as usize };
    if old.is_empty() {
        for (i, &c) in h.iter().enumerate() {
            if left > 0 {
                out.extend_from_slice(new);
                left -= 1;
            }
            out.push(c);
            if i + 1 == h.len() && left > 0 {
                out.extend_from_slice(new);
            }
        }
        if h.is_empty() && left > 0 {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut rest = h;
    while left > 0 {
        match find_bytes(rest, old) {
            Some(i) => {
                out.extend_from_slice(&rest[..i]);
                out.extend_from_slice(new);
                rest = &rest[i + old.len()..];
                left -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(rest);
    out
}

fn b_replace(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let a = bind("replace", &mut args, &["old", "new", "count"], 2)?;
    let (s, ba) = recv(vm, &args, "replace")?;
    let old = buf_param(vm, a[0].unwrap_or(Value::None))?;
    let new = buf_param(vm, a[1].unwrap_or(Value::None))?;
    let count = match a[2] {
        Some(v) => vm.index_i64(v)?,
        None => -1,
    };
    let out = replace_bytes(data(vm, s), data(vm, old), data(vm, new), count);
    Ok(mk(vm, ba, out))
}

fn affix_remove(vm: &mut Vm, args: Args, name: &str, suffix: bool) -> PyResult<Value> {
    let (s, ba) = recv(vm, &args, name)?;
    check_method_fmt(format_args!("{}.{name}", tname(ba)), &args, 1, 1)?;
    let p = buf_param(vm, args.pos[1])?;
    let (h, a) = (data(vm, s), data(vm, p));
    let out = if suffix { h.strip_suffix(a).unwrap_or(h).to_vec() } else { h.strip_prefix(a).unwrap_or(h).to_vec() };
    if !ba && out.len() == h.len() {
        return Ok(s);
    }
    Ok(mk(vm, ba, out))
}

fn b_removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_remove(vm, args, "removeprefix", false)
}
fn b_removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_remove(vm, args, "removesuffix", true)
}

fn strip_impl(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    check_ac(owner(vm, &args), name, &args, 0, 1)?;
    let (s, ba) = recv(vm, &args, name)?;
    let set: Option<Value> = match args.pos.get(1).copied() {
        None | Some(Value::None) => None,
        Some(v) => Some(buf_param(vm, v)?),
    };
    let mut table = [false; 256];
    match set {
        None => {
            for b in [b' ', b'\t', b'\n', b'\r', b'\x0b', b'\x0c'] {
                table[b as usize] = true;
            }
        }
        Some(v) => {
            for &b in data(vm, v) {
                table[b as usize] = true;
            }
        }
    }
    let d = data(vm, s);
    let mut a = 0;
    let mut b = d.len();
    if left {
        while a < b && table[d[a] as usize] {
            a += 1;
        }
    }
    if right {
        while b > a && table[d[b - 1] as usize] {
            b -= 1;
        }
    }
    if !ba && a == 0 && b == d.len() {
        return Ok(s);
    }
    let out = d[a..b].to_vec();
    Ok(mk(vm, ba, out))
}

fn b_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}
fn b_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}
fn b_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

// ---- splitting ----

fn split_args(vm: &mut Vm, args: &mut Args, name: &str) -> PyResult<(Value, bool, Option<Vec<u8>>, i64)> {
    let a = bind(name, args, &["sep", "maxsplit"], 0)?;
    let (s, ba) = recv(vm, args, name)?;
    let sep = match a[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let b = buf_param(vm, v)?;
            let d = data(vm, b).to_vec();
            if d.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            Some(d)
        }
    };
    let maxsplit = match a[1] {
        Some(v) => vm.index_i64(v)?,
        None => -1,
    };
    Ok((s, ba, sep, maxsplit))
}

/// Byte ranges of the pieces of `h` split on `sep` (or ASCII whitespace).
fn split_ranges(h: &[u8], sep: Option<&[u8]>, maxsplit: i64, rev: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut left = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    match sep {
        Some(sep) if !rev => {
            let mut start = 0;
            while left > 0 {
                match find_bytes(&h[start..], sep) {
                    Some(i) => {
                        out.push((start, start + i));
                        start += i + sep.len();
                        left -= 1;
                    }
                    None => break,
                }
            }
            out.push((start, h.len()));
        }
        Some(sep) => {
            let mut end = h.len();
            while left > 0 {
                match rfind_bytes(&h[..end], sep) {
                    Some(i) => {
                        out.push((i + sep.len(), end));
                        end = i;
                        left -= 1;
                    }
                    None => break,
                }
            }
            out.push((0, end));
            out.reverse();
        }
        None if !rev => {
            let mut i = 0;
            let n = h.len();
            while i < n && is_ws(h[i]) {
                i += 1;
            }
            while i < n {
                if left == 0 {
                    out.push((i, n));
                    break;
                }
                let st = i;
                while i < n && !is_ws(h[i]) {
                    i += 1;
                }
                out.push((st, i));
                left = left.saturating_sub(1);
                while i < n && is_ws(h[i]) {
                    i += 1;
                }
            }
        }
        None => {
            let mut j = h.len();
            while j > 0 && is_ws(h[j - 1]) {
                j -= 1;
            }
            while j > 0 {
                if left == 0 {
                    out.push((0, j));
                    break;
                }
                let en = j;
                while j > 0 && !is_ws(h[j - 1]) {
                    j -= 1;
                }
                out.push((j, en));
                left = left.saturating_sub(1);
                while j > 0 && is_ws(h[j - 1]) {
                    j -= 1;
                }
            }
            out.reverse();
        }
    }
    out
}

fn list_of(vm: &mut Vm, s: Value, ba: bool, ranges: Vec<(usize, usize)>) -> Value {
    let mut items = Vec::with_capacity(ranges.len());
    for (a, b) in ranges {
        let v = data(vm, s)[a..b].to_vec();
        items.push(mk(vm, ba, v));
    }
    vm.new_list(items)
}

fn b_split(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (s, ba, sep, maxsplit) = split_args(vm, &mut args, "split")?;
    let r = split_ranges(data(vm, s), sep.as_deref(), maxsplit, false);
    Ok(list_of(vm, s, ba, r))
}

fn b_rsplit(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (s, ba, sep, maxsplit) = split_args(vm, &mut args, "rsplit")?;
    let r = split_ranges(data(vm, s), sep.as_deref(), maxsplit, true);
    Ok(list_of(vm, s, ba, r))
}

fn b_splitlines(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let a = bind("splitlines", &mut args, &["keepends"], 0)?;
    let (s, ba) = recv(vm, &args, "splitlines")?;
    let keep = match a[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let d = data(vm, s);
    let mut r = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < d.len() {
        let c = d[i];
        if c == b'\n' || c == b'\r' {
            let mut end = i + 1;
            if c == b'\r' && d.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            r.push((start, if keep { end } else { i }));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < d.len() {
        r.push((start, d.len()));
    }
    Ok(list_of(vm, s, ba, r))
}

fn partition_impl(vm: &mut Vm, args: Args, name: &str, rev: bool) -> PyResult<Value> {
    let (s, ba) = recv(vm, &args, name)?;
    check_method_fmt(format_args!("{}.{name}", tname(ba)), &args, 1, 1)?;
    let sepv = buf_param(vm, args.pos[1])?;
    let sep = data(vm, sepv).to_vec();
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let d = data(vm, s);
    let found = if rev { rfind_bytes(d, &sep) } else { find_bytes(d, &sep) };
    let (a, m, b) = match found {
        Some(i) => (d[..i].to_vec(), sep.clone(), d[i + sep.len()..].to_vec()),
        None if rev => (Vec::new(), Vec::new(), d.to_vec()),
        None => (d.to_vec(), Vec::new(), Vec::new()),
    };
    let (a, m, b) = (mk(vm, ba, a), mk(vm, ba, m), mk(vm, ba, b));
    Ok(vm.new_tuple(vec![a, m, b]))
}

fn b_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}
fn b_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

// ---- translate / maketrans / hex ----

fn b_translate(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let a = bind("translate", &mut args, &["table", "delete"], 1)?;
    let (s, ba) = recv(vm, &args, "translate")?;
    let table: Option<Vec<u8>> = match a[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let t = buf_param(vm, v)?;
            let t = data(vm, t).to_vec();
            if t.len() != 256 {
                return Err(PyErr::value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let mut del = [false; 256];
    if let Some(v) = a[1] {
        let d = buf_param(vm, v)?;
        for &b in data(vm, d) {
            del[b as usize] = true;
        }
    }
    let out: Vec<u8> = data(vm, s)
        .iter()
        .filter(|&&c| !del[c as usize])
        .map(|&c| match &table {
            Some(t) => t[c as usize],
            None => c,
        })
        .collect();
    Ok(mk(vm, ba, out))
}

fn b_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::args::check("maketrans", &args, 2, 2)?;
    let a = buf_param(vm, args.pos[0])?;
    let b = buf_param(vm, args.pos[1])?;
    let (x, y) = (data(vm, a), data(vm, b));
    if x.len() != y.len() {
        return Err(PyErr::value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (&f, &to) in x.iter().zip(y) {
        t[f as usize] = to;
    }
    Ok(vm.new_bytes(t))
}

fn b_hex(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let a = bind("hex", &mut args, &["sep", "bytes_per_sep"], 0)?;
    let (s, _) = recv(vm, &args, "hex")?;
    let sep: Option<char> = match a[0] {
        None => None,
        Some(v) => {
            let text: String = if let Some(t) = vm.heap.str_of(v) {
                t.to_string()
            } else if let Some((b, _)) = as_bytes_value(vm, v) {
                data(vm, b).iter().map(|&c| c as char).collect()
            } else {
                return Err(PyErr::type_error(format!("object of type '{}' has no len()", vm.type_name(v))));
            };
            if text.chars().count() != 1 {
                return Err(PyErr::value_error("sep must be length 1."));
            }
            let c = text.chars().next().unwrap_or(' ');
            if !c.is_ascii() {
                return Err(PyErr::value_error("sep must be ASCII."));
            }
            Some(c)
        }
    };
    let per = match a[1] {
        Some(v) => vm.index_i64(v)?,
        None => 1,
    };
    let d = data(vm, s);
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(d.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, &c) in d.iter().enumerate() {
        if let Some(sep) = sep
            && i > 0
            && group > 0
        {
            let boundary = if per > 0 { (d.len() - i).is_multiple_of(group) } else { i.is_multiple_of(group) };
            if boundary {
                out.push(sep);
            }
        }
        out.push(HEX[(c >> 4) as usize] as char);
        out.push(HEX[(c & 15) as usize] as char);
    }
    Ok(vm.new_str(out))
}

fn b_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().and_then(|v| v.as_obj());
    let ba = cls == Some(vm.types.bytearray);
    let name = if ba { "bytearray.fromhex" } else { "bytes.fromhex" };
    check_method(name, &args, 1, 1)?;
    let Some(text) = vm.heap.str_of(args.pos[1]) else {
        return Err(PyErr::type_error(format!("fromhex() argument must be str, not {}", vm.type_name(args.pos[1]))));
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    let hexval = |c: char| c.to_digit(16);
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() || chars[i] == '\x0b' {
            i += 1;
            continue;
        }
        let Some(hi) = hexval(chars[i]) else {
            return Err(PyErr::value_error(format!("non-hexadecimal number found in fromhex() arg at position {i}")));
        };
        let Some(lo) = chars.get(i + 1).and_then(|&c| hexval(c)) else {
            return Err(PyErr::value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {}",
                i + 1
            )));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(mk(vm, ba, out))
}

fn b_decode(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let a = bind("decode", &mut args, &["encoding", "errors"], 0)?;
    let (s, _) = recv(vm, &args, "decode")?;
    let mut names = ["utf-8".to_string(), "strict".to_string()];
    for (i, what) in ["encoding", "errors"].iter().enumerate() {
        if let Some(v) = a[i] {
            match vm.heap.str_of(v) {
                Some(x) => names[i] = x.to_string(),
                None => {
                    return Err(PyErr::type_error(format!(
                        "decode() argument '{what}' must be str, not {}",
                        vm.type_name(v)
                    )));
                }
            }
        }
    }
    let out = if codecs::is_native_handler(&names[1], false) {
        codecs::decode(data(vm, s), codecs::Codec::lookup(&names[0])?, &names[1])?
    } else {
        let bytes = data(vm, s).to_vec();
        codecs::decode_any(vm, &bytes, &names[0], &names[1])?
    };
    Ok(vm.new_str(out))
}

// ---- dunders ----

fn b_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_dunder(&args, 0)?;
    let (s, _) = recv(vm, &args, "__len__")?;
    Ok(Value::Int(data(vm, s).len() as i64))
}

fn b_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_dunder(&args, 1)?;
    let (s, ba) = recv(vm, &args, "__getitem__")?;
    bytes_subscript(vm, s, ba, args.pos[1])
}

/// `b[key]` for a bytes/bytearray value.
pub fn bytes_subscript(vm: &mut Vm, s: Value, ba: bool, key: Value) -> PyResult<Value> {
    let len = data(vm, s).len();
    if is_slice(vm, key) {
        let (start, _, step, n) = slice_indices(vm, key, len)?;
        let d = data(vm, s);
        let out: Vec<u8> = if step == 1 {
            d[start as usize..start as usize + n].to_vec()
        } else {
            (0..n).map(|k| d[(start + k as i64 * step) as usize]).collect()
        };
        return Ok(mk(vm, ba, out));
    }
    let i = match key {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::BigInt(_) | Obj::Instance(_)) => vm.index_i64(key)?,
        _ => {
            return Err(PyErr::type_error(format!(
                "{} indices must be integers or slices, not {}",
                if ba { "bytearray" } else { "byte" },
                vm.type_name(key)
            )));
        }
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(PyErr::index_error(if ba { "bytearray index out of range" } else { "index out of range" }));
    }
    Ok(Value::Int(data(vm, s)[j as usize] as i64))
}

fn b_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_dunder(&args, 1)?;
    let (s, ba) = recv(vm, &args, "__add__")?;
    let o = args.pos[1];
    let Some((ov, _)) = as_bytes_value(vm, o) else {
        if let Some(b) = buffer_bytes(vm, o)? {
            let mut out = data(vm, s).to_vec();
            out.extend_from_slice(&b);
            return Ok(mk(vm, ba, out));
        }
        if matches!(o, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Instance(_))) {
            return Ok(vm.not_implemented());
        }
        return Err(PyErr::type_error(format!("can't concat {} to {}", vm.type_name(o), tname(ba))));
    };
    let (a, b) = (data(vm, s), data(vm, ov));
    let mut out = Vec::with_capacity(a.len() + b.len());
    out.extend_from_slice(a);
    out.extend_from_slice(b);
    Ok(mk(vm, ba, out))
}

fn repeat_count(vm: &mut Vm, o: Value) -> PyResult<Option<i64>> {
    match o {
        Value::Int(i) => Ok(Some(i)),
        Value::Bool(b) => Ok(Some(b as i64)),
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::BigInt(_)) => {
            Err(PyErr::overflow_error("cannot fit 'int' into an index-sized integer"))
        }
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Instance(_)) => {
            match vm.call_dunder_opt(o, "__index__", &[])? {
                Some(Value::Int(i)) => Ok(Some(i)),
                _ => Ok(None),
            }
        }
        _ => Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", vm.type_name(o)))),
    }
}

fn b_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_dunder(&args, 1)?;
    let (s, ba) = recv(vm, &args, "__mul__")?;
    let Some(n) = repeat_count(vm, args.pos[1])? else {
        return Ok(vm.not_implemented());
    };
    let d = data(vm, s);
    let n = n.max(0) as usize;
    if let Some(max) = vm.limits.max_heap_bytes
        && d.len().saturating_mul(n) > max
    {
        return Err(PyErr::new(ExcKind::MemoryError, "heap limit exceeded"));
    }
    let out = d.repeat(n);
    Ok(mk(vm, ba, out))
}

fn b_mod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_dunder(&args, 1)?;
    let (s, ba) = recv(vm, &args, "__mod__")?;
    let fmt = data(vm, s).to_vec();
    let out = crate::format::percent::percent_format_bytes(vm, &fmt, args.pos[1])?;
    Ok(mk(vm, ba, out))
}

fn b_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_dunder(&args, 0)?;
    let (s, _) = recv(vm, &args, "__iter__")?;
    let r = s.as_obj().expect("bytes object");
    Ok(vm.new_iter(IterState::Seq { seq: r, idx: 0, owned: false }))
}

fn cmp_impl(vm: &mut Vm, args: Args, name: &str, f: fn(std::cmp::Ordering) -> bool) -> PyResult<Value> {
    check_dunder(&args, 1)?;
    let (s, _) = recv(vm, &args, name)?;
    let Some((o, _)) = as_bytes_value(vm, args.pos[1]) else {
        return Ok(vm.not_implemented());
    };
    Ok(Value::Bool(f(data(vm, s).cmp(data(vm, o)))))
}

fn b_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp_impl(vm, args, "__eq__", |o| o.is_eq())
}
fn b_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp_impl(vm, args, "__ne__", |o| o.is_ne())
}
fn b_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp_impl(vm, args, "__lt__", |o| o.is_lt())
}
fn b_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp_impl(vm, args, "__le__", |o| o.is_le())
}
fn b_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp_impl(vm, args, "__gt__", |o| o.is_gt())
}
fn b_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp_impl(vm, args, "__ge__", |o| o.is_ge())
}

fn b_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_dunder(&args, 0)?;
    let (s, ba) = recv(vm, &args, "__hash__")?;
    if ba {
        return Err(PyErr::type_error("unhashable type: 'bytearray'"));
    }
    Ok(Value::Int(crate::value::str::hash_bytes(data(vm, s))))
}

/// `bytes.__bytes__`: the value itself, or an exact `bytes` copy of a subclass instance.
fn b_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, ba) = recv(vm, &args, "__bytes__")?;
    check_method("bytes.__bytes__", &args, 0, 0)?;
    if ba {
        return Err(PyErr::type_error(
            "descriptor '__bytes__' for 'bytes' objects doesn't apply to a 'bytearray' object",
        ));
    }
    if vm.type_of(args.pos[0]) == vm.types.bytes {
        return Ok(args.pos[0]);
    }
    let copy = data(vm, s).to_vec();
    Ok(vm.new_bytes(copy))
}

fn b_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_dunder(&args, 0)?;
    let (s, ba) = recv(vm, &args, "__repr__")?;
    let r = bytes_repr(data(vm, s), "b");
    let r = if ba { format!("bytearray({r})") } else { r };
    Ok(vm.new_str(r))
}

// ---- bytearray mutators ----

fn ba_recv(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    match recv(vm, args, name)? {
        (v, true) => Ok(v),
        (v, false) => Err(PyErr::type_error(format!(
            "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))),
    }
}

fn ba_mut(vm: &mut Vm, v: Value) -> &mut Vec<u8> {
    match vm.heap.get_mut(v.as_obj().expect("bytearray")) {
        Obj::ByteArray(b) => b,
        _ => panic!("not a bytearray"),
    }
}

fn ba_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method("bytearray.append", &args, 1, 1)?;
    let s = ba_recv(vm, &args, "append")?;
    let b = byte_value(vm, args.pos[1])?;
    ba_mut(vm, s).push(b);
    Ok(Value::None)
}

/// The bytes an iterable of ints (or a bytes-like object) stands for.
fn bytes_from_iterable(vm: &mut Vm, v: Value, what: &str) -> PyResult<Vec<u8>> {
    if let Some((b, _)) = as_bytes_value(vm, v) {
        return Ok(data(vm, b).to_vec());
    }
    if let Some(b) = buffer_bytes(vm, v)? {
        return Ok(b);
    }
    if vm.heap.str_of(v).is_some() {
        return Err(PyErr::type_error("expected iterable of integers; got: 'str'"));
    }
    if matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::None) {
        return Err(PyErr::type_error(format!("can't {what} bytearray with {}", vm.type_name(v))));
    }
    let items = vm.collect(v)?;
    let mut out = Vec::with_capacity(items.len());
    for x in items {
        out.push(byte_value(vm, x)?);
    }
    Ok(out)
}

fn ba_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method("bytearray.extend", &args, 1, 1)?;
    let s = ba_recv(vm, &args, "extend")?;
    let more = bytes_from_iterable(vm, args.pos[1], "extend")?;
    ba_mut(vm, s).extend_from_slice(&more);
    Ok(Value::None)
}

fn ba_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_ac("bytearray", "insert", &args, 2, 2)?;
    let s = ba_recv(vm, &args, "insert")?;
    let i = vm.index_i64(args.pos[1])?;
    let b = byte_value(vm, args.pos[2])?;
    let v = ba_mut(vm, s);
    let n = v.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    v.insert(at as usize, b);
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_ac("bytearray", "pop", &args, 0, 1)?;
    let s = ba_recv(vm, &args, "pop")?;
    let i = match args.pos.get(1) {
        Some(&v) => vm.index_i64(v)?,
        None => -1,
    };
    let v = ba_mut(vm, s);
    if v.is_empty() {
        return Err(PyErr::index_error("pop from empty bytearray"));
    }
    let n = v.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(PyErr::index_error("pop index out of range"));
    }
    Ok(Value::Int(v.remove(j as usize) as i64))
}

fn ba_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method("bytearray.remove", &args, 1, 1)?;
    let s = ba_recv(vm, &args, "remove")?;
    let b = byte_value(vm, args.pos[1])?;
    let v = ba_mut(vm, s);
    match v.iter().position(|&c| c == b) {
        Some(i) => {
            v.remove(i);
            Ok(Value::None)
        }
        None => Err(PyErr::value_error("value not found in bytearray")),
    }
}

fn ba_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method("bytearray.clear", &args, 0, 0)?;
    let s = ba_recv(vm, &args, "clear")?;
    ba_mut(vm, s).clear();
    Ok(Value::None)
}

fn ba_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method("bytearray.reverse", &args, 0, 0)?;
    let s = ba_recv(vm, &args, "reverse")?;
    ba_mut(vm, s).reverse();
    Ok(Value::None)
}

fn ba_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method("bytearray.copy", &args, 0, 0)?;
    let s = ba_recv(vm, &args, "copy")?;
    let v = data(vm, s).to_vec();
    Ok(vm.new_bytearray(v))
}

fn ba_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_dunder(&args, 2)?;
    let s = ba_recv(vm, &args, "__setitem__")?;
    let (key, val) = (args.pos[1], args.pos[2]);
    let len = data(vm, s).len();
    if is_slice(vm, key) {
        let (start, stop, step, n) = slice_indices(vm, key, len)?;
        let new = if as_bytes_value(vm, val).is_some() || !matches!(val, Value::Int(_) | Value::Bool(_)) {
            match bytes_from_iterable(vm, val, "assign") {
                Ok(b) => b,
                Err(_) => {
                    return Err(PyErr::type_error(
                        "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                    ));
                }
            }
        } else {
            return Err(PyErr::type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
        };
        let v = ba_mut(vm, s);
        if step == 1 {
            let a = start as usize;
            let b = (stop.max(start)) as usize;
            v.splice(a..b, new);
            return Ok(Value::None);
        }
        if new.len() != n {
            return Err(PyErr::value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {n}",
                new.len()
            )));
        }
        for (k, b) in new.into_iter().enumerate() {
            v[(start + k as i64 * step) as usize] = b;
        }
        return Ok(Value::None);
    }
    let i = vm.index_i64(key).map_err(|_| {
        PyErr::type_error(format!("bytearray indices must be integers or slices, not {}", vm.type_name(key)))
    })?;
    let b = byte_value(vm, val)?;
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(PyErr::index_error("bytearray index out of range"));
    }
    ba_mut(vm, s)[j as usize] = b;
    Ok(Value::None)
}

fn ba_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_dunder(&args, 1)?;
    let s = ba_recv(vm, &args, "__delitem__")?;
    let key = args.pos[1];
    let len = data(vm, s).len();
    if is_slice(vm, key) {
        let (start, _, step, n) = slice_indices(vm, key, len)?;
        let mut kill = vec![false; len];
        for k in 0..n {
            kill[(start + k as i64 * step) as usize] = true;
        }
        let v = ba_mut(vm, s);
        let mut idx = 0;
        v.retain(|_| {
            let keep = !kill[idx];
            idx += 1;
            keep
        });
        return Ok(Value::None);
    }
    let i = vm.index_i64(key).map_err(|_| {
        PyErr::type_error(format!("bytearray indices must be integers or slices, not {}", vm.type_name(key)))
    })?;
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(PyErr::index_error("bytearray index out of range"));
    }
    ba_mut(vm, s).remove(j as usize);
    Ok(Value::None)
}

fn ba_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_dunder(&args, 1)?;
    let s = ba_recv(vm, &args, "__iadd__")?;
    let o = args.pos[1];
    let Some((ov, _)) = as_bytes_value(vm, o) else {
        return Err(PyErr::type_error(format!("can't concat {} to bytearray", vm.type_name(o))));
    };
    let more = data(vm, ov).to_vec();
    ba_mut(vm, s).extend_from_slice(&more);
    Ok(args.pos[0])
}

fn ba_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_dunder(&args, 1)?;
    let s = ba_recv(vm, &args, "__imul__")?;
    let Some(n) = repeat_count(vm, args.pos[1])? else {
        return Ok(vm.not_implemented());
    };
    let v = ba_mut(vm, s);
    let rep = v.repeat(n.max(0) as usize);
    *v = rep;
    Ok(args.pos[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searching() {
        assert_eq!(find_bytes(b"hello", b"ll"), Some(2));
        assert_eq!(find_bytes(b"hello", b"lo"), Some(3));
        assert_eq!(find_bytes(b"hello", b"lx"), None);
        assert_eq!(rfind_bytes(b"hello", b"l"), Some(3));
        assert_eq!(rfind_bytes(b"hello", b""), Some(5));
    }

    #[test]
    fn replacing() {
        assert_eq!(replace_bytes(b"aXbXc", b"X", b"--", -1), b"a--b--c");
        assert_eq!(replace_bytes(b"aXbXc", b"X", b"", 1), b"abXc");
        assert_eq!(replace_bytes(b"abc", b"", b"-", -1), b"-a-b-c-");
        assert_eq!(replace_bytes(b"abc", b"", b"-", 2), b"-a-bc");
        assert_eq!(replace_bytes(b"", b"", b"-", -1), b"-");
    }

    #[test]
    fn splitting() {
        let r = split_ranges(b"  a b  c ", None, -1, false);
        assert_eq!(r, vec![(2, 3), (4, 5), (7, 8)]);
        let r = split_ranges(b"  a b  c ", None, 1, true);
        assert_eq!(r, vec![(0, 5), (7, 8)]);
        let r = split_ranges(b"a,b,,c", Some(b","), 2, false);
        assert_eq!(r, vec![(0, 1), (2, 3), (4, 6)]);
        let r = split_ranges(b"a,b,,c", Some(b","), 1, true);
        assert_eq!(r, vec![(0, 4), (5, 6)]);
    }
}

//! `_struct`: the Rust half of `struct` (whose `Struct` class is Python, `runtime/std/struct.py`):
//! format parsing, `pack`/`unpack` and friends over bytes and bytearray, with CPython's sizes
//! and alignment for x86-64 Linux in native (`@`) mode, so packed bytes match CPython there.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::builtins::functions::index_bigint;
use crate::error::{PyErr, PyResult};
use crate::value::*;
use crate::vm::Vm;

/// One format code with its repeat count and where it starts.
struct Item {
    code: u8,
    count: usize,
    offset: usize,
    /// Bytes of one element (of the whole field for `s`/`p`, which take `count` bytes).
    size: usize,
}

struct Layout {
    little: bool,
    items: Vec<Item>,
    size: usize,
    /// How many Python values `pack` takes and `unpack` returns.
    values: usize,
}

impl Layout {
    fn parse(fmt: &[u8]) -> Result<Layout, String> {
        // `@` (the default): native sizes and alignment; `n`, `N` and `P` exist only there.
        let (little, native, body) = match fmt.first() {
            Some(b'<') => (true, false, &fmt[1..]),
            Some(b'>') | Some(b'!') => (false, false, &fmt[1..]),
            Some(b'=') => (cfg!(target_endian = "little"), false, &fmt[1..]),
            Some(b'@') => (cfg!(target_endian = "little"), true, &fmt[1..]),
            _ => (cfg!(target_endian = "little"), true, fmt),
        };
        let mut items = Vec::new();
        let (mut offset, mut values) = (0usize, 0usize);
        let mut i = 0;
        let too_long = || "total struct size too long".to_string();
        while i < body.len() {
            let mut c = body[i];
            i += 1;
            if c.is_ascii_whitespace() {
                continue;
            }
            let mut count = 1usize;
            if c.is_ascii_digit() {
                count = (c - b'0') as usize;
                loop {
                    let Some(&d) = body.get(i) else {
                        return Err("repeat count given without format specifier".into());
                    };
                    i += 1;
                    if !d.is_ascii_digit() {
                        c = d;
                        break;
                    }
                    count =
                        count.checked_mul(10).and_then(|n| n.checked_add((d - b'0') as usize)).ok_or_else(too_long)?;
                }
            }
            let size = code_size(c, native).ok_or_else(|| "bad char in struct format".to_string())?;
            if native && size > 1 {
                offset = offset.div_ceil(size).checked_mul(size).ok_or_else(too_long)?;
            }
            let bytes = if matches!(c, b's' | b'p') { count } else { size.checked_mul(count).ok_or_else(too_long)? };
            items.push(Item { code: c, count, offset, size: if matches!(c, b's' | b'p') { count } else { size } });
            offset = offset.checked_add(bytes).filter(|&n| n <= isize::MAX as usize).ok_or_else(too_long)?;
            values += match c {
                b'x' => 0,
                b's' | b'p' => 1,
                _ => count,
            };
        }
        Ok(Layout { little, items, size: offset, values })
    }
}

/// Size of one element of `code`; `None` for a code that does not exist in this mode.
fn code_size(code: u8, native: bool) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

/// `struct.error` (created by `init`), looked up when raising.
fn error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    let cls = vm
        .dict_get_str(vm.modules, "_struct")
        .and_then(|m| vm.getattr_opt(m, "error").ok().flatten())
        .and_then(|c| c.as_obj());
    match cls {
        Some(c) => {
            let m = vm.new_str(msg.into());
            PyErr::obj(vm.new_exception_of(c, vec![m]))
        }
        None => PyErr::runtime_error(msg.into()),
    }
}

/// The format argument: a str or bytes object.
/// How many parsed formats `format_arg` keeps.
const PARSED_KEPT: usize = 16;

/// A format's text and its parsed layout.
type Parsed = (Box<[u8]>, Rc<Layout>);

thread_local! {
    /// The formats parsed last (CPython's `struct` keeps such a cache too), most recent
    /// last: a loop packing or unpacking with one format parses it once. Parsing is pure, so
    /// every VM of the thread may share them.
    static PARSED: RefCell<Vec<Parsed>> = const { RefCell::new(Vec::new()) };
}

fn format_arg(vm: &mut Vm, v: Value) -> PyResult<Rc<Layout>> {
    let text: &[u8] = if let Some(s) = vm.heap.str_of(v) {
        s.as_bytes()
    } else if let Some(Obj::Bytes(b)) = v.as_obj().map(|r| vm.heap.get(r)) {
        b
    } else {
        return Err(PyErr::type_error(format!(
            "Struct() argument 1 must be a str or bytes object, not {}",
            vm.type_name(v)
        )));
    };
    let known = PARSED.with_borrow(|p| p.iter().rev().find(|(t, _)| **t == *text).map(|(_, l)| l.clone()));
    if let Some(layout) = known {
        return Ok(layout);
    }
    let text: Box<[u8]> = text.into();
    let layout = Rc::new(Layout::parse(&text).map_err(|m| error(vm, m))?);
    PARSED.with_borrow_mut(|p| {
        if p.len() == PARSED_KEPT {
            p.remove(0);
        }
        p.push((text, layout.clone()));
    });
    Ok(layout)
}

/// The bytes of a bytes-like argument (bytes, bytearray, or an object with `__bytes__`, such
/// as `array.array`).
fn buffer_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    let src = bytes_source(vm, v)?;
    Ok(vm.heap.bytes(src).map_or_else(Vec::new, <[u8]>::to_vec))
}

/// `v` itself when it is bytes or bytearray, else what its `__bytes__` returns (such as
/// `array.array`'s), so that callers read just the part they need.
fn bytes_source(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if vm.heap.bytes(v).is_some() {
        return Ok(v);
    }
    if vm.heap.str_of(v).is_none()
        && matches!(v, Value::Obj(_))
        && let Some(r) = vm.call_dunder_opt(v, "__bytes__", &[])?
        && vm.heap.bytes(r).is_some()
    {
        return Ok(r);
    }
    Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

fn int_range(code: u8, size: usize) -> (i128, i128) {
    let bits = size as u32 * 8;
    if code.is_ascii_uppercase() || code == b'P' {
        (0, (1i128 << bits) - 1)
    } else {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    }
}

fn put(out: &mut [u8], little: bool, raw: u64, size: usize) {
    for k in 0..size {
        let byte = (raw >> (8 * k)) as u8;
        let at = if little { k } else { size - 1 - k };
        out[at] = byte;
    }
}

fn get(src: &[u8], little: bool) -> u64 {
    let mut raw = 0u64;
    for k in 0..src.len() {
        let byte = if little { src[k] } else { src[src.len() - 1 - k] };
        raw |= (byte as u64) << (8 * k);
    }
    raw
}

fn pack_int(vm: &mut Vm, v: Value, code: u8, size: usize) -> PyResult<u64> {
    let n: BigInt = match index_bigint(vm, v) {
        Ok(n) => n,
        Err(e) if e.kind() == Some(crate::error::ExcKind::TypeError) => {
            return Err(error(vm, "required argument is not an integer"));
        }
        Err(e) => return Err(e),
    };
    let (lo, hi) = int_range(code, size);
    match n.to_i128() {
        Some(x) if x >= lo && x <= hi => Ok(x as u64),
        // `P` takes any pointer-sized value, signed or not.
        Some(x) if code == b'P' && x >= -(1i128 << 63) => Ok(x as u64),
        _ => Err(error(vm, format!("'{}' format requires {lo} <= number <= {hi}", code as char))),
    }
}

fn pack_float(vm: &mut Vm, v: Value) -> PyResult<f64> {
    let numeric = !v.is_none() && vm.heap.str_of(v).is_none();
    match if numeric { vm.to_f64(v) } else { Err(PyErr::type_error("")) } {
        Ok(f) => Ok(f64::from_bits(crate::value::num::canonical_float_bits(f))),
        Err(e) if e.kind() == Some(crate::error::ExcKind::OverflowError) => Err(e),
        Err(_) => Err(error(vm, "required argument is not a float")),
    }
}

/// IEEE 754 binary16 bits of `x`, rounding half to even; `None` when it overflows.
fn f64_to_half(x: f64) -> Option<u16> {
    let sign = if x.is_sign_negative() { 0x8000u16 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a == 0.0 {
        return Some(sign);
    }
    let min_normal = 2f64.powi(-14);
    if a < min_normal {
        // Subnormal: units of 2^-24 (1024 units rounds up into the smallest normal).
        let m = (a * 2f64.powi(24)).round_ties_even() as u16;
        return Some(sign | m);
    }
    let mut e = a.log2().floor() as i32;
    // log2 can be off by one next to powers of two.
    if 2f64.powi(e) > a {
        e -= 1;
    } else if 2f64.powi(e + 1) <= a {
        e += 1;
    }
    let mut m = ((a / 2f64.powi(e) - 1.0) * 1024.0).round_ties_even() as u32;
    if m == 1024 {
        m = 0;
        e += 1;
    }
    if e > 15 {
        return None;
    }
    Some(sign | (((e + 15) as u16) << 10) | m as u16)
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

fn bytes_value(vm: &Vm, v: Value) -> Option<Vec<u8>> {
    match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Bytes(b)) | Some(Obj::ByteArray(b)) => Some(b.clone()),
        _ => None,
    }
}

/// Packs `values` into `out` (already `layout.size` long and zeroed).
fn pack_values(vm: &mut Vm, layout: &Layout, values: &[Value], out: &mut [u8]) -> PyResult<()> {
    if values.len() != layout.values {
        return Err(error(vm, format!("pack expected {} items for packing (got {})", layout.values, values.len())));
    }
    let mut next = values.iter().copied();
    let little = layout.little;
    for item in &layout.items {
        let Item { code, count, offset, size } = *item;
        match code {
            b'x' => {}
            b's' | b'p' => {
                let v = next.next().unwrap_or(Value::None);
                let Some(data) = bytes_value(vm, v) else {
                    return Err(error(vm, format!("argument for '{}' must be a bytes object", code as char)));
                };
                let field = &mut out[offset..offset + count];
                if code == b's' {
                    let n = data.len().min(count);
                    field[..n].copy_from_slice(&data[..n]);
                } else if count > 0 {
                    let n = data.len().min(count - 1);
                    field[0] = n.min(255) as u8;
                    field[1..1 + n].copy_from_slice(&data[..n]);
                }
            }
            _ => {
                for k in 0..count {
                    let v = next.next().unwrap_or(Value::None);
                    let at = offset + k * size;
                    let slot = &mut out[at..at + size];
                    match code {
                        b'c' => match bytes_value(vm, v) {
                            Some(b) if b.len() == 1 => slot[0] = b[0],
                            _ => return Err(error(vm, "char format requires a bytes object of length 1")),
                        },
                        b'?' => slot[0] = vm.truthy(v)? as u8,
                        b'e' => {
                            let f = pack_float(vm, v)?;
                            let Some(h) = f64_to_half(f) else {
                                return Err(PyErr::overflow_error("float too large to pack with e format"));
                            };
                            put(slot, little, h as u64, 2);
                        }
                        b'f' => {
                            let f = pack_float(vm, v)?;
                            let g = f as f32;
                            if g.is_infinite() && f.is_finite() {
                                return Err(PyErr::overflow_error("float too large to pack with f format"));
                            }
                            put(slot, little, g.to_bits() as u64, 4);
                        }
                        b'd' => {
                            let f = pack_float(vm, v)?;
                            put(slot, little, f.to_bits(), 8);
                        }
                        _ => {
                            let raw = pack_int(vm, v, code, size)?;
                            put(slot, little, raw, size);
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

fn unpack_values(vm: &mut Vm, layout: &Layout, data: &[u8]) -> Value {
    let mut out = Vec::with_capacity(layout.values);
    let little = layout.little;
    for item in &layout.items {
        let Item { code, count, offset, size } = *item;
        match code {
            b'x' => {}
            b's' => out.push(vm.new_bytes(data[offset..offset + count].to_vec())),
            b'p' => {
                let v = if count == 0 {
                    Vec::new()
                } else {
                    let n = (data[offset] as usize).min(count - 1);
                    data[offset + 1..offset + 1 + n].to_vec()
                };
                out.push(vm.new_bytes(v));
            }
            _ => {
                for k in 0..count {
                    let at = offset + k * size;
                    let slot = &data[at..at + size];
                    let raw = get(slot, little);
                    let v = match code {
                        b'c' => vm.new_bytes(vec![slot[0]]),
                        b'?' => Value::Bool(slot[0] != 0),
                        b'e' => Value::Float(half_to_f64(raw as u16)),
                        b'f' => Value::Float(f32::from_bits(raw as u32) as f64),
                        b'd' => Value::Float(f64::from_bits(raw)),
                        _ if code.is_ascii_uppercase() || code == b'P' => match i64::try_from(raw) {
                            Ok(i) => Value::Int(i),
                            Err(_) => vm.new_bigint(BigInt::from(raw)),
                        },
                        _ => {
                            // Sign-extend from `size` bytes.
                            let shift = 64 - 8 * size as u32;
                            Value::Int(((raw << shift) as i64) >> shift)
                        }
                    };
                    out.push(v);
                }
            }
        }
    }
    vm.new_tuple(out)
}

fn need_format(a: &Args, name: &str) -> PyResult<()> {
    if a.pos.is_empty() {
        let what = if name == "pack" {
            "missing format argument".to_string()
        } else {
            format!("{name}() missing required argument 'format' (pos 1)")
        };
        return Err(PyErr::type_error(what));
    }
    Ok(())
}

fn pack(vm: &mut Vm, a: Args) -> PyResult<Value> {
    need_format(&a, "pack")?;
    crate::builtins::args::check_kw("pack", &a, &[])?;
    let layout = format_arg(vm, a.pos[0])?;
    let mut out = vec![0u8; layout.size];
    pack_values(vm, &layout, &a.pos[1..], &mut out)?;
    Ok(vm.new_bytes(out))
}

fn pack_into(vm: &mut Vm, a: Args) -> PyResult<Value> {
    need_format(&a, "pack_into")?;
    crate::builtins::args::check_kw("pack_into", &a, &[])?;
    let layout = format_arg(vm, a.pos[0])?;
    if a.pos.len() < 3 {
        let what = if a.pos.len() < 2 { "buffer" } else { "offset" };
        return Err(PyErr::type_error(format!("pack_into expected {what} argument")));
    }
    let target = a.pos[1];
    let buf_len = match target.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::ByteArray(b)) => b.len(),
        _ => {
            return Err(PyErr::type_error(format!(
                "argument must be read-write bytes-like object, not {}",
                vm.type_name(target)
            )));
        }
    };
    let mut offset = vm.index_i64(a.pos[2])?;
    if offset < 0 {
        if offset + (layout.size as i64) > 0 {
            return Err(error(vm, format!("no space to pack {} bytes at offset {offset}", layout.size)));
        }
        if offset + (buf_len as i64) < 0 {
            return Err(error(vm, format!("offset {offset} out of range for {buf_len}-byte buffer")));
        }
        offset += buf_len as i64;
    }
    let offset = offset as usize;
    if buf_len < offset.saturating_add(layout.size) {
        return Err(error(
            vm,
            format!(
                "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {offset} (actual buffer size is {buf_len})",
                offset + layout.size,
                layout.size
            ),
        ));
    }
    let mut out = vec![0u8; layout.size];
    pack_values(vm, &layout, &a.pos[3..], &mut out)?;
    if let Some(r) = target.as_obj()
        && let Obj::ByteArray(b) = vm.heap.get_mut(r)
        && b.len() >= offset + out.len()
    {
        b[offset..offset + out.len()].copy_from_slice(&out);
    }
    Ok(Value::None)
}

fn unpack(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::builtins::args::check("unpack", &a, 2, 2)?;
    let layout = format_arg(vm, a.pos[0])?;
    let data = buffer_arg(vm, a.pos[1])?;
    if data.len() != layout.size {
        return Err(error(vm, format!("unpack requires a buffer of {} bytes", layout.size)));
    }
    Ok(unpack_values(vm, &layout, &data))
}

fn unpack_from(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    crate::builtins::args::check_kw("unpack_from", &a, &["offset", "buffer"])?;
    let buffer = crate::builtins::args::arg_or_kw(&mut a, 1, "buffer");
    let offset = crate::builtins::args::arg_or_kw(&mut a, 2, "offset");
    need_format(&a, "unpack_from")?;
    let Some(buffer) = buffer else {
        return Err(PyErr::type_error("unpack_from() missing required argument 'buffer' (pos 2)"));
    };
    let layout = format_arg(vm, a.pos[0])?;
    // Only the record is copied: a loop reading a large buffer record by record stays linear.
    let src = bytes_source(vm, buffer)?;
    vm.temp_roots.push(src);
    let offset = match offset {
        Some(o) => vm.index_i64(o),
        None => Ok(0),
    };
    vm.temp_roots.pop();
    let mut offset = offset?;
    let len = vm.heap.bytes(src).map_or(0, <[u8]>::len);
    if offset < 0 {
        if offset + (len as i64) < 0 {
            return Err(error(vm, format!("offset {offset} out of range for {len}-byte buffer")));
        }
        offset += len as i64;
    }
    let offset = offset as usize;
    if len < offset.saturating_add(layout.size) {
        let msg = format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {offset} (actual buffer size is {len})",
            offset + layout.size,
            layout.size,
        );
        return Err(error(vm, msg));
    }
    let record = vm.heap.bytes(src).map_or_else(Vec::new, |b| b[offset..offset + layout.size].to_vec());
    Ok(unpack_values(vm, &layout, &record))
}

/// `iter_unpack(format, buffer)`: an iterator over the unpacked records (made eagerly).
fn iter_unpack(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::builtins::args::check("iter_unpack", &a, 2, 2)?;
    let layout = format_arg(vm, a.pos[0])?;
    let data = buffer_arg(vm, a.pos[1])?;
    if layout.size == 0 {
        return Err(error(vm, "cannot iteratively unpack with a struct of length 0"));
    }
    if data.len() % layout.size != 0 {
        return Err(error(vm, format!("iterative unpacking requires a buffer of a multiple of {} bytes", layout.size)));
    }
    let mut records = Vec::with_capacity(data.len() / layout.size);
    for chunk in data.chunks(layout.size) {
        let t = unpack_values(vm, &layout, chunk);
        vm.temp_roots.push(t);
        records.push(t);
    }
    let list = vm.new_list(records.clone());
    for _ in &records {
        vm.temp_roots.pop();
    }
    vm.iter(list)
}

fn calcsize(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::builtins::args::check("calcsize", &a, 1, 1)?;
    let layout = format_arg(vm, a.pos[0])?;
    Ok(Value::Int(layout.size as i64))
}

fn clearcache(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::None)
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_struct");
    let fns: [(&'static str, NativeFn); 7] = [
        ("pack", pack),
        ("pack_into", pack_into),
        ("unpack", unpack),
        ("unpack_from", unpack_from),
        ("iter_unpack", iter_unpack),
        ("calcsize", calcsize),
        ("_clearcache", clearcache),
    ];
    for (n, f) in fns {
        vm.module_add_fn(m, n, f);
    }
    crate::modules::operator::run_module_source(
        vm,
        m,
        "class error(Exception):\n    __module__ = 'struct'\n",
        "<_struct>",
    )?;
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn native_alignment_and_sizes() {
        let size = |f: &str| Layout::parse(f.as_bytes()).map(|l| l.size);
        assert_eq!(size("@bi"), Ok(8));
        assert_eq!(size("@ib"), Ok(5));
        assert_eq!(size("=bq"), Ok(9));
        assert_eq!(size("ci0l"), Ok(8));
        assert_eq!(size("<l"), Ok(4));
        assert_eq!(size("3s2p"), Ok(5));
        assert_eq!(size("<n").unwrap_err(), "bad char in struct format");
        assert_eq!(size("i3").unwrap_err(), "repeat count given without format specifier");
    }

    #[test]
    fn half_floats_round_trip() {
        for (x, bits) in
            [(1.5, 0x3e00u16), (1.0, 0x3c00), (65504.0, 0x7bff), (-2.0, 0xc000), (5.960464477539063e-08, 1)]
        {
            assert_eq!(f64_to_half(x), Some(bits));
            assert_eq!(half_to_f64(bits), x);
        }
        assert_eq!(f64_to_half(65520.0), None);
        assert_eq!(f64_to_half(65519.0), Some(0x7bff));
    }
}

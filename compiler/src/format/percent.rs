//! printf-style formatting: `str % args` and `bytes % args`.

use num_bigint::BigInt;
use num_traits::Signed;

use super::float_repr::{FloatStyle, format_abs};
use super::repr::{ascii_escape, bytes_repr};
use crate::error::{PyErr, PyResult};
use crate::value::{Obj, Value};
use crate::vm::Vm;

/// One parsed conversion specifier.
struct Conv {
    left: bool,
    sign: Option<u8>,
    alt: bool,
    zero: bool,
    width: Option<usize>,
    prec: Option<usize>,
    ch: u8,
}

/// Where the arguments come from.
struct ArgState {
    items: Vec<Value>,
    idx: usize,
    /// The mapping for `%(key)s`, when the argument is one.
    dict: Option<Value>,
}

impl ArgState {
    fn new(vm: &mut Vm, args: Value) -> ArgState {
        let inner = match args {
            Value::Obj(r) if matches!(vm.heap.get(r), Obj::Instance(_)) && vm.is_instance(args, vm.types.tuple) => {
                vm.builtin_value(args)
            }
            _ => args,
        };
        let (items, is_tuple) = match vm.heap.tuple(inner) {
            Some(t) => (t.clone(), true),
            None => (vec![args], false),
        };
        let dict = if !is_tuple && is_mapping(vm, args) { Some(args) } else { None };
        ArgState { items, idx: 0, dict }
    }

    fn next(&mut self) -> PyResult<Value> {
        match self.items.get(self.idx) {
            Some(v) => {
                self.idx += 1;
                Ok(*v)
            }
            None => Err(PyErr::type_error("not enough arguments for format string")),
        }
    }
}

/// CPython's `PyMapping_Check` minus `str`/`tuple`: anything subscriptable by key.
fn is_mapping(vm: &mut Vm, v: Value) -> bool {
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Dict(_) | Obj::List(_) | Obj::Bytes(_) | Obj::ByteArray(_) | Obj::Range { .. } | Obj::BigRange(_) => {
                true
            }
            Obj::Str(_) | Obj::Tuple(_) => false,
            Obj::Instance(_) => {
                let cls = vm.type_of(v);
                vm.lookup_mro(cls, "__getitem__").is_some()
            }
            _ => false,
        },
        _ => false,
    }
}

fn star_arg(vm: &mut Vm, st: &mut ArgState) -> PyResult<i64> {
    let v = st.next()?;
    match v {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        _ => {
            if vm.to_bigint(v).is_some() {
                return Err(PyErr::overflow_error("Python int too large to convert to C ssize_t"));
            }
            Err(PyErr::type_error("* wants int"))
        }
    }
}

fn parse_digits(fmt: &[u8], pos: &mut usize) -> Result<usize, ()> {
    let mut n: usize = 0;
    while *pos < fmt.len() && fmt[*pos].is_ascii_digit() {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add((fmt[*pos] - b'0') as usize))
            .filter(|&n| n <= i32::MAX as usize)
            .ok_or(())?;
        *pos += 1;
    }
    Ok(n)
}

/// Appends one converted argument to the output (`str` and `bytes` each have one).
type Converter<'a> = dyn FnMut(&mut Vm, &Conv, Value, &mut Vec<u8>) -> PyResult<()> + 'a;

/// The shared driver: copies literal text, parses each `%` specifier, fetches its argument
/// and hands it to `convert`, which appends the converted text to `out`.
fn drive(
    vm: &mut Vm,
    fmt: &[u8],
    args: Value,
    is_bytes: bool,
    // `dyn`: one copy of this driver serves both `str` and `bytes` (a generic made two).
    convert: &mut Converter,
) -> PyResult<Vec<u8>> {
    let mut st = ArgState::new(vm, args);
    let mut out = Vec::with_capacity(fmt.len() + 16);
    let mut pos = 0;
    while pos < fmt.len() {
        let Some(off) = fmt[pos..].iter().position(|&b| b == b'%') else {
            out.extend_from_slice(&fmt[pos..]);
            break;
        };
        out.extend_from_slice(&fmt[pos..pos + off]);
        pos += off + 1;
        if pos < fmt.len() && fmt[pos] == b'%' {
            out.push(b'%');
            pos += 1;
            continue;
        }
        // Mapping key.
        let mut keyed: Option<Value> = None;
        if pos < fmt.len() && fmt[pos] == b'(' {
            let Some(dict) = st.dict else {
                return Err(PyErr::type_error("format requires a mapping"));
            };
            pos += 1;
            let start = pos;
            let mut depth = 1;
            while pos < fmt.len() {
                match fmt[pos] {
                    b'(' => depth += 1,
                    b')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                pos += 1;
            }
            if depth != 0 {
                return Err(PyErr::value_error("incomplete format key"));
            }
            let key = if is_bytes {
                vm.new_bytes(fmt[start..pos].to_vec())
            } else {
                let s = std::str::from_utf8(&fmt[start..pos]).unwrap_or("");
                vm.new_str(s)
            };
            pos += 1;
            keyed = Some(vm.getitem(dict, key)?);
            // CPython: after a keyed conversion no positional argument is left.
            st.items.clear();
            st.idx = 0;
        }
        let mut c = Conv { left: false, sign: None, alt: false, zero: false, width: None, prec: None, ch: 0 };
        while pos < fmt.len() {
            match fmt[pos] {
                b'-' => c.left = true,
                b'+' => c.sign = Some(b'+'),
                b' ' => {
                    if c.sign.is_none() {
                        c.sign = Some(b' ')
                    }
                }
                b'#' => c.alt = true,
                b'0' => c.zero = true,
                _ => break,
            }
            pos += 1;
        }
        if pos < fmt.len() && fmt[pos] == b'*' {
            let w = star_arg(vm, &mut st)?;
            // A width no string can have: CPython fails to allocate it.
            if w.unsigned_abs() > i32::MAX as u64
                || vm.limits.max_heap_bytes.is_some_and(|m| w.unsigned_abs() > m as u64)
            {
                return Err(PyErr::new(crate::ExcKind::MemoryError, ""));
            }
            if w < 0 {
                c.left = true;
            }
            c.width = Some(w.unsigned_abs() as usize);
            pos += 1;
        } else if pos < fmt.len() && fmt[pos].is_ascii_digit() {
            c.width = Some(parse_digits(fmt, &mut pos).map_err(|_| PyErr::value_error("width too big"))?);
        }
        if let Some(w) = c.width {
            crate::error::check_alloc(w)?;
        }
        if pos < fmt.len() && fmt[pos] == b'.' {
            pos += 1;
            if pos < fmt.len() && fmt[pos] == b'*' {
                let p = star_arg(vm, &mut st)?;
                if p > i32::MAX as i64 {
                    return Err(PyErr::overflow_error("Python int too large to convert to C int"));
                }
                if vm.limits.max_heap_bytes.is_some_and(|m| p > m as i64) {
                    return Err(PyErr::new(crate::ExcKind::MemoryError, ""));
                }
                c.prec = Some(p.max(0) as usize);
                pos += 1;
            } else {
                c.prec = Some(parse_digits(fmt, &mut pos).map_err(|_| PyErr::value_error("precision too big"))?);
            }
        }
        while pos < fmt.len() && matches!(fmt[pos], b'h' | b'l' | b'L') {
            pos += 1;
        }
        if pos >= fmt.len() {
            return Err(PyErr::value_error("incomplete format"));
        }
        c.ch = fmt[pos];
        let conv_pos = pos;
        pos += 1;
        let arg = match keyed {
            Some(v) => v,
            None => st.next()?,
        };
        if !matches!(
            c.ch,
            b's' | b'r'
                | b'a'
                | b'b'
                | b'd'
                | b'i'
                | b'u'
                | b'o'
                | b'x'
                | b'X'
                | b'e'
                | b'E'
                | b'f'
                | b'F'
                | b'g'
                | b'G'
                | b'c'
        ) || (!is_bytes && c.ch == b'b')
        {
            let index = if is_bytes {
                conv_pos
            } else {
                std::str::from_utf8(&fmt[..conv_pos]).map(|s| s.chars().count()).unwrap_or(conv_pos)
            };
            let (shown, code) = if is_bytes {
                (c.ch, c.ch as u32)
            } else {
                let s = std::str::from_utf8(&fmt[conv_pos..]).unwrap_or("?");
                let ch = s.chars().next().unwrap_or('?');
                (if (32..=126).contains(&(ch as u32)) { ch as u8 } else { b'?' }, ch as u32)
            };
            let shown = if (32..=126).contains(&shown) { shown as char } else { '?' };
            return Err(PyErr::value_error(format!(
                "unsupported format character '{shown}' ({code:#x}) at index {index}"
            )));
        }
        convert(vm, &c, arg, &mut out)?;
    }
    if st.idx < st.items.len() && st.dict.is_none() {
        let what = if is_bytes { "bytes" } else { "string" };
        return Err(PyErr::type_error(format!("not all arguments converted during {what} formatting")));
    }
    Ok(out)
}

/// Pads `body` (already including its sign/prefix) to the width with spaces.
fn pad_text(out: &mut Vec<u8>, body: &[u8], body_chars: usize, c: &Conv) {
    let width = c.width.unwrap_or(0);
    let fill = width.saturating_sub(body_chars);
    if !c.left {
        out.extend(std::iter::repeat_n(b' ', fill));
    }
    out.extend_from_slice(body);
    if c.left {
        out.extend(std::iter::repeat_n(b' ', fill));
    }
}

/// Lays out a number: sign and prefix, then zero padding (for the `0` flag), then digits.
fn pad_number(out: &mut Vec<u8>, sign: &str, prefix: &str, digits: &str, c: &Conv) {
    let width = c.width.unwrap_or(0);
    let len = sign.len() + prefix.len() + digits.len();
    if c.zero && !c.left {
        out.extend_from_slice(sign.as_bytes());
        out.extend_from_slice(prefix.as_bytes());
        out.extend(std::iter::repeat_n(b'0', width.saturating_sub(len)));
        out.extend_from_slice(digits.as_bytes());
    } else {
        let fill = width.saturating_sub(len);
        if !c.left {
            out.extend(std::iter::repeat_n(b' ', fill));
        }
        out.extend_from_slice(sign.as_bytes());
        out.extend_from_slice(prefix.as_bytes());
        out.extend_from_slice(digits.as_bytes());
        if c.left {
            out.extend(std::iter::repeat_n(b' ', fill));
        }
    }
}

fn sign_of(neg: bool, c: &Conv) -> &'static str {
    if neg {
        "-"
    } else {
        match c.sign {
            Some(b'+') => "+",
            Some(b' ') => " ",
            _ => "",
        }
    }
}

/// An integer operand for `%d`/`%x`/`%o`.
fn int_operand(vm: &mut Vm, v: Value, ch: u8) -> PyResult<BigInt> {
    if let Some(b) = vm.to_bigint(v) {
        return Ok(b);
    }
    let decimal = matches!(ch, b'd' | b'i' | b'u');
    if let Value::Float(f) = v
        && decimal
    {
        if f.is_nan() {
            return Err(PyErr::value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(PyErr::overflow_error("cannot convert float infinity to integer"));
        }
        let t = f.trunc();
        return Ok(if t.abs() < 9e18 { BigInt::from(t as i64) } else { float_to_bigint(t) });
    }
    if matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Instance(_))) {
        if let Some(r) = vm.call_dunder_opt(v, "__index__", &[])?
            && let Some(b) = vm.to_bigint(r)
        {
            return Ok(b);
        }
        if decimal
            && let Some(r) = vm.call_dunder_opt(v, "__int__", &[])?
            && let Some(b) = vm.to_bigint(r)
        {
            return Ok(b);
        }
    }
    let what = if decimal { "a real number" } else { "an integer" };
    Err(PyErr::type_error(format!("%{} format: {what} is required, not {}", ch as char, vm.type_name(v))))
}

fn float_to_bigint(f: f64) -> BigInt {
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let mut b = BigInt::from(mant);
    if exp > 0 {
        b <<= exp as usize;
    } else {
        b >>= (-exp) as usize;
    }
    if f < 0.0 { -b } else { b }
}

fn format_int_conv(out: &mut Vec<u8>, n: &BigInt, c: &Conv) {
    let neg = n.is_negative();
    let mag = n.abs();
    let (mut digits, prefix) = match c.ch {
        b'o' => (mag.to_str_radix(8), "0o"),
        b'x' => (mag.to_str_radix(16), "0x"),
        b'X' => (mag.to_str_radix(16).to_ascii_uppercase(), "0X"),
        _ => (mag.to_string(), ""),
    };
    if let Some(p) = c.prec
        && digits.len() < p
    {
        digits.insert_str(0, &"0".repeat(p - digits.len()));
    }
    let prefix = if c.alt { prefix } else { "" };
    pad_number(out, sign_of(neg, c), prefix, &digits, c);
}

/// The decimal digits of `n`, written at the end of `buf`.
fn decimal_digits(n: u64, buf: &mut [u8; 20]) -> &str {
    let at = super::write_decimal(n, buf);
    std::str::from_utf8(&buf[at..]).unwrap_or("0")
}

fn format_float_conv(out: &mut Vec<u8>, x: f64, c: &Conv) {
    let upper = c.ch.is_ascii_uppercase();
    let style = match c.ch.to_ascii_lowercase() {
        b'e' => FloatStyle::Exp,
        b'f' => FloatStyle::Fixed,
        _ => FloatStyle::General,
    };
    let neg = x.is_sign_negative() && !x.is_nan();
    let body = if x.is_finite() {
        format_abs(x, style, c.prec.unwrap_or(6), c.alt, false, upper)
    } else {
        let s = if x.is_nan() { "nan" } else { "inf" };
        if upper { s.to_ascii_uppercase() } else { s.to_string() }
    };
    pad_number(out, sign_of(neg, c), "", &body, c);
}

fn float_operand(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f),
        Value::Int(i) => Ok(i as f64),
        Value::Bool(b) => Ok(b as i64 as f64),
        _ => vm.to_f64(v),
    }
}

fn truncate_chars(s: &str, prec: Option<usize>) -> &str {
    match prec {
        Some(p) => match s.char_indices().nth(p) {
            Some((i, _)) => &s[..i],
            None => s,
        },
        None => s,
    }
}

/// `fmt % args` for `str`.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: Value) -> PyResult<String> {
    let out = drive(vm, fmt.as_bytes(), args, false, &mut |vm, c, arg, out| {
        match c.ch {
            // A str as it is (no width or precision): copied straight from the heap.
            b's' if c.width.is_none()
                && c.prec.is_none()
                && let Some(s) = vm.heap.str_of(arg) =>
            {
                out.extend_from_slice(s.as_bytes());
            }
            b's' | b'r' | b'a' => {
                let s = match c.ch {
                    b's' => match vm.heap.str_of(arg) {
                        Some(s) => s.to_string(),
                        None => vm.to_str(arg)?,
                    },
                    b'r' => vm.repr(arg)?,
                    _ => {
                        let r = vm.repr(arg)?;
                        ascii_escape(&r)
                    }
                };
                let t = truncate_chars(&s, c.prec);
                pad_text(out, t.as_bytes(), t.chars().count(), c);
            }
            b'c' => {
                let ch = match arg {
                    Value::Int(i) => u32::try_from(i)
                        .ok()
                        .filter(|&u| u < 0x110000)
                        .ok_or_else(|| PyErr::overflow_error("%c arg not in range(0x110000)"))?,
                    Value::Bool(b) => b as u32,
                    _ => match vm.heap.pystr(arg) {
                        Some(s) if s.char_len() == 1 => s.as_str().chars().next().map(|c| c as u32).unwrap_or(0),
                        _ => {
                            if vm.to_bigint(arg).is_some() {
                                return Err(PyErr::overflow_error("%c arg not in range(0x110000)"));
                            }
                            return Err(PyErr::type_error("%c requires int or char"));
                        }
                    },
                };
                let ch = char::from_u32(ch).unwrap_or('\u{fffd}');
                let mut buf = [0u8; 4];
                pad_text(out, ch.encode_utf8(&mut buf).as_bytes(), 1, c);
            }
            b'd' | b'i' | b'u' | b'o' | b'x' | b'X' => {
                // A machine int in decimal (`%d`, `%02d`, `%+5d`...): its digits on the stack, no
                // big int.
                if let (Value::Int(i), b'd' | b'i' | b'u') = (arg, c.ch) {
                    let mut buf = [b'0'; 20];
                    let digits = decimal_digits(i.unsigned_abs(), &mut buf);
                    match c.prec {
                        Some(p) if digits.len() < p => {
                            let padded = format!("{}{}", "0".repeat(p - digits.len()), digits);
                            pad_number(out, sign_of(i < 0, c), "", &padded, c);
                        }
                        _ => pad_number(out, sign_of(i < 0, c), "", digits, c),
                    }
                    return Ok(());
                }
                let n = int_operand(vm, arg, c.ch)?;
                format_int_conv(out, &n, c);
            }
            _ => {
                let x = float_operand(vm, arg)?;
                format_float_conv(out, x, c);
            }
        }
        Ok(())
    })?;
    Ok(String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// The bytes of a bytes-like value, or `__bytes__`.
fn bytes_operand(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = vm.heap.bytes(v) {
        return Ok(b.to_vec());
    }
    if matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Instance(_)))
        && let Some(r) = vm.call_dunder_opt(v, "__bytes__", &[])?
    {
        if let Some(b) = vm.heap.bytes(r) {
            return Ok(b.to_vec());
        }
        return Err(PyErr::type_error(format!("__bytes__ returned non-bytes (type {})", vm.type_name(r))));
    }
    Err(PyErr::type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        vm.type_name(v)
    )))
}

/// `fmt % args` for `bytes` and `bytearray`.
pub fn percent_format_bytes(vm: &mut Vm, fmt: &[u8], args: Value) -> PyResult<Vec<u8>> {
    drive(vm, fmt, args, true, &mut |vm, c, arg, out| {
        match c.ch {
            b's' | b'b' => {
                let b = bytes_operand(vm, arg)?;
                let t = match c.prec {
                    Some(p) if p < b.len() => &b[..p],
                    _ => &b[..],
                };
                pad_text(out, t, t.len(), c);
            }
            b'r' | b'a' => {
                let r = match vm.heap.bytes(arg) {
                    Some(b) if matches!(arg, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Bytes(_))) => {
                        bytes_repr(b, "b")
                    }
                    _ => vm.repr(arg)?,
                };
                let s = ascii_escape(&r);
                let t = truncate_chars(&s, c.prec);
                pad_text(out, t.as_bytes(), t.len(), c);
            }
            b'c' => {
                let byte = match arg {
                    Value::Int(i) => u8::try_from(i).map_err(|_| PyErr::overflow_error("%c arg not in range(256)"))?,
                    Value::Bool(b) => b as u8,
                    _ => match vm.heap.bytes(arg) {
                        Some(b) if b.len() == 1 => b[0],
                        _ => {
                            if vm.to_bigint(arg).is_some() {
                                return Err(PyErr::overflow_error("%c arg not in range(256)"));
                            }
                            return Err(PyErr::type_error("%c requires an integer in range(256) or a single byte"));
                        }
                    },
                };
                pad_text(out, &[byte], 1, c);
            }
            b'd' | b'i' | b'u' | b'o' | b'x' | b'X' => {
                let n = int_operand(vm, arg, c.ch)?;
                format_int_conv(out, &n, c);
            }
            _ => {
                let x = float_operand(vm, arg)?;
                format_float_conv(out, x, c);
            }
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_to_bigint_is_exact() {
        assert_eq!(float_to_bigint(1e20).to_string(), "100000000000000000000");
        assert_eq!(float_to_bigint(-1e40).to_string(), "-10000000000000000303786028427003666890752");
        assert_eq!(float_to_bigint(3.9).to_string(), "3");
    }
}

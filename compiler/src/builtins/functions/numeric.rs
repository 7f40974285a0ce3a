//! `round`, `pow`, `divmod`, and the string parsers behind `int()` and `float()`.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

use crate::bytecode::opcode::BinOp;
use crate::error::{PyErr, PyResult};
use crate::value::*;
use crate::vm::Vm;

use super::{expect_args, index_clamped, is_int, no_more_kwargs};

// ---- round ----

pub(crate) fn builtin_round(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let number = crate::builtins::args::arg_or_kw(&mut args, 0, "number");
    let ndigits = crate::builtins::args::arg_or_kw(&mut args, 1, "ndigits");
    no_more_kwargs("round", &args)?;
    if args.pos.len() > 2 {
        return Err(PyErr::type_error(format!("round() takes at most 2 arguments ({} given)", args.pos.len())));
    }
    let Some(number) = number else {
        return Err(PyErr::type_error("round() missing required argument 'number' (pos 1)"));
    };
    let ndigits = ndigits.filter(|v| !v.is_none());
    match number {
        Value::Float(f) => match ndigits {
            None => float_round_to_int(vm, f),
            Some(nd) => {
                let nd = index_clamped(vm, nd)?;
                Ok(Value::Float(round_float(f, nd)?))
            }
        },
        _ if is_int(vm, number) => match ndigits {
            None => Ok(match number {
                Value::Bool(b) => Value::Int(b as i64),
                v => v,
            }),
            Some(nd) => {
                let nd = index_clamped(vm, nd)?;
                if nd >= 0 {
                    return Ok(match number {
                        Value::Bool(b) => Value::Int(b as i64),
                        v => v,
                    });
                }
                let x = vm.to_bigint(number).unwrap_or_default();
                let r = round_int(&x, nd.unsigned_abs());
                Ok(vm.new_bigint(r))
            }
        },
        _ => {
            let pos = match ndigits {
                Some(nd) => vec![nd],
                None => vec![],
            };
            match vm.call_dunder_opt(number, "__round__", pos)? {
                Some(r) => Ok(r),
                None => {
                    Err(PyErr::type_error(format!("type {} doesn't define __round__ method", vm.type_name(number))))
                }
            }
        }
    }
}

/// Converts an integral-valued float to an int value, with CPython's errors for inf/nan.
pub(crate) fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    let b = float_to_bigint(t);
    Ok(vm.new_bigint(b))
}

/// Exact integer value of a finite, integral float.
pub(crate) fn float_to_bigint(f: f64) -> BigInt {
    let bits = f.to_bits();
    let neg = bits >> 63 != 0;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 { (bits & ((1 << 52) - 1)) << 1 } else { (bits & ((1 << 52) - 1)) | (1 << 52) };
    let e = exp - 1075;
    let m = BigInt::from(mant);
    let v = if e >= 0 { m << (e as usize) } else { m >> ((-e) as usize) };
    if neg { -v } else { v }
}

fn float_round_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    let r = f.round_ties_even();
    float_to_int(vm, r)
}

/// Round-half-even of `x / 10**k` times `10**k`.
fn round_int(x: &BigInt, k: u64) -> BigInt {
    if k > 100_000 {
        return BigInt::zero();
    }
    let p = num_traits::pow(BigInt::from(10), k as usize);
    let q = round_half_even_div(x, &p);
    q * p
}

/// `round(n / d)` with ties to even; `d > 0`.
fn round_half_even_div(n: &BigInt, d: &BigInt) -> BigInt {
    let (q, r) = n.div_mod_floor(d);
    let twice: BigInt = &r * 2;
    match twice.cmp(d) {
        std::cmp::Ordering::Less => q,
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal => {
            if q.is_even() {
                q
            } else {
                q + 1
            }
        }
    }
}

/// `round(x, ndigits)` for a float, correctly rounded like CPython's dtoa-based version.
pub(crate) fn round_float(x: f64, ndigits: i64) -> PyResult<f64> {
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if ndigits > NDIGITS_MAX || !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    // x = m * 2**e exactly.
    let bits = x.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 { (bits & ((1 << 52) - 1)) << 1 } else { (bits & ((1 << 52) - 1)) | (1 << 52) };
    let e = exp - 1075;
    let m = BigInt::from(mant);
    let (mut num, mut den) = (m, BigInt::one());
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let ten = BigInt::from(10);
    let text = if ndigits >= 0 {
        num *= num_traits::pow(ten, ndigits as usize);
        let n = round_half_even_div(&num, &den);
        format!("{n}e-{ndigits}")
    } else {
        den *= num_traits::pow(ten, (-ndigits) as usize);
        let n = round_half_even_div(&num, &den);
        format!("{n}e{}", -ndigits)
    };
    let r: f64 = text.parse().unwrap_or(f64::INFINITY);
    if r.is_infinite() {
        return Err(PyErr::overflow_error("rounded value too large to represent"));
    }
    Ok(if x < 0.0 { -r } else { r })
}

// ---- pow ----

pub(crate) fn builtin_pow(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let base = crate::builtins::args::arg_or_kw(&mut args, 0, "base");
    let exp = crate::builtins::args::arg_or_kw(&mut args, 1, "exp");
    let m = crate::builtins::args::arg_or_kw(&mut args, 2, "mod");
    no_more_kwargs("pow", &args)?;
    if args.pos.len() > 3 {
        return Err(PyErr::type_error(format!("pow() takes at most 3 arguments ({} given)", args.pos.len())));
    }
    let Some(base) = base else {
        return Err(PyErr::type_error("pow() missing required argument 'base' (pos 1)"));
    };
    let Some(exp) = exp else {
        return Err(PyErr::type_error("pow() missing required argument 'exp' (pos 2)"));
    };
    match m {
        None | Some(Value::None) => vm.binop(base, exp, BinOp::Pow),
        Some(m) => {
            if is_int(vm, base) && is_int(vm, exp) && is_int(vm, m) {
                let (b, e, m) = (
                    vm.to_bigint(base).unwrap_or_default(),
                    vm.to_bigint(exp).unwrap_or_default(),
                    vm.to_bigint(m).unwrap_or_default(),
                );
                let r = int_pow_mod(&b, &e, &m)?;
                return Ok(vm.new_bigint(r));
            }
            if let Some(r) = vm.call_dunder_opt(base, "__pow__", vec![exp, m])?
                && !vm.is_not_implemented(r)
            {
                return Ok(r);
            }
            if [base, exp, m]
                .iter()
                .all(|&v| matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_)) || is_int(vm, v))
            {
                return Err(PyErr::type_error("pow() 3rd argument not allowed unless all arguments are integers"));
            }
            Err(PyErr::type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                vm.type_name(base),
                vm.type_name(exp),
                vm.type_name(m)
            )))
        }
    }
}

/// `pow(b, e, m)` for ints with Python semantics (result has the sign of `m`; negative
/// exponents use the modular inverse).
pub fn int_pow_mod(b: &BigInt, e: &BigInt, m: &BigInt) -> PyResult<BigInt> {
    if m.is_zero() {
        return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
    }
    let neg_mod = m.is_negative();
    let am = m.abs();
    let mut base = b.mod_floor(&am);
    let mut exp = e.clone();
    if exp.is_negative() {
        base = mod_inverse(&base, &am)
            .ok_or_else(|| PyErr::value_error("base is not invertible for the given modulus"))?;
        exp = -exp;
    }
    let mut r = if am.is_one() { BigInt::zero() } else { base.modpow(&exp, &am) };
    if neg_mod && !r.is_zero() {
        r -= &am;
    }
    Ok(r)
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.extended_gcd(m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(m))
}

// ---- divmod ----

pub(crate) fn builtin_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("divmod", &args)?;
    expect_args("divmod", args.pos.len(), 2, 2)?;
    let (a, b) = (args.pos[0], args.pos[1]);
    let numeric = |vm: &Vm, v: Value| matches!(v, Value::Float(_)) || is_int(vm, v);
    if numeric(vm, a) && numeric(vm, b) {
        if let (Value::Float(_), _) | (_, Value::Float(_)) = (a, b) {
            let (x, y) = (vm.to_f64(a)?, vm.to_f64(b)?);
            if y == 0.0 {
                return Err(PyErr::zero_division("float divmod()"));
            }
            let (q, r) = float_divmod(x, y);
            return Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)]));
        }
        let q = vm.binop(a, b, BinOp::FloorDiv)?;
        let r = vm.binop(a, b, BinOp::Mod)?;
        return Ok(vm.new_tuple(vec![q, r]));
    }
    if let Some(r) = vm.call_dunder_opt(a, "__divmod__", vec![b])?
        && !vm.is_not_implemented(r)
    {
        return Ok(r);
    }
    if let Some(r) = vm.call_dunder_opt(b, "__rdivmod__", vec![a])?
        && !vm.is_not_implemented(r)
    {
        return Ok(r);
    }
    Err(PyErr::type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name(a),
        vm.type_name(b)
    )))
}

/// CPython's `float_divmod` (`y != 0`).
pub(crate) fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

// ---- int() parsing ----

/// CPython's limit on decimal string conversions (`sys.get_int_max_str_digits()`).
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// Why a string is not an int literal.
#[derive(Debug, PartialEq)]
pub enum ParseIntError {
    Invalid,
    TooManyDigits(usize),
}

fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Parses `s` like `int(s, base)` (`base` is 0 or 2..=36).
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, ParseIntError> {
    let s = s.trim_matches(is_py_space);
    let (neg, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = s.get(..2).map(|p| p.to_ascii_lowercase());
    let mut base = base;
    let mut body = s;
    let mut prefixed = false;
    let pfx_base = match lower.as_deref() {
        Some("0x") => Some(16),
        Some("0o") => Some(8),
        Some("0b") => Some(2),
        _ => None,
    };
    if let Some(pb) = pfx_base
        && (base == 0 || base == pb)
    {
        base = pb;
        body = &s[2..];
        prefixed = true;
    }
    let base0 = base == 0;
    if base0 {
        base = 10;
    }
    // Digits with single underscores between them (and one allowed right after a prefix).
    let mut digits: Vec<u8> = Vec::with_capacity(body.len());
    let mut prev_underscore = !prefixed;
    for c in body.chars() {
        if c == '_' {
            if prev_underscore {
                return Err(ParseIntError::Invalid);
            }
            prev_underscore = true;
            continue;
        }
        let d = c.to_digit(36).or_else(|| unicode_decimal(c)).ok_or(ParseIntError::Invalid)?;
        if d >= base {
            return Err(ParseIntError::Invalid);
        }
        digits.push(d as u8);
        prev_underscore = false;
    }
    if digits.is_empty() || prev_underscore {
        return Err(ParseIntError::Invalid);
    }
    if base0 && !prefixed && digits[0] == 0 && digits.iter().any(|&d| d != 0) {
        return Err(ParseIntError::Invalid);
    }
    if !base.is_power_of_two() && digits.len() > INT_MAX_STR_DIGITS {
        return Err(ParseIntError::TooManyDigits(digits.len()));
    }
    let mag = BigInt::from_radix_be(Sign::Plus, &digits, base).ok_or(ParseIntError::Invalid)?;
    Ok(if neg { -mag } else { mag })
}

/// Decimal value of a non-ASCII Unicode decimal digit (common blocks only).
fn unicode_decimal(c: char) -> Option<u32> {
    const ZEROS: &[u32] = &[
        0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0DE6, 0x0E50,
        0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0xFF10,
    ];
    let n = c as u32;
    ZEROS.iter().find(|&&z| n >= z && n < z + 10).map(|&z| n - z)
}

// ---- float() parsing ----

/// Parses `s` like `float(s)`: surrounding whitespace, `inf`/`infinity`/`nan` in any case,
/// and underscores between digits.
pub fn parse_float(s: &str) -> Option<f64> {
    let s = s.trim_matches(is_py_space);
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if neg { -v } else { v });
    }
    // Validate: digits[.digits][e[+-]digits], underscores only between digits.
    let b = body.as_bytes();
    let mut clean = String::with_capacity(b.len() + 1);
    if neg {
        clean.push('-');
    }
    let mut i = 0;
    let mut mant_digits = 0;
    let digits = |i: &mut usize, clean: &mut String| -> Option<usize> {
        let start = *i;
        let mut n = 0;
        while *i < b.len() {
            let c = b[*i];
            if c.is_ascii_digit() {
                clean.push(c as char);
                n += 1;
            } else if c == b'_' {
                if *i == start || !b[*i - 1].is_ascii_digit() || *i + 1 >= b.len() || !b[*i + 1].is_ascii_digit() {
                    return None;
                }
            } else {
                break;
            }
            *i += 1;
        }
        Some(n)
    };
    mant_digits += digits(&mut i, &mut clean)?;
    if i < b.len() && b[i] == b'.' {
        clean.push('.');
        i += 1;
        mant_digits += digits(&mut i, &mut clean)?;
    }
    if mant_digits == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        clean.push('e');
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            clean.push(b[i] as char);
            i += 1;
        }
        if digits(&mut i, &mut clean)? == 0 {
            return None;
        }
    }
    if i != b.len() {
        return None;
    }
    clean.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints() {
        assert_eq!(parse_int(" 1_000 ", 10), Ok(BigInt::from(1000)));
        assert_eq!(parse_int("0x1f", 0), Ok(BigInt::from(31)));
        assert_eq!(parse_int("0x_1f", 16), Ok(BigInt::from(31)));
        assert_eq!(parse_int("-0b101", 0), Ok(BigInt::from(-5)));
        assert_eq!(parse_int("010", 0), Err(ParseIntError::Invalid));
        assert_eq!(parse_int("000", 0), Ok(BigInt::from(0)));
        assert_eq!(parse_int("_1", 10), Err(ParseIntError::Invalid));
        assert_eq!(parse_int("1_", 10), Err(ParseIntError::Invalid));
        assert_eq!(parse_int("1__0", 10), Err(ParseIntError::Invalid));
        assert_eq!(parse_int("z", 36), Ok(BigInt::from(35)));
        assert_eq!(parse_int("12", 3), Ok(BigInt::from(5)));
        assert_eq!(parse_int("", 10), Err(ParseIntError::Invalid));
        assert_eq!(parse_int("٣", 10), Ok(BigInt::from(3)));
    }

    #[test]
    fn floats() {
        assert_eq!(parse_float("1_0"), Some(10.0));
        assert_eq!(parse_float("1__0"), None);
        assert_eq!(parse_float(" -Inf "), Some(f64::NEG_INFINITY));
        assert!(parse_float("nan").unwrap().is_nan());
        assert_eq!(parse_float(".5"), Some(0.5));
        assert_eq!(parse_float("5."), Some(5.0));
        assert_eq!(parse_float("."), None);
        assert_eq!(parse_float("1e5"), Some(1e5));
        assert_eq!(parse_float("1e"), None);
        assert_eq!(parse_float("1_e5"), None);
        assert_eq!(parse_float("abc"), None);
        assert_eq!(parse_float("infinityx"), None);
    }

    #[test]
    fn rounding() {
        assert_eq!(round_float(0.125, 2).unwrap(), 0.12);
        assert_eq!(round_float(1234.5, -2).unwrap(), 1200.0);
        assert_eq!(round_float(2.675, 2).unwrap(), 2.67);
        assert_eq!(round_float(-0.5, 0).unwrap().to_bits(), (-0.0f64).to_bits());
        assert!(round_float(1.7e308, -308).is_err());
        assert_eq!(round_int(&BigInt::from(1250), 2), BigInt::from(1200));
        assert_eq!(round_int(&BigInt::from(1350), 2), BigInt::from(1400));
        assert_eq!(round_int(&BigInt::from(-1250), 2), BigInt::from(-1200));
        assert_eq!(float_divmod(7.5, 2.0), (3.0, 1.5));
        assert_eq!(int_pow_mod(&BigInt::from(2), &BigInt::from(-1), &BigInt::from(5)).unwrap(), BigInt::from(3));
        assert_eq!(int_pow_mod(&BigInt::from(3), &BigInt::from(4), &BigInt::from(-5)).unwrap(), BigInt::from(-4));
    }
}

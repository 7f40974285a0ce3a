//! Python numeric semantics over int (i64 or big) and float operands.
//! The VM handles the hottest small-int cases inline and calls here for everything else.

use std::borrow::Cow;
use std::cmp::Ordering;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::bigdiv;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::syntax::ast::BinOp;

/// A numeric operand borrowed from a value.
#[derive(Clone, Copy, Debug)]
pub enum Num<'a> {
    Int(i64),
    Big(&'a BigInt),
    Float(f64),
}

/// A numeric result; `Big` results that fit in i64 are normalised by the VM.
#[derive(Clone, Debug, PartialEq)]
pub enum NumResult {
    Int(i64),
    Big(BigInt),
    Float(f64),
}

/// CPython's default `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS: usize = 4300;

impl NumResult {
    /// A big result, unboxed when it fits in i64.
    pub fn from_big(b: BigInt) -> NumResult {
        match b.to_i64() {
            Some(i) => NumResult::Int(i),
            None => NumResult::Big(b),
        }
    }
}

/// An int operand as a big int, borrowed when it already is one.
fn big_of(n: Num<'_>) -> Option<Cow<'_, BigInt>> {
    match n {
        Num::Int(i) => Some(Cow::Owned(BigInt::from(i))),
        Num::Big(b) => Some(Cow::Borrowed(b)),
        Num::Float(_) => None,
    }
}

/// The float value of an int, with CPython's overflow error.
pub fn bigint_to_f64(b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(PyErr::overflow_error("int too large to convert to float")),
    }
}

fn num_to_f64(n: Num) -> PyResult<f64> {
    match n {
        Num::Int(i) => Ok(i as f64),
        Num::Big(b) => bigint_to_f64(b),
        Num::Float(f) => Ok(f),
    }
}

fn range_error() -> PyErr {
    PyErr::overflow_error("(34, 'Numerical result out of range')")
}

/// `a op b` for ints and floats (bools are passed as `Int`), with Python semantics: floor
/// division and modulo round toward negative infinity, `/` is true division (correctly
/// rounded for ints), `**` with a negative int exponent gives a float, shifts by negative
/// counts raise `ValueError`, division by zero raises `ZeroDivisionError` with CPython's
/// message, float overflow in `**` raises `OverflowError`. `@` is not numeric: returns
/// `Ok(None)` for unsupported combinations (the VM then raises TypeError).
///
/// A negative float raised to a non-integral power gives a complex number in CPython; this
/// function raises `ValueError` for it (the VM may compute the complex result instead).
pub fn binop(a: Num, b: Num, op: BinOp) -> PyResult<Option<NumResult>> {
    if op == BinOp::MatMult {
        return Ok(None);
    }
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => int_binop_small(x, y, op).map(Some),
        (Num::Float(_), _) | (_, Num::Float(_)) => {
            if matches!(op, BinOp::LShift | BinOp::RShift | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor) {
                return Ok(None);
            }
            // int / float: int/int true division must not go through floats.
            let x = num_to_f64(a)?;
            let y = num_to_f64(b)?;
            float_binop(x, y, op).map(|f| Some(NumResult::Float(f)))
        }
        _ => {
            let x = big_of(a).unwrap_or_default();
            let y = big_of(b).unwrap_or_default();
            int_binop_big(&x, &y, op).map(Some)
        }
    }
}

fn int_binop_small(x: i64, y: i64, op: BinOp) -> PyResult<NumResult> {
    let fast = match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mult => x.checked_mul(y),
        BinOp::FloorDiv => {
            if y == 0 {
                return Err(PyErr::zero_division("integer division or modulo by zero"));
            }
            if x == i64::MIN && y == -1 { None } else { Some(Integer::div_floor(&x, &y)) }
        }
        BinOp::Mod => {
            if y == 0 {
                return Err(PyErr::zero_division("integer modulo by zero"));
            }
            if y == -1 { Some(0) } else { Some(Integer::mod_floor(&x, &y)) }
        }
        BinOp::Div => {
            if y == 0 {
                return Err(PyErr::zero_division("division by zero"));
            }
            const EXACT: u64 = 1 << 53;
            if x.unsigned_abs() <= EXACT && y.unsigned_abs() <= EXACT {
                return Ok(NumResult::Float(x as f64 / y as f64));
            }
            return true_div(&BigInt::from(x), &BigInt::from(y)).map(NumResult::Float);
        }
        BinOp::BitAnd => Some(x & y),
        BinOp::BitOr => Some(x | y),
        BinOp::BitXor => Some(x ^ y),
        BinOp::RShift => {
            if y < 0 {
                return Err(PyErr::value_error("negative shift count"));
            }
            Some(if y >= 64 { if x < 0 { -1 } else { 0 } } else { x >> y })
        }
        BinOp::LShift => {
            if y < 0 {
                return Err(PyErr::value_error("negative shift count"));
            }
            if x == 0 {
                Some(0)
            } else if y < 64 && (x << y) >> y == x {
                Some(x << y)
            } else {
                None
            }
        }
        BinOp::Pow => {
            if y < 0 {
                return float_binop(x as f64, y as f64, BinOp::Pow).map(NumResult::Float);
            }
            u32::try_from(y).ok().and_then(|e| x.checked_pow(e))
        }
        BinOp::MatMult => return Err(PyErr::type_error("unsupported operand")),
    };
    match fast {
        Some(r) => Ok(NumResult::Int(r)),
        None => int_binop_big(&BigInt::from(x), &BigInt::from(y), op),
    }
}

/// Largest result size (in bits) `**` and `<<` will build before giving up with MemoryError.
const MAX_INT_BITS: u64 = 1 << 28;

fn int_binop_big(x: &BigInt, y: &BigInt, op: BinOp) -> PyResult<NumResult> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(PyErr::zero_division("integer division or modulo by zero"));
            }
            bigdiv::div_floor(x, y)
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(PyErr::zero_division("integer modulo by zero"));
            }
            bigdiv::mod_floor(x, y)
        }
        BinOp::Div => {
            if y.is_zero() {
                return Err(PyErr::zero_division("division by zero"));
            }
            return true_div(x, y).map(NumResult::Float);
        }
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        BinOp::RShift => {
            if y.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            match y.to_u64() {
                // num-bigint's `>>` rounds toward -inf, like Python's.
                Some(n) if n < u64::from(u32::MAX) => x >> n,
                _ => BigInt::from(if x.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::LShift => {
            if y.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            if x.is_zero() {
                return Ok(NumResult::Int(0));
            }
            match y.to_u64() {
                Some(n) if n.saturating_add(x.bits()) <= MAX_INT_BITS => x << n,
                Some(n) if n < (1u64 << 62) => return Err(PyErr::new(ExcKind::MemoryError, "")),
                _ => return Err(PyErr::overflow_error("too many digits in integer")),
            }
        }
        BinOp::Pow => {
            if y.is_negative() {
                let fx = bigint_to_f64(x)?;
                let fy = bigint_to_f64(y)?;
                return float_binop(fx, fy, BinOp::Pow).map(NumResult::Float);
            }
            if x.is_zero() || x.is_one() || y.is_zero() {
                return Ok(NumResult::Int(if x.is_zero() && !y.is_zero() { 0 } else { 1 }));
            }
            if *x == BigInt::from(-1) {
                return Ok(NumResult::Int(if y.is_even() { 1 } else { -1 }));
            }
            match y.to_u64() {
                Some(e) if e.saturating_mul(x.bits()) <= MAX_INT_BITS => x.pow(e as u32),
                _ => return Err(PyErr::new(ExcKind::MemoryError, "")),
            }
        }
        BinOp::MatMult => return Err(PyErr::type_error("unsupported operand")),
    };
    Ok(NumResult::from_big(r))
}

/// `x / y` for ints, correctly rounded (round-half-even on the exact quotient), like
/// CPython's `long_true_divide`. `y` must be non-zero.
pub fn true_div(x: &BigInt, y: &BigInt) -> PyResult<f64> {
    if x.is_zero() {
        let neg = y.is_negative();
        return Ok(if neg { -0.0 } else { 0.0 });
    }
    let negative = x.is_negative() != y.is_negative();
    let a = x.abs();
    let b = y.abs();
    let diff = a.bits() as i64 - b.bits() as i64;
    if diff > 1025 {
        return Err(PyErr::overflow_error("integer division result too large for a float"));
    }
    // q = floor(a * 2**shift / b) has 55 or 56 bits.
    let shift = 55 - diff;
    let (num, den) = if shift >= 0 { (a << (shift as u64), b) } else { (a, b << ((-shift) as u64)) };
    let (q, r) = num.div_rem(&den);
    let inexact = !r.is_zero();
    let qbits = q.bits() as i64;
    // Exponent of the result's last kept bit: 53 significant bits, at least 2**-1074.
    let lsb_exp = (qbits - shift - 53).max(-1074);
    let drop = lsb_exp + shift;
    let mut m = if drop > 0 {
        let drop = drop as u64;
        let kept = &q >> drop;
        let low = &q - (&kept << drop);
        let half = BigInt::one() << (drop - 1);
        let up = match low.cmp(&half) {
            Ordering::Greater => true,
            Ordering::Equal => inexact || kept.is_odd(),
            Ordering::Less => false,
        };
        if up { kept + 1 } else { kept }
    } else {
        q << ((-drop) as u64)
    };
    if m.is_zero() {
        m = BigInt::zero();
    }
    let mf = m.to_f64().unwrap_or(0.0);
    let f = ldexp(mf, lsb_exp as i32);
    if f.is_infinite() {
        return Err(PyErr::overflow_error("integer division result too large for a float"));
    }
    Ok(if negative { -f } else { f })
}

/// `m * 2**e`, exact when the result is representable.
pub fn ldexp(m: f64, e: i32) -> f64 {
    let mut m = m;
    let mut e = e;
    while e > 1000 {
        m *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        // Scale in steps that keep `m` normal until the final step.
        if e < -1000 - 60 {
            m *= 2f64.powi(-1000);
            e += 1000;
        } else {
            m *= 2f64.powi(-60);
            e += 60;
        }
    }
    m * 2f64.powi(e)
}

fn is_odd_integer(f: f64) -> bool {
    f.is_finite() && f == f.floor() && (f % 2.0).abs() == 1.0
}

// NaN identity. Floats are unboxed, so `is` compares bits, but in CPython two NaNs made
// separately are distinct objects, and sequence comparison, `in`, `count` and dict lookups test
// identity before `==`: `x = nan; [x] == [x]` is True while `[nan()] == [nan()]` is False. So
// each NaN a program makes (parsed from a string, or produced by float arithmetic) gets payload
// bits of its own: a marker bit and a serial number, both cleared again wherever the bits leave
// the runtime (`canonical_float_bits`: struct, pickle).
const NAN_MARK: u64 = 1 << 50;
const NAN_SERIAL: u64 = (1 << 32) - 1;
static NAN_COUNTER: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

/// A NaN with `f`'s sign and payload bits no other NaN made so far has.
#[cold]
#[inline(never)]
pub fn fresh_nan(f: f64) -> f64 {
    let serial = NAN_COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed) as u64;
    let bits = f.to_bits() & !(NAN_MARK | NAN_SERIAL);
    // The marker keeps the payload non-zero, so the bits stay a NaN for every serial.
    f64::from_bits(bits | NAN_MARK | (serial & NAN_SERIAL))
}

/// `f`, or a fresh NaN (a new object, as CPython's float operations return) when it is one.
#[inline(always)]
pub fn distinct_nan(f: f64) -> f64 {
    if f.is_nan() { fresh_nan(f) } else { f }
}

/// `f`'s IEEE bits as CPython would store them: an identity tag (`fresh_nan`) removed.
pub fn canonical_float_bits(f: f64) -> u64 {
    let bits = f.to_bits();
    if f.is_nan() && bits & NAN_MARK != 0 { bits & !(NAN_MARK | NAN_SERIAL) } else { bits }
}

/// Float arithmetic with CPython's semantics (`float_rem`, `float_floor_div`, `float_pow`).
pub fn float_binop(x: f64, y: f64, op: BinOp) -> PyResult<f64> {
    float_binop_raw(x, y, op).map(distinct_nan)
}

fn float_binop_raw(x: f64, y: f64, op: BinOp) -> PyResult<f64> {
    Ok(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return Err(PyErr::zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(PyErr::zero_division("float modulo by zero"));
            }
            float_divmod(x, y).1
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(PyErr::zero_division("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinOp::Pow => return float_pow(x, y),
        _ => return Err(PyErr::type_error("unsupported operand type(s) for float")),
    })
}

/// `divmod(x, y)` for floats (`y != 0`), CPython's `_float_div_mod`.
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut fd = div.floor();
        if div - fd > 0.5 {
            fd += 1.0;
        }
        fd
    } else {
        0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `x ** y` for floats, CPython's `float_pow`.
pub fn float_pow(iv: f64, iw: f64) -> PyResult<f64> {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return Ok(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd { iv } else { iv.abs() }
        } else if odd {
            0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(PyErr::zero_division("0.0 cannot be raised to a negative power"));
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut base = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Err(PyErr::value_error("negative number cannot be raised to a fractional power"));
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(iw);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(if negate { -r } else { r })
}

/// Numeric comparison with exact int/float semantics; `None` when unordered (NaN).
pub fn compare(a: Num, b: Num) -> Option<Ordering> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => Some(x.cmp(&y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(&y),
        (Num::Float(x), other) => compare_int_float(other, x).map(Ordering::reverse),
        (other, Num::Float(y)) => compare_int_float(other, y),
        (Num::Big(x), Num::Big(y)) => Some(x.cmp(y)),
        (Num::Int(x), Num::Big(y)) => Some(BigInt::from(x).cmp(y)),
        (Num::Big(x), Num::Int(y)) => Some(x.cmp(&BigInt::from(y))),
    }
}

/// Compares an int with a float exactly.
fn compare_int_float(i: Num, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    if let Num::Int(x) = i
        && x.unsigned_abs() <= 1 << 53
    {
        return (x as f64).partial_cmp(&f);
    }
    let big = big_of(i)?;
    let t = f.trunc();
    let tb = float_to_bigint_exact(t);
    match big.as_ref().cmp(&tb) {
        Ordering::Equal => {
            let frac = f - t;
            Some(if frac > 0.0 {
                Ordering::Less
            } else if frac < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
        o => Some(o),
    }
}

/// The exact integer value of a finite, integral float.
fn float_to_bigint_exact(f: f64) -> BigInt {
    if f.abs() < 9.0e15 {
        return BigInt::from(f as i64);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let m = BigInt::from(mant);
    let v = if exp >= 0 { m << exp as u64 } else { m >> (-exp) as u64 };
    if f < 0.0 { -v } else { v }
}

/// `int(f)`: truncates toward zero.
pub fn float_to_int(f: f64) -> PyResult<NumResult> {
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(NumResult::Int(t as i64));
    }
    Ok(NumResult::from_big(float_to_bigint_exact(t)))
}

/// `pow(a, b, m)` for ints.
pub fn pow_mod(a: &BigInt, b: &BigInt, m: &BigInt) -> PyResult<BigInt> {
    if m.is_zero() {
        return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
    }
    let neg_mod = m.is_negative();
    let mm = m.abs();
    if mm.is_one() {
        return Ok(BigInt::zero());
    }
    let mut base = a.mod_floor(&mm);
    let mut exp = b.clone();
    if exp.is_negative() {
        base = mod_inverse(&base, &mm)
            .ok_or_else(|| PyErr::value_error("base is not invertible for the given modulus"))?;
        exp = -exp;
    }
    let mut r = base.modpow(&exp, &mm);
    if neg_mod && !r.is_zero() {
        r -= &mm;
    }
    Ok(r)
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let e = a.extended_gcd(m);
    if !e.gcd.is_one() {
        return None;
    }
    Some(e.x.mod_floor(m))
}

/// Digits of `b` in `radix` (2..=36), lowercase, with a leading `-` for negatives.
pub fn int_to_str_radix(b: &BigInt, radix: u32) -> String {
    b.to_str_radix(radix)
}

/// `str(int)` with CPython's limit on the number of decimal digits.
pub fn int_to_decimal(b: &BigInt) -> PyResult<String> {
    // Cheap bound first: bits * log10(2).
    if b.bits() > 14_000 {
        let s = b.to_str_radix(10);
        let digits = s.trim_start_matches('-').len();
        if digits > INT_MAX_STR_DIGITS {
            return Err(PyErr::value_error(format!(
                "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
        return Ok(s);
    }
    Ok(b.to_str_radix(10))
}

/// Python's `repr()` of a str (used in error messages).
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if is_unprintable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn is_unprintable(c: char) -> bool {
    let n = c as u32;
    (0x80..0xa0).contains(&n) || n == 0xad || (0xd800..0xe000).contains(&n) || n == 0x2028 || n == 0x2029
}

/// Python's `str.strip()` whitespace.
pub fn is_py_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f' | '\u{85}')
        || (c as u32 > 0x7f && c.is_whitespace())
}

/// Removes underscores placed between digits; `None` when one is misplaced.
fn strip_underscores(s: &str, is_digit: impl Fn(char) -> bool) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut prev_digit = false;
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == '_' {
            let next_digit = chars.get(i + 1).is_some_and(|&n| is_digit(n));
            if !prev_digit || !next_digit {
                return None;
            }
            prev_digit = false;
        } else {
            prev_digit = is_digit(c);
            out.push(c);
        }
    }
    Some(out)
}

/// The ASCII digit for a Unicode decimal digit (`'٣'` → `'3'`); other characters unchanged.
/// Decimal digits come in runs of ten starting at zero, so the value is the distance from
/// the run's start modulo ten.
fn ascii_digit(c: char) -> char {
    use crate::format::unicode_tables::is_decimal;
    if c.is_ascii() || !is_decimal(c) {
        return c;
    }
    let mut start = c as u32;
    while start > 0 && char::from_u32(start - 1).is_some_and(is_decimal) {
        start -= 1;
    }
    char::from(b'0' + ((c as u32 - start) % 10) as u8)
}

/// The value of `s` when it is nothing but ASCII decimal digits, few enough for an i64: what
/// `int()` is mostly given (fields of parsed text), read without the general path's copies
/// (normalised digits, stripped underscores) and checks.
pub fn plain_decimal(s: &str) -> Option<i64> {
    let digits = s.as_bytes();
    if digits.is_empty() || digits.len() > 18 {
        return None;
    }
    let mut v = 0i64;
    for &d in digits {
        if !d.is_ascii_digit() {
            return None;
        }
        v = v * 10 + i64::from(d - b'0');
    }
    Some(v)
}

/// `int(s, base)` for a str `s`, with CPython's syntax (whitespace, sign, underscores, base
/// prefixes) and error messages.
pub fn parse_int(s: &str, base: u32) -> PyResult<NumResult> {
    // Base 0 reads a leading zero as a prefix, or rejects it unless all digits are zeros.
    if (base == 10 || (base == 0 && !s.starts_with('0')))
        && let Some(v) = plain_decimal(s)
    {
        return Ok(NumResult::Int(v));
    }
    if base == 1 || base > 36 {
        return Err(PyErr::value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    let invalid = || PyErr::value_error(format!("invalid literal for int() with base {base}: {}", str_repr(s)));
    // Unicode decimal digits (e.g. Arabic-Indic) count like their ASCII equivalents.
    let ascii;
    let s_norm = if s.is_ascii() {
        s
    } else {
        ascii = s.chars().map(ascii_digit).collect::<String>();
        ascii.as_str()
    };
    let t = s_norm.trim_matches(is_py_space);
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.get(..2).map(|p| p.to_ascii_lowercase());
    let mut radix = base;
    let mut body = t;
    let mut had_prefix = false;
    if let Some(p) = lower.as_deref() {
        let pr = match p {
            "0x" => 16,
            "0o" => 8,
            "0b" => 2,
            _ => 0,
        };
        if pr != 0 && (base == 0 || base == pr) {
            radix = pr;
            body = &t[2..];
            had_prefix = true;
        }
    }
    if radix == 0 {
        radix = 10;
    }
    // After a prefix a single leading underscore is allowed ("0x_1f").
    let body = if had_prefix { body.strip_prefix('_').unwrap_or(body) } else { body };
    let is_digit = |c: char| c.is_digit(radix);
    let digits = strip_underscores(body, is_digit).ok_or_else(invalid)?;
    if digits.is_empty() || !digits.chars().all(is_digit) {
        return Err(invalid());
    }
    if base == 0 && !had_prefix && digits.len() > 1 && digits.starts_with('0') && digits.chars().any(|c| c != '0') {
        return Err(invalid());
    }
    if !radix.is_power_of_two() && digits.len() > INT_MAX_STR_DIGITS {
        return Err(PyErr::value_error(format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    if digits.len() <= 12 {
        let v = i64::from_str_radix(&digits, radix).map_err(|_| invalid())?;
        return Ok(NumResult::Int(if neg { -v } else { v }));
    }
    let v = BigInt::parse_bytes(digits.as_bytes(), radix).ok_or_else(invalid)?;
    Ok(NumResult::from_big(if neg { -v } else { v }))
}

/// `float(s)` for a str `s`.
pub fn parse_float(s: &str) -> PyResult<f64> {
    parse_float_opt(s).ok_or_else(|| PyErr::value_error(format!("could not convert string to float: {}", str_repr(s))))
}

fn parse_float_opt(s: &str) -> Option<f64> {
    let t = s.trim_matches(is_py_space);
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(fresh_nan(f64::NAN)),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if neg { -v } else { v });
    }
    let clean = strip_underscores(body, |c| c.is_ascii_digit())?;
    // digits [. digits] [e [sign] digits], at least one mantissa digit.
    let b = clean.as_bytes();
    let mut i = 0;
    let mut mant_digits = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
        mant_digits += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
            mant_digits += 1;
        }
    }
    if mant_digits == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return None;
        }
    }
    if i != b.len() {
        return None;
    }
    let v = super::float_parse::parse_decimal(&clean)?;
    Some(if neg { -v } else { v })
}

/// Round-half-even of `num / den` (den > 0).
fn div_round_half_even(num: &BigInt, den: &BigInt) -> BigInt {
    let (q, r) = num.div_mod_floor(den);
    let twice: BigInt = &r * 2u32;
    match twice.cmp(den) {
        Ordering::Greater => q + 1,
        Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    }
}

/// `round(f, ndigits)` for a float, correctly rounded like CPython (half-even on the exact
/// binary value, so `round(2.675, 2) == 2.67`).
pub fn round_float(f: f64, ndigits: i64) -> PyResult<f64> {
    if !f.is_finite() || f == 0.0 {
        return Ok(f);
    }
    // Beyond these, rounding is the identity or gives zero (CPython's NDIGITS_MAX/MIN).
    if ndigits > 323 {
        return Ok(f);
    }
    if ndigits < -308 {
        return Ok(0.0 * f);
    }
    if let Some(r) = round_float_narrow(f, ndigits) {
        return Ok(r);
    }
    round_float_exact(f, ndigits)
}

/// `|f| == mant * 2**exp` exactly, for a finite `f` (subnormals included).
pub(crate) fn mantissa_exponent(f: f64) -> (u64, i64) {
    let bits = f.to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if raw_exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), raw_exp - 1075) }
}

/// Exact powers of ten as doubles (10**22 is the last one a double holds exactly).
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22,
];

/// `round(f, ndigits)` in u128 arithmetic when everything fits: `round(price, 2)` in a loop
/// must not build big ints and parse a decimal string. The exact value `mant / 2**shift`, times
/// `10**ndigits`, rounded half-even to an integer `q` below 2**53, then `q / 10**ndigits` is one
/// correctly rounded division of two exact doubles: the same double CPython's dtoa + strtod
/// round trip gives. `None` when a precondition fails (the exact path handles it).
fn round_float_narrow(f: f64, ndigits: i64) -> Option<f64> {
    let nd = usize::try_from(ndigits).ok().filter(|&nd| nd < POW10.len())?;
    let (mant, exp) = mantissa_exponent(f);
    if exp >= 0 {
        return Some(f); // an integer already: no decimal digits to round away
    }
    let shift = u32::try_from(-exp).ok().filter(|&s| s < 128)?;
    let q = scaled_half_even(mant, nd, shift);
    if q >= 1 << 53 {
        return None;
    }
    let r = q as f64 / POW10[nd];
    Some(if f < 0.0 { -r } else { r })
}

/// Powers of ten that fit a u64 (10**19 is the last).
const POW10_U64: [u64; 20] = {
    let mut t = [1u64; 20];
    let mut i = 1;
    while i < t.len() {
        t[i] = t[i - 1] * 10;
        i += 1;
    }
    t
};

/// `mant * 10**nd / 2**shift` (`shift` >= 1) rounded half-even to an integer. wasm32 has no
/// 64x64->128-bit multiply: u128 products, powers and shifts there are compiler-builtins calls
/// (`__multi3`, `__lshrti3`), so the common `round(x, 2)`, whose product fits a u64, stays
/// in u64.
fn scaled_half_even(mant: u64, nd: usize, shift: u32) -> u128 {
    if let Some(&p) = POW10_U64.get(nd)
        && mant.leading_zeros() + p.leading_zeros() >= 64
        && shift < 64
    {
        // Both factors' bit lengths sum to 64 at most: the product fits.
        let scaled = mant * p;
        let q = scaled >> shift;
        let rem = scaled & ((1u64 << shift) - 1);
        let half = 1u64 << (shift - 1);
        return u128::from(q + u64::from(rem > half || (rem == half && q & 1 == 1)));
    }
    // mant < 2**53 and 10**22 < 2**74: the product fits.
    let scaled = u128::from(mant) * 10u128.pow(nd as u32);
    let q = scaled >> shift;
    let rem = scaled - (q << shift);
    let half = 1u128 << (shift - 1);
    q + u128::from(rem > half || (rem == half && q & 1 == 1))
}

/// `round(f, ndigits)` through the exact rational value (big ints) and a decimal string.
fn round_float_exact(f: f64, ndigits: i64) -> PyResult<f64> {
    let (mant, exp) = mantissa_exponent(f);
    let mut num = BigInt::from(mant);
    let mut den = BigInt::one();
    if exp >= 0 {
        num <<= exp as u64;
    } else {
        den <<= (-exp) as u64;
    }
    let ten = BigInt::from(10u32);
    if ndigits >= 0 {
        num *= ten.pow(ndigits as u32);
    } else {
        den *= ten.pow((-ndigits) as u32);
    }
    let n = div_round_half_even(&num, &den);
    let text = format!("{n}e{}", -ndigits);
    let r = super::float_parse::parse_decimal(&text).unwrap_or(f64::INFINITY);
    if r.is_infinite() {
        return Err(PyErr::overflow_error("rounded value too large to represent"));
    }
    Ok(if f < 0.0 { -r } else { r })
}

/// `round(i, ndigits)` for an int and a negative `ndigits` (half-even at `10**-ndigits`).
pub fn round_int(i: &BigInt, ndigits: i64) -> NumResult {
    if ndigits >= 0 {
        return NumResult::from_big(i.clone());
    }
    let nd = ndigits.unsigned_abs();
    if nd as f64 > (i.bits() as f64) * std::f64::consts::LOG10_2 + 2.0 {
        return NumResult::Int(0);
    }
    let p = BigInt::from(10u32).pow(nd as u32);
    let q = div_round_half_even(i, &p);
    NumResult::from_big(q * p)
}

/// `round(f)` with no ndigits: the nearest int, ties to even.
pub fn round_float_to_int(f: f64) -> PyResult<NumResult> {
    let r = f.round();
    let r = if (f - f.trunc()).abs() == 0.5 { 2.0 * (f / 2.0).round() } else { r };
    float_to_int(r)
}

/// `(numerator, denominator)` of a finite float (`float.as_integer_ratio`).
pub fn float_as_ratio(f: f64) -> PyResult<(BigInt, BigInt)> {
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f == 0.0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    let (mut mant, mut exp) = mantissa_exponent(f);
    let tz = mant.trailing_zeros() as i64;
    mant >>= tz;
    exp += tz;
    let mut n = BigInt::from(mant);
    let mut d = BigInt::one();
    if exp >= 0 {
        n <<= exp as u64;
    } else {
        d <<= (-exp) as u64;
    }
    if f < 0.0 {
        n = -n;
    }
    Ok((n, d))
}

/// Sign of a big int as -1, 0 or 1.
pub fn big_sign(b: &BigInt) -> i32 {
    match b.sign() {
        Sign::Minus => -1,
        Sign::NoSign => 0,
        Sign::Plus => 1,
    }
}

/// `base ** exp` for a negative finite `base` and a non-integral `exp`: CPython returns a
/// complex number, computed like its `c_pow`. Returns `(real, imag)`.
pub fn complex_pow_real(base: f64, exp: f64) -> (f64, f64) {
    let vabs = base.abs();
    let len = vabs.powf(exp);
    let at = 0f64.atan2(base);
    let phase = at * exp;
    (len * phase.cos(), len * phase.sin())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn narrow_float_rounding_matches_the_exact_path() {
        // A deterministic spread of magnitudes, halfway cases (x.xx5, 0.125, 2.675) and ndigits.
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut values = vec![0.5, 1.5, 2.5, 2.675, 0.125, 0.375, 1.005, 1e-300, 5e-324, 123456.785, 1e15 + 0.5];
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let scale = 10f64.powi((seed % 24) as i32 - 12);
            values.push((seed >> 11) as f64 / (1u64 << 53) as f64 * scale);
            values.push(((seed >> 20) % 100_000) as f64 / 1000.0 + 0.0005);
        }
        for &v in &values {
            for nd in 0..=22 {
                for x in [v, -v] {
                    if let Some(fast) = round_float_narrow(x, nd) {
                        let exact = round_float_exact(x, nd).unwrap();
                        assert_eq!(fast.to_bits(), exact.to_bits(), "round({x:e}, {nd})");
                    }
                }
            }
        }
        assert_eq!(round_float_narrow(2.675, 2), Some(2.67));
        assert_eq!(round_float_narrow(0.125, 2), Some(0.12));
        assert_eq!(round_float_narrow(-0.001, 2).map(f64::to_bits), Some((-0.0f64).to_bits()));
    }

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }
    fn ii(a: i64, b: i64, op: BinOp) -> PyResult<Option<NumResult>> {
        binop(Num::Int(a), Num::Int(b), op)
    }
    fn ff(a: f64, b: f64, op: BinOp) -> PyResult<Option<NumResult>> {
        binop(Num::Float(a), Num::Float(b), op)
    }
    fn err_msg(r: PyResult<impl std::fmt::Debug>) -> String {
        match r {
            Err(e) if e.message().is_some() => {
                let (k, m) = e.message().unwrap();
                format!("{} {m}", k.name())
            }
            other => format!("{other:?}"),
        }
    }
    fn f(r: PyResult<Option<NumResult>>) -> f64 {
        match r {
            Ok(Some(NumResult::Float(f))) => f,
            other => panic!("{other:?}"),
        }
    }
    fn i(r: PyResult<Option<NumResult>>) -> i64 {
        match r {
            Ok(Some(NumResult::Int(i))) => i,
            other => panic!("{other:?}"),
        }
    }
    fn b(r: PyResult<Option<NumResult>>) -> BigInt {
        match r {
            Ok(Some(NumResult::Big(b))) => b,
            Ok(Some(NumResult::Int(i))) => BigInt::from(i),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn errors() {
        assert_eq!(err_msg(ii(0, -1, BinOp::Pow)), "ZeroDivisionError 0.0 cannot be raised to a negative power");
        assert_eq!(err_msg(ff(0.0, -1.0, BinOp::Pow)), "ZeroDivisionError 0.0 cannot be raised to a negative power");
        assert_eq!(err_msg(ff(10.0, 400.0, BinOp::Pow)), "OverflowError (34, 'Numerical result out of range')");
        assert_eq!(err_msg(ii(1, 0, BinOp::Div)), "ZeroDivisionError division by zero");
        assert_eq!(err_msg(ii(1, 0, BinOp::FloorDiv)), "ZeroDivisionError integer division or modulo by zero");
        assert_eq!(err_msg(ii(1, 0, BinOp::Mod)), "ZeroDivisionError integer modulo by zero");
        assert_eq!(err_msg(ff(1.0, 0.0, BinOp::Div)), "ZeroDivisionError float division by zero");
        assert_eq!(err_msg(ff(1.0, 0.0, BinOp::FloorDiv)), "ZeroDivisionError float floor division by zero");
        assert_eq!(err_msg(ff(1.0, 0.0, BinOp::Mod)), "ZeroDivisionError float modulo by zero");
        assert_eq!(err_msg(ii(1, -1, BinOp::LShift)), "ValueError negative shift count");
        assert_eq!(err_msg(ii(1, -1, BinOp::RShift)), "ValueError negative shift count");
        assert!(matches!(binop(Num::Float(1.0), Num::Int(2), BinOp::LShift), Ok(None)));
        let huge = BigInt::from(1) << 1024usize;
        assert_eq!(
            err_msg(binop(Num::Big(&huge), Num::Float(1.0), BinOp::Add)),
            "OverflowError int too large to convert to float"
        );
        let p70 = BigInt::from(1) << 70usize;
        assert_eq!(
            err_msg(binop(Num::Int(1), Num::Big(&p70), BinOp::LShift)),
            "OverflowError too many digits in integer"
        );
    }

    #[test]
    fn int_arith() {
        assert_eq!(i(ii(-7, 2, BinOp::FloorDiv)), -4);
        assert_eq!(i(ii(-7, 2, BinOp::Mod)), 1);
        assert_eq!(i(ii(7, -2, BinOp::Mod)), -1);
        assert_eq!(b(ii(i64::MIN, -1, BinOp::FloorDiv)), big("9223372036854775808"));
        assert_eq!(i(ii(i64::MIN, -1, BinOp::Mod)), 0);
        assert_eq!(b(ii(i64::MAX, 1, BinOp::Add)), big("9223372036854775808"));
        assert_eq!(b(ii(2, 100, BinOp::Pow)), BigInt::from(1) << 100usize);
        assert_eq!(b(ii(3, 70, BinOp::LShift)), BigInt::from(3) << 70usize);
        assert_eq!(i(ii(-1, 100, BinOp::RShift)), -1);
        assert_eq!(f(ii(10, -2, BinOp::Pow)), 0.01);
        assert_eq!(f(ii(-2, -1, BinOp::Pow)), -0.5);
        let n = -(BigInt::from(1) << 100usize);
        assert_eq!(b(binop(Num::Big(&n), Num::Int(3), BinOp::RShift)), big("-158456325028528675187087900672"));
        assert_eq!(i(binop(Num::Big(&n), Num::Int(0xff), BinOp::BitAnd)), 0);
        let n70 = -(BigInt::from(1) << 70usize);
        assert_eq!(b(binop(Num::Big(&n70), Num::Int(5), BinOp::BitOr)), big("-1180591620717411303419"));
        assert_eq!(b(binop(Num::Big(&n70), Num::Int(-3), BinOp::BitXor)), big("1180591620717411303421"));
    }

    #[test]
    fn true_division() {
        assert_eq!(f(ii(1, 3, BinOp::Div)), 0.3333333333333333);
        let a = BigInt::from(10).pow(400);
        let c = BigInt::from(10).pow(399);
        assert_eq!(true_div(&a, &c).unwrap(), 10.0);
        let x = (BigInt::from(1) << 1100usize) + 1;
        let y = BigInt::from(1) << 1000usize;
        assert_eq!(true_div(&x, &y).unwrap(), 1.2676506002282294e+30);
        assert_eq!(true_div(&BigInt::from(10).pow(30), &BigInt::from(7)).unwrap(), 1.4285714285714285e+29);
        // 2**-1074 / 2 rounds to even (zero); 3 * 2**-1075 rounds up to 2**-1073.
        let p1075 = BigInt::from(1) << 1075usize;
        assert_eq!(true_div(&BigInt::from(1), &p1075).unwrap(), 0.0);
        assert_eq!(true_div(&BigInt::from(3), &p1075).unwrap(), 1e-323);
        assert_eq!(true_div(&BigInt::from(-5), &BigInt::from(2)).unwrap(), -2.5);
        assert_eq!(
            err_msg(true_div(&BigInt::from(10).pow(400), &BigInt::from(1))),
            "OverflowError integer division result too large for a float"
        );
        // 2**53 + 1 over 1 is a tie: rounds to even
        let t = (BigInt::from(1) << 53usize) + 1;
        assert_eq!(true_div(&t, &BigInt::from(1)).unwrap(), 9007199254740992.0);
        let t = (BigInt::from(1) << 53usize) + 3;
        assert_eq!(true_div(&t, &BigInt::from(1)).unwrap(), 9007199254740996.0);
    }

    #[test]
    fn float_arith() {
        assert_eq!(f(ff(-7.5, 2.0, BinOp::FloorDiv)), -4.0);
        assert_eq!(f(ff(-7.5, 2.0, BinOp::Mod)), 0.5);
        assert_eq!(f(ff(7.5, -2.0, BinOp::Mod)), -0.5);
        let z = f(ff(0.0, -2.0, BinOp::Mod));
        assert!(z == 0.0 && z.is_sign_negative());
        let z = f(ff(-0.0, 1.0, BinOp::FloorDiv));
        assert!(z == 0.0 && z.is_sign_negative());
        assert_eq!(f(ff(1e308, 10.0, BinOp::Mult)), f64::INFINITY);
        assert_eq!(f(ff(2.0, 0.5, BinOp::Pow)), std::f64::consts::SQRT_2);
        assert_eq!(f(ff(-2.0, 3.0, BinOp::Pow)), -8.0);
        assert_eq!(f(ff(f64::NEG_INFINITY, 3.0, BinOp::Pow)), f64::NEG_INFINITY);
        assert_eq!(f(ff(-1.0, f64::INFINITY, BinOp::Pow)), 1.0);
        assert_eq!(f(ff(f64::NAN, 0.0, BinOp::Pow)), 1.0);
        assert_eq!(f(ff(1.0, f64::NAN, BinOp::Pow)), 1.0);
    }

    #[test]
    fn comparisons() {
        let n = (BigInt::from(1) << 53usize) + 1;
        assert_eq!(compare(Num::Big(&n), Num::Float(9007199254740992.0)), Some(Ordering::Greater));
        assert_eq!(compare(Num::Int(9007199254740993), Num::Float(9007199254740992.0)), Some(Ordering::Greater));
        assert_eq!(compare(Num::Float(9007199254740992.0), Num::Int(9007199254740993)), Some(Ordering::Less));
        assert_eq!(compare(Num::Int(1), Num::Float(f64::NAN)), None);
        assert_eq!(compare(Num::Int(3), Num::Float(2.5)), Some(Ordering::Greater));
        assert_eq!(compare(Num::Int(-3), Num::Float(-2.5)), Some(Ordering::Less));
        let h = BigInt::from(1) << 2000usize;
        assert_eq!(compare(Num::Big(&h), Num::Float(f64::INFINITY)), Some(Ordering::Less));
        assert_eq!(compare(Num::Big(&h), Num::Float(1e308)), Some(Ordering::Greater));
        assert_eq!(compare(Num::Int(i64::MAX), Num::Float(9.223372036854776e18)), Some(Ordering::Less));
    }

    #[test]
    fn pow_modulo() {
        let bi = BigInt::from;
        assert_eq!(pow_mod(&bi(3), &bi(-1), &bi(7)).unwrap(), bi(5));
        assert_eq!(pow_mod(&bi(3), &bi(4), &bi(-5)).unwrap(), bi(-4));
        assert_eq!(
            err_msg(pow_mod(&bi(2), &bi(-1), &bi(4))),
            "ValueError base is not invertible for the given modulus"
        );
        assert_eq!(err_msg(pow_mod(&bi(2), &bi(3), &bi(0))), "ValueError pow() 3rd argument cannot be 0");
    }

    #[test]
    fn parsing() {
        let pi = |s: &str, b: u32| match parse_int(s, b) {
            Ok(NumResult::Int(i)) => format!("{i}"),
            Ok(NumResult::Big(b)) => format!("{b}"),
            Ok(other) => format!("{other:?}"),
            Err(e) => err_msg(Err::<(), _>(e)),
        };
        assert_eq!(pi("0x_1f", 0), "31");
        assert_eq!(pi(" 12_3 ", 10), "123");
        assert_eq!(pi("010", 0), "ValueError invalid literal for int() with base 0: '010'");
        assert_eq!(pi("000", 0), "0");
        assert_eq!(pi("1__0", 10), "ValueError invalid literal for int() with base 10: '1__0'");
        assert_eq!(pi("0b101", 2), "5");
        assert_eq!(pi("z", 36), "35");
        assert_eq!(pi("-Z", 36), "-35");
        assert_eq!(pi("x", 10), "ValueError invalid literal for int() with base 10: 'x'");
        assert_eq!(pi("12", 1), "ValueError int() base must be >= 2 and <= 36, or 0");
        assert_eq!(pi("", 10), "ValueError invalid literal for int() with base 10: ''");
        assert_eq!(pi("99999999999999999999", 10), "99999999999999999999");
        assert_eq!(
            pi(&"1".repeat(5000), 10),
            "ValueError Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit"
        );
        let pf = |s: &str| match parse_float(s) {
            Ok(f) => format!("{f:?}"),
            Err(e) => err_msg(Err::<(), _>(e)),
        };
        assert_eq!(pf(" 1_0.5 "), "10.5");
        assert_eq!(pf("-Infinity"), "-inf");
        assert_eq!(pf("nAn"), "NaN");
        assert_eq!(pf("1e"), "ValueError could not convert string to float: '1e'");
        assert_eq!(pf("x "), "ValueError could not convert string to float: 'x '");
        assert_eq!(pf(".5"), "0.5");
        assert_eq!(pf("5."), "5.0");
        assert_eq!(pf("_1"), "ValueError could not convert string to float: '_1'");
        assert_eq!(pf("1_e5"), "ValueError could not convert string to float: '1_e5'");
        assert_eq!(pf("1e5"), "100000.0");
    }

    #[test]
    fn rounding() {
        assert_eq!(round_float(2.675, 2).unwrap(), 2.67);
        assert_eq!(round_float(0.125, 2).unwrap(), 0.12);
        assert_eq!(round_float(0.375, 2).unwrap(), 0.38);
        assert_eq!(round_float(1234.5, -2).unwrap(), 1200.0);
        assert_eq!(round_float(1e308, -308).unwrap(), 1e308);
        assert_eq!(
            err_msg(round_float(1.7976931348623157e308, -308)),
            "OverflowError rounded value too large to represent"
        );
        assert_eq!(round_float(5e-324, 400).unwrap(), 5e-324);
        assert_eq!(round_float(123.456, -1).unwrap(), 120.0);
        assert!(round_float(-0.0, 1).unwrap().is_sign_negative());
        assert_eq!(round_float_to_int(2.5).unwrap(), NumResult::Int(2));
        assert_eq!(round_float_to_int(3.5).unwrap(), NumResult::Int(4));
        assert_eq!(round_float_to_int(-2.5).unwrap(), NumResult::Int(-2));
        assert_eq!(round_int(&BigInt::from(12345), -2), NumResult::Int(12300));
        assert_eq!(round_int(&BigInt::from(12350), -2), NumResult::Int(12400));
        assert_eq!(round_int(&BigInt::from(-12350), -2), NumResult::Int(-12400));
        assert_eq!(round_int(&BigInt::from(12450), -2), NumResult::Int(12400));
        assert_eq!(err_msg(float_to_int(f64::INFINITY)), "OverflowError cannot convert float infinity to integer");
        assert_eq!(err_msg(float_to_int(f64::NAN)), "ValueError cannot convert float NaN to integer");
        assert_eq!(float_to_int(1e20).unwrap(), NumResult::Big(big("100000000000000000000")));
        assert_eq!(float_to_int(-2.9).unwrap(), NumResult::Int(-2));
        let (n, d) = float_as_ratio(0.1).unwrap();
        assert_eq!((n, d), (BigInt::from(3602879701896397u64), BigInt::from(36028797018963968u64)));
    }

    /// Differential test against results recorded from CPython 3.13 (`testdata/gen_num.py`).
    #[test]
    fn matches_cpython_recorded() {
        enum V {
            I(BigInt),
            F(f64),
        }
        fn parse(t: &str) -> V {
            match t.as_bytes()[0] {
                b'i' => V::I(t[1..].parse().unwrap()),
                b'f' => V::F(f64::from_bits(u64::from_str_radix(&t[1..], 16).unwrap())),
                _ => panic!("bad token {t}"),
            }
        }
        fn show(r: &PyResult<Option<NumResult>>) -> String {
            match r {
                Ok(Some(NumResult::Int(i))) => format!("i{i}"),
                Ok(Some(NumResult::Big(b))) => format!("i{b}"),
                Ok(Some(NumResult::Float(f))) => format!("f{:x}", f.to_bits()),
                Ok(None) => "TypeError".into(),
                Err(e) => match e.message() {
                    Some((k, m)) => format!("E{}:{m}", k.name()),
                    None => format!("{e:?}"),
                },
            }
        }
        let data = include_str!("testdata/num_cases.txt");
        let mut checked = 0;
        for line in data.lines() {
            let parts: Vec<&str> = line.splitn(5, ' ').collect();
            let op = parts[0];
            if op == "parse" {
                let (text, want) = line["parse ".len()..].split_once(" i0 = ").unwrap();
                let V::F(w) = parse(want) else { panic!() };
                assert_eq!(parse_float(text).unwrap().to_bits(), w.to_bits(), "{line}");
                continue;
            }
            let a = parse(parts[1]);
            let b = parse(parts[2]);
            let num = |v: &V| -> NumOwned {
                match v {
                    V::I(b) => match b.to_i64() {
                        Some(i) => NumOwned::I(i),
                        None => NumOwned::B(b.clone()),
                    },
                    V::F(f) => NumOwned::F(*f),
                }
            };
            let (na, nb) = (num(&a), num(&b));
            match op {
                "round" => {
                    let V::F(x) = a else { panic!() };
                    let V::I(n) = b else { panic!() };
                    let got = match round_float(x, n.to_i64().unwrap()) {
                        Ok(f) => format!("f{:x}", f.to_bits()),
                        Err(e) => match e.message() {
                            Some((k, m)) => format!("E{}:{m}", k.name()),
                            None => format!("{e:?}"),
                        },
                    };
                    let want = parts[4];
                    let want = if want.starts_with('E') { want.to_string() } else { show_tok(want) };
                    assert_eq!(got, want, "{line}");
                }
                "hash" => {
                    let got = match &a {
                        V::F(f) => crate::value::hash::hash_float(*f),
                        V::I(b) => match b.to_i64() {
                            Some(i) => crate::value::hash::hash_int(i),
                            None => crate::value::hash::hash_bigint(b),
                        },
                    };
                    assert_eq!(format!("i{got}"), parts[4], "{line}");
                }
                _ => {
                    let binop_kind = match op {
                        "+" => BinOp::Add,
                        "-" => BinOp::Sub,
                        "*" => BinOp::Mult,
                        "/" => BinOp::Div,
                        "//" => BinOp::FloorDiv,
                        "%" => BinOp::Mod,
                        "**" => BinOp::Pow,
                        "<<" => BinOp::LShift,
                        ">>" => BinOp::RShift,
                        "&" => BinOp::BitAnd,
                        "|" => BinOp::BitOr,
                        "^" => BinOp::BitXor,
                        _ => panic!("op {op}"),
                    };
                    let cmp = compare(na.as_num(), nb.as_num());
                    let c = match cmp {
                        Some(Ordering::Less) => "<",
                        Some(Ordering::Greater) => ">",
                        Some(Ordering::Equal) => "=",
                        None => "u",
                    };
                    assert_eq!(c, parts[3], "compare: {line}");
                    let want = parts[4];
                    if want == "C" || want.contains("complex exponentiation") {
                        continue; // complex results: see complex_pow_real
                    }
                    let got = show(&binop(na.as_num(), nb.as_num(), binop_kind));
                    let want = if want.starts_with("ETypeError") {
                        "TypeError".to_string()
                    } else if want.starts_with('E') {
                        want.to_string()
                    } else {
                        show_tok(want)
                    };
                    if want.starts_with('f') && got.starts_with('f') {
                        let (g, w) = (
                            f64::from_bits(u64::from_str_radix(&got[1..], 16).unwrap()),
                            f64::from_bits(u64::from_str_radix(&want[1..], 16).unwrap()),
                        );
                        if g.is_nan() && w.is_nan() {
                            continue;
                        }
                    }
                    assert_eq!(got, want, "{line}");
                }
            }
            checked += 1;
        }
        assert!(checked > 3000);
    }

    enum NumOwned {
        I(i64),
        B(BigInt),
        F(f64),
    }
    impl NumOwned {
        fn as_num(&self) -> Num<'_> {
            match self {
                NumOwned::I(i) => Num::Int(*i),
                NumOwned::B(b) => Num::Big(b),
                NumOwned::F(f) => Num::Float(*f),
            }
        }
    }
    /// Normalises a recorded token to the `show` format.
    fn show_tok(t: &str) -> String {
        if let Some(h) = t.strip_prefix('f') {
            format!("f{:x}", u64::from_str_radix(h, 16).unwrap())
        } else {
            t.to_string()
        }
    }

    /// `int(s, base)` and `float(s)` on random strings, against recorded CPython results.
    #[test]
    fn parsing_matches_cpython_recorded() {
        for line in include_str!("testdata/parse_cases.txt").lines() {
            let f: Vec<&str> = line.split('\x01').collect();
            let text = f[0][1..f[0].len() - 1].replace("\\t", "\t");
            let base: u32 = f[1].parse().unwrap();
            let got_int = match parse_int(&text, base) {
                Ok(NumResult::Int(i)) => format!("i{i}"),
                Ok(NumResult::Big(b)) => format!("i{b}"),
                Ok(other) => format!("{other:?}"),
                Err(e) => match e.message() {
                    Some((_, m)) => format!("E{m}"),
                    None => format!("{e:?}"),
                },
            };
            assert_eq!(got_int, f[2], "int({:?}, {base})", text);
            let got_float = match parse_float(&text) {
                Ok(x) => format!("f{:x}", x.to_bits()),
                Err(e) => match e.message() {
                    Some((_, m)) => format!("E{m}"),
                    None => format!("{e:?}"),
                },
            };
            let want = f[3];
            if want.starts_with('f') && got_float.starts_with('f') {
                let w = f64::from_bits(u64::from_str_radix(&want[1..], 16).unwrap());
                let g = f64::from_bits(u64::from_str_radix(&got_float[1..], 16).unwrap());
                if w.is_nan() && g.is_nan() {
                    continue;
                }
            }
            assert_eq!(got_float, want, "float({:?})", text);
        }
    }
}

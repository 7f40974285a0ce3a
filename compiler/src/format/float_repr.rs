//! CPython's float-to-text conversions: `repr(float)` (shortest round-trip digits) and the
//! `e`/`f`/`g` styles used by `format()` and `%`, all correctly rounded (built on Rust's
//! exact `{:e}` / `{:.*e}` / `{:.*}` formatting).

/// `repr(f)`: shortest digits that round-trip, fixed notation for decimal exponents in
/// `-4 <= exp < 16`, scientific otherwise (`1e+16`, `1.5e-05`).
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".to_string();
    }
    if f.is_infinite() {
        return if f < 0.0 { "-inf".to_string() } else { "inf".to_string() };
    }
    let mut out = String::with_capacity(24);
    if f.is_sign_negative() {
        out.push('-');
    }
    let (digits, exp) = shortest_digits(f.abs());
    layout(&mut out, &digits, exp + 1, 16, false, true, false);
    out
}

/// The output styles of `PyOS_double_to_string`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatStyle {
    /// `e`: one digit, point, `precision` digits, exponent.
    Exp,
    /// `f`: `precision` digits after the point.
    Fixed,
    /// `g`: `precision` significant digits, fixed or exponent form.
    General,
    /// `r`: shortest round-trip digits (`repr`).
    Repr,
}

/// Formats the magnitude of a finite, non-negative `f` (the caller adds the sign).
/// `alt` is the `#` flag (keep the point and trailing zeros); `add_dot_0` adds `.0` to
/// integral results and, for `General`, switches to exponent form one digit earlier, as
/// CPython does for format specs without a type.
pub fn format_abs(f: f64, style: FloatStyle, precision: usize, alt: bool, add_dot_0: bool, upper: bool) -> String {
    debug_assert!(f.is_finite());
    let f = f.abs();
    let mut out = String::new();
    match style {
        FloatStyle::Fixed => {
            out = fixed_digits(f, precision);
            if alt && precision == 0 {
                out.push('.');
            }
        }
        FloatStyle::Exp => {
            let s = exp_digits(f, precision);
            let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
            out.push_str(mant);
            if alt && precision == 0 {
                out.push('.');
            }
            push_exp(&mut out, exp.parse().unwrap_or(0), upper);
        }
        FloatStyle::General => {
            let p = precision.max(1);
            let s = exp_digits(f, p - 1);
            let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
            let exp: i32 = exp.parse().unwrap_or(0);
            let digits: String = mant.bytes().filter(|b| b.is_ascii_digit()).map(|b| b as char).collect();
            let threshold = if add_dot_0 { p as i32 - 1 } else { p as i32 };
            layout(&mut out, &digits, exp + 1, threshold, alt, add_dot_0, upper);
        }
        FloatStyle::Repr => {
            let (digits, exp) = shortest_digits(f);
            layout(&mut out, &digits, exp + 1, 16, alt, add_dot_0, upper);
        }
    }
    out
}

/// Digits past these are zeros for every double (its exact decimal expansion has at most 1074
/// fractional digits and 767 significant ones), and Rust's formatter refuses precisions past
/// 65535: larger precisions format this many and append the zeros.
const EXACT_DIGITS: usize = 1100;

/// `f` in fixed notation with `precision` fractional digits.
fn fixed_digits(f: f64, precision: usize) -> String {
    if let Some(s) = fixed_digits_u128(f, precision) {
        return s;
    }
    let mut s = format!("{:.*}", precision.min(EXACT_DIGITS), f);
    s.extend(std::iter::repeat_n('0', precision.saturating_sub(EXACT_DIGITS)));
    s
}

/// Largest precision [`fixed_digits_u128`] takes: mantissa (< 2^53) × 10^20 (< 2^67) fits
/// in 120 bits.
const U128_MAX_PRECISION: usize = 20;

/// `fixed_digits` in integer arithmetic, for the common case (`'%.3f' % x`, `f"{x:.2f}"`):
/// `f` = m·2^e exactly, so `f`·10^p = m·10^p / 2^-e, rounded half to even like CPython's
/// dtoa. `None` when the numbers do not fit a u128 (precision past 20, large magnitudes);
/// the general formatter handles those.
fn fixed_digits_u128(f: f64, precision: usize) -> Option<String> {
    if precision > U128_MAX_PRECISION || !f.is_finite() {
        return None;
    }
    let bits = f.to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    // Subnormals have no implicit leading bit and the smallest exponent.
    let (m, e) = if raw_exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), raw_exp - 1075) };
    let scaled: u128 = if e >= 0 {
        if e > 74 {
            return None;
        }
        ((m as u128) << e).checked_mul(10u128.pow(precision as u32))?
    } else {
        let n = (m as u128) * 10u128.pow(precision as u32);
        let k = (-e) as u32;
        if k >= 128 {
            // n < 2^120 <= 2^(k-1): below one half, rounds to zero.
            0
        } else {
            let q = n >> k;
            let r = n & ((1u128 << k) - 1);
            let half = 1u128 << (k - 1);
            if r > half || (r == half && q & 1 == 1) { q + 1 } else { q }
        }
    };
    let digits = match u64::try_from(scaled) {
        Ok(small) => small.to_string(),
        Err(_) => scaled.to_string(),
    };
    let mut out = String::with_capacity(digits.len() + precision + 2);
    if precision == 0 {
        out.push_str(&digits);
    } else if digits.len() > precision {
        let (int, fraction) = digits.split_at(digits.len() - precision);
        out.push_str(int);
        out.push('.');
        out.push_str(fraction);
    } else {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', precision - digits.len()));
        out.push_str(&digits);
    }
    Some(out)
}

/// `f` as Rust's `{:e}` writes it with `precision` mantissa digits after the point.
fn exp_digits(f: f64, precision: usize) -> String {
    let s = format!("{:.*e}", precision.min(EXACT_DIGITS), f);
    if precision <= EXACT_DIGITS {
        return s;
    }
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let mut out = String::with_capacity(precision + 8);
    out.push_str(mant);
    out.extend(std::iter::repeat_n('0', precision - EXACT_DIGITS));
    out.push('e');
    out.push_str(exp);
    out
}

/// Shortest round-trip decimal digits of a finite non-negative float and its decimal
/// exponent (value = d.ddd × 10^exp).
fn shortest_digits(f: f64) -> (String, i32) {
    if let Some(short) = few_decimals(f) {
        return short;
    }
    let s = format!("{:e}", f);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: String = mant.bytes().filter(|b| b.is_ascii_digit()).map(|b| b as char).collect();
    (digits, exp.parse().unwrap_or(0))
}

/// `shortest_digits` of a float with few decimals (`12.5`, `0.333`, `1234.5625`: most data),
/// without the formatting machinery (10x the work). The fewest decimals `k` such that
/// `m = round(f * 10**k)` gives back `f` as `m / 10**k` give the fewest significant digits,
/// so those digits are the shortest round-trip ones: below 2**50, `f`'s rounding interval
/// scaled by `10**k` is narrower than 0.25, so `m` is the only integer in it, and the float
/// product `f * 10**k` (10**k exact up to 10**22) is off by less than that, so `round` finds
/// `m` whenever it exists. The division is one correctly rounded operation on exact operands,
/// so comparing with `f` checks the round trip exactly.
fn few_decimals(f: f64) -> Option<(String, i32)> {
    const LIMIT: f64 = (1u64 << 50) as f64;
    let mut scale = 1.0;
    for k in 0..=17 {
        let m = (f * scale).round();
        if m >= LIMIT {
            return None;
        }
        if m / scale == f {
            let mut buf = [0u8; 20];
            let at = super::write_decimal(m as u64, &mut buf);
            let exp = (20 - at) as i32 - 1 - k;
            // Only k = 0 leaves trailing zeros (1200); the digits are significant ones.
            let digits = std::str::from_utf8(&buf[at..]).ok()?.trim_end_matches('0');
            return Some((String::from(if digits.is_empty() { "0" } else { digits }), exp));
        }
        scale *= 10.0;
    }
    None
}

fn push_exp(out: &mut String, exp: i32, upper: bool) {
    out.push(if upper { 'E' } else { 'e' });
    out.push(if exp < 0 { '-' } else { '+' });
    let e = exp.unsigned_abs();
    if e < 10 {
        out.push('0');
    }
    out.push_str(&e.to_string());
}

/// Lays out significant `digits` with the decimal point after `decpt` digits, in fixed
/// notation when `-4 < decpt <= threshold`, else in exponent notation. Trailing zeros are
/// dropped unless `alt`.
fn layout(out: &mut String, digits: &str, decpt: i32, threshold: i32, alt: bool, add_dot_0: bool, upper: bool) {
    let digits = if alt {
        digits
    } else {
        let t = digits.trim_end_matches('0');
        if t.is_empty() { "0" } else { t }
    };
    let n = digits.len() as i32;
    if decpt <= -4 || decpt > threshold {
        out.push_str(&digits[..1]);
        if n > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        } else if alt {
            out.push('.');
        }
        push_exp(out, decpt - 1, upper);
        return;
    }
    if decpt <= 0 {
        out.push_str("0.");
        for _ in 0..-decpt {
            out.push('0');
        }
        out.push_str(digits);
    } else if decpt >= n {
        out.push_str(digits);
        for _ in 0..decpt - n {
            out.push('0');
        }
        if add_dot_0 {
            out.push_str(".0");
        } else if alt {
            out.push('.');
        }
    } else {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    }
}

#[cfg(test)]
mod tests;

//! Finite decimals with a coefficient that fits in a u128 (38 digits, enough for the default
//! precision of 28 and the products of money amounts), and the operations `_decimal_fast`
//! answers: exact add and multiply, rounding to a precision or to an exponent, comparison,
//! and the scientific string. Every function answers `None` where a u128 would overflow;
//! the caller then leaves the work to decimal.py, which uses Python ints.

use std::cmp::Ordering;

/// A finite decimal: (-1)**sign * coeff * 10**exp.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Finite {
    pub negative: bool,
    pub coeff: u128,
    pub exp: i64,
}

/// The rounding modes, by their decimal.py names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rounding {
    Down,
    HalfUp,
    HalfEven,
    Ceiling,
    Floor,
    Up,
    HalfDown,
    ZeroFiveUp,
}

impl Rounding {
    pub fn from_name(name: &str) -> Option<Rounding> {
        Some(match name {
            "ROUND_DOWN" => Rounding::Down,
            "ROUND_HALF_UP" => Rounding::HalfUp,
            "ROUND_HALF_EVEN" => Rounding::HalfEven,
            "ROUND_CEILING" => Rounding::Ceiling,
            "ROUND_FLOOR" => Rounding::Floor,
            "ROUND_UP" => Rounding::Up,
            "ROUND_HALF_DOWN" => Rounding::HalfDown,
            "ROUND_05UP" => Rounding::ZeroFiveUp,
            _ => return None,
        })
    }
}

/// Digits a u128 can always hold (10**38 < 2**128 < 10**39).
const MAX_DIGITS: usize = 38;

const POW10: [u128; MAX_DIGITS + 1] = {
    let mut t = [1u128; MAX_DIGITS + 1];
    let mut i = 1;
    while i <= MAX_DIGITS {
        t[i] = t[i - 1] * 10;
        i += 1;
    }
    t
};

/// 10**n, when it fits.
fn pow10(n: u64) -> Option<u128> {
    POW10.get(usize::try_from(n).ok()?).copied()
}

// Money amounts and their products fit in a u64. On wasm, u128 multiplication, division
// and formatting are calls into compiler-builtins (`__multi3`, `__udivti3`) several times
// slower than the native u64 instructions, so each operation below takes the u64 path when
// its operands fit.

/// The number of decimal digits of `c` (1 for zero, as decimal.py's `len(str(c))`).
pub fn digits(c: u128) -> i64 {
    match u64::try_from(c) {
        Ok(small) => digits_u64(small),
        Err(_) => c.checked_ilog10().map_or(1, |l| i64::from(l) + 1),
    }
}

/// `digits` of a u64 from its bit length: core's `ilog10` is a chain of calls on wasm (it
/// is not inlined into size-optimised code), and every result and rounding asks for it.
fn digits_u64(c: u64) -> i64 {
    if c == 0 {
        return 1;
    }
    let bits = 64 - c.leading_zeros();
    // 1233 / 4096 is just above log10(2): the digit count is `guess` or `guess + 1`.
    let guess = (bits * 1233) >> 12;
    i64::from(guess) + i64::from(u128::from(c) >= POW10[guess as usize])
}

/// `a * b`, when it fits.
fn checked_mul(a: u128, b: u128) -> Option<u128> {
    if let (Ok(x), Ok(y)) = (u64::try_from(a), u64::try_from(b))
        && let Some(p) = x.checked_mul(y)
    {
        return Some(u128::from(p));
    }
    a.checked_mul(b)
}

/// `(c / p, c % p)`.
fn div_rem(c: u128, p: u128) -> (u128, u128) {
    match (u64::try_from(c), u64::try_from(p)) {
        (Ok(x), Ok(y)) => (u128::from(x / y), u128::from(x % y)),
        // A divisor past u64 with a dividend within it.
        (Ok(_), Err(_)) => (0, c),
        _ => (c / p, c % p),
    }
}

/// `c * 10**n`, when it fits.
fn scale_up(c: u128, n: i64) -> Option<u128> {
    if c == 0 {
        return Some(0);
    }
    checked_mul(c, pow10(u64::try_from(n).ok()?)?)
}

/// What rounding away digits did: decimal.py's (and CPython's) Rounded and Inexact.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Signals {
    pub rounded: bool,
    pub inexact: bool,
}

/// `c` without its last `drop` (>= 1) digits, rounded by `mode` (decimal.py's
/// `_round_coeff`); also whether the dropped digits were nonzero.
pub fn round_coeff(negative: bool, c: u128, drop: i64, mode: Rounding) -> (u128, bool) {
    let (q, r, half) = match pow10(drop as u64) {
        Some(p) => {
            let (q, r) = div_rem(c, p);
            (q, r, Some(p / 2))
        }
        // Every digit goes, and `c` is below half a unit of the kept place.
        None => (0, c, None),
    };
    if r == 0 {
        return (q, false);
    }
    let vs_half = half.map_or(Ordering::Less, |h| r.cmp(&h));
    let up = match mode {
        Rounding::HalfEven => vs_half == Ordering::Greater || (vs_half == Ordering::Equal && q % 2 == 1),
        Rounding::HalfUp => vs_half != Ordering::Less,
        Rounding::HalfDown => vs_half == Ordering::Greater,
        Rounding::Up => true,
        Rounding::Down => false,
        Rounding::Ceiling => !negative,
        Rounding::Floor => negative,
        Rounding::ZeroFiveUp => q % 10 == 0 || q % 10 == 5,
    };
    // q < 10**38 here (at least one digit was dropped), so q + 1 fits.
    (if up { q + 1 } else { q }, true)
}

/// `d` rounded to `prec` significant digits (decimal.py's `_fix`, precision part).
pub fn fix(d: Finite, prec: i64, mode: Rounding) -> (Finite, Signals) {
    let n = digits(d.coeff);
    if n <= prec || d.coeff == 0 {
        return (d, Signals::default());
    }
    let drop = n - prec;
    let (mut c, inexact) = round_coeff(d.negative, d.coeff, drop, mode);
    let mut exp = d.exp + drop;
    if digits(c) > prec {
        c /= 10;
        exp += 1;
    }
    (Finite { negative: d.negative, coeff: c, exp }, Signals { rounded: true, inexact })
}

/// The exact sum (decimal.py's `__add__` before rounding). `floor` says the context rounds
/// ROUND_FLOOR, which gives an exact zero sum of opposite signs a negative sign.
pub fn add(a: Finite, b: Finite, floor: bool) -> Option<Finite> {
    let exp = a.exp.min(b.exp);
    let x = scale_up(a.coeff, a.exp.checked_sub(exp)?)?;
    let y = scale_up(b.coeff, b.exp.checked_sub(exp)?)?;
    let (coeff, negative) = if a.negative == b.negative {
        (x.checked_add(y)?, a.negative)
    } else if x >= y {
        (x - y, a.negative)
    } else {
        (y - x, b.negative)
    };
    let negative =
        if coeff == 0 { (a.negative && b.negative) || (floor && a.negative != b.negative) } else { negative };
    Some(Finite { negative, coeff, exp })
}

/// The exact product.
pub fn mul(a: Finite, b: Finite) -> Option<Finite> {
    Some(Finite {
        negative: a.negative != b.negative,
        coeff: checked_mul(a.coeff, b.coeff)?,
        exp: a.exp.checked_add(b.exp)?,
    })
}

/// `d` with exponent `target`, rounded by `mode` when digits go; the signals are CPython's
/// (libmpdec's `mpd_qquantize`): Rounded whenever a nonzero operand loses digits, Inexact
/// when they were not all zeros.
pub fn quantize(d: Finite, target: i64, mode: Rounding) -> Option<(Finite, Signals)> {
    let drop = target.checked_sub(d.exp)?;
    if drop <= 0 {
        let coeff = scale_up(d.coeff, -drop)?;
        return Some((Finite { negative: d.negative, coeff, exp: target }, Signals::default()));
    }
    let (coeff, inexact) = round_coeff(d.negative, d.coeff, drop, mode);
    let signals = Signals { rounded: d.coeff != 0, inexact };
    Some((Finite { negative: d.negative, coeff, exp: target }, signals))
}

/// Numeric comparison (zeros of either sign are equal).
pub fn compare(a: Finite, b: Finite) -> Option<Ordering> {
    let (a_zero, b_zero) = (a.coeff == 0, b.coeff == 0);
    if a_zero && b_zero {
        return Some(Ordering::Equal);
    }
    let sign_of = |d: Finite, zero: bool| {
        if zero {
            0
        } else if d.negative {
            -1
        } else {
            1
        }
    };
    let (sa, sb) = (sign_of(a, a_zero), sign_of(b, b_zero));
    if sa != sb {
        return Some(sa.cmp(&sb));
    }
    // Same nonzero sign: compare magnitudes, then flip for negatives.
    let adj_a = a.exp + digits(a.coeff);
    let adj_b = b.exp + digits(b.coeff);
    let magnitude = if adj_a != adj_b {
        adj_a.cmp(&adj_b)
    } else {
        let exp = a.exp.min(b.exp);
        scale_up(a.coeff, a.exp - exp)?.cmp(&scale_up(b.coeff, b.exp - exp)?)
    };
    Some(if sa < 0 { magnitude.reverse() } else { magnitude })
}

/// The adjusted exponent (of the most significant digit).
pub fn adjusted(d: Finite) -> i64 {
    d.exp + digits(d.coeff) - 1
}

/// decimal.py's `__str__` (CPython's scientific string) of a finite decimal.
pub fn to_sci_string(d: Finite) -> String {
    let c = match u64::try_from(d.coeff) {
        Ok(small) => small.to_string(),
        Err(_) => d.coeff.to_string(),
    };
    let sign = if d.negative { "-" } else { "" };
    let exp = d.exp;
    let adjusted = exp + c.len() as i64 - 1;
    if exp <= 0 && adjusted >= -6 {
        if exp == 0 {
            return format!("{sign}{c}");
        }
        let point = c.len() as i64 + exp;
        if point > 0 {
            let (int, frac) = c.split_at(point as usize);
            return format!("{sign}{int}.{frac}");
        }
        return format!("{sign}0.{}{c}", "0".repeat((-point) as usize));
    }
    let (first, rest) = c.split_at(1);
    let point = if rest.is_empty() { String::new() } else { format!(".{rest}") };
    let esign = if adjusted >= 0 { '+' } else { '-' };
    format!("{sign}{first}{point}E{esign}{}", adjusted.unsigned_abs())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(negative: bool, coeff: u128, exp: i64) -> Finite {
        Finite { negative, coeff, exp }
    }

    #[test]
    fn rounds_like_decimal_py() {
        assert_eq!(round_coeff(false, 125, 1, Rounding::HalfEven), (12, true));
        assert_eq!(round_coeff(false, 135, 1, Rounding::HalfEven), (14, true));
        assert_eq!(round_coeff(false, 125, 1, Rounding::HalfDown), (12, true));
        assert_eq!(round_coeff(false, 125, 1, Rounding::HalfUp), (13, true));
        assert_eq!(round_coeff(true, 121, 1, Rounding::Floor), (13, true));
        assert_eq!(round_coeff(false, 121, 1, Rounding::Floor), (12, true));
        assert_eq!(round_coeff(false, 101, 1, Rounding::ZeroFiveUp), (11, true));
        assert_eq!(round_coeff(false, 121, 1, Rounding::ZeroFiveUp), (12, true));
        assert_eq!(round_coeff(false, 120, 1, Rounding::Up), (12, false));
        assert_eq!(round_coeff(false, 7, 45, Rounding::Up), (1, true));
        assert_eq!(round_coeff(false, 7, 45, Rounding::HalfUp), (0, true));
    }

    #[test]
    fn u64_and_u128_paths_agree() {
        let big = u128::from(u64::MAX) * 1000 + 7;
        for c in [0u128, 9, 10, 99_999, u128::from(u64::MAX), u128::from(u64::MAX) + 1, big, POW10[38]] {
            assert_eq!(digits(c), c.to_string().len() as i64, "{c}");
            for p in [1u128, 10, POW10[19], POW10[20], POW10[38]] {
                assert_eq!(div_rem(c, p), (c / p, c % p), "{c} / {p}");
            }
            for m in [0u128, 3, u128::from(u32::MAX) + 9, u128::from(u64::MAX), POW10[20]] {
                assert_eq!(checked_mul(c, m), c.checked_mul(m), "{c} * {m}");
            }
        }
        assert_eq!(to_sci_string(f(false, big, -3)), format!("{}.{:03}", big / 1000, big % 1000));
    }

    #[test]
    fn digits_at_every_power_of_ten() {
        for p in POW10 {
            for c in [p - 1, p, p + 1, p * 2, p / 2] {
                assert_eq!(digits(c), c.to_string().len() as i64, "{c}");
            }
        }
        for c in [0u128, 1, 9, u128::from(u64::MAX), u128::from(u64::MAX) + 1, u128::MAX] {
            assert_eq!(digits(c), c.to_string().len() as i64, "{c}");
        }
    }

    #[test]
    fn fix_carries_into_a_new_digit() {
        let (d, s) = fix(f(false, 9999, 0), 3, Rounding::HalfEven);
        assert_eq!(d, f(false, 100, 2));
        assert_eq!(s, Signals { rounded: true, inexact: true });
        let (d, s) = fix(f(false, 1000, 0), 3, Rounding::HalfEven);
        assert_eq!(d, f(false, 100, 1));
        assert_eq!(s, Signals { rounded: true, inexact: false });
    }

    #[test]
    fn adds_aligned_and_signs_zero() {
        assert_eq!(add(f(false, 13, -1), f(false, 2, 0), false), Some(f(false, 33, -1)));
        assert_eq!(add(f(false, 5, 0), f(true, 5, 0), false), Some(f(false, 0, 0)));
        assert_eq!(add(f(false, 5, 0), f(true, 5, 0), true), Some(f(true, 0, 0)));
        assert_eq!(add(f(false, 1, 40), f(false, 1, 0), false), None);
    }

    #[test]
    fn compares_across_exponents() {
        assert_eq!(compare(f(false, 10, -1), f(false, 1, 0)), Some(Ordering::Equal));
        assert_eq!(compare(f(true, 2, 0), f(true, 1, 0)), Some(Ordering::Less));
        assert_eq!(compare(f(true, 0, 5), f(false, 0, -3)), Some(Ordering::Equal));
        assert_eq!(compare(f(false, 1, 50), f(false, 9, 0)), Some(Ordering::Greater));
    }

    #[test]
    fn scientific_strings() {
        assert_eq!(to_sci_string(f(false, 123, -2)), "1.23");
        assert_eq!(to_sci_string(f(true, 5, -8)), "-5E-8");
        assert_eq!(to_sci_string(f(false, 12, 3)), "1.2E+4");
        assert_eq!(to_sci_string(f(false, 1, -6)), "0.000001");
    }
}

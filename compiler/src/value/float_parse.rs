//! Decimal text to the nearest `f64` (round-half-even), for float literals, `float(str)`,
//! `complex(str)` and `round()`.
//!
//! Why not `str::parse::<f64>`: core's parser (Eisel-Lemire with its 10 KB table of powers of
//! five, plus a decimal fallback) is ~15 KB of the wasm module. Here the common case (at most
//! 19 digits that fit 2**53, a power of ten up to 1e22) is one exact IEEE operation, as in
//! Clinger's fast path; everything else is exact big-integer arithmetic: slower, but such
//! inputs are rare and still microseconds.

use num_bigint::BigUint;
use num_traits::{One, ToPrimitive};

/// Significant digits kept: a tie between two doubles has at most 767 of them, so digits past
/// this only matter as "something nonzero follows" (kept as one trailing 1).
const MAX_DIGITS: usize = 800;

/// Parses `[+-]digits[.digits][(e|E)[+-]digits]` (at least one mantissa digit; no spaces,
/// underscores, `inf` or `nan`: callers handle those). `None` if `s` is not of that form.
pub fn parse_decimal(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    let mut i = 0;
    let negative = matches!(b.first(), Some(b'-'));
    if matches!(b.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    // Significant digits (leading zeros dropped) and the power of ten they are scaled by.
    let mut digits: Vec<u8> = Vec::new();
    let mut dropped_nonzero = false;
    let mut exp10: i64 = 0;
    let mut mantissa_digits = 0;
    let mut after_point = false;
    while i < b.len() {
        let c = b[i];
        if c == b'.' && !after_point {
            after_point = true;
        } else if c.is_ascii_digit() {
            mantissa_digits += 1;
            if digits.is_empty() && c == b'0' {
                if after_point {
                    exp10 -= 1;
                }
            } else if digits.len() < MAX_DIGITS {
                digits.push(c - b'0');
                if after_point {
                    exp10 -= 1;
                }
            } else {
                dropped_nonzero |= c != b'0';
                if !after_point {
                    exp10 += 1;
                }
            }
        } else {
            break;
        }
        i += 1;
    }
    if mantissa_digits == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        let exp_negative = matches!(b.get(i), Some(b'-'));
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let start = i;
        let mut e: i64 = 0;
        while i < b.len() && b[i].is_ascii_digit() {
            // Saturates: any exponent this large already means 0 or infinity.
            e = (e * 10 + i64::from(b[i] - b'0')).min(1 << 40);
            i += 1;
        }
        if i == start {
            return None;
        }
        exp10 += if exp_negative { -e } else { e };
    }
    if i != b.len() {
        return None;
    }
    if dropped_nonzero {
        digits.push(1);
        exp10 -= 1;
    }
    while digits.last() == Some(&0) {
        digits.pop();
        exp10 += 1;
    }
    let magnitude = nearest(&digits, exp10);
    Some(if negative { -magnitude } else { magnitude })
}

/// The double nearest `digits × 10**exp10` (`digits` without leading or trailing zeros).
fn nearest(digits: &[u8], exp10: i64) -> f64 {
    if digits.is_empty() {
        return 0.0;
    }
    let n = digits.len() as i64;
    // value < 10**(n+exp10): below 10**-324 it is under half the smallest subnormal.
    if n + exp10 < -324 {
        return 0.0;
    }
    // value ≥ 10**(n+exp10-1) > f64::MAX.
    if n + exp10 > 310 {
        return f64::INFINITY;
    }
    if n <= 19 {
        let m = digits.iter().fold(0u64, |acc, &d| acc * 10 + u64::from(d));
        if m <= 1 << 53 && exp10.abs() <= 22 {
            // Both operands exact, so the one rounding of the IEEE operation is the answer.
            let p = 10f64.powi(exp10.unsigned_abs() as i32);
            return if exp10 < 0 { m as f64 / p } else { m as f64 * p };
        }
    }
    let m = BigUint::from_radix_be(digits, 10).unwrap_or_default();
    let ten = BigUint::from(10u32);
    let (num, den) = if exp10 >= 0 {
        (m * num_traits::pow(ten, exp10 as usize), BigUint::one())
    } else {
        (m, num_traits::pow(ten, exp10.unsigned_abs() as usize))
    };
    nearest_ratio(&num, &den)
}

/// The double nearest `num / den` (both positive), ties to even.
fn nearest_ratio(num: &BigUint, den: &BigUint) -> f64 {
    // Find k with 2**52 ≤ num / (den·2**k) < 2**53, or k = -1074 for subnormals.
    let mut k = num.bits() as i64 - den.bits() as i64 - 53;
    loop {
        let kk = k.max(-1074);
        let (q, r) = quotient(num, den, kk);
        let bits = q.bits();
        if bits > 53 {
            k += 1;
            continue;
        }
        if bits < 53 && kk > -1074 {
            k -= 1;
            continue;
        }
        let mut q = q.to_u64().unwrap_or(0);
        let mut e = kk;
        // Round half to even on the remainder r / divisor.
        let twice_r = r << 1u32;
        let divisor = if kk >= 0 { den << kk as usize } else { den.clone() };
        let up = match twice_r.cmp(&divisor) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Equal => q & 1 == 1,
            std::cmp::Ordering::Less => false,
        };
        if up {
            q += 1;
            if q == 1 << 53 {
                q = 1 << 52;
                e += 1;
            }
        }
        return compose(q, e);
    }
}

/// `num / (den·2**k)` as quotient and remainder (the remainder over `den·2**k` for k ≥ 0,
/// over `den` for k < 0, where the numerator is scaled up instead).
fn quotient(num: &BigUint, den: &BigUint, k: i64) -> (BigUint, BigUint) {
    use num_integer::Integer;
    if k >= 0 { num.div_rem(&(den << k as usize)) } else { (num << k.unsigned_abs() as usize).div_rem(den) }
}

/// The double `q × 2**e` for q < 2**53 (q ≥ 2**52 unless e = -1074).
fn compose(q: u64, e: i64) -> f64 {
    if q == 0 {
        return 0.0;
    }
    if q < 1 << 52 {
        // Subnormal: the biased exponent is 0 and q is the fraction field.
        return f64::from_bits(q);
    }
    let biased = e + 1075;
    if biased >= 2047 {
        return f64::INFINITY;
    }
    f64::from_bits(((biased as u64) << 52) | (q - (1 << 52)))
}

#[cfg(test)]
mod tests {
    use super::parse_decimal;

    /// Our parser and core's agree bit for bit (core's is correctly rounded).
    fn agrees(s: &str) {
        let ours = parse_decimal(s);
        let core = s.parse::<f64>().ok();
        assert_eq!(ours.map(f64::to_bits), core.map(f64::to_bits), "{s}");
    }

    #[test]
    fn hard_cases_round_like_core() {
        for s in [
            "0",
            "0.0",
            "-0.0",
            "1",
            "1.",
            ".5",
            "-.5e-3",
            "+2.5",
            "1e5",
            "1E5",
            "1e+5",
            "1e-5",
            "0.1",
            "0.3",
            "123456789012345678901234567890",
            "9007199254740993",
            "9007199254740992",
            "9007199254740995",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "1.8e308",
            "1e309",
            "2.2250738585072011e-308",
            "2.2250738585072014e-308",
            "4.9406564584124654e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "2.47032822920623272e-324",
            "1e-324",
            "5e-324",
            "3e-324",
            "7e-324",
            "1e-400",
            "1e400",
            "0e999999999999999999999",
            "1e-99999999999999999999",
            "1e99999999999999999999",
            "123.456e-7",
            "00000.00001",
            "1000000000000000000000000e-24",
            "8.98846567431158e307",
            "2.225073858507201e-308",
            "1e23",
            "1e22",
            "9e15",
            "4.35679e-10",
            "0.000000000000000000000000000000000000000000000000001",
            "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.9999999",
        ] {
            agrees(s);
        }
        // A tie written with more than MAX_DIGITS digits, then just above it.
        let tie = format!("9007199254740993{}", "0".repeat(900));
        agrees(&tie);
        agrees(&format!("{tie}1"));
        agrees(&format!("0.{}1", "0".repeat(1000)));
    }

    #[test]
    fn rejects_what_is_not_a_decimal() {
        for s in
            ["", ".", "+", "-", "e5", ".e5", "1e", "1e+", "1.2.3", "1e5.0", "1 ", " 1", "0x10", "1_0", "--1", "1ee5"]
        {
            assert_eq!(parse_decimal(s), None, "{s}");
            assert!(s.parse::<f64>().is_err(), "{s}");
        }
    }

    #[test]
    fn random_decimals_round_like_core() {
        // xorshift: repeatable, no dependency.
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..20000 {
            let digits = 1 + (next() % 25) as usize;
            let mut s: String = (0..digits).map(|_| char::from(b'0' + (next() % 10) as u8)).collect();
            if next() % 2 == 0 {
                s.insert((next() as usize) % (s.len() + 1), '.');
            }
            let e = (next() % 700) as i64 - 350;
            agrees(&format!("{s}e{e}"));
            // Neighbours of real doubles: the shortest repr and one more digit of it.
            let x = f64::from_bits(next() >> 1);
            if x.is_finite() {
                agrees(&format!("{x:e}"));
                agrees(&format!("{x:.17e}"));
                agrees(&format!("{x:.25e}"));
            }
        }
    }
}

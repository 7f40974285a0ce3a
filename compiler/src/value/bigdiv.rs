//! Floor division of big ints, with a linear-time path for small quotients.
//!
//! Programs that divide two big ints of similar size (digit extraction in `pidigits`,
//! continued fractions, base conversion by repeated division, `Fraction` arithmetic) get a
//! quotient of a few bits. num-bigint's general division (Burnikel–Ziegler above its
//! threshold) does much more work than that needs: here the quotient is estimated from the
//! top bits of both operands and corrected with one multiply-subtract, which is O(n).

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

/// `(x // y, x % y)` with Python's rounding toward negative infinity. `y` must be non-zero.
pub fn div_mod_floor(x: &BigInt, y: &BigInt) -> (BigInt, BigInt) {
    match small_quotient(x.magnitude(), y.magnitude()) {
        Some((q, r)) => apply_signs(x.sign(), y.sign(), q, r, y.magnitude()),
        None => x.div_mod_floor(y),
    }
}

/// `x // y`; `y` must be non-zero.
pub fn div_floor(x: &BigInt, y: &BigInt) -> BigInt {
    div_mod_floor(x, y).0
}

/// `x % y` (the sign of `y`); `y` must be non-zero.
pub fn mod_floor(x: &BigInt, y: &BigInt) -> BigInt {
    div_mod_floor(x, y).1
}

/// Below this divisor size num-bigint divides by a single digit, already linear.
const MIN_DIVISOR_BITS: u64 = 128;
/// Largest quotient (in bits) the estimate handles: the top 64 bits of the divisor and
/// `64 + MAX_QUOTIENT_BITS` of the dividend must fit the u128 division below.
const MAX_QUOTIENT_BITS: u64 = 60;

/// `(a / b, a % b)` for magnitudes when the quotient is small, else None.
fn small_quotient(a: &BigUint, b: &BigUint) -> Option<(BigUint, BigUint)> {
    let (abits, bbits) = (a.bits(), b.bits());
    if bbits < MIN_DIVISOR_BITS || abits > bbits + MAX_QUOTIENT_BITS {
        return None;
    }
    if a < b {
        return Some((BigUint::zero(), a.clone()));
    }
    // b = top·2^s + low with 2^63 <= top < 2^64, so the true quotient is within one of
    // (a >> s) / top: the divisor's dropped bits shift the ratio by less than 2^-63 of
    // a quotient below 2^60.
    let shift = bbits - 64;
    let top = (b >> shift).to_u64()?;
    let head = (a >> shift).to_u128()?;
    let mut q = (head / u128::from(top)) as u64;
    // One multiply-subtract, then at most a step either way.
    let product = b * q;
    let mut r = if product > *a {
        q -= 1;
        a + b - product
    } else {
        a - product
    };
    while r >= *b {
        q += 1;
        r -= b;
    }
    Some((BigUint::from(q), r))
}

/// Signs for floor division from the magnitudes' quotient and remainder.
fn apply_signs(xs: Sign, ys: Sign, q: BigUint, r: BigUint, b: &BigUint) -> (BigInt, BigInt) {
    let x_negative = xs == Sign::Minus;
    let y_negative = ys == Sign::Minus;
    let y_sign = if y_negative { Sign::Minus } else { Sign::Plus };
    if x_negative == y_negative {
        // x = q·y + r with r taking y's sign.
        return (BigInt::from_biguint(Sign::Plus, q), BigInt::from_biguint(y_sign, r));
    }
    if r.is_zero() {
        return (BigInt::from_biguint(Sign::Minus, q), BigInt::zero());
    }
    // Rounding toward -inf moves the quotient one further and the remainder across 0.
    let q = BigInt::from_biguint(Sign::Minus, q + 1u32);
    (q, BigInt::from_biguint(y_sign, b - r))
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::One;

    fn check(x: &BigInt, y: &BigInt) {
        let expected = x.div_mod_floor(y);
        assert_eq!(div_mod_floor(x, y), expected, "{x} divmod {y}");
    }

    #[test]
    fn matches_general_division_around_the_fast_path_edges() {
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..3000 {
            let blen = 2 + (next() % 6) as usize;
            let b = BigUint::from_slice(&(0..blen * 2).map(|_| next() as u32).collect::<Vec<_>>());
            let qbits = next() % 64;
            let q = BigUint::from(next()) >> (64 - qbits.max(1));
            let extra = BigUint::from_slice(&(0..blen * 2).map(|_| next() as u32).collect::<Vec<_>>()) % (&b + 1u32);
            let a = &b * &q + extra;
            for (sa, sb) in [
                (Sign::Plus, Sign::Plus),
                (Sign::Minus, Sign::Plus),
                (Sign::Plus, Sign::Minus),
                (Sign::Minus, Sign::Minus),
            ] {
                let x = BigInt::from_biguint(sa, a.clone());
                let y = BigInt::from_biguint(sb, b.clone());
                if !y.is_zero() {
                    check(&x, &y);
                }
            }
        }
    }

    #[test]
    fn exact_multiples_and_off_by_one_neighbours() {
        let b: BigInt = (BigInt::one() << 200u32) - 1;
        for q in [1u64, 2, 9, (1 << 60) - 1, 1 << 59] {
            let a = &b * q;
            for d in [-1i32, 0, 1] {
                for x in [&a + d, -(&a + d)] {
                    check(&x, &b);
                    check(&x, &-&b);
                }
            }
        }
        check(&BigInt::from(5), &(BigInt::one() << 130u32));
        check(&-(BigInt::one() << 130u32), &(BigInt::one() << 129u32));
    }
}

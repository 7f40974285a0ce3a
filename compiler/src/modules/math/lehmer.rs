//! Greatest common divisor of big ints by Lehmer's method (Knuth, TAOCP vol. 2, 4.5.2,
//! algorithm L): most Euclid steps are decided from the leading 64 bits alone, gathered into
//! a 2x2 matrix applied to the full numbers once per batch. num-bigint's binary gcd shifts
//! the whole numbers once per bit, which made `math.gcd` (and so every `Fraction` with large
//! terms) about a thousand times slower than CPython on 30,000-bit ints.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

/// gcd(|a|, |b|), non-negative.
pub fn gcd(a: &BigInt, b: &BigInt) -> BigInt {
    BigInt::from_biguint(Sign::Plus, gcd_unsigned(a.magnitude().clone(), b.magnitude().clone()))
}

fn gcd_unsigned(mut a: BigUint, mut b: BigUint) -> BigUint {
    if a < b {
        std::mem::swap(&mut a, &mut b);
    }
    while b.bits() > 64 {
        let shift = a.bits() - 64;
        let x = (&a >> shift).to_u64().unwrap_or(0) as i128;
        let y = (&b >> shift).to_u64().unwrap_or(0) as i128;
        let (mut x, mut y) = (x, y);
        let (mut ca, mut cb, mut cc, mut cd): (i128, i128, i128, i128) = (1, 0, 0, 1);
        // Steps of Euclid on the leading digits while they agree with the full numbers'.
        while y + cc != 0 && y + cd != 0 {
            let q = (x + ca) / (y + cc);
            if q != (x + cb) / (y + cd) {
                break;
            }
            (ca, cc) = (cc, ca - q * cc);
            (cb, cd) = (cd, cb - q * cd);
            (x, y) = (y, x - q * y);
            // Keep the cofactors far from overflowing (they stay below 2^64 in theory).
            if ca.abs() > 1 << 62 || cb.abs() > 1 << 62 || cc.abs() > 1 << 62 || cd.abs() > 1 << 62 {
                break;
            }
        }
        if cb == 0 {
            // No step could be decided: one full division.
            let r = &a % &b;
            a = std::mem::replace(&mut b, r);
        } else {
            let (sa, sb) = (BigInt::from(a), BigInt::from(b));
            let na = &sa * BigInt::from(ca) + &sb * BigInt::from(cb);
            let nb = &sa * BigInt::from(cc) + &sb * BigInt::from(cd);
            a = na.into_parts().1;
            b = nb.into_parts().1;
        }
    }
    // Small enough for machine words, or zero.
    if b.is_zero() {
        return a;
    }
    let r = (&a % &b).to_u64().unwrap_or(0);
    let b = b.to_u64().unwrap_or(0);
    BigUint::from(b.gcd(&r))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(a: BigInt, b: BigInt) {
        assert_eq!(gcd(&a, &b), a.gcd(&b), "gcd({a}, {b})");
    }

    #[test]
    fn agrees_with_the_binary_gcd() {
        let f = |n: u32| (1..=n).fold(BigInt::from(1), |acc, k| acc * k);
        check(f(300) + 1, f(299) * 7 + 3);
        check(f(400), f(390) * 11);
        check(f(200) * 6, -f(150) * 4);
        check(BigInt::from(0), f(100));
        check(f(100), BigInt::from(0));
        check(BigInt::from(2).pow(500) * 3, BigInt::from(2).pow(400) * 9);
        check(BigInt::from(12), BigInt::from(18));
        let mut x = BigInt::from(1);
        for k in 1..300u32 {
            x = x * 1_000_003 + k;
            check(x.clone(), x.clone() * 3 + 7);
            check(x.clone() * 5, BigInt::from(u64::MAX) * k);
        }
    }
}

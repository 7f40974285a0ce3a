//! CPython-identical hashes for numbers and tuples, so that sets of numbers and tuples
//! iterate in the same order as in CPython (64-bit build: `sys.hash_info.width == 64`).

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// `sys.hash_info.modulus`: the Mersenne prime 2**61 - 1.
pub const MODULUS: u64 = (1u64 << 61) - 1;
const BITS: u32 = 61;
/// `sys.hash_info.inf`.
pub const HASH_INF: i64 = 314159;

#[inline]
fn fix_minus_one(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

/// `hash(i)` for an int in i64 range (CPython: modulo 2**61 - 1, with -1 mapped to -2).
#[inline]
pub fn hash_int(i: i64) -> i64 {
    // Most ints are below the modulus: no 64-bit division for them.
    let a = i.unsigned_abs();
    let r = if a < MODULUS { a } else { a % MODULUS } as i64;
    fix_minus_one(if i < 0 { -r } else { r })
}

/// `hash(b)` for a big int.
pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let r = (b.magnitude() % m.magnitude()).to_i64().unwrap_or(0);
    fix_minus_one(if b.sign() == Sign::Minus { -r } else { r })
}

/// `hash(f)` (equal to `hash_int` for integral floats; `hash(nan)` is based on identity in
/// CPython, here 0; infinities hash to ±314159).
pub fn hash_float(f: f64) -> i64 {
    if !f.is_finite() {
        if f.is_nan() {
            return 0;
        }
        return if f > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let (mut m, mut e) = frexp(f);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % BITS as i32 } else { BITS as i32 - 1 - ((-1 - e) % BITS as i32) } as u32;
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    fix_minus_one((x as i64).wrapping_mul(sign))
}

/// `frexp(f)`: mantissa in [0.5, 1) (with sign) and exponent, for finite `f`.
pub fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 || !f.is_finite() {
        return (f, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(f * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// `hash(tuple)` from the hashes of its items (CPython's xxHash-based tuplehash).
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    let mut h = TupleHasher::new();
    for &ih in item_hashes {
        h.add(ih);
    }
    h.finish()
}

/// CPython's tuplehash fed one item hash at a time, so a tuple can be hashed without
/// collecting its item hashes first.
pub struct TupleHasher {
    acc: u64,
    len: u64,
}

impl TupleHasher {
    #[inline]
    pub fn new() -> TupleHasher {
        TupleHasher { acc: XXPRIME_5, len: 0 }
    }

    #[inline]
    pub fn add(&mut self, item_hash: i64) {
        self.acc = self.acc.wrapping_add((item_hash as u64).wrapping_mul(XXPRIME_2));
        self.acc = self.acc.rotate_left(31);
        self.acc = self.acc.wrapping_mul(XXPRIME_1);
        self.len += 1;
    }

    #[inline]
    pub fn finish(&self) -> i64 {
        let acc = self.acc.wrapping_add(self.len ^ (XXPRIME_5 ^ 3527539));
        if acc == u64::MAX {
            return 1546275796;
        }
        acc as i64
    }
}

impl Default for TupleHasher {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    #[test]
    fn ints() {
        assert_eq!(hash_int(-1), -2);
        assert_eq!(hash_int(0), 0);
        assert_eq!(hash_int(((1u64 << 61) - 1) as i64), 0);
        assert_eq!(hash_int(1 << 61), 1);
        assert_eq!(hash_int(i64::MIN), -4);
        assert_eq!(hash_bigint(&big("9223372036854775808")), 4);
        assert_eq!(hash_bigint(&(BigInt::from(1) << 100usize)), 549755813888);
        assert_eq!(hash_bigint(&-(BigInt::from(1) << 100usize)), -549755813888);
    }

    #[test]
    fn floats() {
        assert_eq!(hash_float(1.5), 1152921504606846977);
        assert_eq!(hash_float(-1.5), -1152921504606846977);
        assert_eq!(hash_float(0.1), 230584300921369408);
        assert_eq!(hash_float(1e300), 1224995262755759164);
        assert_eq!(hash_float(-1.0), -2);
        assert_eq!(hash_float(3.0), 3);
        assert_eq!(hash_float(f64::INFINITY), 314159);
        assert_eq!(hash_float(f64::NEG_INFINITY), -314159);
        assert_eq!(hash_float(2f64.powi(100)), 549755813888);
        assert_eq!(hash_float(5e-324), 16777216);
        assert_eq!(hash_float(1e-300), 482449582752280463);
        assert_eq!(hash_float(-2.5e-10), -699647011998930896);
        assert_eq!(hash_float(123456.789), 1819310134279660096);
    }

    #[test]
    fn tuples() {
        assert_eq!(hash_tuple(&[]), 5740354900026072187);
        assert_eq!(hash_tuple(&[1, 2]), -3550055125485641917);
        assert_eq!(hash_tuple(&[2, 3]), hash_tuple(&[2, 3]));
        let inner = hash_tuple(&[2, 3]);
        assert_eq!(hash_tuple(&[1, inner]), 7267574591690527098);
        assert_eq!(hash_tuple(&[-2]), 8078679518589016365);
    }
}

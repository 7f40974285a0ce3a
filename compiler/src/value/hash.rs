//! TODO(helper H3): CPython-identical hashes for numbers and tuples, so that sets of numbers and
//! tuples iterate in the same order as in CPython.

/// `hash(i)` for an int in i64 range (CPython: modulo 2**61 - 1, with -1 mapped to -2).
pub fn hash_int(i: i64) -> i64 {
    let _ = i;
    todo!()
}

/// `hash(b)` for a big int.
pub fn hash_bigint(b: &num_bigint::BigInt) -> i64 {
    let _ = b;
    todo!()
}

/// `hash(f)` (equal to `hash_int` for integral floats; `hash(nan)` is based on identity in
/// CPython, here 0; infinities hash to ±314159).
pub fn hash_float(f: f64) -> i64 {
    let _ = f;
    todo!()
}

/// `hash(tuple)` from the hashes of its items (CPython's xxHash-based tuplehash).
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    let _ = item_hashes;
    todo!()
}

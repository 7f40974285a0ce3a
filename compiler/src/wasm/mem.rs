//! `memcmp` for wasm32, eight bytes at a step.
//!
//! Every `==` and ordering of strs and byte slices of unknown length ends in `memcmp` (wasm
//! has no `bcmp`). compiler-builtins' (a weak symbol, so this one replaces it) compares a
//! byte per iteration: on wasm, with none of a C library's word tricks, it was 2-4 % of the
//! profile of programs that compare names and strings (qualnames in `make_function`, rounding
//! names in `_decimal_fast`, dict keys). Native builds keep their C library's.

/// `memcmp`'s result for `n` bytes at `a` and `b`: the difference of the first differing
/// bytes (as unsigned), or 0.
///
/// # Safety
/// `a` and `b` must be readable for `n` bytes.
#[cfg_attr(edge_speed, optimize(speed))]
pub unsafe fn compare_bytes(a: *const u8, b: *const u8, n: usize) -> i32 {
    let mut i = 0;
    while i + 8 <= n {
        // SAFETY: i + 8 <= n, and both are readable for n bytes (unaligned reads).
        let (x, y) = unsafe { (a.add(i).cast::<u64>().read_unaligned(), b.add(i).cast::<u64>().read_unaligned()) };
        if x != y {
            // Little-endian: the lowest differing bit is in the first differing byte.
            i += ((x ^ y).trailing_zeros() / 8) as usize;
            break;
        }
        i += 8;
    }
    while i < n {
        // SAFETY: i < n.
        let (x, y) = unsafe { (*a.add(i), *b.add(i)) };
        if x != y {
            return i32::from(x) - i32::from(y);
        }
        i += 1;
    }
    0
}

/// # Safety
/// As C's `memcmp`: `a` and `b` readable for `n` bytes.
#[cfg(target_arch = "wasm32")]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn memcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    // SAFETY: the caller's.
    unsafe { compare_bytes(a, b, n) }
}

#[cfg(test)]
mod tests {
    use super::compare_bytes;

    fn cmp(a: &[u8], b: &[u8]) -> i32 {
        assert_eq!(a.len(), b.len());
        unsafe { compare_bytes(a.as_ptr(), b.as_ptr(), a.len()) }
    }

    #[test]
    fn agrees_with_slice_order() {
        let base: Vec<u8> = (0..40u8).map(|i| i.wrapping_mul(37)).collect();
        for n in 0..base.len() {
            assert_eq!(cmp(&base[..n], &base[..n]), 0);
            for at in 0..n {
                for delta in [1u8, 0x80, 0xff] {
                    let mut other = base[..n].to_vec();
                    other[at] = other[at].wrapping_add(delta);
                    let want = i32::from(base[at]) - i32::from(other[at]);
                    assert_eq!(cmp(&base[..n], &other), want, "n={n} at={at} delta={delta}");
                    assert_eq!(cmp(&other, &base[..n]), -want);
                }
            }
        }
    }

    #[test]
    fn later_differences_do_not_hide_the_first() {
        let a = *b"abcdefghijklmnop";
        let mut b = a;
        b[3] = b'z';
        b[5] = b'a';
        assert!(cmp(&a, &b) < 0);
        assert_eq!(cmp(&a[..3], &b[..3]), 0);
    }
}

//! SHA-512 (FIPS 180-4), used by `random.seed(str/bytes)`. The round constants are derived
//! at first use from the primes, as the standard defines them.

use std::sync::OnceLock;

use num_bigint::BigUint;
use num_traits::ToPrimitive;

struct Consts {
    h: [u64; 8],
    k: [u64; 80],
}

fn primes(n: usize) -> Vec<u64> {
    let mut out = Vec::with_capacity(n);
    let mut c = 2u64;
    while out.len() < n {
        if out.iter().take_while(|&&p| p * p <= c).all(|&p| !c.is_multiple_of(p)) {
            out.push(c);
        }
        c += 1;
    }
    out
}

/// The first 64 fractional bits of the `root`-th root of `p`.
fn frac_bits(p: u64, root: u32) -> u64 {
    let scaled = BigUint::from(p) << (64 * root as usize);
    let r = if root == 2 { scaled.sqrt() } else { scaled.cbrt() };
    (r & BigUint::from(u64::MAX)).to_u64().unwrap_or(0)
}

fn consts() -> &'static Consts {
    static C: OnceLock<Consts> = OnceLock::new();
    C.get_or_init(|| {
        let ps = primes(80);
        let mut h = [0u64; 8];
        for (i, slot) in h.iter_mut().enumerate() {
            *slot = frac_bits(ps[i], 2);
        }
        let mut k = [0u64; 80];
        for (i, slot) in k.iter_mut().enumerate() {
            *slot = frac_bits(ps[i], 3);
        }
        Consts { h, k }
    })
}

pub fn sha512(data: &[u8]) -> [u8; 64] {
    let c = consts();
    let mut h = c.h;
    let mut msg = data.to_vec();
    let bitlen = (data.len() as u128) * 8;
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&bitlen.to_be_bytes());
    let mut w = [0u64; 80];
    for block in msg.chunks_exact(128) {
        for (i, chunk) in block.chunks_exact(8).enumerate() {
            w[i] = u64::from_be_bytes(chunk.try_into().unwrap_or([0; 8]));
        }
        for i in 16..80 {
            let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
            let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
        }
        let [mut a, mut b, mut cc, mut d, mut e, mut f, mut g, mut hh] = h;
        for (&ki, &wi) in c.k.iter().zip(w.iter()) {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh.wrapping_add(s1).wrapping_add(ch).wrapping_add(ki).wrapping_add(wi);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & cc) ^ (b & cc);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = cc;
            cc = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (slot, v) in h.iter_mut().zip([a, b, cc, d, e, f, g, hh]) {
            *slot = slot.wrapping_add(v);
        }
    }
    let mut out = [0u8; 64];
    for (i, v) in h.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&v.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn known_digest() {
        let d = super::sha512(b"abc");
        assert_eq!(d[0], 0xdd);
        assert_eq!(d[1], 0xaf);
        assert_eq!(d[63], 0x9f);
    }
}

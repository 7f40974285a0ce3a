//! SHA-2 (FIPS 180-4): SHA-224, SHA-256, SHA-384, SHA-512. The round constants and initial
//! values are derived at first use from the primes, as the standard defines them: SHA-512's
//! are the first 64 fractional bits of square roots (IVs) and cube roots (K); SHA-256's are
//! their top 32 bits; SHA-384's IVs come from the 9th to 16th primes, and SHA-224's are the
//! low 32 bits of those.

use std::sync::OnceLock;

use num_bigint::BigUint;
use num_traits::ToPrimitive;

struct Consts {
    iv512: [u64; 8],
    iv384: [u64; 8],
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
        let iv512 = std::array::from_fn(|i| frac_bits(ps[i], 2));
        let iv384 = std::array::from_fn(|i| frac_bits(ps[i + 8], 2));
        let k = std::array::from_fn(|i| frac_bits(ps[i], 3));
        Consts { iv512, iv384, k }
    })
}

/// Merkle–Damgård padding: `0x80`, zeros, then the bit length in `len_bytes` big-endian bytes.
fn padded(data: &[u8], block: usize, len_bytes: usize) -> Vec<u8> {
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % block != block - len_bytes {
        msg.push(0);
    }
    let bitlen = (data.len() as u128) * 8;
    msg.extend_from_slice(&bitlen.to_be_bytes()[16 - len_bytes..]);
    msg
}

fn sha512_core(iv: [u64; 8], data: &[u8], out_len: usize) -> Vec<u8> {
    let c = consts();
    let mut h = iv;
    let mut w = [0u64; 80];
    for block in padded(data, 128, 16).chunks_exact(128) {
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
    h.iter().flat_map(|v| v.to_be_bytes()).take(out_len).collect()
}

fn sha256_core(iv: [u32; 8], data: &[u8], out_len: usize) -> Vec<u8> {
    let c = consts();
    let k: [u32; 64] = std::array::from_fn(|i| (c.k[i] >> 32) as u32);
    let mut h = iv;
    let mut w = [0u32; 64];
    for block in padded(data, 64, 8).chunks_exact(64) {
        for (i, chunk) in block.chunks_exact(4).enumerate() {
            w[i] = u32::from_be_bytes(chunk.try_into().unwrap_or([0; 4]));
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
        }
        let [mut a, mut b, mut cc, mut d, mut e, mut f, mut g, mut hh] = h;
        for (&ki, &wi) in k.iter().zip(w.iter()) {
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh.wrapping_add(s1).wrapping_add(ch).wrapping_add(ki).wrapping_add(wi);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
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
    h.iter().flat_map(|v| v.to_be_bytes()).take(out_len).collect()
}

pub fn sha512(data: &[u8]) -> Vec<u8> {
    sha512_core(consts().iv512, data, 64)
}

pub fn sha384(data: &[u8]) -> Vec<u8> {
    sha512_core(consts().iv384, data, 48)
}

pub fn sha256(data: &[u8]) -> Vec<u8> {
    sha256_core(consts().iv512.map(|v| (v >> 32) as u32), data, 32)
}

pub fn sha224(data: &[u8]) -> Vec<u8> {
    sha256_core(consts().iv384.map(|v| v as u32), data, 28)
}

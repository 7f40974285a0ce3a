//! SHA-3 and SHAKE (FIPS 202): the Keccak-f[1600] permutation in a sponge.

const ROUND_CONSTANTS: [u64; 24] = [
    0x0000000000000001,
    0x0000000000008082,
    0x800000000000808a,
    0x8000000080008000,
    0x000000000000808b,
    0x0000000080000001,
    0x8000000080008081,
    0x8000000000008009,
    0x000000000000008a,
    0x0000000000000088,
    0x0000000080008009,
    0x000000008000000a,
    0x000000008000808b,
    0x800000000000008b,
    0x8000000000008089,
    0x8000000000008003,
    0x8000000000008002,
    0x8000000000000080,
    0x000000000000800a,
    0x800000008000000a,
    0x8000000080008081,
    0x8000000000008080,
    0x0000000080000001,
    0x8000000080008008,
];

/// The ρ rotation of each lane, in the order the π step visits the lanes (`PI_LANES`).
const RHO: [u32; 24] = [1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44];
const PI_LANES: [usize; 24] = [10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1];

fn keccak_f(state: &mut [u64; 25]) {
    for rc in ROUND_CONSTANTS {
        // θ: each lane takes the parities of two neighbouring columns.
        let mut parity = [0u64; 5];
        for (x, p) in parity.iter_mut().enumerate() {
            *p = state[x] ^ state[x + 5] ^ state[x + 10] ^ state[x + 15] ^ state[x + 20];
        }
        for x in 0..5 {
            let d = parity[(x + 4) % 5] ^ parity[(x + 1) % 5].rotate_left(1);
            for y in (0..25).step_by(5) {
                state[y + x] ^= d;
            }
        }
        // ρ and π together: rotate each lane while moving it to its new place.
        let mut carried = state[1];
        for (&lane, &rot) in PI_LANES.iter().zip(&RHO) {
            let next = state[lane];
            state[lane] = carried.rotate_left(rot);
            carried = next;
        }
        // χ: a non-linear mix along each row.
        for y in (0..25).step_by(5) {
            let row = [state[y], state[y + 1], state[y + 2], state[y + 3], state[y + 4]];
            for x in 0..5 {
                state[y + x] = row[x] ^ (!row[(x + 1) % 5] & row[(x + 2) % 5]);
            }
        }
        // ι
        state[0] ^= rc;
    }
}

fn xor_block(state: &mut [u64; 25], block: &[u8]) {
    for (lane, bytes) in state.iter_mut().zip(block.chunks_exact(8)) {
        *lane ^= u64::from_le_bytes(bytes.try_into().unwrap_or([0; 8]));
    }
}

/// The sponge: absorbs `data` at `rate` bytes per permutation, padded with the domain bits
/// (0x06 for SHA-3, 0x1f for SHAKE), and squeezes `out_len` bytes.
pub fn sponge(data: &[u8], rate: usize, domain: u8, out_len: usize) -> Vec<u8> {
    let mut state = [0u64; 25];
    let mut blocks = data.chunks_exact(rate);
    for block in &mut blocks {
        xor_block(&mut state, block);
        keccak_f(&mut state);
    }
    let mut last = vec![0u8; rate];
    let rest = blocks.remainder();
    last[..rest.len()].copy_from_slice(rest);
    last[rest.len()] ^= domain;
    last[rate - 1] ^= 0x80;
    xor_block(&mut state, &last);
    keccak_f(&mut state);
    let mut out = Vec::with_capacity(out_len);
    loop {
        let squeezed = state.iter().flat_map(|l| l.to_le_bytes()).take(rate);
        out.extend(squeezed.take(out_len - out.len()));
        if out.len() == out_len {
            return out;
        }
        keccak_f(&mut state);
    }
}

/// SHA3-224/256/384/512 by digest size in bytes.
pub fn sha3(data: &[u8], digest_size: usize) -> Vec<u8> {
    sponge(data, 200 - 2 * digest_size, 0x06, digest_size)
}

/// SHAKE128 (`security` 16 bytes) or SHAKE256 (32), `length` bytes of output.
pub fn shake(data: &[u8], security: usize, length: usize) -> Vec<u8> {
    sponge(data, 200 - 2 * security, 0x1f, length)
}

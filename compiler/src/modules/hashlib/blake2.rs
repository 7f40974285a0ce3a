//! BLAKE2b and BLAKE2s (RFC 7693), with the parameter block's salt, personalisation and
//! tree fields as CPython's `hashlib.blake2b`/`blake2s` take them.

/// Which message words each round feeds to the mixing function `g`.
const SIGMA: [[usize; 16]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

/// The state words each of a round's eight `g` steps mixes: columns, then diagonals.
const G_LANES: [[usize; 4]; 8] = [
    [0, 4, 8, 12],
    [1, 5, 9, 13],
    [2, 6, 10, 14],
    [3, 7, 11, 15],
    [0, 5, 10, 15],
    [1, 6, 11, 12],
    [2, 7, 8, 13],
    [3, 4, 9, 14],
];

/// The two word sizes: BLAKE2b works on u64, BLAKE2s on u32, otherwise the same algorithm.
trait Word: Copy + Default + std::ops::BitXor<Output = Self> + std::ops::Not<Output = Self> {
    const BYTES: usize;
    const ROUNDS: usize;
    const ROTATIONS: [u32; 4];
    const IV: [Self; 8];
    fn add(self, other: Self) -> Self;
    fn rotr(self, n: u32) -> Self;
    fn from_le(bytes: &[u8]) -> Self;
    /// The low word of `x`.
    fn low(x: u128) -> Self;
    fn to_le(self, out: &mut Vec<u8>);
}

impl Word for u64 {
    const BYTES: usize = 8;
    const ROUNDS: usize = 12;
    const ROTATIONS: [u32; 4] = [32, 24, 16, 63];
    const IV: [u64; 8] = [
        0x6a09e667f3bcc908,
        0xbb67ae8584caa73b,
        0x3c6ef372fe94f82b,
        0xa54ff53a5f1d36f1,
        0x510e527fade682d1,
        0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b,
        0x5be0cd19137e2179,
    ];
    fn add(self, other: Self) -> Self {
        self.wrapping_add(other)
    }
    fn rotr(self, n: u32) -> Self {
        self.rotate_right(n)
    }
    fn from_le(bytes: &[u8]) -> Self {
        u64::from_le_bytes(bytes.try_into().unwrap_or([0; 8]))
    }
    fn low(x: u128) -> Self {
        x as u64
    }
    fn to_le(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
}

impl Word for u32 {
    const BYTES: usize = 4;
    const ROUNDS: usize = 10;
    const ROTATIONS: [u32; 4] = [16, 12, 8, 7];
    const IV: [u32; 8] =
        [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    fn add(self, other: Self) -> Self {
        self.wrapping_add(other)
    }
    fn rotr(self, n: u32) -> Self {
        self.rotate_right(n)
    }
    fn from_le(bytes: &[u8]) -> Self {
        u32::from_le_bytes(bytes.try_into().unwrap_or([0; 4]))
    }
    fn low(x: u128) -> Self {
        x as u32
    }
    fn to_le(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
}

/// The parameters of one hash (checked against their limits by the caller).
#[derive(Default)]
pub struct Params<'a> {
    pub digest_size: u8,
    pub key: &'a [u8],
    pub salt: &'a [u8],
    pub person: &'a [u8],
    pub fanout: u8,
    pub depth: u8,
    pub leaf_size: u32,
    pub node_offset: u64,
    pub node_depth: u8,
    pub inner_size: u8,
    pub last_node: bool,
}

fn g<W: Word>(v: &mut [W; 16], lanes: [usize; 4], x: W, y: W) {
    let [a, b, c, d] = lanes.map(|l| l & 15);
    let [r1, r2, r3, r4] = W::ROTATIONS;
    v[a] = v[a].add(v[b]).add(x);
    v[d] = (v[d] ^ v[a]).rotr(r1);
    v[c] = v[c].add(v[d]);
    v[b] = (v[b] ^ v[c]).rotr(r2);
    v[a] = v[a].add(v[b]).add(y);
    v[d] = (v[d] ^ v[a]).rotr(r3);
    v[c] = v[c].add(v[d]);
    v[b] = (v[b] ^ v[c]).rotr(r4);
}

fn compress<W: Word>(h: &mut [W; 8], block: &[u8], bytes_so_far: u128, last: bool, last_node: bool) {
    let mut m = [W::default(); 16];
    for (word, bytes) in m.iter_mut().zip(block.chunks_exact(W::BYTES)) {
        *word = W::from_le(bytes);
    }
    let mut v = [W::default(); 16];
    v[..8].copy_from_slice(h);
    v[8..].copy_from_slice(&W::IV);
    v[12] = v[12] ^ W::low(bytes_so_far);
    v[13] = v[13] ^ W::low(bytes_so_far >> (8 * W::BYTES));
    if last {
        v[14] = !v[14];
        if last_node {
            v[15] = !v[15];
        }
    }
    for round in 0..W::ROUNDS {
        let s = &SIGMA[round % 10];
        // A loop rather than eight calls: one copy of `g` per word size (size over speed).
        for (i, &lanes) in G_LANES.iter().enumerate() {
            g(&mut v, lanes, m[s[2 * i] & 15], m[s[2 * i + 1] & 15]);
        }
    }
    for i in 0..8 {
        h[i] = h[i] ^ v[i] ^ v[i + 8];
    }
}

fn blake2<W: Word>(p: &Params, data: &[u8]) -> Vec<u8> {
    let block_size = 16 * W::BYTES;
    // The parameter block: BLAKE2s packs the node offset into 6 bytes, BLAKE2b into 8.
    let mut param = vec![0u8; 8 * W::BYTES];
    param[0] = p.digest_size;
    param[1] = p.key.len() as u8;
    param[2] = p.fanout;
    param[3] = p.depth;
    param[4..8].copy_from_slice(&p.leaf_size.to_le_bytes());
    let offset_len = if W::BYTES == 8 { 8 } else { 6 };
    param[8..8 + offset_len].copy_from_slice(&p.node_offset.to_le_bytes()[..offset_len]);
    param[8 + offset_len] = p.node_depth;
    param[9 + offset_len] = p.inner_size;
    param[4 * W::BYTES..4 * W::BYTES + p.salt.len()].copy_from_slice(p.salt);
    param[6 * W::BYTES..6 * W::BYTES + p.person.len()].copy_from_slice(p.person);
    let mut h = W::IV;
    for (word, bytes) in h.iter_mut().zip(param.chunks_exact(W::BYTES)) {
        *word = *word ^ W::from_le(bytes);
    }
    // A key is one zero-padded block in front of the message.
    let mut message = Vec::new();
    let input = if p.key.is_empty() {
        data
    } else {
        message.extend_from_slice(p.key);
        message.resize(block_size, 0);
        message.extend_from_slice(data);
        &message
    };
    let mut done: u128 = 0;
    let mut rest = input;
    while rest.len() > block_size {
        done += block_size as u128;
        compress(&mut h, &rest[..block_size], done, false, false);
        rest = &rest[block_size..];
    }
    let mut last = vec![0u8; block_size];
    last[..rest.len()].copy_from_slice(rest);
    done += rest.len() as u128;
    compress(&mut h, &last, done, true, p.last_node);
    let mut out = Vec::with_capacity(8 * W::BYTES);
    for word in h {
        word.to_le(&mut out);
    }
    out.truncate(p.digest_size as usize);
    out
}

pub fn blake2b(p: &Params, data: &[u8]) -> Vec<u8> {
    blake2::<u64>(p, data)
}

pub fn blake2s(p: &Params, data: &[u8]) -> Vec<u8> {
    blake2::<u32>(p, data)
}

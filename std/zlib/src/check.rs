//! The two stream checksums: CRC-32 (gzip, RFC 1952) and Adler-32 (zlib, RFC 1950).

use std::sync::OnceLock;

/// Eight tables so that the CRC advances eight bytes per step ("slicing by 8"): table `k`
/// is the CRC of a byte followed by `k` zero bytes. Built on first use rather than stored,
/// which keeps 8 KiB out of the .wasm.
static CRC_TABLES: OnceLock<[[u32; 256]; 8]> = OnceLock::new();

fn crc_tables() -> [[u32; 256]; 8] {
    let mut t = [[0u32; 256]; 8];
    let mut n = 0;
    while n < 256 {
        let mut c = n as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { 0xedb8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        t[0][n] = c;
        n += 1;
    }
    let mut n = 0;
    while n < 256 {
        let mut k = 1;
        while k < 8 {
            let prev = t[k - 1][n];
            t[k][n] = (prev >> 8) ^ t[0][(prev & 0xff) as usize];
            k += 1;
        }
        n += 1;
    }
    t
}

pub fn crc32(start: u32, data: &[u8]) -> u32 {
    let t = CRC_TABLES.get_or_init(crc_tables);
    let mut c = !start;
    let mut chunks = data.chunks_exact(8);
    for b in &mut chunks {
        let lo = c ^ u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        c = t[7][(lo & 0xff) as usize]
            ^ t[6][((lo >> 8) & 0xff) as usize]
            ^ t[5][((lo >> 16) & 0xff) as usize]
            ^ t[4][(lo >> 24) as usize]
            ^ t[3][b[4] as usize]
            ^ t[2][b[5] as usize]
            ^ t[1][b[6] as usize]
            ^ t[0][b[7] as usize];
    }
    for &b in chunks.remainder() {
        c = (c >> 8) ^ t[0][((c ^ b as u32) & 0xff) as usize];
    }
    !c
}

const ADLER_MOD: u32 = 65521;
/// The most bytes whose sums cannot overflow 32 bits before the modulo is taken.
const ADLER_RUN: usize = 5552;

pub fn adler32(start: u32, data: &[u8]) -> u32 {
    let mut a = start & 0xffff;
    let mut b = start >> 16;
    for run in data.chunks(ADLER_RUN) {
        for &x in run {
            a += x as u32;
            b += a;
        }
        a %= ADLER_MOD;
        b %= ADLER_MOD;
    }
    (b << 16) | a
}

/// The running check of a zlib (Adler-32) or gzip (CRC-32) stream.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Check {
    None,
    Adler(u32),
    Crc(u32),
}

impl Check {
    pub fn update(&mut self, data: &[u8]) {
        match self {
            Check::None => {}
            Check::Adler(v) => *v = adler32(*v, data),
            Check::Crc(v) => *v = crc32(*v, data),
        }
    }
    pub fn value(&self) -> u32 {
        match *self {
            Check::None => 0,
            Check::Adler(v) | Check::Crc(v) => v,
        }
    }
}

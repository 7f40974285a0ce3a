//! Hash maps for the compiler's own tables (names, constants, scopes) and the VM's internal
//! ones (native module registry, source texts, the wasm build's in-memory files).
//!
//! Their keys are short identifiers chosen by the program's author, not by an attacker who
//! gains from collisions, so SipHash's flood resistance buys nothing here while costing a
//! tenth of the time to compile a module (`import typing` spent 10% of its instructions in it).
//! With no map left on `RandomState`, the wasm build carries no SipHash code at all.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

pub(crate) type Map<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;
pub(crate) type Set<T> = HashSet<T, BuildHasherDefault<WordHasher>>;

/// Folds the input a machine word at a time: rotate, xor, multiply by an odd constant.
#[derive(Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

const MULTIPLIER: u64 = 0x9e37_79b9_7f4a_7c15;

impl WordHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(MULTIPLIER);
    }
}

impl Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
        }
        let mut tail = 0u64;
        for (i, b) in chunks.remainder().iter().enumerate() {
            tail |= (*b as u64) << (8 * i);
        }
        self.add(tail ^ ((bytes.len() as u64) << 56));
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(n as u64);
    }

    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.add(n as u64);
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distinguishes_short_keys_and_finds_them_again() {
        let mut m: Map<String, usize> = Map::default();
        let names: Vec<String> =
            (0..2000).map(|i| format!("name_{i}")).chain(["".into(), "a".into(), "ab".into()]).collect();
        for (i, n) in names.iter().enumerate() {
            m.insert(n.clone(), i);
        }
        assert_eq!(m.len(), names.len());
        for (i, n) in names.iter().enumerate() {
            assert_eq!(m.get(n), Some(&i));
        }
        let hash = |s: &str| {
            let mut h = WordHasher::default();
            h.write(s.as_bytes());
            h.finish()
        };
        // Length is mixed in: a key and the same key padded with NULs differ.
        assert_ne!(hash("ab"), hash("ab\0"));
        assert_ne!(hash("abcdefgh"), hash("abcdefgh\0"));
    }
}

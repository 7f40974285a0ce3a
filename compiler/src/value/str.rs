//! `str` payload: UTF-8 text plus what makes code-point indexing and hashing cheap.

use std::cell::Cell;

/// A Python `str`. Stored as UTF-8; `nchars` is the length in code points so `len()` is O(1)
/// and ASCII strings (the common case, `nchars == s.len()`) index in O(1).
#[derive(Debug)]
pub struct PyStr {
    s: Box<str>,
    nchars: usize,
    /// Cached `hash()`; 0 means "not computed yet" (a real hash of 0 is remapped to 1).
    hash: Cell<i64>,
}

impl PyStr {
    pub fn new(s: impl Into<Box<str>>) -> PyStr {
        let s = s.into();
        let nchars = if s.is_ascii() { s.len() } else { s.chars().count() };
        PyStr { s, nchars, hash: Cell::new(0) }
    }

    /// Records an already computed `hash_bytes` of the text (interning hashes it first).
    pub fn with_hash(self, hash: i64) -> PyStr {
        self.hash.set(hash);
        self
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Length in code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.nchars
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }

    /// The code point at character index `i` (0 <= i < char_len()).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() { self.s.as_bytes().get(i).map(|&b| b as char) } else { self.s.chars().nth(i) }
    }

    /// Byte offset of character index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            self.s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(self.s.len())
        }
    }

    /// Characters `[start, end)` by code-point index (clamped).
    pub fn slice_chars(&self, start: usize, end: usize) -> &str {
        if end <= start {
            return "";
        }
        let b0 = self.byte_offset(start);
        let b1 = self.byte_offset(end);
        &self.s[b0..b1]
    }

    /// A stable, fast string hash (CPython randomises str hashes, so no program can depend
    /// on their values; we only need them to be good and deterministic).
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = hash_bytes(self.s.as_bytes());
        self.hash.set(h);
        h
    }
}

/// FNV-1a with a final avalanche; never returns 0 or -1 (both have special meanings).
pub fn hash_bytes(bytes: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    let h = (h >> 1) as i64; // keep it non-negative, like a Py_hash_t that is never -1
    if h == 0 { 1 } else { h }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexes_by_code_point() {
        let s = PyStr::new("héllo");
        assert_eq!(s.char_len(), 5);
        assert_eq!(s.char_at(1), Some('é'));
        assert_eq!(s.slice_chars(1, 3), "él");
        assert!(!s.is_ascii());
    }

    #[test]
    fn hash_is_cached_and_nonzero() {
        let s = PyStr::new("");
        assert_ne!(s.hash(), 0);
        assert_eq!(s.hash(), s.hash());
    }
}

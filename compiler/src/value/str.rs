//! `str` payload: UTF-8 text plus what makes code-point indexing and hashing cheap.

use std::borrow::Cow;
use std::cell::Cell;

/// Longest text kept inside the object: split/regex results are mostly short words, and one
/// allocation (and free) per word was the largest cost of text processing.
const INLINE: usize = 21;

/// The text of a `str`: short text inline, longer text in its own allocation. Each variant
/// carries the length in code points (24 bytes in all, keeping `Obj` at 40 bytes).
#[derive(Debug)]
pub enum StrText {
    /// `buf[..len]` is valid UTF-8 (only ever copied from a `&str`).
    Inline { len: u8, nchars: u8, buf: [u8; INLINE] },
    /// `nchars` is `u32::MAX` when the count does not fit, and is then counted on demand.
    Heap { nchars: u32, s: Box<str> },
}

impl StrText {
    fn inline(s: &str) -> Option<StrText> {
        if s.len() > INLINE {
            return None;
        }
        let mut buf = [0u8; INLINE];
        buf[..s.len()].copy_from_slice(s.as_bytes());
        let nchars = if s.is_ascii() { s.len() } else { s.chars().count() };
        Some(StrText::Inline { len: s.len() as u8, nchars: nchars as u8, buf })
    }

    /// `StrText::from(s)` for text the caller knows is ASCII (a piece of an ASCII str),
    /// skipping the scan for non-ASCII bytes.
    pub fn ascii(s: &str) -> StrText {
        debug_assert!(s.is_ascii());
        if s.len() > INLINE {
            return StrText::Heap { nchars: u32::try_from(s.len()).unwrap_or(u32::MAX), s: s.into() };
        }
        let mut buf = [0u8; INLINE];
        buf[..s.len()].copy_from_slice(s.as_bytes());
        StrText::Inline { len: s.len() as u8, nchars: s.len() as u8, buf }
    }

    fn heap(s: Box<str>) -> StrText {
        let n = if s.is_ascii() { s.len() } else { s.chars().count() };
        StrText::Heap { nchars: u32::try_from(n).unwrap_or(u32::MAX), s }
    }
}

impl From<&str> for StrText {
    fn from(s: &str) -> StrText {
        StrText::inline(s).unwrap_or_else(|| StrText::heap(s.into()))
    }
}

impl From<&mut str> for StrText {
    fn from(s: &mut str) -> StrText {
        StrText::from(&*s)
    }
}

impl From<&String> for StrText {
    fn from(s: &String) -> StrText {
        StrText::from(s.as_str())
    }
}

impl From<String> for StrText {
    fn from(s: String) -> StrText {
        StrText::inline(&s).unwrap_or_else(|| StrText::heap(s.into_boxed_str()))
    }
}

impl From<Box<str>> for StrText {
    fn from(s: Box<str>) -> StrText {
        StrText::inline(&s).unwrap_or_else(|| StrText::heap(s))
    }
}

impl From<Cow<'_, str>> for StrText {
    fn from(s: Cow<'_, str>) -> StrText {
        match s {
            Cow::Borrowed(b) => StrText::from(b),
            Cow::Owned(o) => StrText::from(o),
        }
    }
}

/// A Python `str`. Stored as UTF-8 with its length in code points, so `len()` is O(1) and
/// ASCII strings (the common case, `char_len() == as_str().len()`) index in O(1).
#[derive(Debug)]
pub struct PyStr {
    text: StrText,
    /// Cached `hash()`; 0 means "not computed yet" (a real hash of 0 is remapped to 1).
    hash: Cell<i64>,
}

const _: () = assert!(std::mem::size_of::<PyStr>() == 32);

impl PyStr {
    pub fn new(s: impl Into<StrText>) -> PyStr {
        PyStr { text: s.into(), hash: Cell::new(0) }
    }

    /// Records an already computed `hash_bytes` of the text (interning hashes it first).
    pub fn with_hash(self, hash: i64) -> PyStr {
        self.hash.set(hash);
        self
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.text {
            StrText::Heap { s, .. } => s,
            // SAFETY: inline bytes are only ever a copy of a whole `&str` (`StrText::inline`),
            // so they are valid UTF-8; checking again on every access would cost more than
            // the allocation the inline form saves.
            StrText::Inline { len, buf, .. } => unsafe { std::str::from_utf8_unchecked(&buf[..*len as usize]) },
        }
    }

    /// Length in code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        match &self.text {
            StrText::Inline { nchars, .. } => *nchars as usize,
            StrText::Heap { nchars, .. } if *nchars != u32::MAX => *nchars as usize,
            StrText::Heap { s, .. } => s.chars().count(),
        }
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        match &self.text {
            StrText::Inline { len, nchars, .. } => len == nchars,
            StrText::Heap { nchars, s } => *nchars as usize == s.len(),
        }
    }

    /// The code point at character index `i` (0 <= i < char_len()).
    pub fn char_at(&self, i: usize) -> Option<char> {
        let s = self.as_str();
        if self.is_ascii() { s.as_bytes().get(i).map(|&b| b as char) } else { s.chars().nth(i) }
    }

    /// Byte offset of character index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        let s = self.as_str();
        if self.is_ascii() { i.min(s.len()) } else { s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(s.len()) }
    }

    /// Characters `[start, end)` by code-point index (clamped).
    pub fn slice_chars(&self, start: usize, end: usize) -> &str {
        if end <= start {
            return "";
        }
        let b0 = self.byte_offset(start);
        let b1 = self.byte_offset(end);
        &self.as_str()[b0..b1]
    }

    /// A stable, fast string hash (CPython randomises str hashes, so no program can depend
    /// on their values; we only need them to be good and deterministic).
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = hash_bytes(self.as_str().as_bytes());
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

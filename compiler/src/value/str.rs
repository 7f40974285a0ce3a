//! `str` payload: UTF-8 text plus what makes code-point indexing and hashing cheap.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;
use std::rc::Rc;

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
    /// Non-ASCII text in its own allocation, indexable by code point (`WideText`).
    Wide { nchars: u32, w: Box<WideText> },
    /// A result of `+`: the first `len` bytes of `buf` (see `AppendBuf`). `own` is how many
    /// bytes making it wrote, for the collector's accounting.
    Appended { nchars: u32, len: u32, own: u32, buf: Rc<AppendBuf> },
}

/// Code points between the byte offsets that `Crumbs` records.
const CRUMB: usize = 32;

/// Indexing non-ASCII text by code point would scan UTF-8 from the start (a
/// `for i in range(len(s)): s[i]` loop quadratic), so the first indexing past the first few
/// code points records the byte offset of every `CRUMB`-th one (4 bytes per 32 code points);
/// an index or a `find` result then scans at most `CRUMB` code points. The crumbs of an
/// `AppendBuf` serve every str sharing it (each is a prefix), and grow with the longest.
#[derive(Debug, Default)]
struct Crumbs {
    /// `at[k]`: byte offset of code point `k * CRUMB`, for the text scanned so far.
    at: RefCell<Vec<u32>>,
    /// Bytes scanned, and the code points in them.
    scanned: Cell<(usize, usize)>,
}

impl Crumbs {
    /// Extends the crumbs over `text`, which starts with the text scanned before.
    fn cover(&self, text: &str) {
        let (end, chars) = self.scanned.get();
        if text.len() <= end {
            return;
        }
        let mut at = self.at.borrow_mut();
        let mut n = chars;
        for (b, _) in text[end..].char_indices() {
            if n % CRUMB == 0 {
                at.push((end + b) as u32);
            }
            n += 1;
        }
        self.scanned.set((text.len(), n));
    }

    /// Byte offset of code point `i` of `text` (`i` below its length in code points).
    fn byte_offset(&self, text: &str, i: usize) -> usize {
        self.cover(text);
        let at = self.at.borrow();
        let k = i / CRUMB;
        let from = at.get(k).map_or(0, |&o| o as usize);
        let skip = if k < at.len() { i - k * CRUMB } else { i };
        text[from..].char_indices().nth(skip).map_or(text.len(), |(b, _)| from + b)
    }

    /// Code points of `text` before byte offset `b` (a char boundary).
    fn char_index(&self, text: &str, b: usize) -> usize {
        self.cover(text);
        let at = self.at.borrow();
        let k = at.partition_point(|&o| o as usize <= b).max(1) - 1;
        let from = at.get(k).map_or(0, |&o| o as usize);
        k * CRUMB + text[from..b].chars().count()
    }
}

/// Non-ASCII text longer than fits inline, with its crumbs.
#[derive(Debug)]
pub struct WideText {
    s: Box<str>,
    crumbs: Crumbs,
}

/// Concatenations shorter than this copy both operands, as any str does: the quadratic cost
/// of a `+=` loop only shows on long text.
const APPEND_MIN: usize = 256;

/// Storage shared by the strs that a run of `s += piece` produces. Each of them is a prefix
/// of the bytes written so far, and bytes once written never change or move: appending to
/// the str that ends where the writing ended (the newest one) writes past the end of every
/// str sharing the buffer, so it is done in place while the capacity lasts; anything else
/// copies into a new buffer with room to spare. A loop of `+=` is then linear, as in CPython
/// (which resizes the left operand in place when nothing else refers to it).
pub struct AppendBuf {
    ptr: NonNull<u8>,
    cap: usize,
    /// Bytes written: the end of the longest str sharing the buffer.
    used: Cell<usize>,
    crumbs: Crumbs,
}

impl AppendBuf {
    /// A buffer of `cap` bytes holding `parts` one after another (their total is <= cap).
    fn with_parts(cap: usize, parts: [&[u8]; 2]) -> Rc<AppendBuf> {
        let mut v: Vec<u8> = Vec::with_capacity(cap);
        v.extend_from_slice(parts[0]);
        v.extend_from_slice(parts[1]);
        let used = v.len();
        let cap = v.capacity();
        let mut v = std::mem::ManuallyDrop::new(v);
        let ptr = NonNull::new(v.as_mut_ptr()).unwrap_or(NonNull::dangling());
        Rc::new(AppendBuf { ptr, cap, used: Cell::new(used), crumbs: Crumbs::default() })
    }

    /// The first `len` bytes.
    fn prefix(&self, len: usize) -> &[u8] {
        debug_assert!(len <= self.used.get());
        // SAFETY: `ptr` is a live allocation of `cap` bytes, of which the first `used` are
        // initialised and are never written again (appends only write at `used` and beyond),
        // so a shared view of `len <= used` of them stays valid and unchanged while `self`
        // lives.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), len) }
    }

    /// Writes `tail` at the end if the str ending at `end` is the newest one and it fits.
    fn try_append(&self, end: usize, tail: &[u8]) -> bool {
        if self.used.get() != end || self.cap - end < tail.len() {
            return false;
        }
        // SAFETY: bytes `end..end + tail.len()` are inside the allocation and beyond `used`,
        // so no str (and no slice returned by `prefix`) covers them; `tail` is either
        // foreign or a prefix of this buffer (below `used`), so the ranges do not overlap.
        unsafe { std::ptr::copy_nonoverlapping(tail.as_ptr(), self.ptr.as_ptr().add(end), tail.len()) };
        self.used.set(end + tail.len());
        true
    }
}

impl Drop for AppendBuf {
    fn drop(&mut self) {
        // SAFETY: rebuilds the `Vec` leaked in `with_parts` (same pointer and capacity);
        // `u8` needs no drop, so the length only has to be within the capacity.
        drop(unsafe { Vec::from_raw_parts(self.ptr.as_ptr(), 0, self.cap) });
    }
}

impl std::fmt::Debug for AppendBuf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "AppendBuf({}/{})", self.used.get(), self.cap)
    }
}

impl StrText {
    fn inline(s: &str) -> Option<StrText> {
        if s.len() > INLINE {
            return None;
        }
        let nchars = if s.is_ascii() { s.len() } else { s.chars().count() };
        Some(StrText::Inline { len: s.len() as u8, nchars: nchars as u8, buf: inline_copy(s.as_bytes()) })
    }

    /// `StrText::from(s)` for text the caller knows is ASCII (a piece of an ASCII str),
    /// skipping the scan for non-ASCII bytes.
    #[inline(always)]
    pub fn ascii(s: &str) -> StrText {
        debug_assert!(s.is_ascii());
        if s.len() > INLINE {
            return StrText::Heap { nchars: u32::try_from(s.len()).unwrap_or(u32::MAX), s: s.into() };
        }
        StrText::Inline { len: s.len() as u8, nchars: s.len() as u8, buf: inline_copy(s.as_bytes()) }
    }

    /// `StrText::from(s)` for text the caller knows is ASCII (made of ASCII pieces), skipping
    /// the scan for non-ASCII bytes.
    pub fn ascii_owned(s: String) -> StrText {
        debug_assert!(s.is_ascii());
        if s.len() <= INLINE {
            return StrText::ascii(&s);
        }
        StrText::Heap { nchars: u32::try_from(s.len()).unwrap_or(u32::MAX), s: s.into_boxed_str() }
    }

    fn heap(s: Box<str>) -> StrText {
        if s.is_ascii() {
            return StrText::Heap { nchars: u32::try_from(s.len()).unwrap_or(u32::MAX), s };
        }
        let nchars = u32::try_from(s.chars().count()).unwrap_or(u32::MAX);
        StrText::Wide { nchars, w: Box::new(WideText { s, crumbs: Crumbs::default() }) }
    }
}

/// `b` (at most `INLINE` bytes) at the start of a zeroed buffer. Fixed-size copies that may
/// overlap, never a copy of a variable length: that is a call to `memcpy` natively, and on
/// wasm a `memory.copy`, which V8 runs out of line (5-10 ns for a few bytes). The pieces
/// `split` makes are mostly a few bytes long.
#[inline(always)]
fn inline_copy(b: &[u8]) -> [u8; INLINE] {
    let mut buf = [0u8; INLINE];
    match b.len() {
        16.. => copy_ends::<16>(&mut buf, b),
        8.. => copy_ends::<8>(&mut buf, b),
        4.. => copy_ends::<4>(&mut buf, b),
        2.. => copy_ends::<2>(&mut buf, b),
        1 => buf[0] = b[0],
        _ => {}
    }
    buf
}

/// The first and the last `W` bytes of `b` (`W <= b.len() <= INLINE`) to the same places of
/// `buf`.
#[inline(always)]
fn copy_ends<const W: usize>(buf: &mut [u8; INLINE], b: &[u8]) {
    let n = b.len();
    buf[..W].copy_from_slice(&b[..W]);
    buf[n - W..n].copy_from_slice(&b[n - W..]);
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

    /// `a + b` when it is long enough to share growable storage (`AppendBuf`): appending to
    /// the newest str of a `+=` loop writes in place. `None`: copy as usual.
    pub fn concat_long(a: &PyStr, b: &PyStr) -> Option<PyStr> {
        let (x, y) = (a.as_str(), b.as_str());
        let total = x.len() + y.len();
        let len = u32::try_from(total).ok().filter(|_| total >= APPEND_MIN)?;
        let nchars = match (a.known_char_len(), b.known_char_len()) {
            (Some(m), Some(n)) => u32::try_from(m + n).unwrap_or(u32::MAX),
            _ => u32::MAX,
        };
        if let StrText::Appended { buf, len: end, .. } = &a.text
            && buf.try_append(*end as usize, y.as_bytes())
        {
            let own = y.len() as u32;
            return Some(PyStr::new(StrText::Appended { nchars, len, own, buf: buf.clone() }));
        }
        // Spare room, so the next append to this result is in place: a quarter for a first
        // concatenation (most are one-off), half as much again once `a` came from one itself
        // (a loop of `+=` then copies each byte about three times in all; doubling the room
        // instead left `s = s + s` holding twice its length).
        let spare = if matches!(a.text, StrText::Appended { .. }) { total / 2 } else { total / 4 };
        let buf = AppendBuf::with_parts(total.saturating_add(spare), [x.as_bytes(), y.as_bytes()]);
        Some(PyStr::new(StrText::Appended { nchars, len, own: len, buf }))
    }

    /// The length in code points when it is known without counting.
    fn known_char_len(&self) -> Option<usize> {
        match &self.text {
            StrText::Inline { nchars, .. } => Some(*nchars as usize),
            StrText::Heap { nchars, .. } | StrText::Wide { nchars, .. } | StrText::Appended { nchars, .. }
                if *nchars != u32::MAX =>
            {
                Some(*nchars as usize)
            }
            _ => None,
        }
    }

    /// Bytes this str's creation wrote (the rest of an appended str's text is shared with
    /// the strs before it), for the collector's pacing and the heap limit.
    #[inline]
    pub fn own_bytes(&self) -> usize {
        match &self.text {
            StrText::Appended { own, .. } => *own as usize,
            _ => self.as_str().len(),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.text {
            StrText::Heap { s, .. } => s,
            StrText::Wide { w, .. } => &w.s,
            // SAFETY: an appended str's bytes are whole `&str`s written one after another,
            // so they are valid UTF-8.
            StrText::Appended { len, buf, .. } => unsafe { std::str::from_utf8_unchecked(buf.prefix(*len as usize)) },
            // SAFETY: inline bytes are only ever a copy of a whole `&str` (`StrText::inline`),
            // so they are valid UTF-8; checking again on every access would cost more than
            // the allocation the inline form saves.
            StrText::Inline { len, buf, .. } => unsafe { std::str::from_utf8_unchecked(&buf[..*len as usize]) },
        }
    }

    /// Length in code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.known_char_len().unwrap_or_else(|| self.as_str().chars().count())
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        match &self.text {
            StrText::Inline { len, nchars, .. } => len == nchars,
            StrText::Heap { nchars, s } => *nchars as usize == s.len(),
            StrText::Appended { nchars, len, .. } => nchars == len,
            StrText::Wide { .. } => false,
        }
    }

    /// The code point at character index `i` (0 <= i < char_len()).
    pub fn char_at(&self, i: usize) -> Option<char> {
        let s = self.as_str();
        if self.is_ascii() {
            return s.as_bytes().get(i).map(|&b| b as char);
        }
        s[self.byte_offset(i)..].chars().next()
    }

    /// Byte offset of character index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        let s = self.as_str();
        if self.is_ascii() {
            i.min(s.len())
        } else if i >= self.char_len() {
            s.len()
        } else if let Some(c) = self.crumbs().filter(|_| i >= CRUMB) {
            c.byte_offset(s, i)
        } else {
            s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
        }
    }

    /// The code-point index at byte offset `b` (a char boundary, at most the length).
    pub fn char_index(&self, b: usize) -> usize {
        let s = self.as_str();
        if self.is_ascii() {
            b
        } else if let Some(c) = self.crumbs().filter(|_| b >= CRUMB) {
            c.char_index(s, b)
        } else {
            s[..b].chars().count()
        }
    }

    /// The code-point index of non-ASCII text that has one.
    fn crumbs(&self) -> Option<&Crumbs> {
        match &self.text {
            StrText::Wide { w, .. } => Some(&w.crumbs),
            StrText::Appended { buf, .. } => Some(&buf.crumbs),
            _ => None,
        }
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
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        self.hash_uncached()
    }

    #[cold]
    fn hash_uncached(&self) -> i64 {
        let h = hash_bytes(self.as_str().as_bytes());
        self.hash.set(h);
        h
    }
}

/// Odd multiplier of the hash rounds (2**64 / golden ratio): each round spreads a word over
/// the high bits, and the next round's rotation brings those down again.
const HASH_MUL: u64 = 0x9e37_79b9_7f4a_7c15;

/// The str/bytes hash: eight bytes per round, then a multiply-xorshift finaliser so that every
/// input bit reaches the low bits that pick a table slot. Byte-at-a-time hashing cost one
/// multiply per byte of every new string used as a key. Never 0 (the "not computed yet" mark
/// of `PyStr::hash`) and never negative (so never -1, which no Python hash is).
pub fn hash_bytes(bytes: &[u8]) -> i64 {
    let round = |h: u64, w: u64| (h.rotate_left(23) ^ w).wrapping_mul(HASH_MUL);
    let n = bytes.len();
    let mut h = (n as u64).wrapping_mul(HASH_MUL);
    if n <= 8 {
        h = round(h, short_word(bytes));
    } else {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            h = round(h, word_at(c, 0));
        }
        // The last 8 bytes, overlapping the chunk before: no byte-by-byte tail.
        if !chunks.remainder().is_empty() {
            h = round(h, word_at(bytes, n - 8));
        }
    }
    let h = finalise(h) >> 1;
    if h == 0 { 1 } else { h as i64 }
}

#[inline(always)]
fn word_at(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap_or([0; 8]))
}

/// The up to 8 bytes of a short string as one word, in at most two loads: for a given length
/// distinct strings give distinct words (the length itself is mixed in by the caller).
#[inline(always)]
fn short_word(b: &[u8]) -> u64 {
    let n = b.len();
    let u32_at = |at: usize| u32::from_le_bytes(b[at..at + 4].try_into().unwrap_or([0; 4])) as u64;
    match n {
        8 => word_at(b, 0),
        4..=7 => u32_at(0) | u32_at(n - 4) << 32,
        1..=3 => b[0] as u64 | (b[n / 2] as u64) << 8 | (b[n - 1] as u64) << 16,
        _ => 0,
    }
}

/// A bijective avalanche (xorshift, multiply, twice over; MurmurHash3's finalising constants).
#[inline(always)]
fn finalise(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
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

    fn cat(a: &PyStr, b: &PyStr) -> PyStr {
        PyStr::concat_long(a, b).unwrap_or_else(|| PyStr::new([a.as_str(), b.as_str()].concat()))
    }

    #[test]
    fn appending_to_the_newest_str_shares_its_storage() {
        let piece = PyStr::new("é".repeat(100));
        let mut chain = vec![PyStr::new("a".repeat(300))];
        for _ in 0..50 {
            let next = cat(chain.last().unwrap(), &piece);
            chain.push(next);
        }
        // Every str of the chain still reads as itself.
        for (i, s) in chain.iter().enumerate() {
            assert_eq!(s.as_str().len(), 300 + i * 200);
            assert_eq!(s.char_len(), 300 + i * 100);
            assert!(s.as_str().ends_with(if i == 0 { "a" } else { "é" }));
        }
        // Most appends wrote only the piece.
        let copied = chain.iter().filter(|s| s.own_bytes() > 200).count();
        assert!(copied <= 10, "{copied} copies");
        // Appending to an older str of the chain copies, leaving the newer ones intact.
        let fork = cat(&chain[10], &PyStr::new("x".repeat(300)));
        assert!(fork.as_str().ends_with('x') && chain[11].as_str().ends_with('é'));
        assert_eq!(fork.own_bytes(), fork.as_str().len());
        // A str appended to itself.
        let twice = cat(&chain[50], &chain[50]);
        assert_eq!(twice.as_str(), chain[50].as_str().repeat(2));
        assert!(!twice.is_ascii() && cat(&chain[0], &chain[0]).is_ascii());
    }

    #[test]
    fn wide_text_indexes_through_its_crumbs() {
        let text: String = (0..1000).map(|i| ['a', 'é', '€', '😀'][i % 4]).collect();
        let s = PyStr::new(text.as_str());
        assert!(matches!(s.text, StrText::Wide { .. }));
        let offsets: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        for i in [0, 1, 31, 32, 33, 63, 64, 500, 998, 999] {
            assert_eq!(s.byte_offset(i), offsets[i], "byte_offset({i})");
            assert_eq!(s.char_index(offsets[i]), i, "char_index({})", offsets[i]);
            assert_eq!(s.char_at(i), text.chars().nth(i));
        }
        assert_eq!(s.byte_offset(1000), text.len());
        assert_eq!(s.byte_offset(5000), text.len());
        assert_eq!(s.char_index(text.len()), 1000);
        assert_eq!(s.char_at(1000), None);
        assert_eq!(s.slice_chars(990, 1000), &text[offsets[990]..]);
        // The strs of an append run share crumbs, built over the longest; a shorter one
        // still indexes only its own text.
        let short = cat(&s, &s);
        let long = cat(&short, &PyStr::new("€".repeat(40)));
        assert!(
            matches!((&short.text, &long.text), (StrText::Appended { buf: a, .. }, StrText::Appended { buf: b, .. }) if Rc::ptr_eq(a, b))
        );
        assert_eq!(long.char_at(2039), Some('€'));
        assert_eq!(long.char_index(text.len() * 2 + 6), 2002);
        assert_eq!(short.byte_offset(1999), text.len() + offsets[999]);
        assert_eq!(short.byte_offset(2000), short.as_str().len());
        assert_eq!(short.char_at(2000), None);
        assert_eq!(short.char_index(text.len() + offsets[7]), 1007);
    }

    #[test]
    fn hash_is_cached_and_nonzero() {
        let s = PyStr::new("");
        assert_ne!(s.hash(), 0);
        assert_eq!(s.hash(), s.hash());
    }

    #[test]
    fn hash_tells_apart_one_byte_changes_at_every_length() {
        // Lengths around each word boundary, with one byte changed at each position.
        let mut seen = std::collections::HashSet::new();
        for n in 0..=25 {
            let base = vec![b'a'; n];
            assert!(seen.insert(hash_bytes(&base)));
            for i in 0..n {
                let mut b = base.clone();
                b[i] = b'b';
                let h = hash_bytes(&b);
                assert!(h > 0);
                assert!(seen.insert(h), "collision at length {n}, position {i}");
            }
        }
    }

    #[test]
    fn hash_spreads_similar_keys_over_the_low_bits() {
        // 4096 keys of one shape in a table of 8192 slots: a random hash fills ~3223 of them;
        // keys that cluster on the low bits (which pick the slot) would fill far fewer.
        let shapes: [fn(usize) -> String; 3] = [|i| format!("k{i}"), |i| format!("name_{i:04}"), |i| format!("{i:x}")];
        for fmt in shapes {
            let slots: std::collections::HashSet<i64> =
                (0..4096).map(|i| hash_bytes(fmt(i).as_bytes()) & 8191).collect();
            assert!(slots.len() > 3100, "{} slots", slots.len());
        }
    }
}

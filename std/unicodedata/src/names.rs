//! Character names: Hangul syllables and PREFIX-HEX names computed, the rest decoded from the
//! word-coded tables (see scripts/gen-unicodedata.py), and `lookup` over all of them.

use std::sync::OnceLock;

use crate::tables::*;

const S_BASE: u32 = 0xAC00;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const S_COUNT: u32 = 19 * V_COUNT * T_COUNT;
const CJK_UNIFIED: &str = "CJK UNIFIED IDEOGRAPH";

#[rustfmt::skip]
const JAMO_L: [&str; 19] = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
#[rustfmt::skip]
const JAMO_V: [&str; 21] = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
#[rustfmt::skip]
const JAMO_T: [&str; 28] = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

/// The lexicon decoded on first use: every word concatenated, and where each starts (one more
/// entry than words).
fn lexicon() -> &'static (String, Vec<u32>) {
    static LEXICON: OnceLock<(String, Vec<u32>)> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut text = String::with_capacity(90_000);
        let mut offsets = Vec::with_capacity(WORD_COUNT + 1);
        offsets.push(0);
        let mut at = 0;
        while at < WORDS.len() {
            let (shared, rest) = (WORDS[at] as usize, WORDS[at + 1] as usize);
            let previous = offsets[offsets.len().saturating_sub(2)] as usize;
            for i in 0..shared {
                let b = text.as_bytes()[previous + i];
                text.push(b as char);
            }
            text.extend(WORDS[at + 2..at + 2 + rest].iter().map(|&b| b as char));
            offsets.push(text.len() as u32);
            at += 2 + rest;
        }
        (text, offsets)
    })
}

fn word(code: u16) -> &'static str {
    let (text, offsets) = lexicon();
    &text[offsets[code as usize] as usize..offsets[code as usize + 1] as usize]
}

/// Word codes in the order of their words, built on first use.
fn words_sorted() -> &'static [u16] {
    static SORTED: OnceLock<Vec<u16>> = OnceLock::new();
    SORTED.get_or_init(|| {
        let mut codes: Vec<u16> = (0..WORD_COUNT as u16).collect();
        codes.sort_unstable_by_key(|&c| word(c));
        codes
    })
}

fn word_code(w: &str) -> Option<u16> {
    let sorted = words_sorted();
    sorted.binary_search_by(|&c| word(c).cmp(w)).ok().map(|i| sorted[i])
}

fn read_code(bytes: &[u8], pos: &mut usize) -> u16 {
    let b = bytes[*pos];
    *pos += 1;
    if b < ONE_BYTE {
        return b as u16;
    }
    let lo = bytes[*pos];
    *pos += 1;
    ONE_BYTE as u16 + (((b - ONE_BYTE) as u16) << 8 | lo as u16)
}

/// Turns the name at `pos` in NAMES into the next name's words (front-coded on `words`).
fn read_stored(pos: &mut usize, words: &mut Vec<u16>) {
    let head = NAMES[*pos];
    *pos += 1;
    words.truncate((head >> 4) as usize);
    for _ in 0..head & 15 {
        words.push(read_code(NAMES, pos));
    }
}

/// A name of ALIAS_NAMES or SEQUENCE_NAMES (a word count, then codes).
fn read_plain(bytes: &[u8], pos: &mut usize, words: &mut Vec<u16>) {
    let count = bytes[*pos];
    *pos += 1;
    words.clear();
    for _ in 0..count {
        words.push(read_code(bytes, pos));
    }
}

fn join(words: &[u16]) -> String {
    let mut out = String::new();
    for (i, &w) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(word(w));
    }
    out
}

fn hangul_name(cp: u32) -> String {
    let s = cp - S_BASE;
    let (l, v, t) = (s / (V_COUNT * T_COUNT), s % (V_COUNT * T_COUNT) / T_COUNT, s % T_COUNT);
    ["HANGUL SYLLABLE ", JAMO_L[l as usize], JAMO_V[v as usize], JAMO_T[t as usize]].concat()
}

fn computed_name(cp: u32) -> Option<String> {
    let &(_, _, prefix) = COMPUTED_NAMES.iter().find(|r| r.0 <= cp && cp <= r.1)?;
    let mut out = [prefix, "-"].concat();
    crate::push_hex(&mut out, cp);
    Some(out)
}

fn stored_ordinal(cp: u32) -> Option<usize> {
    let i = NAME_RUNS.partition_point(|r| r.0 <= cp).checked_sub(1)?;
    let (first, count, ordinal) = NAME_RUNS[i];
    (cp - first < count as u32).then(|| ordinal as usize + (cp - first) as usize)
}

fn stored_code_point(ordinal: usize) -> u32 {
    let i = NAME_RUNS.partition_point(|r| r.2 as usize <= ordinal) - 1;
    NAME_RUNS[i].0 + (ordinal - NAME_RUNS[i].2 as usize) as u32
}

const STORED: u8 = 0;
const ALIAS: u8 = 1;
const SEQUENCE: u8 = 2;

fn words_hash(words: &[u16]) -> u32 {
    words.iter().fold(0x811C_9DC5u32, |h, &w| (h ^ w as u32).wrapping_mul(0x0100_0193))
}

/// Every name's (hash of its word codes, kind, where it is), sorted, built on the first
/// lookup: STORED names by ordinal, ALIAS by index << 16 | position in ALIAS_NAMES, SEQUENCE
/// by offset in SEQUENCE_CHARS << 16 | position in SEQUENCE_NAMES.
fn name_index() -> &'static [(u32, u8, u32)] {
    static INDEX: OnceLock<Vec<(u32, u8, u32)>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = Vec::with_capacity(NAME_BLOCK_OFFSETS.len() * NAME_BLOCK + ALIAS_CHARS.len() + 512);
        let mut words = Vec::new();
        let mut pos = 0;
        while pos < NAMES.len() {
            read_stored(&mut pos, &mut words);
            index.push((words_hash(&words), STORED, index.len() as u32));
        }
        pos = 0;
        for i in 0..ALIAS_CHARS.len() {
            let at = pos;
            read_plain(ALIAS_NAMES, &mut pos, &mut words);
            index.push((words_hash(&words), ALIAS, (i << 16 | at) as u32));
        }
        pos = 0;
        let mut chars = 0;
        while pos < SEQUENCE_NAMES.len() {
            let at = pos;
            read_plain(SEQUENCE_NAMES, &mut pos, &mut words);
            index.push((words_hash(&words), SEQUENCE, (chars << 16 | at) as u32));
            chars += 1 + SEQUENCE_CHARS[chars] as usize;
        }
        index.sort_unstable();
        index
    })
}

fn stored_words(ordinal: usize, words: &mut Vec<u16>) {
    let block = ordinal / NAME_BLOCK;
    let mut pos = NAME_BLOCK_OFFSETS[block] as usize;
    for _ in block * NAME_BLOCK..=ordinal {
        read_stored(&mut pos, words);
    }
}

pub fn name(cp: u32) -> Option<String> {
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        return Some(hangul_name(cp));
    }
    if let Some(n) = computed_name(cp) {
        return Some(n);
    }
    let mut words = Vec::new();
    stored_words(stored_ordinal(cp)?, &mut words);
    Some(join(&words))
}

/// CPython's syllable parse: the longest jamo name at the start of `text` (the empty one
/// matches when nothing longer does).
fn longest_jamo(text: &str, jamo: &[&str]) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    for (i, j) in jamo.iter().enumerate() {
        if text.starts_with(j) && best.is_none_or(|b| j.len() > b.1) {
            best = Some((i, j.len()));
        }
    }
    best
}

fn hangul_lookup(rest: &str) -> Option<u32> {
    let (l, n) = longest_jamo(rest, &JAMO_L)?;
    let rest = &rest[n..];
    let (v, n) = longest_jamo(rest, &JAMO_V)?;
    let rest = &rest[n..];
    let (t, n) = longest_jamo(rest, &JAMO_T)?;
    (n == rest.len()).then(|| S_BASE + (l as u32 * V_COUNT + v as u32) * T_COUNT + t as u32)
}

/// The code point of HEX written as a name's suffix (upper case, no extra leading zeros).
fn parse_hex(hex: &str) -> Option<u32> {
    if !(4..=6).contains(&hex.len()) || !hex.bytes().all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b)) {
        return None;
    }
    let cp = u32::from_str_radix(hex, 16).ok()?;
    let mut canonical = String::new();
    crate::push_hex(&mut canonical, cp);
    (canonical == hex).then_some(cp)
}

fn in_computed(prefix: &str, cp: u32) -> bool {
    COMPUTED_NAMES.iter().any(|r| r.2 == prefix && r.0 <= cp && cp <= r.1)
}

fn to_char(cp: u32) -> Option<String> {
    char::from_u32(cp).map(String::from)
}

/// What `lookup(name)` returns; `old` for `ucd_3_2_0`, which knows no aliases or sequences.
pub fn lookup(name: &str, old: bool) -> Option<String> {
    // Hangul syllables and unified ideographs are matched case-sensitively, as CPython does.
    if let Some(rest) = name.strip_prefix("HANGUL SYLLABLE ") {
        return to_char(hangul_lookup(rest)?);
    }
    if let Some(hex) = name.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        if hex.len() != 4 && hex.len() != 5 || !hex.bytes().all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b)) {
            return None;
        }
        let cp = u32::from_str_radix(hex, 16).ok()?;
        return if in_computed(CJK_UNIFIED, cp) { to_char(cp) } else { None };
    }
    // CPython's 3.2.0 lookup finds 15.1.0's names too; it only leaves out aliases and sequences.
    let upper = name.to_ascii_uppercase();
    if let Some((prefix, hex)) = upper.rsplit_once('-')
        && prefix != CJK_UNIFIED
        && let Some(cp) = parse_hex(hex)
        && in_computed(prefix, cp)
    {
        return to_char(cp);
    }
    let query: Vec<u16> = upper.split(' ').map(word_code).collect::<Option<_>>()?;
    let hash = words_hash(&query);
    let index = name_index();
    let mut words = Vec::new();
    for &(h, kind, at) in &index[index.partition_point(|e| e.0 < hash)..] {
        if h != hash {
            break;
        }
        let at = at as usize;
        match kind {
            STORED => {
                let cp = stored_code_point(at);
                stored_words(at, &mut words);
                if words == query {
                    return to_char(cp);
                }
            }
            _ if old => {}
            ALIAS => {
                let (i, mut pos) = (at >> 16, at & 0xFFFF);
                read_plain(ALIAS_NAMES, &mut pos, &mut words);
                if words == query {
                    return to_char(ALIAS_CHARS[i]);
                }
            }
            _ => {
                let (chars, mut pos) = (at >> 16, at & 0xFFFF);
                read_plain(SEQUENCE_NAMES, &mut pos, &mut words);
                if words == query {
                    let seq = &SEQUENCE_CHARS[chars + 1..chars + 1 + SEQUENCE_CHARS[chars] as usize];
                    return seq.iter().map(|&c| char::from_u32(c)).collect();
                }
            }
        }
    }
    None
}

//! Character properties and sre-style case folding.

/// The Unicode predicates and simple case mappings behind `\d`, `\w`, `\s` and `IGNORECASE`
/// on `str` patterns. Hosts with Python-exact tables pass their own; [`CharProps::CORE`] uses
/// Rust's `char` methods (close, not identical: e.g. `\x1c` is a Python space).
#[derive(Clone, Copy)]
pub struct CharProps {
    /// `str.isdecimal()`
    pub is_decimal: fn(char) -> bool,
    /// `str.isalnum()`
    pub is_alnum: fn(char) -> bool,
    /// `str.isspace()`
    pub is_space: fn(char) -> bool,
    /// Simple (one code point) lowercase mapping.
    pub lower: fn(char) -> char,
    /// Simple (one code point) uppercase mapping.
    pub upper: fn(char) -> char,
}

fn single(mut it: impl Iterator<Item = char>, c: char) -> char {
    match (it.next(), it.next()) {
        (Some(x), None) => x,
        // U+0130's full lowercase is "i\u{307}"; its simple mapping is 'i'.
        (Some(x), Some(_)) if c == '\u{130}' => x,
        _ => c,
    }
}

impl CharProps {
    pub const CORE: CharProps = CharProps {
        is_decimal: |c| c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric()),
        is_alnum: |c| c.is_alphanumeric(),
        is_space: |c| matches!(c, '\t'..='\r' | '\x1c'..='\x1f' | ' ') || (!c.is_ascii() && c.is_whitespace()),
        lower: |c| single(c.to_lowercase(), c),
        upper: |c| single(c.to_uppercase(), c),
    };
}

/// Code points that fold together under IGNORECASE beyond simple lowercasing (sre's list of
/// characters with more than two case variants).
const EQUIVALENCES: &[&[u32]] = &[
    &[0x69, 0x131],
    &[0x73, 0x17f],
    &[0xb5, 0x3bc],
    &[0x345, 0x3b9, 0x1fbe],
    &[0x390, 0x1fd3],
    &[0x3b0, 0x1fe3],
    &[0x3b2, 0x3d0],
    &[0x3b5, 0x3f5],
    &[0x3b8, 0x3d1],
    &[0x3ba, 0x3f0],
    &[0x3c0, 0x3d6],
    &[0x3c1, 0x3f1],
    &[0x3c2, 0x3c3],
    &[0x3c6, 0x3d5],
    &[0x1e61, 0x1e9b],
    &[0xfb05, 0xfb06],
];

/// The other members of `lowered`'s equivalence class (empty for most characters).
pub(crate) fn equivalents(lowered: u32) -> &'static [u32] {
    if lowered < 0x69 {
        return &[];
    }
    EQUIVALENCES.iter().find(|e| e.contains(&lowered)).copied().unwrap_or(&[])
}

/// How a pattern compares characters: ASCII-only (bytes, `re.ASCII`) or Unicode.
#[derive(Clone, Copy)]
pub(crate) struct Chars {
    pub props: CharProps,
}

impl Chars {
    pub fn lower(&self, c: u32, unicode: bool) -> u32 {
        if c < 0x80 {
            return (c as u8).to_ascii_lowercase() as u32;
        }
        if !unicode {
            return c;
        }
        char::from_u32(c).map_or(c, |ch| (self.props.lower)(ch) as u32)
    }

    pub fn upper(&self, c: u32, unicode: bool) -> u32 {
        if c < 0x80 {
            return (c as u8).to_ascii_uppercase() as u32;
        }
        if !unicode {
            return c;
        }
        char::from_u32(c).map_or(c, |ch| (self.props.upper)(ch) as u32)
    }

    /// The canonical case-folded form: the lowercase, mapped to the smallest member of its
    /// equivalence class so `ſ`, `s` and `S` all fold alike.
    pub fn fold(&self, c: u32, unicode: bool) -> u32 {
        let l = self.lower(c, unicode);
        if !unicode {
            return l;
        }
        match equivalents(l).first() {
            Some(&first) => first.min(l),
            None => l,
        }
    }

    pub fn is_digit(&self, c: u32, unicode: bool) -> bool {
        if c < 0x80 || !unicode {
            return (0x30..=0x39).contains(&c);
        }
        char::from_u32(c).is_some_and(self.props.is_decimal)
    }

    pub fn is_word(&self, c: u32, unicode: bool) -> bool {
        if c < 0x80 || !unicode {
            return c < 0x80 && ((c as u8).is_ascii_alphanumeric() || c == b'_' as u32);
        }
        char::from_u32(c).is_some_and(self.props.is_alnum)
    }

    pub fn is_space(&self, c: u32, unicode: bool) -> bool {
        if c < 0x80 || !unicode {
            return matches!(c, 0x09..=0x0d | 0x20) || (unicode && (0x1c..=0x1f).contains(&c));
        }
        char::from_u32(c).is_some_and(self.props.is_space)
    }
}

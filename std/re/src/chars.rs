//! Character properties and sre-style case folding.

/// The Unicode predicates and simple case mappings behind `\d`, `\w`, `\s` and `IGNORECASE`
/// on `str` patterns. Hosts with Python-exact tables pass their own; [`CharProps::CORE`] uses
/// Rust's `char` methods plus the decimal-digit table (close to Python, not identical:
/// `\w` follows Rust's Alphabetic, which includes some combining marks).
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
        is_decimal: |c| c.is_ascii_digit() || (!c.is_ascii() && in_ranges(DECIMAL, c as u32)),
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
    // The only ASCII members are 'i' and 's' (ASCII is most of what case-insensitive
    // patterns compare, so the others skip the table's scan).
    if lowered < 0x80 && lowered != 0x69 && lowered != 0x73 {
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

fn in_ranges(table: &[(u32, u32)], c: u32) -> bool {
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                core::cmp::Ordering::Less
            } else if lo > c {
                core::cmp::Ordering::Greater
            } else {
                core::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Non-ASCII code points for which `str.isdecimal()` is true.
#[rustfmt::skip]
pub static DECIMAL: &[(u32, u32)] = &[
    (0x660, 0x669), (0x6f0, 0x6f9), (0x7c0, 0x7c9), (0x966, 0x96f), (0x9e6, 0x9ef), (0xa66, 0xa6f),
    (0xae6, 0xaef), (0xb66, 0xb6f), (0xbe6, 0xbef), (0xc66, 0xc6f), (0xce6, 0xcef), (0xd66, 0xd6f),
    (0xde6, 0xdef), (0xe50, 0xe59), (0xed0, 0xed9), (0xf20, 0xf29), (0x1040, 0x1049), (0x1090, 0x1099),
    (0x17e0, 0x17e9), (0x1810, 0x1819), (0x1946, 0x194f), (0x19d0, 0x19d9), (0x1a80, 0x1a89), (0x1a90, 0x1a99),
    (0x1b50, 0x1b59), (0x1bb0, 0x1bb9), (0x1c40, 0x1c49), (0x1c50, 0x1c59), (0xa620, 0xa629), (0xa8d0, 0xa8d9),
    (0xa900, 0xa909), (0xa9d0, 0xa9d9), (0xa9f0, 0xa9f9), (0xaa50, 0xaa59), (0xabf0, 0xabf9), (0xff10, 0xff19),
    (0x104a0, 0x104a9), (0x10d30, 0x10d39), (0x11066, 0x1106f), (0x110f0, 0x110f9), (0x11136, 0x1113f), (0x111d0, 0x111d9),
    (0x112f0, 0x112f9), (0x11450, 0x11459), (0x114d0, 0x114d9), (0x11650, 0x11659), (0x116c0, 0x116c9), (0x11730, 0x11739),
    (0x118e0, 0x118e9), (0x11950, 0x11959), (0x11c50, 0x11c59), (0x11d50, 0x11d59), (0x11da0, 0x11da9), (0x11f50, 0x11f59),
    (0x16a60, 0x16a69), (0x16ac0, 0x16ac9), (0x16b50, 0x16b59), (0x1d7ce, 0x1d7ff), (0x1e140, 0x1e149), (0x1e2f0, 0x1e2f9),
    (0x1e4f0, 0x1e4f9), (0x1e950, 0x1e959), (0x1fbf0, 0x1fbf9),
];

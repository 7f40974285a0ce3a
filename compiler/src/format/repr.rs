//! `repr()` of `str` and `bytes`, and `ascii()`.

use std::fmt::Write;

use super::unicode_tables::{NON_PRINTABLE, in_table};

/// Whether CPython's `str.isprintable()` holds for `c` (table generated from CPython 3.13).
pub fn is_printable(c: char) -> bool {
    let u = c as u32;
    if u < 0x7f {
        return u >= 0x20;
    }
    !in_table(&NON_PRINTABLE, u)
}

fn push_escape(out: &mut String, u: u32) {
    if u <= 0xff {
        let _ = write!(out, "\\x{u:02x}");
    } else if u <= 0xffff {
        let _ = write!(out, "\\u{u:04x}");
    } else {
        let _ = write!(out, "\\U{u:08x}");
    }
}

fn choose_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double { '"' } else { '\'' }
}

fn repr_impl(s: &str, ascii_only: bool) -> String {
    let quote = choose_quote(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    let bytes = s.as_bytes();
    let mut run = 0;
    for (i, c) in s.char_indices() {
        let plain = match c {
            '\\' | '\n' | '\r' | '\t' => false,
            c if c == quote => false,
            c if (c as u32) < 0x7f => c >= ' ',
            c => !ascii_only && is_printable(c),
        };
        if plain {
            continue;
        }
        out.push_str(&s[run..i]);
        run = i + c.len_utf8();
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c => push_escape(&mut out, c as u32),
        }
    }
    out.push_str(&s[run..bytes.len()]);
    out.push(quote);
    out
}

/// `repr(s)` for a `str`.
pub fn str_repr(s: &str) -> String {
    repr_impl(s, false)
}

/// `ascii(s)` for a `str`: like `repr`, with every non-ASCII character escaped.
pub fn ascii_repr(s: &str) -> String {
    repr_impl(s, true)
}

/// Escapes every non-ASCII character of `s` (what `ascii()` does to an object's repr).
pub fn ascii_escape(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(&mut out, c as u32);
        }
    }
    out
}

/// `repr(b)` for bytes: `prefix` (normally `"b"`) then the quoted, escaped contents.
/// `bytearray` has its own, `bytearray_repr`.
pub fn bytes_repr(b: &[u8], prefix: &str) -> String {
    bytes_like_repr(b, prefix, false)
}

/// `repr(bytearray)`'s inner `b'...'`: unlike bytes, CPython's bytearray repr escapes a
/// single quote even inside double quotes (`bytearray(b"x\'")`).
pub fn bytearray_repr(b: &[u8]) -> String {
    format!("bytearray({})", bytes_like_repr(b, "b", true))
}

fn bytes_like_repr(b: &[u8], prefix: &str, always_escape_single: bool) -> String {
    let quote = choose_quote(b.contains(&b'\''), b.contains(&b'"')) as u8;
    let mut out = String::with_capacity(b.len() + 3 + prefix.len());
    out.push_str(prefix);
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote || (always_escape_single && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote as char);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn str_reprs() {
        // Expected values from CPython 3.13.
        let cases: &[(&str, &str)] = &[
            ("", "''"),
            ("abc", "'abc'"),
            ("it's", "\"it's\""),
            ("say \"hi\"", "'say \"hi\"'"),
            ("both ' and \"", "'both \\' and \"'"),
            ("a\\b", "'a\\\\b'"),
            ("\n\r\t\x00\x1f\x7f", "'\\n\\r\\t\\x00\\x1f\\x7f'"),
            ("héllo", "'héllo'"),
            ("\u{80}\u{9f}\u{a0}\u{ad}", "'\\x80\\x9f\\xa0\\xad'"),
            ("日本語", "'日本語'"),
            ("\u{2028}\u{200b}\u{feff}", "'\\u2028\\u200b\\ufeff'"),
            ("\u{e000}", "'\\ue000'"),
            ("😀", "'😀'"),
            ("\u{10ffff}", "'\\U0010ffff'"),
            ("\u{3000}x", "'\\u3000x'"),
        ];
        for &(s, want) in cases {
            assert_eq!(str_repr(s), want, "{s:?}");
        }
        assert_eq!(ascii_repr("héllo😀\u{2028}'"), "\"h\\xe9llo\\U0001f600\\u2028'\"");
        assert_eq!(ascii_escape("[1, 'é']"), "[1, '\\xe9']");
    }

    #[test]
    fn bytes_reprs() {
        assert_eq!(bytes_repr(b"abc", "b"), "b'abc'");
        assert_eq!(bytes_repr(b"it's", "b"), "b\"it's\"");
        assert_eq!(bytes_repr(b"'\"", "b"), "b'\\'\"'");
        assert_eq!(bytes_repr(b"\x00\xff\n\\", "b"), "b'\\x00\\xff\\n\\\\'");
    }
}

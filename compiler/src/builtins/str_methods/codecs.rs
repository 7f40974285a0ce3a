//! The codecs behind `str.encode` and `bytes.decode`: UTF-8, ASCII and Latin-1 with the
//! `strict`, `ignore`, `replace`, `backslashreplace` and `xmlcharrefreplace` handlers.

use std::fmt::Write;

use crate::error::{ExcKind, PyErr, PyResult};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// Looks an encoding name up, CPython-style (case-insensitive, `_`/`-`/space alike).
    pub fn lookup(name: &str) -> PyResult<Codec> {
        let norm: String =
            name.trim().chars().map(|c| if c == '_' || c == ' ' { '-' } else { c.to_ascii_lowercase() }).collect();
        match norm.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8-ucs2" | "utf8-ucs4" => Ok(Codec::Utf8),
            "ascii" | "us-ascii" | "646" | "us" | "ansi-x3.4-1968" | "iso646-us" => Ok(Codec::Ascii),
            "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "iso-ir-100"
            | "iso-8859-1:1987" => Ok(Codec::Latin1),
            _ => Err(PyErr::new(ExcKind::LookupError, format!("unknown encoding: {name}"))),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => 0x110000,
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        }
    }
}

fn unknown_handler(errors: &str) -> PyErr {
    PyErr::new(ExcKind::LookupError, format!("unknown error handler name '{errors}'"))
}

fn char_escape(c: char) -> String {
    let u = c as u32;
    if u <= 0xff {
        format!("\\x{u:02x}")
    } else if u <= 0xffff {
        format!("\\u{u:04x}")
    } else {
        format!("\\U{u:08x}")
    }
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    if codec == Codec::Utf8 || s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let limit = codec.limit();
    let mut out = Vec::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && (chars[j] as u32) >= limit {
            j += 1;
        }
        match errors {
            "strict" => {
                let what = if j - i == 1 {
                    format!("character '{}' in position {i}", char_escape(c))
                } else {
                    format!("characters in position {i}-{}", j - 1)
                };
                return Err(PyErr::new(
                    ExcKind::UnicodeEncodeError,
                    format!("'{}' codec can't encode {what}: ordinal not in range({limit})", codec.name()),
                ));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', j - i)),
            "backslashreplace" => {
                for &c in &chars[i..j] {
                    out.extend_from_slice(char_escape(c).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..j] {
                    let mut t = String::new();
                    let _ = write!(t, "&#{};", c as u32);
                    out.extend_from_slice(t.as_bytes());
                }
            }
            _ => return Err(unknown_handler(errors)),
        }
        i = j;
    }
    Ok(out)
}

fn decode_error(codec: Codec, b: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let what = if end - start == 1 {
        format!("byte 0x{:02x} in position {start}", b[start])
    } else {
        format!("bytes in position {start}-{}", end - 1)
    };
    PyErr::new(ExcKind::UnicodeDecodeError, format!("'{}' codec can't decode {what}: {reason}", codec.name()))
}

fn push_handled(out: &mut String, bad: &[u8], errors: &str) -> PyResult<()> {
    match errors {
        "ignore" => {}
        "replace" => out.push('\u{fffd}'),
        "backslashreplace" => {
            for &x in bad {
                let _ = write!(out, "\\x{x:02x}");
            }
        }
        _ => return Err(unknown_handler(errors)),
    }
    Ok(())
}

/// `b.decode(encoding, errors)`.
pub fn decode(b: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    match codec {
        Codec::Latin1 => Ok(b.iter().map(|&x| x as char).collect()),
        Codec::Ascii => {
            if b.is_ascii() {
                return Ok(std::str::from_utf8(b).unwrap_or_default().to_string());
            }
            let mut out = String::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                if x < 0x80 {
                    out.push(x as char);
                } else if errors == "strict" {
                    return Err(decode_error(codec, b, i, i + 1, "ordinal not in range(128)"));
                } else if errors == "replace" {
                    out.push('\u{fffd}');
                } else {
                    push_handled(&mut out, &b[i..i + 1], errors)?;
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            if let Ok(s) = std::str::from_utf8(b) {
                return Ok(s.to_string());
            }
            let mut out = String::with_capacity(b.len());
            let mut rest = b;
            let mut base = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                        let (bad_len, reason) = match e.error_len() {
                            Some(n) => {
                                let lead = rest[good];
                                let r = if (0x80..=0xc1).contains(&lead) || lead >= 0xf5 {
                                    "invalid start byte"
                                } else {
                                    "invalid continuation byte"
                                };
                                (n, r)
                            }
                            None => (rest.len() - good, "unexpected end of data"),
                        };
                        if errors == "strict" {
                            return Err(decode_error(codec, b, base + good, base + good + bad_len, reason));
                        }
                        push_handled(&mut out, &rest[good..good + bad_len], errors)?;
                        rest = &rest[good + bad_len..];
                        base += good + bad_len;
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(e: PyErr) -> String {
        match e {
            PyErr::Msg(k, m) => format!("{} {}", k.name(), m),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn decode_errors_match_cpython() {
        let u = Codec::Utf8;
        assert_eq!(
            msg(decode(b"\xe4\x41", u, "strict").unwrap_err()),
            "UnicodeDecodeError 'utf-8' codec can't decode byte 0xe4 in position 0: invalid continuation byte"
        );
        assert_eq!(
            msg(decode(b"\xe4\xb8\x41", u, "strict").unwrap_err()),
            "UnicodeDecodeError 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"
        );
        assert_eq!(
            msg(decode(b"\xf0\x9f\x98", u, "strict").unwrap_err()),
            "UnicodeDecodeError 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data"
        );
        assert_eq!(
            msg(decode(b"\x80\x80", u, "strict").unwrap_err()),
            "UnicodeDecodeError 'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte"
        );
        assert_eq!(
            msg(decode(b"ab\xff", Codec::Ascii, "strict").unwrap_err()),
            "UnicodeDecodeError 'ascii' codec can't decode byte 0xff in position 2: ordinal not in range(128)"
        );
        assert_eq!(decode(b"\xffa", u, "replace").unwrap(), "\u{fffd}a");
        assert_eq!(decode(b"\xff", u, "backslashreplace").unwrap(), "\\xff");
        assert_eq!(msg(decode(b"\xff", u, "bad").unwrap_err()), "LookupError unknown error handler name 'bad'");
    }

    #[test]
    fn encode_errors_match_cpython() {
        assert_eq!(
            msg(encode("éé", Codec::Ascii, "strict").unwrap_err()),
            "UnicodeEncodeError 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)"
        );
        assert_eq!(
            msg(encode("a😀", Codec::Latin1, "strict").unwrap_err()),
            "UnicodeEncodeError 'latin-1' codec can't encode character '\\U0001f600' in position 1: ordinal not in range(256)"
        );
        assert_eq!(encode("a€", Codec::Ascii, "replace").unwrap(), b"a?");
        assert_eq!(encode("a€", Codec::Ascii, "backslashreplace").unwrap(), b"a\\u20ac");
        assert_eq!(encode("a€", Codec::Ascii, "xmlcharrefreplace").unwrap(), b"a&#8364;");
        assert_eq!(encode("é", Codec::Latin1, "strict").unwrap(), b"\xe9");
        assert_eq!(msg(Codec::lookup("foo").unwrap_err()), "LookupError unknown encoding: foo");
        assert_eq!(Codec::lookup("UTF_8").unwrap(), Codec::Utf8);
    }
}

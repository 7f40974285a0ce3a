//! Source files as bytes → text, honouring a PEP 263 encoding declaration
//! (`# -*- coding: latin-1 -*-` on the first or second line) and a UTF-8 byte-order mark.
//!
//! Supported encodings: UTF-8, Latin-1 (ISO-8859-1) and ASCII under their usual aliases.
//! Any other declared name is refused the way CPython refuses an unknown codec, so a file
//! never runs with mis-decoded text.

use std::borrow::Cow;

/// Why a source file could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceError {
    /// The declared encoding is unknown or unsupported here (CPython: "unknown encoding").
    UnknownEncoding(String),
    /// The declaration cannot apply: a BOM with a non-UTF-8 declaration, or ASCII text with
    /// non-ASCII bytes (CPython: "encoding problem: NAME").
    EncodingProblem(String),
    /// Undeclared and not UTF-8: the first bad byte and its 1-based line.
    NonUtf8 { byte: u8, line: usize },
    /// Declared ASCII with a byte above 127 at `position`.
    NotAscii { byte: u8, position: usize },
}

impl SourceError {
    /// The `SyntaxError` message CPython prints for a file named `path`.
    pub fn file_message(&self, path: &str) -> String {
        match self {
            SourceError::UnknownEncoding(name) | SourceError::EncodingProblem(name) => {
                format!("encoding problem: {name}")
            }
            SourceError::NotAscii { .. } => "encoding problem: ascii".to_string(),
            SourceError::NonUtf8 { byte, line } => format!(
                "Non-UTF-8 code starting with '\\x{byte:02x}' in file {path} on line {line}, but no encoding \
                 declared; see https://peps.python.org/pep-0263/ for details"
            ),
        }
    }

    /// The `SyntaxError` message of `compile()`/`exec()` given bytes.
    pub fn compile_message(&self) -> String {
        match self {
            SourceError::UnknownEncoding(name) => format!("unknown encoding: {name}"),
            SourceError::EncodingProblem(name) => format!("encoding problem: {name}"),
            SourceError::NonUtf8 { byte, .. } => {
                format!("(unicode error) 'utf-8' codec can't decode byte 0x{byte:02x}: invalid start byte")
            }
            SourceError::NotAscii { byte, position } => {
                format!(
                    "'ascii' codec can't decode byte 0x{byte:02x} in position {position}: ordinal not in range(128)"
                )
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Latin1,
    Ascii,
}

/// Decodes a source file's bytes.
pub fn decode_source(bytes: &[u8]) -> Result<Cow<'_, str>, SourceError> {
    let (bom, body) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let declared = declared_encoding(body);
    let encoding = match &declared {
        None => Encoding::Utf8,
        Some(name) => match lookup(name) {
            Some(e) => e,
            None => return Err(SourceError::UnknownEncoding(name.clone())),
        },
    };
    if bom && encoding != Encoding::Utf8 {
        return Err(SourceError::EncodingProblem(format!("{} with BOM", canonical_name(encoding))));
    }
    match encoding {
        Encoding::Utf8 => match std::str::from_utf8(bytes) {
            Ok(s) => Ok(Cow::Borrowed(s)),
            Err(e) => {
                let at = e.valid_up_to();
                let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
                Err(SourceError::NonUtf8 { byte: bytes[at], line })
            }
        },
        Encoding::Latin1 => Ok(Cow::Owned(body.iter().map(|&b| b as char).collect())),
        Encoding::Ascii if body.is_ascii() => Ok(Cow::Borrowed(std::str::from_utf8(body).unwrap_or_default())),
        Encoding::Ascii => {
            let position = body.iter().position(|b| !b.is_ascii()).unwrap_or(0);
            Err(SourceError::NotAscii { byte: body[position], position: position + (bytes.len() - body.len()) })
        }
    }
}

/// The name in a coding declaration on line 1, or on line 2 when line 1 is only a comment
/// or blank (PEP 263: `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`).
fn declared_encoding(src: &[u8]) -> Option<String> {
    let mut lines = src.split(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = cookie(first) {
        return Some(name);
    }
    let trimmed = first.iter().skip_while(|b| matches!(b, b' ' | b'\t' | b'\x0c' | b'\r'));
    let comment_or_blank = match trimmed.clone().next() {
        None => true,
        Some(&b) => b == b'#',
    };
    if comment_or_blank { lines.next().and_then(cookie) } else { None }
}

fn cookie(line: &[u8]) -> Option<String> {
    let start = line.iter().position(|b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
    if line[start] != b'#' {
        return None;
    }
    let comment = &line[start..];
    // The first "coding" followed by ':' or '=' (the regex's lazy `.*?`).
    let mut from = 0;
    while let Some(i) = find(&comment[from..], b"coding") {
        let after = from + i + b"coding".len();
        if matches!(comment.get(after), Some(b':' | b'=')) {
            let rest = &comment[after + 1..];
            let rest = &rest[rest.iter().take_while(|b| matches!(b, b' ' | b'\t')).count()..];
            let len =
                rest.iter().take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')).count();
            if len == 0 {
                return None;
            }
            return Some(String::from_utf8_lossy(&rest[..len]).into_owned());
        }
        from = from + i + 1;
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The codec a declared name means, by Python's alias rules (case and `-`/`_` ignored).
fn lookup(name: &str) -> Option<Encoding> {
    let norm: String = name.to_ascii_lowercase().chars().map(|c| if c == '_' { '-' } else { c }).collect();
    if norm == "utf-8" || norm.starts_with("utf-8-") || norm == "utf8" || norm == "u8" || norm == "utf" {
        return Some(Encoding::Utf8);
    }
    let latin1 = [
        "latin-1",
        "latin1",
        "latin",
        "l1",
        "iso-8859-1",
        "iso8859-1",
        "iso-8859-1:1987",
        "8859",
        "cp819",
        "iso-ir-100",
        "csisolatin1",
        "ibm819",
    ];
    if latin1.contains(&norm.as_str()) || norm.starts_with("latin-1-") || norm.starts_with("iso-8859-1-") {
        return Some(Encoding::Latin1);
    }
    let ascii = ["ascii", "us-ascii", "646", "us", "ansi-x3.4-1968", "ansi-x3.4-1986", "iso646-us", "cp367", "csascii"];
    if ascii.contains(&norm.as_str()) {
        return Some(Encoding::Ascii);
    }
    None
}

fn canonical_name(e: Encoding) -> &'static str {
    match e {
        Encoding::Utf8 => "utf-8",
        Encoding::Latin1 => "iso-8859-1",
        Encoding::Ascii => "ascii",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declarations_on_the_first_two_lines() {
        assert_eq!(declared_encoding(b"# -*- coding: latin-1 -*-\nx"), Some("latin-1".into()));
        assert_eq!(declared_encoding(b"#!/bin/python\n# vim: set fileencoding=ascii :\n"), Some("ascii".into()));
        assert_eq!(declared_encoding(b"\n# coding=utf8\n"), Some("utf8".into()));
        assert_eq!(declared_encoding(b"x = 1\n# coding: latin-1\n"), None);
        assert_eq!(declared_encoding(b"\n\n# coding: latin-1\n"), None);
        assert_eq!(declared_encoding(b"s = '# coding: latin-1'\n"), None);
        // The PEP's pattern matches inside words too: "encoding: learn" declares "learn".
        assert_eq!(declared_encoding(b"# Byte-pair encoding: learn merges\n"), Some("learn".into()));
    }

    #[test]
    fn decoding() {
        assert_eq!(decode_source(b"# coding: latin-1\nx = '\xe9'\n").unwrap(), "# coding: latin-1\nx = '\u{e9}'\n");
        assert_eq!(decode_source(b"# coding=Latin_1\n").unwrap(), "# coding=Latin_1\n");
        assert_eq!(decode_source(b"\xef\xbb\xbfprint(1)\n").unwrap(), "\u{feff}print(1)\n");
        assert_eq!(decode_source(b"# coding: bogus\n").unwrap_err(), SourceError::UnknownEncoding("bogus".into()));
        assert_eq!(
            decode_source(b"\xef\xbb\xbf# coding: latin-1\n").unwrap_err(),
            SourceError::EncodingProblem("iso-8859-1 with BOM".into())
        );
        assert_eq!(
            decode_source(b"# coding: ascii\nx = '\xc3\xa9'\n").unwrap_err(),
            SourceError::NotAscii { byte: 0xc3, position: 21 }
        );
        assert_eq!(decode_source(b"x = 1\ny = '\xe9'\n").unwrap_err(), SourceError::NonUtf8 { byte: 0xe9, line: 2 });
    }
}

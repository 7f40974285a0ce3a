//! The codecs behind `str.encode` and `bytes.decode`: UTF-8, UTF-16, UTF-32, ASCII, Latin-1
//! and Windows-1252 with the `strict`, `ignore`, `replace`, `backslashreplace` and
//! `xmlcharrefreplace` handlers.

use std::fmt::Write;

use crate::error::{CodecFailure, ExcKind, PyErr, PyResult};
use crate::value::{Args, Value};
use crate::vm::Vm;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Cp1252,
    Utf16(Order),
    Utf32(Order),
}

/// Byte order of UTF-16/32: `Bom` writes a little-endian byte order mark (CPython's native
/// order here) and, when decoding, follows the mark if there is one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    Bom,
    Le,
    Be,
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
            "cp1252" | "windows-1252" | "1252" => Ok(Codec::Cp1252),
            "utf-16" | "utf16" | "u16" => Ok(Codec::Utf16(Order::Bom)),
            "utf-16-le" | "utf-16le" => Ok(Codec::Utf16(Order::Le)),
            "utf-16-be" | "utf-16be" => Ok(Codec::Utf16(Order::Be)),
            "utf-32" | "utf32" | "u32" => Ok(Codec::Utf32(Order::Bom)),
            "utf-32-le" | "utf-32le" => Ok(Codec::Utf32(Order::Le)),
            "utf-32-be" | "utf-32be" => Ok(Codec::Utf32(Order::Be)),
            _ => Err(PyErr::new(ExcKind::LookupError, format!("unknown encoding: {name}"))),
        }
    }

    /// The name in error messages (CPython's charmap codecs all say "charmap").
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Cp1252 => "charmap",
            Codec::Utf16(Order::Bom) => "utf-16",
            Codec::Utf16(Order::Le) => "utf-16-le",
            Codec::Utf16(Order::Be) => "utf-16-be",
            Codec::Utf32(Order::Bom) => "utf-32",
            Codec::Utf32(Order::Le) => "utf-32-le",
            Codec::Utf32(Order::Be) => "utf-32-be",
        }
    }

    /// The byte one character encodes to in a single-byte codec.
    fn byte_of(self, c: char) -> Option<u8> {
        let u = c as u32;
        match self {
            Codec::Ascii => (u < 0x80).then_some(u as u8),
            // Windows-1252 is Latin-1 except 0x80-0x9f, which hold other characters.
            Codec::Cp1252 if (0x80..0xa0).contains(&u) => None,
            Codec::Cp1252 if u >= 0x100 => cp1252_byte(c),
            _ => (u < 0x100).then_some(u as u8),
        }
    }

    fn unencodable(self) -> &'static str {
        match self {
            Codec::Ascii => "ordinal not in range(128)",
            Codec::Cp1252 => "character maps to <undefined>",
            _ => "ordinal not in range(256)",
        }
    }
}

/// Windows-1252's bytes 0x80-0x9f (0 where the code page defines none); the rest is Latin-1.
const CP1252_HIGH: [u16; 32] = [
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
    0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

fn cp1252_byte(c: char) -> Option<u8> {
    let u = c as u32;
    CP1252_HIGH.iter().position(|&x| x != 0 && u32::from(x) == u).map(|i| 0x80 + i as u8)
}

fn cp1252_char(b: u8) -> Option<char> {
    match b {
        0x80..=0x9f => char::from_u32(u32::from(CP1252_HIGH[usize::from(b - 0x80)])).filter(|&c| c != '\0'),
        _ => Some(b as char),
    }
}

fn utf16_units(s: &str, order: Order) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() * 2 + 2);
    if order == Order::Bom {
        out.extend_from_slice(&[0xff, 0xfe]);
    }
    for unit in s.encode_utf16() {
        out.extend_from_slice(&if order == Order::Be { unit.to_be_bytes() } else { unit.to_le_bytes() });
    }
    out
}

fn utf32_units(s: &str, order: Order) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() * 4 + 4);
    if order == Order::Bom {
        out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
    }
    for c in s.chars() {
        let u = c as u32;
        out.extend_from_slice(&if order == Order::Be { u.to_be_bytes() } else { u.to_le_bytes() });
    }
    out
}

/// Whether `encode` (or, with `encoding` false, `decode`) applies handler `errors` itself;
/// the others (`namereplace`, `codecs.register_error`'s) are the codecs module's, in Python.
pub fn is_native_handler(errors: &str, encoding: bool) -> bool {
    match errors {
        "strict" | "ignore" | "replace" | "backslashreplace" => true,
        "xmlcharrefreplace" => encoding,
        _ => false,
    }
}

/// Whether `e` is a codec's failure, which a handler of the codecs module may repair.
pub fn is_codec_failure(e: &PyErr) -> bool {
    matches!(e.kind(), Some(ExcKind::UnicodeEncodeError | ExcKind::UnicodeDecodeError))
}

/// `s.encode(encoding, errors)` with any handler: the native ones here, the others through
/// the codecs module, looked up (as CPython does) only once something fails to encode.
pub fn encode_any(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = Codec::lookup(encoding)?;
    if is_native_handler(errors, true) {
        return encode(s, codec, errors);
    }
    match encode(s, codec, "strict") {
        Err(e) if is_codec_failure(&e) => {
            let text = vm.new_str(s.to_string());
            let out = with_python_handler(vm, text, encoding, errors, codec)?;
            Ok(vm.heap.bytes(out).map(<[u8]>::to_vec).unwrap_or_default())
        }
        done => done,
    }
}

/// `b.decode(encoding, errors)` with any handler, as `encode_any`.
pub fn decode_any(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = Codec::lookup(encoding)?;
    if is_native_handler(errors, false) {
        return decode(b, codec, errors);
    }
    match decode(b, codec, "strict") {
        Err(e) if is_codec_failure(&e) => {
            let bytes = vm.new_bytes(b.to_vec());
            let out = with_python_handler(vm, bytes, encoding, errors, codec)?;
            Ok(vm.heap.str_of(out).map(str::to_string).unwrap_or_default())
        }
        done => done,
    }
}

/// `data` (str or bytes) encoded or decoded by `codecs._with_handler`, which gives each
/// failing span to the handler registered as `errors`.
fn with_python_handler(vm: &mut Vm, data: Value, encoding: &str, errors: &str, codec: Codec) -> PyResult<Value> {
    let module = vm.import_name("codecs", Value::None, 0)?;
    let func = vm.getattr(module, "_with_handler")?;
    let args = vec![
        data,
        vm.new_str(encoding.to_string()),
        vm.new_str(errors.to_string()),
        vm.new_str(codec.name().to_string()),
    ];
    vm.call(func, Args::new(args))
}

fn unknown_handler(errors: &str) -> PyErr {
    PyErr::new(ExcKind::LookupError, format!("unknown error handler name '{errors}'"))
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    match codec {
        Codec::Utf16(order) => return Ok(utf16_units(s, order)),
        Codec::Utf32(order) => return Ok(utf32_units(s, order)),
        _ if codec == Codec::Utf8 || s.is_ascii() => return Ok(s.as_bytes().to_vec()),
        _ => {}
    }
    let mut out = Vec::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if let Some(b) = codec.byte_of(c) {
            out.push(b);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && codec.byte_of(chars[j]).is_none() {
            j += 1;
        }
        match errors {
            "strict" => {
                let failure = CodecFailure::encode(codec.name(), s, i, j, codec.unencodable());
                return Err(PyErr::codec(failure));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', j - i)),
            "backslashreplace" => {
                for &c in &chars[i..j] {
                    out.extend_from_slice(crate::error::unicode_error_escape(c as u32).as_bytes());
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
    PyErr::codec(CodecFailure::decode(codec.name(), b, start, end, reason))
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
        Codec::Cp1252 => {
            let mut out = String::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                match cp1252_char(x) {
                    Some(c) => out.push(c),
                    None if errors == "strict" => {
                        return Err(decode_error(codec, b, i, i + 1, "character maps to <undefined>"));
                    }
                    None => push_handled(&mut out, &b[i..i + 1], errors)?,
                }
            }
            Ok(out)
        }
        Codec::Utf16(order) => decode_utf16(b, order, errors),
        Codec::Utf32(order) => decode_utf32(b, order, errors),
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

/// Where the units start and their order: a byte order mark wins for `Order::Bom`.
fn resolve_order(b: &[u8], order: Order, bom_le: &[u8], bom_be: &[u8]) -> (usize, Order) {
    match order {
        Order::Bom if b.starts_with(bom_le) => (bom_le.len(), Order::Le),
        Order::Bom if b.starts_with(bom_be) => (bom_be.len(), Order::Be),
        Order::Bom => (0, Order::Le),
        o => (0, o),
    }
}

fn decode_utf16(b: &[u8], order: Order, errors: &str) -> PyResult<String> {
    let (mut i, order) = resolve_order(b, order, &[0xff, 0xfe], &[0xfe, 0xff]);
    let codec = Codec::Utf16(order);
    let unit = |i: usize| {
        let pair = [b[i], b[i + 1]];
        if order == Order::Be { u16::from_be_bytes(pair) } else { u16::from_le_bytes(pair) }
    };
    let mut out = String::with_capacity(b.len() / 2);
    while i < b.len() {
        let (end, reason) = if b.len() - i < 2 {
            (b.len(), "truncated data")
        } else {
            let u = unit(i);
            match u {
                0xd800..=0xdbff if b.len() - i < 4 => (b.len(), "unexpected end of data"),
                0xd800..=0xdbff => match unit(i + 2) {
                    v @ 0xdc00..=0xdfff => {
                        let c = 0x10000 + ((u32::from(u) - 0xd800) << 10) + (u32::from(v) - 0xdc00);
                        out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                        i += 4;
                        continue;
                    }
                    _ => (i + 2, "illegal UTF-16 surrogate"),
                },
                0xdc00..=0xdfff => (i + 2, "illegal encoding"),
                _ => {
                    out.push(char::from_u32(u32::from(u)).unwrap_or('\u{fffd}'));
                    i += 2;
                    continue;
                }
            }
        };
        if errors == "strict" {
            return Err(decode_error(codec, b, i, end, reason));
        }
        push_handled(&mut out, &b[i..end], errors)?;
        i = end;
    }
    Ok(out)
}

fn decode_utf32(b: &[u8], order: Order, errors: &str) -> PyResult<String> {
    let (mut i, order) = resolve_order(b, order, &[0xff, 0xfe, 0, 0], &[0, 0, 0xfe, 0xff]);
    let codec = Codec::Utf32(order);
    let mut out = String::with_capacity(b.len() / 4);
    while i < b.len() {
        let (end, reason) = if b.len() - i < 4 {
            (b.len(), "truncated data")
        } else {
            let quad = [b[i], b[i + 1], b[i + 2], b[i + 3]];
            let u = if order == Order::Be { u32::from_be_bytes(quad) } else { u32::from_le_bytes(quad) };
            match char::from_u32(u) {
                Some(c) => {
                    out.push(c);
                    i += 4;
                    continue;
                }
                None if (0xd800..0xe000).contains(&u) => {
                    (i + 4, "code point in surrogate code point range(0xd800, 0xe000)")
                }
                None => (i + 4, "code point not in range(0x110000)"),
            }
        };
        if errors == "strict" {
            return Err(decode_error(codec, b, i, end, reason));
        }
        push_handled(&mut out, &b[i..end], errors)?;
        i = end;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(e: PyErr) -> String {
        match e.message() {
            Some((k, m)) => format!("{} {}", k.name(), m),
            None => format!("{e:?}"),
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
        let le = Codec::Utf16(Order::Le);
        let cases: [(&[u8], Codec, &str); 6] = [
            (b"a", le, "can't decode byte 0x61 in position 0: truncated data"),
            (b"\x00\xd8", le, "can't decode bytes in position 0-1: unexpected end of data"),
            (b"\x00\xdc\x41\x00", le, "can't decode bytes in position 0-1: illegal encoding"),
            (b"\x00\xd8\x41\x00", le, "can't decode bytes in position 0-1: illegal UTF-16 surrogate"),
            (
                b"\x00\x00\x11\x00",
                Codec::Utf32(Order::Le),
                "can't decode bytes in position 0-3: code point not in range(0x110000)",
            ),
            (b"\x81", Codec::Cp1252, "can't decode byte 0x81 in position 0: character maps to <undefined>"),
        ];
        for (bytes, codec, want) in cases {
            let got = msg(decode(bytes, codec, "strict").unwrap_err());
            assert!(got.ends_with(want), "{got}");
        }
        assert!(msg(decode(b"abc", Codec::Utf32(Order::Bom), "strict").unwrap_err()).contains("'utf-32-le'"));
        assert_eq!(decode(b"\xfe\xff\x00A", Codec::Utf16(Order::Bom), "strict").unwrap(), "A");
        assert_eq!(decode(b"\x00\xd8A\x00", le, "replace").unwrap(), "\u{fffd}A");
        assert_eq!(decode(b"\x80\x99", Codec::Cp1252, "strict").unwrap(), "€™");
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
        assert_eq!(
            msg(encode("€\u{81}", Codec::Cp1252, "strict").unwrap_err()),
            "UnicodeEncodeError 'charmap' codec can't encode character '\\x81' in position 1: character maps to <undefined>"
        );
        assert_eq!(encode("€™é", Codec::Cp1252, "strict").unwrap(), b"\x80\x99\xe9");
        assert_eq!(encode("A😀", Codec::Utf16(Order::Bom), "strict").unwrap(), b"\xff\xfeA\x00=\xd8\x00\xde");
        assert_eq!(encode("A😀", Codec::Utf16(Order::Be), "strict").unwrap(), b"\x00A\xd8=\xde\x00");
        assert_eq!(encode("A", Codec::Utf32(Order::Bom), "strict").unwrap(), b"\xff\xfe\x00\x00A\x00\x00\x00");
        assert_eq!(Codec::lookup("UTF_8").unwrap(), Codec::Utf8);
    }
}

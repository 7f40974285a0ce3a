//! Decoding of string, bytes and number literal tokens.

use super::Constant;
use num_bigint::BigInt;

#[derive(Clone, Copy, Debug)]
pub struct PrefixInfo {
    pub raw: bool,
    pub bytes: bool,
    /// Offset of the body in the token text (prefix + opening quotes).
    pub body_start: usize,
    /// Length of the closing quote (1 or 3).
    pub quote_len: usize,
}

pub fn prefix_info(text: &str) -> PrefixInfo {
    let b = text.as_bytes();
    let mut i = 0;
    let (mut raw, mut bytes) = (false, false);
    while i < b.len() && b[i] != b'"' && b[i] != b'\'' {
        match b[i] {
            b'r' | b'R' => raw = true,
            b'b' | b'B' => bytes = true,
            _ => {}
        }
        i += 1;
    }
    let q = b[i];
    let triple = b.len() >= i + 6 && b[i + 1] == q && b[i + 2] == q;
    let quote_len = if triple { 3 } else { 1 };
    PrefixInfo { raw, bytes, body_start: i + quote_len, quote_len }
}

/// Finds `name` (upper case) in the generated name table by decoding its names one by one:
/// the table is compact rather than indexed, and `\N{...}` escapes are rare.
fn table_name(name: &str) -> Option<char> {
    use super::unicode_names::{END, FIRST_WORD, HYPHEN, NAMES, RUNS, TWO_BYTE, WORD_ENDS, WORDS};
    let mut tokens = NAMES.iter().copied();
    let mut decoded = String::new();
    for &(first, count) in RUNS {
        for k in 0..u32::from(count) {
            decoded.clear();
            let mut hyphen = false;
            loop {
                let b = tokens.next()?;
                if b == END {
                    break;
                }
                if b == HYPHEN {
                    hyphen = true;
                    continue;
                }
                let mut word = usize::from(b - FIRST_WORD);
                if b >= TWO_BYTE {
                    word = usize::from(TWO_BYTE - FIRST_WORD)
                        + (usize::from(b - TWO_BYTE) << 8)
                        + usize::from(tokens.next()?);
                }
                let start = if word == 0 { 0 } else { usize::from(*WORD_ENDS.get(word - 1)?) };
                let end = usize::from(*WORD_ENDS.get(word)?);
                if hyphen {
                    decoded.push('-');
                } else if !decoded.is_empty() {
                    decoded.push(' ');
                }
                decoded.push_str(WORDS.get(start..end)?);
                hyphen = false;
            }
            if decoded == name {
                return char::from_u32(first + k);
            }
        }
    }
    None
}

fn unicode_name(name: &str) -> Option<char> {
    let n = name.to_ascii_uppercase();
    if let Some(c) = table_name(&n) {
        return Some(c);
    }
    if let Some(hex) = n.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        return u32::from_str_radix(hex, 16).ok().and_then(char::from_u32);
    }
    Some(match n.as_str() {
        "SPACE" => ' ',
        "NO-BREAK SPACE" => '\u{a0}',
        "EM DASH" => '\u{2014}',
        "EN DASH" => '\u{2013}',
        "BULLET" => '\u{2022}',
        "HORIZONTAL ELLIPSIS" => '\u{2026}',
        "EURO SIGN" => '\u{20ac}',
        "POUND SIGN" => '\u{a3}',
        "YEN SIGN" => '\u{a5}',
        "COPYRIGHT SIGN" => '\u{a9}',
        "REGISTERED SIGN" => '\u{ae}',
        "DEGREE SIGN" => '\u{b0}',
        "MICRO SIGN" => '\u{b5}',
        "MULTIPLICATION SIGN" => '\u{d7}',
        "DIVISION SIGN" => '\u{f7}',
        "GREEK SMALL LETTER ALPHA" => '\u{3b1}',
        "GREEK SMALL LETTER BETA" => '\u{3b2}',
        "GREEK SMALL LETTER GAMMA" => '\u{3b3}',
        "GREEK SMALL LETTER DELTA" => '\u{3b4}',
        "GREEK SMALL LETTER PI" => '\u{3c0}',
        "GREEK SMALL LETTER LAMDA" => '\u{3bb}',
        "GREEK SMALL LETTER MU" => '\u{3bc}',
        "GREEK SMALL LETTER SIGMA" => '\u{3c3}',
        "GREEK CAPITAL LETTER DELTA" => '\u{394}',
        "GREEK CAPITAL LETTER OMEGA" => '\u{3a9}',
        "GREEK CAPITAL LETTER SIGMA" => '\u{3a3}',
        "LATIN SMALL LETTER E WITH ACUTE" => '\u{e9}',
        "LATIN SMALL LETTER A WITH GRAVE" => '\u{e0}',
        "LATIN SMALL LETTER SHARP S" => '\u{df}',
        "LATIN SMALL LETTER N WITH TILDE" => '\u{f1}',
        "LATIN SMALL LETTER U WITH DIAERESIS" => '\u{fc}',
        "LATIN SMALL LETTER O WITH DIAERESIS" => '\u{f6}',
        "LATIN SMALL LETTER A WITH DIAERESIS" => '\u{e4}',
        "LATIN CAPITAL LETTER A" => 'A',
        "LATIN SMALL LETTER A" => 'a',
        "DIGIT ZERO" => '0',
        "DIGIT ONE" => '1',
        "NULL" => '\0',
        "LINE FEED" | "LF" => '\n',
        "CARRIAGE RETURN" | "CR" => '\r',
        "CHARACTER TABULATION" | "TAB" => '\t',
        "ESCAPE" => '\u{1b}',
        "DELETE" => '\u{7f}',
        "BLACK STAR" => '\u{2605}',
        "WHITE STAR" => '\u{2606}',
        "SNOWMAN" => '\u{2603}',
        "BLACK HEART SUIT" => '\u{2665}',
        "HEAVY BLACK HEART" => '\u{2764}',
        "CHECK MARK" => '\u{2713}',
        "HEAVY CHECK MARK" => '\u{2714}',
        "BALLOT X" => '\u{2717}',
        "RIGHTWARDS ARROW" => '\u{2192}',
        "LEFTWARDS ARROW" => '\u{2190}',
        "UPWARDS ARROW" => '\u{2191}',
        "DOWNWARDS ARROW" => '\u{2193}',
        "INFINITY" => '\u{221e}',
        "NOT EQUAL TO" => '\u{2260}',
        "LESS-THAN OR EQUAL TO" => '\u{2264}',
        "GREATER-THAN OR EQUAL TO" => '\u{2265}',
        "ZERO WIDTH SPACE" => '\u{200b}',
        "ZERO WIDTH JOINER" => '\u{200d}',
        "BYTE ORDER MARK" | "ZERO WIDTH NO-BREAK SPACE" => '\u{feff}',
        "REPLACEMENT CHARACTER" => '\u{fffd}',
        "GRINNING FACE" => '\u{1f600}',
        "SMILING FACE WITH SMILING EYES" => '\u{1f60a}',
        "THUMBS UP SIGN" => '\u{1f44d}',
        "PILE OF POO" => '\u{1f4a9}',
        "SNAKE" => '\u{1f40d}',
        "FIRE" => '\u{1f525}',
        "ROCKET" => '\u{1f680}',
        "PARTY POPPER" => '\u{1f389}',
        "BOX DRAWINGS LIGHT HORIZONTAL" => '\u{2500}',
        "BOX DRAWINGS LIGHT VERTICAL" => '\u{2502}',
        "FULL BLOCK" => '\u{2588}',
        "LIGHT SHADE" => '\u{2591}',
        "BLACK SQUARE" => '\u{25a0}',
        "WHITE SQUARE" => '\u{25a1}',
        "BLACK CIRCLE" => '\u{25cf}',
        "WHITE CIRCLE" => '\u{25cb}',
        "SECTION SIGN" => '\u{a7}',
        "PILCROW SIGN" => '\u{b6}',
        "PLUS-MINUS SIGN" => '\u{b1}',
        "SUPERSCRIPT TWO" => '\u{b2}',
        "VULGAR FRACTION ONE HALF" => '\u{bd}',
        "CENT SIGN" => '\u{a2}',
        "INTERROBANG" => '\u{203d}',
        "TRADE MARK SIGN" => '\u{2122}',
        _ => return None,
    })
}

fn unicode_error(pos: usize, end: usize, what: &str) -> String {
    format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}", pos, end, what)
}

/// Decodes the body of a (non-bytes) string literal, appending to `out`.
pub fn decode_str(body: &str, raw: bool, out: &mut String) -> Result<(), String> {
    if raw || !body.contains('\\') {
        if body.contains('\r') {
            out.push_str(&body.replace("\r\n", "\n").replace('\r', "\n"));
        } else {
            out.push_str(body);
        }
        return Ok(());
    }
    decode_escapes(body, out)
}

/// `decode_str` for a body with backslashes. Out of line: the wasm engine compiles a function
/// whole on its first call, and a program whose literals have no escapes (`print("hello")`)
/// then never compiles the escape decoder.
#[inline(never)]
fn decode_escapes(body: &str, out: &mut String) -> Result<(), String> {
    let b = body.as_bytes();
    let mut i = 0;
    let mut lit_start = 0;
    while i < b.len() {
        if b[i] == b'\r' {
            out.push_str(&body[lit_start..i]);
            out.push('\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            lit_start = i;
            continue;
        }
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        out.push_str(&body[lit_start..i]);
        let esc_start = i;
        i += 1;
        let Some(&c) = b.get(i) else {
            out.push('\\');
            lit_start = i;
            break;
        };
        i += 1;
        match c {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let n = match c {
                    b'x' => 2,
                    b'u' => 4,
                    _ => 8,
                };
                let hex = body.get(i..i + n).filter(|h| h.bytes().all(|d| d.is_ascii_hexdigit()));
                let Some(hex) = hex else {
                    let mut k = i;
                    while k < b.len() && k < i + n && b[k].is_ascii_hexdigit() {
                        k += 1;
                    }
                    let what = match c {
                        b'x' => "truncated \\xXX escape",
                        b'u' => "truncated \\uXXXX escape",
                        _ => "truncated \\UXXXXXXXX escape",
                    };
                    return Err(unicode_error(esc_start, k - 1, what));
                };
                let v = u32::from_str_radix(hex, 16).unwrap();
                i += n;
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None if v < 0x110000 => out.push('\u{fffd}'),
                    None => {
                        return Err(unicode_error(esc_start, i - 1, "illegal Unicode character"));
                    }
                }
            }
            b'N' => {
                if b.get(i) != Some(&b'{') {
                    return Err(unicode_error(esc_start, i - 1, "malformed \\N character escape"));
                }
                let Some(close) = body[i..].find('}') else {
                    return Err(unicode_error(esc_start, b.len() - 1, "malformed \\N character escape"));
                };
                let name = &body[i + 1..i + close];
                let end = i + close;
                match unicode_name(name) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(unicode_error(esc_start, end, "unknown Unicode character name"));
                    }
                }
                i = end + 1;
            }
            _ => {
                // unknown escape: kept verbatim (CPython warns)
                out.push('\\');
                i -= 1;
            }
        }
        lit_start = i;
    }
    out.push_str(&body[lit_start..]);
    Ok(())
}

/// CPython's SyntaxWarning for the first escape of a (not raw) literal body it does not know
/// (`"\\d"`, kept as a backslash and the character) or whose octal value exceeds a byte.
pub fn invalid_escape(body: &str, bytes: bool) -> Option<String> {
    let b = body.as_bytes();
    let mut i = 0;
    while let Some(off) = b[i..].iter().position(|&c| c == b'\\') {
        i += off + 1;
        let c = *b.get(i)?;
        match c {
            b'0'..=b'7' => {
                let digits = b[i..].iter().take(3).take_while(|d| (b'0'..=b'7').contains(d)).count();
                let value = b[i..i + digits].iter().fold(0u32, |v, d| v * 8 + u32::from(d - b'0'));
                if value > 0o377 {
                    return Some(format!("invalid octal escape sequence '\\{}'", &body[i..i + digits]));
                }
                i += digits;
            }
            b'\n' | b'\r' | b'\\' | b'\'' | b'"' | b'a' | b'b' | b'f' | b'n' | b'r' | b't' | b'v' | b'x' => i += 1,
            b'u' | b'U' | b'N' if !bytes => i += 1,
            _ => {
                let ch = body[i..].chars().next()?;
                return Some(format!("invalid escape sequence '\\{ch}'"));
            }
        }
    }
    None
}

/// Decodes a whole bytes literal token (`text` includes prefix and quotes).
// Out of line: see `decode_escapes`.
#[inline(never)]
pub fn decode_bytes(text: &str, info: PrefixInfo, out: &mut Vec<u8>) -> Result<(), String> {
    let body = &text[info.body_start..text.len() - info.quote_len];
    if !body.is_ascii() {
        return Err("bytes can only contain ASCII literal characters".into());
    }
    let b = body.as_bytes();
    if info.raw {
        out.extend_from_slice(b);
        return Ok(());
    }
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push(b'\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        if c != b'\\' || i + 1 >= b.len() {
            out.push(c);
            i += 1;
            continue;
        }
        let e = b[i + 1];
        i += 2;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let hex = body.get(i..i + 2).filter(|h| h.bytes().all(|d| d.is_ascii_hexdigit()));
                let Some(hex) = hex else {
                    return Err(format!("(value error) invalid \\x escape at position {}", i - 2));
                };
                out.push(u8::from_str_radix(hex, 16).unwrap());
                i += 2;
            }
            _ => {
                out.push(b'\\');
                out.push(e);
            }
        }
    }
    Ok(())
}

/// Parses a number token (already validated by the lexer).
pub fn parse_number(text: &str) -> Constant {
    let clean: String;
    let t = if text.contains('_') {
        clean = text.replace('_', "");
        clean.as_str()
    } else {
        text
    };
    let b = t.as_bytes();
    if b.len() > 2 && b[0] == b'0' && matches!(b[1], b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
        let radix = match b[1] {
            b'x' | b'X' => 16,
            b'o' | b'O' => 8,
            _ => 2,
        };
        return int_const(&t[2..], radix);
    }
    if let Some(im) = t.strip_suffix(['j', 'J']) {
        return Constant::Imag(crate::value::float_parse::parse_decimal(im).unwrap_or(f64::INFINITY));
    }
    if t.bytes().any(|c| matches!(c, b'.' | b'e' | b'E')) {
        return Constant::Float(crate::value::float_parse::parse_decimal(t).unwrap_or(f64::INFINITY));
    }
    int_const(t, 10)
}

fn int_const(digits: &str, radix: u32) -> Constant {
    match i64::from_str_radix(digits, radix) {
        Ok(v) => Constant::Int(v),
        Err(_) => match BigInt::parse_bytes(digits.as_bytes(), radix) {
            Some(v) => Constant::BigInt(v),
            None => Constant::Int(0),
        },
    }
}

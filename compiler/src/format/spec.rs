//! The format-spec mini-language of `format()`, `str.format` and f-strings:
//! `[[fill]align][sign]["z"]["#"]["0"][width][grouping][.precision][type]`.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};

use super::float_repr::{FloatStyle, format_abs};
use crate::error::{ExcKind, PyErr, PyResult};

/// A parsed format spec.
#[derive(Clone, Debug, PartialEq)]
pub struct FormatSpec {
    pub fill: char,
    /// `<`, `>`, `^`, `=` or `None` (the type's default).
    pub align: Option<char>,
    /// `+`, `-`, ` ` or `None`.
    pub sign: Option<char>,
    /// `z`: negative zero becomes positive zero.
    pub no_neg_zero: bool,
    /// `#`
    pub alt: bool,
    /// The `0` flag without an explicit fill character: pad with zeros.
    pub zero_pad: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type, `None` when omitted.
    pub ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '^' | '=')
}

fn code_repr(c: char) -> String {
    let u = c as u32;
    if u > 32 && u < 128 { format!("'{c}'") } else { format!("'\\x{u:x}'") }
}

fn parse_number(chars: &[char], pos: &mut usize) -> PyResult<Option<usize>> {
    let start = *pos;
    // CPython (64-bit) takes any number up to 2**63 - 1; on wasm32 a larger-than-memory
    // number saturates, so that it fails to allocate there too instead of being misparsed.
    let mut n: u64 = 0;
    while *pos < chars.len() && chars[*pos].is_ascii_digit() {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(chars[*pos] as u64 - '0' as u64))
            .filter(|&n| n <= i64::MAX as u64)
            .ok_or_else(|| PyErr::value_error("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(usize::try_from(n).unwrap_or(usize::MAX)) })
}

impl FormatSpec {
    /// Parses `spec` for a value of type `type_name` (used in error messages) whose
    /// presentation type defaults to `default_type` (`'s'` for str, `'d'` for int, `'\0'`
    /// for float), checking the grouping option against the type as CPython does.
    pub fn parse(spec: &str, type_name: &str, default_type: char) -> PyResult<FormatSpec> {
        // Specs are short: their characters go to the stack, not to a Vec per format call.
        let mut stack = ['\0'; 16];
        let heap: Vec<char>;
        let chars: &[char] = if spec.len() <= stack.len() {
            let mut n = 0;
            for c in spec.chars() {
                stack[n] = c;
                n += 1;
            }
            &stack[..n]
        } else {
            heap = spec.chars().collect();
            &heap
        };
        let mut f = FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            no_neg_zero: false,
            alt: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        };
        let mut pos = 0;
        let mut fill_specified = false;
        if chars.len() >= 2 && is_align(chars[1]) {
            f.fill = chars[0];
            f.align = Some(chars[1]);
            fill_specified = true;
            pos = 2;
        } else if !chars.is_empty() && is_align(chars[0]) {
            f.align = Some(chars[0]);
            pos = 1;
        }
        if pos < chars.len() && matches!(chars[pos], '+' | '-' | ' ') {
            f.sign = Some(chars[pos]);
            pos += 1;
        }
        if pos < chars.len() && chars[pos] == 'z' {
            f.no_neg_zero = true;
            pos += 1;
        }
        if pos < chars.len() && chars[pos] == '#' {
            f.alt = true;
            pos += 1;
        }
        if !fill_specified && pos < chars.len() && chars[pos] == '0' {
            f.fill = '0';
            f.zero_pad = true;
            pos += 1;
        }
        f.width = parse_number(chars, &mut pos)?;
        // The result is at least `width` bytes: a width no string can have is a MemoryError.
        crate::error::check_alloc(f.width.unwrap_or(0))?;
        if pos < chars.len() && chars[pos] == ',' {
            f.grouping = Some(',');
            pos += 1;
        }
        if pos < chars.len() && chars[pos] == '_' {
            if f.grouping.is_some() {
                return Err(PyErr::value_error("Cannot specify both ',' and '_'."));
            }
            f.grouping = Some('_');
            pos += 1;
        }
        if pos < chars.len() && chars[pos] == ',' && f.grouping == Some('_') {
            return Err(PyErr::value_error("Cannot specify both ',' and '_'."));
        }
        if pos < chars.len() && chars[pos] == '.' {
            pos += 1;
            f.precision = parse_number(chars, &mut pos)?;
            match f.precision {
                None => return Err(PyErr::value_error("Format specifier missing precision")),
                Some(p) if p > i32::MAX as usize => return Err(PyErr::value_error("precision too big")),
                // Float digits are written out in full: a precision no string can hold
                // cannot be formatted.
                Some(p) => crate::error::check_alloc(p)?,
            }
        }
        if chars.len() - pos > 1 {
            return Err(PyErr::value_error(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )));
        }
        if pos < chars.len() {
            f.ty = Some(chars[pos]);
        }
        if let Some(g) = f.grouping {
            let t = f.ty.unwrap_or(default_type);
            let ok = match t {
                'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => true,
                'b' | 'o' | 'x' | 'X' => g == '_',
                _ => false,
            };
            if !ok {
                return Err(PyErr::value_error(format!("Cannot specify '{g}' with {}.", code_repr(t))));
            }
        }
        Ok(f)
    }

    fn unknown_code(&self, t: char, type_name: &str) -> PyErr {
        PyErr::value_error(format!("Unknown format code {} for object of type '{type_name}'", code_repr(t)))
    }
}

/// Pads `body` (of `len` chars) to the spec's width with `align` (never `=`).
fn pad(out: &mut String, body: &str, len: usize, spec: &FormatSpec, align: char) {
    let width = spec.width.unwrap_or(0);
    let total = width.saturating_sub(len);
    let (left, right) = match align {
        '<' => (0, total),
        '^' => (total / 2, total - total / 2),
        _ => (total, 0),
    };
    out.reserve(body.len() + total * spec.fill.len_utf8());
    for _ in 0..left {
        out.push(spec.fill);
    }
    out.push_str(body);
    for _ in 0..right {
        out.push(spec.fill);
    }
}

/// `format(s, spec)` for a `str`.
pub fn format_str(s: &str, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let f = FormatSpec::parse(spec, "str", 's')?;
    format_str_spec(s, &f)
}

pub fn format_str_spec(s: &str, f: &FormatSpec) -> PyResult<String> {
    match f.ty {
        None | Some('s') => {}
        Some(t) => return Err(f.unknown_code(t, "str")),
    }
    if f.sign.is_some() {
        return Err(PyErr::value_error("Sign not allowed in string format specifier"));
    }
    if f.no_neg_zero {
        return Err(PyErr::value_error("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if f.alt {
        return Err(PyErr::value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if f.align == Some('=') {
        return Err(PyErr::value_error("'=' alignment not allowed in string format specifier"));
    }
    let (body, len) = match f.precision {
        Some(p) => {
            let end = s.char_indices().nth(p).map(|(i, _)| i).unwrap_or(s.len());
            let b = &s[..end];
            (b, b.chars().count())
        }
        None => (s, s.chars().count()),
    };
    let mut out = String::new();
    pad(&mut out, body, len, f, f.align.unwrap_or('<'));
    Ok(out)
}

/// An integer operand for `format_int`.
#[derive(Clone, Copy, Debug)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    fn is_negative(&self) -> bool {
        match self {
            IntRef::Small(i) => *i < 0,
            IntRef::Big(b) => b.sign() == Sign::Minus,
        }
    }

    fn abs_radix(&self, radix: u32, upper: bool) -> String {
        let mut s = match self {
            IntRef::Small(i) => {
                let u = i.unsigned_abs();
                match radix {
                    2 => format!("{u:b}"),
                    8 => format!("{u:o}"),
                    16 => format!("{u:x}"),
                    _ => u.to_string(),
                }
            }
            IntRef::Big(b) => b.abs().to_str_radix(radix),
        };
        if upper {
            s.make_ascii_uppercase();
        }
        s
    }

    fn to_f64(self) -> PyResult<f64> {
        match self {
            IntRef::Small(i) => Ok(i as f64),
            IntRef::Big(b) => b
                .to_f64()
                .filter(|f| f.is_finite())
                .ok_or_else(|| PyErr::overflow_error("int too large to convert to float")),
        }
    }
}

/// Inserts `sep` every `interval` digits from the right of `digits`, zero-extending to at
/// least `min_width` characters (CPython never lets the result start with a separator).
fn group_digits(out: &mut String, digits: &str, sep: Option<char>, interval: usize, min_width: usize) {
    let Some(sep) = sep else {
        for _ in digits.len()..min_width {
            out.push('0');
        }
        out.push_str(digits);
        return;
    };
    let mut n = digits.len().max(1);
    while n + (n - 1) / interval < min_width {
        n += 1;
    }
    let zeros = n - digits.len();
    let all = std::iter::repeat_n(b'0', zeros).chain(digits.bytes());
    for (i, d) in all.enumerate() {
        if i > 0 && (n - i).is_multiple_of(interval) {
            out.push(sep);
        }
        out.push(d as char);
    }
}

/// Assembles sign, prefix, grouped integer digits and the remainder (fraction, exponent,
/// `%`), padded per the spec's fill/align/width.
fn finish_number(
    sign: &str,
    prefix: &str,
    digits: &str,
    remainder: &str,
    f: &FormatSpec,
    grouping: Option<char>,
    interval: usize,
) -> String {
    let align = f.align.unwrap_or(if f.zero_pad { '=' } else { '>' });
    let width = f.width.unwrap_or(0);
    let left = sign.len() + prefix.len();
    if f.fill == '0' && align == '=' {
        let mut body = String::with_capacity(width.max(left + digits.len() * 2 + remainder.len()));
        body.push_str(sign);
        body.push_str(prefix);
        let min = width.saturating_sub(left + remainder.chars().count());
        group_digits(&mut body, digits, grouping, interval, min);
        body.push_str(remainder);
        return body;
    }
    // The digits with separators and the remainder: borrowed as they are when there are no
    // separators (the common `{:.3f}`, `{:>8}`), so the result is built in one allocation.
    let grouped;
    let (num, rest) = if grouping.is_some() {
        let mut g = String::with_capacity(digits.len() * 2);
        group_digits(&mut g, digits, grouping, interval, 0);
        grouped = g;
        (grouped.as_str(), remainder)
    } else {
        (digits, remainder)
    };
    let len = left + num.chars().count() + rest.chars().count();
    let fill = width.saturating_sub(len);
    let (before, after) = match align {
        '<' => (0, fill),
        '^' => (fill / 2, fill - fill / 2),
        _ => (fill, 0),
    };
    let mut out = String::with_capacity(left + num.len() + rest.len() + fill * f.fill.len_utf8());
    if align == '=' {
        // Fill between the sign/prefix and the digits.
        out.push_str(sign);
        out.push_str(prefix);
        out.extend(std::iter::repeat_n(f.fill, fill));
    } else {
        out.extend(std::iter::repeat_n(f.fill, before));
        out.push_str(sign);
        out.push_str(prefix);
    }
    out.push_str(num);
    out.push_str(rest);
    if align != '=' {
        out.extend(std::iter::repeat_n(f.fill, after));
    }
    out
}

fn sign_str(negative: bool, sign: Option<char>) -> &'static str {
    if negative {
        "-"
    } else {
        match sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

/// `format(i, spec)` for an int (`type_name` is `"int"`, `"bool"` or a subclass name, for
/// error messages). An empty spec gives `str(i)` for plain ints; callers handle `bool`
/// (whose empty-spec format is `'True'`/`'False'`).
pub fn format_int(i: IntRef, spec: &str, type_name: &str) -> PyResult<String> {
    let f = FormatSpec::parse(spec, type_name, 'd')?;
    format_int_spec(i, &f, type_name)
}

pub fn format_int_spec(i: IntRef, f: &FormatSpec, type_name: &str) -> PyResult<String> {
    let ty = f.ty.unwrap_or('d');
    if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        return format_float_spec(i.to_f64()?, f, type_name);
    }
    let (radix, upper, prefix) = match ty {
        'd' | 'n' => (10, false, ""),
        'b' => (2, false, "0b"),
        'o' => (8, false, "0o"),
        'x' => (16, false, "0x"),
        'X' => (16, true, "0X"),
        'c' => (0, false, ""),
        t => return Err(f.unknown_code(t, type_name)),
    };
    if f.precision.is_some() {
        return Err(PyErr::value_error("Precision not allowed in integer format specifier"));
    }
    if f.no_neg_zero {
        return Err(PyErr::value_error("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    if ty == 'c' {
        if f.sign.is_some() {
            return Err(PyErr::value_error("Sign not allowed with integer format specifier 'c'"));
        }
        if f.alt {
            return Err(PyErr::value_error("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        let code = match i {
            IntRef::Small(v) => v,
            IntRef::Big(_) => {
                return Err(PyErr::overflow_error("Python int too large to convert to C long"));
            }
        };
        let c = u32::try_from(code)
            .ok()
            .filter(|&c| c < 0x110000)
            .ok_or_else(|| PyErr::new(ExcKind::OverflowError, "%c arg not in range(0x110000)"))?;
        // Surrogates cannot live in a Rust string; they show as U+FFFD.
        let ch = char::from_u32(c).unwrap_or('\u{fffd}');
        let s = ch.to_string();
        return Ok(finish_number("", "", "", &s, f, None, 3));
    }
    let digits = i.abs_radix(radix, upper);
    let sign = sign_str(i.is_negative(), f.sign);
    let prefix = if f.alt { prefix } else { "" };
    let interval = if radix == 10 { 3 } else { 4 };
    let grouping = if ty == 'n' { None } else { f.grouping };
    Ok(finish_number(sign, prefix, &digits, "", f, grouping, interval))
}

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(super::float_repr::float_repr(x));
    }
    let f = FormatSpec::parse(spec, "float", '\0')?;
    format_float_spec(x, &f, "float")
}

pub fn format_float_spec(x: f64, f: &FormatSpec, type_name: &str) -> PyResult<String> {
    let mut add_dot_0 = false;
    let mut precision = f.precision;
    let (style, upper, percent) = match f.ty {
        None => {
            add_dot_0 = true;
            if precision.is_some() { (FloatStyle::General, false, false) } else { (FloatStyle::Repr, false, false) }
        }
        Some('e') => (FloatStyle::Exp, false, false),
        Some('E') => (FloatStyle::Exp, true, false),
        Some('f') => (FloatStyle::Fixed, false, false),
        Some('F') => (FloatStyle::Fixed, true, false),
        Some('g') | Some('n') => (FloatStyle::General, false, false),
        Some('G') => (FloatStyle::General, true, false),
        Some('%') => (FloatStyle::Fixed, false, true),
        Some(t) => return Err(f.unknown_code(t, type_name)),
    };
    if precision.is_none() && style != FloatStyle::Repr {
        precision = Some(6);
    }
    let precision = precision.unwrap_or(0);
    let grouping = if f.ty == Some('n') { None } else { f.grouping };
    let negative = x.is_sign_negative() && !x.is_nan();
    let x = if percent { x * 100.0 } else { x };
    if !x.is_finite() {
        let mut s = if x.is_nan() { "nan" } else { "inf" }.to_string();
        if upper {
            s.make_ascii_uppercase();
        }
        if percent {
            s.push('%');
        }
        return Ok(finish_number(sign_str(negative, f.sign), "", "", &s, f, None, 3));
    }
    let mut body = format_abs(x, style, precision, f.alt, add_dot_0, upper);
    if percent {
        body.push('%');
    }
    Ok(finish_float_body(&body, negative, f.sign, f, grouping))
}

/// A float's formatted digits (`format_abs`) with its sign, grouping and padding: a `-` that
/// `z` (no_neg_zero) drops when the digits round to zero, the integer digits grouped.
fn finish_float_body(body: &str, negative: bool, sign: Option<char>, f: &FormatSpec, grouping: Option<char>) -> String {
    let rounds_to_zero = || body.bytes().take_while(|b| *b != b'e' && *b != b'E').all(|b| !(b'1'..=b'9').contains(&b));
    let negative = negative && !(f.no_neg_zero && rounds_to_zero());
    let split = body.bytes().position(|b| !b.is_ascii_digit()).unwrap_or(body.len());
    let (digits, rest) = body.split_at(split);
    finish_number(sign_str(negative, sign), "", digits, rest, f, grouping, 3)
}

/// `format(z, spec)` for a complex. Each part is formatted like a float, the imaginary one
/// always signed unless the real part is left out; without a presentation type the result
/// reads like `str(z)` (a zero real part dropped, parentheses otherwise, no `.0`). Width,
/// fill and alignment (right by default) apply to the whole; zero padding and `=` do not.
pub fn format_complex(re: f64, im: f64, spec: &str) -> PyResult<String> {
    let f = FormatSpec::parse(spec, "complex", '\0')?;
    if f.fill == '0' {
        return Err(PyErr::value_error("Zero padding is not allowed in complex format specifier"));
    }
    if f.align == Some('=') {
        return Err(PyErr::value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    let (style, upper) = match f.ty {
        None if f.precision.is_some() => (FloatStyle::General, false),
        None => (FloatStyle::Repr, false),
        Some('e') => (FloatStyle::Exp, false),
        Some('E') => (FloatStyle::Exp, true),
        Some('f') => (FloatStyle::Fixed, false),
        Some('F') => (FloatStyle::Fixed, true),
        Some('g') | Some('n') => (FloatStyle::General, false),
        Some('G') => (FloatStyle::General, true),
        Some(t) => return Err(f.unknown_code(t, "complex")),
    };
    let precision = f.precision.unwrap_or(if style == FloatStyle::Repr { 0 } else { 6 });
    let skip_re = f.ty.is_none() && re == 0.0 && re.is_sign_positive();
    let parens = f.ty.is_none() && !skip_re;
    // Each part is laid out unpadded; the spec's width is for the assembled number.
    let unpadded = FormatSpec { fill: ' ', align: None, zero_pad: false, width: None, ..f.clone() };
    let grouping = if f.ty == Some('n') { None } else { f.grouping };
    let part = |x: f64, sign: Option<char>| -> String {
        let negative = x.is_sign_negative() && !x.is_nan();
        if !x.is_finite() {
            let s = match (x.is_nan(), upper) {
                (true, false) => "nan",
                (true, true) => "NAN",
                (false, false) => "inf",
                (false, true) => "INF",
            };
            return finish_number(sign_str(negative, sign), "", "", s, &unpadded, None, 3);
        }
        let body = format_abs(x, style, precision, f.alt, false, upper);
        finish_float_body(&body, negative, sign, &unpadded, grouping)
    };
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&part(re, f.sign));
    }
    body.push_str(&part(im, if skip_re { f.sign } else { Some('+') }));
    body.push('j');
    if parens {
        body.push(')');
    }
    let mut out = String::new();
    pad(&mut out, &body, body.chars().count(), &f, f.align.unwrap_or('>'));
    Ok(out)
}

/// `format(big, spec)` convenience for callers holding a `BigInt`.
pub fn format_bigint(b: &BigInt, spec: &str, type_name: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(b.to_string());
    }
    format_int(IntRef::Big(b), spec, type_name)
}

#[cfg(test)]
mod tests;

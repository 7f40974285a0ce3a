//! `loads`: a JSON scanner with CPython's error messages and positions. It never recurses
//! (an explicit stack of open containers), so nesting is bounded by the depth limit, not by
//! the native or wasm stack.

use wasm_pdk::{PyErr, Value};

use crate::text::{cat, push_int};

/// CPython 3.13 decodes 9998 nested containers from the top level and fails on the next.
const MAX_DEPTH: usize = 9998;
/// CPython's default `sys.get_int_max_str_digits()`.
const MAX_INT_DIGITS: usize = 4300;

pub struct Hooks {
    pub strict: bool,
    pub object_hook: Option<Value>,
    pub object_pairs_hook: Option<Value>,
    pub parse_float: Option<Value>,
    pub parse_int: Option<Value>,
    pub parse_constant: Option<Value>,
    /// `float`, for the numbers `exact_float` cannot convert.
    pub float_type: Value,
}

/// A syntax error (message, byte offset) or a Python exception from a hook.
enum Error {
    Syntax(&'static str, usize),
    Py(PyErr),
}

impl From<PyErr> for Error {
    fn from(e: PyErr) -> Self {
        Error::Py(e)
    }
}

type Result<T> = std::result::Result<T, Error>;

enum Open {
    Array(Vec<Value>),
    /// Pairs so far and the key of the value being read.
    Object(Vec<(Value, Value)>, Value),
}

struct Scanner<'a> {
    s: &'a [u8],
    hooks: &'a Hooks,
    buf: String,
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

pub fn loads(doc: &Value, hooks: &Hooks, error_class: &Value) -> std::result::Result<Value, PyErr> {
    let text = doc.as_string().ok_or_else(|| PyErr::type_error("the JSON object must be str"))?;
    let mut sc = Scanner { s: text.as_bytes(), hooks, buf: String::new() };
    let result = sc.document();
    match result {
        Ok(v) => Ok(v),
        Err(Error::Py(e)) => Err(e),
        Err(Error::Syntax(msg, at)) => {
            // JSONDecodeError(msg, doc, pos) with pos in code points, as Python counts.
            let pos = text.as_bytes()[..at.min(text.len())].iter().filter(|&&b| b & 0xC0 != 0x80).count();
            let exc = error_class.call(&[Value::str(msg), doc.dup(), Value::int(pos as i64)])?;
            Err(PyErr::raise(exc))
        }
    }
}

impl Scanner<'_> {
    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.s.len() && is_ws(self.s[i]) {
            i += 1;
        }
        i
    }

    fn document(&mut self) -> Result<Value> {
        let (v, end) = self.value(0)?;
        let end = self.skip_ws(end);
        if end != self.s.len() {
            return Err(Error::Syntax("Extra data", end));
        }
        Ok(v)
    }

    /// One value starting at or after `i` (whitespace first); returns it and the end offset.
    fn value(&mut self, i: usize) -> Result<(Value, usize)> {
        let mut stack: Vec<Open> = Vec::new();
        let mut i = i;
        'value: loop {
            i = self.skip_ws(i);
            let (mut v, mut end) = match self.s.get(i) {
                Some(b'[') => {
                    check_depth(&stack, "while decoding a JSON array from a unicode string")?;
                    let j = self.skip_ws(i + 1);
                    if self.s.get(j) == Some(&b']') {
                        (Value::list(&[]), j + 1)
                    } else {
                        stack.push(Open::Array(Vec::new()));
                        i = j;
                        continue 'value;
                    }
                }
                Some(b'{') => {
                    check_depth(&stack, "while decoding a JSON object from a unicode string")?;
                    let j = self.skip_ws(i + 1);
                    if self.s.get(j) == Some(&b'}') {
                        (self.object(Vec::new())?, j + 1)
                    } else {
                        let (key, j) = self.key(j)?;
                        stack.push(Open::Object(Vec::new(), key));
                        i = j;
                        continue 'value;
                    }
                }
                _ => self.scalar(i)?,
            };
            // Attach the finished value to the innermost open container, closing containers
            // as their last value arrives.
            loop {
                match stack.last_mut() {
                    None => return Ok((v, end)),
                    Some(Open::Array(items)) => {
                        items.push(v);
                        let j = self.skip_ws(end);
                        match self.s.get(j) {
                            Some(b',') => {
                                let k = self.skip_ws(j + 1);
                                if self.s.get(k) == Some(&b']') {
                                    return Err(Error::Syntax("Illegal trailing comma before end of array", j));
                                }
                                i = k;
                                continue 'value;
                            }
                            Some(b']') => {
                                let Some(Open::Array(items)) = stack.pop() else { unreachable!() };
                                v = Value::list(&items);
                                end = j + 1;
                            }
                            _ => return Err(Error::Syntax("Expecting ',' delimiter", j)),
                        }
                    }
                    Some(Open::Object(pairs, key)) => {
                        let k = std::mem::replace(key, Value::from_raw(0));
                        pairs.push((k, v));
                        let j = self.skip_ws(end);
                        match self.s.get(j) {
                            Some(b',') => {
                                let k = self.skip_ws(j + 1);
                                if self.s.get(k) == Some(&b'}') {
                                    return Err(Error::Syntax("Illegal trailing comma before end of object", j));
                                }
                                let (next_key, k) = self.key(k)?;
                                if let Some(Open::Object(_, key)) = stack.last_mut() {
                                    *key = next_key;
                                }
                                i = k;
                                continue 'value;
                            }
                            Some(b'}') => {
                                let Some(Open::Object(pairs, _)) = stack.pop() else { unreachable!() };
                                v = self.object(pairs)?;
                                end = j + 1;
                            }
                            _ => return Err(Error::Syntax("Expecting ',' delimiter", j)),
                        }
                    }
                }
            }
        }
    }

    /// A property name at `i` and the `:` after it; returns the key and the offset after `:`.
    fn key(&mut self, i: usize) -> Result<(Value, usize)> {
        if self.s.get(i) != Some(&b'"') {
            return Err(Error::Syntax("Expecting property name enclosed in double quotes", i));
        }
        let (key, j) = self.string(i)?;
        let j = self.skip_ws(j);
        if self.s.get(j) != Some(&b':') {
            return Err(Error::Syntax("Expecting ':' delimiter", j));
        }
        Ok((key, j + 1))
    }

    fn object(&mut self, pairs: Vec<(Value, Value)>) -> Result<Value> {
        if let Some(hook) = &self.hooks.object_pairs_hook {
            let tuples: Vec<Value> = pairs.into_iter().map(|(k, v)| Value::tuple(&[k, v])).collect();
            return Ok(hook.call(&[Value::list(&tuples)])?);
        }
        let d = Value::dict();
        for (k, v) in pairs {
            d.set_item(&k, &v)?;
        }
        match &self.hooks.object_hook {
            Some(hook) => Ok(hook.call(&[d])?),
            None => Ok(d),
        }
    }

    fn scalar(&mut self, i: usize) -> Result<(Value, usize)> {
        let s = self.s;
        let word = |w: &[u8]| s.len() >= i + w.len() && &s[i..i + w.len()] == w;
        match s.get(i) {
            Some(b'"') => self.string(i),
            Some(b'n') if word(b"null") => Ok((Value::none(), i + 4)),
            Some(b't') if word(b"true") => Ok((Value::bool(true), i + 4)),
            Some(b'f') if word(b"false") => Ok((Value::bool(false), i + 5)),
            Some(b'N') if word(b"NaN") => Ok((self.constant("NaN", f64::NAN)?, i + 3)),
            Some(b'I') if word(b"Infinity") => Ok((self.constant("Infinity", f64::INFINITY)?, i + 8)),
            Some(b'-') if word(b"-Infinity") => Ok((self.constant("-Infinity", f64::NEG_INFINITY)?, i + 9)),
            Some(b'-' | b'0'..=b'9') => self.number(i),
            _ => Err(Error::Syntax("Expecting value", i)),
        }
    }

    fn constant(&self, name: &str, value: f64) -> Result<Value> {
        match &self.hooks.parse_constant {
            Some(hook) => Ok(hook.call(&[Value::str(name)])?),
            None => Ok(Value::float(value)),
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`, CPython's number pattern.
    fn number(&self, start: usize) -> Result<(Value, usize)> {
        let s = self.s;
        let digits = |mut j: usize| {
            while j < s.len() && s[j].is_ascii_digit() {
                j += 1;
            }
            j
        };
        let mut i = start + (s[start] == b'-') as usize;
        match s.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => i = digits(i),
            _ => return Err(Error::Syntax("Expecting value", start)),
        }
        let int_end = i;
        if s.get(i) == Some(&b'.') && s.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i = digits(i + 1);
        }
        if matches!(s.get(i), Some(b'e' | b'E')) {
            let j = i + 1 + matches!(s.get(i + 1), Some(b'+' | b'-')) as usize;
            if s.get(j).is_some_and(u8::is_ascii_digit) {
                i = digits(j);
            }
        }
        // The slice is ASCII.
        let text = std::str::from_utf8(&s[start..i]).unwrap_or("0");
        if i == int_end {
            return Ok((self.int(text)?, i));
        }
        let v = match (&self.hooks.parse_float, exact_float(text)) {
            (Some(hook), _) => hook.call(&[Value::str(text)])?,
            (None, Some(f)) => Value::float(f),
            // The host's float() rounds the rest correctly; shipping a full decimal-to-binary
            // converter would add a quarter to the module's size.
            (None, None) => self.hooks.float_type.call(&[Value::str(text)])?,
        };
        Ok((v, i))
    }

    fn int(&self, text: &str) -> Result<Value> {
        if let Some(hook) = &self.hooks.parse_int {
            return Ok(hook.call(&[Value::str(text)])?);
        }
        let n = text.trim_start_matches('-').len();
        if n <= 18 {
            let mut v: i64 = 0;
            for b in text.trim_start_matches('-').bytes() {
                v = v * 10 + (b - b'0') as i64;
            }
            return Ok(Value::int(if text.starts_with('-') { -v } else { v }));
        }
        if n > MAX_INT_DIGITS {
            let mut m = String::from("Exceeds the limit (4300 digits) for integer string conversion: value has ");
            push_int(&mut m, n as i64);
            m.push_str(" digits; use sys.set_int_max_str_digits() to increase the limit");
            return Err(Error::Py(PyErr::value_error(m)));
        }
        Value::int_from_decimal(text).ok_or_else(|| Error::Py(PyErr::value_error(cat("invalid int: ", text))))
    }

    /// The string whose opening quote is at `start`; returns it and the offset after it.
    fn string(&mut self, start: usize) -> Result<(Value, usize)> {
        let s = self.s;
        let mut i = start + 1;
        // Fast path: no escapes.
        let mut j = i;
        while j < s.len() && s[j] != b'"' && s[j] != b'\\' && s[j] >= 0x20 {
            j += 1;
        }
        if s.get(j) == Some(&b'"') {
            // Whole UTF-8 characters: the delimiters are ASCII.
            return Ok((Value::str(std::str::from_utf8(&s[i..j]).unwrap_or("")), j + 1));
        }
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        let result = loop {
            let Some(&b) = s.get(i) else { break Err(Error::Syntax("Unterminated string starting at", start)) };
            match b {
                b'"' => break Ok(i + 1),
                b'\\' if i + 1 >= s.len() => break Err(Error::Syntax("Unterminated string starting at", start)),
                b'\\' => match self.escape(i, &mut buf) {
                    Ok(next) => i = next,
                    Err(e) => break Err(e),
                },
                0..=0x1f if self.hooks.strict => break Err(Error::Syntax("Invalid control character at", i)),
                _ => {
                    let mut k = i + 1;
                    while k < s.len() && s[k] != b'"' && s[k] != b'\\' && (s[k] >= 0x20 || !self.hooks.strict) {
                        k += 1;
                    }
                    buf.push_str(std::str::from_utf8(&s[i..k]).unwrap_or(""));
                    i = k;
                }
            }
        };
        let v = result.map(|end| (Value::str(&buf), end));
        self.buf = buf;
        v
    }

    /// The escape whose backslash is at `i`; appends its character and returns the offset
    /// after it.
    fn escape(&self, i: usize, buf: &mut String) -> Result<usize> {
        let ch = match self.s[i + 1] {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let hi = self.hex4(i + 1)?;
                let mut next = i + 6;
                // CPython reads a second escape only when a character follows it.
                let code = if (0xD800..0xDC00).contains(&hi)
                    && next + 6 < self.s.len()
                    && self.s.get(next) == Some(&b'\\')
                    && self.s.get(next + 1) == Some(&b'u')
                {
                    let lo = self.hex4(next + 1)?;
                    if (0xDC00..0xE000).contains(&lo) {
                        next += 6;
                        0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                    } else {
                        hi
                    }
                } else {
                    hi
                };
                // A lone surrogate has no UTF-8 form: Edge's str holds U+FFFD instead.
                buf.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
                return Ok(next);
            }
            _ => return Err(Error::Syntax("Invalid \\escape", i)),
        };
        buf.push(ch);
        Ok(i + 2)
    }

    /// The 4 hex digits after the `u` at `u`. Like CPython, an escape that ends the document
    /// (no closing quote can follow) is invalid rather than unterminated.
    fn hex4(&self, u: usize) -> Result<u32> {
        let digits = self.s.get(u + 1..u + 5).filter(|_| u + 5 < self.s.len());
        let digits = digits.ok_or(Error::Syntax("Invalid \\uXXXX escape", u))?;
        let mut v = 0;
        for &d in digits {
            let x = (d as char).to_digit(16).ok_or(Error::Syntax("Invalid \\uXXXX escape", u))?;
            v = v * 16 + x;
        }
        Ok(v)
    }
}

/// `text` (a JSON number with a fraction or exponent) as the correctly rounded f64 when that
/// is a single exact operation: at most 15 significant digits (exact in f64) times or over a
/// power of ten up to 1e22 (exact too), so IEEE rounding of that one operation is correct.
fn exact_float(text: &str) -> Option<f64> {
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    ];
    let b = text.as_bytes();
    let neg = b.first() == Some(&b'-');
    let mut i = neg as usize;
    let (mut mantissa, mut digits, mut exp10) = (0u64, 0u32, 0i32);
    let mut in_fraction = false;
    while i < b.len() {
        match b[i] {
            b'0'..=b'9' => {
                if mantissa == 0 && b[i] == b'0' {
                    // Leading zeros are not significant.
                } else {
                    digits += 1;
                    if digits > 15 {
                        return None;
                    }
                    mantissa = mantissa * 10 + (b[i] - b'0') as u64;
                }
                if in_fraction {
                    exp10 -= 1;
                }
            }
            b'.' => in_fraction = true,
            _ => break,
        }
        i += 1;
    }
    if i < b.len() {
        // An exponent: [eE][+-]?digits.
        let e = std::str::from_utf8(&b[i + 1..]).ok()?;
        let e = e.strip_prefix('+').unwrap_or(e);
        if e.len() > 5 {
            return None;
        }
        exp10 += e.parse::<i32>().ok()?;
    }
    let m = mantissa as f64;
    let f = if mantissa == 0 {
        0.0
    } else if (0..=22).contains(&exp10) {
        m * POW10[exp10 as usize]
    } else if (-22..0).contains(&exp10) {
        m / POW10[(-exp10) as usize]
    } else {
        return None;
    };
    Some(if neg { -f } else { f })
}

fn check_depth(stack: &[Open], what: &'static str) -> Result<()> {
    if stack.len() >= MAX_DEPTH {
        return Err(Error::Py(PyErr::recursion_error(cat("maximum recursion depth exceeded ", what))));
    }
    Ok(())
}

//! `_json_fast.loads`: a JSON document to values, or `None` (the shim then calls the package,
//! which reports the error) for anything but a well-formed document the default decoder
//! reads. Iterative, like the package's scanner: nesting is bounded by the depth limit, not
//! by the native or wasm stack.

use num_bigint::BigInt;

use crate::builtins::functions::numeric::INT_MAX_STR_DIGITS;
use crate::value::float_parse::parse_decimal;
use crate::value::str::hash_bytes;
use crate::value::*;
use crate::vm::Vm;

/// The package's limit: it raises RecursionError on the 9999th nested container.
const MAX_DEPTH: usize = 9998;
const KEY_CACHE: usize = 64;

struct Scanner<'a> {
    s: &'a [u8],
    strict: bool,
    /// Recent object keys by hash: documents repeat keys, which then share one str (as in
    /// CPython's decoder, which keeps them all) with its hash computed. Direct-mapped, so a
    /// small document costs no table to grow.
    keys: [(i64, Value); KEY_CACHE],
    /// Text of a string with escapes.
    buf: String,
}

/// An open array or object: where its values (and keys, alternating) start on the stack.
struct Open {
    object: bool,
    start: usize,
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

pub fn loads(vm: &mut Vm, text: &str, strict: bool) -> Option<Value> {
    let mut sc = Scanner { s: text.as_bytes(), strict, keys: [(0, Value::None); KEY_CACHE], buf: String::new() };
    let (v, end) = sc.document(vm)?;
    (skip_ws(sc.s, end) == sc.s.len()).then_some(v)
}

fn skip_ws(s: &[u8], mut i: usize) -> usize {
    while i < s.len() && is_ws(s[i]) {
        i += 1;
    }
    i
}

impl Scanner<'_> {
    /// The value at or after `i` and the offset after it.
    fn document(&mut self, vm: &mut Vm) -> Option<(Value, usize)> {
        let mut open: Vec<Open> = Vec::new();
        // Values (and keys) of the open containers, innermost last.
        let mut stack: Vec<Value> = Vec::new();
        let mut i = 0;
        'value: loop {
            i = skip_ws(self.s, i);
            let (mut v, mut end) = match self.s.get(i) {
                Some(&b @ (b'[' | b'{')) => {
                    if open.len() >= MAX_DEPTH {
                        return None;
                    }
                    let object = b == b'{';
                    let j = skip_ws(self.s, i + 1);
                    if self.s.get(j) == Some(if object { &b'}' } else { &b']' }) {
                        let v = if object { vm.new_dict() } else { vm.new_list(Vec::new()) };
                        (v, j + 1)
                    } else {
                        open.push(Open { object, start: stack.len() });
                        i = if object { self.key(vm, j, &mut stack)? } else { j };
                        continue 'value;
                    }
                }
                _ => self.scalar(vm, i)?,
            };
            // Add the value to the innermost open container, closing containers as their
            // last value arrives.
            loop {
                let Some(top) = open.last() else { return Some((v, end)) };
                stack.push(v);
                let j = skip_ws(self.s, end);
                match (self.s.get(j), top.object) {
                    (Some(b','), false) => {
                        i = j + 1;
                        continue 'value;
                    }
                    (Some(b','), true) => {
                        i = self.key(vm, skip_ws(self.s, j + 1), &mut stack)?;
                        continue 'value;
                    }
                    (Some(b']'), false) => v = vm.new_list(stack.split_off(top.start)),
                    (Some(b'}'), true) => {
                        v = self.object(vm, &stack[top.start..]);
                        stack.truncate(top.start);
                    }
                    _ => return None,
                }
                open.pop();
                end = j + 1;
            }
        }
    }

    /// The key at `i` (pushed on `stack`) and the `:` after it; the offset after the `:`.
    fn key(&mut self, vm: &mut Vm, i: usize, stack: &mut Vec<Value>) -> Option<usize> {
        if self.s.get(i) != Some(&b'"') {
            return None;
        }
        let (text, ascii, end) = string(self.s, self.strict, &mut self.buf, i)?;
        let j = skip_ws(self.s, end);
        if self.s.get(j) != Some(&b':') {
            return None;
        }
        let h = hash_bytes(text.as_bytes());
        let slot = &mut self.keys[h as usize % KEY_CACHE];
        if slot.0 != h || vm.heap.str_of(slot.1) != Some(text) {
            let t = if ascii { StrText::ascii(text) } else { StrText::from(text) };
            *slot = (h, Value::Obj(vm.heap.alloc_str(PyStr::new(t).with_hash(h))));
        }
        stack.push(slot.1);
        Some(j + 1)
    }

    /// A dict of `kv` (keys and values alternating; the keys are strs): a repeated key keeps
    /// its first place and takes the last value, as assigning does.
    fn object(&self, vm: &mut Vm, kv: &[Value]) -> Value {
        let mut d = Dict::with_capacity(kv.len() / 2);
        for pair in kv.chunks_exact(2) {
            let (k, v) = (pair[0], pair[1]);
            let heap = &vm.heap;
            let Value::Obj(r) = k else { continue };
            let Obj::Str(key) = heap.get(r) else { continue };
            let (h, text) = (key.hash(), key.as_str());
            match d.find(h, |other| Some(other.is(k) || heap.str_of(other) == Some(text))).flatten() {
                Some(p) => d.set_at(p, v),
                None => d.insert_new(h, k, v),
            }
        }
        vm.alloc(Obj::Dict(Box::new(d)))
    }

    fn scalar(&mut self, vm: &mut Vm, i: usize) -> Option<(Value, usize)> {
        let s = self.s;
        let word = |w: &[u8]| s.get(i..i + w.len()) == Some(w);
        Some(match s.get(i)? {
            b'"' => {
                let (text, ascii, end) = string(s, self.strict, &mut self.buf, i)?;
                (vm.new_str_piece(text, ascii), end)
            }
            b'n' if word(b"null") => (Value::None, i + 4),
            b't' if word(b"true") => (Value::Bool(true), i + 4),
            b'f' if word(b"false") => (Value::Bool(false), i + 5),
            b'N' if word(b"NaN") => (Value::Float(f64::NAN), i + 3),
            b'I' if word(b"Infinity") => (Value::Float(f64::INFINITY), i + 8),
            b'-' if word(b"-Infinity") => (Value::Float(f64::NEG_INFINITY), i + 9),
            b'-' | b'0'..=b'9' => return self.number(vm, i),
            _ => return None,
        })
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`, CPython's number pattern.
    fn number(&self, vm: &mut Vm, start: usize) -> Option<(Value, usize)> {
        let s = self.s;
        let digits = |mut j: usize| {
            while j < s.len() && s[j].is_ascii_digit() {
                j += 1;
            }
            j
        };
        let neg = s[start] == b'-';
        let mut i = start + neg as usize;
        match s.get(i)? {
            b'0' => i += 1,
            b'1'..=b'9' => i = digits(i),
            _ => return None,
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
        // ASCII.
        let text = std::str::from_utf8(&s[start..i]).ok()?;
        if i != int_end {
            return Some((Value::Float(parse_decimal(text)?), i));
        }
        let magnitude = &s[start + neg as usize..i];
        let v = if magnitude.len() <= 18 {
            let n = magnitude.iter().fold(0i64, |n, d| n * 10 + (d - b'0') as i64);
            Value::Int(if neg { -n } else { n })
        } else if magnitude.len() <= INT_MAX_STR_DIGITS {
            let n = BigInt::parse_bytes(magnitude, 10)?;
            vm.new_bigint(if neg { -n } else { n })
        } else {
            // The package raises CPython's ValueError.
            return None;
        };
        Some((v, i))
    }
}

/// The string whose opening quote is at `start`: its text (a piece of `s`, or `buf` holding
/// it when it has escapes), whether that is ASCII, and the offset after the closing quote.
fn string<'a>(s: &'a [u8], strict: bool, buf: &'a mut String, start: usize) -> Option<(&'a str, bool, usize)> {
    // SAFETY: `s` is the UTF-8 of a str and every piece taken here starts and ends at an
    // ASCII byte (a quote, a backslash, the end of an escape) or the end of `s`, so it is
    // whole characters.
    let text = |from: usize, to: usize| unsafe { std::str::from_utf8_unchecked(&s[from..to]) };
    let plain = |b: u8| b != b'"' && b != b'\\' && (b >= 0x20 || !strict);
    let mut i = start + 1;
    let mut high = 0u8;
    while i < s.len() && plain(s[i]) {
        high |= s[i];
        i += 1;
    }
    if s.get(i) == Some(&b'"') {
        return Some((text(start + 1, i), high < 0x80, i + 1));
    }
    buf.clear();
    buf.push_str(text(start + 1, i));
    loop {
        match *s.get(i)? {
            b'"' => break,
            b'\\' => {
                let (ch, next) = escape(s, i)?;
                high |= if ch.is_ascii() { 0 } else { 0x80 };
                buf.push(ch);
                i = next;
            }
            _ => {
                let mut k = i;
                while k < s.len() && plain(s[k]) {
                    high |= s[k];
                    k += 1;
                }
                if k == i {
                    // A control character in strict mode.
                    return None;
                }
                buf.push_str(text(i, k));
                i = k;
            }
        }
    }
    Some((buf.as_str(), high < 0x80, i + 1))
}

/// The escape whose backslash is at `i`: its character and the offset after it. A lone
/// surrogate (which Edge's UTF-8 str cannot hold) is the package's to replace.
fn escape(s: &[u8], i: usize) -> Option<(char, usize)> {
    let ch = match *s.get(i + 1)? {
        b'"' => '"',
        b'\\' => '\\',
        b'/' => '/',
        b'b' => '\u{8}',
        b'f' => '\u{c}',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'u' => {
            let hi = hex4(s, i + 2)?;
            if (0xD800..0xDC00).contains(&hi) && s.get(i + 6..i + 8) == Some(b"\\u") {
                let lo = hex4(s, i + 8)?;
                if (0xDC00..0xE000).contains(&lo) {
                    return Some((char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))?, i + 12));
                }
            }
            return Some((char::from_u32(hi)?, i + 6));
        }
        _ => return None,
    };
    Some((ch, i + 2))
}

/// The 4 hex digits at `i`.
fn hex4(s: &[u8], i: usize) -> Option<u32> {
    let mut v = 0;
    for &d in s.get(i..i + 4)? {
        v = v * 16 + (d as char).to_digit(16)?;
    }
    Some(v)
}

//! `_json_fast.dumps`: CPython's encoder output for trees of exact JSON types, or `None`
//! (the shim then calls the package) at the first value it does not handle. Reads the heap
//! only: nothing is allocated until the text is done, and no Python code runs.

use crate::format::float_repr::float_repr;
use crate::value::num::int_to_decimal;
use crate::value::*;

/// The package's limit (CPython 3.13 fails on the 9999th nested container): deeper trees, and
/// cycles, which only end there, are left to the package to report.
const MAX_DEPTH: usize = 9998;

pub struct Options<'a> {
    pub indent: Option<&'a str>,
    pub item_separator: &'a str,
    pub key_separator: &'a str,
    pub sort_keys: bool,
    pub ensure_ascii: bool,
    pub allow_nan: bool,
}

/// What an open container has left to write.
enum Items<'h> {
    Seq(&'h [Value]),
    /// Entry slots of a dict, holes included.
    Dict(&'h Dict),
    /// A dict's entries in key order (`sort_keys`; every key is a str).
    Sorted(Vec<(&'h str, Value)>),
}

struct Open<'h> {
    items: Items<'h>,
    next: usize,
}

struct Encoder<'h> {
    heap: &'h Heap,
    opts: &'h Options<'h>,
    out: String,
    stack: Vec<Open<'h>>,
}

/// The JSON text of `obj`, or `None` where the package must take over.
pub fn dumps<'h>(heap: &'h Heap, obj: Value, opts: &'h Options<'h>) -> Option<String> {
    let mut enc = Encoder { heap, opts, out: String::with_capacity(128), stack: Vec::new() };
    enc.value(obj)?;
    while let Some(top) = enc.stack.last_mut() {
        let first = top.next == 0;
        let entry = match &top.items {
            Items::Seq(items) => items.get(top.next).map(|&v| (None, v)),
            Items::Sorted(pairs) => pairs.get(top.next).map(|&(k, v)| (Some(Key::Str(k)), v)),
            Items::Dict(d) => {
                // Skip the holes deletions left.
                while top.next < d.slots() && d.entry_at(top.next).is_none() {
                    top.next += 1;
                }
                d.entry_at(top.next).map(|e| (Some(Key::Any(e.key)), e.value))
            }
        };
        top.next += 1;
        let dict = !matches!(top.items, Items::Seq(_));
        let Some((key, v)) = entry else {
            enc.stack.pop();
            enc.newline_indent();
            enc.out.push(if dict { '}' } else { ']' });
            continue;
        };
        if !first {
            enc.out.push_str(opts.item_separator);
        }
        enc.newline_indent();
        match key {
            Some(Key::Str(k)) => enc.string(k),
            Some(Key::Any(k)) => enc.key(k)?,
            None => {}
        }
        if key.is_some() {
            enc.out.push_str(opts.key_separator);
        }
        enc.value(v)?;
    }
    Some(enc.out)
}

#[derive(Clone, Copy)]
enum Key<'h> {
    Str(&'h str),
    Any(Value),
}

impl<'h> Encoder<'h> {
    fn newline_indent(&mut self) {
        if let Some(ind) = self.opts.indent {
            self.out.push('\n');
            for _ in 0..self.stack.len() {
                self.out.push_str(ind);
            }
        }
    }

    /// Writes a scalar, or opens a container (`dumps` writes its entries).
    fn value(&mut self, v: Value) -> Option<()> {
        match v {
            Value::None => self.out.push_str("null"),
            Value::Bool(b) => self.out.push_str(if b { "true" } else { "false" }),
            Value::Int(i) => self.int(i),
            Value::Float(f) => self.float(f)?,
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => self.string(s.as_str()),
                Obj::BigInt(b) => self.out.push_str(&int_to_decimal(b).ok()?),
                Obj::List(items) | Obj::Tuple(items) if items.is_empty() => self.out.push_str("[]"),
                Obj::List(items) | Obj::Tuple(items) => self.open('[', Items::Seq(items))?,
                Obj::Dict(d) if d.is_empty() => self.out.push_str("{}"),
                Obj::Dict(d) if self.opts.sort_keys => {
                    let mut pairs = Vec::with_capacity(d.len());
                    for e in d.iter() {
                        pairs.push((self.heap.str_of(e.key)?, e.value));
                    }
                    self.open('{', Items::Sorted(sort_by_key(pairs)))?
                }
                Obj::Dict(d) => self.open('{', Items::Dict(d))?,
                _ => return None,
            },
        }
        Some(())
    }

    fn open(&mut self, bracket: char, items: Items<'h>) -> Option<()> {
        if self.stack.len() >= MAX_DEPTH {
            return None;
        }
        self.out.push(bracket);
        self.stack.push(Open { items, next: 0 });
        Some(())
    }

    /// A dict key that is not known to be a str: str, int, float, bool and None keys become
    /// strings, as in CPython; anything else is the package's (`skipkeys`, the TypeError).
    fn key(&mut self, k: Value) -> Option<()> {
        if let Some(s) = self.heap.str_of(k) {
            self.string(s);
            return Some(());
        }
        self.out.push('"');
        match k {
            Value::Obj(_) => return None,
            _ => self.value(k)?,
        }
        self.out.push('"');
        Some(())
    }

    fn int(&mut self, i: i64) {
        let mut buf = [0u8; 20];
        let at = crate::format::write_decimal(i.unsigned_abs(), &mut buf);
        if i < 0 {
            self.out.push('-');
        }
        // ASCII digits.
        self.out.push_str(std::str::from_utf8(&buf[at..]).unwrap_or_default());
    }

    fn float(&mut self, f: f64) -> Option<()> {
        if f.is_finite() {
            self.out.push_str(&float_repr(f));
        } else if !self.opts.allow_nan {
            return None;
        } else {
            self.out.push_str(if f.is_nan() {
                "NaN"
            } else if f > 0.0 {
                "Infinity"
            } else {
                "-Infinity"
            });
        }
        Some(())
    }

    /// A str in quotes: `"`, `\` and control characters escaped (the short forms where JSON
    /// has them), and with `ensure_ascii` everything from U+007F as `\uXXXX` (UTF-16).
    fn string(&mut self, s: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let ascii = self.opts.ensure_ascii;
        let b = s.as_bytes();
        let out = &mut self.out;
        out.reserve(b.len() + 2);
        out.push('"');
        let (mut i, mut start) = (0, 0);
        while i < b.len() {
            let c = b[i];
            if c >= 0x20 && c != b'"' && c != b'\\' && (c < 0x7f || !ascii) {
                i += 1;
                continue;
            }
            // `i` is at a character boundary: only ASCII bytes and whole characters are
            // stepped over.
            out.push_str(&s[start..i]);
            let ch = s[i..].chars().next().unwrap_or('\0');
            i += ch.len_utf8();
            start = i;
            let short = match ch {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\u{8}' => "\\b",
                '\u{c}' => "\\f",
                _ => "",
            };
            if !short.is_empty() {
                out.push_str(short);
                continue;
            }
            for unit in ch.encode_utf16(&mut [0; 2]) {
                out.push_str("\\u");
                for shift in [12, 8, 4, 0] {
                    out.push(HEX[((*unit >> shift) & 0xf) as usize] as char);
                }
            }
        }
        out.push_str(&s[start..]);
        out.push('"');
    }
}

/// `pairs` in key order: a bottom-up merge sort, where `sort_by` would add its own copy of the
/// standard library's sort (4 KB) to the wasm module. (Keys are distinct: stability is moot.)
fn sort_by_key(mut pairs: Vec<(&str, Value)>) -> Vec<(&str, Value)> {
    let n = pairs.len();
    let mut merged = pairs.clone();
    let mut width = 1;
    while width < n {
        for lo in (0..n).step_by(2 * width) {
            let (mid, hi) = ((lo + width).min(n), (lo + 2 * width).min(n));
            let (mut i, mut j) = (lo, mid);
            for slot in &mut merged[lo..hi] {
                let left = j >= hi || (i < mid && pairs[i].0 <= pairs[j].0);
                *slot = if left { pairs[i] } else { pairs[j] };
                if left {
                    i += 1;
                } else {
                    j += 1;
                }
            }
        }
        std::mem::swap(&mut pairs, &mut merged);
        width *= 2;
    }
    pairs
}

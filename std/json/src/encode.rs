//! `dumps`: CPython's encoder output, byte for byte. Iterative (an explicit stack of open
//! containers) like the scanner. Floats that are not whole numbers are formatted by the
//! host's `repr` rather than by shipping a float formatter in the module.

use wasm_pdk::{PyErr, Tag, Value};

use crate::text::{cat, push_int};

/// CPython 3.13 encodes 9998 nested containers from the top level and fails on the next.
const MAX_DEPTH: usize = 9998;

pub struct Options {
    pub indent: Option<String>,
    pub item_separator: String,
    pub key_separator: String,
    pub sort_keys: bool,
    pub ensure_ascii: bool,
    pub allow_nan: bool,
    pub skipkeys: bool,
    pub check_circular: bool,
    /// `coerce(o)`: a JSON-able stand-in for any other object (or it raises).
    pub coerce: Value,
    /// `sort_items(d)`: `sorted(d.items())`, for dicts whose keys are not all str.
    pub sort_items: Value,
}

/// An open list or dict: its remaining entries (a dict's with their keys, converted when
/// written, as CPython does), and the circular-check markers to drop when it closes.
struct Open {
    dict: bool,
    items: std::vec::IntoIter<(Option<Value>, Value)>,
    first: bool,
    markers: usize,
}

struct Encoder<'a> {
    opts: &'a Options,
    out: String,
    stack: Vec<Open>,
    /// ids of the containers (and `default` inputs) being encoded.
    markers: Vec<i64>,
}

pub fn dumps(obj: Value, opts: &Options) -> Result<String, PyErr> {
    let mut enc = Encoder { opts, out: String::new(), stack: Vec::new(), markers: Vec::new() };
    enc.run(obj)?;
    Ok(enc.out)
}

fn circular() -> PyErr {
    PyErr::value_error("Circular reference detected")
}

impl Encoder<'_> {
    fn run(&mut self, obj: Value) -> Result<(), PyErr> {
        self.value(obj)?;
        while let Some(top) = self.stack.last_mut() {
            match top.items.next() {
                Some((key, v)) => {
                    let key = match key {
                        Some(k) => match self.key_text(&k)? {
                            Some(text) => Some(text),
                            None => continue,
                        },
                        None => None,
                    };
                    let Some(top) = self.stack.last_mut() else { break };
                    if !std::mem::replace(&mut top.first, false) {
                        self.out.push_str(&self.opts.item_separator);
                    }
                    self.newline_indent(self.stack.len());
                    if let Some(key) = key {
                        self.string(&key);
                        self.out.push_str(&self.opts.key_separator);
                    }
                    self.value(v)?;
                }
                None => {
                    let done = self.stack.pop().expect("an open container");
                    self.markers.truncate(done.markers);
                    self.newline_indent(self.stack.len());
                    self.out.push(if done.dict { '}' } else { ']' });
                }
            }
        }
        Ok(())
    }

    fn newline_indent(&mut self, level: usize) {
        if let Some(ind) = &self.opts.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(ind);
            }
        }
    }

    /// Writes a scalar, or opens a container (its entries are written by `run`).
    fn value(&mut self, mut v: Value) -> Result<(), PyErr> {
        let mark = self.markers.len();
        // `default` results that need `default` again count as nesting (CPython recurses),
        // so a `default` that never converges ends in RecursionError instead of a hang.
        let mut chain = 0;
        loop {
            match v.tag() {
                Tag::None => self.out.push_str("null"),
                Tag::Bool => self.out.push_str(if v.truthy()? { "true" } else { "false" }),
                Tag::Int => push_int(&mut self.out, v.as_i64().unwrap_or(0)),
                Tag::BigInt => self.out.push_str(&v.repr()?),
                Tag::Float => {
                    let f = v.as_f64().unwrap_or(f64::NAN);
                    self.float(f, &v)?;
                }
                Tag::Str => {
                    let s = v.as_string().unwrap_or_default();
                    self.string(&s);
                }
                Tag::List | Tag::Tuple | Tag::Dict if self.stack.len() >= MAX_DEPTH => return Err(depth_error()),
                Tag::List | Tag::Tuple => {
                    let items = v.items().unwrap_or_default();
                    if items.is_empty() {
                        self.out.push_str("[]");
                    } else {
                        self.open(&v, false, items.into_iter().map(|x| (None, x)).collect(), mark)?;
                        return Ok(());
                    }
                }
                Tag::Dict => {
                    if v.is_empty() {
                        self.out.push_str("{}");
                    } else {
                        let entries = self.dict_entries(&v)?;
                        self.open(&v, true, entries, mark)?;
                        return Ok(());
                    }
                }
                _ => {
                    // Subclasses of the JSON types and anything `default` must convert.
                    if self.opts.check_circular {
                        let id = v.id();
                        if self.markers.contains(&id) {
                            return Err(circular());
                        }
                        self.markers.push(id);
                    }
                    chain += 1;
                    if self.stack.len() + chain >= MAX_DEPTH {
                        return Err(depth_error());
                    }
                    v = self.opts.coerce.call(&[v])?;
                    continue;
                }
            }
            self.markers.truncate(mark);
            return Ok(());
        }
    }

    fn open(&mut self, v: &Value, dict: bool, items: Vec<(Option<Value>, Value)>, mark: usize) -> Result<(), PyErr> {
        if self.stack.len() >= MAX_DEPTH {
            return Err(depth_error());
        }
        if self.opts.check_circular {
            let id = v.id();
            if self.markers.contains(&id) {
                return Err(circular());
            }
            self.markers.push(id);
        }
        self.out.push(if dict { '{' } else { '[' });
        self.stack.push(Open { dict, items: items.into_iter(), first: true, markers: mark });
        Ok(())
    }

    /// A dict's entries, sorted with `sort_keys` (through `sorted(d.items())` when not every
    /// key is a str, which raises CPython's TypeError for keys that do not compare).
    fn dict_entries(&mut self, d: &Value) -> Result<Vec<(Option<Value>, Value)>, PyErr> {
        let pairs = d.dict_items().unwrap_or_default();
        let all_str = pairs.iter().all(|(k, _)| k.tag() == Tag::Str);
        if !self.opts.sort_keys {
            return Ok(pairs.into_iter().map(|(k, v)| (Some(k), v)).collect());
        }
        if !all_str {
            let sorted = self.opts.sort_items.call(&[d.dup()])?;
            let items = sorted.items().unwrap_or_default();
            return Ok(items.into_iter().filter_map(|p| Some((Some(p.item(0)?), p.item(1)?))).collect());
        }
        let mut keyed: Vec<(String, Value, Value)> =
            pairs.into_iter().map(|(k, v)| (k.as_string().unwrap_or_default(), k, v)).collect();
        // Keys are unique, so an unstable sort gives the same order (and less code).
        keyed.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Ok(keyed.into_iter().map(|(_, k, v)| (Some(k), v)).collect())
    }

    /// A key as the text of its JSON string (str, int, float, bool and None keys, as CPython
    /// converts them); `None` to skip it (`skipkeys`).
    fn key_text(&mut self, k: &Value) -> Result<Option<String>, PyErr> {
        Ok(Some(match k.tag() {
            Tag::Str => k.as_string().unwrap_or_default(),
            Tag::Float => {
                let mut s = String::new();
                std::mem::swap(&mut s, &mut self.out);
                let r = self.float(k.as_f64().unwrap_or(f64::NAN), k);
                std::mem::swap(&mut s, &mut self.out);
                r?;
                s
            }
            Tag::Bool => String::from(if k.truthy()? { "true" } else { "false" }),
            Tag::None => String::from("null"),
            Tag::Int | Tag::BigInt => k.int_text().unwrap_or_default(),
            _ if self.opts.skipkeys => return Ok(None),
            _ => {
                let msg = cat("keys must be str, int, float, bool or None, not ", &k.type_name());
                return Err(PyErr::type_error(msg));
            }
        }))
    }

    fn float(&mut self, f: f64, v: &Value) -> Result<(), PyErr> {
        if !f.is_finite() {
            let text = if f.is_nan() {
                "NaN"
            } else if f > 0.0 {
                "Infinity"
            } else {
                "-Infinity"
            };
            if !self.opts.allow_nan {
                let r = if f.is_nan() {
                    "nan"
                } else if f > 0.0 {
                    "inf"
                } else {
                    "-inf"
                };
                return Err(PyErr::value_error(cat("Out of range float values are not JSON compliant: ", r)));
            }
            self.out.push_str(text);
        } else if f == f.trunc() && f.abs() < 1e16 && !(f == 0.0 && f.is_sign_negative()) {
            // Whole numbers below 1e16 print as the integer plus ".0" (repr's rule).
            push_int(&mut self.out, f as i64);
            self.out.push_str(".0");
        } else {
            self.out.push_str(&v.repr()?);
        }
        Ok(())
    }

    fn string(&mut self, s: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let out = &mut self.out;
        out.push('"');
        let ascii = self.opts.ensure_ascii;
        let mut u16buf = [0u16; 2];
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\u{8}' => out.push_str("\\b"),
                '\u{c}' => out.push_str("\\f"),
                c if (c as u32) < 0x20 || (ascii && (c as u32) > 0x7e) => {
                    for unit in c.encode_utf16(&mut u16buf) {
                        out.push_str("\\u");
                        for shift in [12, 8, 4, 0] {
                            out.push(HEX[((*unit >> shift) & 0xf) as usize] as char);
                        }
                    }
                }
                c => out.push(c),
            }
        }
        out.push('"');
    }
}

fn depth_error() -> PyErr {
    PyErr::recursion_error("maximum recursion depth exceeded while encoding a JSON object")
}

//! The tokenizer: reads well-formed markup from a position and hands each token to a `Sink`,
//! stopping before the first token it does not fully understand. What it accepts is a strict
//! subset of what expat accepts, and every decision that depends on more (an error and its
//! position, a DTD entity, the XML declaration, namespaces, a token split by the end of the
//! buffer) is left to the Python scanner (`xml.etree._xmlscan`), which handles that one
//! token and calls back in. So this file never has to agree with expat on an error.

use std::collections::HashMap;

use crate::value::*;
use crate::vm::Vm;

/// Where tokens go: a list of events for any target, or elements built in place for the
/// stock TreeBuilder.
pub trait Sink {
    fn start(&mut self, vm: &mut Vm, tag: Value, attrib: Value);
    fn end(&mut self, vm: &mut Vm, tag: Value);
    fn data(&mut self, vm: &mut Vm, text: Value);
    /// Comments and processing instructions; `None` when they must go through the Python
    /// scanner instead (they become elements or reach a user's factory).
    fn comment(&mut self, vm: &mut Vm, text: &str) -> Option<()>;
    fn pi(&mut self, vm: &mut Vm, target: &str, text: &str) -> Option<()>;
}

pub struct Scanner<'a> {
    s: &'a [u8],
    /// The whole input is ASCII: new strs skip the scan for other bytes.
    ascii: bool,
    /// Raw names of the open elements, innermost last.
    pub names: Vec<Value>,
    /// Their qualified (`{uri}local`) names, for those opened in this scan.
    tags: Vec<Option<Value>>,
    pub seen_root: bool,
    /// The namespace prefixes in scope (`""` for the default namespace) and their URIs. An
    /// element declaring more goes to the Python scanner, so this stays the same all scan.
    scope: Vec<(String, String)>,
    /// The depth of the innermost element that declared namespaces: closing it restores
    /// the outer scope, which the Python scanner does.
    frame_depth: Option<usize>,
    /// Raw tag and attribute names read so far, so repeated names share one str.
    interned: HashMap<&'a [u8], Value>,
    /// Qualified names by raw name and whether it is a tag (which the default namespace
    /// applies to).
    qualified: HashMap<(&'a [u8], bool), Value>,
    /// Text with references replaced.
    expanded: String,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// `[A-Za-z_:]` or any non-ASCII byte: what the Python scanner's name pattern starts with.
fn is_name_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b == b':' || b >= 0x80
}

fn is_name_char(b: u8) -> bool {
    is_name_start(b) || b.is_ascii_digit() || b == b'.' || b == b'-'
}

/// Does `raw` hold a character expat rejects wherever it appears: a C0 control other than
/// tab and newline (carriage returns were turned into newlines when the input was
/// buffered), U+FFFE or U+FFFF?
fn has_forbidden(raw: &[u8]) -> bool {
    raw.iter().enumerate().any(|(k, &b)| {
        (b < 0x20 && b != b'\t' && b != b'\n' && b != b'\r')
            || (b == 0xEF && raw.get(k + 1) == Some(&0xBF) && matches!(raw.get(k + 2), Some(0xBE | 0xBF)))
    })
}

fn find(s: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    s.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|p| p + from)
}

/// Text between ASCII delimiters of a `&str`'s bytes.
fn text_of(s: &[u8]) -> &str {
    // SAFETY: every slice taken here starts and ends next to an ASCII byte (or at the ends)
    // of bytes that were a whole `&str`, so it is whole UTF-8 sequences.
    unsafe { std::str::from_utf8_unchecked(s) }
}

impl<'a> Scanner<'a> {
    pub fn new(
        s: &'a str,
        names: Vec<Value>,
        seen_root: bool,
        scope: Vec<(String, String)>,
        frame_depth: Option<usize>,
    ) -> Self {
        Scanner {
            s: s.as_bytes(),
            ascii: s.is_ascii(),
            tags: vec![None; names.len()],
            names,
            seen_root,
            scope,
            frame_depth,
            interned: HashMap::new(),
            qualified: HashMap::new(),
            expanded: String::new(),
        }
    }

    /// Scans from byte offset `i` until the end or the first token left to Python; returns
    /// where it stopped.
    pub fn run(&mut self, vm: &mut Vm, sink: &mut dyn Sink, mut i: usize) -> usize {
        let s = self.s;
        while i < s.len() {
            let next = if s[i] == b'<' { self.markup(vm, sink, i) } else { self.text(vm, sink, i) };
            match next {
                Some(end) => i = end,
                None => return i,
            }
        }
        i
    }

    fn str_of(&self, vm: &mut Vm, piece: &str) -> Value {
        vm.new_str_piece(piece, self.ascii)
    }

    fn name(&mut self, vm: &mut Vm, bytes: &'a [u8]) -> Value {
        if let Some(&v) = self.interned.get(bytes) {
            return v;
        }
        let v = vm.intern(text_of(bytes));
        self.interned.insert(bytes, v);
        v
    }

    /// `{uri}local` for a raw name, as the Python scanner's `_qualify` makes it: `None` when
    /// it cannot be qualified here (an unbound prefix, which is an error the Python scanner
    /// reports, or an odd name), `Some(None)` when it stays as it is.
    fn qualify_text(&self, raw: &str, is_tag: bool) -> Option<Option<String>> {
        let uri_of = |prefix: &str| self.scope.iter().find(|(p, _)| p == prefix).map(|(_, u)| u.as_str());
        match raw.split_once(':') {
            None => match uri_of("") {
                Some(uri) if is_tag && !uri.is_empty() => Some(Some(format!("{{{uri}}}{raw}"))),
                _ => Some(None),
            },
            Some((prefix, local)) => {
                if prefix.is_empty() || local.is_empty() || local.contains(':') {
                    return None;
                }
                let uri = uri_of(prefix).filter(|u| !u.is_empty())?;
                Some(Some(format!("{{{uri}}}{local}")))
            }
        }
    }

    /// The qualified name of the raw name `bytes` (see `qualify_text`).
    fn qualified(&mut self, vm: &mut Vm, bytes: &'a [u8], is_tag: bool) -> Option<Value> {
        if let Some(&v) = self.qualified.get(&(bytes, is_tag)) {
            return Some(v);
        }
        let v = match self.qualify_text(text_of(bytes), is_tag)? {
            Some(name) => vm.new_str(name),
            None => self.name(vm, bytes),
        };
        self.qualified.insert((bytes, is_tag), v);
        Some(v)
    }

    /// The end of the name at `i`, if one starts there.
    fn name_end(&self, i: usize) -> Option<usize> {
        let s = self.s;
        if !is_name_start(*s.get(i)?) {
            return None;
        }
        let mut j = i + 1;
        while j < s.len() && is_name_char(s[j]) {
            j += 1;
        }
        Some(j)
    }

    fn skip_space(&self, mut i: usize) -> usize {
        while i < self.s.len() && is_space(self.s[i]) {
            i += 1;
        }
        i
    }

    /// Character data up to the next `<` (without one, the text may go on in the next
    /// chunk, or it is the end of the document and an error the Python scanner reports).
    fn text(&mut self, vm: &mut Vm, sink: &mut dyn Sink, i: usize) -> Option<usize> {
        let s = self.s;
        let end = s[i..].iter().position(|&b| b == b'<')? + i;
        let raw = &s[i..end];
        if self.names.is_empty() {
            // Outside the root only white space may appear.
            return raw.iter().all(|&b| is_space(b)).then_some(end);
        }
        let v = match self.expand(raw, false)? {
            Some(()) => {
                let text = std::mem::take(&mut self.expanded);
                vm.new_str(text)
            }
            None => self.str_of(vm, text_of(raw)),
        };
        sink.data(vm, v);
        Some(end)
    }

    /// `raw` with character and predefined entity references replaced (into `self.expanded`,
    /// answering `Some(Some(()))`), `Some(None)` when it has nothing to replace, or `None` for
    /// anything left to Python: another entity, a malformed or invalid reference, a
    /// forbidden character, `]]>` in text. In an attribute value (`attribute`), literal tabs
    /// and newlines become spaces; characters from references stay as they are.
    fn expand(&mut self, raw: &[u8], attribute: bool) -> Option<Option<()>> {
        if has_forbidden(raw) {
            return None;
        }
        let mut plain = true;
        for (k, &b) in raw.iter().enumerate() {
            if !attribute && b == b'>' && k >= 2 && raw[k - 2..k] == *b"]]" {
                return None;
            }
            if b == b'&' || (attribute && (b == b'\n' || b == b'\t' || b == b'\r')) {
                plain = false;
            }
        }
        if plain {
            return Some(None);
        }
        let mut out = std::mem::take(&mut self.expanded);
        out.clear();
        let mut k = 0;
        let mut from = 0;
        while k < raw.len() {
            let b = raw[k];
            if attribute && (b == b'\n' || b == b'\t' || b == b'\r') {
                out.push_str(text_of(&raw[from..k]));
                out.push(' ');
                k += 1;
                from = k;
                continue;
            }
            if b != b'&' {
                k += 1;
                continue;
            }
            out.push_str(text_of(&raw[from..k]));
            let semi = raw[k..].iter().position(|&c| c == b';')? + k;
            let body = &raw[k + 1..semi];
            let c = reference(body)?;
            out.push(c);
            k = semi + 1;
            from = k;
        }
        out.push_str(text_of(&raw[from..]));
        self.expanded = out;
        Some(Some(()))
    }

    fn markup(&mut self, vm: &mut Vm, sink: &mut dyn Sink, i: usize) -> Option<usize> {
        let s = self.s;
        match *s.get(i + 1)? {
            b'/' => self.end_tag(vm, sink, i),
            b'?' => self.pi(vm, sink, i),
            b'!' => {
                if s[i..].starts_with(b"<!--") {
                    let end = find(s, i + 4, b"--")?;
                    // `--` may only close the comment.
                    if s.get(end + 2) != Some(&b'>') {
                        return None;
                    }
                    let text = &s[i + 4..end];
                    if has_forbidden(text) {
                        return None;
                    }
                    sink.comment(vm, text_of(text))?;
                    Some(end + 3)
                } else if s[i..].starts_with(b"<![CDATA[") {
                    let end = find(s, i + 9, b"]]>")?;
                    let text = &s[i + 9..end];
                    if self.names.is_empty() || has_forbidden(text) {
                        return None;
                    }
                    let v = self.str_of(vm, text_of(text));
                    sink.data(vm, v);
                    Some(end + 3)
                } else {
                    None
                }
            }
            _ => self.start_tag(vm, sink, i),
        }
    }

    /// `<?target text?>`; the XML declaration (`<?xml`) is left to Python.
    fn pi(&mut self, vm: &mut Vm, sink: &mut dyn Sink, i: usize) -> Option<usize> {
        let s = self.s;
        let name_end = self.name_end(i + 2)?;
        let close = find(s, name_end, b"?>")?;
        let target = text_of(&s[i + 2..name_end]);
        if target.eq_ignore_ascii_case("xml") || target.contains(':') || (close > name_end && !is_space(s[name_end])) {
            return None;
        }
        let body = &s[name_end..close];
        if has_forbidden(body) {
            return None;
        }
        let text = text_of(body).trim_start_matches([' ', '\t', '\n']);
        sink.pi(vm, target, text)?;
        Some(close + 2)
    }

    fn start_tag(&mut self, vm: &mut Vm, sink: &mut dyn Sink, i: usize) -> Option<usize> {
        if self.seen_root && self.names.is_empty() {
            return None;
        }
        let s = self.s;
        let name_end = self.name_end(i + 1)?;
        let raw_tag = &s[i + 1..name_end];
        let mut attrs: Vec<(&'a [u8], Value)> = Vec::new();
        let mut j = name_end;
        let empty = loop {
            let k = self.skip_space(j);
            match *s.get(k)? {
                b'>' => {
                    j = k + 1;
                    break false;
                }
                b'/' => {
                    if *s.get(k + 1)? != b'>' {
                        return None;
                    }
                    j = k + 2;
                    break true;
                }
                _ => {}
            }
            if k == j {
                return None;
            }
            let attr_end = self.name_end(k)?;
            let name = &s[k..attr_end];
            // Namespace declarations need the Python scanner.
            if name == b"xmlns" || name.starts_with(b"xmlns:") || attrs.iter().any(|(n, _)| *n == name) {
                return None;
            }
            let eq = self.skip_space(attr_end);
            if *s.get(eq)? != b'=' {
                return None;
            }
            let q = self.skip_space(eq + 1);
            let quote = *s.get(q)?;
            if quote != b'"' && quote != b'\'' {
                return None;
            }
            let close = s[q + 1..].iter().position(|&b| b == quote)? + q + 1;
            let raw = &s[q + 1..close];
            if raw.contains(&b'<') {
                return None;
            }
            let value = match self.expand(raw, true)? {
                Some(()) => {
                    let text = std::mem::take(&mut self.expanded);
                    vm.new_str(text)
                }
                None => self.str_of(vm, text_of(raw)),
            };
            attrs.push((name, value));
            j = close + 1;
        };
        let tag = self.qualified(vm, raw_tag, true)?;
        let mut keys = Vec::with_capacity(attrs.len());
        for &(name, _) in &attrs {
            let key = self.qualified(vm, name, false)?;
            // Two prefixes of one namespace make a duplicate that only expat's message
            // reports.
            let text = vm.heap.str_of(key);
            if keys.iter().any(|&k| vm.heap.str_of(k) == text) {
                return None;
            }
            keys.push(key);
        }
        let mut dict = Dict::with_capacity(attrs.len());
        for (key, (_, value)) in keys.into_iter().zip(attrs) {
            let h = vm.heap.pystr(key).map_or(0, |k| k.hash());
            dict.insert_new(h, key, value);
        }
        let attrib = vm.alloc(Obj::Dict(Box::new(dict)));
        let raw = self.name(vm, raw_tag);
        self.names.push(raw);
        self.tags.push(Some(tag));
        self.seen_root = true;
        sink.start(vm, tag, attrib);
        if empty {
            self.names.pop();
            self.tags.pop();
            sink.end(vm, tag);
        }
        Some(j)
    }

    /// `</name>` closing the innermost open element.
    fn end_tag(&mut self, vm: &mut Vm, sink: &mut dyn Sink, i: usize) -> Option<usize> {
        if self.frame_depth.is_some_and(|d| d + 1 == self.names.len()) {
            return None;
        }
        let s = self.s;
        let name_end = self.name_end(i + 2)?;
        let close = self.skip_space(name_end);
        if *s.get(close)? != b'>' {
            return None;
        }
        let &top = self.names.last()?;
        if vm.heap.str_of(top).map(str::as_bytes) != Some(&s[i + 2..name_end]) {
            return None;
        }
        let tag = match self.tags.last().copied().flatten() {
            Some(tag) => tag,
            None => {
                // Opened before this scan: qualified now (in the same scope).
                let raw = vm.heap.str_of(top)?;
                match self.qualify_text(raw, true)? {
                    Some(name) => vm.new_str(name),
                    None => top,
                }
            }
        };
        self.names.pop();
        self.tags.pop();
        sink.end(vm, tag);
        Some(close + 1)
    }
}

/// The character of a reference's body (between `&` and `;`): `#123`, `#x1F` or a
/// predefined entity name; `None` for anything else or a character XML does not allow.
fn reference(body: &[u8]) -> Option<char> {
    let code = match body {
        b"lt" => return Some('<'),
        b"gt" => return Some('>'),
        b"amp" => return Some('&'),
        b"quot" => return Some('"'),
        b"apos" => return Some('\''),
        [b'#', b'x', digits @ ..] => number(digits, 16)?,
        [b'#', digits @ ..] => number(digits, 10)?,
        _ => return None,
    };
    if code < 0x20 && !matches!(code, 9 | 10 | 13) {
        return None;
    }
    char::from_u32(code)
}

fn number(digits: &[u8], radix: u32) -> Option<u32> {
    if digits.is_empty() {
        return None;
    }
    let mut n: u32 = 0;
    for &d in digits {
        n = n.checked_mul(radix)?.checked_add((d as char).to_digit(radix)?)?;
        if n > 0x10FFFF {
            return None;
        }
    }
    Some(n)
}

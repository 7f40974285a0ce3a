//! `re` for the JS runtime: the std/re engine behind wasm-pdk functions (`_re`) and the same
//! Python shim the native build uses (`std/re/py/re.py`, registered as `re`).
//!
//! The natives mirror compiler_lib's `_re` (compiler/src/modules/re.rs): they take the
//! pattern source and flags, and compiled programs live in a small cache keyed by them.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use edge_re::{CharProps, ErrorKind, Mode, Program, Search};
use wasm_pdk::{PyErr, Tag, Value, function, module};

const MAX_CACHE: usize = 512;

/// (is text, pattern code points, flags)
type Key = (bool, Vec<u32>, u32);

/// Every match of one call, with what is needed to slice them.
struct Found {
    is_text: bool,
    prog: Rc<Program>,
    text: Vec<u32>,
    matches: Vec<Search>,
}

thread_local! {
    static CACHE: RefCell<HashMap<Key, Rc<Program>>> = RefCell::new(HashMap::new());
}

/// A pattern or subject: whether it is text, and its code points.
fn units(v: &Value) -> Result<(bool, Vec<u32>), PyErr> {
    match v.tag() {
        Tag::Str => Ok((true, v.as_string().unwrap_or_default().chars().map(|c| c as u32).collect())),
        Tag::Bytes => Ok((false, v.as_bytes().unwrap_or_default().iter().map(|&b| b as u32).collect())),
        _ => Err(PyErr::type_error(format!("expected string or bytes-like object, got '{}'", v.type_name()))),
    }
}

fn subject(v: &Value, pattern_is_text: bool) -> Result<Vec<u32>, PyErr> {
    let (is_text, cps) = units(v)?;
    if is_text != pattern_is_text {
        return Err(PyErr::type_error(if pattern_is_text {
            "cannot use a string pattern on a bytes-like object"
        } else {
            "cannot use a bytes pattern on a string-like object"
        }));
    }
    Ok(cps)
}

fn non_pattern_error(e: &edge_re::Error) -> Option<PyErr> {
    Some(match e.kind {
        ErrorKind::Pattern => return None,
        ErrorKind::Overflow => PyErr::overflow_error(e.msg.clone()),
        ErrorKind::Value => PyErr::value_error(e.msg.clone()),
        ErrorKind::Index => PyErr::index_error(e.msg.clone()),
        ErrorKind::Recursion => PyErr::recursion_error(e.msg.clone()),
    })
}

/// `(msg, pos)` (or `(None, msg, pos)`) for the shim to raise as `re.error`.
fn pattern_error(e: &edge_re::Error, lead_none: bool) -> Result<Value, PyErr> {
    if let Some(err) = non_pattern_error(e) {
        return Err(err);
    }
    let msg = Value::str(&e.msg);
    let pos = e.pos.map_or_else(Value::none, |p| Value::int(p as i64));
    Ok(if lead_none { Value::tuple(&[Value::none(), msg, pos]) } else { Value::tuple(&[msg, pos]) })
}

fn program(pattern: &Value, flags: i64) -> Result<(bool, Result<Rc<Program>, edge_re::Error>), PyErr> {
    let (is_text, cps) =
        units(pattern).map_err(|_| PyErr::type_error("first argument must be string or compiled pattern"))?;
    let key = (is_text, cps, flags as u32);
    if let Some(p) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok((is_text, Ok(p)));
    }
    match edge_re::compile(&key.1, is_text, flags as u32, CharProps::CORE) {
        Ok(p) => {
            let p = Rc::new(p);
            CACHE.with(|c| {
                let mut c = c.borrow_mut();
                if c.len() >= MAX_CACHE {
                    c.clear();
                }
                c.insert(key, p.clone());
            });
            Ok((is_text, Ok(p)))
        }
        Err(e) => Ok((is_text, Err(e))),
    }
}

fn checked(pattern: &Value, flags: i64) -> Result<(bool, Rc<Program>), PyErr> {
    match program(pattern, flags)? {
        (t, Ok(p)) => Ok((t, p)),
        (_, Err(e)) => Err(non_pattern_error(&e).unwrap_or_else(|| PyErr::value_error(e.msg))),
    }
}

fn unlimited(_: u64) -> bool {
    true
}

fn clamp(pos: i64, endpos: i64, len: usize) -> (usize, usize) {
    let c = |v: i64| if v < 0 { 0 } else { (v as usize).min(len) };
    (c(pos), c(endpos))
}

fn match_value(m: &Search) -> Value {
    let spans: Vec<Value> = m.spans.iter().map(|&s| Value::int(if s == usize::MAX { -1 } else { s as i64 })).collect();
    let last = m.lastindex.map_or_else(Value::none, |l| Value::int(l as i64));
    Value::tuple(&[Value::tuple(&spans), last])
}

fn text_value(cps: &[u32], is_text: bool) -> Value {
    if is_text {
        let s: String = cps.iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')).collect();
        Value::str(&s)
    } else {
        Value::bytes(&cps.iter().map(|&c| c as u8).collect::<Vec<u8>>())
    }
}

/// `compile(pattern, flags)` → `(flags, groups, ((name, index), ...))` or `(msg, pos)`.
#[function]
fn compile(pattern: Value, flags: i64) -> Result<Value, PyErr> {
    match program(&pattern, flags)?.1 {
        Ok(p) => {
            let names: Vec<Value> =
                p.names.iter().map(|(n, g)| Value::tuple(&[Value::str(n), Value::int(*g as i64)])).collect();
            Ok(Value::tuple(&[Value::int(p.flags as i64), Value::int(p.groups as i64), Value::tuple(&names)]))
        }
        Err(e) => pattern_error(&e, false),
    }
}

/// `search(pattern, flags, string, pos, endpos, mode)`; mode 0 match, 1 fullmatch, 2 search.
#[function]
fn search(pattern: Value, flags: i64, string: Value, pos: i64, endpos: i64, mode: i64) -> Result<Value, PyErr> {
    let (is_text, prog) = checked(&pattern, flags)?;
    let text = subject(&string, is_text)?;
    let (pos, end) = clamp(pos, endpos, text.len());
    let mode = match mode {
        0 => Mode::Match,
        1 => Mode::Full,
        _ => Mode::Search,
    };
    let found = prog.search(&text[..], pos, end, mode, false, &mut unlimited).ok().flatten();
    Ok(found.as_ref().map_or_else(Value::none, match_value))
}

fn all(pattern: &Value, flags: i64, string: &Value, pos: i64, endpos: i64) -> Result<Found, PyErr> {
    let (is_text, prog) = checked(pattern, flags)?;
    let text = subject(string, is_text)?;
    let (pos, end) = clamp(pos, endpos, text.len());
    let matches = prog.search_all(&text[..], pos, end, 0, &mut unlimited).unwrap_or_default();
    Ok(Found { is_text, prog, text, matches })
}

/// `finditer(pattern, flags, string, pos, endpos)` → a list of `(spans, lastindex)`.
#[function]
fn finditer(pattern: Value, flags: i64, string: Value, pos: i64, endpos: i64) -> Result<Value, PyErr> {
    let found = all(&pattern, flags, &string, pos, endpos)?;
    Ok(Value::list(&found.matches.iter().map(match_value).collect::<Vec<_>>()))
}

/// `findall(pattern, flags, string, pos, endpos)`.
#[function]
fn findall(pattern: Value, flags: i64, string: Value, pos: i64, endpos: i64) -> Result<Value, PyErr> {
    let Found { is_text, prog, text, matches: found } = all(&pattern, flags, &string, pos, endpos)?;
    let groups = prog.groups as usize;
    let piece = |m: &Search, g: usize| {
        let (s, e) = (m.spans[2 * g], m.spans[2 * g + 1]);
        if s == usize::MAX { text_value(&[], is_text) } else { text_value(&text[s..e], is_text) }
    };
    let rows: Vec<Value> = found
        .iter()
        .map(|m| match groups {
            0 => piece(m, 0),
            1 => piece(m, 1),
            n => Value::tuple(&(1..=n).map(|g| piece(m, g)).collect::<Vec<_>>()),
        })
        .collect();
    Ok(Value::list(&rows))
}

/// `split(pattern, flags, string, maxsplit)`.
#[function]
fn split(pattern: Value, flags: i64, string: Value, maxsplit: i64) -> Result<Value, PyErr> {
    let (is_text, prog) = checked(&pattern, flags)?;
    let text = subject(&string, is_text)?;
    if maxsplit < 0 {
        return Ok(Value::list(&[string]));
    }
    let parts = edge_re::split(&prog, &text[..], maxsplit as usize, &mut unlimited).unwrap_or_default();
    let vals: Vec<Value> =
        parts.iter().map(|p| p.map_or_else(Value::none, |(s, e)| text_value(&text[s..e], is_text))).collect();
    Ok(Value::list(&vals))
}

/// `subn(pattern, flags, template, string, count)` → `(new, n)` or `(None, msg, pos)`.
#[function]
fn subn(pattern: Value, flags: i64, template: Value, string: Value, count: i64) -> Result<Value, PyErr> {
    let (is_text, prog) = checked(&pattern, flags)?;
    let repl = subject(&template, is_text)?;
    let t = match edge_re::parse_template(&repl, is_text, prog.groups, &prog.names) {
        Ok(t) => t,
        Err(e) => return pattern_error(&e, true),
    };
    if count < 0 {
        return Ok(Value::tuple(&[string, Value::int(0)]));
    }
    let text = subject(&string, is_text)?;
    let (out, n) = edge_re::substitute(&prog, &t, &text[..], count as usize, &mut unlimited).unwrap_or_default();
    Ok(Value::tuple(&[text_value(&out, is_text), Value::int(n as i64)]))
}

/// `expand(pattern, flags, template, string, spans)` → str/bytes or `(None, msg, pos)`.
#[function]
fn expand(pattern: Value, flags: i64, template: Value, string: Value, spans: Vec<Value>) -> Result<Value, PyErr> {
    let (is_text, prog) = checked(&pattern, flags)?;
    let repl = subject(&template, is_text)?;
    let t = match edge_re::parse_template(&repl, is_text, prog.groups, &prog.names) {
        Ok(t) => t,
        Err(e) => return pattern_error(&e, true),
    };
    let spans: Vec<usize> =
        spans.iter().map(|v| v.as_i64().filter(|&n| n >= 0).map_or(usize::MAX, |n| n as usize)).collect();
    let m = Search { spans, lastindex: None };
    let text = subject(&string, is_text)?;
    let mut out = Vec::new();
    edge_re::expand_into(&t, &m, &text[..], &mut out);
    Ok(text_value(&out, is_text))
}

/// `purge()`: forgets compiled programs.
#[function]
fn purge() {
    CACHE.with(|c| c.borrow_mut().clear());
}

module! {
    name: "re",
    functions: [compile, search, finditer, findall, split, subn, expand, purge],
    shim: "../py/re.py",
}

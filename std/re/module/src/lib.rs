//! `re` for the JS runtime: the std/re engine behind wasm-pdk functions (`_re`) and the same
//! Python shim the native build uses (`std/re/py/re.py`, registered as `re`).
//!
//! The natives mirror compiler_lib's `_re` (compiler/src/modules/re.rs): `compile` registers
//! the program under an id ([`edge_re::Registry`]) that later calls pass instead of the
//! pattern (which would be copied across the boundary and hashed on every call); an id the
//! registry no longer holds gets `False`, and the shim registers the pattern again.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use edge_re::{CharProps, ErrorKind, Mode, Program, Registry, Search, Streak};
use wasm_pdk::{PyErr, Tag, Value, function, module};

thread_local! {
    static PROGRAMS: RefCell<Registry> = RefCell::new(Registry::new());
    /// The subject a scanner steps through (`p.match(text, pos)` in a loop), decoded once and
    /// kept under the token the shim got from `subject_token` for that string object.
    /// Whether it is a str (else bytes: the shim never keeps a bytearray) is kept with it, so
    /// that a call naming it asks the host nothing about the subject.
    static KEPT: RefCell<Option<(i64, bool, Rc<Subject>)>> = const { RefCell::new(None) };
    static NEXT_TOKEN: Cell<i64> = const { Cell::new(1) };
    /// How far the next scanner call looks ahead (see `edge_re::Streak`).
    static STREAK: Cell<Streak> = const { Cell::new(Streak::new()) };
    static ITEMS: RefCell<Vec<i64>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` on this thread's [`Streak`].
fn streak<R>(f: impl FnOnce(&mut Streak) -> R) -> R {
    STREAK.with(|cell| {
        let mut s = cell.get();
        let r = f(&mut s);
        cell.set(s);
        r
    })
}

/// A subject in guest memory: ASCII text and bytes one byte per code point, other text widened.
enum Subject {
    Narrow(Vec<u8>),
    Wide(Vec<u32>),
}

impl Subject {
    fn len(&self) -> usize {
        match self {
            Subject::Narrow(b) => b.len(),
            Subject::Wide(w) => w.len(),
        }
    }

    /// Code points `s..e` of `original` (the value this subject was decoded from) as a str
    /// or bytes value.
    fn slice_value(&self, original: &Value, s: usize, e: usize, is_text: bool) -> Value {
        match self {
            // Code points are bytes here (ASCII text, bytes): the host slices its own copy,
            // in O(1) per piece, instead of this one crossing the boundary again.
            Subject::Narrow(b) => original.slice(s, e).unwrap_or_else(|| {
                if is_text {
                    Value::str(std::str::from_utf8(&b[s..e]).unwrap_or_default())
                } else {
                    Value::bytes(&b[s..e])
                }
            }),
            // The host's str is indexed by counting code points: slice the decoded copy.
            Subject::Wide(w) => text_value(&w[s..e], is_text),
        }
    }

    fn code_points(&self) -> Vec<u32> {
        match self {
            Subject::Narrow(b) => b.iter().map(|&c| c as u32).collect(),
            Subject::Wide(w) => w.clone(),
        }
    }
}

/// Runs `$body` with `$t` bound to the subject's code points as a concrete [`edge_re::Text`].
macro_rules! with_text {
    ($subject:expr, |$t:ident| $body:expr) => {
        match &*$subject {
            Subject::Narrow(b) => {
                let $t: &[u8] = b;
                $body
            }
            Subject::Wide(w) => {
                let $t: &[u32] = w;
                $body
            }
        }
    };
}

/// A pattern or subject: whether it is text, and its content.
fn decode(v: &Value) -> Result<(bool, Subject), PyErr> {
    match v.tag() {
        Tag::Str => {
            let utf8 = v.as_bytes().unwrap_or_default();
            // Code points == bytes exactly when the text is ASCII.
            if v.len() == Some(utf8.len()) {
                return Ok((true, Subject::Narrow(utf8)));
            }
            let text = String::from_utf8(utf8).unwrap_or_default();
            Ok((true, Subject::Wide(text.chars().map(|c| c as u32).collect())))
        }
        Tag::Bytes => Ok((false, Subject::Narrow(v.as_bytes().unwrap_or_default()))),
        _ => Err(PyErr::type_error(format!("expected string or bytes-like object, got '{}'", v.type_name()))),
    }
}

fn units(v: &Value) -> Result<(bool, Vec<u32>), PyErr> {
    decode(v).map(|(is_text, s)| (is_text, s.code_points()))
}

fn kind_check(is_text: bool, pattern_is_text: bool) -> Result<(), PyErr> {
    if is_text == pattern_is_text {
        return Ok(());
    }
    Err(PyErr::type_error(if pattern_is_text {
        "cannot use a string pattern on a bytes-like object"
    } else {
        "cannot use a bytes pattern on a string-like object"
    }))
}

/// The decoded subject kept under `token` (and whether it is a str), if `token` names it.
fn kept(token: i64) -> Option<(bool, Rc<Subject>)> {
    if token == 0 {
        return None;
    }
    KEPT.with(|k| k.borrow().as_ref().filter(|(t, _, _)| *t == token).map(|(_, is_text, s)| (*is_text, s.clone())))
}

/// The subject `v`; with a nonzero `token` (from `subject_token`, naming this very string
/// object, which the shim keeps alive) the decoded copy is kept and reused by later calls.
fn subject(v: &Value, pattern_is_text: bool, token: i64) -> Result<Rc<Subject>, PyErr> {
    if let Some((is_text, kept)) = kept(token) {
        kind_check(is_text, pattern_is_text)?;
        return Ok(kept);
    }
    let (is_text, s) = decode(v)?;
    kind_check(is_text, pattern_is_text)?;
    let s = Rc::new(s);
    if token != 0 {
        KEPT.with(|k| *k.borrow_mut() = Some((token, is_text, s.clone())));
    }
    Ok(s)
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

/// The registered id and program of `pattern` with `flags`, or the engine's error.
fn register(pattern: &Value, flags: i64) -> Result<Result<(u32, Rc<Program>), edge_re::Error>, PyErr> {
    let is_text = match pattern.tag() {
        Tag::Str => true,
        Tag::Bytes => false,
        _ => return Err(PyErr::type_error("first argument must be string or compiled pattern")),
    };
    let content = pattern.as_bytes().unwrap_or_default();
    Ok(PROGRAMS.with(|r| {
        r.borrow_mut().register(is_text, flags as u32, &content, || {
            let cps: Vec<u32> = if is_text {
                String::from_utf8_lossy(&content).chars().map(|c| c as u32).collect()
            } else {
                content.iter().map(|&b| b as u32).collect()
            };
            edge_re::compile(&cps, is_text, flags as u32, CharProps::CORE)
        })
    }))
}

/// The program registered under `id` (`None`: the shim must register its pattern again).
fn program(id: i64) -> Option<Rc<Program>> {
    PROGRAMS.with(|r| r.borrow().get(id).cloned())
}

/// `bytes` rather than `bytearray` (the codec tags both Bytes).
fn is_exact_bytes(v: &Value) -> bool {
    v.type_name() == "bytes"
}

/// An int position; `None` for a value that is not an int.
fn index(v: &Value) -> Result<Option<i64>, PyErr> {
    // A nonzero int answers in one codec call (`as_i64`).
    if let Some(n) = v.as_i64() {
        return Ok(Some(n));
    }
    match v.tag() {
        Tag::Int | Tag::Bool => Ok(v.as_i64()),
        Tag::BigInt => Err(PyErr::overflow_error("Python int too large to convert to C long")),
        _ => Ok(None),
    }
}

fn unlimited(_: u64) -> bool {
    true
}

/// A `count`/`maxsplit` as the engine's limit: a negative one keeps its old meaning, a
/// positive one past usize (wasm32) saturates instead of wrapping to a small limit.
fn limit(n: i64) -> usize {
    if n < 0 { n as usize } else { usize::try_from(n).unwrap_or(usize::MAX) }
}

fn clamp(pos: i64, endpos: i64, len: usize) -> (usize, usize) {
    // Compared as i64 first: on wasm32 `as usize` would wrap a position past 4 GiB to a small one.
    let c = |v: i64| v.clamp(0, len as i64) as usize;
    (c(pos), c(endpos))
}

/// `(start0, end0, start1, end1, ..., pos, endpos, lastindex)` for the shim's `Match`
/// (`pos`/`endpos` clamped; -1 for groups that did not take part; lastindex -1 for None,
/// made None by the caller), built in one codec call.
fn match_value(m: &Search, range: (usize, usize)) -> Value {
    // One buffer for every call (a scanner loop makes one per token).
    ITEMS.with(|items| {
        let mut items = items.borrow_mut();
        items.clear();
        match_items(m, range, &mut items);
        Value::int_tuple(&items)
    })
}

/// The ints of [`match_value`], appended to `out`.
fn match_items(m: &Search, range: (usize, usize), out: &mut Vec<i64>) {
    span_items(&m.spans, m.lastindex, range, out);
}

/// [`match_items`] of a match given as its spans and lastindex.
fn span_items(spans: &[usize], lastindex: Option<u32>, (pos, end): (usize, usize), out: &mut Vec<i64>) {
    out.extend(spans.iter().map(|&s| if s == usize::MAX { -1 } else { s as i64 }));
    out.push(pos as i64);
    out.push(end as i64);
    out.push(lastindex.map_or(-1, |l| l as i64));
}

fn text_value(cps: &[u32], is_text: bool) -> Value {
    if is_text {
        let s: String = cps.iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')).collect();
        Value::str(&s)
    } else {
        Value::bytes(&cps.iter().map(|&c| c as u8).collect::<Vec<u8>>())
    }
}

/// `compile(pattern, flags)` → `(id, flags, groups, ((name, index), ...))` or `(msg, pos)`.
#[function]
fn compile(pattern: Value, flags: i64) -> Result<Value, PyErr> {
    match register(&pattern, flags)? {
        Ok((id, p)) => {
            let names: Vec<Value> =
                p.names.iter().map(|(n, g)| Value::tuple(&[Value::str(n), Value::int(*g as i64)])).collect();
            let info =
                [Value::int(id as i64), Value::int(p.flags as i64), Value::int(p.groups as i64), Value::tuple(&names)];
            Ok(Value::tuple(&info))
        }
        Err(e) => pattern_error(&e, false),
    }
}

/// `search(id, string, pos, endpos, mode, token=0)`; mode 0 match, 1 fullmatch, 2 search;
/// `token` as for [`subject`]. `False` for an unknown id; 0 when `pos` or `endpos` is not an
/// int (the shim passes them unchecked, converts them with `__index__` and calls again) or
/// the subject is a bytearray, unless mode has bit 4 (the shim's slow path).
///
/// Mode bit 8 (a scanner loop's call: kept subject, `endpos` left out) answers a match as a
/// list `[row, row, ..., m2, m1]` (the rows for the shim to overwrite) where `m1` is this
/// call's match and each next one, if any, the match at the previous one's end, found ahead
/// (see [`Streak`]).
#[function]
fn search(id: i64, string: Value, pos: Value, endpos: Value, mode: i64, token: Option<i64>) -> Result<Value, PyErr> {
    let Some(prog) = program(id) else { return Ok(Value::bool(false)) };
    let slow_path = mode & 4 != 0;
    let (Some(pos), Some(endpos)) = (index(&pos)?, index(&endpos)?) else { return Ok(Value::int(0)) };
    let token = token.unwrap_or(0);
    // A bytearray subject's matches are a Match subclass, which the shim's slow path makes
    // (a kept subject is never one).
    if !slow_path && kept(token).is_none() && string.tag() == Tag::Bytes && !is_exact_bytes(&string) {
        return Ok(Value::int(0));
    }
    let text = subject(&string, prog.is_text, token)?;
    let (pos, end) = clamp(pos, endpos, text.len());
    let bits = mode;
    let mode = match mode & 3 {
        0 => Mode::Match,
        1 => Mode::Full,
        _ => Mode::Search,
    };
    if bits & 8 == 0 {
        let found = with_text!(text, |t| prog.search(t, pos, end, mode, false, &mut unlimited)).ok().flatten();
        return Ok(found.map_or_else(Value::none, |m| match_value(&m, (pos, end))));
    }
    let ahead = if token != 0 { streak(|s| s.ahead(token, id, bits, pos)) } else { 1 };
    // The matches a scanner loop asks for next (each at the previous one's end), found now
    // and handed over in one call: the shim answers them without crossing the boundary.
    let width = 2 * (prog.groups as usize + 1) + 3;
    // Two first rows for the shim to overwrite, then the matches, last one first (the shim
    // takes them with pop()): written in order from the end of a buffer sized for all.
    let mut rows = vec![0; width * (ahead + 2)];
    let (mut next, mut ran_to) = (rows.len(), pos);
    let each = |spans: &[usize], lastindex: Option<u32>, at: usize| {
        next -= width;
        let row = &mut rows[next..next + width];
        for (r, &s) in row.iter_mut().zip(spans) {
            *r = if s == usize::MAX { -1 } else { s as i64 };
        }
        row[width - 3..].copy_from_slice(&[at as i64, end as i64, lastindex.map_or(-1, |l| l as i64)]);
        ran_to = spans[1];
    };
    let n = with_text!(text, |t| prog.for_each_step(t, pos, end, mode, ahead, &mut unlimited, each)).unwrap_or(0);
    if n == 0 {
        return Ok(Value::none());
    }
    streak(|s| s.ran_to(ran_to));
    // The unused rows (fewer matches than asked for) are the first ones: drop them but two.
    rows.drain(..width * (ahead - n));
    Value::int_tuples(&rows, width)
}

/// `subject_token()`: a fresh token for the shim to name the next subject it keeps alive.
#[function]
fn subject_token() -> i64 {
    NEXT_TOKEN.with(|n| {
        let t = n.get();
        n.set(t + 1);
        t
    })
}

/// `finditer(id, string, pos, endpos)` → a list of `match_value`s.
#[function]
fn finditer(id: i64, string: Value, pos: i64, endpos: i64) -> Result<Value, PyErr> {
    let Some(prog) = program(id) else { return Ok(Value::bool(false)) };
    let text = subject(&string, prog.is_text, 0)?;
    let range = clamp(pos, endpos, text.len());
    // Every match has the same number of ints: all of them go to the host in one call.
    let width = 2 * (prog.groups as usize + 1) + 3;
    let mut items = Vec::new();
    let each = |spans: &[usize], lastindex| span_items(spans, lastindex, range, &mut items);
    let _ = with_text!(text, |t| prog.for_each_match(t, range.0, range.1, 0, &mut unlimited, each));
    Value::int_tuples(&items, width)
}

/// `[start, end]` of every span for `host_edge_slices` (`None`, a group that did not take
/// part, as `missing`); `None` when a position does not fit an i32.
fn span_words(spans: impl Iterator<Item = Option<(usize, usize)>>, missing: [i32; 2]) -> Option<Vec<[i32; 2]>> {
    spans
        .map(|s| match s {
            Some((s, e)) => Some([i32::try_from(s).ok()?, i32::try_from(e).ok()?]),
            None => Some(missing),
        })
        .collect()
}

/// `findall(id, string, pos, endpos)`.
#[function]
fn findall(id: i64, string: Value, pos: i64, endpos: i64) -> Result<Value, PyErr> {
    let Some(prog) = program(id) else { return Ok(Value::bool(false)) };
    let is_text = prog.is_text;
    let text = subject(&string, is_text, 0)?;
    let (pos, end) = clamp(pos, endpos, text.len());
    let groups = prog.groups as usize;
    // The groups findall returns: the whole match, the one group, or every group (a tuple).
    let wanted = if groups == 0 { 0..1 } else { 1..groups + 1 };
    // Their spans, match after match (None: the group did not take part).
    let mut pieces: Vec<Option<(usize, usize)>> = Vec::new();
    let each = |spans: &[usize], _| {
        pieces.extend(wanted.clone().map(|g| (spans[2 * g] != usize::MAX).then(|| (spans[2 * g], spans[2 * g + 1]))))
    };
    let _ = with_text!(text, |t| prog.for_each_match(t, pos, end, 0, &mut unlimited, each));
    // Narrow subjects (ASCII text, bytes) are sliced by the host, all pieces in one call; a
    // group that did not take part is '' (an empty slice of the subject).
    if matches!(*text, Subject::Narrow(_))
        && let Some(spans) = span_words(pieces.iter().copied(), [0, 0])
        && let Some(list) = string.slices(&spans, wanted.len())
    {
        return Ok(list);
    }
    let piece = |span: Option<(usize, usize)>| match span {
        None => text_value(&[], is_text),
        Some((s, e)) => text.slice_value(&string, s, e, is_text),
    };
    let rows: Vec<Value> = if wanted.len() == 1 {
        pieces.iter().map(|&p| piece(p)).collect()
    } else {
        pieces
            .chunks(wanted.len())
            .map(|row| Value::tuple(&row.iter().map(|&p| piece(p)).collect::<Vec<_>>()))
            .collect()
    };
    Ok(Value::list(&rows))
}

/// `split(id, string, maxsplit)`.
#[function]
fn split(id: i64, string: Value, maxsplit: i64) -> Result<Value, PyErr> {
    let Some(prog) = program(id) else { return Ok(Value::bool(false)) };
    let is_text = prog.is_text;
    let text = subject(&string, is_text, 0)?;
    if maxsplit < 0 {
        return Ok(Value::list(&[string]));
    }
    let parts = with_text!(text, |t| edge_re::split(&prog, t, limit(maxsplit), &mut unlimited)).unwrap_or_default();
    // As in findall: one host call for every piece of a narrow subject.
    if matches!(*text, Subject::Narrow(_))
        && let Some(spans) = span_words(parts.iter().copied(), [-1, 0])
        && let Some(list) = string.slices(&spans, 1)
    {
        return Ok(list);
    }
    let vals: Vec<Value> =
        parts.iter().map(|p| p.map_or_else(Value::none, |(s, e)| text.slice_value(&string, s, e, is_text))).collect();
    Ok(Value::list(&vals))
}

/// `subn(id, template, string, count)` → `(new, n)` or `(None, msg, pos)`.
#[function]
fn subn(id: i64, template: Value, string: Value, count: i64) -> Result<Value, PyErr> {
    let Some(prog) = program(id) else { return Ok(Value::bool(false)) };
    let is_text = prog.is_text;
    let (repl_is_text, repl) = units(&template)?;
    kind_check(repl_is_text, is_text)?;
    let t = match edge_re::parse_template(&repl, is_text, prog.groups, &prog.names) {
        Ok(t) => t,
        Err(e) => return pattern_error(&e, true),
    };
    if count < 0 {
        return Ok(Value::tuple(&[string, Value::int(0)]));
    }
    let text = subject(&string, is_text, 0)?;
    // A byte subject (ASCII text, bytes) whose template adds only such code points gives
    // bytes: copied span by span, never widened to code points and encoded back.
    if let Subject::Narrow(b) = &*text
        && edge_re::literals_below(&t, if is_text { 0x80 } else { 0x100 })
    {
        let mut out = Vec::with_capacity(b.len());
        let n = edge_re::substitute_into(&prog, &t, &b[..], limit(count), &mut unlimited, &mut out).unwrap_or(0);
        let new = if is_text { Value::str(core::str::from_utf8(&out).unwrap_or_default()) } else { Value::bytes(&out) };
        return Ok(Value::tuple(&[new, Value::int(n as i64)]));
    }
    let (out, n) =
        with_text!(text, |s| edge_re::substitute(&prog, &t, s, limit(count), &mut unlimited)).unwrap_or_default();
    Ok(Value::tuple(&[text_value(&out, is_text), Value::int(n as i64)]))
}

/// `expand(id, template, string, spans)` → str/bytes or `(None, msg, pos)`.
#[function]
fn expand(id: i64, template: Value, string: Value, spans: Vec<Value>) -> Result<Value, PyErr> {
    let Some(prog) = program(id) else { return Ok(Value::bool(false)) };
    let is_text = prog.is_text;
    let (repl_is_text, repl) = units(&template)?;
    kind_check(repl_is_text, is_text)?;
    let t = match edge_re::parse_template(&repl, is_text, prog.groups, &prog.names) {
        Ok(t) => t,
        Err(e) => return pattern_error(&e, true),
    };
    let spans: Vec<usize> =
        spans.iter().map(|v| v.as_i64().filter(|&n| n >= 0).map_or(usize::MAX, |n| n as usize)).collect();
    let m = Search { spans, lastindex: None };
    let text = subject(&string, is_text, 0)?;
    let mut out = Vec::new();
    with_text!(text, |s| edge_re::expand_into(&t, &m, s, &mut out));
    Ok(text_value(&out, is_text))
}

/// `purge()`: forgets compiled programs.
#[function]
fn purge() {
    PROGRAMS.with(|r| r.borrow_mut().clear());
}

module! {
    name: "re",
    functions: [compile, search, subject_token, finditer, findall, split, subn, expand, purge],
    shim: "../py/re.py",
}

//! `_re`: the native half of the `re` module (the engine in `std/re`), and `re` itself, a
//! Python shim (`std/re/py/re.py`, shared with the wasm module `std/re/module`) holding
//! `Pattern`, `Match`, `error` and the flag constants.
//!
//! `compile` registers the program under an id ([`edge_re::Registry`]) that the shim's
//! `Pattern` passes to every later call; natives answer `False` for an id the registry no
//! longer holds (it starts over past 512 patterns, and on `purge`), and the shim registers
//! the pattern again. No Python object refers to a program, so there is no lifetime to
//! manage across the GC.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use edge_re::{CharProps, ErrorKind, Interrupted, Mode, Program, Registry, Search, Streak};

use crate::error::{ExcKind, PyErr, PyResult};
use crate::format::unicode_tables as ut;
use crate::value::*;
use crate::vm::Vm;

/// Python-exact character properties for `\d`, `\w`, `\s` and case-insensitive matching.
const PROPS: CharProps = CharProps {
    is_decimal: ut::is_decimal,
    is_alnum: ut::is_alnum,
    is_space: ut::is_space,
    lower: CharProps::CORE.lower,
    upper: CharProps::CORE.upper,
};

/// Engine steps per VM instruction charged against `--max-ops`.
const STEPS_PER_OP: u64 = 8;
thread_local! {
    static PROGRAMS: RefCell<Registry> = RefCell::new(Registry::new());
    /// A non-ASCII subject a scanner steps through (`p.match(text, pos)` in a loop), widened
    /// once and kept under the token the shim got from `subject_token` for that str object.
    static KEPT: RefCell<Option<(i64, Rc<[u32]>)>> = const { RefCell::new(None) };
    static NEXT_TOKEN: Cell<i64> = const { Cell::new(1) };
    /// How far the next scanner call looks ahead (see `edge_re::Streak`).
    static STREAK: Cell<Streak> = const { Cell::new(Streak::new()) };
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

/// A subject or pattern as code points, borrowed when it is ASCII text or bytes.
enum Units<'a> {
    Narrow(&'a [u8]),
    Wide(Rc<[u32]>),
}

impl Units<'_> {
    fn text(&self) -> &dyn DynText {
        match self {
            Units::Narrow(b) => b,
            Units::Wide(w) => w,
        }
    }
    fn len(&self) -> usize {
        match self {
            Units::Narrow(b) => b.len(),
            Units::Wide(w) => w.len(),
        }
    }
    fn slice_str(&self, s: usize, e: usize) -> StrText {
        match self {
            // Narrow text is ASCII, so any slice of it is valid UTF-8.
            Units::Narrow(b) => StrText::ascii(std::str::from_utf8(&b[s..e]).unwrap_or_default()),
            Units::Wide(w) => {
                w[s..e].iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')).collect::<String>().into()
            }
        }
    }
    fn slice_bytes(&self, s: usize, e: usize) -> Vec<u8> {
        match self {
            Units::Narrow(b) => b[s..e].to_vec(),
            Units::Wide(w) => w[s..e].iter().map(|&c| c as u8).collect(),
        }
    }
}

/// Object-safe dispatch between the two subject representations.
trait DynText {
    fn search(
        &self,
        p: &Program,
        pos: usize,
        end: usize,
        mode: Mode,
        budget: &mut dyn FnMut(u64) -> bool,
    ) -> Result<Option<Search>, Interrupted>;
    fn find_all(
        &self,
        p: &Program,
        pos: usize,
        end: usize,
        limit: usize,
        budget: &mut dyn FnMut(u64) -> bool,
    ) -> Result<Vec<Search>, Interrupted>;
}

impl<T: edge_re::Text + ?Sized> DynText for &T {
    fn search(
        &self,
        p: &Program,
        pos: usize,
        end: usize,
        mode: Mode,
        budget: &mut dyn FnMut(u64) -> bool,
    ) -> Result<Option<Search>, Interrupted> {
        p.search(*self, pos, end, mode, false, budget)
    }
    fn find_all(
        &self,
        p: &Program,
        pos: usize,
        end: usize,
        limit: usize,
        budget: &mut dyn FnMut(u64) -> bool,
    ) -> Result<Vec<Search>, Interrupted> {
        edge_re::find_all(p, *self, pos, end, limit, budget)
    }
}

impl DynText for Rc<[u32]> {
    fn search(
        &self,
        p: &Program,
        pos: usize,
        end: usize,
        mode: Mode,
        budget: &mut dyn FnMut(u64) -> bool,
    ) -> Result<Option<Search>, Interrupted> {
        p.search(&**self, pos, end, mode, false, budget)
    }
    fn find_all(
        &self,
        p: &Program,
        pos: usize,
        end: usize,
        limit: usize,
        budget: &mut dyn FnMut(u64) -> bool,
    ) -> Result<Vec<Search>, Interrupted> {
        edge_re::find_all(p, &**self, pos, end, limit, budget)
    }
}

/// The subject `v` as code points; `is_text` says which kind the pattern is.
fn units<'a>(vm: &'a Vm, v: Value, pattern_is_text: bool) -> PyResult<Units<'a>> {
    kept_units(vm, v, pattern_is_text, 0)
}

/// [`units`]; with a nonzero `token` (from `subject_token`, naming this very str object,
/// which the shim keeps alive) a widened copy is kept and reused by later calls.
fn kept_units<'a>(vm: &'a Vm, v: Value, pattern_is_text: bool, token: i64) -> PyResult<Units<'a>> {
    if let Some(s) = vm.heap.pystr(v) {
        if !pattern_is_text {
            return Err(PyErr::type_error("cannot use a bytes pattern on a string-like object"));
        }
        if s.is_ascii() {
            return Ok(Units::Narrow(s.as_str().as_bytes()));
        }
        if token != 0
            && let Some(w) = KEPT.with(|k| k.borrow().as_ref().filter(|(t, _)| *t == token).map(|(_, w)| w.clone()))
        {
            return Ok(Units::Wide(w));
        }
        let wide: Rc<[u32]> = s.as_str().chars().map(|c| c as u32).collect();
        if token != 0 {
            KEPT.with(|k| *k.borrow_mut() = Some((token, wide.clone())));
        }
        return Ok(Units::Wide(wide));
    }
    if let Some(b) = vm.heap.bytes(v) {
        if pattern_is_text {
            return Err(PyErr::type_error("cannot use a string pattern on a bytes-like object"));
        }
        return Ok(Units::Narrow(b));
    }
    Err(PyErr::type_error(format!("expected string or bytes-like object, got '{}'", vm.type_name(v))))
}

/// The pattern's kind and content.
fn pattern_of(vm: &Vm, pattern: Value) -> PyResult<(bool, &[u8])> {
    if let Some(s) = vm.heap.pystr(pattern) {
        return Ok((true, s.as_str().as_bytes()));
    }
    if let Some(b) = vm.heap.bytes(pattern) {
        return Ok((false, b));
    }
    Err(PyErr::type_error("first argument must be string or compiled pattern"))
}

/// The registered program's id and the program, or the engine's error.
fn register(vm: &Vm, pattern: Value, flags: u32) -> PyResult<Result<(u32, Rc<Program>), edge_re::Error>> {
    let (is_text, content) = pattern_of(vm, pattern)?;
    Ok(PROGRAMS.with(|r| {
        r.borrow_mut().register(is_text, flags, content, || {
            let cps: Vec<u32> = if is_text {
                std::str::from_utf8(content).unwrap_or_default().chars().map(|c| c as u32).collect()
            } else {
                content.iter().map(|&c| c as u32).collect()
            };
            edge_re::compile(&cps, is_text, flags, PROPS)
        })
    }))
}

/// The program registered under the id in argument 0 (`None`: the shim must register again).
fn program_arg(vm: &mut Vm, a: &Args) -> PyResult<Option<Rc<Program>>> {
    let id = int_arg(vm, a, 0)?;
    Ok(PROGRAMS.with(|r| r.borrow().get(id).cloned()))
}

/// Errors other than `re.error` become their Python exception; `re.error` is returned as
/// `(msg, pos)` for the shim to raise (its class lives in Python).
fn non_pattern_error(e: &edge_re::Error) -> Option<PyErr> {
    Some(match e.kind {
        ErrorKind::Pattern => return None,
        ErrorKind::Overflow => PyErr::overflow_error(e.msg.clone()),
        ErrorKind::Value => PyErr::value_error(e.msg.clone()),
        ErrorKind::Index => PyErr::index_error(e.msg.clone()),
        ErrorKind::Recursion => PyErr::new(ExcKind::RecursionError, e.msg.clone()),
    })
}

fn pattern_error_tuple(vm: &mut Vm, e: &edge_re::Error, lead_none: bool) -> PyResult<Value> {
    if let Some(err) = non_pattern_error(e) {
        return Err(err);
    }
    let msg = vm.new_str(e.msg.as_str());
    let pos = e.pos.map_or(Value::None, |p| Value::Int(p as i64));
    Ok(if lead_none { vm.new_tuple(vec![Value::None, msg, pos]) } else { vm.new_tuple(vec![msg, pos]) })
}

/// Runs `f` with a step budget tied to the VM's op limit, charging the steps it took.
fn with_budget<R>(
    vm: &mut Vm,
    f: impl FnOnce(&Vm, &mut dyn FnMut(u64) -> bool) -> PyResult<Result<R, Interrupted>>,
) -> PyResult<R> {
    let remaining = vm.limits.max_ops.map(|m| m.saturating_sub(vm.ops_executed).saturating_mul(STEPS_PER_OP));
    let mut spent = 0u64;
    let result = {
        let mut hook = |n: u64| {
            spent += n;
            remaining.is_none_or(|r| spent <= r)
        };
        f(vm, &mut hook)?
    };
    vm.ops_executed += spent / STEPS_PER_OP;
    result.map_err(|_| {
        let max = vm.limits.max_ops.unwrap_or(0);
        PyErr::new(ExcKind::ResourceLimitError, format!("instruction budget of {max} exceeded"))
    })
}

fn arg(a: &Args, i: usize) -> Value {
    a.pos.get(i).copied().unwrap_or(Value::None)
}

fn int_arg(vm: &mut Vm, a: &Args, i: usize) -> PyResult<i64> {
    let v = arg(a, i);
    vm.index_i64(v)
}

/// `(start0, end0, start1, end1, ..., pos, endpos, lastindex)` for the shim's `Match`
/// (`pos`/`endpos` clamped; -1 for groups that did not take part and for a None lastindex):
/// one flat tuple of ints, as the wasm module builds it in one codec call.
fn match_value(vm: &mut Vm, m: &Search, (pos, end): (usize, usize)) -> Value {
    let mut items = Vec::with_capacity(m.spans.len() + 3);
    items.extend(m.spans.iter().map(|&s| Value::Int(if s == usize::MAX { -1 } else { s as i64 })));
    items.push(Value::Int(pos as i64));
    items.push(Value::Int(end as i64));
    items.push(Value::Int(m.lastindex.map_or(-1, |l| l as i64)));
    vm.new_tuple(items)
}

/// Clamps `pos`/`endpos` like CPython (negative → 0, past the end → the end).
fn clamp(pos: i64, endpos: i64, len: usize) -> (usize, usize) {
    let c = |v: i64| if v < 0 { 0 } else { (v as usize).min(len) };
    (c(pos), c(endpos))
}

/// `_re.compile(pattern, flags)` → `(id, flags, groups, ((name, index), ...))` or
/// `(msg, pos)`.
fn re_compile(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let flags = int_arg(vm, &a, 1)? as u32;
    match register(vm, arg(&a, 0), flags)? {
        Ok((id, p)) => {
            let mut names = Vec::new();
            for (n, g) in &p.names {
                let n = vm.new_str(n.as_str());
                names.push(vm.new_tuple(vec![n, Value::Int(*g as i64)]));
            }
            let names = vm.new_tuple(names);
            let items = vec![Value::Int(id as i64), Value::Int(p.flags as i64), Value::Int(p.groups as i64), names];
            Ok(vm.new_tuple(items))
        }
        Err(e) => pattern_error_tuple(vm, &e, false),
    }
}

/// `_re.search(id, string, pos, endpos, mode, token=0)`; mode 0 match, 1 fullmatch, 2
/// search (+4: see below); `token` as for [`kept_units`]. `False` for an unknown id; 0 when
/// `pos` or `endpos` is not an int or the subject is a bytearray, unless mode has bit 4.
/// Mode bit 8 (a scanner loop's call) answers a match as a list `[row, row, ..., m2, m1]`
/// with the matches found ahead, as the wasm module does (std/re/module `search`).
fn re_search(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(prog) = program_arg(vm, &a)? else { return Ok(Value::Bool(false)) };
    // pos/endpos come from the caller unchecked: anything but an int (which `__index__` may
    // give) is answered 0, for the shim to convert it and call again.
    // Mode bit 4 (the shim's slow path) takes those and bytearray subjects (whose matches
    // are a Match subclass).
    let mode = int_arg(vm, &a, 4)?;
    if mode & 4 == 0 {
        let is_int = |v: Value| match v {
            Value::Int(_) | Value::Bool(_) => true,
            Value::Obj(r) => matches!(vm.heap.get(r), Obj::BigInt(_)),
            _ => false,
        };
        let is_bytearray = matches!(arg(&a, 1), Value::Obj(r) if matches!(vm.heap.get(r), Obj::ByteArray(_)));
        if !is_int(arg(&a, 2)) || !is_int(arg(&a, 3)) || is_bytearray {
            return Ok(Value::Int(0));
        }
    }
    let (pos, endpos) = (int_arg(vm, &a, 2)?, int_arg(vm, &a, 3)?);
    let token = if a.pos.len() > 5 { int_arg(vm, &a, 5)? } else { 0 };
    let bits = mode;
    let mode = match mode & 3 {
        0 => Mode::Match,
        1 => Mode::Full,
        _ => Mode::Search,
    };
    // Matches found ahead would spend op budget the program may never use: not under a limit.
    let scanner = bits & 8 != 0 && token != 0 && vm.limits.max_ops.is_none();
    let id = match arg(&a, 0) {
        Value::Int(id) => id,
        _ => 0,
    };
    let found = with_budget(vm, |vm, budget| {
        let u = kept_units(vm, arg(&a, 1), prog.is_text, token)?;
        let (pos, end) = clamp(pos, endpos, u.len());
        let first = match u.text().search(&prog, pos, end, mode, budget) {
            Ok(Some(m)) => m,
            Ok(None) => return Ok(Ok(Vec::new())),
            Err(e) => return Ok(Err(e)),
        };
        let ahead = if scanner { streak(|s| s.ahead(token, id, bits, pos)) } else { 1 };
        let mut found = vec![((pos, end), first)];
        // As in the wasm module (std/re/module): the matches a scanner loop asks for next,
        // each at the previous one's end, until one is empty or fails.
        while found.len() < ahead {
            let (_, last) = &found[found.len() - 1];
            let (s, e) = (last.spans[0], last.spans[1]);
            if s == e {
                break;
            }
            match u.text().search(&prog, e, end, mode, budget) {
                Ok(Some(m)) => found.push(((e, end), m)),
                Ok(None) => break,
                Err(i) => return Ok(Err(i)),
            }
        }
        if scanner {
            streak(|s| s.ran_to(found[found.len() - 1].1.spans[1]));
        }
        Ok(Ok(found))
    })?;
    Ok(match found.len() {
        0 => Value::None,
        1 if bits & 8 == 0 => match_value(vm, &found[0].1, found[0].0),
        _ => {
            // `[row, row, ..., m2, m1]`: last match first for the shim's pop(); two first
            // rows for it to overwrite.
            let mut rows = vec![Value::None, Value::None];
            for (range, m) in found.iter().rev() {
                rows.push(match_value(vm, m, *range));
            }
            vm.new_list(rows)
        }
    })
}

/// `_re.finditer(id, string, pos, endpos)` → a list of `match_value`s.
fn re_finditer(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(prog) = program_arg(vm, &a)? else { return Ok(Value::Bool(false)) };
    let (pos, endpos) = (int_arg(vm, &a, 2)?, int_arg(vm, &a, 3)?);
    let is_text = prog.is_text;
    let (found, range) = with_budget(vm, |vm, budget| {
        let u = units(vm, arg(&a, 1), is_text)?;
        let (pos, end) = clamp(pos, endpos, u.len());
        Ok(u.text().find_all(&prog, pos, end, 0, budget).map(|f| (f, (pos, end))))
    })?;
    let items = found.iter().map(|m| match_value(vm, m, range)).collect();
    Ok(vm.new_list(items))
}

enum Piece {
    Str(StrText),
    Bytes(Vec<u8>),
    None,
}

fn piece(u: &Units, is_text: bool, s: usize, e: usize) -> Piece {
    if s == usize::MAX || e == usize::MAX {
        return Piece::None;
    }
    if is_text { Piece::Str(u.slice_str(s, e)) } else { Piece::Bytes(u.slice_bytes(s, e)) }
}

fn piece_value(vm: &mut Vm, p: Piece, is_text: bool) -> Value {
    match p {
        Piece::Str(s) => vm.new_str(s),
        Piece::Bytes(b) => vm.new_bytes(b),
        // findall gives '' for groups that did not take part; split gives None
        Piece::None if is_text => vm.new_str(""),
        Piece::None => vm.new_bytes(Vec::new()),
    }
}

/// `_re.findall(id, string, pos, endpos)`.
fn re_findall(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(prog) = program_arg(vm, &a)? else { return Ok(Value::Bool(false)) };
    let (pos, endpos) = (int_arg(vm, &a, 2)?, int_arg(vm, &a, 3)?);
    let is_text = prog.is_text;
    let groups = prog.groups as usize;
    let rows: Vec<Vec<Piece>> = with_budget(vm, |vm, budget| {
        let u = units(vm, arg(&a, 1), is_text)?;
        let (pos, end) = clamp(pos, endpos, u.len());
        Ok(u.text().find_all(&prog, pos, end, 0, budget).map(|ms| {
            ms.iter()
                .map(|m| {
                    let gs: Vec<usize> = if groups == 0 { vec![0] } else { (1..=groups).collect() };
                    gs.iter().map(|&g| piece(&u, is_text, m.spans[2 * g], m.spans[2 * g + 1])).collect()
                })
                .collect()
        }))
    })?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let vals: Vec<Value> = row.into_iter().map(|p| piece_value(vm, p, is_text)).collect();
        out.push(if vals.len() == 1 { vals[0] } else { vm.new_tuple(vals) });
    }
    Ok(vm.new_list(out))
}

/// `_re.split(id, string, maxsplit)`.
fn re_split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(prog) = program_arg(vm, &a)? else { return Ok(Value::Bool(false)) };
    let maxsplit = int_arg(vm, &a, 2)?;
    let is_text = prog.is_text;
    if maxsplit < 0 {
        let s = arg(&a, 1);
        return Ok(vm.new_list(vec![s]));
    }
    let parts: Vec<Piece> = with_budget(vm, |vm, budget| {
        let u = units(vm, arg(&a, 1), is_text)?;
        let r = match &u {
            Units::Narrow(b) => edge_re::split(&prog, *b, maxsplit as usize, budget),
            Units::Wide(w) => edge_re::split(&prog, &**w, maxsplit as usize, budget),
        };
        Ok(r.map(|ps| ps.into_iter().map(|p| p.map_or(Piece::None, |(s, e)| piece(&u, is_text, s, e))).collect()))
    })?;
    let vals = parts
        .into_iter()
        .map(|p| match p {
            Piece::None => Value::None,
            p => piece_value(vm, p, is_text),
        })
        .collect();
    Ok(vm.new_list(vals))
}

fn code_points(vm: &Vm, v: Value, is_text: bool) -> PyResult<Vec<u32>> {
    Ok(match units(vm, v, is_text)? {
        Units::Narrow(b) => b.iter().map(|&c| c as u32).collect(),
        Units::Wide(w) => w.to_vec(),
    })
}

fn from_code_points(vm: &mut Vm, cps: &[u32], is_text: bool) -> Value {
    if is_text {
        // Substitution results are mostly ASCII: bytes then one validation beats encoding
        // each code point.
        if cps.iter().all(|&c| c < 0x80) {
            let bytes: Vec<u8> = cps.iter().map(|&c| c as u8).collect();
            return vm.new_str(String::from_utf8(bytes).unwrap_or_default());
        }
        let s: String = cps.iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')).collect();
        vm.new_str(s)
    } else {
        vm.new_bytes(cps.iter().map(|&c| c as u8).collect())
    }
}

/// `_re.subn(id, template, string, count)` → `(new, n)` or `(None, msg, pos)`.
fn re_subn(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(prog) = program_arg(vm, &a)? else { return Ok(Value::Bool(false)) };
    let count = int_arg(vm, &a, 3)?;
    let is_text = prog.is_text;
    let repl = code_points(vm, arg(&a, 1), is_text)?;
    let template = match edge_re::parse_template(&repl, is_text, prog.groups, &prog.names) {
        Ok(t) => t,
        Err(e) => return pattern_error_tuple(vm, &e, true),
    };
    if count < 0 {
        let s = arg(&a, 2);
        return Ok(vm.new_tuple(vec![s, Value::Int(0)]));
    }
    let (out, n) = with_budget(vm, |vm, budget| {
        let u = units(vm, arg(&a, 2), is_text)?;
        Ok(match &u {
            Units::Narrow(b) => edge_re::substitute(&prog, &template, *b, count as usize, budget),
            Units::Wide(w) => edge_re::substitute(&prog, &template, &**w, count as usize, budget),
        })
    })?;
    let s = from_code_points(vm, &out, is_text);
    Ok(vm.new_tuple(vec![s, Value::Int(n as i64)]))
}

/// `_re.expand(id, template, string, spans)` → str/bytes or `(None, msg, pos)`.
fn re_expand(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(prog) = program_arg(vm, &a)? else { return Ok(Value::Bool(false)) };
    let is_text = prog.is_text;
    let repl = code_points(vm, arg(&a, 1), is_text)?;
    let template = match edge_re::parse_template(&repl, is_text, prog.groups, &prog.names) {
        Ok(t) => t,
        Err(e) => return pattern_error_tuple(vm, &e, true),
    };
    let spans_v = arg(&a, 3);
    let mut spans = Vec::new();
    for i in 0..2 * (prog.groups as i64 + 1) {
        let v = vm.getitem(spans_v, Value::Int(i))?;
        let n = vm.index_i64(v)?;
        spans.push(if n < 0 { usize::MAX } else { n as usize });
    }
    let m = Search { spans, lastindex: None };
    let text = code_points(vm, arg(&a, 2), is_text)?;
    let mut out = Vec::new();
    edge_re::expand_into(&template, &m, &text[..], &mut out);
    Ok(from_code_points(vm, &out, is_text))
}

/// `_re.subject_token()`: a fresh token for the shim to name the next subject it keeps alive.
fn re_subject_token(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(NEXT_TOKEN.with(|n| {
        let t = n.get();
        n.set(t + 1);
        t
    })))
}

fn re_purge(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    PROGRAMS.with(|r| r.borrow_mut().clear());
    Ok(Value::None)
}

const NATIVES: &[(&str, crate::value::NativeFn)] = &[
    ("compile", re_compile),
    ("search", re_search),
    ("subject_token", re_subject_token),
    ("finditer", re_finditer),
    ("findall", re_findall),
    ("split", re_split),
    ("subn", re_subn),
    ("expand", re_expand),
    ("purge", re_purge),
];

pub fn init_native(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_re");
    for &(n, f) in NATIVES {
        vm.module_add_fn(m, n, f);
    }
    Ok(m)
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let source = include_str!("../../../std/re/py/re.py").to_string();
    let src = crate::vm::ModuleSource { source, filename: "<re>".to_string(), is_package: false };
    let m = vm.run_module_source("re", src)?;
    m.as_obj().ok_or_else(|| PyErr::type_error("the re module replaced itself with a non-module"))
}

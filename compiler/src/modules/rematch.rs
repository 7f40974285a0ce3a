//! `_rematch`: the hot methods of `re.Match` in Rust, on every target.
//!
//! `re.Match` is a Python class (`std/re/py/re.py`) whose instances hold `re` (the
//! `Pattern`), `string`, `_spans` (the engine's flat `(start0, end0, ..., pos, endpos,
//! lastindex)` ints, -1 for a group that did not take part) and `lastindex`. Run as Python,
//! `m.group("name")` costed ~6K VM instructions and building a match ~5K (an `__init__`
//! frame). Here `new` builds the instance with its four attributes in one go, and
//! `group`/`__getitem__`/`groups`/`groupdict`/`start`/`end`/`span` are native methods
//! the shim puts in the class body. Nothing here needs the engine, so the wasm build (whose
//! engine is re.wasm, behind the handle codec) shares it: the match data is plain Python
//! values either way.

use std::cell::Cell;

use super::fast_methods::seq_items;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::shape::EMPTY_SHAPE;
use crate::value::*;
use crate::vm::Vm;

/// The attribute names of a match, in the order `new` stores them.
const FIELDS: [&str; 4] = ["re", "string", "_spans", "lastindex"];

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_rematch");
    // `new` carries the interned attribute names and, once known, the shape they make.
    let mut cache: Vec<Value> = FIELDS.iter().map(|f| vm.intern(f)).collect();
    cache.push(Value::None);
    let cache = vm.new_list(cache);
    let f = vm.new_bound_native("new", match_new, cache);
    vm.module_set(m, "new", f);
    let f = vm.new_bound_native("matches", match_many, cache);
    vm.module_set(m, "matches", f);
    let f = vm.new_bound_native("sub_pieces", sub_pieces, cache);
    vm.module_set(m, "sub_pieces", f);
    vm.module_add_fn(m, "lookup", lookup_new);
    let f = vm.new_bound_native("front", front_new, cache);
    vm.module_set(m, "front", f);
    let methods: &[(&'static str, NativeFn)] = &[
        ("group", match_group),
        ("__getitem__", match_getitem),
        ("groups", match_groups),
        ("groupdict", match_groupdict),
        ("start", match_start),
        ("end", match_end),
        ("span", match_span),
        ("lastgroup", match_lastgroup),
    ];
    for &(name, func) in methods {
        let f = vm.alloc(Obj::Native(Box::new(NativeFunction { name, func, kind: NativeKind::Method, bound: None })));
        vm.module_set(m, name, f);
    }
    Ok(m)
}

/// `new(cls, pattern, string, spans)`: a match of class `cls` (`re.Match` or its bytearray
/// variant) without running Python code.
fn match_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [cache, cls, pattern, string, spans] = a.pos[..] else {
        return Err(PyErr::type_error("new() takes exactly 4 arguments"));
    };
    build(vm, cache, cls, pattern, string, spans)
}

/// `matches(cls, pattern, string, rows)`: `[new(cls, pattern, string, r) for r in rows]`
/// (`finditer`'s matches) in one call.
fn match_many(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [cache, cls, pattern, string, rows] = a.pos[..] else {
        return Err(PyErr::type_error("matches() takes exactly 4 arguments"));
    };
    let rows: Vec<Value> = seq_items(vm, rows).map(<[Value]>::to_vec).unwrap_or_default();
    // No Python code runs here, so the collector does not either: `out` needs no rooting.
    let mut out = Vec::with_capacity(rows.len());
    for spans in rows {
        out.push(build(vm, cache, cls, pattern, string, spans)?);
    }
    Ok(vm.new_list(out))
}

/// `sub_pieces(cls, pattern, string, rows, repl)`: the pieces of `sub` with a callable
/// `repl`, for the shim to join: the text before each match, `repl(match)` unless None, and
/// the rest of the subject.
fn sub_pieces(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [cache, cls, pattern, string, rows, repl] = a.pos[..] else {
        return Err(PyErr::type_error("sub_pieces() takes exactly 5 arguments"));
    };
    let row_values: Vec<Value> = seq_items(vm, rows).map(<[Value]>::to_vec).unwrap_or_default();
    let out = vm.new_list(Vec::with_capacity(2 * row_values.len() + 1));
    sub_pieces_into(vm, out, [cache, cls, pattern, string, repl, rows], &row_values)?;
    Ok(out)
}

fn sub_pieces_into(vm: &mut Vm, out: Value, keep: [Value; 6], rows: &[Value]) -> PyResult<()> {
    let [cache, cls, pattern, string, repl, _] = keep;
    let push = |vm: &mut Vm, v: Value| {
        if let Some(r) = out.as_obj()
            && let Obj::List(items) = vm.heap.get_mut(r)
        {
            items.push(v);
        }
    };
    let mut last = 0;
    for &row in rows {
        let (s, e) = match seq_items(vm, row) {
            Some(&[Value::Int(s), Value::Int(e), ..]) => (s, e),
            _ => return Err(PyErr::type_error("sub_pieces() needs rows of spans")),
        };
        if last < s {
            let before = vm.get_slice(string, [Value::Int(last), Value::Int(s), Value::None])?;
            push(vm, before);
        }
        let m = build(vm, cache, cls, pattern, string, row)?;
        // The collector may run in `repl`: what is needed afterwards is rooted (the pieces
        // are in `out`, the rows in their list; `m` is the call's argument).
        let piece = vm.gc_safe_step(&[keep.as_slice(), &[out]].concat(), |vm| vm.call_pos(repl, vec![m]))?;
        if !matches!(piece, Value::None) {
            push(vm, piece);
        }
        last = e;
    }
    let rest = vm.get_slice(string, [Value::Int(last), Value::None, Value::None])?;
    push(vm, rest);
    Ok(())
}

/// A match instance whose attributes are `FIELDS` (the shape they make is kept in `cache`).
fn build(vm: &mut Vm, cache: Value, cls: Value, pattern: Value, string: Value, spans: Value) -> PyResult<Value> {
    let (Some(cache_ref), Some(cls)) = (cache.as_obj(), cls.as_obj()) else {
        return Err(PyErr::type_error("new() needs a class"));
    };
    let last = match seq_items(vm, spans).and_then(|s| s.last().copied()) {
        Some(Value::Int(n)) if n >= 0 => Value::Int(n),
        _ => Value::None,
    };
    let shape = match list_items(vm, cache_ref).get(4) {
        Some(&Value::Int(s)) => s as u32,
        _ => {
            let keys: Vec<Value> = list_items(vm, cache_ref)[..4].to_vec();
            let heap = &vm.heap;
            let mut shape = Some(EMPTY_SHAPE);
            for k in keys {
                shape = shape.and_then(|s| vm.shapes.child(s, k, |x, y| Vm::same_str(heap, x, y)));
            }
            let Some(shape) = shape else {
                // No room for another shape: the ordinary attribute stores cope.
                let inst = vm.alloc(Obj::Instance(Box::new(Instance::new(cls, Payload::None))));
                let r = inst.as_obj().expect("an instance is an object");
                for (k, v) in FIELDS.iter().zip([pattern, string, spans, last]) {
                    vm.inst_set_str(r, k, v);
                }
                return Ok(inst);
            };
            if let Obj::List(items) = vm.heap.get_mut(cache_ref) {
                items[4] = Value::Int(shape as i64);
            }
            shape
        }
    };
    let values = vec![pattern, string, spans, last];
    Ok(vm.alloc(Obj::Instance(Box::new(Instance {
        class: cls,
        attrs: Attrs::Shaped { shape, values },
        payload: Payload::None,
    }))))
}

/// `front(mode, search, cls, slow)`: `Pattern.match` (mode 0), `Pattern.fullmatch` (mode 1)
/// or `Pattern.search` (mode 2) as a native method. It answers the common calls without a Python frame: a scanner loop's
/// next match from the look-ahead list the shim keeps (`_ahead_m`/`_ahead_s`), and a call
/// from the start of the subject (`_re.search` with `pos` 0 and no subject token). Anything
/// else (a position, keywords, the natives' slow-path answers) goes to `slow`, the Python
/// method (`Pattern._match`/`_search`), with the same arguments.
fn front_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [cache, mode, search, cls, slow] = a.pos[..] else {
        return Err(PyErr::type_error("front() takes exactly 4 arguments"));
    };
    let bound = vm.new_tuple(vec![cache, mode, search, cls, slow]);
    Ok(vm.alloc(Obj::Native(Box::new(NativeFunction {
        name: front_name(mode),
        func: front,
        kind: NativeKind::Method,
        bound: Some(bound),
    }))))
}

fn front(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let Some(&[cache, mode, search, cls, slow]) =
        a.pos.first().and_then(|&b| seq_items(vm, b)).and_then(|b| <&[Value; 5]>::try_from(b).ok())
    else {
        return Err(PyErr::type_error("match() is not bound"));
    };
    let n = a.pos.len();
    // CPython's argument errors, checked in Argument Clinic's order (the Python method would
    // name itself `_match`): too many, a required one missing, one given twice, an unknown one.
    let name = front_name(mode);
    const PARAMS: [&str; 3] = ["string", "pos", "endpos"];
    let positional = n.saturating_sub(2);
    let given = positional + a.kw.len();
    if given > PARAMS.len() {
        let kind = if positional == 0 { "keyword " } else { "" };
        return Err(PyErr::type_error(format!("{name}() takes at most 3 {kind}arguments ({given} given)")));
    }
    if positional == 0 && !a.kw.iter().any(|(k, _)| &**k == "string") {
        return Err(PyErr::type_error(format!("{name}() missing required argument 'string' (pos 1)")));
    }
    if let Some(i) = PARAMS[..positional].iter().position(|p| a.kw.iter().any(|(k, _)| &**k == *p)) {
        return Err(PyErr::type_error(format!(
            "argument for {name}() given by name ('{}') and position ({})",
            PARAMS[i],
            i + 1
        )));
    }
    if let Some((k, _)) = a.kw.iter().find(|(k, _)| !PARAMS.contains(&&**k)) {
        return Err(PyErr::type_error(format!("{name}() got an unexpected keyword argument '{k}'")));
    }
    if a.kw.is_empty() && (3..=5).contains(&n) {
        let (me, string) = (a.pos[1], a.pos[2]);
        let pos = a.pos.get(3).copied().unwrap_or(Value::Int(0));
        let endpos = a.pos.get(4).copied();
        let endpos_left_out = matches!(endpos, None | Some(Value::Int(i64::MAX)));
        if let Value::Int(at) = pos
            && endpos_left_out
            && !matches!(mode, Value::Int(1))
            && let Some(row) = take_ahead(vm, me, mode, string, at)
        {
            return build(vm, cache, cls, me, string, row);
        }
        if let Value::Int(at) = pos
            && (at == 0 || (at > 0 && is_short_str(vm, string)))
            && let Some(id) = vm.instance_attr(me, "_id")
        {
            let endpos = endpos.unwrap_or(Value::Int(i64::MAX));
            let r = vm.call_pos(search, vec![id, string, pos, endpos, mode, Value::Int(0)])?;
            match r {
                Value::None => return Ok(Value::None),
                Value::Obj(_) => return build(vm, cache, cls, me, string, r),
                // False or 0: the slow path knows what to do.
                _ => {}
            }
        }
    }
    a.pos.remove(0);
    vm.call(slow, a)
}

/// The method a front stands for: mode 0 `match`, 1 `fullmatch`, 2 `search`.
fn front_name(mode: Value) -> &'static str {
    match mode {
        Value::Int(0) => "match",
        Value::Int(1) => "fullmatch",
        _ => "search",
    }
}

/// Whether `v` is a str short enough to hand to the engine afresh at every call. A scanner
/// loop over a long subject goes to the Python path instead, which lets the engine keep the
/// subject decoded (and, in the browser, copied into re.wasm) and find matches ahead; over a
/// short one (a line, a statement) that bookkeeping costs more than it saves.
fn is_short_str(vm: &Vm, v: Value) -> bool {
    const SHORT: usize = 256;
    vm.heap.pystr(v).is_some_and(|s| s.as_str().len() <= SHORT)
}

/// The next match of a scanner loop from the pattern's look-ahead list (see re.py's
/// `Pattern._match`), when `string` and `at` say the loop goes on: the list's first item is
/// the subject and its last row's `pos` is `at`.
fn take_ahead(vm: &mut Vm, me: Value, mode: Value, string: Value, at: i64) -> Option<Value> {
    let name = if matches!(mode, Value::Int(0)) { "_ahead_m" } else { "_ahead_s" };
    let list = vm.instance_attr(me, name)?.as_obj()?;
    let Obj::List(items) = vm.heap.get(list) else { return None };
    if items.len() < 3 || !items[0].is(string) {
        return None;
    }
    let row = *items.last()?;
    let row_items = seq_items(vm, row)?;
    if row_items.len() < 3 || !matches!(row_items[row_items.len() - 3], Value::Int(p) if p == at) {
        return None;
    }
    if let Obj::List(items) = vm.heap.get_mut(list) {
        items.pop();
    }
    Some(row)
}

/// `lookup(plain, compile)`: the module-level functions' pattern lookup, a native bound to
/// the shim's cache of plain patterns (exact str or bytes, flags 0) and its `_compile`.
fn lookup_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [plain, compile] = a.pos[..] else {
        return Err(PyErr::type_error("lookup() takes exactly 2 arguments"));
    };
    let bound = vm.new_tuple(vec![plain, compile]);
    Ok(vm.new_bound_native("_lookup", lookup, bound))
}

/// `_lookup(pattern, flags)`: one dict lookup for `re.search(r'...', s)` and the like.
fn lookup(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (bound, pattern, flags) = match a.pos[..] {
        [b, p] => (b, p, Value::Int(0)),
        [b, p, f] => (b, p, f),
        _ => return Err(PyErr::type_error("_lookup() takes 1 or 2 arguments")),
    };
    let Some(&[plain, compile]) = seq_items(vm, bound).and_then(|b| <&[Value; 2]>::try_from(b).ok()) else {
        return Err(PyErr::type_error("_lookup() is not bound"));
    };
    let exact = matches!(pattern.as_obj().map(|r| vm.heap.get(r)), Some(Obj::Str(_) | Obj::Bytes(_)));
    if exact
        && matches!(flags, Value::Int(0))
        && let Some(p) = vm.dict_get(plain, pattern)?
    {
        return Ok(p);
    }
    vm.call_pos(compile, vec![pattern, flags])
}

fn list_items(vm: &Vm, r: ObjRef) -> &[Value] {
    match vm.heap.get(r) {
        Obj::List(items) => items,
        _ => &[],
    }
}

/// The three attributes of a match (`re`, `string`, `_spans`) and of a pattern (`_keys`,
/// `groups`, `_index`) the methods read, at the start of the instance's shape (`new` and
/// `Pattern.__init__` store them first).
const LAYOUTS: [[&str; 3]; 2] = [[FIELDS[0], FIELDS[1], FIELDS[2]], ["_keys", "groups", "_index"]];
const MATCH: usize = 0;
const PATTERN: usize = 1;

/// Per VM: for each of [`LAYOUTS`], the last shape seen to have it (`u32::MAX`: none yet).
#[derive(Debug)]
pub struct KnownShapes([Cell<u32>; 2]);

impl Default for KnownShapes {
    fn default() -> KnownShapes {
        KnownShapes([Cell::new(u32::MAX), Cell::new(u32::MAX)])
    }
}

/// The attributes of layout `which` of instance `obj`: by position when its shape is the
/// one known to have them there, else by name.
fn layout(vm: &Vm, obj: Value, which: usize) -> Option<[Value; 3]> {
    let Obj::Instance(i) = vm.heap.get(obj.as_obj()?) else { return None };
    let names = LAYOUTS[which];
    if let Attrs::Shaped { shape, values } = &i.attrs
        && values.len() >= 3
    {
        let known = &vm.rematch_shapes.0[which];
        if known.get() == *shape {
            return Some([values[0], values[1], values[2]]);
        }
        let keys = vm.shapes.keys(*shape);
        if keys.len() >= 3 && (0..3).all(|k| vm.heap.str_of(keys[k]) == Some(names[k])) {
            known.set(*shape);
            return Some([values[0], values[1], values[2]]);
        }
    }
    Some([vm.instance_attr(obj, names[0])?, vm.instance_attr(obj, names[1])?, vm.instance_attr(obj, names[2])?])
}

/// A match's pattern, subject and spans, and the pattern's group keys, count and names.
struct Parts {
    string: Value,
    spans: Value,
    keys: Value,
    groups: usize,
    names: Value,
}

fn parts(vm: &Vm, me: Value) -> PyResult<Parts> {
    if let Some([pattern, string, spans]) = layout(vm, me, MATCH)
        && let Some([keys, groups, names]) = layout(vm, pattern, PATTERN)
    {
        let groups = match groups {
            Value::Int(n) if n >= 0 => n as usize,
            _ => 0,
        };
        return Ok(Parts { string, spans, keys, groups, names });
    }
    Err(PyErr::type_error(format!("descriptor requires a 're.Match' object but received a '{}'", vm.type_name(me))))
}

fn no_such_group() -> PyErr {
    PyErr::new(ExcKind::IndexError, "no such group")
}

/// Span `i` (start, end; -1 for a group that did not take part).
fn span_of(vm: &Vm, p: &Parts, i: usize) -> (i64, i64) {
    let int = |v: Option<&Value>| match v {
        Some(&Value::Int(n)) => n,
        _ => -1,
    };
    let items = seq_items(vm, p.spans).unwrap_or(&[]);
    (int(items.get(2 * i)), int(items.get(2 * i + 1)))
}

/// The group index `g` names, as CPython's `match_getindex`: an int (or `__index__`) in
/// range, or a name in the pattern's `groupindex`; `IndexError` otherwise.
fn group_index(vm: &mut Vm, p: &Parts, g: Value) -> PyResult<usize> {
    // The pattern's `_keys`: every exact int or str key that names a group, one lookup.
    if matches!(g, Value::Int(_)) || vm.heap.pystr(g).is_some() {
        if let Some(Value::Int(i)) = vm.dict_get(p.keys, g)? {
            return Ok(i as usize);
        }
        if let Value::Int(_) = g {
            return Err(no_such_group());
        }
    }
    let n = p.groups as i64;
    let index = match g {
        Value::Bool(b) => Some(b as i64),
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::BigInt(_)) => return Err(no_such_group()),
        Value::Obj(_) if vm.lookup_mro(vm.type_of(g), "__index__").is_some() => Some(vm.index_i64(g)?),
        _ => None,
    };
    let i = match index {
        Some(i) => i,
        None => match vm.dict_get(p.names, g)? {
            Some(Value::Int(i)) => i,
            _ => -1,
        },
    };
    if i < 0 || i > n {
        return Err(no_such_group());
    }
    Ok(i as usize)
}

/// Group `i`'s text (a slice of the subject), or `default` when it did not take part.
fn group_value(vm: &mut Vm, p: &Parts, i: usize, default: Value) -> PyResult<Value> {
    let (s, e) = span_of(vm, p, i);
    if s < 0 {
        return Ok(default);
    }
    vm.get_slice(p.string, [Value::Int(s), Value::Int(e), Value::None])
}

fn no_kwargs(name: &str, a: &Args) -> PyResult<()> {
    if a.kw.is_empty() { Ok(()) } else { Err(PyErr::type_error(format!("Match.{name}() takes no keyword arguments"))) }
}

/// `m.group(*groups)`.
fn match_group(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_kwargs("group", &a)?;
    let p = parts(vm, a.pos.first().copied().unwrap_or(Value::None))?;
    match a.pos.len() {
        1 => group_value(vm, &p, 0, Value::None),
        2 => {
            let i = group_index(vm, &p, a.pos[1])?;
            group_value(vm, &p, i, Value::None)
        }
        _ => {
            let mut out = Vec::with_capacity(a.pos.len() - 1);
            for &g in &a.pos[1..] {
                let i = group_index(vm, &p, g)?;
                out.push(group_value(vm, &p, i, Value::None)?);
            }
            Ok(vm.new_tuple(out))
        }
    }
}

/// `m[g]`.
fn match_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_kwargs("__getitem__", &a)?;
    if a.pos.len() != 2 {
        return Err(PyErr::type_error(format!("expected 1 argument, got {}", a.pos.len().saturating_sub(1))));
    }
    let p = parts(vm, a.pos[0])?;
    let i = group_index(vm, &p, a.pos[1])?;
    group_value(vm, &p, i, Value::None)
}

/// The `default` argument of `groups`/`groupdict` (positional or keyword).
fn default_arg(name: &str, mut a: Args) -> PyResult<(Value, Value)> {
    let me = a.pos.first().copied().unwrap_or(Value::None);
    let given = a.pos.len().saturating_sub(1) + a.kw.len();
    if given > 1 {
        return Err(PyErr::type_error(format!("{name}() takes at most 1 argument ({given} given)")));
    }
    let mut default = a.pos.get(1).copied();
    if let Some((k, v)) = std::mem::take(&mut a.kw).pop() {
        if &*k != "default" {
            return Err(PyErr::type_error(format!("{name}() got an unexpected keyword argument '{k}'")));
        }
        default = Some(v);
    }
    Ok((me, default.unwrap_or(Value::None)))
}

/// `m.groups(default=None)`.
fn match_groups(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (me, default) = default_arg("groups", a)?;
    let p = parts(vm, me)?;
    let n = p.groups;
    let mut out = Vec::with_capacity(n);
    for i in 1..=n {
        out.push(group_value(vm, &p, i, default)?);
    }
    Ok(vm.new_tuple(out))
}

/// `m.groupdict(default=None)`.
fn match_groupdict(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (me, default) = default_arg("groupdict", a)?;
    let p = parts(vm, me)?;
    let entries: Vec<(Value, Value)> = match p.names.as_obj().map(|d| vm.heap.get(d)) {
        Some(Obj::Dict(d)) => d.iter().map(|e| (e.key, e.value)).collect(),
        _ => Vec::new(),
    };
    let out = vm.new_dict();
    for (name, i) in entries {
        let v = match i {
            Value::Int(i) if i >= 0 => group_value(vm, &p, i as usize, default)?,
            _ => default,
        };
        vm.dict_set(out, name, v)?;
    }
    Ok(out)
}

/// The group `start`/`end`/`span` are asked about (group 0 when left out).
fn span_arg(vm: &mut Vm, name: &str, a: &Args) -> PyResult<(i64, i64)> {
    no_kwargs(name, a)?;
    if a.pos.len() > 2 {
        return Err(PyErr::type_error(format!("{name} expected at most 1 argument, got {}", a.pos.len() - 1)));
    }
    let p = parts(vm, a.pos.first().copied().unwrap_or(Value::None))?;
    let i = match a.pos.get(1) {
        None | Some(Value::Int(0)) => 0,
        Some(&g) => group_index(vm, &p, g)?,
    };
    Ok(span_of(vm, &p, i))
}

fn match_start(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Int(span_arg(vm, "start", &a)?.0))
}

fn match_end(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Int(span_arg(vm, "end", &a)?.1))
}

fn match_span(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (s, e) = span_arg(vm, "span", &a)?;
    Ok(vm.new_tuple(vec![Value::Int(s), Value::Int(e)]))
}

/// `m.lastgroup` (the getter of the shim's property): the name of the group `lastindex`
/// names, None when it has none or nothing matched a group.
fn match_lastgroup(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = parts(vm, a.pos.first().copied().unwrap_or(Value::None))?;
    let last = match seq_items(vm, p.spans).and_then(|s| s.last().copied()) {
        Some(Value::Int(n)) if n >= 0 => n,
        _ => return Ok(Value::None),
    };
    let name = match p.names.as_obj().map(|d| vm.heap.get(d)) {
        Some(Obj::Dict(d)) => d.iter().find(|e| matches!(e.value, Value::Int(i) if i == last)).map(|e| e.key),
        _ => None,
    };
    Ok(name.unwrap_or(Value::None))
}

//! `_functools`: the Rust half of `functools`. `reduce`, `partial` and the `lru_cache` wrapper
//! are native (they sit on hot paths); the decorators and helpers built from them are Python
//! (`runtime/std/functools.py`).

use crate::builtins::functions::{expect_args, is_callable, no_kwargs};
use crate::error::{PyErr, PyResult};
use crate::modules::operator::{dict_to_kw, native_class, new_with_state, state_of, state_or_err};
use crate::value::*;
use crate::vm::Vm;

// ---- reduce ----

fn reduce(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_kwargs("reduce", &a)?;
    expect_args("reduce", a.pos.len(), 2, 3)?;
    let func = a.pos[0];
    let it = match vm.iter(a.pos[1]) {
        Ok(it) => it,
        Err(e) if vm.err_matches(&e, crate::error::ExcKind::TypeError) => {
            return Err(PyErr::type_error("reduce() arg 2 must support iteration"));
        }
        Err(e) => return Err(e),
    };
    let mut acc = a.pos.get(2).copied();
    while let Some(v) = vm.next_for_native(it, &[func, acc.unwrap_or(Value::None)])? {
        acc = Some(match acc {
            None => v,
            Some(t) => vm.call_for_native(func, vec![t, v], &[func, it])?,
        });
    }
    acc.ok_or_else(|| PyErr::type_error("reduce() of empty iterable with no initial value"))
}

// ---- partial ----
// State: (func, args tuple, keywords dict).

fn partial_new(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let cls = vm.expect_class(a.pos.first().copied().unwrap_or(Value::None), "partial.__new__(X): X")?;
    if a.pos.len() < 2 {
        return Err(PyErr::type_error("type 'partial' takes at least one argument"));
    }
    let mut func = a.pos[1];
    if !is_callable(vm, func) {
        return Err(PyErr::type_error("the first argument must be callable"));
    }
    let mut pos: Vec<Value> = Vec::new();
    let kw = vm.new_dict();
    // Flatten a nested plain partial.
    let flatten = is_plain_partial(vm, func);
    if flatten && let Some(st) = state_of(vm, func).map(|s| s.to_vec()) {
        func = st[0];
        pos.extend(vm.heap.tuple(st[1]).cloned().unwrap_or_default());
        for (k, v) in dict_to_kw(vm, st[2]) {
            let key = vm.new_str(&*k);
            vm.dict_set(kw, key, v)?;
        }
    }
    pos.extend_from_slice(&a.pos[2..]);
    for (k, v) in std::mem::take(&mut a.kw) {
        let key = vm.new_str(&*k);
        vm.dict_set(kw, key, v)?;
    }
    let args = vm.new_tuple(pos);
    Ok(new_with_state(vm, cls, vec![func, args, kw]))
}

/// A `partial` instance (of any subclass) without instance attributes.
fn is_plain_partial(vm: &Vm, v: Value) -> bool {
    let Value::Obj(r) = v else { return false };
    let Obj::Instance(i) = vm.heap.get(r) else { return false };
    if !vm.instance_attr_items(v).is_empty() {
        return false;
    }
    let cls = i.class;
    match vm.lookup_mro(cls, "__call__") {
        Some(Value::Obj(f)) => {
            matches!(vm.heap.get(f), Obj::Native(n) if n.func as usize == partial_call as NativeFn as usize)
        }
        _ => false,
    }
}

fn partial_call(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(PyErr::type_error("unbound method needs an argument"));
    }
    let this = a.pos[0];
    let (func, args, kwd) = match state_of(vm, this) {
        Some(&[f, a, k]) => (f, a, k),
        _ => return Err(PyErr::type_error("descriptor '__call__' requires a 'functools.partial' object")),
    };
    let stored = vm.heap.tuple(args).map_or(&[][..], |t| t.as_slice());
    let mut pos = Vec::with_capacity(stored.len() + a.pos.len() - 1);
    pos.extend_from_slice(stored);
    pos.extend_from_slice(&a.pos[1..]);
    let mut kw = dict_to_kw(vm, kwd);
    if kw.is_empty() {
        kw = std::mem::take(&mut a.kw);
    } else {
        for (k, v) in std::mem::take(&mut a.kw) {
            match kw.iter_mut().find(|(n, _)| *n == k) {
                Some(slot) => slot.1 = v,
                None => kw.push((k, v)),
            }
        }
    }
    vm.call(func, Args { pos, kw })
}

fn partial_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(PyErr::type_error("unbound method needs an argument"));
    }
    let st = state_or_err(vm, a.pos[0], "functools.partial")?;
    let cls = vm.type_of(a.pos[0]);
    let module = vm.class(cls).module;
    let qual = vm.class(cls).qualname.to_string();
    let module = vm.heap.str_of(module).unwrap_or("functools").to_string();
    let mut parts = vec![vm.repr(st[0])?];
    for v in vm.heap.tuple(st[1]).cloned().unwrap_or_default() {
        parts.push(vm.repr(v)?);
    }
    for (k, v) in dict_to_kw(vm, st[2]) {
        parts.push(format!("{k}={}", vm.repr(v)?));
    }
    Ok(vm.new_str(format!("{module}.{qual}({})", parts.join(", "))))
}

fn partial_field(vm: &mut Vm, a: Args, i: usize) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(PyErr::type_error("unbound method needs an argument"));
    }
    let st = state_or_err(vm, a.pos[0], "functools.partial")?;
    Ok(st[i])
}

fn partial_func(vm: &mut Vm, a: Args) -> PyResult<Value> {
    partial_field(vm, a, 0)
}

fn partial_args(vm: &mut Vm, a: Args) -> PyResult<Value> {
    partial_field(vm, a, 1)
}

fn partial_keywords(vm: &mut Vm, a: Args) -> PyResult<Value> {
    partial_field(vm, a, 2)
}

// ---- lru_cache ----
// State: (func, cache dict, maxsize (None or int), typed, [hits, misses], [kwd mark, root],
// CacheInfo). A bounded cache maps keys to links `[prev, next, key, result]` of a circular
// doubly linked list in recency order (oldest after `root`), as CPython does; an unbounded
// one maps keys straight to results.

const F_FUNC: usize = 0;
const F_CACHE: usize = 1;
const F_MAX: usize = 2;
const F_TYPED: usize = 3;
const F_STATS: usize = 4;
const F_MISC: usize = 5;
const F_INFO: usize = 6;

const PREV: usize = 0;
const NEXT: usize = 1;
const KEY: usize = 2;
const RESULT: usize = 3;

fn link_get(vm: &Vm, link: Value, i: usize) -> Value {
    vm.heap.list(link).and_then(|l| l.get(i).copied()).unwrap_or(Value::None)
}

fn link_set(vm: &mut Vm, link: Value, i: usize, v: Value) {
    if let Some(slot) = vm.heap.list_mut(link).and_then(|l| l.get_mut(i)) {
        *slot = v;
    }
}

fn unlink(vm: &mut Vm, link: Value) {
    let (prev, next) = (link_get(vm, link, PREV), link_get(vm, link, NEXT));
    link_set(vm, prev, NEXT, next);
    link_set(vm, next, PREV, prev);
}

/// Inserts `link` as the most recently used (just before `root`).
fn append(vm: &mut Vm, root: Value, link: Value) {
    let last = link_get(vm, root, PREV);
    link_set(vm, last, NEXT, link);
    link_set(vm, root, PREV, link);
    link_set(vm, link, PREV, last);
    link_set(vm, link, NEXT, root);
}

fn new_root(vm: &mut Vm) -> Value {
    let root = vm.new_list(vec![Value::None; 4]);
    link_set(vm, root, PREV, root);
    link_set(vm, root, NEXT, root);
    root
}

/// `_lru_cache_wrapper(func, maxsize, typed, CacheInfo)`.
fn lru_wrapper_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = vm.expect_class(a.pos.first().copied().unwrap_or(Value::None), "_lru_cache_wrapper")?;
    if a.pos.len() != 5 {
        return Err(PyErr::type_error("_lru_cache_wrapper expected 4 arguments"));
    }
    let func = a.pos[1];
    if !is_callable(vm, func) {
        return Err(PyErr::type_error("the first argument must be callable"));
    }
    let maxsize = match a.pos[2] {
        Value::None => Value::None,
        v => Value::Int(vm.index_i64(v)?.max(0)),
    };
    let typed = Value::Bool(vm.truthy(a.pos[3])?);
    let cache = vm.new_dict();
    let stats = vm.new_list(vec![Value::Int(0), Value::Int(0)]);
    let mark = vm.new_tuple(vec![Value::None]);
    let root = new_root(vm);
    let misc = vm.new_list(vec![mark, root]);
    Ok(new_with_state(vm, cls, vec![func, cache, maxsize, typed, stats, misc, a.pos[4]]))
}

fn bump(vm: &mut Vm, stats: Value, i: usize) {
    if let Some(l) = vm.heap.list_mut(stats)
        && let Some(Value::Int(n)) = l.get_mut(i)
    {
        *n += 1;
    }
}

fn make_key(vm: &mut Vm, pos: &[Value], kw: &[(std::rc::Rc<str>, Value)], typed: bool, mark: Value) -> Value {
    if kw.is_empty() && !typed && pos.len() == 1 {
        let t = vm.type_of(pos[0]);
        if t == vm.types.int || t == vm.types.str {
            return pos[0];
        }
    }
    let mut items = Vec::with_capacity(pos.len() + 1 + kw.len() * 2);
    items.extend_from_slice(pos);
    if !kw.is_empty() {
        items.push(mark);
        for (k, v) in kw {
            let s = vm.new_str(&**k);
            items.push(s);
            items.push(*v);
        }
    }
    if typed {
        for &v in pos {
            items.push(Value::Obj(vm.type_of(v)));
        }
        for (_, v) in kw {
            items.push(Value::Obj(vm.type_of(*v)));
        }
    }
    vm.new_tuple(items)
}

/// What a call of an lru_cache wrapper does after looking its arguments up.
pub(crate) enum LruLookup {
    /// The cached result.
    Hit(Value),
    /// Call `func` with the arguments; when `store`, pass its result to `lru_store` with `key`.
    Miss { func: Value, key: Value, store: bool },
}

/// The wrapper's state, or the error of a call whose receiver is no wrapper.
fn wrapper_state(vm: &Vm, this: Value) -> PyResult<[Value; 7]> {
    match state_of(vm, this) {
        Some(s) if s.len() == 7 => Ok([s[0], s[1], s[2], s[3], s[4], s[5], s[6]]),
        _ => Err(PyErr::type_error("descriptor '__call__' requires a '_lru_cache_wrapper' object")),
    }
}

/// Looks a call of wrapper `this` up in its cache (counting the hit or miss). Shared by
/// `__call__` and the interpreter, which runs the wrapped function of a miss as a frame of
/// its loop (no host stack per level of a memoised recursion).
pub(crate) fn lru_lookup(
    vm: &mut Vm,
    this: Value,
    pos: &[Value],
    kw: &[(std::rc::Rc<str>, Value)],
) -> PyResult<LruLookup> {
    let st = wrapper_state(vm, this)?;
    let (func, cache, maxsize, stats) = (st[F_FUNC], st[F_CACHE], st[F_MAX], st[F_STATS]);
    if matches!(maxsize, Value::Int(0)) {
        bump(vm, stats, 1);
        return Ok(LruLookup::Miss { func, key: Value::None, store: false });
    }
    let mark = link_get(vm, st[F_MISC], 0);
    let key = make_key(vm, pos, kw, matches!(st[F_TYPED], Value::Bool(true)), mark);
    if let Some(v) = vm.dict_get(cache, key)? {
        bump(vm, stats, 0);
        if maxsize.is_none() {
            return Ok(LruLookup::Hit(v));
        }
        let root = link_get(vm, st[F_MISC], 1);
        unlink(vm, v);
        append(vm, root, v);
        return Ok(LruLookup::Hit(link_get(vm, v, RESULT)));
    }
    bump(vm, stats, 1);
    Ok(LruLookup::Miss { func, key, store: true })
}

/// Caches `result` of a miss under `key` (evicting the least recently used entry of a full
/// bounded cache).
pub(crate) fn lru_store(vm: &mut Vm, this: Value, key: Value, result: Value) -> PyResult<()> {
    let st = wrapper_state(vm, this)?;
    let (cache, maxsize) = (st[F_CACHE], st[F_MAX]);
    let Value::Int(max) = maxsize else {
        return vm.dict_set(cache, key, result);
    };
    if vm.dict_get(cache, key)?.is_some() {
        // A recursive call already cached it.
        return Ok(());
    }
    let root = link_get(vm, st[F_MISC], 1);
    let len = vm.heap.dict(cache).map_or(0, |d| d.len());
    if len as i64 >= max {
        let oldest = link_get(vm, root, NEXT);
        if !oldest.is(root) {
            let old_key = link_get(vm, oldest, KEY);
            unlink(vm, oldest);
            vm.dict_del(cache, old_key)?;
        }
    }
    let link = vm.new_list(vec![Value::None, Value::None, key, result]);
    append(vm, root, link);
    vm.dict_set(cache, key, link)
}

fn lru_call(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(PyErr::type_error("unbound method needs an argument"));
    }
    let this = a.pos.remove(0);
    let (func, key) = match lru_lookup(vm, this, &a.pos, &a.kw)? {
        LruLookup::Hit(v) => return Ok(v),
        LruLookup::Miss { func, store: false, .. } => return vm.call(func, a),
        LruLookup::Miss { func, key, .. } => (func, key),
    };
    vm.temp_roots.extend([this, key]);
    let r = vm.call(func, a);
    vm.temp_roots.truncate(vm.temp_roots.len() - 2);
    let result = r?;
    vm.temp_roots.push(result);
    let stored = lru_store(vm, this, key, result);
    vm.temp_roots.pop();
    stored.map(|()| result)
}

fn lru_state(vm: &Vm, v: Value) -> PyResult<Vec<Value>> {
    match state_of(vm, v) {
        Some(s) if s.len() == 7 => Ok(s.to_vec()),
        _ => Err(PyErr::type_error("descriptor requires a '_lru_cache_wrapper' object")),
    }
}

fn lru_cache_info(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(PyErr::type_error("unbound method needs an argument"));
    }
    let st = lru_state(vm, a.pos[0])?;
    let (hits, misses) = match vm.heap.list(st[F_STATS]).map(|l| l.as_slice()) {
        Some([h, m]) => (*h, *m),
        _ => (Value::Int(0), Value::Int(0)),
    };
    let size = vm.heap.dict(st[F_CACHE]).map_or(0, |d| d.len());
    vm.call_pos(st[F_INFO], vec![hits, misses, st[F_MAX], Value::Int(size as i64)])
}

fn lru_cache_clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(PyErr::type_error("unbound method needs an argument"));
    }
    let st = lru_state(vm, a.pos[0])?;
    if let Some(l) = vm.heap.list_mut(st[F_STATS]) {
        l.fill(Value::Int(0));
    }
    let root = link_get(vm, st[F_MISC], 1);
    link_set(vm, root, PREV, root);
    link_set(vm, root, NEXT, root);
    vm.call_method(st[F_CACHE], "clear", vec![])?;
    Ok(Value::None)
}

fn lru_cache_parameters(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(PyErr::type_error("unbound method needs an argument"));
    }
    let st = lru_state(vm, a.pos[0])?;
    let d = vm.new_dict();
    let k = vm.new_str("maxsize");
    vm.dict_set(d, k, st[F_MAX])?;
    let k = vm.new_str("typed");
    vm.dict_set(d, k, st[F_TYPED])?;
    Ok(d)
}

fn lru_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(PyErr::type_error("unbound method needs an argument"));
    }
    let this = a.pos[0];
    match a.pos.get(1) {
        None | Some(Value::None) => Ok(this),
        Some(&obj) => Ok(vm.alloc(Obj::BoundMethod { receiver: obj, func: this })),
    }
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_functools");
    vm.module_add_fn(m, "reduce", reduce);

    let p = native_class(vm, "partial", "functools");
    vm.add_method(p, "__new__", partial_new, NativeKind::StaticMethod);
    vm.add_method(p, "__call__", partial_call, NativeKind::Method);
    vm.add_method(p, "__repr__", partial_repr, NativeKind::Method);
    use crate::builtins::functions::range::add_property;
    add_property(vm, p, "func", partial_func);
    add_property(vm, p, "args", partial_args);
    add_property(vm, p, "keywords", partial_keywords);
    vm.module_set(m, "partial", Value::Obj(p));

    let w = native_class(vm, "_lru_cache_wrapper", "functools");
    vm.add_method(w, "__new__", lru_wrapper_new, NativeKind::StaticMethod);
    vm.add_method(w, "__call__", lru_call, NativeKind::Method);
    vm.add_method(w, "__get__", lru_get, NativeKind::Method);
    vm.add_method(w, "cache_info", lru_cache_info, NativeKind::Method);
    vm.add_method(w, "cache_clear", lru_cache_clear, NativeKind::Method);
    vm.add_method(w, "cache_parameters", lru_cache_parameters, NativeKind::Method);
    vm.module_set(m, "_lru_cache_wrapper", Value::Obj(w));
    vm.lru_wrapper_class = Some(w);
    Ok(m)
}

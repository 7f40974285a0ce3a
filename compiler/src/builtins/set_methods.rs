//! Methods of `set` and `frozenset`. Operations that build a new set run on copies of the
//! operand tables; those that change or read one set in place (`add`, `discard`, `update`,
//! `|=`, `in`...) move its table out of the heap while they run (`with_set`), so Python
//! `__eq__` may run freely either way and a single `add` costs O(1). Operations are ordered
//! exactly as CPython's `setobject.c` orders them, so results iterate in CPython's order.

use crate::builtins::args;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::set::Set;
use crate::value::*;
use crate::vm::Vm;

/// The set table inside `v` (a set, frozenset, or an instance of a subclass), copied out.
pub fn set_of(vm: &Vm, v: Value) -> Option<Set> {
    let b = vm.builtin_value(v);
    match vm.heap.get(b.as_obj()?) {
        Obj::Set(s) | Obj::FrozenSet(s) => Some((**s).clone()),
        _ => None,
    }
}

fn is_anyset(vm: &Vm, v: Value) -> bool {
    let b = vm.builtin_value(v);
    b.as_obj().is_some_and(|r| matches!(vm.heap.get(r), Obj::Set(_) | Obj::FrozenSet(_)))
}

fn is_frozen(vm: &Vm, v: Value) -> bool {
    let b = vm.builtin_value(v);
    b.as_obj().is_some_and(|r| matches!(vm.heap.get(r), Obj::FrozenSet(_)))
}

/// Replaces the table of the set inside `v`.
fn store(vm: &mut Vm, v: Value, s: Set) {
    let b = vm.builtin_value(v);
    if let Some(r) = b.as_obj()
        && let Obj::Set(t) | Obj::FrozenSet(t) = vm.heap.get_mut(r)
    {
        **t = s;
    }
}

/// A new set or frozenset (the base type of `like`) holding `s`.
fn new_like(vm: &mut Vm, like: Value, s: Set) -> Value {
    if is_frozen(vm, like) { vm.alloc(Obj::FrozenSet(Box::new(s))) } else { vm.alloc(Obj::Set(Box::new(s))) }
}

/// `hash(key)`, where an unhashable set key is looked up as the equal frozenset (CPython's
/// `set_contains_key` behaviour for `in`, `remove` and `discard`).
fn key_hash(vm: &mut Vm, key: Value) -> PyResult<i64> {
    match vm.hash(key) {
        Ok(h) => Ok(h),
        Err(e) => {
            if !is_frozen(vm, key)
                && let Some(s) = set_of(vm, key)
            {
                return Ok(s.frozen_hash());
            }
            Err(e)
        }
    }
}

/// Hashes every item of an iterable, in iteration order.
pub fn hashed_items(vm: &mut Vm, iterable: Value) -> PyResult<Vec<(i64, Value)>> {
    let items = vm.collect(iterable)?;
    hash_all(vm, items)
}

fn hash_all(vm: &mut Vm, items: Vec<Value>) -> PyResult<Vec<(i64, Value)>> {
    let mut out = Vec::with_capacity(items.len());
    for k in items {
        let h = vm.hash(k)?;
        out.push((h, k));
    }
    Ok(out)
}

/// An operand of a set operation, classified the way CPython does.
enum Operand {
    Set(Set),
    Dict(Vec<(i64, Value)>),
    Items(Vec<(i64, Value)>),
}

fn operand(vm: &mut Vm, v: Value) -> PyResult<Operand> {
    match table_operand(vm, v) {
        Some(op) => Ok(op),
        None => Ok(Operand::Items(hashed_items(vm, v)?)),
    }
}

/// Builds a set from any iterable as `set(iterable)` does.
pub fn set_from_iterable(vm: &mut Vm, iterable: Value) -> PyResult<Set> {
    let mut s = Set::new();
    update(vm, &mut s, iterable)?;
    Ok(s)
}

fn update(vm: &mut Vm, s: &mut Set, other: Value) -> PyResult<()> {
    let op = operand(vm, other)?;
    merge(vm, s, op)
}

fn merge(vm: &mut Vm, s: &mut Set, op: Operand) -> PyResult<()> {
    let mut eq = |a: Value, b: Value| vm.eq(a, b);
    match op {
        Operand::Set(o) => s.update_from_set(&o, &mut eq),
        Operand::Dict(keys) => s.update_from_dict(&keys, &mut eq),
        Operand::Items(items) => s.update_from_items(&items, &mut eq),
    }
}

fn intersection(vm: &mut Vm, a: &Set, other: Value) -> PyResult<Set> {
    let op = operand(vm, other)?;
    let mut eq = |x: Value, y: Value| vm.eq(x, y);
    match op {
        Operand::Set(o) => Set::intersection(a, &o, &mut eq),
        Operand::Dict(items) | Operand::Items(items) => Set::intersection_items(a, &items, &mut eq),
    }
}

fn difference(vm: &mut Vm, a: &Set, other: Value) -> PyResult<Set> {
    let op = operand(vm, other)?;
    let mut eq = |x: Value, y: Value| vm.eq(x, y);
    match op {
        Operand::Set(o) => Set::difference(a, &o, &mut eq),
        Operand::Dict(keys) => {
            // CPython checks membership in the dict itself; a set of its keys answers the same.
            if (a.len() >> 2) > keys.len() {
                return Set::difference_items(a, &keys, &mut eq);
            }
            let mut o = Set::new();
            o.update_from_dict(&keys, &mut eq)?;
            Set::difference(a, &o, &mut eq)
        }
        Operand::Items(items) => Set::difference_items(a, &items, &mut eq),
    }
}

fn difference_update(vm: &mut Vm, s: &mut Set, other: Value) -> PyResult<()> {
    let op = operand(vm, other)?;
    subtract(vm, s, op)
}

fn subtract(vm: &mut Vm, s: &mut Set, op: Operand) -> PyResult<()> {
    let mut eq = |x: Value, y: Value| vm.eq(x, y);
    match op {
        Operand::Set(o) => s.difference_update_set(&o, &mut eq),
        Operand::Dict(items) | Operand::Items(items) => s.difference_update_items(&items, &mut eq),
    }
}

fn symmetric_merge(vm: &mut Vm, s: &mut Set, op: Operand) -> PyResult<()> {
    let mut eq = |x: Value, y: Value| vm.eq(x, y);
    match op {
        Operand::Set(o) => {
            let items: Vec<(i64, Value)> = o.entries().collect();
            s.symmetric_difference_update(&items, &mut eq)
        }
        Operand::Dict(keys) => s.symmetric_difference_update(&keys, &mut eq),
        Operand::Items(items) => {
            let mut o = Set::new();
            o.update_from_items(&items, &mut eq)?;
            let items: Vec<(i64, Value)> = o.entries().collect();
            s.symmetric_difference_update(&items, &mut eq)
        }
    }
}

/// The object holding the set table of `v` (a set, frozenset, or subclass instance).
fn table_ref(vm: &Vm, v: Value) -> Option<ObjRef> {
    let r = vm.builtin_value(v).as_obj()?;
    matches!(vm.heap.get(r), Obj::Set(_) | Obj::FrozenSet(_)).then_some(r)
}

fn emptied(s: &mut Set) -> PyResult<()> {
    s.clear();
    Ok(())
}

fn swap_table(vm: &mut Vm, r: ObjRef, s: &mut Set) {
    if let Obj::Set(t) | Obj::FrozenSet(t) = vm.heap.get_mut(r) {
        std::mem::swap(&mut **t, s);
    }
}

/// Runs `f` on the table of the set `args.pos[0]` in place (a frozenset too when the method
/// only reads). The table is out of the heap while `f` runs: an `__eq__` it calls sees the
/// set empty, and whatever such code adds to it is dropped when the table goes back
/// (CPython restarts or raises "changed size" there). Nothing is collected meanwhile: `f`
/// runs outside any collection-safe step (gcsafe.rs).
fn with_set<T>(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    mutates: bool,
    f: impl FnOnce(&mut Vm, &mut Set) -> PyResult<T>,
) -> PyResult<T> {
    let (r, mut s) = take_table(vm, args, name, mutates)?;
    let out = f(vm, &mut s);
    swap_table(vm, r, &mut s);
    out
}

/// The receiver's table, moved out of the heap (the part of `with_set` that does not depend
/// on `f`, kept out of its copies).
#[inline(never)]
fn take_table(vm: &mut Vm, args: &Args, name: &str, mutates: bool) -> PyResult<(ObjRef, Set)> {
    let r = receiver(vm, args, name, mutates)?;
    let mut s = Set::new();
    swap_table(vm, r, &mut s);
    Ok((r, s))
}

/// The object holding the receiver's table, or the TypeError for a wrong receiver (which
/// CPython raises before looking at the other arguments). `mutates`: frozensets do not do.
fn receiver(vm: &Vm, args: &Args, name: &str, mutates: bool) -> PyResult<ObjRef> {
    let v = *args.pos.first().ok_or_else(|| PyErr::type_error(format!("descriptor '{name}' needs an argument")))?;
    table_ref(vm, v)
        .filter(|&r| !mutates || matches!(vm.heap.get(r), Obj::Set(_)))
        .ok_or_else(|| not_a_set(vm, name, v))
}

/// CPython's TypeError for a `set` method called on something else: slot wrappers
/// (`__len__`) and methods word it differently.
fn not_a_set(vm: &Vm, name: &str, v: Value) -> PyErr {
    let t = vm.type_name(v);
    PyErr::type_error(if name == "__len__" {
        format!("descriptor '{name}' requires a 'set' object but received a '{t}'")
    } else {
        format!("descriptor '{name}' for 'set' objects doesn't apply to a '{t}' object")
    })
}

/// Runs `add` for each item of `iterable` as it comes, with the set in the heap while the
/// iterator runs (a generator may read it, and may collect: the receiver is kept).
fn each_item(
    vm: &mut Vm,
    args: &Args,
    iterable: Value,
    mut add: impl FnMut(&mut Vm, i64, Value) -> PyResult<()>,
) -> PyResult<()> {
    let it = vm.iter(iterable)?;
    while let Some(v) = vm.next_for_native(it, &[args.pos[0]])? {
        let h = vm.hash(v)?;
        add(vm, h, v)?;
    }
    Ok(())
}

/// The table of a set or dict operand (CPython's fast paths); `None` for other iterables.
fn table_operand(vm: &Vm, v: Value) -> Option<Operand> {
    if let Some(s) = set_of(vm, v) {
        return Some(Operand::Set(s));
    }
    match vm.heap.get(v.as_obj()?) {
        Obj::Dict(d) => Some(Operand::Dict(d.iter().map(|e| (e.hash, e.key)).collect())),
        _ => None,
    }
}

fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<Set> {
    let v = *args.pos.first().ok_or_else(|| PyErr::type_error(format!("descriptor '{name}' needs an argument")))?;
    set_of(vm, v).ok_or_else(|| PyErr::type_error(format!("descriptor '{name}' requires a 'set' object")))
}

pub(crate) fn set_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("set.add", &args, 1, 1)?;
    // In place, like a set display's adds: taking the table out (`with_set`) would allocate
    // an empty one per call.
    let r = receiver(vm, &args, "add", true)?;
    vm.set_add(Value::Obj(r), args.pos[1])?;
    Ok(Value::None)
}

/// Removes `key` from the set the receiver holds in place when finding it runs no Python
/// code (`with_set` would swap in a freshly allocated table for the call): `Some(found)`,
/// or `None` for the general path.
fn discard_native(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Option<bool>> {
    let r = receiver(vm, args, name, true)?;
    let Some((_, pos)) = vm.find_key_native(r, args.pos[1]) else { return Ok(None) };
    Ok(Some(match (pos, vm.heap.get_mut(r)) {
        (Some(p), Obj::Set(s)) => s.remove_at(p).is_some(),
        _ => false,
    }))
}

fn set_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("set.remove", &args, 1, 1)?;
    let key = args.pos[1];
    match discard_native(vm, &args, "remove")? {
        Some(true) => return Ok(Value::None),
        Some(false) => return Err(PyErr::key_error(key)),
        None => {}
    }
    let h = key_hash(vm, key)?;
    if !with_set(vm, &args, "remove", true, |vm, s| s.discard(h, key, &mut |a, b| vm.eq(a, b)))? {
        return Err(PyErr::key_error(key));
    }
    Ok(Value::None)
}

pub(crate) fn set_discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("set.discard", &args, 1, 1)?;
    if discard_native(vm, &args, "discard")?.is_some() {
        return Ok(Value::None);
    }
    let key = args.pos[1];
    let h = key_hash(vm, key)?;
    with_set(vm, &args, "discard", true, |vm, s| s.discard(h, key, &mut |a, b| vm.eq(a, b)))?;
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("set.pop", &args, 0, 0)?;
    let b = vm.builtin_value(args.pos[0]);
    if let Some(r) = b.as_obj()
        && let Obj::Set(s) = vm.heap.get_mut(r)
    {
        return s.pop().ok_or_else(|| PyErr::new(ExcKind::KeyError, "pop from an empty set"));
    }
    Err(PyErr::type_error("descriptor 'pop' requires a 'set' object"))
}

fn set_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("set.clear", &args, 0, 0)?;
    with_set(vm, &args, "clear", true, |_, s| emptied(s))?;
    Ok(Value::None)
}

fn set_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = if is_frozen(vm, args.pos[0]) { "frozenset.copy" } else { "set.copy" };
    args::check_method(name, &args, 0, 0)?;
    let me = args.pos[0];
    if let Some(r) = me.as_obj()
        && matches!(vm.heap.get(r), Obj::FrozenSet(_))
    {
        return Ok(me);
    }
    let s = this(vm, &args, "copy")?.copy();
    Ok(new_like(vm, me, s))
}

fn set_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_kw("set.update", &args, &[])?;
    receiver(vm, &args, "update", true)?;
    for &o in &args.pos[1..] {
        match table_operand(vm, o) {
            Some(op) => with_set(vm, &args, "update", true, |vm, s| merge(vm, s, op))?,
            // Added as they come, as CPython does: an error keeps the items before it.
            None => each_item(vm, &args, o, |vm, h, v| {
                with_set(vm, &args, "update", true, |vm, s| s.add(h, v, &mut |a, b| vm.eq(a, b)).map(drop))
            })?,
        }
    }
    Ok(Value::None)
}

fn set_union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_kw("set.union", &args, &[])?;
    let me = args.pos[0];
    let mut s = this(vm, &args, "union")?.copy();
    for &o in &args.pos[1..] {
        if o.is(me) {
            continue;
        }
        update(vm, &mut s, o)?;
    }
    Ok(new_like(vm, me, s))
}

fn intersection_multi(vm: &mut Vm, me: Value, others: &[Value]) -> PyResult<Set> {
    let base = set_of(vm, me).unwrap_or_default();
    if others.is_empty() {
        return Ok(base.copy());
    }
    let mut result = base;
    let mut first = true;
    for &o in others {
        result = if first && o.is(me) { result.copy() } else { intersection(vm, &result, o)? };
        first = false;
    }
    Ok(result)
}

fn set_intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_kw("set.intersection", &args, &[])?;
    let me = args.pos[0];
    let s = intersection_multi(vm, me, &args.pos[1..])?;
    Ok(new_like(vm, me, s))
}

fn set_intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_kw("set.intersection_update", &args, &[])?;
    let me = args.pos[0];
    let s = intersection_multi(vm, me, &args.pos[1..])?;
    store(vm, me, s);
    Ok(Value::None)
}

fn difference_multi(vm: &mut Vm, me: Value, others: &[Value]) -> PyResult<Set> {
    let base = set_of(vm, me).unwrap_or_default();
    let Some((&first, rest)) = others.split_first() else {
        return Ok(base.copy());
    };
    let mut result = if first.is(me) { Set::new() } else { difference(vm, &base, first)? };
    for &o in rest {
        difference_update(vm, &mut result, o)?;
    }
    Ok(result)
}

fn set_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_kw("set.difference", &args, &[])?;
    let me = args.pos[0];
    let s = difference_multi(vm, me, &args.pos[1..])?;
    Ok(new_like(vm, me, s))
}

fn set_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_kw("set.difference_update", &args, &[])?;
    let me = args.pos[0];
    receiver(vm, &args, "difference_update", true)?;
    for &o in &args.pos[1..] {
        if o.is(me) {
            with_set(vm, &args, "difference_update", true, |_, s| emptied(s))?;
            continue;
        }
        match table_operand(vm, o) {
            Some(op) => with_set(vm, &args, "difference_update", true, |vm, s| subtract(vm, s, op))?,
            None => each_item(vm, &args, o, |vm, h, v| {
                with_set(vm, &args, "difference_update", true, |vm, s| {
                    s.discard(h, v, &mut |a, b| vm.eq(a, b)).map(drop)
                })
            })?,
        }
    }
    Ok(Value::None)
}

fn symmetric_difference_of(vm: &mut Vm, me: Value, other: Value) -> PyResult<Set> {
    // CPython: a new set built from `other`, then `^= self`.
    let mut result = set_from_iterable(vm, other)?;
    let mine = set_of(vm, me).unwrap_or_default();
    let items: Vec<(i64, Value)> = mine.entries().collect();
    result.symmetric_difference_update(&items, &mut |a, b| vm.eq(a, b))?;
    Ok(result)
}

fn set_symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("set.symmetric_difference", &args, 1, 1)?;
    let me = args.pos[0];
    let s = symmetric_difference_of(vm, me, args.pos[1])?;
    Ok(new_like(vm, me, s))
}

fn set_symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("set.symmetric_difference_update", &args, 1, 1)?;
    let (me, other) = (args.pos[0], args.pos[1]);
    receiver(vm, &args, "symmetric_difference_update", true)?;
    let op = if other.is(me) { None } else { Some(operand(vm, other)?) };
    with_set(vm, &args, "symmetric_difference_update", true, |vm, s| match op {
        None => emptied(s),
        Some(op) => symmetric_merge(vm, s, op),
    })?;
    Ok(Value::None)
}

fn other_as_set(vm: &mut Vm, other: Value) -> PyResult<Set> {
    match set_of(vm, other) {
        Some(s) => Ok(s),
        None => set_from_iterable(vm, other),
    }
}

fn set_issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("set.issubset", &args, 1, 1)?;
    receiver(vm, &args, "issubset", false)?;
    let other = other_as_set(vm, args.pos[1])?;
    with_set(vm, &args, "issubset", false, |vm, me| Ok(Value::Bool(me.is_subset(&other, &mut |a, b| vm.eq(a, b))?)))
}

fn set_issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("set.issuperset", &args, 1, 1)?;
    receiver(vm, &args, "issuperset", false)?;
    let other = other_as_set(vm, args.pos[1])?;
    with_set(vm, &args, "issuperset", false, |vm, me| Ok(Value::Bool(other.is_subset(me, &mut |a, b| vm.eq(a, b))?)))
}

fn set_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("set.isdisjoint", &args, 1, 1)?;
    receiver(vm, &args, "isdisjoint", false)?;
    let other = other_as_set(vm, args.pos[1])?;
    with_set(vm, &args, "isdisjoint", false, |vm, me| Ok(Value::Bool(me.is_disjoint(&other, &mut |a, b| vm.eq(a, b))?)))
}

fn set_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("set.__len__", &args, 0, 0)?;
    with_set(vm, &args, "__len__", false, |_, s| Ok(Value::Int(s.len() as i64)))
}

fn set_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("set.__contains__", &args, 1, 1)?;
    let key = args.pos[1];
    receiver(vm, &args, "__contains__", false)?;
    let h = key_hash(vm, key)?;
    with_set(vm, &args, "__contains__", false, |vm, s| {
        Ok(Value::Bool(s.contains_key(h, key, &mut |a, b| vm.eq(a, b))?))
    })
}

fn set_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("set.__iter__", &args, 0, 0)?;
    let b = vm.builtin_value(args.pos[0]);
    let r = b.as_obj().ok_or_else(|| PyErr::type_error("descriptor '__iter__' requires a 'set' object"))?;
    let len = match vm.heap.get(r) {
        Obj::Set(s) | Obj::FrozenSet(s) => s.len(),
        _ => {
            return Err(PyErr::type_error("descriptor '__iter__' requires a 'set' object"));
        }
    };
    Ok(vm.new_iter(IterState::Set { set: r, pos: 0, len }))
}

/// Binary operators: `NotImplemented` unless both operands are sets or frozensets.
fn binary(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Option<(Value, Value)>> {
    args::check_method(name, args, 1, 1)?;
    let (a, b) = (args.pos[0], args.pos[1]);
    if !is_anyset(vm, a) || !is_anyset(vm, b) {
        return Ok(None);
    }
    Ok(Some((a, b)))
}

fn set_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((a, b)) = binary(vm, &args, "set.__or__")? else {
        return Ok(vm.not_implemented());
    };
    let mut s = set_of(vm, a).unwrap_or_default().copy();
    if !a.is(b) {
        update(vm, &mut s, b)?;
    }
    Ok(new_like(vm, a, s))
}

fn set_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((a, b)) = binary(vm, &args, "set.__ror__")? else {
        return Ok(vm.not_implemented());
    };
    let mut s = set_of(vm, b).unwrap_or_default().copy();
    update(vm, &mut s, a)?;
    Ok(new_like(vm, b, s))
}

fn set_and(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((a, b)) = binary(vm, &args, "set.__and__")? else {
        return Ok(vm.not_implemented());
    };
    let s = intersection_multi(vm, a, &[b])?;
    Ok(new_like(vm, a, s))
}

fn set_rand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((a, b)) = binary(vm, &args, "set.__rand__")? else {
        return Ok(vm.not_implemented());
    };
    let s = intersection_multi(vm, b, &[a])?;
    Ok(new_like(vm, b, s))
}

fn set_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((a, b)) = binary(vm, &args, "set.__sub__")? else {
        return Ok(vm.not_implemented());
    };
    let s = difference_multi(vm, a, &[b])?;
    Ok(new_like(vm, a, s))
}

fn set_rsub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((a, b)) = binary(vm, &args, "set.__rsub__")? else {
        return Ok(vm.not_implemented());
    };
    let s = difference_multi(vm, b, &[a])?;
    Ok(new_like(vm, b, s))
}

fn set_xor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((a, b)) = binary(vm, &args, "set.__xor__")? else {
        return Ok(vm.not_implemented());
    };
    let s = if a.is(b) { Set::new() } else { symmetric_difference_of(vm, a, b)? };
    Ok(new_like(vm, a, s))
}

fn set_rxor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((a, b)) = binary(vm, &args, "set.__rxor__")? else {
        return Ok(vm.not_implemented());
    };
    let s = if a.is(b) { Set::new() } else { symmetric_difference_of(vm, b, a)? };
    Ok(new_like(vm, b, s))
}

fn set_ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((a, b)) = binary(vm, &args, "set.__ior__")? else {
        return Ok(vm.not_implemented());
    };
    let op = operand(vm, b)?;
    with_set(vm, &args, "__ior__", true, |vm, s| merge(vm, s, op))?;
    Ok(a)
}

fn set_iand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((a, b)) = binary(vm, &args, "set.__iand__")? else {
        return Ok(vm.not_implemented());
    };
    let s = intersection_multi(vm, a, &[b])?;
    store(vm, a, s);
    Ok(a)
}

fn set_isub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((a, b)) = binary(vm, &args, "set.__isub__")? else {
        return Ok(vm.not_implemented());
    };
    let op = if a.is(b) { None } else { Some(operand(vm, b)?) };
    with_set(vm, &args, "__isub__", true, |vm, s| match op {
        None => emptied(s),
        Some(op) => subtract(vm, s, op),
    })?;
    Ok(a)
}

fn set_ixor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((a, b)) = binary(vm, &args, "set.__ixor__")? else {
        return Ok(vm.not_implemented());
    };
    let op = if a.is(b) { None } else { Some(operand(vm, b)?) };
    with_set(vm, &args, "__ixor__", true, |vm, s| match op {
        None => emptied(s),
        Some(op) => symmetric_merge(vm, s, op),
    })?;
    Ok(a)
}

/// Rich comparisons: subset/superset order; `NotImplemented` for non-sets.
/// A set comparison that only runs the one containment test CPython's `set_richcompare`
/// runs (so user `__eq__` calls match): `a <= b` when `a_in_b`, else `b <= a`, after the
/// size check `sizes_ok`; `negate` for `!=`.
fn compare(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    a_in_b: bool,
    sizes_ok: fn(usize, usize) -> bool,
    negate: bool,
) -> PyResult<Value> {
    let Some((a, b)) = binary(vm, args, name)? else {
        return Ok(vm.not_implemented());
    };
    let sa = set_of(vm, a).unwrap_or_default();
    let sb = set_of(vm, b).unwrap_or_default();
    let holds = sizes_ok(sa.len(), sb.len()) && {
        let (small, big) = if a_in_b { (&sa, &sb) } else { (&sb, &sa) };
        small.is_subset(big, &mut |x, y| vm.eq(x, y))?
    };
    Ok(Value::Bool(holds != negate))
}

fn set_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "set.__eq__", true, |la, lb| la == lb, false)
}
fn set_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "set.__ne__", true, |la, lb| la == lb, true)
}
fn set_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "set.__le__", true, |_, _| true, false)
}
fn set_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "set.__lt__", true, |la, lb| la < lb, false)
}
fn set_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "set.__ge__", false, |_, _| true, false)
}
fn set_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, "set.__gt__", false, |la, lb| la > lb, false)
}

fn set_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("set.__repr__", &args, 0, 0)?;
    let me = args.pos[0];
    let s = this(vm, &args, "__repr__")?;
    let name = vm.type_name(me);
    let is_plain_set = !is_frozen(vm, me) && name == "set";
    if s.is_empty() {
        return Ok(vm.new_str(format!("{name}()")));
    }
    let mut parts = Vec::with_capacity(s.len());
    for k in s.iter() {
        parts.push(vm.repr(k)?);
    }
    let body = format!("{{{}}}", parts.join(", "));
    let text = if is_plain_set { body } else { format!("{name}({body})") };
    Ok(vm.new_str(text))
}

fn frozenset_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("frozenset.__hash__", &args, 0, 0)?;
    Ok(Value::Int(this(vm, &args, "__hash__")?.frozen_hash()))
}

fn set_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("set() takes no keyword arguments"));
    }
    if args.pos.len() > 2 {
        return Err(PyErr::type_error(format!("set expected at most 1 argument, got {}", args.pos.len() - 1)));
    }
    let me = args.pos[0];
    let mut s = Set::new();
    if let Some(&it) = args.pos.get(1) {
        let op = match table_operand(vm, it) {
            Some(op) => op,
            // Drained with `me` rooted first, so a generator argument collects as it runs.
            None => {
                let items = vm.collect_for_native(it, &[me])?;
                Operand::Items(hash_all(vm, items)?)
            }
        };
        merge(vm, &mut s, op)?;
    }
    store(vm, me, s);
    Ok(Value::None)
}

/// `set.__new__(cls, *args)`: an empty set (filled by `__init__`).
fn set_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = vm.new_target(vm.types.set, args.pos.first().copied())?;
    let s = vm.new_set();
    Ok(vm.new_builtin_instance(cls, s))
}

/// `frozenset.__new__(cls, iterable=())`.
fn frozenset_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("frozenset() takes no keyword arguments"));
    }
    if args.pos.len() > 2 {
        return Err(PyErr::type_error(format!("frozenset expected at most 1 argument, got {}", args.pos.len() - 1)));
    }
    let cls = vm.new_target(vm.types.frozenset, args.pos.first().copied())?;
    let exact = cls == vm.types.frozenset;
    if let Some(&it) = args.pos.get(1) {
        // frozenset(f) is f itself for an exact frozenset.
        if exact
            && let Some(r) = it.as_obj()
            && matches!(vm.heap.get(r), Obj::FrozenSet(_))
        {
            return Ok(it);
        }
    }
    let s = match args.pos.get(1) {
        Some(&it) => set_from_iterable(vm, it)?,
        None => Set::new(),
    };
    let f = vm.alloc(Obj::FrozenSet(Box::new(s)));
    Ok(vm.new_builtin_instance(cls, f))
}

pub fn register(vm: &mut Vm) {
    use NativeKind::*;
    let set = vm.types.set;
    let frozen = vm.types.frozenset;
    let shared: &[(&'static str, NativeFn)] = &[
        ("copy", set_copy),
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symmetric_difference),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
        ("__len__", set_len),
        ("__contains__", set_contains),
        ("__iter__", set_iter),
        ("__or__", set_or),
        ("__ror__", set_ror),
        ("__and__", set_and),
        ("__rand__", set_rand),
        ("__sub__", set_sub),
        ("__rsub__", set_rsub),
        ("__xor__", set_xor),
        ("__rxor__", set_rxor),
        ("__eq__", set_eq),
        ("__ne__", set_ne),
        ("__le__", set_le),
        ("__lt__", set_lt),
        ("__ge__", set_ge),
        ("__gt__", set_gt),
        ("__repr__", set_repr),
    ];
    for &(name, f) in shared {
        vm.add_method(set, name, f, Method);
        vm.add_method(frozen, name, f, Method);
    }
    let only_set: &[(&'static str, NativeFn)] = &[
        ("add", set_add),
        ("remove", set_remove),
        ("discard", set_discard),
        ("pop", set_pop),
        ("clear", set_clear),
        ("update", set_update),
        ("intersection_update", set_intersection_update),
        ("difference_update", set_difference_update),
        ("symmetric_difference_update", set_symmetric_difference_update),
        ("__ior__", set_ior),
        ("__iand__", set_iand),
        ("__isub__", set_isub),
        ("__ixor__", set_ixor),
        ("__init__", set_init),
    ];
    for &(name, f) in only_set {
        vm.add_method(set, name, f, Method);
    }
    vm.class_set_attr(set, "__hash__", Value::None);
    vm.add_method(frozen, "__hash__", frozenset_hash, Method);
    vm.add_method(set, "__new__", set_new, StaticMethod);
    vm.add_method(frozen, "__new__", frozenset_new, StaticMethod);
    let class_getitem = crate::builtins::list_methods::class_getitem;
    vm.add_method(set, "__class_getitem__", class_getitem, ClassMethod);
    vm.add_method(frozen, "__class_getitem__", class_getitem, ClassMethod);
}

//! `collections.deque`, native. An instance carries `Payload::Builtin(store)` where `store` is
//! a list object laid out as `[head, maxlen, state, <free slots>, items...]`: the items start
//! at index `head` (>= `HDR`), `maxlen` is `None` or an int, and `state` counts mutations so
//! iterators can detect them. `popleft` leaves a free slot before the head and the list is
//! compacted when half of it is free; `appendleft` grows free slots at the front in chunks, so
//! both ends are amortised O(1).

use crate::builtins::args;
use crate::builtins::functions::is_int;
use crate::builtins::list_methods::{repr_enter, repr_leave, same_or_eq};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::syntax::ast::CmpOp;
use crate::value::*;
use crate::vm::Vm;

use crate::modules::sys::new_native_class;

const HEAD: usize = 0;
const MAXLEN: usize = 1;
const STATE: usize = 2;
const HDR: usize = 3;

/// Creates the `deque` class.
pub fn make_class(vm: &mut Vm) -> ObjRef {
    use NativeKind::*;
    let object = vm.types.object;
    let cls = new_native_class(vm, "deque", "collections", object, BuiltinKind::Other);
    // A deque has no `__dict__` (CPython's has none either); subclasses get one as usual.
    if let Obj::Class(c) = vm.heap.get_mut(cls) {
        c.slots = Some(Vec::new());
    }
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", deque_init),
        ("append", deque_append),
        ("appendleft", deque_appendleft),
        ("pop", deque_pop),
        ("popleft", deque_popleft),
        ("extend", deque_extend),
        ("extendleft", deque_extendleft),
        ("clear", deque_clear),
        ("copy", deque_copy),
        ("__copy__", deque_copy),
        ("count", deque_count),
        ("index", deque_index),
        ("insert", deque_insert),
        ("remove", deque_remove),
        ("reverse", deque_reverse),
        ("rotate", deque_rotate),
        ("__len__", deque_len),
        ("__bool__", deque_bool),
        ("__getitem__", deque_getitem),
        ("__setitem__", deque_setitem),
        ("__delitem__", deque_delitem),
        ("__contains__", deque_contains),
        ("__iter__", deque_iter),
        ("__reversed__", deque_reversed),
        ("__repr__", deque_repr),
        ("__str__", deque_repr),
        ("__eq__", deque_eq),
        ("__ne__", deque_ne),
        ("__lt__", deque_lt),
        ("__le__", deque_le),
        ("__gt__", deque_gt),
        ("__ge__", deque_ge),
        ("__add__", deque_add),
        ("__iadd__", deque_iadd),
        ("__mul__", deque_mul),
        ("__rmul__", deque_mul),
        ("__imul__", deque_imul),
    ];
    for &(name, f) in methods {
        vm.add_method(cls, name, f, Method);
    }
    vm.add_method(cls, "__new__", deque_new, StaticMethod);
    vm.class_set_attr(cls, "__hash__", Value::None);
    let getter = vm.new_native_fn("maxlen", deque_maxlen);
    let prop = vm.alloc(Obj::Property(Box::new(Property::read_only(getter, Value::None))));
    vm.class_set_attr(cls, "maxlen", prop);
    cls
}

// ---- storage helpers ----

/// The store list of a deque instance.
fn store(vm: &Vm, v: Value) -> PyResult<ObjRef> {
    if let Some(r) = v.as_obj()
        && let Obj::Instance(i) = vm.heap.get(r)
        && matches!(vm.heap.get(i.class), Obj::Class(c) if c.builtin != BuiltinKind::List)
        && let Payload::Builtin(Value::Obj(s)) = i.payload
        && let Obj::List(items) = vm.heap.get(s)
        && items.len() >= HDR
        && matches!(items[HEAD], Value::Int(_))
    {
        return Ok(s);
    }
    Err(PyErr::type_error(format!(
        "descriptor requires a 'collections.deque' object but received a '{}'",
        vm.type_name(v)
    )))
}

fn is_deque(vm: &Vm, v: Value) -> bool {
    store(vm, v).is_ok()
}

fn vec_of(vm: &Vm, s: ObjRef) -> &Vec<Value> {
    match vm.heap.get(s) {
        Obj::List(v) => v,
        _ => unreachable!("deque store is a list"),
    }
}

fn vec_mut(vm: &mut Vm, s: ObjRef) -> &mut Vec<Value> {
    match vm.heap.get_mut(s) {
        Obj::List(v) => v,
        _ => unreachable!("deque store is a list"),
    }
}

fn int_at(v: &[Value], i: usize) -> usize {
    match v[i] {
        Value::Int(n) => n as usize,
        _ => 0,
    }
}

fn head(vm: &Vm, s: ObjRef) -> usize {
    int_at(vec_of(vm, s), HEAD)
}

fn state(vm: &Vm, s: ObjRef) -> usize {
    int_at(vec_of(vm, s), STATE)
}

fn maxlen(vm: &Vm, s: ObjRef) -> Option<usize> {
    match vec_of(vm, s)[MAXLEN] {
        Value::Int(n) => Some(n as usize),
        _ => None,
    }
}

fn len_of(vm: &Vm, s: ObjRef) -> usize {
    let v = vec_of(vm, s);
    v.len() - int_at(v, HEAD)
}

fn items(vm: &Vm, s: ObjRef) -> Vec<Value> {
    let v = vec_of(vm, s);
    v[int_at(v, HEAD)..].to_vec()
}

/// Item `i` (0-based from the left), if there is one.
fn item_at(vm: &Vm, s: ObjRef, i: usize) -> Option<Value> {
    let v = vec_of(vm, s);
    v.get(int_at(v, HEAD) + i).copied()
}

/// Runs `f` with `v` kept alive as a GC root (for values only Rust holds while Python runs).
fn rooted<T>(vm: &mut Vm, v: Value, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
    vm.temp_roots.push(v);
    let r = f(vm);
    vm.temp_roots.pop();
    r
}

fn bump(v: &mut [Value]) {
    v[STATE] = Value::Int(int_at(v, STATE) as i64 + 1);
}

fn push_back(vm: &mut Vm, s: ObjRef, x: Value) {
    let m = maxlen(vm, s);
    if let Some(m) = m
        && len_of(vm, s) >= m
    {
        if m == 0 {
            return;
        }
        pop_front(vm, s);
    }
    let v = vec_mut(vm, s);
    bump(v);
    v.push(x);
}

fn push_front(vm: &mut Vm, s: ObjRef, x: Value) {
    let m = maxlen(vm, s);
    if let Some(m) = m
        && len_of(vm, s) >= m
    {
        if m == 0 {
            return;
        }
        vec_mut(vm, s).pop();
    }
    let v = vec_mut(vm, s);
    bump(v);
    let mut h = int_at(v, HEAD);
    if h == HDR {
        let pad = (v.len() - HDR).max(8);
        v.splice(HDR..HDR, std::iter::repeat_n(Value::None, pad));
        h += pad;
    }
    h -= 1;
    v[h] = x;
    v[HEAD] = Value::Int(h as i64);
}

fn pop_front(vm: &mut Vm, s: ObjRef) -> Option<Value> {
    let v = vec_mut(vm, s);
    let h = int_at(v, HEAD);
    if h >= v.len() {
        return None;
    }
    bump(v);
    let x = std::mem::replace(&mut v[h], Value::None);
    let mut h = h + 1;
    let free = h - HDR;
    if free > 32 && free * 2 > v.len() {
        v.drain(HDR..h);
        h = HDR;
    }
    v[HEAD] = Value::Int(h as i64);
    Some(x)
}

fn new_store(vm: &mut Vm, max: Option<usize>) -> Value {
    let m = max.map_or(Value::None, |m| Value::Int(m as i64));
    vm.new_list(vec![Value::Int(HDR as i64), m, Value::Int(0)])
}

fn self_store(vm: &Vm, args: &Args) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(&v) => store(vm, v),
        None => Err(PyErr::type_error("descriptor needs an argument")),
    }
}

fn mutated() -> PyErr {
    PyErr::runtime_error("deque mutated during iteration")
}

// ---- construction ----

fn deque_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.pos.first().copied() else {
        return Err(PyErr::type_error("deque.__new__(X): X is not a type object"));
    };
    let st = new_store(vm, None);
    Ok(vm.alloc(Obj::Instance(Box::new(Instance::new(cls, Payload::Builtin(st))))))
}

/// A new empty deque of the same class as `like` (the base class for subclasses).
fn empty_like(vm: &mut Vm, like: Value, max: Option<usize>) -> PyResult<(Value, ObjRef)> {
    let cls = vm.type_of(like);
    let st = new_store(vm, max);
    let v = vm.alloc(Obj::Instance(Box::new(Instance::new(cls, Payload::Builtin(st)))));
    let s = store(vm, v)?;
    Ok((v, s))
}

fn deque_init(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let this = args.pos.first().copied().ok_or_else(|| PyErr::type_error("deque.__init__ needs an argument"))?;
    let s = store(vm, this)?;
    args::check_kw("deque", &args, &["iterable", "maxlen"])?;
    if args.pos.len() > 3 {
        return Err(PyErr::type_error(format!(
            "deque() takes at most 2 arguments ({} given)",
            args.pos.len() - 1 + args.kw.len()
        )));
    }
    let iterable = args::arg_or_kw(&mut args, 1, "iterable");
    let max = args::arg_or_kw(&mut args, 2, "maxlen");
    let max = match max {
        None | Some(Value::None) => None,
        Some(m) => {
            if !is_int(vm, m) && vm.lookup_mro(vm.type_of(m), "__index__").is_none() {
                return Err(PyErr::type_error("an integer is required"));
            }
            let n = vm.index_i64(m)?;
            if n < 0 {
                return Err(PyErr::value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    {
        let v = vec_mut(vm, s);
        bump(v);
        v.truncate(HDR);
        v[HEAD] = Value::Int(HDR as i64);
        v[MAXLEN] = max.map_or(Value::None, |m| Value::Int(m as i64));
    }
    if let Some(it) = iterable {
        extend_from(vm, this, s, it)?;
    }
    Ok(Value::None)
}

fn extend_from(vm: &mut Vm, this: Value, s: ObjRef, iterable: Value) -> PyResult<()> {
    let xs = if iterable.is(this) { items(vm, s) } else { vm.collect_for_native(iterable, &[this])? };
    if maxlen(vm, s).is_none() {
        let v = vec_mut(vm, s);
        bump(v);
        v.extend(xs);
        return Ok(());
    }
    for x in xs {
        push_back(vm, s, x);
    }
    Ok(())
}

fn deque_maxlen(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_store(vm, &args)?;
    Ok(vec_of(vm, s)[MAXLEN])
}

// ---- methods ----

fn deque_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("deque.append", &args, 1, 1)?;
    let s = self_store(vm, &args)?;
    push_back(vm, s, args.pos[1]);
    Ok(Value::None)
}

fn deque_appendleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("deque.appendleft", &args, 1, 1)?;
    let s = self_store(vm, &args)?;
    push_front(vm, s, args.pos[1]);
    Ok(Value::None)
}

fn deque_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("deque.pop", &args, 0, 0)?;
    let s = self_store(vm, &args)?;
    if len_of(vm, s) == 0 {
        return Err(PyErr::index_error("pop from an empty deque"));
    }
    let v = vec_mut(vm, s);
    bump(v);
    Ok(v.pop().unwrap_or(Value::None))
}

fn deque_popleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("deque.popleft", &args, 0, 0)?;
    let s = self_store(vm, &args)?;
    pop_front(vm, s).ok_or_else(|| PyErr::index_error("pop from an empty deque"))
}

fn deque_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("deque.extend", &args, 1, 1)?;
    let s = self_store(vm, &args)?;
    extend_from(vm, args.pos[0], s, args.pos[1])?;
    Ok(Value::None)
}

fn deque_extendleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("deque.extendleft", &args, 1, 1)?;
    let s = self_store(vm, &args)?;
    let xs = if args.pos[1].is(args.pos[0]) { items(vm, s) } else { vm.collect(args.pos[1])? };
    for x in xs {
        push_front(vm, s, x);
    }
    Ok(Value::None)
}

fn deque_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("deque.clear", &args, 0, 0)?;
    let s = self_store(vm, &args)?;
    let v = vec_mut(vm, s);
    bump(v);
    v.truncate(HDR);
    v[HEAD] = Value::Int(HDR as i64);
    Ok(Value::None)
}

/// A copy: the same class, items and maxlen (subclasses are called like CPython does).
fn copy_of(vm: &mut Vm, this: Value) -> PyResult<(Value, ObjRef)> {
    let s = store(vm, this)?;
    let max = maxlen(vm, s);
    let cls = vm.type_of(this);
    if vm.lookup_mro(cls, "__init__").is_some_and(|f| vm.is_native(f)) {
        let (new, ns) = empty_like(vm, this, max)?;
        let xs = items(vm, s);
        vec_mut(vm, ns).extend(xs);
        return Ok((new, ns));
    }
    let mut a = vec![this];
    if let Some(m) = max {
        a.push(Value::Int(m as i64));
    }
    let new = vm.call_pos(Value::Obj(cls), a)?;
    let ns = store(vm, new)?;
    Ok((new, ns))
}

fn deque_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("deque.copy", &args, 0, 0)?;
    Ok(copy_of(vm, args.pos[0])?.0)
}

fn deque_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("deque.count", &args, 1, 1)?;
    let s = self_store(vm, &args)?;
    let st = state(vm, s);
    let mut n = 0;
    let mut i = 0;
    while let Some(x) = item_at(vm, s, i) {
        if same_or_eq(vm, x, args.pos[1])? {
            n += 1;
        }
        if state(vm, s) != st {
            return Err(mutated());
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn not_in_deque(vm: &mut Vm, x: Value) -> PyErr {
    match vm.repr(x) {
        Ok(r) => PyErr::value_error(format!("{r} is not in deque")),
        Err(e) => e,
    }
}

fn index_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if is_int(vm, v) || vm.lookup_mro(vm.type_of(v), "__index__").is_some() {
        return vm.index_i64(v);
    }
    Err(PyErr::type_error("slice indices must be integers or have an __index__ method"))
}

fn deque_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("index", &args, 1, 3)?;
    let s = self_store(vm, &args)?;
    let n = len_of(vm, s) as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match args.pos.get(2) {
        Some(&v) => norm(index_arg(vm, v)?),
        None => 0,
    };
    let stop = match args.pos.get(3) {
        Some(&v) => norm(index_arg(vm, v)?),
        None => n,
    };
    let st = state(vm, s);
    let x = args.pos[1];
    let mut i = start;
    while i < stop {
        let h = head(vm, s);
        let Some(&item) = vec_of(vm, s).get(h + i as usize) else { break };
        if same_or_eq(vm, item, x)? {
            return Ok(Value::Int(i));
        }
        if state(vm, s) != st {
            return Err(mutated());
        }
        i += 1;
    }
    Err(not_in_deque(vm, x))
}

fn deque_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("insert", &args, 2, 2)?;
    let s = self_store(vm, &args)?;
    let i = vm.index_i64(args.pos[1])?;
    let n = len_of(vm, s) as i64;
    if maxlen(vm, s).is_some_and(|m| n as usize >= m) {
        return Err(PyErr::index_error("deque already at its maximum size"));
    }
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let h = head(vm, s);
    let v = vec_mut(vm, s);
    bump(v);
    v.insert(h + i, args.pos[2]);
    Ok(Value::None)
}

fn deque_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("deque.remove", &args, 1, 1)?;
    let s = self_store(vm, &args)?;
    let x = args.pos[1];
    let st = state(vm, s);
    let mut i = 0;
    while let Some(item) = item_at(vm, s, i) {
        i += 1;
        let found = same_or_eq(vm, item, x)?;
        if state(vm, s) != st {
            return Err(PyErr::index_error("deque mutated during remove()."));
        }
        if found {
            let h = head(vm, s);
            let v = vec_mut(vm, s);
            bump(v);
            v.remove(h + i - 1);
            return Ok(Value::None);
        }
    }
    Err(not_in_deque(vm, x))
}

fn deque_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("deque.reverse", &args, 0, 0)?;
    let s = self_store(vm, &args)?;
    let h = head(vm, s);
    let v = vec_mut(vm, s);
    bump(v);
    v[h..].reverse();
    Ok(Value::None)
}

fn deque_rotate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("rotate", &args, 0, 1)?;
    let s = self_store(vm, &args)?;
    let k = match args.pos.get(1) {
        Some(&v) => vm.index_i64(v)?,
        None => 1,
    };
    let n = len_of(vm, s);
    if n <= 1 {
        return Ok(Value::None);
    }
    // Moving items between the ends costs O(min(k, n - k)) amortised, as in CPython; a
    // rotation of the whole store made `rotate(1)` in a loop quadratic.
    let k = k.rem_euclid(n as i64) as usize;
    if k <= n / 2 {
        for _ in 0..k {
            let x = vec_mut(vm, s).pop().unwrap_or(Value::None);
            push_front(vm, s, x);
        }
    } else {
        for _ in 0..n - k {
            let x = pop_front(vm, s).unwrap_or(Value::None);
            vec_mut(vm, s).push(x);
        }
    }
    Ok(Value::None)
}

// ---- protocols ----

fn deque_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_store(vm, &args)?;
    Ok(Value::Int(len_of(vm, s) as i64))
}

fn deque_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_store(vm, &args)?;
    Ok(Value::Bool(len_of(vm, s) > 0))
}

/// The absolute store index of item `key`, with CPython's errors.
fn item_index(vm: &mut Vm, s: ObjRef, key: Value) -> PyResult<usize> {
    if !is_int(vm, key) && vm.lookup_mro(vm.type_of(key), "__index__").is_none() {
        return Err(PyErr::type_error(format!("sequence index must be integer, not '{}'", vm.type_name(key))));
    }
    let i = vm.index_i64(key).map_err(|e| {
        if vm.err_matches(&e, ExcKind::OverflowError) { PyErr::index_error("deque index out of range") } else { e }
    })?;
    let n = len_of(vm, s) as i64;
    let i = if i < 0 { i + n } else { i };
    if i < 0 || i >= n {
        return Err(PyErr::index_error("deque index out of range"));
    }
    Ok(head(vm, s) + i as usize)
}

fn deque_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("__getitem__", &args, 1, 1)?;
    let s = self_store(vm, &args)?;
    let i = item_index(vm, s, args.pos[1])?;
    Ok(vec_of(vm, s)[i])
}

fn deque_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("__setitem__", &args, 2, 2)?;
    let s = self_store(vm, &args)?;
    let i = item_index(vm, s, args.pos[1])?;
    vec_mut(vm, s)[i] = args.pos[2];
    Ok(Value::None)
}

fn deque_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("__delitem__", &args, 1, 1)?;
    let s = self_store(vm, &args)?;
    let i = item_index(vm, s, args.pos[1])?;
    let v = vec_mut(vm, s);
    bump(v);
    v.remove(i);
    Ok(Value::None)
}

fn deque_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("__contains__", &args, 1, 1)?;
    let s = self_store(vm, &args)?;
    let st = state(vm, s);
    let mut i = 0;
    while let Some(x) = item_at(vm, s, i) {
        if same_or_eq(vm, x, args.pos[1])? {
            return Ok(Value::Bool(true));
        }
        if state(vm, s) != st {
            return Err(mutated());
        }
        i += 1;
    }
    Ok(Value::Bool(false))
}

#[derive(Debug)]
struct DequeIter {
    deque: Value,
    store: ObjRef,
    /// Items already produced.
    done: usize,
    state: usize,
    reverse: bool,
}

impl NativeIter for DequeIter {
    fn type_name(&self) -> &'static str {
        if self.reverse { "_deque_reverse_iterator" } else { "_deque_iterator" }
    }

    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let v = vec_of(vm, self.store);
        if int_at(v, STATE) != self.state {
            return Err(mutated());
        }
        let h = int_at(v, HEAD);
        let n = v.len() - h;
        if self.done >= n {
            return Ok(None);
        }
        let i = if self.reverse { v.len() - 1 - self.done } else { h + self.done };
        self.done += 1;
        Ok(Some(v[i]))
    }

    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.deque);
        out.push(Value::Obj(self.store));
    }

    fn length_hint(&self, vm: &Vm) -> Option<i64> {
        let v = vec_of(vm, self.store);
        let n = v.len() - int_at(v, HEAD);
        Some(n.saturating_sub(self.done) as i64)
    }
}

fn new_iter(vm: &mut Vm, args: &Args, reverse: bool) -> PyResult<Value> {
    let s = self_store(vm, args)?;
    let st = state(vm, s);
    Ok(vm.new_native_iter(Box::new(DequeIter { deque: args.pos[0], store: s, done: 0, state: st, reverse })))
}

fn deque_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    new_iter(vm, &args, false)
}

fn deque_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    new_iter(vm, &args, true)
}

fn deque_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos[0];
    let s = self_store(vm, &args)?;
    let r = this.as_obj().expect("deque is an object");
    if !repr_enter(r) {
        return Ok(vm.new_str("[...]"));
    }
    let snapshot = items(vm, s);
    let list = vm.new_list(snapshot.clone());
    let res = rooted(vm, list, |vm| {
        let mut parts = Vec::new();
        for x in snapshot {
            parts.push(vm.repr(x)?);
        }
        Ok(parts.join(", "))
    });
    repr_leave(r);
    let body = res?;
    let cls = vm.type_of(this);
    let name = vm.class_name(cls).to_string();
    let out = match maxlen(vm, s) {
        None => format!("{name}([{body}])"),
        Some(m) => format!("{name}([{body}], maxlen={m})"),
    };
    Ok(vm.new_str(out))
}

fn compare(vm: &mut Vm, args: &Args, op: CmpOp) -> PyResult<Value> {
    args::check_method("__eq__", args, 1, 1)?;
    let s = self_store(vm, args)?;
    let Ok(o) = store(vm, args.pos[1]) else {
        return Ok(vm.not_implemented());
    };
    let a = items(vm, s);
    let b = items(vm, o);
    let la = vm.new_list(a);
    let lb = vm.new_list(b);
    let pair = vm.new_tuple(vec![la, lb]);
    rooted(vm, pair, |vm| vm.compare(la, lb, op))
}

fn deque_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::Eq)
}

fn deque_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::NotEq)
}

fn deque_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::Lt)
}

fn deque_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::LtE)
}

fn deque_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::Gt)
}

fn deque_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::GtE)
}

fn deque_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("__add__", &args, 1, 1)?;
    let other = args.pos[1];
    if !is_deque(vm, other) {
        return Err(PyErr::type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            vm.type_name(other)
        )));
    }
    let (new, ns) = copy_of(vm, args.pos[0])?;
    rooted(vm, new, |vm| extend_from(vm, new, ns, other))?;
    Ok(new)
}

fn deque_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("__iadd__", &args, 1, 1)?;
    let s = self_store(vm, &args)?;
    extend_from(vm, args.pos[0], s, args.pos[1])?;
    Ok(args.pos[0])
}

fn repeat_in_place(vm: &mut Vm, s: ObjRef, times: Value) -> PyResult<()> {
    if !is_int(vm, times) && vm.lookup_mro(vm.type_of(times), "__index__").is_none() {
        return Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", vm.type_name(times))));
    }
    let k = vm.index_i64(times)?;
    let xs = items(vm, s);
    if k <= 0 || xs.is_empty() {
        let v = vec_mut(vm, s);
        bump(v);
        v.truncate(HDR);
        v[HEAD] = Value::Int(HDR as i64);
        return Ok(());
    }
    let total = (xs.len() as u128) * (k as u128);
    let cap = maxlen(vm, s).map_or(u128::MAX, |m| m as u128);
    if total > cap {
        // Only the last `maxlen` items survive.
        let m = cap as usize;
        let mut out = Vec::with_capacity(m);
        let n = xs.len();
        let start = (total - cap) as usize % n;
        for j in 0..m {
            out.push(xs[(start + j) % n]);
        }
        let v = vec_mut(vm, s);
        bump(v);
        v.truncate(HDR);
        v[HEAD] = Value::Int(HDR as i64);
        v.extend(out);
        return Ok(());
    }
    if total > (1 << 32) {
        return Err(PyErr::new(ExcKind::MemoryError, ""));
    }
    let v = vec_mut(vm, s);
    bump(v);
    for _ in 1..k {
        v.extend_from_slice(&xs);
    }
    Ok(())
}

fn deque_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("__mul__", &args, 1, 1)?;
    let (new, ns) = copy_of(vm, args.pos[0])?;
    rooted(vm, new, |vm| repeat_in_place(vm, ns, args.pos[1]))?;
    Ok(new)
}

fn deque_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("__imul__", &args, 1, 1)?;
    let s = self_store(vm, &args)?;
    repeat_in_place(vm, s, args.pos[1])?;
    Ok(args.pos[0])
}

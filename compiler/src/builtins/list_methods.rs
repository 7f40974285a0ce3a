//! Methods of `list`, plus sequence helpers shared with `tuple` (indices, slices,
//! lexicographic comparison, recursion-safe repr).

use std::cell::RefCell;

use crate::builtins::args;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::syntax::ast::CmpOp;
use crate::value::*;
use crate::vm::Vm;

// ---------------------------------------------------------------- shared helpers

thread_local! {
    /// Containers whose repr is in progress (for `[...]`/`{...}` on recursion).
    static REPR_STACK: RefCell<Vec<ObjRef>> = const { RefCell::new(Vec::new()) };
}

/// Marks `r` as being repr'd; false if it already is (recursive repr).
pub fn repr_enter(r: ObjRef) -> bool {
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if s.contains(&r) {
            return false;
        }
        s.push(r);
        true
    })
}

pub fn repr_leave(r: ObjRef) {
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(i) = s.iter().rposition(|&x| x == r) {
            s.remove(i);
        }
    })
}

/// `a == b` with the identity shortcut of `PyObject_RichCompareBool` (for heap objects).
pub fn same_or_eq(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if let (Value::Obj(x), Value::Obj(y)) = (a, b)
        && x == y
    {
        return Ok(true);
    }
    vm.eq(a, b)
}

/// Whether `v`'s class was defined in Python (not a built-in type).
pub fn is_user_type(vm: &Vm, v: Value) -> bool {
    let t = vm.type_of(v);
    matches!(vm.heap.get(t), Obj::Class(c) if !c.module.is_none())
}

/// What a subscript is: an integer index or a slice.
pub enum Index {
    Int(i64),
    Slice(Value),
}

/// Classifies a subscript for sequence type `what` ("list", "tuple").
pub fn subscript(vm: &mut Vm, key: Value, what: &str) -> PyResult<Index> {
    match key {
        Value::Int(i) => Ok(Index::Int(i)),
        Value::Bool(b) => Ok(Index::Int(b as i64)),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Slice(_) => Ok(Index::Slice(key)),
            Obj::BigInt(_) => Err(PyErr::new(ExcKind::IndexError, "cannot fit 'int' into an index-sized integer")),
            _ => match vm.call_dunder_opt(key, "__index__", &[])? {
                Some(Value::Int(i)) => Ok(Index::Int(i)),
                Some(Value::Bool(b)) => Ok(Index::Int(b as i64)),
                _ => Err(PyErr::type_error(format!(
                    "{what} indices must be integers or slices, not {}",
                    vm.type_name(key)
                ))),
            },
        },
        _ => Err(PyErr::type_error(format!("{what} indices must be integers or slices, not {}", vm.type_name(key)))),
    }
}

/// An index into a sequence of `len`, negative counting from the end; `None` out of range.
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    if i < 0 || i >= len as i64 { None } else { Some(i as usize) }
}

/// A slice bound (`_PyEval_SliceIndex`): ints, big ints clamped, `__index__` objects.
pub fn slice_bound(vm: &mut Vm, v: Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(i)),
        Value::Bool(b) => Ok(Some(b as i64)),
        Value::Obj(r) => {
            if let Obj::BigInt(b) = vm.heap.get(r) {
                return Ok(Some(if b.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX }));
            }
            match vm.call_dunder_opt(v, "__index__", &[])? {
                Some(Value::Int(i)) => Ok(Some(i)),
                Some(Value::Bool(b)) => Ok(Some(b as i64)),
                _ => Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method")),
            }
        }
        _ => Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

/// `slice.indices(len)`: `(start, stop, step, slicelength)` with CPython's clamping.
pub fn slice_indices(vm: &mut Vm, slice: Value, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let [start, stop, step] = match slice.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Slice(s)) => **s,
        _ => return Err(PyErr::type_error("expected a slice")),
    };
    let step = match slice_bound(vm, step)? {
        None => 1,
        Some(0) => return Err(PyErr::value_error("slice step cannot be zero")),
        Some(s) => s.max(-i64::MAX),
    };
    let len = len as i64;
    let adjust = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(mut x) => {
                if x < 0 {
                    x = x.saturating_add(len);
                    if x < 0 {
                        x = if step < 0 { -1 } else { 0 };
                    }
                } else if x >= len {
                    x = if step < 0 { len - 1 } else { len };
                }
                x
            }
        }
    };
    let start_v = slice_bound(vm, start)?;
    let stop_v = slice_bound(vm, stop)?;
    let start = adjust(start_v, if step < 0 { len - 1 } else { 0 });
    let stop = adjust(stop_v, if step < 0 { -1 } else { len });
    let n = if step < 0 {
        if stop < start { (start - stop - 1) / (-step) + 1 } else { 0 }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, stop, step, n as usize))
}

/// The items selected by a slice.
pub fn slice_items(items: &[Value], start: i64, step: i64, n: usize) -> Vec<Value> {
    (0..n).map(|k| items[(start + k as i64 * step) as usize]).collect()
}

/// Argument count check with the wording of CPython's argument-clinic methods that take
/// only positional arguments: "pop expected at most 1 argument, got 2".
pub fn expect_args(name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    let given = args.pos.len().saturating_sub(1);
    if given < min {
        let s = if min == 1 { "" } else { "s" };
        return Err(PyErr::type_error(format!("{name} expected at least {min} argument{s}, got {given}")));
    }
    if given > max {
        let s = if max == 1 { "" } else { "s" };
        return Err(PyErr::type_error(format!("{name} expected at most {max} argument{s}, got {given}")));
    }
    Ok(())
}

/// Lexicographic rich comparison of two sequences (list or tuple semantics).
pub fn seq_compare(vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
    if matches!(op, CmpOp::Eq | CmpOp::NotEq) {
        let la = vm.heap.seq_items(vm.builtin_value(a)).map_or(0, |s| s.len());
        let lb = vm.heap.seq_items(vm.builtin_value(b)).map_or(0, |s| s.len());
        if la != lb {
            return Ok(Value::Bool(op == CmpOp::NotEq));
        }
    }
    let mut i = 0;
    loop {
        let (x, y, la, lb) = {
            let sa = vm.heap.seq_items(vm.builtin_value(a)).unwrap_or(&[]);
            let sb = vm.heap.seq_items(vm.builtin_value(b)).unwrap_or(&[]);
            (sa.get(i).copied(), sb.get(i).copied(), sa.len(), sb.len())
        };
        match (x, y) {
            (Some(x), Some(y)) => {
                if !same_or_eq(vm, x, y)? {
                    return match op {
                        CmpOp::Eq => Ok(Value::Bool(false)),
                        CmpOp::NotEq => Ok(Value::Bool(true)),
                        _ => vm.compare(x, y, op),
                    };
                }
                i += 1;
            }
            _ => {
                let r = match op {
                    CmpOp::Eq => la == lb,
                    CmpOp::NotEq => la != lb,
                    CmpOp::Lt => la < lb,
                    CmpOp::LtE => la <= lb,
                    CmpOp::Gt => la > lb,
                    CmpOp::GtE => la >= lb,
                    _ => false,
                };
                return Ok(Value::Bool(r));
            }
        }
    }
}

/// `[a, b, ...]`-style repr of a sequence's items with `open`/`close` delimiters.
pub fn seq_repr(vm: &mut Vm, obj: Value, open: &str, close: &str, one_comma: bool) -> PyResult<String> {
    let b = vm.builtin_value(obj);
    let Some(r) = b.as_obj() else {
        return Ok(String::new());
    };
    if !repr_enter(r) {
        return Ok(format!("{open}...{close}"));
    }
    let mut parts = Vec::new();
    let mut i = 0;
    let res = loop {
        let item = vm.heap.seq_items(b).and_then(|s| s.get(i).copied());
        let Some(item) = item else { break Ok(()) };
        match vm.repr(item) {
            Ok(s) => parts.push(s),
            Err(e) => break Err(e),
        }
        i += 1;
    };
    repr_leave(r);
    res?;
    let comma = if one_comma && parts.len() == 1 { "," } else { "" };
    Ok(format!("{open}{}{comma}{close}", parts.join(", ")))
}

/// The repeat count of `seq * n`: `None` when `n` is not an integer.
pub fn repeat_count(vm: &mut Vm, n: Value) -> PyResult<Option<i64>> {
    Ok(match n {
        Value::Int(i) => Some(i),
        Value::Bool(b) => Some(b as i64),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::BigInt(b) => {
                if b.sign() == num_bigint::Sign::Minus {
                    Some(0)
                } else {
                    return Err(PyErr::overflow_error("cannot fit 'int' into an index-sized integer"));
                }
            }
            _ => match vm.call_dunder_opt(n, "__index__", &[])? {
                Some(Value::Int(i)) => Some(i),
                Some(Value::Bool(b)) => Some(b as i64),
                _ => None,
            },
        },
        _ => None,
    })
}

/// Repeats `items` `n` times (empty for n <= 0), with a `MemoryError` for absurd sizes.
pub fn repeat(items: &[Value], n: i64) -> PyResult<Vec<Value>> {
    if n <= 0 || items.is_empty() {
        return Ok(Vec::new());
    }
    let total = (items.len() as u128) * (n as u128);
    if total > (1u128 << 40) {
        return Err(PyErr::new(ExcKind::MemoryError, ""));
    }
    let mut out = Vec::with_capacity(total as usize);
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    Ok(out)
}

// ---------------------------------------------------------------- list

fn list_obj(vm: &Vm, v: Value, name: &str) -> PyResult<Value> {
    let b = vm.builtin_value(v);
    match b.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::List(_)) => Ok(b),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{name}' for 'list' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))),
    }
}

fn items(vm: &Vm, l: Value) -> Vec<Value> {
    vm.heap.list(l).cloned().unwrap_or_default()
}

fn len_of(vm: &Vm, l: Value) -> usize {
    vm.heap.list(l).map_or(0, |v| v.len())
}

fn get_at(vm: &Vm, l: Value, i: usize) -> Option<Value> {
    vm.heap.list(l).and_then(|v| v.get(i).copied())
}

fn with_list<R>(vm: &mut Vm, l: Value, f: impl FnOnce(&mut Vec<Value>) -> R) -> R {
    let mut empty = Vec::new();
    match vm.heap.list_mut(l) {
        Some(v) => f(v),
        None => f(&mut empty),
    }
}

fn is_list(vm: &Vm, v: Value) -> bool {
    let b = vm.builtin_value(v);
    matches!(b.as_obj().map(|r| vm.heap.get(r)), Some(Obj::List(_)))
}

pub(crate) fn list_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("list.append", &args, 1, 1)?;
    let l = list_obj(vm, args.pos[0], "append")?;
    with_list(vm, l, |v| v.push(args.pos[1]));
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("list.extend", &args, 1, 1)?;
    let l = list_obj(vm, args.pos[0], "extend")?;
    extend_from(vm, l, args.pos[1], args.pos[0])?;
    Ok(Value::None)
}

/// `list.extend(iterable)` and `+=` into the list object `l` (owned by `owner`, the value
/// to keep alive): a list, tuple or range is copied first (so `l.extend(l)` doubles), any
/// other iterable is appended item by item as CPython does, so what it reads of the list
/// and what an error leaves behind match.
pub(crate) fn extend_from(vm: &mut Vm, l: Value, iterable: Value, owner: Value) -> PyResult<()> {
    if vm.is_plain_sequence(iterable) {
        let new = vm.collect(iterable)?;
        with_list(vm, l, |v| v.extend(new));
        return Ok(());
    }
    let it = vm.iter(iterable)?;
    while let Some(x) = vm.next_for_native(it, &[owner, l])? {
        with_list(vm, l, |v| v.push(x));
    }
    Ok(())
}

fn list_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("list.insert() takes no keyword arguments"));
    }
    if args.pos.len() != 3 {
        return Err(PyErr::type_error(format!(
            "insert expected 2 arguments, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    let l = list_obj(vm, args.pos[0], "insert")?;
    let i = vm.index_i64(args.pos[1])?;
    let len = len_of(vm, l) as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    with_list(vm, l, |v| v.insert(at, args.pos[2]));
    Ok(Value::None)
}

fn find(vm: &mut Vm, l: Value, x: Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop.min(len_of(vm, l)) {
        let item = get_at(vm, l, i).unwrap_or(Value::None);
        if same_or_eq(vm, item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn list_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("list.remove", &args, 1, 1)?;
    let l = list_obj(vm, args.pos[0], "remove")?;
    match find(vm, l, args.pos[1], 0, usize::MAX)? {
        Some(i) => {
            with_list(vm, l, |v| {
                if i < v.len() {
                    v.remove(i);
                }
            });
            Ok(Value::None)
        }
        None => Err(PyErr::value_error("list.remove(x): x not in list")),
    }
}

pub(crate) fn list_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // A call without a receiver is refused before any unbound method runs (vm/call.rs).
    expect_args("pop", &args, 0, 1)?;
    let l = list_obj(vm, args.pos[0], "pop")?;
    let i = match args.pos.get(1) {
        // An index past the machine size is an OverflowError here, not an IndexError.
        Some(&v) if matches!(v.as_obj().map(|r| vm.heap.get(r)), Some(Obj::BigInt(_))) => {
            return Err(PyErr::overflow_error("Python int too large to convert to C ssize_t"));
        }
        Some(&v) => vm.index_i64(v)?,
        None => -1,
    };
    let len = len_of(vm, l);
    if len == 0 {
        return Err(PyErr::index_error("pop from empty list"));
    }
    let Some(i) = norm_index(i, len) else {
        return Err(PyErr::index_error("pop index out of range"));
    };
    Ok(with_list(vm, l, |v| v.remove(i)))
}

fn list_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("list.clear", &args, 0, 0)?;
    let l = list_obj(vm, args.pos[0], "clear")?;
    with_list(vm, l, |v| v.clear());
    Ok(Value::None)
}

/// `start`/`stop` arguments of `index` (clamped like slice bounds).
pub fn index_range(vm: &mut Vm, args: &Args, len: usize) -> PyResult<(usize, usize)> {
    let norm = |i: i64| -> usize { if i < 0 { (i + len as i64).max(0) as usize } else { (i as usize).min(len) } };
    let start = match args.pos.get(2) {
        Some(&v) => norm(slice_bound(vm, v)?.unwrap_or(0)),
        None => 0,
    };
    let stop = match args.pos.get(3) {
        Some(&v) => norm(slice_bound(vm, v)?.unwrap_or(len as i64)),
        None => len,
    };
    Ok((start, stop))
}

fn list_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    expect_args("index", &args, 1, 3)?;
    let l = list_obj(vm, args.pos[0], "index")?;
    let len = len_of(vm, l);
    let (start, stop) = index_range(vm, &args, len)?;
    match find(vm, l, args.pos[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr(args.pos[1])?;
            Err(PyErr::value_error(format!("{r} is not in list")))
        }
    }
}

fn list_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("list.count", &args, 1, 1)?;
    let l = list_obj(vm, args.pos[0], "count")?;
    let mut n = 0;
    let mut i = 0;
    while let Some(item) = get_at(vm, l, i) {
        if same_or_eq(vm, item, args.pos[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn list_sort(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    args::check_kw("sort", &args, &["key", "reverse"])?;
    let l = list_obj(vm, args.pos[0], "sort")?;
    let key = args.take_kw("key").unwrap_or(Value::None);
    let reverse = match args.take_kw("reverse") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let key = if key.is_none() { None } else { Some(key) };
    let saved = with_list(vm, l, std::mem::take);
    let mut sorted = saved.clone();
    let result = crate::builtins::functions::iterators::sort_values(vm, &mut sorted, key, reverse).map(|()| sorted);
    let modified = len_of(vm, l) != 0;
    match result {
        Ok(sorted) => {
            with_list(vm, l, |v| *v = sorted);
            if modified {
                return Err(PyErr::value_error("list modified during sort"));
            }
            Ok(Value::None)
        }
        Err(e) => {
            with_list(vm, l, |v| *v = saved);
            Err(e)
        }
    }
}

fn list_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("list.reverse", &args, 0, 0)?;
    let l = list_obj(vm, args.pos[0], "reverse")?;
    with_list(vm, l, |v| v.reverse());
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("list.copy", &args, 0, 0)?;
    let l = list_obj(vm, args.pos[0], "copy")?;
    let v = items(vm, l);
    Ok(vm.new_list(v))
}

fn list_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("list.__len__", &args, 0, 0)?;
    let l = list_obj(vm, args.pos[0], "__len__")?;
    Ok(Value::Int(len_of(vm, l) as i64))
}

fn list_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("list.__getitem__", &args, 1, 1)?;
    let l = list_obj(vm, args.pos[0], "__getitem__")?;
    match subscript(vm, args.pos[1], "list")? {
        Index::Int(i) => {
            let len = len_of(vm, l);
            let i = norm_index(i, len).ok_or_else(|| PyErr::index_error("list index out of range"))?;
            Ok(get_at(vm, l, i).unwrap_or(Value::None))
        }
        Index::Slice(s) => {
            let (start, _, step, n) = slice_indices(vm, s, len_of(vm, l))?;
            let v = slice_items(vm.heap.list(l).map_or(&[][..], |v| v), start, step, n);
            Ok(vm.new_list(v))
        }
    }
}

fn list_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("list.__setitem__", &args, 2, 2)?;
    let l = list_obj(vm, args.pos[0], "__setitem__")?;
    let value = args.pos[2];
    match subscript(vm, args.pos[1], "list")? {
        Index::Int(i) => {
            let len = len_of(vm, l);
            let i = norm_index(i, len).ok_or_else(|| PyErr::index_error("list assignment index out of range"))?;
            with_list(vm, l, |v| {
                if let Some(slot) = v.get_mut(i) {
                    *slot = value;
                }
            });
            Ok(Value::None)
        }
        Index::Slice(s) => {
            let new = if value.as_obj() == l.as_obj() {
                items(vm, l)
            } else {
                vm.collect(value).map_err(|e| match e {
                    e if e
                        .message()
                        .is_some_and(|(k, m)| k == ExcKind::TypeError && m.ends_with("is not iterable")) =>
                    {
                        PyErr::type_error("must assign iterable to extended slice")
                    }
                    e => e,
                })?
            };
            let (start, stop, step, n) = slice_indices(vm, s, len_of(vm, l))?;
            if step == 1 {
                let stop = stop.max(start) as usize;
                let start = start as usize;
                with_list(vm, l, |v| {
                    let start = start.min(v.len());
                    let stop = stop.clamp(start, v.len());
                    v.splice(start..stop, new);
                });
                return Ok(Value::None);
            }
            if new.len() != n {
                return Err(PyErr::value_error(format!(
                    "attempt to assign sequence of size {} to extended slice of size {n}",
                    new.len()
                )));
            }
            with_list(vm, l, |v| {
                for (k, x) in new.into_iter().enumerate() {
                    if let Some(slot) = v.get_mut((start + k as i64 * step) as usize) {
                        *slot = x;
                    }
                }
            });
            Ok(Value::None)
        }
    }
}

fn list_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("list.__delitem__", &args, 1, 1)?;
    let l = list_obj(vm, args.pos[0], "__delitem__")?;
    match subscript(vm, args.pos[1], "list")? {
        Index::Int(i) => {
            let len = len_of(vm, l);
            let i = norm_index(i, len).ok_or_else(|| PyErr::index_error("list assignment index out of range"))?;
            with_list(vm, l, |v| {
                if i < v.len() {
                    v.remove(i);
                }
            });
            Ok(Value::None)
        }
        Index::Slice(s) => {
            let (start, _, step, n) = slice_indices(vm, s, len_of(vm, l))?;
            let mut kill: Vec<usize> = (0..n).map(|k| (start + k as i64 * step) as usize).collect();
            kill.sort_unstable();
            with_list(vm, l, |v| {
                let mut k = 0;
                let mut i = 0;
                v.retain(|_| {
                    let del = k < kill.len() && kill[k] == i;
                    if del {
                        k += 1;
                    }
                    i += 1;
                    !del
                });
            });
            Ok(Value::None)
        }
    }
}

fn list_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("list.__contains__", &args, 1, 1)?;
    let l = list_obj(vm, args.pos[0], "__contains__")?;
    Ok(Value::Bool(find(vm, l, args.pos[1], 0, usize::MAX)?.is_some()))
}

fn list_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("list.__iter__", &args, 0, 0)?;
    let l = list_obj(vm, args.pos[0], "__iter__")?;
    let r = l.as_obj().expect("list");
    Ok(vm.new_iter(IterState::Seq { seq: r, idx: 0, owned: false }))
}

fn list_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("list.__reversed__", &args, 0, 0)?;
    let l = list_obj(vm, args.pos[0], "__reversed__")?;
    let idx = len_of(vm, l);
    Ok(vm.new_iter(IterState::Reversed { seq: l.as_obj().expect("list"), idx }))
}

fn list_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("list.__add__", &args, 1, 1)?;
    let l = list_obj(vm, args.pos[0], "__add__")?;
    let other = args.pos[1];
    if !is_list(vm, other) {
        if is_user_type(vm, other) {
            return Ok(vm.not_implemented());
        }
        return Err(PyErr::type_error(format!("can only concatenate list (not \"{}\") to list", vm.type_name(other))));
    }
    let o = vm.builtin_value(other);
    let mut v = items(vm, l);
    v.extend(items(vm, o));
    Ok(vm.new_list(v))
}

fn list_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("list.__iadd__", &args, 1, 1)?;
    let l = list_obj(vm, args.pos[0], "__iadd__")?;
    let new = vm.collect_for_native(args.pos[1], &[args.pos[0]])?;
    with_list(vm, l, |v| v.extend(new));
    Ok(args.pos[0])
}

fn list_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("list.__mul__", &args, 1, 1)?;
    let l = list_obj(vm, args.pos[0], "__mul__")?;
    let n = args.pos[1];
    let Some(count) = repeat_count(vm, n)? else {
        if is_user_type(vm, n) {
            return Ok(vm.not_implemented());
        }
        return Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", vm.type_name(n))));
    };
    let v = repeat(vm.heap.list(l).map_or(&[][..], |v| v), count)?;
    Ok(vm.new_list(v))
}

fn list_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("list.__imul__", &args, 1, 1)?;
    let l = list_obj(vm, args.pos[0], "__imul__")?;
    let count = vm.index_i64(args.pos[1])?;
    let v = repeat(vm.heap.list(l).map_or(&[][..], |v| v), count)?;
    with_list(vm, l, |x| *x = v);
    Ok(args.pos[0])
}

fn cmp(vm: &mut Vm, args: &Args, op: CmpOp) -> PyResult<Value> {
    args::check_pos("list comparison", args.pos.len(), 2, 2)?;
    let (a, b) = (args.pos[0], args.pos[1]);
    if !is_list(vm, a) || !is_list(vm, b) {
        return Ok(vm.not_implemented());
    }
    seq_compare(vm, a, b, op)
}

fn list_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp(vm, &args, CmpOp::Eq)
}
fn list_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp(vm, &args, CmpOp::NotEq)
}
fn list_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp(vm, &args, CmpOp::Lt)
}
fn list_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp(vm, &args, CmpOp::LtE)
}
fn list_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp(vm, &args, CmpOp::Gt)
}
fn list_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp(vm, &args, CmpOp::GtE)
}

fn list_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("list.__repr__", &args, 0, 0)?;
    list_obj(vm, args.pos[0], "__repr__")?;
    let s = seq_repr(vm, args.pos[0], "[", "]", false)?;
    Ok(vm.new_str(s))
}

fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("list() takes no keyword arguments"));
    }
    if args.pos.len() > 2 {
        return Err(PyErr::type_error(format!("list expected at most 1 argument, got {}", args.pos.len() - 1)));
    }
    let l = list_obj(vm, args.pos[0], "__init__")?;
    let new = match args.pos.get(1) {
        Some(&it) => vm.collect_for_native(it, &[args.pos[0]])?,
        None => Vec::new(),
    };
    with_list(vm, l, |v| *v = new);
    Ok(Value::None)
}

fn list_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = vm.new_target(vm.types.list, args.pos.first().copied())?;
    let l = vm.new_list(Vec::new());
    Ok(vm.new_builtin_instance(cls, l))
}

/// `cls[...]`: a `types.GenericAlias`.
pub fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::args::check_method("__class_getitem__", &args, 1, 1)?;
    crate::modules::generic_alias::new_alias(vm, args.pos[0], args.pos[1])
}

pub fn register(vm: &mut Vm) {
    use NativeKind::*;
    let t = vm.types.list;
    let methods: &[(&'static str, NativeFn)] = &[
        ("append", list_append),
        ("extend", list_extend),
        ("insert", list_insert),
        ("remove", list_remove),
        ("pop", list_pop),
        ("clear", list_clear),
        ("index", list_index),
        ("count", list_count),
        ("sort", list_sort),
        ("reverse", list_reverse),
        ("copy", list_copy),
        ("__len__", list_len),
        ("__getitem__", list_getitem),
        ("__setitem__", list_setitem),
        ("__delitem__", list_delitem),
        ("__contains__", list_contains),
        ("__iter__", list_iter),
        ("__reversed__", list_reversed),
        ("__add__", list_add),
        ("__iadd__", list_iadd),
        ("__mul__", list_mul),
        ("__rmul__", list_mul),
        ("__imul__", list_imul),
        ("__eq__", list_eq),
        ("__ne__", list_ne),
        ("__lt__", list_lt),
        ("__le__", list_le),
        ("__gt__", list_gt),
        ("__ge__", list_ge),
        ("__repr__", list_repr),
        ("__init__", list_init),
    ];
    for &(name, f) in methods {
        vm.add_method(t, name, f, Method);
    }
    vm.class_set_attr(t, "__hash__", Value::None);
    vm.add_method(t, "__new__", list_new, StaticMethod);
    vm.add_method(t, "__class_getitem__", class_getitem, ClassMethod);
}

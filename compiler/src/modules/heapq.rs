//! The `heapq` module: the heap primitives in Rust (same sift order as CPython, so heap lists
//! print identically), `nlargest`/`nsmallest`/`merge` in Python on top of them.

use crate::error::{PyErr, PyResult};
use crate::value::*;
use crate::vm::Vm;

fn list_len(vm: &Vm, heap: Value) -> usize {
    vm.heap.list(heap).map_or(0, |l| l.len())
}

fn get(vm: &Vm, heap: Value, i: usize) -> PyResult<Value> {
    match vm.heap.list(heap).and_then(|l| l.get(i)) {
        Some(&v) => Ok(v),
        None => Err(PyErr::runtime_error("list changed size during iteration")),
    }
}

fn set(vm: &mut Vm, heap: Value, i: usize, v: Value) -> PyResult<()> {
    match vm.heap.list_mut(heap).and_then(|l| l.get_mut(i)) {
        Some(slot) => {
            *slot = v;
            Ok(())
        }
        None => Err(PyErr::runtime_error("list changed size during iteration")),
    }
}

/// `a < b` for a min-heap, `b < a` for a max-heap.
#[inline]
fn before(vm: &mut Vm, a: Value, b: Value, max: bool) -> PyResult<bool> {
    if max { vm.lt(b, a) } else { vm.lt(a, b) }
}

/// Moves the item at `pos` up towards `start` until its parent is not greater.
fn sift_down(vm: &mut Vm, heap: Value, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = list_len(vm, heap);
    let newitem = get(vm, heap, pos)?;
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let parent = get(vm, heap, parentpos)?;
        let lt = before(vm, newitem, parent, max)?;
        if list_len(vm, heap) != size {
            return Err(PyErr::runtime_error("list changed size during iteration"));
        }
        if !lt {
            break;
        }
        set(vm, heap, pos, parent)?;
        pos = parentpos;
    }
    set(vm, heap, pos, newitem)
}

/// Moves the smaller child up until a leaf is reached, then sifts the item at `pos` down.
fn sift_up(vm: &mut Vm, heap: Value, mut pos: usize, max: bool) -> PyResult<()> {
    let end = list_len(vm, heap);
    let start = pos;
    let newitem = get(vm, heap, pos)?;
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end {
            let (a, b) = (get(vm, heap, child)?, get(vm, heap, right)?);
            let lt = before(vm, a, b, max)?;
            if list_len(vm, heap) != end {
                return Err(PyErr::runtime_error("list changed size during iteration"));
            }
            if !lt {
                child = right;
            }
        }
        let c = get(vm, heap, child)?;
        set(vm, heap, pos, c)?;
        pos = child;
        child = 2 * pos + 1;
    }
    set(vm, heap, pos, newitem)?;
    sift_down(vm, heap, start, pos, max)
}

/// The list a heap function works on (the list payload of a `list` subclass instance).
fn heap_arg(vm: &Vm, v: Value, name: &str, what: &str) -> PyResult<Value> {
    let l = vm.builtin_value(v);
    if vm.heap.list(l).is_some() {
        Ok(l)
    } else {
        Err(PyErr::type_error(format!("{name}() {what} must be list, not {}", vm.type_name(v))))
    }
}

fn exactly(name: &str, a: &Args, n: usize) -> PyResult<()> {
    if !a.kw.is_empty() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    if a.pos.len() != n {
        return Err(PyErr::type_error(format!("{name} expected {n} arguments, got {}", a.pos.len())));
    }
    Ok(())
}

fn one(name: &str, a: &Args) -> PyResult<()> {
    crate::builtins::args::check(&format!("_heapq.{name}"), a, 1, 1)
}

fn heappush(vm: &mut Vm, a: Args) -> PyResult<Value> {
    exactly("heappush", &a, 2)?;
    let h = heap_arg(vm, a.pos[0], "heappush", "argument 1")?;
    let n = {
        let l = vm.heap.list_mut(h).expect("list");
        l.push(a.pos[1]);
        l.len()
    };
    sift_down(vm, h, 0, n - 1, false)?;
    Ok(Value::None)
}

fn pop_impl(vm: &mut Vm, a: Args, name: &str, max: bool) -> PyResult<Value> {
    one(name, &a)?;
    let h = heap_arg(vm, a.pos[0], name, "argument")?;
    let l = vm.heap.list_mut(h).expect("list");
    let Some(last) = l.pop() else { return Err(PyErr::index_error("index out of range")) };
    if l.is_empty() {
        return Ok(last);
    }
    let ret = std::mem::replace(&mut l[0], last);
    sift_up(vm, h, 0, max)?;
    Ok(ret)
}

fn heappop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pop_impl(vm, a, "heappop", false)
}

fn heappop_max(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pop_impl(vm, a, "_heappop_max", true)
}

fn replace_impl(vm: &mut Vm, a: Args, name: &str, max: bool) -> PyResult<Value> {
    exactly(name, &a, 2)?;
    let h = heap_arg(vm, a.pos[0], name, "argument 1")?;
    let l = vm.heap.list_mut(h).expect("list");
    if l.is_empty() {
        return Err(PyErr::index_error("index out of range"));
    }
    let ret = std::mem::replace(&mut l[0], a.pos[1]);
    sift_up(vm, h, 0, max)?;
    Ok(ret)
}

fn heapreplace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    replace_impl(vm, a, "heapreplace", false)
}

fn heapreplace_max(vm: &mut Vm, a: Args) -> PyResult<Value> {
    replace_impl(vm, a, "_heapreplace_max", true)
}

fn heappushpop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    exactly("heappushpop", &a, 2)?;
    let h = heap_arg(vm, a.pos[0], "heappushpop", "argument 1")?;
    let item = a.pos[1];
    let Some(&top) = vm.heap.list(h).and_then(|l| l.first()) else { return Ok(item) };
    if !vm.lt(top, item)? {
        return Ok(item);
    }
    let l = vm.heap.list_mut(h).expect("list");
    if l.is_empty() {
        return Err(PyErr::index_error("index out of range"));
    }
    let ret = std::mem::replace(&mut l[0], item);
    sift_up(vm, h, 0, false)?;
    Ok(ret)
}

fn heapify_impl(vm: &mut Vm, a: Args, name: &str, max: bool) -> PyResult<Value> {
    one(name, &a)?;
    let h = heap_arg(vm, a.pos[0], name, "argument")?;
    let n = list_len(vm, h);
    for i in (0..n / 2).rev() {
        sift_up(vm, h, i, max)?;
    }
    Ok(Value::None)
}

fn heapify(vm: &mut Vm, a: Args) -> PyResult<Value> {
    heapify_impl(vm, a, "heapify", false)
}

fn heapify_max(vm: &mut Vm, a: Args) -> PyResult<Value> {
    heapify_impl(vm, a, "_heapify_max", true)
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("heapq");
    let fns: &[(&'static str, NativeFn)] = &[
        ("heappush", heappush),
        ("heappop", heappop),
        ("heapify", heapify),
        ("heapreplace", heapreplace),
        ("heappushpop", heappushpop),
        ("_heappop_max", heappop_max),
        ("_heapify_max", heapify_max),
        ("_heapreplace_max", heapreplace_max),
    ];
    for &(n, f) in fns {
        vm.module_add_fn(m, n, f);
    }
    crate::modules::operator::run_module_source(vm, m, PY_SOURCE, "<heapq>")?;
    Ok(m)
}

const PY_SOURCE: &str = r#"
__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def merge(*iterables, key=None, reverse=False):
    h = []
    if reverse:
        _heapify = _heapify_max
        _heappop = _heappop_max
        _heapreplace = _heapreplace_max
        direction = -1
    else:
        _heapify = heapify
        _heappop = heappop
        _heapreplace = heapreplace
        direction = 1
    order = 0
    for it in iterables:
        it = iter(it)
        try:
            value = next(it)
        except StopIteration:
            order += 1
            continue
        if key is None:
            h.append([value, order * direction, value, it])
        else:
            h.append([key(value), order * direction, value, it])
        order += 1
    _heapify(h)
    while len(h) > 1:
        try:
            while True:
                s = h[0]
                yield s[2]
                value = next(s[3])
                s[0] = value if key is None else key(value)
                s[2] = value
                _heapreplace(h, s)
        except StopIteration:
            _heappop(h)
    if h:
        s = h[0]
        yield s[2]
        yield from s[3]


def nsmallest(n, iterable, key=None):
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    it = iter(iterable)
    if key is None:
        result = [(elem, i) for i, elem in zip(range(n), it)]
        if not result:
            return result
        _heapify_max(result)
        top = result[0][0]
        order = n
        for elem in it:
            if elem < top:
                _heapreplace_max(result, (elem, order))
                top = result[0][0]
                order += 1
        result.sort()
        return [elem for (elem, order) in result]
    result = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not result:
        return result
    _heapify_max(result)
    top = result[0][0]
    order = n
    for elem in it:
        k = key(elem)
        if k < top:
            _heapreplace_max(result, (k, order, elem))
            top = result[0][0]
            order += 1
    result.sort()
    return [elem for (k, order, elem) in result]


def nlargest(n, iterable, key=None):
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    it = iter(iterable)
    if key is None:
        result = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
        if not result:
            return result
        heapify(result)
        top = result[0][0]
        order = -n
        for elem in it:
            if top < elem:
                heapreplace(result, (elem, order))
                top = result[0][0]
                order -= 1
        result.sort(reverse=True)
        return [elem for (elem, order) in result]
    result = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not result:
        return result
    heapify(result)
    top = result[0][0]
    order = -n
    for elem in it:
        k = key(elem)
        if top < k:
            heapreplace(result, (k, order, elem))
            top = result[0][0]
            order -= 1
    result.sort(reverse=True)
    return [elem for (k, order, elem) in result]
"#;

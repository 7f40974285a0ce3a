//! Methods of `tuple`.

use crate::builtins::args;
use crate::builtins::list_methods::{
    Index, class_getitem, index_range, is_user_type, norm_index, repeat, repeat_count, same_or_eq, seq_compare,
    seq_repr, slice_indices, slice_items, subscript,
};
use crate::error::{PyErr, PyResult};
use crate::syntax::ast::CmpOp;
use crate::value::hash::hash_tuple;
use crate::value::*;
use crate::vm::Vm;

fn tuple_obj(vm: &Vm, v: Value, name: &str) -> PyResult<Value> {
    let b = vm.builtin_value(v);
    match b.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Tuple(_)) => Ok(b),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{name}' for 'tuple' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))),
    }
}

fn is_tuple(vm: &Vm, v: Value) -> bool {
    let b = vm.builtin_value(v);
    matches!(b.as_obj().map(|r| vm.heap.get(r)), Some(Obj::Tuple(_)))
}

fn items(vm: &Vm, t: Value) -> Vec<Value> {
    vm.heap.tuple(t).cloned().unwrap_or_default()
}

fn find(vm: &mut Vm, t: Value, x: Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let v = items(vm, t);
    for (i, &item) in v.iter().enumerate().take(stop).skip(start) {
        if same_or_eq(vm, item, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn tuple_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("tuple.count", &args, 1, 1)?;
    let t = tuple_obj(vm, args.pos[0], "count")?;
    let mut n = 0;
    for item in items(vm, t) {
        if same_or_eq(vm, item, args.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn tuple_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::list_methods::expect_args("index", &args, 1, 3)?;
    let t = tuple_obj(vm, args.pos[0], "index")?;
    let len = items(vm, t).len();
    let (start, stop) = index_range(vm, &args, len)?;
    match find(vm, t, args.pos[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(PyErr::value_error("tuple.index(x): x not in tuple")),
    }
}

fn tuple_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("tuple.__len__", &args, 0, 0)?;
    let t = tuple_obj(vm, args.pos[0], "__len__")?;
    Ok(Value::Int(items(vm, t).len() as i64))
}

fn tuple_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("tuple.__getitem__", &args, 1, 1)?;
    let t = tuple_obj(vm, args.pos[0], "__getitem__")?;
    let v = items(vm, t);
    match subscript(vm, args.pos[1], "tuple")? {
        Index::Int(i) => {
            let i = norm_index(i, v.len()).ok_or_else(|| PyErr::index_error("tuple index out of range"))?;
            Ok(v[i])
        }
        Index::Slice(s) => {
            let (start, _, step, n) = slice_indices(vm, s, v.len())?;
            if start == 0 && step == 1 && n == v.len() && vm.builtin_value(args.pos[0]).is(args.pos[0]) {
                return Ok(args.pos[0]);
            }
            let out = slice_items(&v, start, step, n);
            Ok(vm.new_tuple(out))
        }
    }
}

fn tuple_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("tuple.__contains__", &args, 1, 1)?;
    let t = tuple_obj(vm, args.pos[0], "__contains__")?;
    Ok(Value::Bool(find(vm, t, args.pos[1], 0, usize::MAX)?.is_some()))
}

fn tuple_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("tuple.__iter__", &args, 0, 0)?;
    let t = tuple_obj(vm, args.pos[0], "__iter__")?;
    Ok(vm.new_iter(IterState::Seq { seq: t.as_obj().expect("tuple"), idx: 0, owned: false }))
}

fn tuple_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("tuple.__add__", &args, 1, 1)?;
    let t = tuple_obj(vm, args.pos[0], "__add__")?;
    let other = args.pos[1];
    if !is_tuple(vm, other) {
        if is_user_type(vm, other) {
            return Ok(vm.not_implemented());
        }
        return Err(PyErr::type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            vm.type_name(other)
        )));
    }
    let o = vm.builtin_value(other);
    let mut v = items(vm, t);
    v.extend(items(vm, o));
    Ok(vm.new_tuple(v))
}

fn tuple_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("tuple.__mul__", &args, 1, 1)?;
    let t = tuple_obj(vm, args.pos[0], "__mul__")?;
    let n = args.pos[1];
    let Some(count) = repeat_count(vm, n)? else {
        if is_user_type(vm, n) {
            return Ok(vm.not_implemented());
        }
        return Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", vm.type_name(n))));
    };
    if count == 1 && vm.builtin_value(args.pos[0]).is(args.pos[0]) {
        return Ok(args.pos[0]);
    }
    let v = repeat(&items(vm, t), count)?;
    Ok(vm.new_tuple(v))
}

fn cmp(vm: &mut Vm, args: &Args, op: CmpOp) -> PyResult<Value> {
    args::check_pos("tuple comparison", args.pos.len(), 2, 2)?;
    let (a, b) = (args.pos[0], args.pos[1]);
    if !is_tuple(vm, a) || !is_tuple(vm, b) {
        return Ok(vm.not_implemented());
    }
    seq_compare(vm, a, b, op)
}

fn tuple_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp(vm, &args, CmpOp::Eq)
}
fn tuple_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp(vm, &args, CmpOp::NotEq)
}
fn tuple_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp(vm, &args, CmpOp::Lt)
}
fn tuple_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp(vm, &args, CmpOp::LtE)
}
fn tuple_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp(vm, &args, CmpOp::Gt)
}
fn tuple_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp(vm, &args, CmpOp::GtE)
}

fn tuple_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("tuple.__repr__", &args, 0, 0)?;
    tuple_obj(vm, args.pos[0], "__repr__")?;
    let s = seq_repr(vm, args.pos[0], "(", ")", true)?;
    Ok(vm.new_str(s))
}

/// `hash(tuple)` from its items' hashes.
pub fn tuple_hash_of(vm: &mut Vm, t: Value) -> PyResult<i64> {
    let v = items(vm, vm.builtin_value(t));
    let mut hs = Vec::with_capacity(v.len());
    for item in v {
        hs.push(vm.hash(item)?);
    }
    Ok(hash_tuple(&hs))
}

fn tuple_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("tuple.__hash__", &args, 0, 0)?;
    tuple_obj(vm, args.pos[0], "__hash__")?;
    Ok(Value::Int(tuple_hash_of(vm, args.pos[0])?))
}

fn tuple_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("tuple() takes no keyword arguments"));
    }
    if args.pos.len() > 2 {
        return Err(PyErr::type_error(format!("tuple expected at most 1 argument, got {}", args.pos.len() - 1)));
    }
    let cls = vm.new_target(vm.types.tuple, args.pos.first().copied())?;
    let exact = cls == vm.types.tuple;
    let t = match args.pos.get(1) {
        Some(&it) => {
            if exact
                && let Some(r) = it.as_obj()
                && matches!(vm.heap.get(r), Obj::Tuple(_))
            {
                return Ok(it);
            }
            let v = vm.collect_for_native(it, &[Value::Obj(cls)])?;
            vm.new_tuple(v)
        }
        None => vm.new_tuple(Vec::new()),
    };
    if exact {
        return Ok(t);
    }
    Ok(vm.new_builtin_instance(cls, t))
}

fn tuple_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("tuple.__getnewargs__", &args, 0, 0)?;
    let t = tuple_obj(vm, args.pos[0], "__getnewargs__")?;
    let copy = items(vm, t);
    let inner = vm.new_tuple(copy);
    Ok(vm.new_tuple(vec![inner]))
}

pub fn register(vm: &mut Vm) {
    use NativeKind::*;
    let t = vm.types.tuple;
    let methods: &[(&'static str, NativeFn)] = &[
        ("count", tuple_count),
        ("index", tuple_index),
        ("__len__", tuple_len),
        ("__getitem__", tuple_getitem),
        ("__contains__", tuple_contains),
        ("__iter__", tuple_iter),
        ("__add__", tuple_add),
        ("__mul__", tuple_mul),
        ("__rmul__", tuple_mul),
        ("__eq__", tuple_eq),
        ("__ne__", tuple_ne),
        ("__lt__", tuple_lt),
        ("__le__", tuple_le),
        ("__gt__", tuple_gt),
        ("__ge__", tuple_ge),
        ("__repr__", tuple_repr),
        ("__hash__", tuple_hash),
        ("__getnewargs__", tuple_getnewargs),
    ];
    for &(name, f) in methods {
        vm.add_method(t, name, f, Method);
    }
    vm.add_method(t, "__new__", tuple_new, StaticMethod);
    vm.add_method(t, "__class_getitem__", class_getitem, ClassMethod);
}

//! The `operator` module: operators as functions, plus the `itemgetter`, `attrgetter` and
//! `methodcaller` callables (native classes whose state lives in a hidden payload).

use std::rc::Rc;

use crate::builtins::args;
use crate::builtins::functions::index_bigint;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::value::*;
use crate::vm::Vm;

// ---- helpers shared with the other native-class modules (functools) ----

/// An instance of native class `cls` carrying `state` (a tuple) as its hidden payload.
pub(crate) fn new_with_state(vm: &mut Vm, cls: ObjRef, state: Vec<Value>) -> Value {
    let t = vm.new_tuple(state);
    let cell = vm.alloc(Obj::Cell(Some(t)));
    vm.alloc(Obj::Instance(Box::new(Instance::new(cls, Payload::Builtin(cell)))))
}

/// The state tuple of an instance made by `new_with_state`.
pub(crate) fn state_of(vm: &Vm, v: Value) -> Option<&[Value]> {
    let Value::Obj(r) = v else { return None };
    let Obj::Instance(i) = vm.heap.get(r) else { return None };
    let Payload::Builtin(Value::Obj(c)) = i.payload else { return None };
    let Obj::Cell(Some(t)) = vm.heap.get(c) else { return None };
    vm.heap.tuple(*t).map(|v| v.as_slice())
}

pub(crate) fn state_or_err(vm: &Vm, v: Value, what: &str) -> PyResult<Vec<Value>> {
    let (module, name) = what.rsplit_once('.').unwrap_or(("", what));
    let cls = vm.type_of(v);
    let Obj::Class(c) = vm.heap.get(cls) else { return Err(PyErr::type_error("bad receiver")) };
    let ok = c.mro.iter().any(|&k| match vm.heap.get(k) {
        Obj::Class(kc) => &*kc.name == name && vm.heap.str_of(kc.module) == Some(module),
        _ => false,
    });
    match state_of(vm, v) {
        Some(s) if ok => Ok(s.to_vec()),
        _ => Err(PyErr::type_error(format!(
            "descriptor requires a '{what}' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

/// Runs the Python part of a native module in the module's namespace (keeping the module
/// object alive meanwhile: it is not yet in `sys.modules`).
pub(crate) fn run_module_source(vm: &mut Vm, m: ObjRef, source: &str, filename: &str) -> PyResult<()> {
    let dict = vm.module_dict(m);
    let code = vm.compile_module(source, filename)?;
    vm.temp_roots.push(Value::Obj(m));
    let r = vm.run_code(code, dict);
    vm.temp_roots.pop();
    r.map(|_| ())
}

/// A class `module.name` deriving from `object`, for native callables.
pub(crate) fn native_class(vm: &mut Vm, name: &str, module: &str) -> ObjRef {
    let object = vm.types.object;
    crate::modules::sys::new_native_class(vm, name, module, object, BuiltinKind::Object)
}

// ---- plain functions ----

fn two(name: &str, a: &Args) -> PyResult<(Value, Value)> {
    if !a.kw.is_empty() {
        return Err(PyErr::type_error(format!("_operator.{name}() takes no keyword arguments")));
    }
    if a.pos.len() != 2 {
        return Err(PyErr::type_error(format!("{name} expected 2 arguments, got {}", a.pos.len())));
    }
    Ok((a.pos[0], a.pos[1]))
}

fn three(name: &str, a: &Args) -> PyResult<(Value, Value, Value)> {
    if !a.kw.is_empty() {
        return Err(PyErr::type_error(format!("_operator.{name}() takes no keyword arguments")));
    }
    if a.pos.len() != 3 {
        return Err(PyErr::type_error(format!("{name} expected 3 arguments, got {}", a.pos.len())));
    }
    Ok((a.pos[0], a.pos[1], a.pos[2]))
}

fn one(name: &str, a: &Args) -> PyResult<Value> {
    args::check(&format!("_operator.{name}"), a, 1, 1)?;
    Ok(a.pos[0])
}

macro_rules! binops {
    ($($fname:ident = $py:literal, $op:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, a: Args) -> PyResult<Value> {
                let (x, y) = two($py, &a)?;
                vm.binop(x, y, $op)
            }
        )*
    };
}

binops! {
    op_add = "add", BinOp::Add;
    op_sub = "sub", BinOp::Sub;
    op_mul = "mul", BinOp::Mult;
    op_matmul = "matmul", BinOp::MatMult;
    op_truediv = "truediv", BinOp::Div;
    op_floordiv = "floordiv", BinOp::FloorDiv;
    op_mod = "mod", BinOp::Mod;
    op_pow = "pow", BinOp::Pow;
    op_lshift = "lshift", BinOp::LShift;
    op_rshift = "rshift", BinOp::RShift;
    op_and = "and_", BinOp::BitAnd;
    op_or = "or_", BinOp::BitOr;
    op_xor = "xor", BinOp::BitXor;
}

macro_rules! inplace_ops {
    ($($fname:ident = $py:literal, $op:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, a: Args) -> PyResult<Value> {
                let (x, y) = two($py, &a)?;
                vm.inplace_op(x, y, $op)
            }
        )*
    };
}

inplace_ops! {
    op_iadd = "iadd", BinOp::Add;
    op_isub = "isub", BinOp::Sub;
    op_imul = "imul", BinOp::Mult;
    op_imatmul = "imatmul", BinOp::MatMult;
    op_itruediv = "itruediv", BinOp::Div;
    op_ifloordiv = "ifloordiv", BinOp::FloorDiv;
    op_imod = "imod", BinOp::Mod;
    op_ipow = "ipow", BinOp::Pow;
    op_ilshift = "ilshift", BinOp::LShift;
    op_irshift = "irshift", BinOp::RShift;
    op_iand = "iand", BinOp::BitAnd;
    op_ior = "ior", BinOp::BitOr;
    op_ixor = "ixor", BinOp::BitXor;
}

macro_rules! cmpops {
    ($($fname:ident = $py:literal, $op:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, a: Args) -> PyResult<Value> {
                let (x, y) = two($py, &a)?;
                vm.compare(x, y, $op)
            }
        )*
    };
}

cmpops! {
    op_lt = "lt", CmpOp::Lt;
    op_le = "le", CmpOp::LtE;
    op_eq = "eq", CmpOp::Eq;
    op_ne = "ne", CmpOp::NotEq;
    op_gt = "gt", CmpOp::Gt;
    op_ge = "ge", CmpOp::GtE;
}

fn op_neg(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = one("neg", &a)?;
    vm.unary_neg(x)
}

fn op_pos(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = one("pos", &a)?;
    vm.unary_pos(x)
}

fn op_inv(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = one("inv", &a)?;
    vm.unary_invert(x)
}

fn op_invert(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = one("invert", &a)?;
    vm.unary_invert(x)
}

fn op_abs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = one("abs", &a)?;
    let f = vm.dict_get_str(vm.builtins, "abs").ok_or_else(|| PyErr::runtime_error("abs missing"))?;
    vm.call_pos(f, vec![x])
}

fn op_not(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = one("not_", &a)?;
    Ok(Value::Bool(!vm.truthy(x)?))
}

fn op_truth(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = one("truth", &a)?;
    Ok(Value::Bool(vm.truthy(x)?))
}

fn op_is(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two("is_", &a)?;
    Ok(Value::Bool(x.is(y)))
}

fn op_is_not(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two("is_not", &a)?;
    Ok(Value::Bool(!x.is(y)))
}

fn op_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = one("index", &a)?;
    if let Value::Int(_) = x {
        return Ok(x);
    }
    let b = index_bigint(vm, x)?;
    Ok(vm.new_bigint(b))
}

fn is_sequence(vm: &Vm, v: Value) -> bool {
    let cls = vm.type_of(v);
    let t = &vm.types;
    for k in [t.str, t.list, t.tuple, t.bytes, t.bytearray, t.range] {
        if vm.is_subclass(cls, k) {
            return true;
        }
    }
    if vm.is_subclass(cls, t.dict) {
        return false;
    }
    vm.lookup_mro(cls, "__getitem__").is_some()
}

fn concat_impl(vm: &mut Vm, a: Args, name: &str, inplace: bool) -> PyResult<Value> {
    let (x, y) = two(name, &a)?;
    let builtin_seq = {
        let cls = vm.type_of(x);
        let t = &vm.types;
        [t.str, t.list, t.tuple, t.bytes, t.bytearray].iter().any(|&k| vm.is_subclass(cls, k))
    };
    if !(builtin_seq || (is_sequence(vm, x) && is_sequence(vm, y))) {
        return Err(PyErr::type_error(format!("'{}' object can't be concatenated", vm.type_name(x))));
    }
    if inplace { vm.inplace_op(x, y, BinOp::Add) } else { vm.binop(x, y, BinOp::Add) }
}

fn op_concat(vm: &mut Vm, a: Args) -> PyResult<Value> {
    concat_impl(vm, a, "concat", false)
}

fn op_iconcat(vm: &mut Vm, a: Args) -> PyResult<Value> {
    concat_impl(vm, a, "iconcat", true)
}

fn op_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two("contains", &a)?;
    Ok(Value::Bool(vm.contains(x, y)?))
}

fn not_iterable(vm: &Vm, e: PyErr, v: Value) -> PyErr {
    if vm.err_matches(&e, ExcKind::TypeError) {
        PyErr::type_error(format!("argument of type '{}' is not iterable", vm.type_name(v)))
    } else {
        e
    }
}

fn op_count_of(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (seq, x) = two("countOf", &a)?;
    let it = vm.iter(seq).map_err(|e| not_iterable(vm, e, seq))?;
    let mut n = 0i64;
    while let Some(v) = vm.next(it)? {
        if v.is(x) || vm.eq(v, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn op_index_of(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (seq, x) = two("indexOf", &a)?;
    let it = vm.iter(seq).map_err(|e| not_iterable(vm, e, seq))?;
    let mut n = 0i64;
    while let Some(v) = vm.next(it)? {
        if v.is(x) || vm.eq(v, x)? {
            return Ok(Value::Int(n));
        }
        n += 1;
    }
    Err(PyErr::value_error("sequence.index(x): x not in sequence"))
}

fn op_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two("getitem", &a)?;
    vm.getitem(x, y)
}

fn op_setitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y, z) = three("setitem", &a)?;
    vm.setitem(x, y, z)?;
    Ok(Value::None)
}

fn op_delitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two("delitem", &a)?;
    vm.delitem(x, y)?;
    Ok(Value::None)
}

fn op_length_hint(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(PyErr::type_error("_operator.length_hint() takes no keyword arguments"));
    }
    match a.pos.len() {
        0 => return Err(PyErr::type_error("length_hint expected at least 1 argument, got 0")),
        1 | 2 => {}
        n => return Err(PyErr::type_error(format!("length_hint expected at most 2 arguments, got {n}"))),
    }
    let obj = a.pos[0];
    let default = match a.pos.get(1) {
        Some(&d) => {
            if !crate::builtins::functions::is_int(vm, d) {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(d)
                )));
            }
            vm.index_i64(d)?
        }
        None => 0,
    };
    let has_len = match obj {
        Value::Obj(r) => {
            matches!(
                vm.heap.get(r),
                Obj::Str(_) | Obj::List(_) | Obj::Tuple(_) | Obj::Dict(_) | Obj::Set(_) | Obj::FrozenSet(_)
            ) || {
                let cls = vm.type_of(obj);
                vm.lookup_mro(cls, "__len__").is_some()
            }
        }
        _ => false,
    };
    if has_len {
        match vm.len(obj) {
            Ok(n) => return Ok(Value::Int(n as i64)),
            Err(e) if vm.err_matches(&e, ExcKind::TypeError) => {}
            Err(e) => return Err(e),
        }
    }
    if let Some(n) = crate::vm::natives::iter_length_hint(vm, obj) {
        return Ok(Value::Int(n));
    }
    match vm.call_dunder_opt(obj, "__length_hint__", &[])? {
        None => Ok(Value::Int(default)),
        Some(v) if vm.is_not_implemented(v) => Ok(Value::Int(default)),
        Some(v) => {
            if !crate::builtins::functions::is_int(vm, v) {
                return Err(PyErr::type_error(format!("__length_hint__ must be an integer, not {}", vm.type_name(v))));
            }
            let n = vm.index_i64(v)?;
            if n < 0 {
                return Err(PyErr::value_error("__length_hint__() should return >= 0"));
            }
            Ok(Value::Int(n))
        }
    }
}

fn op_call(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(PyErr::type_error("call expected at least 1 argument, got 0"));
    }
    let f = a.pos.remove(0);
    vm.call(f, a)
}

// ---- itemgetter / attrgetter / methodcaller ----

fn no_kw(name: &str, a: &Args) -> PyResult<()> {
    if a.kw.is_empty() { Ok(()) } else { Err(PyErr::type_error(format!("{name}() takes no keyword arguments"))) }
}

fn call_arg(name: &str, a: &Args) -> PyResult<Value> {
    no_kw(name, a)?;
    if a.pos.len() != 2 {
        return Err(PyErr::type_error(format!("{name} expected 1 argument, got {}", a.pos.len().saturating_sub(1))));
    }
    Ok(a.pos[1])
}

fn itemgetter_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = vm.expect_class(a.pos.first().copied().unwrap_or(Value::None), "itemgetter.__new__(X): X")?;
    no_kw("itemgetter", &a)?;
    if a.pos.len() < 2 {
        return Err(PyErr::type_error("itemgetter expected 1 argument, got 0"));
    }
    Ok(new_with_state(vm, cls, a.pos[1..].to_vec()))
}

fn itemgetter_call(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(PyErr::type_error("unbound method needs an argument"));
    }
    let obj = call_arg("itemgetter", &a)?;
    let items = state_or_err(vm, a.pos[0], "operator.itemgetter")?;
    if items.len() == 1 {
        return vm.getitem(obj, items[0]);
    }
    let mut out = Vec::with_capacity(items.len());
    for k in items {
        out.push(vm.getitem(obj, k)?);
    }
    Ok(vm.new_tuple(out))
}

fn repr_list(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(items.len());
    for &v in items {
        parts.push(vm.repr(v)?);
    }
    Ok(parts.join(", "))
}

fn itemgetter_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(PyErr::type_error("unbound method needs an argument"));
    }
    let items = state_or_err(vm, a.pos[0], "operator.itemgetter")?;
    let inner = repr_list(vm, &items)?;
    Ok(vm.new_str(format!("operator.itemgetter({inner})")))
}

fn itemgetter_reduce(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(PyErr::type_error("unbound method needs an argument"));
    }
    let items = state_or_err(vm, a.pos[0], "operator.itemgetter")?;
    let cls = Value::Obj(vm.type_of(a.pos[0]));
    let t = vm.new_tuple(items);
    Ok(vm.new_tuple(vec![cls, t]))
}

fn attrgetter_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = vm.expect_class(a.pos.first().copied().unwrap_or(Value::None), "attrgetter.__new__(X): X")?;
    no_kw("attrgetter", &a)?;
    if a.pos.len() < 2 {
        return Err(PyErr::type_error("attrgetter expected 1 argument, got 0"));
    }
    for &v in &a.pos[1..] {
        if vm.heap.str_of(v).is_none() {
            return Err(PyErr::type_error("attribute name must be a string"));
        }
    }
    Ok(new_with_state(vm, cls, a.pos[1..].to_vec()))
}

fn dotted_get(vm: &mut Vm, mut obj: Value, name: Value) -> PyResult<Value> {
    let path = vm.heap.str_of(name).unwrap_or("").to_string();
    for part in path.split('.') {
        obj = vm.getattr(obj, part)?;
    }
    Ok(obj)
}

fn attrgetter_call(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(PyErr::type_error("unbound method needs an argument"));
    }
    let obj = call_arg("attrgetter", &a)?;
    let names = state_or_err(vm, a.pos[0], "operator.attrgetter")?;
    if names.len() == 1 {
        return dotted_get(vm, obj, names[0]);
    }
    let mut out = Vec::with_capacity(names.len());
    for n in names {
        out.push(dotted_get(vm, obj, n)?);
    }
    Ok(vm.new_tuple(out))
}

fn attrgetter_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(PyErr::type_error("unbound method needs an argument"));
    }
    let items = state_or_err(vm, a.pos[0], "operator.attrgetter")?;
    let inner = repr_list(vm, &items)?;
    Ok(vm.new_str(format!("operator.attrgetter({inner})")))
}

fn methodcaller_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = vm.expect_class(a.pos.first().copied().unwrap_or(Value::None), "methodcaller.__new__(X): X")?;
    if a.pos.len() < 2 {
        return Err(PyErr::type_error("methodcaller needs at least one argument, the method name"));
    }
    if vm.heap.str_of(a.pos[1]).is_none() {
        return Err(PyErr::type_error("method name must be a string"));
    }
    let rest = vm.new_tuple(a.pos[2..].to_vec());
    let kw = vm.new_dict();
    for (k, v) in &a.kw {
        let key = vm.new_str(&**k);
        vm.dict_set(kw, key, *v)?;
    }
    Ok(new_with_state(vm, cls, vec![a.pos[1], rest, kw]))
}

/// The keyword arguments stored in a str-keyed dict, as call keywords.
pub(crate) fn dict_to_kw(vm: &Vm, d: Value) -> Vec<(Rc<str>, Value)> {
    let mut out = Vec::new();
    if let Some(d) = vm.heap.dict(d) {
        for e in d.iter() {
            if let Some(k) = vm.heap.str_of(e.key) {
                out.push((Rc::from(k), e.value));
            }
        }
    }
    out
}

fn methodcaller_call(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(PyErr::type_error("unbound method needs an argument"));
    }
    let obj = call_arg("methodcaller", &a)?;
    let st = state_or_err(vm, a.pos[0], "operator.methodcaller")?;
    let name = vm.heap.str_of(st[0]).unwrap_or("").to_string();
    let m = vm.getattr(obj, &name)?;
    let pos = vm.heap.tuple(st[1]).cloned().unwrap_or_default();
    let kw = dict_to_kw(vm, st[2]);
    vm.call(m, Args { pos, kw })
}

fn methodcaller_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(PyErr::type_error("unbound method needs an argument"));
    }
    let st = state_or_err(vm, a.pos[0], "operator.methodcaller")?;
    let mut parts = vec![vm.repr(st[0])?];
    let pos = vm.heap.tuple(st[1]).cloned().unwrap_or_default();
    for v in pos {
        parts.push(vm.repr(v)?);
    }
    for (k, v) in dict_to_kw(vm, st[2]) {
        parts.push(format!("{k}={}", vm.repr(v)?));
    }
    Ok(vm.new_str(format!("operator.methodcaller({})", parts.join(", "))))
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("operator");
    let fns: &[(&'static str, NativeFn, bool)] = &[
        ("abs", op_abs, true),
        ("add", op_add, true),
        ("and_", op_and, true),
        ("call", op_call, true),
        ("concat", op_concat, true),
        ("contains", op_contains, true),
        ("countOf", op_count_of, false),
        ("delitem", op_delitem, true),
        ("eq", op_eq, true),
        ("floordiv", op_floordiv, true),
        ("ge", op_ge, true),
        ("getitem", op_getitem, true),
        ("gt", op_gt, true),
        ("iadd", op_iadd, true),
        ("iand", op_iand, true),
        ("iconcat", op_iconcat, true),
        ("ifloordiv", op_ifloordiv, true),
        ("ilshift", op_ilshift, true),
        ("imatmul", op_imatmul, true),
        ("imod", op_imod, true),
        ("imul", op_imul, true),
        ("index", op_index, true),
        ("indexOf", op_index_of, false),
        ("inv", op_inv, true),
        ("invert", op_invert, true),
        ("ior", op_ior, true),
        ("ipow", op_ipow, true),
        ("irshift", op_irshift, true),
        ("is_", op_is, false),
        ("is_not", op_is_not, false),
        ("isub", op_isub, true),
        ("itruediv", op_itruediv, true),
        ("ixor", op_ixor, true),
        ("le", op_le, true),
        ("length_hint", op_length_hint, false),
        ("lshift", op_lshift, true),
        ("lt", op_lt, true),
        ("matmul", op_matmul, true),
        ("mod", op_mod, true),
        ("mul", op_mul, true),
        ("ne", op_ne, true),
        ("neg", op_neg, true),
        ("not_", op_not, true),
        ("or_", op_or, true),
        ("pos", op_pos, true),
        ("pow", op_pow, true),
        ("rshift", op_rshift, true),
        ("setitem", op_setitem, true),
        ("sub", op_sub, true),
        ("truediv", op_truediv, true),
        ("truth", op_truth, false),
        ("xor", op_xor, true),
    ];
    for &(name, f, dunder) in fns {
        let fv = vm.new_native_fn(name, f);
        vm.module_set(m, name, fv);
        if dunder {
            let d = format!("__{}__", name.trim_end_matches('_'));
            vm.module_set(m, &d, fv);
        }
    }
    let ig = native_class(vm, "itemgetter", "operator");
    vm.add_method(ig, "__new__", itemgetter_new, NativeKind::StaticMethod);
    vm.add_method(ig, "__call__", itemgetter_call, NativeKind::Method);
    vm.add_method(ig, "__repr__", itemgetter_repr, NativeKind::Method);
    vm.add_method(ig, "__reduce__", itemgetter_reduce, NativeKind::Method);
    vm.module_set(m, "itemgetter", Value::Obj(ig));
    let ag = native_class(vm, "attrgetter", "operator");
    vm.add_method(ag, "__new__", attrgetter_new, NativeKind::StaticMethod);
    vm.add_method(ag, "__call__", attrgetter_call, NativeKind::Method);
    vm.add_method(ag, "__repr__", attrgetter_repr, NativeKind::Method);
    vm.module_set(m, "attrgetter", Value::Obj(ag));
    let mc = native_class(vm, "methodcaller", "operator");
    vm.add_method(mc, "__new__", methodcaller_new, NativeKind::StaticMethod);
    vm.add_method(mc, "__call__", methodcaller_call, NativeKind::Method);
    vm.add_method(mc, "__repr__", methodcaller_repr, NativeKind::Method);
    vm.module_set(m, "methodcaller", Value::Obj(mc));
    Ok(m)
}

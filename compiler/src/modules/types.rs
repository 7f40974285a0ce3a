//! `_types`: the Rust half of `types` (whose Python half is `runtime/std/types.py`): the
//! built-in type objects, constructors for `MethodType(func, obj)` and `ModuleType(name,
//! doc=None)`, and `X | Y` on classes (`UnionType`).

use crate::builtins::args;
use crate::builtins::functions::is_callable;
use crate::error::{PyErr, PyResult};
use crate::value::*;
use crate::vm::Vm;

use super::sys::new_native_class;

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let t = &vm.types;
    let names: [(&str, ObjRef); 17] = [
        ("FunctionType", t.function),
        ("LambdaType", t.function),
        ("CodeType", t.code),
        ("CellType", t.cell),
        ("GeneratorType", t.generator),
        ("CoroutineType", t.coroutine),
        ("AsyncGeneratorType", t.async_generator),
        ("MethodType", t.method),
        ("BuiltinFunctionType", t.builtin_function),
        ("BuiltinMethodType", t.builtin_function),
        ("MethodWrapperType", t.builtin_function),
        ("WrapperDescriptorType", t.builtin_function),
        ("MethodDescriptorType", t.builtin_function),
        ("ModuleType", t.module),
        ("NoneType", t.none),
        ("EllipsisType", t.ellipsis),
        ("NotImplementedType", t.not_implemented),
    ];
    let (method, module) = (t.method, t.module);
    if vm.lookup_mro(method, "__new__").is_none_or(|n| vm.is_object_new(n)) {
        vm.add_method(method, "__new__", method_new, NativeKind::StaticMethod);
    }
    if vm.lookup_mro(module, "__new__").is_none_or(|n| vm.is_object_new(n)) {
        vm.add_method(module, "__new__", module_new, NativeKind::StaticMethod);
    }
    let m = vm.new_module("_types");
    for (n, c) in names {
        vm.module_set(m, n, Value::Obj(c));
    }
    if let Some(u) = union_class(vm) {
        vm.module_set(m, "UnionType", Value::Obj(u));
    }
    if let Some(g) = vm.generic_alias_class {
        vm.module_set(m, "GenericAlias", Value::Obj(g));
    }
    let native_named = vm.new_native_fn("_native_named", native_named);
    vm.module_set(m, "_native_named", native_named);
    let mark = vm.new_native_fn("_mark_iterable_coroutine", mark_iterable_coroutine);
    vm.module_set(m, "_mark_iterable_coroutine", mark);
    let is_marked = vm.new_native_fn("_is_iterable_coroutine", is_iterable_coroutine);
    vm.module_set(m, "_is_iterable_coroutine", is_marked);
    Ok(m)
}

/// `_mark_iterable_coroutine(func)`: what `types.coroutine` does to a generator function
/// (CPython sets CO_ITERABLE_COROUTINE on a copy of its code): the generators it makes can
/// be awaited. False, changing nothing, for anything but a Python generator function.
fn mark_iterable_coroutine(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("_mark_iterable_coroutine", &a, 1, 1)?;
    let Some(r) = a.pos[0].as_obj() else { return Ok(Value::Bool(false)) };
    let Obj::Function(f) = vm.heap.get_mut(r) else { return Ok(Value::Bool(false)) };
    if !f.code.flags.generator {
        return Ok(Value::Bool(false));
    }
    if !f.code.flags.iterable_coroutine {
        let mut code = (*f.code).clone();
        code.flags.iterable_coroutine = true;
        f.code = std::rc::Rc::new(code);
    }
    Ok(Value::Bool(true))
}

/// `_is_iterable_coroutine(obj)`: `obj` is a generator of a function `types.coroutine`
/// marked (and not finished).
fn is_iterable_coroutine(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("_is_iterable_coroutine", &a, 1, 1)?;
    let marked = match a.pos[0].as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Generator(g)) => g.frame.as_ref().is_some_and(|f| f.code.flags.iterable_coroutine),
        _ => false,
    };
    Ok(Value::Bool(marked))
}

/// `_native_named(cls)`: messages name `cls` `module.name`, as CPython names the types its
/// C modules define (`array.array`), for a standard module written in Python that stands in
/// for a C one. Returns `cls`.
fn native_named(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("_native_named", &a, 1, 1)?;
    match a.pos[0].as_obj().map(|r| (r, vm.heap.get_mut(r))) {
        Some((_, Obj::Class(c))) => c.module_native = true,
        _ => return Err(PyErr::type_error("_native_named() argument must be a class")),
    }
    Ok(a.pos[0])
}

fn method_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_pos("method", a.pos.len().saturating_sub(1), 2, 2)?;
    let (func, obj) = (a.pos[1], a.pos[2]);
    if !is_callable(vm, func) {
        return Err(PyErr::type_error("first argument must be callable"));
    }
    if obj.is_none() {
        return Err(PyErr::type_error("instance must not be None"));
    }
    Ok(vm.alloc(Obj::BoundMethod { receiver: obj, func }))
}

fn module_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_pos("module", a.pos.len().saturating_sub(1), 1, 2)?;
    let name = vm.str_arg(a.pos[1], "module.__init__() argument 'name'")?;
    let m = vm.new_module(&name);
    if let Some(&doc) = a.pos.get(2) {
        vm.module_set(m, "__doc__", doc);
    }
    Ok(Value::Obj(m))
}

// ---- `X | Y` on classes: types.UnionType ----

/// Gives `type` the `__or__`/`__ror__` that build `types.UnionType` objects (`int | None`),
/// unless the VM already provides them. The UnionType class is carried as the bound value of
/// those natives.
pub fn register_union(vm: &mut Vm) {
    let t = vm.types.type_;
    if vm.lookup_mro(t, "__or__").is_some() {
        return;
    }
    let object = vm.types.object;
    let cls = new_native_class(vm, "UnionType", "types", object, BuiltinKind::Other);
    let methods: [(&'static str, NativeFn); 8] = [
        ("__repr__", union_repr),
        ("__str__", union_repr),
        ("__or__", union_or),
        ("__ror__", union_ror),
        ("__eq__", union_eq),
        ("__hash__", union_hash),
        ("__instancecheck__", union_instancecheck),
        ("__subclasscheck__", union_subclasscheck),
    ];
    for (name, f) in methods {
        vm.add_method(cls, name, f, NativeKind::Method);
    }
    let or = vm.new_bound_native("__or__", type_or, Value::Obj(cls));
    let ror = vm.new_bound_native("__ror__", type_ror, Value::Obj(cls));
    vm.class_set_attr(t, "__or__", or);
    vm.class_set_attr(t, "__ror__", ror);
}

/// The UnionType class installed by `register_union`, if any.
fn union_class(vm: &Vm) -> Option<ObjRef> {
    let f = vm.lookup_mro(vm.types.type_, "__or__")?.as_obj()?;
    match vm.heap.get(f) {
        Obj::Native(n) if n.name == "__or__" => n.bound.and_then(|b| b.as_obj()),
        _ => None,
    }
}

/// The members of a union operand: a class, `None`, or a union; `None` for anything else.
fn union_members(vm: &Vm, ucls: ObjRef, v: Value) -> Option<Vec<Value>> {
    if v.is_none() {
        return Some(vec![Value::Obj(vm.types.none)]);
    }
    let r = v.as_obj()?;
    match vm.heap.get(r) {
        Obj::Class(_) => Some(vec![v]),
        Obj::Instance(_) if super::generic_alias::is_alias(vm, v) => Some(vec![v]),
        Obj::Instance(i) if i.class == ucls => {
            let args = vm.instance_attr(v, "__args__")?;
            vm.heap.tuple(args).cloned()
        }
        _ => None,
    }
}

fn make_union(vm: &mut Vm, ucls: ObjRef, a: Value, b: Value) -> Value {
    let (Some(xs), Some(ys)) = (union_members(vm, ucls, a), union_members(vm, ucls, b)) else {
        return vm.not_implemented();
    };
    let mut members: Vec<Value> = Vec::new();
    for m in xs.into_iter().chain(ys) {
        if !members.iter().any(|x| x.is(m)) {
            members.push(m);
        }
    }
    if members.len() == 1 {
        return members[0];
    }
    let args = vm.new_tuple(members);
    let d = vm.heap.alloc(Obj::Dict(Box::default()));
    vm.dict_set_str(d, "__args__", args);
    vm.alloc(Obj::Instance(Box::new(Instance::with_dict(ucls, d, Payload::None))))
}

/// `a | b` for a `types.GenericAlias` operand (NotImplemented when `|` has no union type).
pub fn union_of(vm: &mut Vm, a: Value, b: Value) -> Value {
    match union_class(vm) {
        Some(ucls) => make_union(vm, ucls, a, b),
        None => vm.not_implemented(),
    }
}

fn bound_class(args: &Args) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(Value::Obj(r)) => Ok(*r),
        _ => Err(PyErr::type_error("UnionType is not initialised")),
    }
}

fn type_or(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_pos("__or__", a.pos.len().saturating_sub(1), 2, 2)?;
    let ucls = bound_class(&a)?;
    Ok(make_union(vm, ucls, a.pos[1], a.pos[2]))
}

fn type_ror(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_pos("__ror__", a.pos.len().saturating_sub(1), 2, 2)?;
    let ucls = bound_class(&a)?;
    Ok(make_union(vm, ucls, a.pos[2], a.pos[1]))
}

fn self_members(vm: &Vm, a: &Args) -> PyResult<(ObjRef, Vec<Value>)> {
    let ucls = union_class(vm).ok_or_else(|| PyErr::type_error("UnionType is not initialised"))?;
    let this = a.pos.first().copied().unwrap_or(Value::None);
    match this.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Instance(i)) if i.class == ucls => {}
        _ => return Err(PyErr::type_error("descriptor requires a 'types.UnionType' object")),
    }
    let members = union_members(vm, ucls, this).unwrap_or_default();
    Ok((ucls, members))
}

fn union_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (_, members) = self_members(vm, &a)?;
    let mut parts = Vec::with_capacity(members.len());
    for m in members {
        let s = match m.as_obj().map(|r| vm.heap.get(r)) {
            Some(Obj::Class(c)) => {
                let module = vm.heap.str_of(c.module).unwrap_or("builtins").to_string();
                if m.as_obj() == Some(vm.types.none) {
                    "None".to_string()
                } else if module == "builtins" {
                    c.qualname.to_string()
                } else {
                    format!("{module}.{}", c.qualname)
                }
            }
            _ => vm.repr(m)?,
        };
        parts.push(s);
    }
    Ok(vm.new_str(parts.join(" | ")))
}

fn union_or(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("__or__", &a, 1, 1)?;
    let (ucls, _) = self_members(vm, &a)?;
    Ok(make_union(vm, ucls, a.pos[0], a.pos[1]))
}

fn union_ror(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("__ror__", &a, 1, 1)?;
    let (ucls, _) = self_members(vm, &a)?;
    Ok(make_union(vm, ucls, a.pos[1], a.pos[0]))
}

fn union_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("__eq__", &a, 1, 1)?;
    let (ucls, xs) = self_members(vm, &a)?;
    let other = a.pos[1];
    let is_union = matches!(other.as_obj().map(|r| vm.heap.get(r)), Some(Obj::Instance(i)) if i.class == ucls);
    if !is_union {
        return Ok(vm.not_implemented());
    }
    let ys = union_members(vm, ucls, other).unwrap_or_default();
    let same = xs.len() == ys.len() && xs.iter().all(|x| ys.iter().any(|y| y.is(*x)));
    Ok(Value::Bool(same))
}

fn union_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (_, members) = self_members(vm, &a)?;
    let mut h: i64 = 0x5a5a;
    for m in members {
        h ^= vm.hash(m)?;
    }
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn union_instancecheck(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("__instancecheck__", &a, 1, 1)?;
    let (_, members) = self_members(vm, &a)?;
    let ok = members.iter().any(|m| m.as_obj().is_some_and(|c| vm.is_instance(a.pos[1], c)));
    Ok(Value::Bool(ok))
}

fn union_subclasscheck(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("__subclasscheck__", &a, 1, 1)?;
    let (_, members) = self_members(vm, &a)?;
    let Some(sub) = a.pos[1].as_obj().filter(|r| matches!(vm.heap.get(*r), Obj::Class(_))) else {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    };
    let ok = members.iter().any(|m| m.as_obj().is_some_and(|c| vm.is_subclass(sub, c)));
    Ok(Value::Bool(ok))
}

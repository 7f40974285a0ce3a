//! `types.GenericAlias`: what subscripting a built-in class gives (`list[int]`,
//! `dict[str, T]`, `type[C]`), and what `types.GenericAlias(origin, args)` makes. An instance
//! keeps `__origin__`, `__args__` and `__parameters__` in its dict; everything else it does
//! by delegating to the origin (calls, attributes, subclassing), as CPython's does.

use crate::builtins::args;
use crate::error::{PyErr, PyResult};
use crate::value::*;
use crate::vm::Vm;

use super::sys::new_native_class;

/// Creates the class (once per VM).
pub fn register(vm: &mut Vm) {
    let object = vm.types.object;
    let cls = new_native_class(vm, "GenericAlias", "types", object, BuiltinKind::Other);
    let methods: [(&'static str, NativeFn); 12] = [
        ("__repr__", ga_repr),
        ("__call__", ga_call),
        ("__eq__", ga_eq),
        ("__hash__", ga_hash),
        ("__getitem__", ga_getitem),
        ("__getattr__", ga_getattr),
        ("__mro_entries__", ga_mro_entries),
        ("__instancecheck__", ga_instancecheck),
        ("__subclasscheck__", ga_subclasscheck),
        ("__or__", ga_or),
        ("__ror__", ga_ror),
        ("__reduce__", ga_reduce),
    ];
    for (name, f) in methods {
        vm.add_method(cls, name, f, NativeKind::Method);
    }
    vm.add_method(cls, "__new__", ga_new, NativeKind::StaticMethod);
    // Attribute lookups that miss go to `__getattr__` only for classes flagged to have one.
    if let Obj::Class(c) = vm.heap.get_mut(cls) {
        c.hooks.getattr = true;
    }
    vm.generic_alias_class = Some(cls);
}

/// `origin[args]` as a `types.GenericAlias` (`args` a tuple for several arguments).
pub fn new_alias(vm: &mut Vm, origin: Value, args: Value) -> PyResult<Value> {
    let Some(cls) = vm.generic_alias_class else {
        return Ok(origin);
    };
    let (args, items) = match vm.heap.tuple(args) {
        Some(items) => (args, items.clone()),
        None => (vm.new_tuple(vec![args]), vec![args]),
    };
    let params = parameters(vm, &items)?;
    let params = vm.new_tuple(params);
    let d = vm.heap.alloc(Obj::Dict(Box::default()));
    vm.dict_set_str(d, "__origin__", origin);
    vm.dict_set_str(d, "__args__", args);
    vm.dict_set_str(d, "__parameters__", params);
    Ok(vm.alloc(Obj::Instance(Box::new(Instance::with_dict(cls, d, Payload::None)))))
}

/// Whether `v` is a `types.GenericAlias`.
pub fn is_alias(vm: &Vm, v: Value) -> bool {
    let Some(cls) = vm.generic_alias_class else { return false };
    matches!(v.as_obj().map(|r| vm.heap.get(r)), Some(Obj::Instance(i)) if i.class == cls)
}

/// The type variables among `args`, first-seen order: arguments with `__typing_subst__`
/// (TypeVar, ParamSpec, TypeVarTuple), and the `__parameters__` of the others.
fn parameters(vm: &mut Vm, args: &[Value]) -> PyResult<Vec<Value>> {
    let mut out: Vec<Value> = Vec::new();
    for &a in args {
        if a.as_obj().is_none_or(|r| matches!(vm.heap.get(r), Obj::Class(_) | Obj::Str(_))) {
            continue;
        }
        let found = if vm.heap.list(a).is_some() {
            let items = vm.heap.list(a).cloned().unwrap_or_default();
            parameters(vm, &items)?
        } else if is_alias(vm, a) {
            tuple_items(vm, field(vm, a, "__parameters__")?)
        } else if attr_or_none(vm, a, "__typing_subst__")?.is_some() {
            vec![a]
        } else {
            match attr_or_none(vm, a, "__parameters__")? {
                Some(p) => tuple_items(vm, p),
                None => Vec::new(),
            }
        };
        for p in found {
            if !out.iter().any(|q| q.is(p)) {
                out.push(p);
            }
        }
    }
    Ok(out)
}

/// `getattr(v, name, None)`, an AttributeError from a `__getattr__` included.
fn attr_or_none(vm: &mut Vm, v: Value, name: &str) -> PyResult<Option<Value>> {
    match vm.getattr_opt(v, name) {
        Err(e) if vm.err_matches(&e, crate::error::ExcKind::AttributeError) => Ok(None),
        other => other,
    }
}

fn field(vm: &Vm, this: Value, name: &str) -> PyResult<Value> {
    if !is_alias(vm, this) {
        return Err(PyErr::type_error("descriptor requires a 'types.GenericAlias' object"));
    }
    Ok(vm.instance_attr(this, name).unwrap_or(Value::None))
}

fn tuple_items(vm: &Vm, t: Value) -> Vec<Value> {
    vm.heap.tuple(t).cloned().unwrap_or_default()
}

fn ga_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("GenericAlias", &a, 2, 2)?;
    new_alias(vm, a.pos[1], a.pos[2])
}

/// One argument as CPython's `ga_repr_item` writes it.
fn repr_item(vm: &mut Vm, v: Value) -> PyResult<String> {
    if v.is(vm.singletons.ellipsis) {
        return Ok("...".into());
    }
    if let Some(items) = vm.heap.list(v).cloned() {
        let parts = items.into_iter().map(|x| repr_item(vm, x)).collect::<PyResult<Vec<_>>>()?;
        return Ok(format!("[{}]", parts.join(", ")));
    }
    if is_alias(vm, v) {
        return vm.repr(v);
    }
    if attr_or_none(vm, v, "__origin__")?.is_some() && attr_or_none(vm, v, "__args__")?.is_some() {
        return vm.repr(v);
    }
    let qualname = attr_or_none(vm, v, "__qualname__")?;
    let module = attr_or_none(vm, v, "__module__")?;
    if let (Some(q), Some(m)) = (qualname, module)
        && let (Some(q), Some(m)) = (vm.heap.str_of(q), vm.heap.str_of(m))
    {
        return Ok(if m == "builtins" { q.to_string() } else { format!("{m}.{q}") });
    }
    vm.repr(v)
}

fn ga_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("__repr__", &a, 0, 0)?;
    let origin = field(vm, a.pos[0], "__origin__")?;
    let items = tuple_items(vm, field(vm, a.pos[0], "__args__")?);
    let mut s = repr_item(vm, origin)?;
    s.push('[');
    if items.is_empty() {
        s.push_str("()");
    }
    for (i, x) in items.into_iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&repr_item(vm, x)?);
    }
    s.push(']');
    Ok(vm.new_str(s.as_str()))
}

fn ga_call(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let this = a.pos.remove(0);
    let origin = field(vm, this, "__origin__")?;
    let result = vm.call(origin, a)?;
    // Like CPython, instances that cannot take the attribute simply go without it.
    let _ = vm.setattr(result, "__orig_class__", this);
    Ok(result)
}

fn ga_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("__eq__", &a, 1, 1)?;
    let (this, other) = (a.pos[0], a.pos[1]);
    if !is_alias(vm, other) {
        return Ok(vm.not_implemented());
    }
    let (o1, o2) = (field(vm, this, "__origin__")?, field(vm, other, "__origin__")?);
    if !vm.eq(o1, o2)? {
        return Ok(Value::Bool(false));
    }
    let (a1, a2) = (field(vm, this, "__args__")?, field(vm, other, "__args__")?);
    Ok(Value::Bool(vm.eq(a1, a2)?))
}

fn ga_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("__hash__", &a, 0, 0)?;
    let origin = field(vm, a.pos[0], "__origin__")?;
    let args = field(vm, a.pos[0], "__args__")?;
    let h = vm.hash(origin)? ^ vm.hash(args)?;
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

/// `dict[str, T][int]`: substitutes the type variables, in `__parameters__` order.
fn ga_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("__getitem__", &a, 1, 1)?;
    let this = a.pos[0];
    let params = tuple_items(vm, field(vm, this, "__parameters__")?);
    if params.is_empty() {
        let r = vm.repr(this)?;
        return Err(PyErr::type_error(format!("{r} is not a generic class")));
    }
    let given = match vm.heap.tuple(a.pos[1]) {
        Some(t) => t.clone(),
        None => vec![a.pos[1]],
    };
    if given.len() != params.len() {
        let r = vm.repr(this)?;
        let which = if given.len() > params.len() { "many" } else { "few" };
        return Err(PyErr::type_error(format!(
            "Too {which} arguments for {r}; actual {}, expected {}",
            given.len(),
            params.len()
        )));
    }
    let items = tuple_items(vm, field(vm, this, "__args__")?);
    let mut out = Vec::with_capacity(items.len());
    for x in items {
        out.push(substitute(vm, x, &params, &given)?);
    }
    let origin = field(vm, this, "__origin__")?;
    let args = vm.new_tuple(out);
    new_alias(vm, origin, args)
}

fn substitute(vm: &mut Vm, x: Value, params: &[Value], given: &[Value]) -> PyResult<Value> {
    if let Some(i) = params.iter().position(|p| p.is(x)) {
        return Ok(given[i]);
    }
    if let Some(items) = vm.heap.list(x).cloned() {
        let mut out = Vec::with_capacity(items.len());
        for i in items {
            out.push(substitute(vm, i, params, given)?);
        }
        return Ok(vm.new_list(out));
    }
    if x.as_obj().is_none_or(|r| matches!(vm.heap.get(r), Obj::Class(_))) {
        return Ok(x);
    }
    let Some(inner) = attr_or_none(vm, x, "__parameters__")? else { return Ok(x) };
    let inner = tuple_items(vm, inner);
    if inner.is_empty() {
        return Ok(x);
    }
    let mut sub = Vec::with_capacity(inner.len());
    for p in inner {
        sub.push(substitute(vm, p, params, given)?);
    }
    let key = if sub.len() == 1 { sub[0] } else { vm.new_tuple(sub) };
    vm.getitem(x, key)
}

/// Attributes the alias answers itself (or not at all) instead of asking its origin.
const OWN: [&str; 9] = [
    "__class__",
    "__bases__",
    "__origin__",
    "__args__",
    "__parameters__",
    "__unpacked__",
    "__typing_unpacked_tuple_args__",
    "__copy__",
    "__deepcopy__",
];

fn ga_getattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("__getattr__", &a, 1, 1)?;
    let name = vm.str_arg(a.pos[1], "attribute name")?;
    if OWN.contains(&&*name) {
        return Err(vm.attribute_error(a.pos[0], &name));
    }
    let origin = field(vm, a.pos[0], "__origin__")?;
    vm.getattr(origin, &name)
}

fn ga_mro_entries(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("__mro_entries__", &a, 1, 1)?;
    let origin = field(vm, a.pos[0], "__origin__")?;
    Ok(vm.new_tuple(vec![origin]))
}

fn ga_instancecheck(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Err(PyErr::type_error("isinstance() argument 2 cannot be a parameterized generic"))
}

fn ga_subclasscheck(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Err(PyErr::type_error("issubclass() argument 2 cannot be a parameterized generic"))
}

fn ga_or(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("__or__", &a, 1, 1)?;
    Ok(super::types::union_of(vm, a.pos[0], a.pos[1]))
}

fn ga_ror(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("__ror__", &a, 1, 1)?;
    Ok(super::types::union_of(vm, a.pos[1], a.pos[0]))
}

/// `(types.GenericAlias, (origin, args))`, so aliases pickle and copy.
fn ga_reduce(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("__reduce__", &a, 0, 0)?;
    let this = a.pos[0];
    let origin = field(vm, this, "__origin__")?;
    let args = field(vm, this, "__args__")?;
    let cls = Value::Obj(vm.type_of(this));
    let inner = vm.new_tuple(vec![origin, args]);
    Ok(vm.new_tuple(vec![cls, inner]))
}

//! `_collections`: the Rust half of `collections` (whose Python half is `runtime/std/collections.py`):
//! `deque` and natives for the hot or frame-dependent parts (`Counter` counting,
//! `namedtuple`'s module and field getters). Also `collections.abc`, the name under which
//! `_collections_abc` (Python) is imported.

use crate::builtins::args;
use crate::bytecode::opcode::BinOp;
use crate::error::{PyErr, PyResult};
use crate::value::*;
use crate::vm::Vm;

mod deque;

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_collections");
    let deque = deque::make_class(vm);
    vm.module_set(m, "deque", Value::Obj(deque));
    vm.module_add_fn(m, "_count_elements", count_elements);
    vm.module_add_fn(m, "_caller_module", caller_module);
    vm.module_add_fn(m, "_tuplegetter", tuplegetter);
    vm.module_add_fn(m, "_odict_view", odict_view);
    let methods: [(&'static str, NativeFn); 4] = [
        ("move_to_end", odict_move_to_end),
        ("popitem", odict_popitem),
        ("iter", odict_iter),
        ("reversed", odict_reversed),
    ];
    for (name, func) in methods {
        let f = vm.alloc(Obj::Native(Box::new(NativeFunction { name, func, kind: NativeKind::Method, bound: None })));
        vm.module_set(m, &format!("_odict_{name}"), f);
    }
    Ok(m)
}

/// `collections.abc` is the module object of `_collections_abc` (Python), as in CPython.
pub fn init_abc(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.import_name("_collections_abc", Value::None, 0)?;
    let key = vm.new_str("collections.abc");
    let modules = Value::Obj(vm.modules);
    vm.dict_set(modules, key, m)?;
    m.as_obj().ok_or_else(|| crate::error::PyErr::type_error("_collections_abc is not a module"))
}

/// True when `cls` inherits `name` from `dict` itself (no Python override).
fn dict_method_untouched(vm: &Vm, cls: ObjRef, name: &str) -> bool {
    match (vm.lookup_mro(cls, name), vm.lookup_mro(vm.types.dict, name)) {
        (Some(a), Some(b)) => a.is(b),
        _ => false,
    }
}

/// `_count_elements(mapping, iterable)`: `mapping[e] = mapping.get(e, 0) + 1` for each `e`.
fn count_elements(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("_count_elements", &args, 2, 2)?;
    let (mapping, iterable) = (args.pos[0], args.pos[1]);
    let cls = vm.type_of(mapping);
    let inner = vm.builtin_value(mapping);
    let direct = vm.heap.dict(inner).is_some()
        && dict_method_untouched(vm, cls, "__setitem__")
        && dict_method_untouched(vm, cls, "get");
    let it = vm.iter(iterable)?;
    vm.temp_roots.push(it);
    let result = count_loop(vm, mapping, inner, it, direct);
    vm.temp_roots.pop();
    result?;
    Ok(Value::None)
}

fn count_loop(vm: &mut Vm, mapping: Value, inner: Value, it: Value, direct: bool) -> PyResult<()> {
    let get = if direct { None } else { Some(vm.getattr(mapping, "get")?) };
    if let Some(g) = get {
        vm.temp_roots.push(g);
    }
    let result = (|| {
        while let Some(elem) = vm.next_for_native(it, &[mapping, inner])? {
            vm.temp_roots.push(elem);
            let step = count_one(vm, mapping, inner, elem, get, direct);
            vm.temp_roots.pop();
            step?;
        }
        Ok(())
    })();
    if get.is_some() {
        vm.temp_roots.pop();
    }
    result
}

fn count_one(vm: &mut Vm, mapping: Value, inner: Value, elem: Value, get: Option<Value>, direct: bool) -> PyResult<()> {
    let old = match get {
        None => vm.dict_get(inner, elem)?.unwrap_or(Value::Int(0)),
        Some(g) => vm.call_pos(g, vec![elem, Value::Int(0)])?,
    };
    let new = match old {
        Value::Int(i) if i < i64::MAX => Value::Int(i + 1),
        _ => {
            vm.temp_roots.push(old);
            let r = vm.binop(old, Value::Int(1), BinOp::Add);
            vm.temp_roots.pop();
            r?
        }
    };
    vm.temp_roots.push(new);
    let r = if direct { vm.dict_set(inner, elem, new) } else { vm.setitem(mapping, elem, new) };
    vm.temp_roots.pop();
    r
}

/// `_caller_module(depth)`: `__name__` of the globals `depth` Python frames up from the caller.
fn caller_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("_caller_module", &args, 0, 1)?;
    let depth = match args.pos.first() {
        Some(&v) => vm.index_i64(v)?.max(0) as usize,
        None => 0,
    };
    let globals = if depth == 0 {
        Some(vm.frame.globals)
    } else {
        vm.frames.len().checked_sub(depth).map(|i| vm.frames[i].globals)
    };
    let name = globals.and_then(|g| vm.dict_get_str(g, "__name__"));
    Ok(match name {
        Some(n) => n,
        None => vm.new_str("__main__"),
    })
}

/// `_tuplegetter(index, doc)`: a read-only property returning item `index` of a tuple
/// (subclass) instance, for namedtuple fields.
fn tuplegetter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("_tuplegetter", &args, 2, 2)?;
    let index = vm.index_i64(args.pos[0])?;
    let getter = vm.new_bound_native("_tuplegetter", tuple_item, Value::Int(index));
    Ok(vm.alloc(Obj::Property(Box::new(Property::read_only(getter, args.pos[1])))))
}

fn tuple_item(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let index = match args.pos.first() {
        Some(Value::Int(i)) => *i as usize,
        _ => 0,
    };
    let Some(&this) = args.pos.get(1) else {
        return Err(crate::error::PyErr::type_error("descriptor needs an argument"));
    };
    let inner = vm.builtin_value(this);
    match vm.heap.tuple(inner).and_then(|t| t.get(index)) {
        Some(&v) => Ok(v),
        None => Err(crate::error::PyErr::index_error("tuple index out of range")),
    }
}

/// The `last` argument of `OrderedDict.move_to_end`/`popitem`, found at position `at`
/// (after the receiver and the method's `at - 1` other arguments), checked as CPython's
/// argument clinic does: at most `at` arguments besides the receiver.
fn last_arg(vm: &mut Vm, args: &mut Args, name: &str, at: usize) -> PyResult<bool> {
    args::check_kw(name, args, &["last"])?;
    let n = args.pos.len().saturating_sub(1);
    if n > at {
        let s = if at == 1 { "" } else { "s" };
        return Err(PyErr::type_error(format!("{name}() takes at most {at} argument{s} ({n} given)")));
    }
    match args::arg_or_kw(args, at, "last") {
        Some(v) => vm.truthy(v),
        None => Ok(true),
    }
}

/// `OrderedDict.move_to_end(key, last=True)`, natively: an LRU cache calls it per hit.
fn odict_move_to_end(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let last = last_arg(vm, &mut args, "move_to_end", 2)?;
    let (Some(&this), Some(&key)) = (args.pos.first(), args.pos.get(1)) else {
        return Err(PyErr::type_error("move_to_end() missing required argument 'key' (pos 1)"));
    };
    if vm.dict_move_to_end(this, key, last)? { Ok(Value::None) } else { Err(PyErr::key_error(key)) }
}

/// `_odict_view(cls, od)`: `od`'s dict seen through `cls`, a subclass of a dict view class.
fn odict_view(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("_odict_view", &args, 2, 2)?;
    let Some(cls) = args.pos[0].as_obj() else { return Err(PyErr::type_error("_odict_view: expected a class")) };
    crate::builtins::dict_methods::new_view_as(vm, args.pos[1], cls)
}

/// `iter(od)` and `reversed(od)`: the dict's own walk, as an `odict_iterator` with the
/// mutation message of CPython's.
#[derive(Debug)]
struct OdictIter {
    dict: Value,
    len: usize,
    /// The dict walk; `None` once a mutation ended the iteration.
    inner: Option<Value>,
}

impl NativeIter for OdictIter {
    fn type_name(&self) -> &'static str {
        "odict_iterator"
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(inner) = self.inner else { return Ok(None) };
        if vm.len(self.dict)? != self.len {
            self.inner = None;
            return Err(PyErr::runtime_error("OrderedDict mutated during iteration"));
        }
        vm.next(inner)
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.dict);
        out.extend(self.inner);
    }
}

fn odict_walk(vm: &mut Vm, args: &Args, name: &str, reverse: bool) -> PyResult<Value> {
    args::check_method(name, args, 0, 0)?;
    let dict = vm.builtin_value(args.pos[0]);
    let inner =
        if reverse { crate::builtins::dict_methods::dict_reversed(vm, Args::new(vec![dict]))? } else { vm.iter(dict)? };
    Ok(odict_iterator(vm, dict, inner))
}

/// An `odict_iterator` over `inner`, a walk of the dict object `dict` (an OrderedDict's, or
/// one of its views').
pub(crate) fn odict_iterator(vm: &mut Vm, dict: Value, inner: Value) -> Value {
    let len = vm.heap.dict(dict).map_or(0, |d| d.len());
    vm.new_native_iter(Box::new(OdictIter { dict, len, inner: Some(inner) }))
}

fn odict_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    odict_walk(vm, &args, "OrderedDict.__iter__", false)
}

fn odict_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    odict_walk(vm, &args, "OrderedDict.__reversed__", true)
}

/// `OrderedDict.popitem(last=True)`, natively.
fn odict_popitem(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let last = last_arg(vm, &mut args, "popitem", 1)?;
    let Some(&this) = args.pos.first() else {
        return Err(PyErr::type_error("descriptor 'popitem' needs an argument"));
    };
    match vm.dict_pop_end(this, last)? {
        Some((k, v)) => Ok(vm.new_tuple(vec![k, v])),
        None => Err(PyErr::key_error(vm.new_str("dictionary is empty"))),
    }
}

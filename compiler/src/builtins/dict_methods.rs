//! Methods of `dict`, and the `dict_keys`/`dict_values`/`dict_items` view classes.
//!
//! Views are instances of three built-in classes created here, carrying the mapping they view
//! (a dict, or an instance of a dict subclass: `view.mapping` shows it) as
//! `Payload::Builtin(mapping)`; their behaviour (len, iter, in, repr, set operations) comes
//! entirely from the native methods registered on those classes.

use std::rc::Rc;

use crate::builtins::args;
use crate::builtins::list_methods::{class_getitem, repr_enter, repr_leave, same_or_eq};
use crate::builtins::set_methods::set_from_iterable;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::*;
use crate::vm::Vm;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

impl ViewKind {
    fn name(self) -> &'static str {
        match self {
            ViewKind::Keys => "dict_keys",
            ViewKind::Values => "dict_values",
            ViewKind::Items => "dict_items",
        }
    }
    fn index(self) -> usize {
        self as usize
    }
}

fn is_dict(vm: &Vm, v: Value) -> bool {
    let Some(r) = v.as_obj() else { return false };
    match vm.heap.get(r) {
        Obj::Dict(_) => true,
        Obj::Instance(i) => {
            matches!(i.payload, Payload::Builtin(_))
                && matches!(vm.heap.get(i.class), Obj::Class(c) if c.builtin == BuiltinKind::Dict)
        }
        _ => false,
    }
}

/// The dict object inside `v` (a dict or an instance of a dict subclass).
fn dict_obj(vm: &Vm, v: Value, name: &str) -> PyResult<Value> {
    if is_dict(vm, v) {
        return Ok(vm.builtin_value(v));
    }
    Err(PyErr::type_error(format!(
        "descriptor '{name}' for 'dict' objects doesn't apply to a '{}' object",
        vm.type_name(v)
    )))
}

fn entries(vm: &Vm, d: Value) -> Vec<(Value, Value)> {
    vm.heap.dict(d).map(|d| d.iter().map(|e| (e.key, e.value)).collect()).unwrap_or_default()
}

fn dict_len_of(vm: &Vm, d: Value) -> usize {
    vm.heap.dict(d).map_or(0, |d| d.len())
}

fn view_class(vm: &Vm, kind: ViewKind) -> Option<ObjRef> {
    vm.dict_view_classes[kind.index()]
}

/// A `dict_keys`/`dict_values`/`dict_items` view of `d`, a dict or dict subclass instance.
pub fn new_view(vm: &mut Vm, d: Value, kind: ViewKind) -> PyResult<Value> {
    let cls = view_class(vm, kind).ok_or_else(|| PyErr::runtime_error("dict views are not initialised"))?;
    Ok(vm.alloc(Obj::Instance(Box::new(Instance::new(cls, Payload::Builtin(d))))))
}

/// A view of the dict object `d` as an instance of `cls`, a subclass of a view class
/// (OrderedDict's `odict_keys`, `odict_values`, `odict_items`).
pub fn new_view_as(vm: &mut Vm, d: Value, cls: ObjRef) -> PyResult<Value> {
    let is_view_class = [ViewKind::Keys, ViewKind::Values, ViewKind::Items]
        .into_iter()
        .any(|kind| view_class(vm, kind).is_some_and(|vc| vm.is_subclass(cls, vc)));
    if !is_dict(vm, d) || !is_view_class {
        return Err(PyErr::type_error("expected a dict view class and a dict"));
    }
    Ok(vm.alloc(Obj::Instance(Box::new(Instance::new(cls, Payload::Builtin(d))))))
}

/// The kind and viewed dict of a view object.
pub fn view_of(vm: &Vm, v: Value) -> Option<(ViewKind, Value)> {
    view_parts(vm, v).map(|(kind, m, _)| (kind, vm.builtin_value(m)))
}

/// The kind of a view object, the mapping it views, and whether its class is one of dict's
/// own (not OrderedDict's subclasses).
fn view_parts(vm: &Vm, v: Value) -> Option<(ViewKind, Value, bool)> {
    let r = v.as_obj()?;
    let Obj::Instance(i) = vm.heap.get(r) else {
        return None;
    };
    let Payload::Builtin(d) = i.payload else {
        return None;
    };
    for kind in [ViewKind::Keys, ViewKind::Values, ViewKind::Items] {
        if view_class(vm, kind) == Some(i.class) {
            return Some((kind, d, true));
        }
    }
    // A subclass's view (OrderedDict's), after the exact classes every dict's views have: one
    // walk of the MRO, as `iter()` asks this of every list or dict subclass instance too.
    let Obj::Class(c) = vm.heap.get(i.class) else { return None };
    c.mro
        .iter()
        .find_map(|&k| {
            [ViewKind::Keys, ViewKind::Values, ViewKind::Items]
                .into_iter()
                .find(|&kind| view_class(vm, kind) == Some(k))
        })
        .map(|kind| (kind, d, false))
}

/// `iter(view)` for a dict view, without looking up and calling its `__iter__` (which the
/// view classes, like CPython's, do not let anyone replace). `None` for anything else.
pub fn iter_view(vm: &mut Vm, v: Value) -> Option<Value> {
    let (kind, m, exact) = view_parts(vm, v)?;
    let d = vm.builtin_value(m);
    let st = iter_state(vm, d, kind);
    let it = vm.new_iter(st);
    if exact { Some(it) } else { Some(crate::modules::collections::odict_iterator(vm, d, it)) }
}

fn arity(name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error(format!("dict.{name}() takes no keyword arguments")));
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

fn dict_keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("dict.keys", &args, 0, 0)?;
    dict_obj(vm, args.pos[0], "keys")?;
    new_view(vm, args.pos[0], ViewKind::Keys)
}

fn dict_values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("dict.values", &args, 0, 0)?;
    dict_obj(vm, args.pos[0], "values")?;
    new_view(vm, args.pos[0], ViewKind::Values)
}

fn dict_items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("dict.items", &args, 0, 0)?;
    dict_obj(vm, args.pos[0], "items")?;
    new_view(vm, args.pos[0], ViewKind::Items)
}

pub(crate) fn dict_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("get", &args, 1, 2)?;
    let d = dict_obj(vm, args.pos[0], "get")?;
    Ok(vm.dict_get(d, args.pos[1])?.unwrap_or(args.pos.get(2).copied().unwrap_or(Value::None)))
}

fn dict_setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("setdefault", &args, 1, 2)?;
    let d = dict_obj(vm, args.pos[0], "setdefault")?;
    if let Some(v) = vm.dict_get(d, args.pos[1])? {
        return Ok(v);
    }
    let default = args.pos.get(2).copied().unwrap_or(Value::None);
    vm.dict_set(d, args.pos[1], default)?;
    Ok(default)
}

fn dict_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("pop", &args, 1, 2)?;
    let d = dict_obj(vm, args.pos[0], "pop")?;
    match vm.dict_del(d, args.pos[1])? {
        Some(v) => Ok(v),
        None => args.pos.get(2).copied().ok_or_else(|| PyErr::key_error(args.pos[1])),
    }
}

fn dict_popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("dict.popitem", &args, 0, 0)?;
    let d = dict_obj(vm, args.pos[0], "popitem")?;
    let e = vm.heap.dict_mut(d).and_then(|t| {
        let p = t.last_pos()?;
        t.remove_at(p)
    });
    match e {
        Some(e) => Ok(vm.new_tuple(vec![e.key, e.value])),
        None => Err(PyErr::new(ExcKind::KeyError, "popitem(): dictionary is empty")),
    }
}

/// `d.update(other)` for a mapping (has `keys`) or an iterable of pairs. A generator `other`
/// may collect garbage as it runs: the calling native must need nothing afterwards but `d`,
/// `other` and `keep` (gcsafe.rs).
pub fn update_from(vm: &mut Vm, d: Value, other: Value, keep: &[Value]) -> PyResult<()> {
    if is_dict(vm, other) {
        let o = vm.builtin_value(other);
        for (k, v) in entries(vm, o) {
            vm.dict_set(d, k, v)?;
        }
        return Ok(());
    }
    if view_of(vm, other).is_none()
        && let Some(keys) = vm.getattr_opt(other, "keys")?
    {
        let ks = vm.call_pos(keys, vec![])?;
        for k in vm.collect(ks)? {
            let v = vm.getitem(other, k)?;
            vm.dict_set(d, k, v)?;
        }
        return Ok(());
    }
    let it = vm.iter(other)?;
    let mut n = 0;
    let keep: Vec<Value> = [d, other].iter().chain(keep).copied().collect();
    while let Some(item) = vm.next_for_native(it, &keep)? {
        let pair = match vm.collect(item) {
            Ok(p) => p,
            Err(e) if e.message().is_some_and(|(k, m)| k == ExcKind::TypeError && m.ends_with("is not iterable")) => {
                return Err(PyErr::type_error(format!(
                    "cannot convert dictionary update sequence element #{n} to a sequence"
                )));
            }
            Err(e) => return Err(e),
        };
        if pair.len() != 2 {
            return Err(PyErr::value_error(format!(
                "dictionary update sequence element #{n} has length {}; 2 is required",
                pair.len()
            )));
        }
        vm.dict_set(d, pair[0], pair[1])?;
        n += 1;
    }
    Ok(())
}

fn update_with_kwargs(vm: &mut Vm, d: Value, args: &Args, name: &str) -> PyResult<()> {
    if args.pos.len() > 2 {
        return Err(PyErr::type_error(format!("{name} expected at most 1 argument, got {}", args.pos.len() - 1)));
    }
    if let Some(&other) = args.pos.get(1) {
        let keep: Vec<Value> = args.pos.iter().copied().chain(args.kw.iter().map(|(_, v)| *v)).collect();
        update_from(vm, d, other, &keep)?;
    }
    for (k, v) in &args.kw {
        let key = vm.new_str(Rc::clone(k).to_string());
        vm.dict_set(d, key, *v)?;
    }
    Ok(())
}

fn dict_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_obj(vm, args.pos[0], "update")?;
    update_with_kwargs(vm, d, &args, "update")?;
    Ok(Value::None)
}

fn dict_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_obj(vm, args.pos[0], "__init__")?;
    update_with_kwargs(vm, d, &args, "dict")?;
    Ok(Value::None)
}

fn dict_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = vm.new_target(vm.types.dict, args.pos.first().copied())?;
    let d = vm.new_dict();
    Ok(vm.new_builtin_instance(cls, d))
}

fn dict_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("dict.clear", &args, 0, 0)?;
    let d = dict_obj(vm, args.pos[0], "clear")?;
    if let Some(t) = vm.heap.dict_mut(d) {
        t.clear();
    }
    Ok(Value::None)
}

/// A plain dict with the same entries, in order.
pub fn copy_dict(vm: &mut Vm, d: Value) -> Value {
    let copy = vm.heap.dict(d).cloned().unwrap_or_default();
    vm.alloc(Obj::Dict(Box::new(copy)))
}

fn dict_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("dict.copy", &args, 0, 0)?;
    let d = dict_obj(vm, args.pos[0], "copy")?;
    Ok(copy_dict(vm, d))
}

fn dict_fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("fromkeys", &args, 1, 2)?;
    let cls = args.pos[0];
    let value = args.pos.get(2).copied().unwrap_or(Value::None);
    let keys = vm.collect(args.pos[1])?;
    let is_plain = cls.as_obj() == Some(vm.types.dict);
    let target = if is_plain { vm.new_dict() } else { vm.call_pos(cls, vec![])? };
    for k in keys {
        if is_plain {
            vm.dict_set(target, k, value)?;
        } else {
            vm.setitem(target, k, value)?;
        }
    }
    Ok(target)
}

fn dict_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("dict.__len__", &args, 0, 0)?;
    let d = dict_obj(vm, args.pos[0], "__len__")?;
    Ok(Value::Int(dict_len_of(vm, d) as i64))
}

fn dict_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("dict.__getitem__", &args, 1, 1)?;
    let me = args.pos[0];
    let d = dict_obj(vm, me, "__getitem__")?;
    if let Some(v) = vm.dict_get(d, args.pos[1])? {
        return Ok(v);
    }
    if !d.is(me) {
        let cls = vm.type_of(me);
        if let Some(missing) = vm.lookup_mro(cls, "__missing__") {
            return vm.call_pos(missing, vec![me, args.pos[1]]);
        }
    }
    Err(PyErr::key_error(args.pos[1]))
}

fn dict_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("dict.__setitem__", &args, 2, 2)?;
    let d = dict_obj(vm, args.pos[0], "__setitem__")?;
    vm.dict_set(d, args.pos[1], args.pos[2])?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("dict.__delitem__", &args, 1, 1)?;
    let d = dict_obj(vm, args.pos[0], "__delitem__")?;
    match vm.dict_del(d, args.pos[1])? {
        Some(_) => Ok(Value::None),
        None => Err(PyErr::key_error(args.pos[1])),
    }
}

fn dict_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("dict.__contains__", &args, 1, 1)?;
    let d = dict_obj(vm, args.pos[0], "__contains__")?;
    Ok(Value::Bool(vm.dict_get(d, args.pos[1])?.is_some()))
}

fn iter_state(vm: &Vm, d: Value, kind: ViewKind) -> IterState {
    let dict = d.as_obj().expect("dict");
    let len = dict_len_of(vm, d);
    match kind {
        ViewKind::Keys => IterState::DictKeys { dict, pos: 0, len },
        ViewKind::Values => IterState::DictValues { dict, pos: 0, len },
        ViewKind::Items => IterState::DictItems { dict, pos: 0, len },
    }
}

fn dict_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("dict.__iter__", &args, 0, 0)?;
    let d = dict_obj(vm, args.pos[0], "__iter__")?;
    let st = iter_state(vm, d, ViewKind::Keys);
    Ok(vm.new_iter(st))
}

/// `reversed(d)` and `reversed(d.keys()/values()/items())`: a walk from the last entry
/// that, like CPython's, stops with a RuntimeError once the dict's size changes.
#[derive(Debug)]
struct DictReversed {
    dict: ObjRef,
    /// Entry positions below this one are still to be visited.
    pos: usize,
    len: usize,
    kind: ViewKind,
}

impl NativeIter for DictReversed {
    fn type_name(&self) -> &'static str {
        match self.kind {
            ViewKind::Keys => "dict_reversekeyiterator",
            ViewKind::Values => "dict_reversevalueiterator",
            ViewKind::Items => "dict_reverseitemiterator",
        }
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Obj::Dict(d) = vm.heap.get(self.dict) else { return Ok(None) };
        if d.len() != self.len {
            self.pos = 0;
            self.len = usize::MAX;
            return Err(PyErr::runtime_error("dictionary changed size during iteration"));
        }
        let mut found = None;
        while self.pos > 0 {
            self.pos -= 1;
            if let Some(e) = d.entry_at(self.pos) {
                found = Some((e.key, e.value));
                break;
            }
        }
        let Some((k, v)) = found else { return Ok(None) };
        Ok(Some(match self.kind {
            ViewKind::Keys => k,
            ViewKind::Values => v,
            ViewKind::Items => vm.new_tuple(vec![k, v]),
        }))
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(Value::Obj(self.dict));
    }
    fn length_hint(&self, vm: &Vm) -> Option<i64> {
        let Obj::Dict(d) = vm.heap.get(self.dict) else { return Some(0) };
        if d.len() != self.len {
            return Some(0);
        }
        Some((0..self.pos).filter(|&p| d.entry_at(p).is_some()).count() as i64)
    }
}

fn reversed_iter(vm: &mut Vm, d: Value, kind: ViewKind) -> PyResult<Value> {
    let dict = d.as_obj().expect("dict");
    let Obj::Dict(dd) = vm.heap.get(dict) else { return Err(PyErr::type_error("expected a dict")) };
    let (pos, len) = (dd.slots(), dd.len());
    Ok(vm.new_native_iter(Box::new(DictReversed { dict, pos, len, kind })))
}

pub(crate) fn dict_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("dict.__reversed__", &args, 0, 0)?;
    let d = dict_obj(vm, args.pos[0], "__reversed__")?;
    reversed_iter(vm, d, ViewKind::Keys)
}

/// `a == b` for two dict objects.
pub fn dicts_equal(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if dict_len_of(vm, a) != dict_len_of(vm, b) {
        return Ok(false);
    }
    for (k, v) in entries(vm, a) {
        match vm.dict_get(b, k)? {
            Some(w) => {
                if !same_or_eq(vm, v, w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn dict_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("dict.__eq__", &args, 1, 1)?;
    if !is_dict(vm, args.pos[0]) || !is_dict(vm, args.pos[1]) {
        return Ok(vm.not_implemented());
    }
    let (a, b) = (vm.builtin_value(args.pos[0]), vm.builtin_value(args.pos[1]));
    Ok(Value::Bool(dicts_equal(vm, a, b)?))
}

fn dict_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("dict.__ne__", &args, 1, 1)?;
    if !is_dict(vm, args.pos[0]) || !is_dict(vm, args.pos[1]) {
        return Ok(vm.not_implemented());
    }
    let (a, b) = (vm.builtin_value(args.pos[0]), vm.builtin_value(args.pos[1]));
    Ok(Value::Bool(!dicts_equal(vm, a, b)?))
}

fn dict_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("dict.__or__", &args, 1, 1)?;
    if !is_dict(vm, args.pos[0]) || !is_dict(vm, args.pos[1]) {
        return Ok(vm.not_implemented());
    }
    let a = vm.builtin_value(args.pos[0]);
    let r = copy_dict(vm, a);
    update_from(vm, r, args.pos[1], &[])?;
    Ok(r)
}

fn dict_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("dict.__ror__", &args, 1, 1)?;
    if !is_dict(vm, args.pos[0]) || !is_dict(vm, args.pos[1]) {
        return Ok(vm.not_implemented());
    }
    let b = vm.builtin_value(args.pos[1]);
    let r = copy_dict(vm, b);
    update_from(vm, r, args.pos[0], &[])?;
    Ok(r)
}

fn dict_ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("dict.__ior__", &args, 1, 1)?;
    let d = dict_obj(vm, args.pos[0], "__ior__")?;
    update_from(vm, d, args.pos[1], &[args.pos[0]])?;
    Ok(args.pos[0])
}

fn dict_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("dict.__repr__", &args, 0, 0)?;
    let d = dict_obj(vm, args.pos[0], "__repr__")?;
    let r = d.as_obj().expect("dict");
    if !repr_enter(r) {
        return Ok(vm.new_str("{...}"));
    }
    let res = (|| -> PyResult<String> {
        let mut parts = Vec::new();
        for (k, v) in entries(vm, d) {
            let ks = vm.repr(k)?;
            let vs = vm.repr(v)?;
            parts.push(format!("{ks}: {vs}"));
        }
        Ok(format!("{{{}}}", parts.join(", ")))
    })();
    repr_leave(r);
    let s = res?;
    Ok(vm.new_str(s))
}

// ---------------------------------------------------------------- views

fn view_arg(vm: &Vm, v: Value) -> PyResult<(ViewKind, Value)> {
    view_of(vm, v).ok_or_else(|| PyErr::type_error("descriptor requires a dict view"))
}

fn view_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, d) = view_arg(vm, args.pos[0])?;
    Ok(Value::Int(dict_len_of(vm, d) as i64))
}

fn view_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    iter_view(vm, args.pos[0]).ok_or_else(|| PyErr::type_error("descriptor requires a dict view"))
}

fn view_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (kind, m, exact) =
        view_parts(vm, args.pos[0]).ok_or_else(|| PyErr::type_error("descriptor requires a dict view"))?;
    let d = vm.builtin_value(m);
    let it = reversed_iter(vm, d, kind)?;
    // OrderedDict's views walk it with its own iterator type, as CPython's.
    if exact { Ok(it) } else { Ok(crate::modules::collections::odict_iterator(vm, d, it)) }
}

fn view_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("__contains__", &args, 1, 1)?;
    let (kind, d) = view_arg(vm, args.pos[0])?;
    let x = args.pos[1];
    match kind {
        ViewKind::Keys => Ok(Value::Bool(vm.dict_get(d, x)?.is_some())),
        ViewKind::Values => {
            for (_, v) in entries(vm, d) {
                if same_or_eq(vm, v, x)? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        ViewKind::Items => {
            let pair = match x.as_obj().map(|r| vm.heap.get(r)) {
                Some(Obj::Tuple(t)) if t.len() == 2 => (t[0], t[1]),
                _ => return Ok(Value::Bool(false)),
            };
            match vm.dict_get(d, pair.0)? {
                Some(v) => Ok(Value::Bool(same_or_eq(vm, v, pair.1)?)),
                None => Ok(Value::Bool(false)),
            }
        }
    }
}

fn view_items(vm: &mut Vm, kind: ViewKind, d: Value) -> Vec<Value> {
    let es = entries(vm, d);
    es.into_iter()
        .map(|(k, v)| match kind {
            ViewKind::Keys => k,
            ViewKind::Values => v,
            ViewKind::Items => vm.new_tuple(vec![k, v]),
        })
        .collect()
}

fn view_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (kind, d) = view_arg(vm, args.pos[0])?;
    let r = args.pos[0].as_obj().expect("view");
    if !repr_enter(r) {
        return Ok(vm.new_str("..."));
    }
    let res = (|| -> PyResult<String> {
        let mut parts = Vec::new();
        for item in view_items(vm, kind, d) {
            parts.push(vm.repr(item)?);
        }
        // The type's own name, as CPython's: `odict_keys([...])` for an OrderedDict's.
        Ok(format!("{}([{}])", vm.type_name(args.pos[0]), parts.join(", ")))
    })();
    repr_leave(r);
    let s = res?;
    Ok(vm.new_str(s))
}

/// Set operations on keys/items views: computed on `set(view)` like CPython.
fn view_setop(vm: &mut Vm, args: &Args, method: &str, reflected: bool) -> PyResult<Value> {
    args::check_method(method, args, 1, 1)?;
    let (a, b) = if reflected { (args.pos[1], args.pos[0]) } else { (args.pos[0], args.pos[1]) };
    if vm.iter(b).is_err() || vm.iter(a).is_err() {
        return Ok(vm.not_implemented());
    }
    let s = set_from_iterable(vm, a)?;
    let sv = vm.alloc(Obj::Set(Box::new(s)));
    let inplace = match method {
        "__and__" | "__rand__" => "intersection_update",
        "__or__" | "__ror__" => "update",
        "__sub__" | "__rsub__" => "difference_update",
        _ => "symmetric_difference_update",
    };
    vm.call_method(sv, inplace, vec![b])?;
    Ok(sv)
}

fn view_and(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_setop(vm, &args, "__and__", false)
}
fn view_rand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_setop(vm, &args, "__rand__", true)
}
fn view_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_setop(vm, &args, "__or__", false)
}
fn view_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_setop(vm, &args, "__ror__", true)
}
fn view_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_setop(vm, &args, "__sub__", false)
}
fn view_rsub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_setop(vm, &args, "__rsub__", true)
}
fn view_xor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_setop(vm, &args, "__xor__", false)
}
fn view_rxor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_setop(vm, &args, "__rxor__", true)
}

fn view_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("isdisjoint", &args, 1, 1)?;
    let s = set_from_iterable(vm, args.pos[0])?;
    let sv = vm.alloc(Obj::Set(Box::new(s)));
    vm.call_method(sv, "isdisjoint", vec![args.pos[1]])
}

/// The set-like comparisons of keys/items views, with sets, frozensets and other such views
/// (anything else: NotImplemented), as CPython's: sizes first, then containment.
fn view_compare(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Value> {
    args::check_method(method, args, 1, 1)?;
    let (kind, _) = view_arg(vm, args.pos[0])?;
    let other = args.pos[1];
    let other_ok = match view_of(vm, other) {
        Some((k, _)) => k != ViewKind::Values,
        None => crate::builtins::set_methods::set_of(vm, other).is_some(),
    };
    if kind == ViewKind::Values || !other_ok {
        return Ok(vm.not_implemented());
    }
    let a = set_from_iterable(vm, args.pos[0])?;
    let b = set_from_iterable(vm, other)?;
    let (small, big, sizes_fit) = match method {
        "__eq__" => (&a, &b, a.len() == b.len()),
        "__lt__" => (&a, &b, a.len() < b.len()),
        "__le__" => (&a, &b, a.len() <= b.len()),
        "__gt__" => (&b, &a, a.len() > b.len()),
        _ => (&b, &a, a.len() >= b.len()),
    };
    if !sizes_fit {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(small.is_subset(big, &mut |x, y| vm.eq(x, y))?))
}

fn view_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_compare(vm, &args, "__eq__")
}
fn view_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_compare(vm, &args, "__lt__")
}
fn view_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_compare(vm, &args, "__le__")
}
fn view_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_compare(vm, &args, "__gt__")
}
fn view_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_compare(vm, &args, "__ge__")
}

fn view_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = view_eq(vm, args)?;
    Ok(match r {
        Value::Bool(b) => Value::Bool(!b),
        other => other,
    })
}

/// Views come only from a dict's keys()/values()/items(), as in CPython.
fn view_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = match args.pos.first() {
        Some(&Value::Obj(c)) if matches!(vm.heap.get(c), Obj::Class(_)) => vm.class(c).name.clone(),
        _ => "dict_keys".into(),
    };
    Err(PyErr::type_error(format!("cannot create '{name}' instances")))
}

/// `view.mapping`: a read-only proxy of the viewed mapping (a dict subclass's own instance).
fn view_mapping(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, m, _) = view_parts(vm, args.pos[0]).ok_or_else(|| PyErr::type_error("descriptor requires a dict view"))?;
    let types = vm.import_name("types", Value::None, 0)?;
    let proxy = vm.getattr(types, "MappingProxyType")?;
    vm.call_pos(proxy, vec![m])
}

fn make_class(vm: &mut Vm, name: &str) -> ObjRef {
    let dict = vm.heap.alloc(Obj::Dict(Box::default()));
    let object = vm.types.object;
    let name: Rc<str> = name.into();
    let cls = vm.heap.alloc(Obj::Class(Box::new(Class {
        name: name.clone(),
        qualname: name,
        module: Value::None,
        bases: vec![object],
        mro: Vec::new(),
        dict,
        metaclass: None,
        builtin: BuiltinKind::Other,
        version: 0,
        hooks: Default::default(),
        slots: None,
        module_native: false,
    })));
    if let Obj::Class(c) = vm.heap.get_mut(cls) {
        c.mro = vec![cls, object];
    }
    cls
}

pub fn register(vm: &mut Vm) {
    use NativeKind::*;
    let t = vm.types.dict;
    let methods: &[(&'static str, NativeFn)] = &[
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("get", dict_get),
        ("setdefault", dict_setdefault),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("update", dict_update),
        ("clear", dict_clear),
        ("copy", dict_copy),
        ("__len__", dict_len),
        ("__getitem__", dict_getitem),
        ("__setitem__", dict_setitem),
        ("__delitem__", dict_delitem),
        ("__contains__", dict_contains),
        ("__iter__", dict_iter),
        ("__reversed__", dict_reversed),
        ("__eq__", dict_eq),
        ("__ne__", dict_ne),
        ("__or__", dict_or),
        ("__ror__", dict_ror),
        ("__ior__", dict_ior),
        ("__repr__", dict_repr),
        ("__init__", dict_init),
    ];
    for &(name, f) in methods {
        vm.add_method(t, name, f, Method);
    }
    vm.class_set_attr(t, "__hash__", Value::None);
    vm.add_methods(
        t,
        &[
            ("fromkeys", dict_fromkeys, ClassMethod),
            ("__new__", dict_new, StaticMethod),
            ("__class_getitem__", class_getitem, ClassMethod),
        ],
    );

    for kind in [ViewKind::Keys, ViewKind::Values, ViewKind::Items] {
        let cls = make_class(vm, kind.name());
        let common: &[(&'static str, NativeFn)] = &[
            ("__len__", view_len),
            ("__iter__", view_iter),
            ("__reversed__", view_reversed),
            ("__contains__", view_contains),
            ("__repr__", view_repr),
        ];
        for &(name, f) in common {
            vm.add_method(cls, name, f, Method);
        }
        if kind != ViewKind::Values {
            let setlike: &[(&'static str, NativeFn)] = &[
                ("__and__", view_and),
                ("__rand__", view_rand),
                ("__or__", view_or),
                ("__ror__", view_ror),
                ("__sub__", view_sub),
                ("__rsub__", view_rsub),
                ("__xor__", view_xor),
                ("__rxor__", view_rxor),
                ("__eq__", view_eq),
                ("__ne__", view_ne),
                ("__lt__", view_lt),
                ("__le__", view_le),
                ("__gt__", view_gt),
                ("__ge__", view_ge),
                ("isdisjoint", view_isdisjoint),
            ];
            for &(name, f) in setlike {
                vm.add_method(cls, name, f, Method);
            }
            vm.class_set_attr(cls, "__hash__", Value::None);
        }
        let getter = vm.new_native_fn("mapping", view_mapping);
        let prop = vm.alloc(Obj::Property(Box::new(Property::read_only(getter, Value::None))));
        vm.class_set_attr(cls, "mapping", prop);
        vm.add_method(cls, "__new__", view_new, NativeKind::StaticMethod);
        vm.dict_view_classes[kind.index()] = Some(cls);
    }
}

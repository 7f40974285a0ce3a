//! `_copy`: the hot part of `copy.deepcopy` in Rust.
//!
//! `deepcopy` spends its time walking lists, dicts and tuples of atoms, consulting the memo
//! for every object. `_copy.deepcopy(x, memo, other)` does that walk here with CPython's
//! order of memo reads and writes (`copy.py` of 3.13: the memo is read first for every
//! object, a list or dict is entered in the memo before its items are copied, a copy that is
//! not the original is memoised and kept alive in `memo[id(memo)]`). Every other kind of
//! object goes to `other(x, memo)`, the Python half in `runtime/std/copy.py`, which finds
//! `__deepcopy__`, reductors and the state protocol and may call back into `deepcopy`.

use crate::builtins::functions::object_id;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::dict::Entry;
use crate::value::*;
use crate::vm::Vm;

/// Python frames CPython's `copy.py` spends per level of nesting (`deepcopy` and
/// `_deepcopy_list`), charged against the recursion limit so deep data fails where it fails
/// there, long before the Rust stack could run out.
const FRAMES_PER_LEVEL: usize = 2;

/// Names that, defined by a class (or, for the first three, set on an instance), change what
/// deepcopy does to an instance.
const PROTOCOL_NAMES: [&str; 9] = [
    "__deepcopy__",
    "__reduce_ex__",
    "__reduce__",
    "__getstate__",
    "__setstate__",
    "__new__",
    "__slots__",
    "__getattr__",
    "__getattribute__",
];

/// What `copy` does with an object that is not an atom.
enum Kind {
    List,
    Dict,
    Tuple,
    Instance,
    Other,
}

struct DeepCopy {
    memo: Value,
    /// `id(memo)`, the key of the keep-alive list.
    memo_id: Value,
    other: Value,
    /// `copyreg.dispatch_table`: a class in it has its own reductor.
    reductors: Value,
    /// Classes already checked for `plain_class`, valid while `class_epoch` is unchanged.
    plain_classes: Vec<(ObjRef, bool)>,
    class_epoch: u32,
}

impl DeepCopy {
    fn copy(&mut self, vm: &mut Vm, x: Value) -> PyResult<Value> {
        let d = Value::Int(object_id(x));
        if let Some(y) = vm.dict_get(self.memo, d)? {
            return Ok(y);
        }
        let Value::Obj(r) = x else {
            return Ok(x);
        };
        let kind = match vm.heap.get(r) {
            Obj::Str(_) | Obj::BigInt(_) | Obj::Bytes(_) | Obj::Complex(..) => return Ok(x),
            Obj::List(_) => Kind::List,
            Obj::Dict(_) => Kind::Dict,
            Obj::Tuple(_) => Kind::Tuple,
            Obj::Instance(_) => Kind::Instance,
            _ => Kind::Other,
        };
        let y = match kind {
            Kind::List => self.deeper(vm, |c, vm| c.list(vm, x, d))?,
            Kind::Dict => self.deeper(vm, |c, vm| c.dict(vm, x, d))?,
            Kind::Tuple => self.deeper(vm, |c, vm| c.tuple(vm, x, d))?,
            Kind::Instance if self.is_plain_instance(vm, r)? => self.deeper(vm, |c, vm| c.instance(vm, x, d))?,
            _ => vm.call_pos(self.other, vec![x, self.memo])?,
        };
        if !y.is(x) {
            vm.dict_set(self.memo, d, y)?;
            self.keep_alive(vm, x)?;
        }
        Ok(y)
    }

    /// Runs `f` one level of nesting deeper, raising `RecursionError` where CPython would.
    fn deeper(&mut self, vm: &mut Vm, f: impl FnOnce(&mut Self, &mut Vm) -> PyResult<Value>) -> PyResult<Value> {
        vm.native_depth += FRAMES_PER_LEVEL;
        let out = if vm.native_depth + vm.frames.len() > vm.limits.max_recursion || vm.stack_exhausted() {
            Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"))
        } else {
            f(self, vm)
        };
        vm.native_depth -= FRAMES_PER_LEVEL;
        out
    }

    /// `_deepcopy_list`: the copy is memoised before its items are copied (cycles), and the
    /// items are read by position, so changes a hook makes to the list are seen as `for` sees them.
    fn list(&mut self, vm: &mut Vm, x: Value, d: Value) -> PyResult<Value> {
        let len = vm.heap.list(x).map_or(0, Vec::len);
        let y = vm.new_list(Vec::with_capacity(len));
        vm.dict_set(self.memo, d, y)?;
        let mut i = 0;
        while let Some(a) = vm.heap.list(x).and_then(|l| l.get(i).copied()) {
            let b = self.copy(vm, a)?;
            if let Some(l) = vm.heap.list_mut(y) {
                l.push(b);
            }
            i += 1;
        }
        Ok(y)
    }

    /// `_deepcopy_dict`: keys and values in insertion order; a dict that changes while it is
    /// copied raises as iterating `x.items()` would.
    fn dict(&mut self, vm: &mut Vm, x: Value, d: Value) -> PyResult<Value> {
        let Value::Obj(xr) = x else { return Ok(x) };
        let (len, version) = match vm.heap.get(xr) {
            Obj::Dict(src) => (src.len(), src.version()),
            _ => return Ok(x),
        };
        let y = vm.alloc(Obj::Dict(Box::new(Dict::with_capacity(len))));
        vm.dict_set(self.memo, d, y)?;
        let mut pos = 0;
        // While every key copies to itself and nothing else wrote to `y`, the keys are known
        // distinct and their stored hashes are valid: insert without a lookup.
        let mut plain = true;
        let mut inserted = 0;
        while let Some(entry) = entry_at(vm, xr, pos, len, version)? {
            pos += 1;
            let Some(e) = entry else { continue };
            let key = self.copy(vm, e.key)?;
            let value = self.copy(vm, e.value)?;
            let Value::Obj(yr) = y else { return Ok(y) };
            plain &= key.is(e.key);
            match vm.heap.get_mut(yr) {
                Obj::Dict(out) if plain && out.len() == inserted => {
                    out.insert_new(e.hash, key, value);
                    inserted += 1;
                }
                _ => {
                    plain = false;
                    vm.dict_set(y, key, value)?;
                }
            }
        }
        Ok(y)
    }

    /// `_deepcopy_tuple`: the items first; a tuple that reached the memo meanwhile (through a
    /// cycle) is that copy; a tuple whose items all copy to themselves is itself.
    fn tuple(&mut self, vm: &mut Vm, x: Value, d: Value) -> PyResult<Value> {
        let items = vm.heap.seq_items(x).map(<[Value]>::to_vec).unwrap_or_default();
        let mut copies = Vec::with_capacity(items.len());
        for &a in &items {
            copies.push(self.copy(vm, a)?);
        }
        if let Some(y) = vm.dict_get(self.memo, d)? {
            return Ok(y);
        }
        if items.iter().zip(&copies).all(|(a, b)| a.is(*b)) {
            return Ok(x);
        }
        Ok(vm.new_tuple(copies))
    }

    /// An instance deepcopy would copy through `object.__reduce_ex__(4)`: attributes without
    /// a `__dict__` object yet, of a class whose MRO below `object` is Python classes that
    /// define none of the protocol's hooks, and that copyreg has no reductor for.
    fn is_plain_instance(&mut self, vm: &mut Vm, r: ObjRef) -> PyResult<bool> {
        let Obj::Instance(inst) = vm.heap.get(r) else { return Ok(false) };
        let Attrs::Shaped { shape, .. } = inst.attrs else { return Ok(false) };
        if !matches!(inst.payload, Payload::None) {
            return Ok(false);
        }
        let own_hook =
            vm.shapes.keys(shape).iter().any(|&k| vm.heap.str_of(k).is_some_and(|k| PROTOCOL_NAMES[..3].contains(&k)));
        if own_hook {
            return Ok(false);
        }
        let cls = inst.class;
        if self.class_epoch != vm.class_epoch {
            self.plain_classes.clear();
            self.class_epoch = vm.class_epoch;
        }
        if let Some(&(_, plain)) = self.plain_classes.iter().find(|(c, _)| *c == cls) {
            return Ok(plain);
        }
        let plain = plain_class(vm, cls) && vm.dict_get(self.reductors, Value::Obj(cls))?.is_none();
        self.plain_classes.push((cls, plain));
        Ok(plain)
    }

    /// What `_reconstruct` makes of `object.__reduce_ex__(4)`'s `(copyreg.__newobj__, (cls,),
    /// x.__dict__)`: a new instance, memoised before its state is copied; the state (a dict,
    /// so it gets its memo entry and keep-alive slot as in CPython) is deep-copied and becomes
    /// the new instance's attributes.
    fn instance(&mut self, vm: &mut Vm, x: Value, d: Value) -> PyResult<Value> {
        let Some(Obj::Instance(inst)) = x.as_obj().map(|r| vm.heap.get(r)) else { return Ok(x) };
        let Attrs::Shaped { shape, ref values } = inst.attrs else { return Ok(x) };
        let (cls, values) = (inst.class, values.clone());
        let y = vm.alloc(Obj::Instance(Box::new(Instance::new(cls, Payload::None))));
        vm.dict_set(self.memo, d, y)?;
        if values.is_empty() {
            return Ok(y);
        }
        let keys = vm.shapes.keys(shape).to_vec();
        let mut state = Dict::with_capacity(keys.len());
        for (&k, &v) in keys.iter().zip(&values) {
            let h = vm.hash(k)?;
            state.insert_new(h, k, v);
        }
        let state = vm.alloc(Obj::Dict(Box::new(state)));
        let copied = self.copy(vm, state)?;
        // The copied state has the same keys in the same order unless the memo or a hook
        // said otherwise; then `y.__dict__.update(state)` does the general thing.
        let same_keys = match copied.as_obj().map(|r| vm.heap.get(r)) {
            Some(Obj::Dict(c)) if c.len() == keys.len() && c.slots() == keys.len() => {
                let vals: Option<Vec<Value>> = keys
                    .iter()
                    .enumerate()
                    .map(|(i, &k)| c.entry_at(i).filter(|e| e.key.is(k)).map(|e| e.value))
                    .collect();
                vals
            }
            _ => None,
        };
        match (same_keys, y.as_obj().map(|r| vm.heap.get_mut(r))) {
            (Some(vals), Some(Obj::Instance(out))) => out.attrs = Attrs::Shaped { shape, values: vals },
            _ => {
                let dict = vm.getattr(y, "__dict__")?;
                vm.call_method(dict, "update", vec![copied])?;
            }
        }
        Ok(y)
    }

    /// `_keep_alive`: `memo[id(memo)].append(x)`, creating the list on first use.
    fn keep_alive(&self, vm: &mut Vm, x: Value) -> PyResult<()> {
        match vm.dict_get(self.memo, self.memo_id)? {
            Some(keep) => {
                if let Some(l) = vm.heap.list_mut(keep) {
                    l.push(x);
                } else {
                    vm.call_method(keep, "append", vec![x])?;
                }
            }
            None => {
                let keep = vm.new_list(vec![x]);
                vm.dict_set(self.memo, self.memo_id, keep)?;
            }
        }
        Ok(())
    }
}

/// `_copy.deepcopy(x, memo, other, dispatch_table)`: `memo` is a dict; `other(x, memo)`
/// copies what this module does not know (and returns the copy, leaving the memo to this
/// function); `dispatch_table` is copyreg's.
fn deepcopy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::args::check("deepcopy", &args, 4, 4)?;
    let (x, memo, other, reductors) = (args.pos[0], args.pos[1], args.pos[2], args.pos[3]);
    if !matches!(memo.as_obj().map(|r| vm.heap.get(r)), Some(Obj::Dict(_))) {
        return Err(PyErr::type_error("_copy.deepcopy() memo must be a dict"));
    }
    let mut copier = DeepCopy {
        memo,
        memo_id: Value::Int(object_id(memo)),
        other,
        reductors,
        plain_classes: Vec::new(),
        class_epoch: vm.class_epoch,
    };
    copier.copy(vm, x)
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_copy");
    vm.module_add_fn(m, "deepcopy", deepcopy);
    Ok(m)
}

/// A Python class whose instances deepcopy copies by `__reduce_ex__(4)` of `object`: every
/// class of its MRO but `object` is a plain Python class defining no hook of the protocol.
fn plain_class(vm: &Vm, cls: ObjRef) -> bool {
    plain_python_class(vm, cls, &PROTOCOL_NAMES)
}

/// Whether every class of `cls`'s MRO but `object` is a Python class (no built-in base, not
/// from a native module, no `__slots__`) that defines none of `hooks`, and attribute access
/// on its instances has no `__getattr__`/`__getattribute__`: what copying and pickling need
/// before they may treat an instance as its `__dict__`.
pub(crate) fn plain_python_class(vm: &Vm, cls: ObjRef, hooks: &[&str]) -> bool {
    let Obj::Class(c) = vm.heap.get(cls) else { return false };
    if c.hooks.getattr || c.hooks.getattribute || c.mro.last() != Some(&vm.types.object) {
        return false;
    }
    c.mro[..c.mro.len() - 1].iter().all(|&k| match vm.heap.get(k) {
        Obj::Class(k) => {
            k.builtin == BuiltinKind::Object
                && !k.module_native
                && k.slots.is_none()
                && hooks.iter().all(|n| vm.dict_get_str(k.dict, n).is_none())
        }
        _ => false,
    })
}

/// The entry at `pos` of the dict `r` (`Some(None)` for a hole, `None` past the end), or the
/// error iterating `items()` raises when the dict's keys changed since `len`/`version`.
fn entry_at(vm: &Vm, r: ObjRef, pos: usize, len: usize, version: u64) -> PyResult<Option<Option<Entry>>> {
    let Obj::Dict(src) = vm.heap.get(r) else { return Ok(None) };
    if src.version() != version {
        let msg = if src.len() != len {
            "dictionary changed size during iteration"
        } else {
            "dictionary keys changed during iteration"
        };
        return Err(PyErr::runtime_error(msg));
    }
    Ok((pos < src.slots()).then(|| src.entry_at(pos).copied()))
}

//! Which user classes `_pickle_fast` pickles and unpickles itself, and how it finds a global
//! the way `pickle.py` does (`whichmodule`, `_import_module`, `_getattribute`) without
//! running Python code. Every check errs towards answering "no": the Python half then does
//! the job, with its own errors and effects.

use crate::value::*;
use crate::vm::Vm;

/// Names that, defined by a class of the MRO below `object`, make `pickle.py` (or attribute
/// access on the class or its instances) run Python code or write something else than
/// `copyreg.__newobj__(cls)` + the instance dict.
const CLASS_HOOKS: [&str; 12] = [
    "__reduce_ex__",
    "__reduce__",
    "__getstate__",
    "__setstate__",
    "__getnewargs__",
    "__getnewargs_ex__",
    "__new__",
    "__slots__",
    "__getattr__",
    "__getattribute__",
    "__class__",
    "__dict__",
];

/// Names `pickle.py` looks up on the instance itself (`getattr(obj, ...)`), so an instance
/// attribute of that name would be used.
const OWN_HOOKS: [&str; 6] =
    ["__reduce_ex__", "__reduce__", "__getstate__", "__setstate__", "__getnewargs__", "__getnewargs_ex__"];

/// Modules whose names protocols 0-2 translate to or from their Python 2 spelling
/// (`_PY2_MODULE`, `_PY2_NAME`, `_PY3_MODULE`, `_PY3_NAME` in runtime/std/pickle.py), or that
/// `_import_module` stands in for.
const RENAMED_MODULES: &[&str] = &[
    "builtins",
    "copyreg",
    "queue",
    "pickle",
    "_pickle",
    "functools",
    "sys",
    "itertools",
    "collections",
    "_codecs",
    "__builtin__",
    "copy_reg",
    "Queue",
    "cPickle",
    "exceptions",
    "string",
    "UserDict",
    "UserList",
    "UserString",
];

/// A Python class whose instances `pickle.py` reduces with `object.__reduce_ex__`'s default:
/// every class of its MRO but `object` is a Python class of metaclass `type` without
/// `__slots__` that defines none of the hooks.
pub fn plain_class(vm: &Vm, cls: ObjRef) -> bool {
    let Obj::Class(c) = vm.heap.get(cls) else { return false };
    crate::modules::copy::plain_python_class(vm, cls, &CLASS_HOOKS)
        && c.mro[..c.mro.len() - 1].iter().all(|&k| matches!(vm.heap.get(k), Obj::Class(k) if k.metaclass.is_none()))
}

/// Whether the instance `r` has an attribute `pickle.py` would take for a hook.
pub fn has_own_hook(vm: &Vm, r: ObjRef) -> bool {
    let Obj::Instance(inst) = vm.heap.get(r) else { return true };
    let is_hook = |k: Value| vm.heap.str_of(k).is_some_and(|k| OWN_HOOKS.contains(&k));
    match &inst.attrs {
        Attrs::Shaped { shape, .. } => vm.shapes.keys(*shape).iter().any(|&k| is_hook(k)),
        Attrs::Dict(d) => match vm.heap.get(*d) {
            Obj::Dict(d) => d.iter().any(|e| is_hook(e.key)),
            _ => true,
        },
    }
}

/// The namespace of module `name` when `__import__(name)` would only return what
/// `sys.modules` holds: the module and each package above it are there already, and
/// `__import__` is the built-in one.
fn imported_module(vm: &Vm, name: &str) -> Option<ObjRef> {
    if name.is_empty() || RENAMED_MODULES.contains(&name) {
        return None;
    }
    if !builtin_import(vm) {
        return None;
    }
    let mut end = 0;
    let mut module = None;
    for part in name.split('.') {
        if part.is_empty() {
            return None;
        }
        end += part.len();
        let Some(Value::Obj(m)) = vm.dict_get_str(vm.modules, &name[..end]) else { return None };
        let Obj::Module(m) = vm.heap.get(m) else { return None };
        module = Some(m.dict);
        end += 1;
    }
    module
}

/// Whether `__import__` is still the built-in one, which returns what `sys.modules` holds
/// without running Python code.
fn builtin_import(vm: &Vm) -> bool {
    vm.dict_get_str(vm.builtins, "__import__").is_some_and(|f| vm.is_native(f))
}

/// `getattr(module, name)` for a name the module's namespace holds (a missing name would
/// go to a module `__getattr__`); dotted and `<locals>` names are left to Python.
pub fn module_global(vm: &Vm, module: &str, name: &str) -> Option<Value> {
    if name.is_empty() || name.contains('.') {
        return None;
    }
    vm.dict_get_str(imported_module(vm, module)?, name)
}

/// The `copyreg` module's namespace, where `pickle.py` finds `dispatch_table`,
/// `_extension_registry` and `_reconstructor`.
pub fn copyreg(vm: &Vm) -> Option<ObjRef> {
    if !builtin_import(vm) {
        return None;
    }
    let Some(Value::Obj(m)) = vm.dict_get_str(vm.modules, "copyreg") else { return None };
    match vm.heap.get(m) {
        Obj::Module(m) => Some(m.dict),
        _ => None,
    }
}

/// `copyreg._reconstructor`, which protocols 0 and 1 name to rebuild an instance (when it
/// is the function `copyreg` defines, which the Python Pickler names `copyreg._reconstructor`).
pub fn reconstructor(vm: &Vm) -> Option<ObjRef> {
    let Value::Obj(f) = vm.dict_get_str(copyreg(vm)?, "_reconstructor")? else { return None };
    let Obj::Function(func) = vm.heap.get(f) else { return None };
    let named = &*func.qualname == "_reconstructor" && vm.heap.str_of(func.module) == Some("copyreg");
    named.then_some(f)
}

/// The `pickle` module's namespace.
fn pickle(vm: &Vm) -> Option<ObjRef> {
    let Some(Value::Obj(m)) = vm.dict_get_str(vm.modules, "pickle") else { return None };
    match vm.heap.get(m) {
        Obj::Module(m) => Some(m.dict),
        _ => None,
    }
}

/// `pickle._codecs_encode` (a Python function) and the `pickle._LATIN1` str: what the
/// Python Pickler writes bytes with before protocol 3.
pub fn pickle_codecs(vm: &Vm) -> Option<(ObjRef, ObjRef)> {
    let m = pickle(vm)?;
    let Some(Value::Obj(f)) = vm.dict_get_str(m, "_codecs_encode") else { return None };
    let Some(Value::Obj(s)) = vm.dict_get_str(m, "_LATIN1") else { return None };
    (matches!(vm.heap.get(f), Obj::Function(_)) && vm.heap.str_of(Value::Obj(s)) == Some("latin1")).then_some((f, s))
}

/// The function `Unpickler.find_class("_codecs", "encode")` gives: `pickle._codecs_encode`
/// (`str.encode`) while `_codecs` is not a module (`pickle._codecs_module` is the stand-in).
pub fn unpickle_codecs_encode(vm: &Vm) -> Option<ObjRef> {
    let m = pickle(vm)?;
    let stand_in = vm.dict_get_str(m, "_CodecsModule")?;
    if !vm.dict_get_str(m, "_codecs_module")?.is(stand_in) {
        return None;
    }
    pickle_codecs(vm).map(|(f, _)| f)
}

/// Whether `pickle.Pickler` (which `pickle.dumps` instantiates) still lacks the hooks
/// `_save_other` consults before the class's reduction.
pub fn pickler_without_hooks(vm: &Vm) -> bool {
    let Some(m) = pickle(vm) else { return false };
    let Some(Value::Obj(p)) = vm.dict_get_str(m, "Pickler") else { return false };
    matches!(vm.heap.get(p), Obj::Class(_))
        && vm.lookup_mro(p, "reducer_override").is_none()
        && vm.lookup_mro(p, "dispatch_table").is_none()
}

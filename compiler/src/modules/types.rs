//! The `types` module: Python source compiled on first import, plus the built-in type objects
//! and constructors for `MethodType(func, obj)` and `ModuleType(name, doc=None)`.

use crate::builtins::args;
use crate::builtins::functions::is_callable;
use crate::error::{PyErr, PyResult};
use crate::value::*;
use crate::vm::Vm;

use super::abc::load_py_module_with;

const SOURCE: &str = include_str!("pysrc/types.py");

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
    let values: Vec<(&str, Value)> = names.iter().map(|&(n, c)| (n, Value::Obj(c))).collect();
    load_py_module_with(vm, "types", SOURCE, &[], &values)
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

//! The `abc` module (written in Python, compiled on first import), and the loader shared by
//! the library modules whose source is embedded Python.

use crate::error::PyResult;
use crate::value::*;
use crate::vm::Vm;

const SOURCE: &str = include_str!("pysrc/abc.py");

/// Creates module `name`, registers it in `sys.modules` (so imports inside `source` that come
/// back to it see it), installs `natives` in its namespace, then runs `source` in it.
pub(crate) fn load_py_module(
    vm: &mut Vm,
    name: &str,
    source: &str,
    natives: &[(&'static str, NativeFn)],
) -> PyResult<ObjRef> {
    load_py_module_with(vm, name, source, natives, &[])
}

/// `load_py_module`, also binding `values` in the namespace before the source runs.
pub(crate) fn load_py_module_with(
    vm: &mut Vm,
    name: &str,
    source: &str,
    natives: &[(&'static str, NativeFn)],
    values: &[(&str, Value)],
) -> PyResult<ObjRef> {
    let module = vm.new_module(name);
    let dict = vm.module_dict(module);
    let b = Value::Obj(vm.builtins);
    vm.dict_set_str(dict, "__builtins__", b);
    for &(n, f) in natives {
        vm.module_add_fn(module, n, f);
    }
    for &(n, v) in values {
        vm.dict_set_str(dict, n, v);
    }
    let key = vm.new_str(name);
    let modules = Value::Obj(vm.modules);
    vm.dict_set(modules, key, Value::Obj(module))?;
    let filename = format!("<{name}>");
    let result = vm.compile_module(source, &filename).and_then(|code| vm.run_code(code, dict));
    if let Err(e) = result {
        let _ = vm.dict_del(modules, key);
        return Err(e);
    }
    Ok(module)
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    load_py_module(vm, "abc", SOURCE, &[])
}

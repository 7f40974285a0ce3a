//! Builtins written in Python (`memoryview`): each lives in an embedded module that the VM
//! runs the first time a program names it (`Vm::load_global` falls back here before raising
//! NameError), then caches in the builtins dict. Programs that never use one pay nothing at
//! startup, and compiler_lib.wasm carries the module's text rather than a native type.

use crate::error::PyResult;
use crate::value::*;
use crate::vm::Vm;

/// (builtin name, module holding it, the module's source).
const LAZY: &[(&str, &str, &str)] = &[("memoryview", "_memoryview", include_str!("memoryview.py"))];

pub fn register(vm: &mut Vm) {
    vm.register_native_module("_memoryview", |vm| init(vm, "_memoryview"));
}

fn init(vm: &mut Vm, module: &str) -> PyResult<ObjRef> {
    let &(_, name, src) = LAZY.iter().find(|(_, m, _)| *m == module).expect("lazy builtin module");
    let m = vm.new_module(name);
    crate::modules::operator::run_module_source(vm, m, src, &format!("<{name}>"))?;
    Ok(m)
}

/// The lazily loaded builtin `name`, now stored in the builtins dict; `None` if `name` is
/// not one.
pub fn load(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let Some(&(attr, module, _)) = LAZY.iter().find(|(n, _, _)| *n == name) else {
        return Ok(None);
    };
    let m = vm.import_name(module, Value::None, 0)?;
    let v = vm.getattr(m, attr)?;
    vm.dict_set_str(vm.builtins, attr, v);
    Ok(Some(v))
}

//! Builtins written in Python (`memoryview`): each lives in a standard-library module
//! (`runtime/std/_memoryview.py`) that the VM imports the first time a program names it
//! (`Vm::load_global` falls back here before raising NameError), then caches in the builtins
//! dict. Programs that never use one pay nothing, and compiler_lib.wasm carries none of it:
//! the wasm host fetches the module like any other, since `list_imports` reports it for a
//! source that mentions the name.

use crate::error::PyResult;
use crate::value::*;
use crate::vm::Vm;

/// (builtin name, the module defining it).
pub const LAZY: &[(&str, &str)] = &[("memoryview", "_memoryview")];

/// The lazily loaded builtin `name`, now stored in the builtins dict; `None` if `name` is
/// not one.
pub fn load(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let Some(&(attr, module)) = LAZY.iter().find(|(n, _)| *n == name) else {
        return Ok(None);
    };
    let m = vm.import_name(module, Value::None, 0)?;
    let v = vm.getattr(m, attr)?;
    vm.dict_set_str(vm.builtins, attr, v);
    Ok(Some(v))
}

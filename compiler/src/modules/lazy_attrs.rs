//! Module attributes built the first time a program reads them: costly to make at import
//! and rarely read (`sys.stdlib_module_names`, 289 strs in a frozenset, was half the cost of
//! `import sys`). Once made, the value is stored in the module's dict like any attribute
//! (until then `dir(module)` does not list it).

use crate::error::PyResult;
use crate::value::*;
use crate::vm::Vm;

type Make = fn(&mut Vm) -> PyResult<Value>;

/// (module, attribute, what makes it).
const LAZY: &[(&str, &str, Make)] = &[("sys", "stdlib_module_names", super::sys::stdlib_module_names)];

/// Attribute `name` of module `module` (whose dict is `dict`) if it is one made lazily, now
/// stored in that dict; `None` otherwise.
pub fn load(vm: &mut Vm, module: &str, dict: ObjRef, name: &str) -> PyResult<Option<Value>> {
    let Some(&(_, _, make)) = LAZY.iter().find(|&&(m, a, _)| m == module && a == name) else {
        return Ok(None);
    };
    let v = make(vm)?;
    vm.dict_set_str(dict, name, v);
    Ok(Some(v))
}

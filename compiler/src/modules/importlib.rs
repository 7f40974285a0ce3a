//! `importlib`: `import_module` (the module itself, relative names against `package`) and
//! `invalidate_caches` (nothing is cached beyond `sys.modules`).

use crate::builtins::args;
use crate::error::{PyErr, PyResult};
use crate::value::*;
use crate::vm::Vm;

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("importlib");
    vm.module_add_fn(m, "import_module", import_module);
    vm.module_add_fn(m, "invalidate_caches", invalidate_caches);
    Ok(m)
}

fn import_module(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args::check_kw("import_module", &args, &["name", "package"])?;
    args::check_pos("import_module", args.pos.len(), 1, 2)?;
    let Some(name) = args::arg_or_kw(&mut args, 0, "name") else {
        return Err(PyErr::type_error("import_module() missing required argument 'name' (pos 1)"));
    };
    let package = args::arg_or_kw(&mut args, 1, "package").unwrap_or(Value::None);
    let Some(name) = vm.heap.str_of(name).map(str::to_string) else {
        return Err(PyErr::type_error(format!(
            "import_module() argument 'name' must be str, not {}",
            vm.type_name(name)
        )));
    };
    let level = name.chars().take_while(|&c| c == '.').count();
    if level == 0 {
        let marker = vm.new_str("*");
        let fromlist = vm.new_tuple(vec![marker]);
        return vm.import_name(&name, fromlist, 0);
    }
    let Some(package) = vm.heap.str_of(package).map(str::to_string) else {
        return Err(PyErr::type_error(format!(
            "the 'package' argument is required to perform a relative import for '{name}'"
        )));
    };
    // Resolve `..x` against `package` the way a relative import in that package would.
    let mut base: Vec<&str> = package.split('.').collect();
    if level > base.len() {
        return Err(PyErr::new(
            crate::error::ExcKind::ImportError,
            "attempted relative import beyond top-level package",
        ));
    }
    base.truncate(base.len() - (level - 1));
    let rest = &name[level..];
    let full = if rest.is_empty() { base.join(".") } else { format!("{}.{rest}", base.join(".")) };
    let marker = vm.new_str("*");
    let fromlist = vm.new_tuple(vec![marker]);
    vm.import_name(&full, fromlist, 0)
}

fn invalidate_caches(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("invalidate_caches", &args, 0, 0)?;
    Ok(Value::None)
}

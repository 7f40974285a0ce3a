//! `import`: the module registry (`sys.modules`), built-in modules and host-provided sources.

use super::Vm;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::*;

/// A module of `runtime/std` compiled into the crate (feature `embed-std`).
fn embedded_std(name: &str) -> Option<super::ModuleSource> {
    let source = crate::modules::stdsrc::source(name)?;
    // The library is flat (std/xml.etree.py); a module with dotted children is a package,
    // so `from xml.etree import ElementTree` finds its submodule.
    let is_package = crate::modules::stdsrc::has_submodules(name);
    Some(super::ModuleSource { source: source.to_string(), filename: format!("std/{name}.py"), is_package })
}

/// Whether the program's own module may stand in for the VM's module `name`: not for
/// CPython's built-in modules (`sys.builtin_module_names`, found before any path entry there)
/// nor for the private modules the library is built on.
fn shadowable(name: &str) -> bool {
    let top = name.split('.').next().unwrap_or(name);
    !top.starts_with('_') && !matches!(top, "atexit" | "builtins" | "errno" | "gc" | "itertools" | "sys" | "time")
}

impl Vm {
    /// Records a module in `sys.modules` under its `__name__`.
    pub(crate) fn dict_set_module(&mut self, module: ObjRef) -> PyResult<()> {
        let name = match self.heap.get(module) {
            Obj::Module(m) => m.name.clone(),
            _ => return Ok(()),
        };
        let k = self.new_str(&*name);
        let modules = Value::Obj(self.modules);
        self.dict_set(modules, k, Value::Obj(module))
    }

    fn loaded_module(&mut self, name: &str) -> Option<Value> {
        self.dict_get_str(self.modules, name)
    }

    /// `IMPORT_NAME`: imports `name` (relative to the current package when `level > 0`) and
    /// returns the top-level package, or the module itself when `fromlist` is given.
    pub(crate) fn import_name(&mut self, name: &str, fromlist: Value, level: usize) -> PyResult<Value> {
        let full = if level > 0 { self.resolve_relative(name, level)? } else { name.to_string() };
        if full.is_empty() {
            return Err(PyErr::new(ExcKind::ImportError, "Empty module name"));
        }
        let mut module = Value::None;
        let mut prefix = String::new();
        let mut top = Value::None;
        for (i, part) in full.split('.').enumerate() {
            if i > 0 {
                prefix.push('.');
            }
            prefix.push_str(part);
            let parent = module;
            module = self.import_one(&prefix)?;
            if i == 0 {
                top = module;
            } else if let Value::Obj(p) = parent
                && let Obj::Module(_) = self.heap.get(p)
            {
                self.module_set(p, part, module);
            }
        }
        if fromlist.is_none() && level == 0 { Ok(top) } else { Ok(module) }
    }

    /// Absolute name for a relative import `from ..name import x` in the current module.
    fn resolve_relative(&mut self, name: &str, level: usize) -> PyResult<String> {
        let g = self.frame.globals;
        let package = match self.dict_get_str(g, "__package__").and_then(|v| self.heap.str_of(v).map(|s| s.to_string()))
        {
            Some(p) if !p.is_empty() => p,
            _ => {
                let modname = self
                    .dict_get_str(g, "__name__")
                    .and_then(|v| self.heap.str_of(v).map(|s| s.to_string()))
                    .unwrap_or_default();
                if self.dict_get_str(g, "__path__").is_some() {
                    modname
                } else {
                    modname.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default()
                }
            }
        };
        if package.is_empty() || package == "__main__" {
            return Err(PyErr::new(ExcKind::ImportError, "attempted relative import with no known parent package"));
        }
        let mut base = package.as_str();
        for _ in 1..level {
            match base.rsplit_once('.') {
                Some((b, _)) => base = b,
                None => {
                    return Err(PyErr::new(ExcKind::ImportError, "attempted relative import beyond top-level package"));
                }
            }
        }
        Ok(if name.is_empty() { base.to_string() } else { format!("{base}.{name}") })
    }

    /// Imports one dotted name whose parent packages are already imported.
    fn import_one(&mut self, full: &str) -> PyResult<Value> {
        if let Some(m) = self.loaded_module(full) {
            return Ok(m);
        }
        if shadowable(full)
            && (self.native_modules.contains_key(full) || self.lazy_modules.contains_key(full))
            && let Some(src) = self.host.local_module(full)
        {
            return self.run_module_source(full, src);
        }
        if let Some(init) = self.native_modules.get(full).copied() {
            let m = init(self)?;
            self.dict_set_module(m)?;
            return Ok(Value::Obj(m));
        }
        if let Some(init) = self.lazy_modules.get(full).cloned() {
            let m = init(self)?;
            self.dict_set_module(m)?;
            return Ok(self.loaded_module(full).unwrap_or(Value::Obj(m)));
        }
        // The host first (a script's own `string.py` shadows the library's, as in CPython),
        // then the embedded pure-Python library.
        let Some(src) = self.host.load_module(full).or_else(|| embedded_std(full)) else {
            if self.host.take_fetch_pending() {
                return Err(self.wait_for_fetch(full));
            }
            let msg = format!("No module named '{full}'");
            return Err(self.import_error(ExcKind::ModuleNotFoundError, msg, full));
        };
        self.run_module_source(full, src)
    }

    /// A module's `__package__`, and its `__spec__`, `__loader__` and `__cached__` (None: no
    /// import machinery objects or bytecode files here), names programs test.
    pub(crate) fn set_module_origin(&mut self, dict: ObjRef, package: Value) {
        self.dict_set_str(dict, "__package__", package);
        for name in ["__spec__", "__loader__", "__cached__"] {
            self.dict_set_str(dict, name, Value::None);
        }
    }

    /// Creates module `full` from Python source, registers it in `sys.modules` and runs its
    /// body (removing it again if the body raises). Returns what `sys.modules` then holds.
    pub(crate) fn run_module_source(&mut self, full: &str, src: super::ModuleSource) -> PyResult<Value> {
        let module = self.new_module(full);
        let dict = self.module_dict(module);
        let file = self.new_str(src.filename.clone());
        self.dict_set_str(dict, "__file__", file);
        let package = if src.is_package {
            let dir = src.filename.rsplit_once('/').map(|(d, _)| d.to_string()).unwrap_or_default();
            let d = self.new_str(dir);
            let path = self.new_list(vec![d]);
            self.dict_set_str(dict, "__path__", path);
            full.to_string()
        } else {
            full.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default()
        };
        let p = self.new_str(package);
        self.set_module_origin(dict, p);
        let b = Value::Obj(self.builtins);
        self.dict_set_str(dict, "__builtins__", b);
        self.dict_set_module(module)?;
        let result = self.compile_module(&src.source, &src.filename).and_then(|code| self.run_code(code, dict));
        if let Err(e) = result {
            let k = self.new_str(full);
            let modules = Value::Obj(self.modules);
            let _ = self.dict_del(modules, k);
            return Err(e);
        }
        // The module may have replaced itself in sys.modules.
        Ok(self.loaded_module(full).unwrap_or(Value::Obj(module)))
    }

    /// `IMPORT_FROM`: `from module import name`, falling back to a submodule.
    #[inline(never)] // rare: kept out of `dispatch` (V8 compiles all of it on first call)
    pub(crate) fn import_from(&mut self, module: Value, name: &str) -> PyResult<Value> {
        // A module `__getattr__`'s AttributeError means the name is missing, as a lookup
        // that finds nothing does.
        match self.getattr_opt(module, name) {
            Ok(Some(v)) => return Ok(v),
            Ok(None) => {}
            Err(e) if self.err_matches(&e, ExcKind::AttributeError) => {}
            Err(e) => return Err(e),
        }
        let (modname, file) = match module {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Module(m) => {
                    let d = m.dict;
                    let name = m.name.to_string();
                    let file =
                        self.dict_get_str(d, "__file__").and_then(|f| self.heap.str_of(f).map(|s| s.to_string()));
                    (name, file)
                }
                _ => (String::new(), None),
            },
            _ => (String::new(), None),
        };
        // A submodule of a package.
        let sub = format!("{modname}.{name}");
        if self.dict_get_str(self.module_dict_of(module), "__path__").is_some() {
            match self.import_one(&sub) {
                Ok(m) => {
                    if let Value::Obj(p) = module {
                        self.module_set(p, name, m);
                    }
                    return Ok(m);
                }
                Err(e) if self.err_matches(&e, ExcKind::ModuleNotFoundError) => {}
                Err(e) => return Err(e),
            }
        }
        let loc = file.unwrap_or_else(|| "unknown location".to_string());
        let msg = format!("cannot import name '{name}' from '{modname}' ({loc})");
        Err(self.import_error(ExcKind::ImportError, msg, &modname))
    }

    /// An `ImportError` (or `ModuleNotFoundError`) whose `name` attribute is the module the
    /// import was about, as programs read it (`except ImportError as e: e.name`).
    fn import_error(&mut self, kind: ExcKind, msg: String, module: &str) -> PyErr {
        let exc = self.materialize(PyErr::new(kind, msg));
        let d = self.ensure_dict(exc);
        let name = self.new_str(module);
        self.dict_set_str(d, "name", name);
        PyErr::obj(exc)
    }

    fn module_dict_of(&self, module: Value) -> ObjRef {
        match module {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Module(m) => m.dict,
                _ => self.builtins,
            },
            _ => self.builtins,
        }
    }

    /// `from module import *`.
    #[inline(never)] // rare: kept out of `dispatch` (V8 compiles all of it on first call)
    pub(crate) fn import_star(&mut self, module: Value) -> PyResult<()> {
        let d = self.module_dict_of(module);
        let ns = self.frame.namespace.unwrap_or(self.frame.globals);
        let names: Vec<Value> = match self.dict_get_str(d, "__all__") {
            Some(all) => self.collect(all)?,
            None => {
                let keys = self.heap.dict(Value::Obj(d)).map(|d| d.keys()).unwrap_or_default();
                keys.into_iter().filter(|k| !self.heap.str_of(*k).unwrap_or("_").starts_with('_')).collect()
            }
        };
        for k in names {
            let name = self.heap.str_of(k).unwrap_or("").to_string();
            let v = self.getattr(module, &name)?;
            self.dict_set(Value::Obj(ns), k, v)?;
        }
        Ok(())
    }
}

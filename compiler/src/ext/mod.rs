//! Native extensions: modules written with wasm-pdk (`wasm-pdk/`), linked into a native
//! embedder (the `edge` CLI) as ordinary Rust code instead of loaded as `.wasm`.
//!
//! A wasm-pdk function has the Path A signature `(argv, argc, out) -> status` on every
//! target (docs/abi.md, "Path A guests"). On wasm it imports the `host_edge_*` codec from
//! `env`; natively wasm-pdk calls the functions of [`codec`] here, which have the same names
//! and signatures and work on the VM that is running the native call. So one module source
//! gives a `.wasm` for the browser and an rlib for the CLI with the same behaviour.
//!
//! `register_native_module(vm, name, functions, shim)` makes `import name` work: without a
//! shim the functions form module `name`; with a Python shim they form `_name` and the shim
//! is module `name` (it imports what it needs from `_name`), as the JS loader does with a
//! `.wasm`'s `edge.py` custom section.

pub mod codec;
mod frames;

use std::rc::Rc;
use std::sync::Mutex;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::{Args, ObjRef, Value};
use crate::vm::Vm;

/// A Path A function: `argc` argument handles at `argv`; writes the result handle (status
/// `OK`), a `"Kind: message"` str handle (`ERROR`) or nothing (`PENDING`) to `*out`.
pub type RawFn = unsafe extern "C" fn(argv: *const u32, argc: u32, out: *mut u32) -> i32;

/// Statuses a Path A function returns (docs/abi.md).
pub const STATUS_OK: i32 = 0;
pub const STATUS_ERROR: i32 = 1;
/// The function raised an exception that is pending in the host (`host_edge_call` failed,
/// or `host_edge_raise`): it propagates unchanged.
pub const STATUS_PENDING: i32 = 2;

/// Every registered function, by index (the bound argument of its Python function object).
static FUNCTIONS: Mutex<Vec<(RawFn, &'static str)>> = Mutex::new(Vec::new());

fn function_index(f: RawFn, name: &'static str) -> usize {
    let mut fns = FUNCTIONS.lock().unwrap_or_else(|e| e.into_inner());
    match fns.iter().position(|&(g, n)| std::ptr::fn_addr_eq(g, f) && n == name) {
        Some(i) => i,
        None => {
            fns.push((f, name));
            fns.len() - 1
        }
    }
}

/// Makes `import name` find a native module (see the module docs). Both modules are created
/// on first import.
pub fn register_native_module(
    vm: &mut Vm,
    name: &str,
    functions: &'static [(&'static str, RawFn)],
    shim: Option<&'static str>,
) {
    let natives_name = if shim.is_some() { format!("_{name}") } else { name.to_string() };
    let ids: Rc<[(usize, &'static str)]> = functions.iter().map(|&(n, f)| (function_index(f, n), n)).collect();
    let module_name: Rc<str> = natives_name.as_str().into();
    vm.lazy_modules.insert(natives_name, Rc::new(move |vm: &mut Vm| Ok(natives_module(vm, &module_name, &ids))));
    if let Some(source) = shim {
        let shim_name: Rc<str> = name.into();
        vm.lazy_modules.insert(
            name.to_string(),
            Rc::new(move |vm: &mut Vm| {
                let src = crate::vm::ModuleSource {
                    source: source.into(),
                    filename: format!("<{shim_name}>"),
                    is_package: false,
                };
                let m = vm.run_module_source(&shim_name, src)?;
                m.as_obj().ok_or_else(|| crate::error::PyErr::type_error("module shim did not produce a module"))
            }),
        );
    }
}

fn natives_module(vm: &mut Vm, name: &str, ids: &[(usize, &'static str)]) -> ObjRef {
    let m = vm.new_module(name);
    for &(id, fn_name) in ids {
        let f = vm.new_bound_native(fn_name, call_ext, Value::Int(id as i64));
        vm.module_set(m, fn_name, f);
    }
    m
}

/// The body of every registered function: `pos[0]` is its index in `FUNCTIONS`.
fn call_ext(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let (pos, kw) = (std::mem::take(&mut args.pos), std::mem::take(&mut args.kw));
    let entry = match pos.first() {
        Some(Value::Int(i)) => FUNCTIONS.lock().unwrap_or_else(|e| e.into_inner()).get(*i as usize).copied(),
        _ => None,
    };
    let Some((f, name)) = entry else {
        return Err(PyErr::new(ExcKind::SystemError, "malformed native function"));
    };
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    let argv: Vec<u32> = (1..pos.len() as u32).collect();
    let roots = vm.temp_roots.len();
    let table = vm.new_list(pos[1..].to_vec());
    vm.temp_roots.push(table);
    frames::push(vm, table.as_obj().expect("a list is an object"), argv.len());
    let mut out = 0u32;
    // The guest reaches the VM through the frame's pointer while this call is out.
    let status = unsafe { f(argv.as_ptr(), argv.len() as u32, &mut out) };
    let frame = frames::pop();
    let result = frame.get(vm, out);
    vm.temp_roots.truncate(roots);
    match (status, result) {
        (STATUS_OK, Some(v)) => Ok(v),
        (STATUS_OK, None) => {
            Err(PyErr::new(ExcKind::SystemError, format!("{name}() returned an invalid handle {out}")))
        }
        (STATUS_ERROR, v) => {
            let text = v.and_then(|v| vm.heap.str_of(v).map(str::to_string));
            Err(crate::wasm::session::native_error(text.unwrap_or_else(|| format!("{name}() failed"))))
        }
        (STATUS_PENDING, _) => Err(frame.pending.unwrap_or_else(|| {
            PyErr::new(ExcKind::SystemError, format!("{name}() reported a pending exception, but none was raised"))
        })),
        (s, _) => Err(PyErr::new(ExcKind::SystemError, format!("{name}() returned unknown status {s}"))),
    }
}

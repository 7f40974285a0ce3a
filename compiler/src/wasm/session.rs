//! The per-instance state behind the exports: one `Vm`, the registered modules, the handle
//! table, and the buffers results are read from.
//!
//! Re-entrancy: while Python runs, a call to a native function goes out to the host
//! (`host_call_native`), and the host comes back in through the `host_edge_*` exports to read
//! arguments and build the result. Those exports reach the VM through `VM`, the pointer the
//! dispatcher publishes from its own `&mut Vm` just before calling out, so every access
//! derives from the innermost live borrow. `STATE` is never borrowed across a host call.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use super::ffi;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::{Args, Obj, ObjRef, Value};
use crate::vm::{Host, ModuleSource, Stream, Vm};

/// `edge_run` statuses (docs/abi.md).
pub const STATUS_OK: i32 = 0;
pub const STATUS_ERROR: i32 = 1;
pub const STATUS_EXIT: i32 = 2;
/// Reserved for the planned `edge_resume`: the run waits on the host.
#[allow(dead_code)]
pub const STATUS_SUSPENDED: i32 = 3;
pub const STATUS_INTERNAL: i32 = 4;

/// Modules and stdin the host registered before (or between) runs.
#[derive(Default)]
pub struct Registry {
    modules: HashMap<String, (Rc<str>, Rc<str>, bool)>,
    stdin: String,
    stdin_pos: usize,
}

/// The wasm `Host`: output and clocks go to the `env` imports, modules come from the registry
/// (then from `host_fetch_bytes`), `input()` reads the registered stdin text.
struct WasmHost {
    registry: Rc<RefCell<Registry>>,
    /// Total seconds `sleep` skipped, as nanoseconds: both clocks run this far ahead, so a
    /// program sees time pass across `time.sleep` without the instance blocking.
    slept_ns: u64,
}

impl Host for WasmHost {
    fn write(&mut self, stream: Stream, text: &str) {
        let s = if stream == Stream::Stdout { 1 } else { 2 };
        unsafe { ffi::host_print(s, text.as_ptr(), text.len()) };
    }

    fn now_ns(&mut self) -> u64 {
        (unsafe { ffi::host_now_ns(0) }.max(0) as u64).saturating_add(self.slept_ns)
    }

    fn monotonic_ns(&mut self) -> u64 {
        (unsafe { ffi::host_now_ns(1) }.max(0) as u64).saturating_add(self.slept_ns)
    }

    /// Returns at once (no blocking, no busy-wait) but advances the clocks by `seconds`;
    /// a real pause needs suspension (`STATUS_SUSPENDED`, docs/abi.md).
    fn sleep(&mut self, seconds: f64) {
        if seconds.is_finite() && seconds > 0.0 {
            self.slept_ns = self.slept_ns.saturating_add((seconds * 1e9) as u64);
        }
    }

    fn load_module(&mut self, dotted_name: &str) -> Option<ModuleSource> {
        if let Some((src, file, pkg)) = self.registry.borrow().modules.get(dotted_name) {
            return Some(ModuleSource { source: src.to_string(), filename: file.to_string(), is_package: *pkg });
        }
        fetch_module(dotted_name)
    }

    fn read_line(&mut self) -> Option<String> {
        let mut reg = self.registry.borrow_mut();
        let rest = &reg.stdin[reg.stdin_pos..];
        if rest.is_empty() {
            return None;
        }
        let (line, used) = match rest.find('\n') {
            Some(i) => (&rest[..i], i + 1),
            None => (rest, rest.len()),
        };
        let line = line.strip_suffix('\r').unwrap_or(line).to_string();
        reg.stdin_pos += used;
        Some(line)
    }
}

/// Asks the host for a module it did not register (`host_fetch_bytes`).
fn fetch_module(dotted_name: &str) -> Option<ModuleSource> {
    let mut out = [0u32; 2];
    let status = unsafe { ffi::host_fetch_bytes(dotted_name.as_ptr(), dotted_name.len(), out.as_mut_ptr()) };
    if status != ffi::FETCH_MODULE && status != ffi::FETCH_PACKAGE {
        return None;
    }
    let bytes = unsafe { super::alloc::take_buffer(out[0] as *mut u8, out[1] as usize) };
    let is_package = status == ffi::FETCH_PACKAGE;
    let path = dotted_name.replace('.', "/");
    let filename = if is_package { format!("{path}/__init__.py") } else { format!("{path}.py") };
    Some(ModuleSource { source: String::from_utf8_lossy(&bytes).into_owned(), filename, is_package })
}

struct State {
    registry: Rc<RefCell<Registry>>,
    /// The handle table: a list object in the VM heap (a GC root), slot `h - 1` for handle `h`.
    table: Option<ObjRef>,
    live: Vec<bool>,
    host_ref_class: Option<Value>,
    scratch: Vec<u8>,
    last_error: String,
    exit_code: i32,
    running: bool,
    /// The exception a failed `host_edge_call` / `host_edge_raise` left for the native
    /// function to propagate with `CALL_PENDING`. Not a GC root: it lives only until the next
    /// call into Python (which clears it) or the end of the native call.
    pending: Option<PyErr>,
}

thread_local! {
    /// The VM as the exports must reach it now (see the module docs).
    static VM: Cell<*mut Vm> = const { Cell::new(std::ptr::null_mut()) };
    static STATE: RefCell<State> = RefCell::new(State {
        registry: Rc::default(),
        table: None,
        live: Vec::new(),
        host_ref_class: None,
        scratch: Vec::new(),
        last_error: String::new(),
        exit_code: 0,
        running: false,
        pending: None,
    });
}

fn with_state<R>(f: impl FnOnce(&mut State) -> R) -> R {
    STATE.with(|s| f(&mut s.borrow_mut()))
}

/// The instance's VM, created on first use.
///
/// # Safety
/// The reference must not outlive the export call that obtained it, and an export must not
/// obtain it twice. Re-entrant exports get the pointer the native dispatcher published.
pub unsafe fn vm<'a>() -> &'a mut Vm {
    let mut p = VM.get();
    if p.is_null() {
        let registry = with_state(|s| s.registry.clone());
        let mut vm = Box::new(Vm::new(Box::new(WasmHost { registry, slept_ns: 0 })));
        let table = vm.new_list(Vec::new());
        vm.temp_roots.push(table);
        with_state(|s| s.table = table.as_obj());
        p = Box::into_raw(vm);
        VM.set(p);
    }
    unsafe { &mut *p }
}

// ---- registration ----

pub fn register_module(name: &str, source: &str, filename: &str, is_package: bool) {
    with_state(|s| {
        s.registry.borrow_mut().modules.insert(name.to_string(), (source.into(), filename.into(), is_package))
    });
}

pub fn set_stdin(text: &str) {
    with_state(|s| {
        let mut reg = s.registry.borrow_mut();
        reg.stdin = text.to_string();
        reg.stdin_pos = 0;
    });
}

/// Adds `module.name` as a function that calls the host's native function `fn_id`. The
/// module is created (and put in `sys.modules`) on the first registration.
pub fn register_native(vm: &mut Vm, module: &str, name: &str, fn_id: u32) -> PyResult<()> {
    let m = match vm.dict_get_str(vm.modules, module) {
        Some(Value::Obj(m)) if matches!(vm.heap.get(m), Obj::Module(_)) => m,
        _ => {
            let m = vm.new_module(module);
            vm.dict_set_module(m)?;
            m
        }
    };
    let static_name: &'static str = Box::leak(name.to_string().into_boxed_str());
    let n = vm.new_str(name);
    let bound = vm.new_tuple(vec![Value::Int(fn_id as i64), n]);
    let f = vm.new_bound_native(static_name, call_native, bound);
    vm.module_set(m, name, f);
    Ok(())
}

/// The body of every registered native function: `pos[0]` is `(fn_id, name)`.
fn call_native(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Args { pos, kw } = args;
    let (fn_id, name) = match pos.first().and_then(|b| vm.heap.tuple(*b)).map(|t| t.to_vec()).as_deref() {
        Some([Value::Int(id), n]) => (*id as u32, vm.heap.str_of(*n).unwrap_or("?").to_string()),
        _ => return Err(PyErr::new(ExcKind::SystemError, "malformed native function")),
    };
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    let mark = with_state(|s| s.live.len());
    let argv: Vec<u32> = pos[1..].iter().map(|v| new_handle(vm, *v)).collect();
    let mut out = 0u32;
    let outer = VM.replace(vm as *mut Vm);
    let status = unsafe { ffi::host_call_native(fn_id, argv.as_ptr(), argv.len() as u32, &mut out) };
    VM.set(outer);
    let pending = take_pending();
    let result = get(vm, out);
    truncate_handles(vm, mark);
    match (status, result) {
        (ffi::CALL_OK, Some(v)) => Ok(v),
        (ffi::CALL_OK, None) => {
            Err(PyErr::new(ExcKind::SystemError, format!("{name}() returned an invalid handle {out}")))
        }
        (ffi::CALL_ERROR, v) => {
            let text = v.and_then(|v| vm.heap.str_of(v).map(str::to_string));
            Err(native_error(text.unwrap_or_else(|| format!("{name}() failed"))))
        }
        (ffi::CALL_PENDING, _) => Err(pending.unwrap_or_else(|| {
            PyErr::new(ExcKind::SystemError, format!("{name}() reported a pending exception, but none was raised"))
        })),
        (s, _) => Err(PyErr::new(ExcKind::SystemError, format!("{name}(): bad host_call_native status {s}"))),
    }
}

/// Sets (or with `None` clears) the exception pending for the running native call.
pub fn set_pending(err: Option<PyErr>) {
    with_state(|s| s.pending = err);
}

fn take_pending() -> Option<PyErr> {
    with_state(|s| s.pending.take())
}

/// `"ValueError: msg"` raises `ValueError("msg")`; text without a known exception name in
/// front raises `RuntimeError(text)`.
pub fn native_error(text: String) -> PyErr {
    if let Some((kind, msg)) = text.split_once(": ")
        && let Some(k) = ExcKind::ALL.iter().find(|k| k.name() == kind)
    {
        return PyErr::new(*k, msg);
    }
    PyErr::new(ExcKind::RuntimeError, text)
}

// ---- running ----

/// Runs `source` as `__main__` (named `filename` in tracebacks) and returns a status.
pub fn run(vm: &mut Vm, source: &str, filename: &str) -> i32 {
    if with_state(|s| std::mem::replace(&mut s.running, true)) {
        set_error("edge_run: a run is already in progress");
        return STATUS_INTERNAL;
    }
    vm.argv = vec![filename.to_string()];
    let result = vm.run_main(source, filename);
    let (status, code) = match result {
        Ok(()) => (STATUS_OK, 0),
        Err(e) => match vm.system_exit_code(&e) {
            Some(code) => (STATUS_EXIT, code),
            None => {
                let text = vm.format_exception(&e);
                set_error(&text);
                (STATUS_ERROR, 1)
            }
        },
    };
    with_state(|s| {
        s.running = false;
        s.exit_code = code;
    });
    status
}

pub fn set_error(text: &str) {
    with_state(|s| s.last_error = text.to_string());
}

pub fn exit_code() -> i32 {
    with_state(|s| s.exit_code)
}

/// `(ptr, len)` of the last error text; valid until the next error.
pub fn last_error() -> (*const u8, usize) {
    with_state(|s| (s.last_error.as_ptr(), s.last_error.len()))
}

/// Replaces the scratch buffer's contents and returns the length.
pub fn set_scratch(bytes: &[u8]) -> i32 {
    with_state(|s| {
        s.scratch.clear();
        s.scratch.extend_from_slice(bytes);
        bytes.len() as i32
    })
}

pub fn scratch_ptr() -> *const u8 {
    with_state(|s| s.scratch.as_ptr())
}

// ---- handles ----

fn table(vm: &mut Vm) -> &mut Vec<Value> {
    let r = with_state(|s| s.table).expect("handle table exists once the VM does");
    match vm.heap.get_mut(r) {
        Obj::List(l) => l,
        _ => unreachable!("the handle table is a list"),
    }
}

/// A new handle keeping `v` alive; handles are never 0.
pub fn new_handle(vm: &mut Vm, v: Value) -> u32 {
    let t = table(vm);
    t.push(v);
    let h = t.len() as u32;
    with_state(|s| s.live.push(true));
    h
}

/// The value behind handle `h`, if it is live.
pub fn get(vm: &mut Vm, h: u32) -> Option<Value> {
    let i = (h as usize).checked_sub(1)?;
    if !with_state(|s| s.live.get(i).copied().unwrap_or(false)) {
        return None;
    }
    table(vm).get(i).copied()
}

/// Releases handle `h` (no-op for a dead one).
pub fn drop_handle(vm: &mut Vm, h: u32) {
    let Some(i) = (h as usize).checked_sub(1) else { return };
    let keep = with_state(|s| {
        if let Some(l) = s.live.get_mut(i) {
            *l = false;
        }
        while s.live.last() == Some(&false) {
            s.live.pop();
        }
        s.live.len()
    });
    let t = table(vm);
    if let Some(slot) = t.get_mut(i) {
        *slot = Value::None;
    }
    t.truncate(keep);
}

/// Releases every handle created after the table had `mark` entries.
pub fn truncate_handles(vm: &mut Vm, mark: usize) {
    with_state(|s| s.live.truncate(mark));
    table(vm).truncate(mark);
}

// ---- opaque host references ----

const HOST_REF_SRC: &str = "\
class HostRef:
    \"An opaque reference to a host object; `id` is the host's number for it.\"
    def __init__(self, id):
        self.id = id
    def __repr__(self):
        return f'<HostRef {self.id}>'
    def __eq__(self, other):
        return type(other) is HostRef and other.id == self.id
    def __hash__(self):
        return hash(self.id)
";

/// The `HostRef` class, defined on first use.
pub fn host_ref_class(vm: &mut Vm) -> PyResult<Value> {
    if let Some(c) = with_state(|s| s.host_ref_class) {
        return Ok(c);
    }
    let m = vm.new_module("edge");
    let d = vm.module_dict(m);
    let b = Value::Obj(vm.builtins);
    vm.dict_set_str(d, "__builtins__", b);
    let code = vm.compile_module(HOST_REF_SRC, "<edge>")?;
    vm.run_code(code, d)?;
    let cls = vm.dict_get_str(d, "HostRef").ok_or_else(|| PyErr::runtime_error("HostRef missing"))?;
    vm.temp_roots.push(cls);
    with_state(|s| s.host_ref_class = Some(cls));
    Ok(cls)
}

/// `id` of a `HostRef`, or `None` for any other value.
pub fn host_ref_id(vm: &mut Vm, v: Value) -> Option<u32> {
    let cls = with_state(|s| s.host_ref_class)?.as_obj()?;
    if vm.type_of(v) != cls {
        return None;
    }
    match vm.getattr(v, "id").ok()? {
        Value::Int(i) => u32::try_from(i).ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{abi, ffi};
    use super::*;

    fn printed() -> String {
        ffi::PRINTED.with(|p| p.borrow_mut().drain(..).map(|(_, t)| t).collect())
    }

    fn error_text() -> String {
        let (p, n) = last_error();
        String::from_utf8_lossy(unsafe { std::slice::from_raw_parts(p, n) }).into_owned()
    }

    /// Stand-in natives: `double(x)` and `fail()`, built from the exports as a host would.
    fn natives() {
        fn double(args: &[u32]) -> Result<u32, u32> {
            let x = abi::host_edge_get_int(args[0]);
            Ok(abi::host_edge_int(x * 2))
        }
        fn fail(_: &[u32]) -> Result<u32, u32> {
            let msg = "ValueError: from the host";
            Err(unsafe { abi::host_edge_str(msg.as_ptr(), msg.len()) })
        }
        fn make_ref(_: &[u32]) -> Result<u32, u32> {
            Ok(abi::host_edge_ref(7))
        }
        ffi::NATIVES.with(|n| *n.borrow_mut() = vec![double, fail, make_ref]);
    }

    #[test]
    fn run_with_modules_natives_and_stdin() {
        natives();
        let vm = unsafe { vm() };
        register_native(vm, "host", "double", 0).unwrap();
        register_native(vm, "host", "fail", 1).unwrap();
        register_native(vm, "host", "make_ref", 2).unwrap();
        register_module("helper", "def twice(x):\n    return 2 * x\n", "helper.py", false);
        register_module("pkg", "from .sub import VALUE\n", "pkg/__init__.py", true);
        register_module("pkg.sub", "VALUE = 42\n", "pkg/sub.py", false);
        set_stdin("first\nsecond\n");
        let src = "import helper, pkg, time\nfrom host import double, fail, make_ref\n\
                   print(helper.twice(3), pkg.VALUE, double(21), input(), input())\n\
                   try:\n    fail()\nexcept ValueError as e:\n    print('caught', e)\n\
                   r = make_ref()\nprint(r, r.id, r == make_ref())\n\
                   t = time.monotonic(); time.sleep(2); print(time.monotonic() - t >= 2)\n";
        assert_eq!(run(vm, src, "main.py"), STATUS_OK, "{}", error_text());
        assert_eq!(printed(), "6 42 42 first second\ncaught from the host\n<HostRef 7> 7 True\nTrue\n");
        // The handles made during the calls are gone again.
        assert_eq!(with_state(|s| s.live.len()), 0);
    }

    #[test]
    fn errors_and_exit() {
        let vm = unsafe { vm() };
        assert_eq!(run(vm, "def f():\n    1/0\nf()\n", "boom.py"), STATUS_ERROR);
        let tb = error_text();
        assert!(tb.starts_with("Traceback (most recent call last):\n"), "{tb}");
        assert!(tb.ends_with("ZeroDivisionError: division by zero\n"), "{tb}");
        assert_eq!(exit_code(), 1);
        assert_eq!(run(vm, "import sys\nsys.exit(3)\n", "exit.py"), STATUS_EXIT);
        assert_eq!(exit_code(), 3);
        assert_eq!(run(vm, "x = (\n", "syntax.py"), STATUS_ERROR);
        assert!(error_text().contains("SyntaxError"));
    }

    #[test]
    fn handle_table() {
        let vm = unsafe { vm() };
        let a = new_handle(vm, Value::Int(1));
        let b = new_handle(vm, Value::None);
        assert!(matches!(get(vm, a), Some(Value::Int(1))));
        assert!(matches!(get(vm, b), Some(Value::None)));
        assert!(get(vm, 0).is_none());
        drop_handle(vm, a);
        assert!(get(vm, a).is_none());
        assert!(get(vm, b).is_some());
        drop_handle(vm, b);
        assert_eq!(with_state(|s| s.live.len()), 0);
        // Handles keep values alive across a collection.
        let s = vm.new_str("kept");
        let h = new_handle(vm, s);
        vm.collect_garbage();
        let v = get(vm, h).unwrap();
        assert_eq!(vm.heap.str_of(v), Some("kept"));
    }
}

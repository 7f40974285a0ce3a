//! The per-instance state behind the exports: one `Vm`, the registered modules, the handle
//! table, and the buffers results are read from.
//!
//! Re-entrancy: while Python runs, a call to a native function goes out to the host
//! (`host_call_native`), and the host comes back in through the `host_edge_*` exports to read
//! arguments and build the result. Those exports reach the VM through `VM`, the pointer the
//! dispatcher publishes from its own `&mut Vm` just before calling out, so every access
//! derives from the innermost live borrow. `STATE` is never borrowed across a host call.

use crate::compile::fasthash::Map as HashMap;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::ffi;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::{Args, Obj, ObjRef, Value};
use crate::vm::{Host, ModuleSource, RunState, Stream, Vm, WaitReason};

/// `edge_run` statuses (docs/abi.md).
pub const STATUS_OK: i32 = 0;
pub const STATUS_ERROR: i32 = 1;
pub const STATUS_EXIT: i32 = 2;
/// The run waits on the host (`edge_wait_kind`); continue it with `edge_resume`.
pub const STATUS_SUSPENDED: i32 = 3;
pub const STATUS_INTERNAL: i32 = 4;

/// Modules and stdin the host registered before (or between) runs.
#[derive(Default)]
pub struct Registry {
    modules: HashMap<String, (Rc<str>, Rc<str>, bool)>,
    stdin: String,
    stdin_pos: usize,
    /// The files `open()` and `os` see (`edge_fs_write`/`edge_fs_read`).
    fs: super::memfs::MemFs,
}

/// The wasm `Host`: output and clocks go to the `env` imports, modules come from the registry
/// (then from `host_fetch_bytes`), `input()` reads the registered stdin text.
struct WasmHost {
    registry: Rc<RefCell<Registry>>,
    /// The last `host_fetch_bytes` answered pending (see `Host::take_fetch_pending`).
    fetch_pending: bool,
}

impl Host for WasmHost {
    fn write(&mut self, stream: Stream, text: &str) {
        let s = if stream == Stream::Stdout { 1 } else { 2 };
        unsafe { ffi::host_print(s, text.as_ptr(), text.len()) };
    }

    fn now_ns(&mut self) -> u64 {
        unsafe { ffi::host_now_ns(0) }.max(0) as u64
    }

    fn monotonic_ns(&mut self) -> u64 {
        monotonic_now()
    }

    /// The time this VM has spent running: monotonic time inside `edge_run`/`edge_resume`,
    /// so a `sleep()`, `receive()` or fetch the run suspended on does not count. A host
    /// process clock would not do: it counts every worker of the process (several VMs
    /// run side by side in one Node process), and browsers have none. The VM is the
    /// Python process and runs on one thread, so the clock serves both.
    fn cpu_ns(&mut self, _thread: bool) -> Option<u64> {
        let now = self.monotonic_ns();
        Some(with_state(|s| s.busy_ns + s.busy_since.map_or(0, |t| now.saturating_sub(t))))
    }

    /// Clock 2 of `host_now_ns` is the host's `crypto.getRandomValues` (runtime/src/env.js).
    fn random_u64(&mut self) -> Option<u64> {
        Some(unsafe { ffi::host_now_ns(2) } as u64)
    }

    /// Only where the run cannot suspend (inside a callback run by native code): a wasm
    /// instance cannot block, so this busy-waits on the monotonic clock.
    fn sleep(&mut self, seconds: f64) {
        if !(seconds.is_finite() && seconds > 0.0) {
            return;
        }
        let end = self.monotonic_ns().saturating_add((seconds.min(1e6) * 1e9) as u64);
        while self.monotonic_ns() < end {}
    }

    fn load_module(&mut self, dotted_name: &str) -> Option<ModuleSource> {
        if let Some(m) = self.local_module(dotted_name) {
            return Some(m);
        }
        match fetch_module(dotted_name) {
            Fetched::Module(m) => Some(m),
            Fetched::Pending => {
                self.fetch_pending = true;
                None
            }
            Fetched::Missing => None,
        }
    }

    /// Only what the page registered: fetching a module for every built-in import would
    /// cost each one a request.
    fn local_module(&mut self, dotted_name: &str) -> Option<ModuleSource> {
        let registry = self.registry.borrow();
        let (src, file, pkg) = registry.modules.get(dotted_name)?;
        Some(ModuleSource { source: src.to_string(), filename: file.to_string(), is_package: *pkg })
    }

    fn take_fetch_pending(&mut self) -> bool {
        std::mem::take(&mut self.fetch_pending)
    }

    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, i32> {
        self.registry.borrow().fs.read(path)
    }

    fn write_file(&mut self, path: &str, data: &[u8], append: bool) -> Result<(), i32> {
        let now = self.now_ns() as i64;
        self.registry.borrow_mut().fs.write(path, data, append, now)
    }

    fn file_kind(&mut self, path: &str) -> Option<crate::vm::FileKind> {
        self.registry.borrow().fs.kind(path)
    }

    fn file_stat(&mut self, path: &str, _follow: bool) -> Result<crate::vm::FileStat, i32> {
        self.registry.borrow().fs.stat(path)
    }

    fn read_link(&mut self, path: &str) -> Result<String, i32> {
        // The in-memory file system has no symbolic links.
        self.registry.borrow().fs.stat(path).and(Err(crate::vm::fs_errno::EINVAL))
    }

    fn current_dir(&mut self) -> String {
        self.registry.borrow().fs.cwd().to_string()
    }

    fn set_current_dir(&mut self, path: &str) -> Result<(), i32> {
        self.registry.borrow_mut().fs.chdir(path)
    }

    fn set_umask(&mut self, mask: u32) -> u32 {
        self.registry.borrow_mut().fs.set_umask(mask)
    }

    fn make_symlink(&mut self, _target: &str, _path: &str) -> Result<(), i32> {
        Err(crate::vm::fs_errno::EPERM)
    }

    fn set_file_times(&mut self, path: &str, times: Option<(i64, i64)>, _follow: bool) -> Result<(), i32> {
        let now = self.now_ns() as i64;
        self.registry.borrow_mut().fs.set_times(path, times, now)
    }

    fn set_file_mode(&mut self, path: &str, mode: u32) -> Result<(), i32> {
        let now = self.now_ns() as i64;
        self.registry.borrow_mut().fs.set_mode(path, mode, now)
    }

    fn list_dir(&mut self, path: &str) -> Result<Vec<String>, i32> {
        self.registry.borrow().fs.list(path)
    }

    fn remove_file(&mut self, path: &str) -> Result<(), i32> {
        let now = self.now_ns() as i64;
        self.registry.borrow_mut().fs.remove(path, now)
    }

    fn make_dir(&mut self, path: &str) -> Result<(), i32> {
        let now = self.now_ns() as i64;
        self.registry.borrow_mut().fs.mkdir(path, now)
    }

    fn remove_dir(&mut self, path: &str) -> Result<(), i32> {
        let now = self.now_ns() as i64;
        self.registry.borrow_mut().fs.rmdir(path, now)
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

enum Fetched {
    Module(ModuleSource),
    Pending,
    Missing,
}

/// Asks the host for a module it did not register (`host_fetch_bytes`).
fn fetch_module(dotted_name: &str) -> Fetched {
    let mut out = [0u32; 2];
    let status = unsafe { ffi::host_fetch_bytes(dotted_name.as_ptr(), dotted_name.len(), out.as_mut_ptr()) };
    if status == ffi::FETCH_PENDING {
        return Fetched::Pending;
    }
    if status != ffi::FETCH_MODULE && status != ffi::FETCH_PACKAGE {
        return Fetched::Missing;
    }
    let bytes = unsafe { super::alloc::take_buffer(out[0] as *mut u8, out[1] as usize) };
    let is_package = status == ffi::FETCH_PACKAGE;
    let path = dotted_name.replace('.', "/");
    let filename = if is_package { format!("{path}/__init__.py") } else { format!("{path}.py") };
    Fetched::Module(ModuleSource { source: String::from_utf8_lossy(&bytes).into_owned(), filename, is_package })
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
    /// function to propagate with `CALL_RAISED`. Not a GC root: it lives only until the next
    /// call into Python (which clears it) or the end of the native call.
    pending: Option<PyErr>,
    /// What a suspended run waits for.
    wait: Option<WaitReason>,
    /// The VM's CPU clock (see `WasmHost::cpu_ns`): monotonic nanoseconds spent inside
    /// `edge_run`/`edge_resume` by earlier calls, and when the current call began.
    busy_ns: u64,
    busy_since: Option<u64>,
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
        wait: None,
        busy_ns: 0,
        busy_since: None,
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
        let mut vm = Box::new(Vm::new(Box::new(WasmHost { registry, fetch_pending: false })));
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

/// `edge_fs_write`: a file the program can open (parent directories come into being).
pub fn fs_put(path: &str, data: &[u8]) {
    let now = unsafe { ffi::host_now_ns(0) }.max(0);
    with_state(|s| s.registry.borrow_mut().fs.put(path, data, now));
}

/// `edge_fs_read`: a file's content, if it exists.
pub fn fs_get(path: &str) -> Option<Vec<u8>> {
    with_state(|s| s.registry.borrow().fs.read(path).ok())
}

pub fn set_stdin(text: &str) {
    with_state(|s| {
        let mut reg = s.registry.borrow_mut();
        reg.stdin = text.to_string();
        reg.stdin_pos = 0;
    });
}

/// Adds `module.name` as a function that calls the host's native function `fn_id`. The
/// module is created (and put in `sys.modules`) on the first registration. When `module` is
/// one the VM implements itself (the host library `time` beside Python's `time`), the
/// functions join that module instead of hiding it.
pub fn register_native(vm: &mut Vm, module: &str, name: &str, fn_id: u32) -> PyResult<()> {
    let m = match vm.dict_get_str(vm.modules, module) {
        Some(Value::Obj(m)) if matches!(vm.heap.get(m), Obj::Module(_)) => m,
        _ if vm.native_modules.contains_key(module) => match vm.import_name(module, Value::None, 0)? {
            Value::Obj(m) => m,
            _ => return Err(PyErr::new(ExcKind::SystemError, format!("built-in module {module} is not a module"))),
        },
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
    // `args` is only read: dropped whole, its buffer goes back to the VM's pool for the next
    // call instead of being freed.
    let (pos, kw) = (&args.pos, &args.kw);
    let bound = pos.first().copied().unwrap_or(Value::None);
    // The name is only read for messages: not copied per call (a scanner loop makes tens of
    // thousands of these calls).
    let fn_id = match vm.heap.tuple(bound).map(Vec::as_slice) {
        Some([Value::Int(id), _]) => *id as u32,
        _ => return Err(PyErr::new(ExcKind::SystemError, "malformed native function")),
    };
    let name = |vm: &Vm| match vm.heap.tuple(bound).map(Vec::as_slice) {
        Some([_, n]) => vm.heap.str_of(*n).unwrap_or("?").to_string(),
        _ => "?".to_string(),
    };
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!("{}() takes no keyword arguments", name(vm))));
    }
    let mark = with_state(|s| s.live.len());
    // Argument handles on the stack for the usual few arguments.
    let mut small = [0u32; 8];
    let mut many = Vec::new();
    let argv: &[u32] = if pos.len() - 1 <= small.len() {
        for (slot, v) in small.iter_mut().zip(&pos[1..]) {
            *slot = new_handle(vm, *v);
        }
        &small[..pos.len() - 1]
    } else {
        many.extend(pos[1..].iter().map(|v| new_handle(vm, *v)));
        &many
    };
    let mut out = 0u32;
    let outer = VM.replace(vm as *mut Vm);
    let status = unsafe { ffi::host_call_native(fn_id, argv.as_ptr(), argv.len() as u32, &mut out) };
    VM.set(outer);
    if status == ffi::CALL_PENDING {
        truncate_handles(vm, mark);
        return vm.request_wait(WaitReason::HostCall, &format!("{}()", name(vm)));
    }
    let pending = take_pending();
    let result = get(vm, out);
    truncate_handles(vm, mark);
    match (status, result) {
        (ffi::CALL_OK, Some(v)) => {
            vm.mark_host_result(v);
            Ok(v)
        }
        (ffi::CALL_OK, None) => {
            Err(PyErr::new(ExcKind::SystemError, format!("{}() returned an invalid handle {out}", name(vm))))
        }
        (ffi::CALL_ERROR, v) => {
            let text = v.and_then(|v| vm.heap.str_of(v).map(str::to_string));
            Err(native_error(text.unwrap_or_else(|| format!("{}() failed", name(vm)))))
        }
        (ffi::CALL_RAISED, _) => Err(pending.unwrap_or_else(|| {
            PyErr::new(
                ExcKind::SystemError,
                format!("{}() reported a pending exception, but none was raised", name(vm)),
            )
        })),
        (s, _) => Err(PyErr::new(ExcKind::SystemError, format!("{}(): bad host_call_native status {s}", name(vm)))),
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
    busy_begin();
    let result = vm.start_main(source, filename);
    finish(vm, result)
}

/// Continues a suspended run with the value behind handle `h` (released here), or with the
/// exception `"Kind: message"` that the str handle `h` names when `is_error`.
pub fn resume(vm: &mut Vm, h: u32, is_error: bool) -> i32 {
    if with_state(|s| s.wait.is_none()) {
        set_error("edge_resume: no run is suspended");
        return STATUS_INTERNAL;
    }
    let value = if h == 0 { Some(Value::None) } else { get(vm, h) };
    drop_handle(vm, h);
    let reply = match (value, is_error) {
        (None, _) => Err(PyErr::new(ExcKind::SystemError, format!("edge_resume: invalid handle {h}"))),
        (Some(v), true) => {
            let text = vm.heap.str_of(v).unwrap_or("RuntimeError: host error").to_string();
            Err(native_error(text))
        }
        (Some(v), false) => Ok(v),
    };
    with_state(|s| s.wait = None);
    busy_begin();
    let result = vm.resume(reply);
    finish(vm, result)
}

/// The wait of the suspended run, if any.
pub fn wait() -> Option<WaitReason> {
    with_state(|s| s.wait.clone())
}

/// Clock 1 of `host_now_ns`: the host's monotonic clock, in nanoseconds.
fn monotonic_now() -> u64 {
    unsafe { ffi::host_now_ns(1) }.max(0) as u64
}

fn busy_begin() {
    let now = monotonic_now();
    with_state(|s| s.busy_since = Some(now));
}

fn busy_end() {
    let now = monotonic_now();
    with_state(|s| {
        if let Some(t) = s.busy_since.take() {
            s.busy_ns += now.saturating_sub(t);
        }
    });
}

/// Status (and exit code, error text, wait) of a run that started or resumed.
fn finish(vm: &mut Vm, result: PyResult<RunState>) -> i32 {
    busy_end();
    if let Ok(RunState::Suspended(w)) = result {
        with_state(|s| s.wait = Some(w));
        return STATUS_SUSPENDED;
    }
    let (status, code) = match result {
        Ok(_) => (STATUS_OK, 0),
        Err(e) => match vm.system_exit_code(&e) {
            Some(code) => (STATUS_EXIT, code),
            None => {
                let text = vm.format_exception(&e);
                set_error(&text);
                (STATUS_ERROR, 1)
            }
        },
    };
    vm.run_exit_functions();
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

// Each of these reaches `STATE` once: the codec calls them several times per native call.

fn table_of(vm: &mut Vm, r: Option<ObjRef>) -> &mut Vec<Value> {
    match r.map(|r| vm.heap.get_mut(r)) {
        Some(Obj::List(l)) => l,
        _ => unreachable!("the handle table is a list and exists once the VM does"),
    }
}

/// A new handle keeping `v` alive; handles are never 0.
pub fn new_handle(vm: &mut Vm, v: Value) -> u32 {
    let r = with_state(|s| {
        s.live.push(true);
        s.table
    });
    let t = table_of(vm, r);
    t.push(v);
    t.len() as u32
}

/// The value behind handle `h`, if it is live.
pub fn get(vm: &mut Vm, h: u32) -> Option<Value> {
    let i = (h as usize).checked_sub(1)?;
    let r = with_state(|s| if s.live.get(i).copied().unwrap_or(false) { Some(s.table) } else { None })?;
    table_of(vm, r).get(i).copied()
}

/// Releases handle `h` (no-op for a dead one).
pub fn drop_handle(vm: &mut Vm, h: u32) {
    let Some(i) = (h as usize).checked_sub(1) else { return };
    let Some((keep, r)) = with_state(|s| {
        *s.live.get_mut(i)? = false;
        while s.live.last() == Some(&false) {
            s.live.pop();
        }
        Some((s.live.len(), s.table))
    }) else {
        return;
    };
    let t = table_of(vm, r);
    if let Some(slot) = t.get_mut(i) {
        *slot = Value::None;
    }
    t.truncate(keep);
}

/// Releases every handle created after the table had `mark` entries.
pub fn truncate_handles(vm: &mut Vm, mark: usize) {
    let r = with_state(|s| {
        s.live.truncate(mark);
        s.table
    });
    table_of(vm, r).truncate(mark);
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
                   t = time.monotonic(); sorted([1, 2], key=lambda x: time.sleep(0.01) or x)\n\
                   print(time.monotonic() - t >= 0.02)\n";
        assert_eq!(run(vm, src, "main.py"), STATUS_OK, "{}", error_text());
        assert_eq!(printed(), "6 42 42 first second\ncaught from the host\n<HostRef 7> 7 True\nTrue\n");
        // The handles made during the calls are gone again.
        assert_eq!(with_state(|s| s.live.len()), 0);
    }

    fn wait_name() -> String {
        let n = abi::edge_wait_name();
        String::from_utf8_lossy(unsafe { std::slice::from_raw_parts(scratch_ptr(), n as usize) }).into_owned()
    }

    fn str_handle(text: &str) -> u32 {
        unsafe { abi::host_edge_str(text.as_ptr(), text.len()) }
    }

    #[test]
    fn suspend_and_resume() {
        fn later(_: &[u32]) -> Result<u32, u32> {
            Ok(ffi::PENDING_STUB)
        }
        fn can(_: &[u32]) -> Result<u32, u32> {
            Ok(abi::host_edge_bool(abi::edge_can_suspend()))
        }
        ffi::NATIVES.with(|n| *n.borrow_mut() = vec![later, can]);
        ffi::LAZY.with(|l| *l.borrow_mut() = vec!["lazy".to_string()]);
        let vm = unsafe { vm() };
        register_native(vm, "js", "later", 0).unwrap();
        register_native(vm, "js", "can", 1).unwrap();
        let src = "from js import later, can\nprint(can(), list(map(lambda x: can(), [1])))\n\
                   async def main():\n    v = await later(1)\n    return v + 1\nprint(run(main()))\n\
                   print(receive())\nimport lazy\nprint(lazy.X)\n\
                   try:\n    sorted([1, 2], key=lambda x: later())\nexcept RuntimeError as e:\n    print(e)\n\
                   try:\n    later()\nexcept ValueError as e:\n    print('host said', e)\nsleep(0.5)\n";
        assert_eq!(run(vm, src, "main.py"), STATUS_SUSPENDED, "{}", error_text());
        assert_eq!(abi::edge_wait_kind(), 5);
        assert_eq!(run(vm, "print(1)", "again.py"), STATUS_INTERNAL, "one run at a time");
        let h = abi::host_edge_int(41);
        assert_eq!(abi::edge_resume(h, 0), STATUS_SUSPENDED, "{}", error_text());
        assert_eq!(abi::edge_wait_kind(), 2);
        assert_eq!(abi::edge_resume(str_handle("hi"), 0), STATUS_SUSPENDED, "{}", error_text());
        assert_eq!((abi::edge_wait_kind(), wait_name()), (6, "lazy".to_string()));
        register_module("lazy", "X = 5\n", "lazy.py", false);
        assert_eq!(abi::edge_resume(0, 0), STATUS_SUSPENDED, "{}", error_text());
        assert_eq!(abi::edge_wait_kind(), 5);
        assert_eq!(abi::edge_resume(str_handle("ValueError: nope"), 1), STATUS_SUSPENDED, "{}", error_text());
        assert_eq!((abi::edge_wait_kind(), abi::edge_wait_seconds()), (1, 0.5));
        assert_eq!(abi::edge_resume(0, 0), STATUS_OK, "{}", error_text());
        assert_eq!(abi::edge_wait_kind(), 0);
        assert_eq!(abi::edge_resume(0, 0), STATUS_INTERNAL);
        assert_eq!(
            printed(),
            "True [False]\n42\nhi\n5\nlater() cannot wait inside a callback called from native code \
             (sorted() calling <lambda>)\nhost said nope\n"
        );
        assert_eq!(with_state(|s| s.live.len()), 0);
    }

    #[test]
    fn natives_join_a_builtin_module_of_the_same_name() {
        natives();
        let vm = unsafe { vm() };
        register_native(vm, "time", "double", 0).unwrap();
        let src = "import time\nfrom time import double\nprint(double(4), time.double is double, callable(time.monotonic), time.__name__)\n";
        assert_eq!(run(vm, src, "main.py"), STATUS_OK, "{}", error_text());
        assert_eq!(printed(), "8 True True time\n");
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

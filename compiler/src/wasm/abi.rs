//! The exports of compiler_lib.wasm. Each is a thin wrapper: pointers in, `session`/`codec`
//! calls, integers out. docs/abi.md is the reference for every signature and status.
//!
//! Safety, for every `unsafe` export: each `(ptr, len)` pair (and each handle array `(ptr, n)`)
//! must address readable memory of that many bytes (u32s) in this module's memory; the host
//! upholds it (runtime/src/rt.js copies its arguments into `wasm_alloc` blocks).
#![allow(clippy::missing_safety_doc)]

use super::codec;
use super::session::{self, STATUS_INTERNAL};
use crate::error::PyErr;
use crate::vm::{Vm, WaitReason};

/// The UTF-8 text at `(ptr, len)`, or `None` if it is not valid UTF-8.
///
/// # Safety
/// `(ptr, len)` must be readable memory (any pointer is fine when `len` is 0).
unsafe fn text<'a>(ptr: *const u8, len: usize) -> Option<&'a str> {
    std::str::from_utf8(unsafe { bytes(ptr, len) }).ok()
}

unsafe fn bytes<'a>(ptr: *const u8, len: usize) -> &'a [u8] {
    if len == 0 { &[] } else { unsafe { std::slice::from_raw_parts(ptr, len) } }
}

unsafe fn handles<'a>(ptr: *const u32, n: usize) -> &'a [u32] {
    if n == 0 { &[] } else { unsafe { std::slice::from_raw_parts(ptr, n) } }
}

/// Records a Python error for `edge_last_error_*` as `Kind: message`.
fn record(vm: &mut Vm, e: PyErr) {
    let text = vm.format_exception(&e);
    let last = text.lines().last().unwrap_or("error").to_string();
    session::set_error(&last);
}

// ---- memory ----

#[unsafe(no_mangle)]
pub extern "C" fn wasm_alloc(size: usize) -> *mut u8 {
    super::alloc::alloc(size)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_free(ptr: *mut u8, size: usize) {
    unsafe { super::alloc::free(ptr, size) }
}

// ---- setup and running ----

#[unsafe(no_mangle)]
pub unsafe extern "C" fn edge_register_module(
    name: *const u8,
    name_len: usize,
    src: *const u8,
    src_len: usize,
    file: *const u8,
    file_len: usize,
    is_package: i32,
) -> i32 {
    let (Some(n), Some(f)) = (unsafe { text(name, name_len) }, unsafe { text(file, file_len) }) else {
        return -1;
    };
    let s = String::from_utf8_lossy(unsafe { bytes(src, src_len) });
    session::register_module(n, &s, f, is_package != 0);
    0
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn edge_register_native(
    module: *const u8,
    module_len: usize,
    name: *const u8,
    name_len: usize,
    fn_id: u32,
) -> i32 {
    let (Some(m), Some(n)) = (unsafe { text(module, module_len) }, unsafe { text(name, name_len) }) else {
        return -1;
    };
    let vm = unsafe { session::vm() };
    match session::register_native(vm, m, n, fn_id) {
        Ok(()) => 0,
        Err(e) => {
            record(vm, e);
            -1
        }
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn edge_set_stdin(ptr: *const u8, len: usize) {
    session::set_stdin(&String::from_utf8_lossy(unsafe { bytes(ptr, len) }));
}

/// Puts a file in the in-memory file system that `open()` and `os` see. Returns 0, or -1 when
/// the path is not UTF-8.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn edge_fs_write(path: *const u8, path_len: usize, data: *const u8, data_len: usize) -> i32 {
    let Some(p) = (unsafe { text(path, path_len) }) else { return -1 };
    session::fs_put(p, unsafe { bytes(data, data_len) });
    0
}

/// Copies a file of the in-memory file system to the scratch buffer: its length, or -1 when
/// there is no such file.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn edge_fs_read(path: *const u8, path_len: usize) -> i32 {
    let Some(p) = (unsafe { text(path, path_len) }) else { return -1 };
    match session::fs_get(p) {
        Some(data) => session::set_scratch(&data),
        None => -1,
    }
}

/// Negative arguments leave that limit unchanged; `max_ops`/`max_heap_bytes` 0 = unlimited.
#[unsafe(no_mangle)]
pub extern "C" fn edge_set_limits(max_ops: i64, max_heap_bytes: i64, max_recursion: i32) {
    let vm = unsafe { session::vm() };
    if max_ops >= 0 {
        vm.limits.max_ops = (max_ops > 0).then_some(max_ops as u64);
    }
    if max_heap_bytes >= 0 {
        vm.limits.max_heap_bytes = (max_heap_bytes > 0).then_some(max_heap_bytes as usize);
    }
    if max_recursion > 0 {
        vm.limits.max_recursion = max_recursion as usize;
    }
}

/// The engine (V8) stack of the thread running the module, in KiB, when the embedder knows it
/// (a Node worker made with `resourceLimits.stackSizeMb`): native re-entries into Python may
/// then use the same share of it the default keeps of a Chromium worker's (`hoststack.rs`).
/// 0 or less keeps the default, which suits the smallest host.
#[unsafe(no_mangle)]
pub extern "C" fn edge_set_engine_stack(kib: i32) {
    let vm = unsafe { session::vm() };
    let default = crate::vm::Limits::default().engine_stack;
    let granted = (kib.max(0) as usize * 1024) / 100 * crate::vm::ENGINE_STACK_SHARE_PERCENT;
    vm.limits.engine_stack = granted.max(default);
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn edge_list_imports(src: *const u8, src_len: usize) -> i32 {
    // The host's text is UTF-8 (TextEncoder): checked the way `edge_run` checks it, and made
    // lossy only when it is not, so a start-up compiles no lossy decoder.
    let src = unsafe { bytes(src, src_len) };
    let s = match std::str::from_utf8(src) {
        Ok(s) => std::borrow::Cow::Borrowed(s),
        Err(_) => String::from_utf8_lossy(src),
    };
    match super::imports::list_imports(&s) {
        Ok(names) => session::set_scratch(names.join("\n").as_bytes()),
        Err(e) => {
            session::set_error(&format!("{}: {} (line {})", e.kind.name(), e.msg, e.line));
            -1
        }
    }
}

/// The modules the VM provides itself (implemented in Rust), newline-separated and sorted,
/// into the scratch buffer; returns the byte length. The host skips these when it resolves
/// a program's imports, so `import math` never becomes a request for `math.py`.
#[unsafe(no_mangle)]
pub extern "C" fn edge_builtin_modules() -> i32 {
    let vm = unsafe { session::vm() };
    // Sorted by insertion: a few dozen names, and `sort_unstable` would make the engine compile
    // a generic quicksort (2 KB of wasm) on every start for this one call.
    let mut names: Vec<&str> = Vec::with_capacity(vm.native_modules.len() + 1);
    for name in vm.native_modules.keys().copied().chain(["builtins"]) {
        let at = names.partition_point(|n| *n < name);
        names.insert(at, name);
    }
    session::set_scratch(names.join("\n").as_bytes())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn edge_run(src: *const u8, src_len: usize, file: *const u8, file_len: usize) -> i32 {
    let (Some(s), Some(f)) = (unsafe { text(src, src_len) }, unsafe { text(file, file_len) }) else {
        session::set_error("SyntaxError: source is not valid UTF-8");
        return STATUS_INTERNAL;
    };
    let vm = unsafe { session::vm() };
    session::run(vm, s, f)
}

/// Continues a suspended run (`STATUS_SUSPENDED`) with the value behind handle `h` (0: None;
/// the handle is released), or raises the `"Kind: message"` str handle `h` when `is_error`.
#[unsafe(no_mangle)]
pub extern "C" fn edge_resume(h: u32, is_error: i32) -> i32 {
    let vm = unsafe { session::vm() };
    session::resume(vm, h, is_error != 0)
}

/// What the suspended run waits for: 0 nothing, 1 TIMER, 2 EVENT, 3 FRAME, 4 PREEMPT,
/// 5 HOST_CALL, 6 FETCH.
#[unsafe(no_mangle)]
pub extern "C" fn edge_wait_kind() -> i32 {
    match session::wait() {
        None => 0,
        Some(WaitReason::Timer(_)) => 1,
        Some(WaitReason::Event) => 2,
        Some(WaitReason::Frame) => 3,
        Some(WaitReason::Preempt) => 4,
        Some(WaitReason::HostCall) => 5,
        Some(WaitReason::Fetch(_)) => 6,
    }
}

/// Seconds of a TIMER wait (0 otherwise).
#[unsafe(no_mangle)]
pub extern "C" fn edge_wait_seconds() -> f64 {
    match session::wait() {
        Some(WaitReason::Timer(s)) => s,
        _ => 0.0,
    }
}

/// The dotted module name of a FETCH wait, into the scratch buffer; its length (-1 otherwise).
#[unsafe(no_mangle)]
pub extern "C" fn edge_wait_name() -> i32 {
    match session::wait() {
        Some(WaitReason::Fetch(name)) => session::set_scratch(name.as_bytes()),
        _ => -1,
    }
}

/// 1 when a native call in progress (`host_call_native`) may answer PENDING and suspend the
/// run, else 0.
#[unsafe(no_mangle)]
pub extern "C" fn edge_can_suspend() -> i32 {
    unsafe { session::vm() }.can_suspend() as i32
}

/// Preempts the run (`STATUS_SUSPENDED`, PREEMPT) every `n` loop back-edges; 0 = never.
#[unsafe(no_mangle)]
pub extern "C" fn edge_set_preempt(n: i32) {
    unsafe { session::vm() }.set_preempt(n.max(0) as u32);
}

#[unsafe(no_mangle)]
pub extern "C" fn edge_exit_code() -> i32 {
    session::exit_code()
}

#[unsafe(no_mangle)]
pub extern "C" fn edge_last_error_ptr() -> *const u8 {
    session::last_error().0
}

#[unsafe(no_mangle)]
pub extern "C" fn edge_last_error_len() -> usize {
    session::last_error().1
}

#[unsafe(no_mangle)]
pub extern "C" fn edge_scratch_ptr() -> *const u8 {
    session::scratch_ptr()
}

// ---- handle codec: building values ----

fn handle(v: crate::value::Value) -> u32 {
    session::new_handle(unsafe { session::vm() }, v)
}

#[unsafe(no_mangle)]
pub extern "C" fn host_edge_none() -> u32 {
    handle(crate::value::Value::None)
}

#[unsafe(no_mangle)]
pub extern "C" fn host_edge_bool(v: i32) -> u32 {
    handle(crate::value::Value::Bool(v != 0))
}

#[unsafe(no_mangle)]
pub extern "C" fn host_edge_int(v: i64) -> u32 {
    handle(crate::value::Value::Int(v))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn host_edge_int_parse(ptr: *const u8, len: usize) -> u32 {
    let vm = unsafe { session::vm() };
    match unsafe { text(ptr, len) }.and_then(|t| codec::int_from_decimal(vm, t)) {
        Some(v) => session::new_handle(vm, v),
        None => 0,
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn host_edge_float(v: f64) -> u32 {
    handle(crate::value::Value::Float(v))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn host_edge_str(ptr: *const u8, len: usize) -> u32 {
    let vm = unsafe { session::vm() };
    match unsafe { text(ptr, len) } {
        Some(t) => {
            let v = vm.new_str(t);
            session::new_handle(vm, v)
        }
        None => 0,
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn host_edge_bytes(ptr: *const u8, len: usize) -> u32 {
    let vm = unsafe { session::vm() };
    let v = vm.new_bytes(unsafe { bytes(ptr, len) }.to_vec());
    session::new_handle(vm, v)
}

unsafe fn seq(items: *const u32, n: usize, tuple: bool) -> u32 {
    let vm = unsafe { session::vm() };
    let mut vals = Vec::with_capacity(n);
    for &h in unsafe { handles(items, n) } {
        match session::get(vm, h) {
            Some(v) => vals.push(v),
            None => return 0,
        }
    }
    let v = if tuple { vm.new_tuple(vals) } else { vm.new_list(vals) };
    session::new_handle(vm, v)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn host_edge_list(items: *const u32, n: usize) -> u32 {
    unsafe { seq(items, n, false) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn host_edge_tuple(items: *const u32, n: usize) -> u32 {
    unsafe { seq(items, n, true) }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn host_edge_int_tuple(items: *const i64, n: usize) -> u32 {
    let vm = unsafe { session::vm() };
    let v = codec::int_tuple(vm, unsafe { bytes(items.cast(), n * 8) });
    session::new_handle(vm, v)
}

/// # Safety
/// `items` holds `n` i64s.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn host_edge_int_tuples(items: *const i64, n: usize, width: usize) -> u32 {
    let vm = unsafe { session::vm() };
    let bytes = unsafe { bytes(items.cast(), n * 8) };
    codec::int_tuples(vm, bytes, width).map_or(0, |v| session::new_handle(vm, v))
}

#[unsafe(no_mangle)]
pub extern "C" fn host_edge_slice(h: u32, start: u32, end: u32) -> u32 {
    match value(h) {
        Some((vm, v)) => match codec::slice(vm, v, start, end) {
            Some(x) => session::new_handle(vm, x),
            None => 0,
        },
        None => 0,
    }
}

/// # Safety
/// `spans` holds `n` pairs of i32 (see docs/abi.md).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn host_edge_slices(h: u32, spans: *const i32, n: usize, width: usize) -> u32 {
    let Some((vm, v)) = value(h) else { return 0 };
    let spans = unsafe { bytes(spans.cast(), n * 8) };
    codec::slices(vm, v, spans, width).map_or(0, |x| session::new_handle(vm, x))
}

#[unsafe(no_mangle)]
pub extern "C" fn host_edge_dict() -> u32 {
    let vm = unsafe { session::vm() };
    let v = vm.new_dict();
    session::new_handle(vm, v)
}

#[unsafe(no_mangle)]
pub extern "C" fn host_edge_dict_set(dict: u32, key: u32, value: u32) -> i32 {
    let vm = unsafe { session::vm() };
    let (Some(d), Some(k), Some(v)) = (session::get(vm, dict), session::get(vm, key), session::get(vm, value)) else {
        return -1;
    };
    if vm.heap.dict(d).is_none() {
        return -1;
    }
    match vm.dict_set(d, k, v) {
        Ok(()) => 0,
        Err(e) => {
            record(vm, e);
            -1
        }
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn host_edge_ref(id: u32) -> u32 {
    let vm = unsafe { session::vm() };
    let made = session::host_ref_class(vm).and_then(|cls| vm.call_pos(cls, vec![crate::value::Value::Int(id as i64)]));
    match made {
        Ok(v) => session::new_handle(vm, v),
        Err(e) => {
            record(vm, e);
            0
        }
    }
}

// ---- handle codec: reading values ----

fn value(h: u32) -> Option<(&'static mut Vm, crate::value::Value)> {
    let vm = unsafe { session::vm() };
    let v = session::get(vm, h)?;
    Some((vm, v))
}

#[unsafe(no_mangle)]
pub extern "C" fn host_edge_tag(h: u32) -> i32 {
    match value(h) {
        Some((vm, v)) => codec::tag(vm, v),
        None => codec::TAG_INVALID,
    }
}

/// Python truthiness: 1 or 0; -1 for a dead handle or when `__bool__` raised.
#[unsafe(no_mangle)]
pub extern "C" fn host_edge_get_bool(h: u32) -> i32 {
    let Some((vm, v)) = value(h) else { return -1 };
    match vm.truthy(v) {
        Ok(b) => b as i32,
        Err(e) => {
            record(vm, e);
            -1
        }
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn host_edge_get_int(h: u32) -> i64 {
    value(h).and_then(|(_, v)| codec::int_of(v)).unwrap_or(0)
}

/// Decimal text of an int (any size) into the scratch buffer; its length, or -1.
#[unsafe(no_mangle)]
pub extern "C" fn host_edge_int_str(h: u32) -> i32 {
    match value(h).and_then(|(vm, v)| codec::int_to_decimal(vm, v)) {
        Some(t) => session::set_scratch(t.as_bytes()),
        None => -1,
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn host_edge_get_float(h: u32) -> f64 {
    value(h).map(|(vm, v)| codec::float_of(vm, v)).unwrap_or(f64::NAN)
}

#[unsafe(no_mangle)]
pub extern "C" fn host_edge_buf_ptr(h: u32) -> *const u8 {
    value(h).and_then(|(vm, v)| codec::buf_of(vm, v)).map_or(std::ptr::null(), |b| b.0)
}

/// Byte length of a str (UTF-8), bytes or bytearray; -1 otherwise.
#[unsafe(no_mangle)]
pub extern "C" fn host_edge_buf_len(h: u32) -> i32 {
    value(h).and_then(|(vm, v)| codec::buf_of(vm, v)).map_or(-1, |b| b.1 as i32)
}

#[unsafe(no_mangle)]
pub extern "C" fn host_edge_len(h: u32) -> i32 {
    value(h).map_or(-1, |(vm, v)| codec::len_of(vm, v))
}

#[unsafe(no_mangle)]
pub extern "C" fn host_edge_item(h: u32, i: u32) -> u32 {
    match value(h) {
        Some((vm, v)) => match codec::item(vm, v, i) {
            Some(x) => session::new_handle(vm, x),
            None => 0,
        },
        None => 0,
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn host_edge_dict_items(h: u32) -> u32 {
    match value(h) {
        Some((vm, v)) => match codec::dict_items(vm, v) {
            Some(x) => session::new_handle(vm, x),
            None => 0,
        },
        None => 0,
    }
}

/// The id of a `HostRef`; -1 for anything else.
#[unsafe(no_mangle)]
pub extern "C" fn host_edge_get_ref(h: u32) -> i64 {
    value(h).and_then(|(vm, v)| session::host_ref_id(vm, v)).map_or(-1, |id| id as i64)
}

/// `repr(value)` into the scratch buffer; its length, or -1 (error text in last_error).
#[unsafe(no_mangle)]
pub extern "C" fn host_edge_repr(h: u32) -> i32 {
    let Some((vm, v)) = value(h) else { return -1 };
    match vm.repr(v) {
        Ok(t) => session::set_scratch(t.as_bytes()),
        Err(e) => {
            record(vm, e);
            -1
        }
    }
}

// ---- calls back into Python (docs/abi.md, "Callbacks") ----

/// `callable(*args)` (`args` a tuple handle) → a new handle. On an exception: 0, and the
/// exception is pending: the native function returns status 2 to propagate it unchanged.
/// Each call first clears an earlier pending exception (the guest chose to ignore it).
#[unsafe(no_mangle)]
pub extern "C" fn host_edge_call(callable: u32, args: u32) -> u32 {
    session::set_pending(None);
    let vm = unsafe { session::vm() };
    let (Some(f), Some(a)) = (session::get(vm, callable), session::get(vm, args)) else { return 0 };
    let Some(items) = vm.heap.seq_items(a).map(|s| s.to_vec()) else {
        session::set_pending(Some(PyErr::type_error("host_edge_call: arguments must be a tuple")));
        return 0;
    };
    match vm.call_pos(f, items) {
        Ok(v) => session::new_handle(vm, v),
        Err(e) => {
            session::set_pending(Some(e));
            0
        }
    }
}

/// Makes `exc` (an exception instance or class) the pending exception. 0, or -1 when it is
/// not an exception (a `TypeError` is pending instead).
#[unsafe(no_mangle)]
pub extern "C" fn host_edge_raise(exc: u32) -> i32 {
    let Some((vm, v)) = value(exc) else { return -1 };
    match vm.exception_instance(v) {
        Ok(r) => {
            session::set_pending(Some(PyErr::obj(r)));
            0
        }
        Err(e) => {
            session::set_pending(Some(e));
            -1
        }
    }
}

/// A new str handle holding `repr(v)` (usable by guests, unlike the scratch-buffer
/// `host_edge_repr`); 0 on error, the exception pending.
#[unsafe(no_mangle)]
pub extern "C" fn host_edge_repr_str(h: u32) -> u32 {
    let Some((vm, v)) = value(h) else { return 0 };
    match vm.repr(v) {
        Ok(t) => {
            let s = vm.new_str(t);
            session::new_handle(vm, s)
        }
        Err(e) => {
            session::set_pending(Some(e));
            0
        }
    }
}

/// `id(v)`, so a guest can recognise the same object twice (cycle checks); 0 if dead.
#[unsafe(no_mangle)]
pub extern "C" fn host_edge_id(h: u32) -> i64 {
    value(h).map_or(0, |(_, v)| crate::builtins::functions::object_id(v))
}

/// A new str handle holding `type(v).__name__` (for error messages); 0 if `h` is dead.
#[unsafe(no_mangle)]
pub extern "C" fn host_edge_type_name(h: u32) -> u32 {
    let Some((vm, v)) = value(h) else { return 0 };
    let name = vm.type_name(v).to_string();
    let s = vm.new_str(name);
    session::new_handle(vm, s)
}

#[unsafe(no_mangle)]
pub extern "C" fn host_edge_drop(h: u32) {
    session::drop_handle(unsafe { session::vm() }, h);
}

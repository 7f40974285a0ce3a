//! The Path A guest codec for native builds: the `host_edge_*` functions a wasm-pdk module
//! imports from `env` on wasm, with the same names and signatures, working on the innermost
//! native call (`frames`). Semantics are docs/abi.md's; pointers are ordinary Rust pointers.
//! Outside a native call every function fails (handle 0, -1, NaN).
#![allow(clippy::missing_safety_doc)]

use super::frames;
use crate::error::PyErr;
use crate::value::Value;
use crate::vm::Vm;
use crate::wasm::codec;

fn handle(v: Value) -> u32 {
    match unsafe { frames::vm() } {
        Some(vm) => frames::new_handle(vm, v),
        None => 0,
    }
}

fn value(h: u32) -> Option<(&'static mut Vm, Value)> {
    let vm = unsafe { frames::vm() }?;
    let v = frames::get(vm, h)?;
    Some((vm, v))
}

unsafe fn bytes<'a>(ptr: *const u8, len: usize) -> &'a [u8] {
    if len == 0 { &[] } else { unsafe { std::slice::from_raw_parts(ptr, len) } }
}

pub fn host_edge_none() -> u32 {
    handle(Value::None)
}

pub fn host_edge_bool(v: i32) -> u32 {
    handle(Value::Bool(v != 0))
}

pub fn host_edge_int(v: i64) -> u32 {
    handle(Value::Int(v))
}

pub fn host_edge_float(v: f64) -> u32 {
    handle(Value::Float(v))
}

pub unsafe fn host_edge_int_parse(ptr: *const u8, len: usize) -> u32 {
    let Some(vm) = (unsafe { frames::vm() }) else { return 0 };
    let made = std::str::from_utf8(unsafe { bytes(ptr, len) }).ok().and_then(|t| codec::int_from_decimal(vm, t));
    made.map_or(0, |v| frames::new_handle(vm, v))
}

pub unsafe fn host_edge_str(ptr: *const u8, len: usize) -> u32 {
    let Some(vm) = (unsafe { frames::vm() }) else { return 0 };
    match std::str::from_utf8(unsafe { bytes(ptr, len) }) {
        Ok(t) => {
            let v = vm.new_str(t);
            frames::new_handle(vm, v)
        }
        Err(_) => 0,
    }
}

pub unsafe fn host_edge_bytes(ptr: *const u8, len: usize) -> u32 {
    let Some(vm) = (unsafe { frames::vm() }) else { return 0 };
    let v = vm.new_bytes(unsafe { bytes(ptr, len) }.to_vec());
    frames::new_handle(vm, v)
}

unsafe fn seq(items: *const u32, n: usize, tuple: bool) -> u32 {
    let Some(vm) = (unsafe { frames::vm() }) else { return 0 };
    let hs = if n == 0 { &[][..] } else { unsafe { std::slice::from_raw_parts(items, n) } };
    let mut vals = Vec::with_capacity(n);
    for &h in hs {
        match frames::get(vm, h) {
            Some(v) => vals.push(v),
            None => return 0,
        }
    }
    let v = if tuple { vm.new_tuple(vals) } else { vm.new_list(vals) };
    frames::new_handle(vm, v)
}

pub unsafe fn host_edge_list(items: *const u32, n: usize) -> u32 {
    unsafe { seq(items, n, false) }
}

pub unsafe fn host_edge_tuple(items: *const u32, n: usize) -> u32 {
    unsafe { seq(items, n, true) }
}

pub fn host_edge_dict() -> u32 {
    let Some(vm) = (unsafe { frames::vm() }) else { return 0 };
    let d = vm.new_dict();
    frames::new_handle(vm, d)
}

pub fn host_edge_dict_set(d: u32, k: u32, v: u32) -> i32 {
    let Some(vm) = (unsafe { frames::vm() }) else { return -1 };
    let (Some(d), Some(k), Some(v)) = (frames::get(vm, d), frames::get(vm, k), frames::get(vm, v)) else {
        return -1;
    };
    if vm.heap.dict(d).is_none() {
        return -1;
    }
    match vm.dict_set(d, k, v) {
        Ok(()) => 0,
        Err(_) => -1,
    }
}

/// Host references belong to the JS runtime; a native build has none.
pub fn host_edge_ref(_id: u32) -> u32 {
    0
}

pub fn host_edge_tag(h: u32) -> i32 {
    match value(h) {
        Some((vm, v)) => codec::tag(vm, v),
        None => codec::TAG_INVALID,
    }
}

pub fn host_edge_get_bool(h: u32) -> i32 {
    let Some((vm, v)) = value(h) else { return -1 };
    vm.truthy(v).map_or(-1, |b| b as i32)
}

pub fn host_edge_get_int(h: u32) -> i64 {
    value(h).and_then(|(_, v)| codec::int_of(v)).unwrap_or(0)
}

pub fn host_edge_get_float(h: u32) -> f64 {
    value(h).map_or(f64::NAN, |(vm, v)| codec::float_of(vm, v))
}

pub unsafe fn host_edge_int_tuple(items: *const i64, n: usize) -> u32 {
    let Some(vm) = (unsafe { frames::vm() }) else { return 0 };
    let v = codec::int_tuple(vm, unsafe { bytes(items.cast(), n * 8) });
    frames::new_handle(vm, v)
}

/// # Safety
/// `items` holds `n` i64s.
pub unsafe fn host_edge_int_tuples(items: *const i64, n: usize, width: usize) -> u32 {
    let Some(vm) = (unsafe { frames::vm() }) else { return 0 };
    let bytes = unsafe { bytes(items.cast(), n * 8) };
    codec::int_tuples(vm, bytes, width).map_or(0, |v| frames::new_handle(vm, v))
}

pub fn host_edge_slice(h: u32, start: u32, end: u32) -> u32 {
    let Some((vm, v)) = value(h) else { return 0 };
    codec::slice(vm, v, start, end).map_or(0, |x| frames::new_handle(vm, x))
}

/// # Safety
/// `spans` holds `n` pairs of i32.
pub unsafe fn host_edge_slices(h: u32, spans: *const i32, n: usize, width: usize) -> u32 {
    let Some((vm, v)) = value(h) else { return 0 };
    let spans = unsafe { bytes(spans.cast(), n * 8) };
    codec::slices(vm, v, spans, width).map_or(0, |x| frames::new_handle(vm, x))
}

pub fn host_edge_len(h: u32) -> i32 {
    value(h).map_or(-1, |(vm, v)| codec::len_of(vm, v))
}

pub fn host_edge_item(h: u32, i: u32) -> u32 {
    let Some((vm, v)) = value(h) else { return 0 };
    codec::item(vm, v, i).map_or(0, |x| frames::new_handle(vm, x))
}

pub fn host_edge_dict_items(h: u32) -> u32 {
    let Some((vm, v)) = value(h) else { return 0 };
    codec::dict_items(vm, v).map_or(0, |x| frames::new_handle(vm, x))
}

pub fn host_edge_get_ref(_h: u32) -> i64 {
    -1
}

pub fn host_edge_drop(h: u32) {
    if let Some(vm) = unsafe { frames::vm() } {
        frames::drop_handle(vm, h);
    }
}

pub fn host_edge_buf_len(h: u32) -> i32 {
    value(h).and_then(|(vm, v)| codec::buf_of(vm, v)).map_or(-1, |b| b.1 as i32)
}

/// Copies a str's UTF-8 / a bytes' content to `dst` (`host_edge_buf_len(h)` bytes).
pub unsafe fn host_edge_buf_read(h: u32, dst: *mut u8) -> i32 {
    let Some((p, n)) = value(h).and_then(|(vm, v)| codec::buf_of(vm, v)) else { return -1 };
    if n > 0 {
        unsafe { std::ptr::copy_nonoverlapping(p, dst, n) };
    }
    n as i32
}

/// `callable(*args)`. On an exception: 0, and the exception is pending for the guest to
/// propagate (`STATUS_PENDING`). Each call first clears an earlier pending exception.
pub fn host_edge_call(callable: u32, args: u32) -> u32 {
    frames::set_pending(None);
    let Some(vm) = (unsafe { frames::vm() }) else { return 0 };
    let (Some(f), Some(a)) = (frames::get(vm, callable), frames::get(vm, args)) else { return 0 };
    let Some(items) = vm.heap.seq_items(a).map(|s| s.to_vec()) else {
        frames::set_pending(Some(PyErr::type_error("host_edge_call: arguments must be a tuple")));
        return 0;
    };
    match vm.call_pos(f, items) {
        Ok(v) => frames::new_handle(vm, v),
        Err(e) => {
            frames::set_pending(Some(e));
            0
        }
    }
}

/// Makes `exc` (an exception instance or class) the pending exception; 0, or -1 when it is
/// not an exception (a `TypeError` is pending then).
pub fn host_edge_raise(exc: u32) -> i32 {
    let Some((vm, v)) = value(exc) else { return -1 };
    match vm.exception_instance(v) {
        Ok(r) => {
            frames::set_pending(Some(PyErr::obj(r)));
            0
        }
        Err(e) => {
            frames::set_pending(Some(e));
            -1
        }
    }
}

/// A new str handle holding `repr(v)`; 0 on error (the exception is pending).
pub fn host_edge_repr_str(h: u32) -> u32 {
    let Some((vm, v)) = value(h) else { return 0 };
    match vm.repr(v) {
        Ok(t) => {
            let s = vm.new_str(t);
            frames::new_handle(vm, s)
        }
        Err(e) => {
            frames::set_pending(Some(e));
            0
        }
    }
}

/// `id(v)`: equal for the same object, so a guest can detect cycles.
pub fn host_edge_id(h: u32) -> i64 {
    value(h).map_or(0, |(_, v)| crate::builtins::functions::object_id(v))
}

/// A new str handle holding `type(v).__name__`, for error messages; 0 if `h` is dead.
pub fn host_edge_type_name(h: u32) -> u32 {
    let Some((vm, v)) = value(h) else { return 0 };
    let name = vm.type_name(v).to_string();
    let s = vm.new_str(name);
    frames::new_handle(vm, s)
}

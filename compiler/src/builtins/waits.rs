//! Built-ins that wait for the host: `receive()`, `sleep(seconds)`, `frame()`, and `run(coro)`,
//! which drives a coroutine to completion. They suspend the run when the embedder drives it
//! with `Vm::start_main`/`resume` (see `vm/suspend.rs`); an embedder that runs programs without
//! suspension gets blocking behaviour: `receive()` reads a line of stdin, `sleep` and `frame`
//! block through `Host::sleep`.

use std::cell::Cell;
use std::rc::Rc;

use crate::builtins::args;
use crate::builtins::functions::is_int;
use crate::bytecode::Op;
use crate::bytecode::code::{AttrCache, Code, Pos};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::*;
use crate::vm::{Vm, WaitReason};

/// `receive()`: the next event message the host pushes (a `str`).
fn receive(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("receive", &args, 0, 0)?;
    if !vm.suspend.enabled {
        let Some(line) = vm.host.read_line() else {
            return Err(PyErr::new(ExcKind::EOFError, "receive(): no more events (end of input)"));
        };
        let s = vm.new_str(line);
        vm.mark_host_result(s);
        return Ok(s);
    }
    vm.request_wait(WaitReason::Event, "receive()")
}

/// `frame()`: waits for the next animation frame; returns its timestamp in milliseconds.
fn frame(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("frame", &args, 0, 0)?;
    if !vm.suspend.enabled {
        vm.host.sleep(1.0 / 60.0);
        let ms = Value::Float(vm.host.monotonic_ns() as f64 / 1e6);
        vm.mark_host_result(ms);
        return Ok(ms);
    }
    vm.request_wait(WaitReason::Frame, "frame()")
}

/// `sleep(seconds)`, and `time.sleep`.
pub fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("sleep", &args, 1, 1)?;
    let secs = seconds_arg(vm, args.pos[0])?;
    let r = vm.sleep_or_block(secs)?;
    vm.mark_host_result(r);
    Ok(r)
}

/// A non-negative number of seconds, with `time.sleep`'s errors.
fn seconds_arg(vm: &mut Vm, v: Value) -> PyResult<f64> {
    let secs = match v {
        Value::Float(f) => f,
        _ if is_int(vm, v) => vm.to_f64(v)?,
        _ => {
            return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))));
        }
    };
    if secs.is_nan() {
        return Err(PyErr::value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    Ok(secs)
}

/// `run(coro)` is a Python-level function so the interpreter runs it in-loop: its body awaits
/// `coro` with `Send`, and the interpreter re-sends None whenever a non-generator frame's
/// `Send` yields (see `yield_up`), so waits inside the coroutine can suspend the whole run.
fn run_code() -> Code {
    let ops = vec![Op::LoadFast(0), Op::GetAwaitable, Op::LoadNone, Op::Send(4), Op::Return];
    let mut code = Code::empty();
    code.name = "run".into();
    code.qualname = "run".into();
    code.positions = vec![Pos::default(); ops.len()];
    code.attr_cache = (0..ops.len()).map(|_| Cell::new(AttrCache::default())).collect();
    code.ops = ops;
    code.varnames = vec!["coro".into()];
    code.argcount = 1;
    code.stacksize = 3;
    code.with_call_shape()
}

pub fn register(vm: &mut Vm) {
    for (name, f) in [("receive", receive as NativeFn), ("sleep", sleep), ("frame", frame)] {
        let v = vm.new_native_fn(name, f);
        vm.dict_set_str(vm.builtins, name, v);
    }
    let code = Rc::new(run_code());
    let run = vm.alloc(Obj::Function(Box::new(Function {
        name: code.name.clone(),
        qualname: code.qualname.clone(),
        code,
        globals: vm.builtins,
        defaults: Vec::new(),
        kwdefaults: Vec::new(),
        closure: Vec::new(),
        dict: None,
        doc: Value::None,
        module: Value::None,
        annotations: None,
    })));
    vm.dict_set_str(vm.builtins, "run", run);
}

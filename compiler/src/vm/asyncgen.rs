//! Async generators (PEP 525) and `anext()`.
//!
//! An async generator is an ordinary `Generator` object of kind `AsyncGenerator`; what differs
//! is how it is driven. `__anext__`, `asend`, `athrow` and `aclose` return awaitables
//! (`async_generator_asend`, `async_generator_athrow`) that resume the generator's frame once
//! per `send`. A `yield` in the generator's own body finishes the awaitable with
//! `StopIteration(value)` (so `await agen.__anext__()` is that value), while a value yielded
//! by an `await` inside the body passes through to whoever drives the awaitable (the event
//! loop). The two are told apart by where the suspended frame stopped: after its own
//! `YieldValue`, or at the `Send` of an `await` it will re-run.

use std::any::Any;

use super::Vm;
use super::call::Exit;
use crate::builtins::args;
use crate::builtins::functions::{expect_args, no_kwargs};
use crate::bytecode::Op;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Not sent to yet: the first `send(None)` delivers the awaitable's own argument.
    Init,
    Running,
    /// Finished (or closed): awaiting it again is an error.
    Closed,
}

#[derive(Debug)]
enum Action {
    /// `asend(value)`; `__anext__()` is `asend(None)`.
    Send(Value),
    /// `athrow(exc)`, with the exception instance already built.
    Throw(Value),
    /// `aclose()`: throws `GeneratorExit` and expects the generator to finish.
    Close,
}

/// The awaitable `asend`/`athrow`/`aclose` return.
#[derive(Debug)]
struct AgenAwaitable {
    agen: ObjRef,
    action: Action,
    state: State,
    cls: ObjRef,
}

/// What `anext(aiterator, default)` returns: awaits `inner` and turns its
/// `StopAsyncIteration` into the default value.
#[derive(Debug)]
struct AnextAwaitable {
    inner: Value,
    default: Value,
    cls: ObjRef,
}

impl NativeIter for AgenAwaitable {
    fn type_name(&self) -> &'static str {
        match self.action {
            Action::Send(_) => "async_generator_asend",
            _ => "async_generator_athrow",
        }
    }

    /// `__next__` is `send(None)`; the awaitable's result arrives as `StopIteration(value)`.
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        self.send(vm, Value::None).map(Some)
    }

    fn trace(&self, out: &mut Vec<Value>) {
        out.push(Value::Obj(self.agen));
        if let Action::Send(v) | Action::Throw(v) = self.action {
            out.push(v);
        }
    }

    fn class(&self) -> Option<ObjRef> {
        Some(self.cls)
    }

    fn as_any_mut(&mut self) -> Option<&mut dyn Any> {
        Some(self)
    }
}

impl NativeIter for AnextAwaitable {
    fn type_name(&self) -> &'static str {
        "anext_awaitable"
    }

    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        self.send(vm, Value::None).map(Some)
    }

    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.inner);
        out.push(self.default);
    }

    fn class(&self) -> Option<ObjRef> {
        Some(self.cls)
    }

    fn as_any_mut(&mut self) -> Option<&mut dyn Any> {
        Some(self)
    }
}

impl AnextAwaitable {
    fn send(&mut self, vm: &mut Vm, value: Value) -> PyResult<Value> {
        let r = vm.send_to(self.inner, value);
        self.finish(vm, r)
    }

    fn finish(&mut self, vm: &mut Vm, r: PyResult<Exit>) -> PyResult<Value> {
        match r {
            Ok(Exit::Yield(v)) => Ok(v),
            Ok(Exit::Return(v)) => Err(PyErr::stop_iteration(v)),
            Err(e) if vm.err_matches(&e, ExcKind::StopAsyncIteration) => Err(PyErr::stop_iteration(self.default)),
            Err(e) => Err(e),
        }
    }
}

impl AgenAwaitable {
    fn send(&mut self, vm: &mut Vm, value: Value) -> PyResult<Value> {
        match self.action {
            Action::Send(first) => self.asend_step(vm, value, first, None),
            Action::Throw(_) | Action::Close => self.athrow_step(vm, value, None),
        }
    }

    fn throw(&mut self, vm: &mut Vm, err: PyErr) -> PyResult<Value> {
        match self.action {
            Action::Send(first) => self.asend_step(vm, Value::None, first, Some(err)),
            Action::Throw(_) | Action::Close => self.athrow_step(vm, Value::None, Some(err)),
        }
    }

    fn asend_step(&mut self, vm: &mut Vm, mut value: Value, first: Value, throw: Option<PyErr>) -> PyResult<Value> {
        if self.state == State::Closed {
            return Err(PyErr::runtime_error("cannot reuse already awaited __anext__()/asend()"));
        }
        if self.state == State::Init {
            if running_async(vm, self.agen) {
                self.state = State::Closed;
                return Err(PyErr::runtime_error("anext(): asynchronous generator is already running"));
            }
            if value.is_none() {
                value = first;
            }
            self.state = State::Running;
        }
        set_running_async(vm, self.agen, true);
        let r = match throw {
            None => vm.gen_resume(self.agen, value, None),
            Some(err) => vm.gen_throw(self.agen, err),
        };
        self.unwrap(vm, r)
    }

    fn athrow_step(&mut self, vm: &mut Vm, value: Value, throw: Option<PyErr>) -> PyResult<Value> {
        let closing = matches!(self.action, Action::Close);
        if self.state == State::Closed {
            return Err(PyErr::runtime_error("cannot reuse already awaited aclose()/athrow()"));
        }
        if finished(vm, self.agen) {
            self.state = State::Closed;
            return Err(PyErr::stop_iteration(Value::None));
        }
        let r = if self.state == State::Init {
            if running_async(vm, self.agen) {
                self.state = State::Closed;
                return Err(PyErr::runtime_error(if closing {
                    "aclose(): asynchronous generator is already running"
                } else {
                    "athrow(): asynchronous generator is already running"
                }));
            }
            if !value.is_none() {
                return Err(PyErr::runtime_error("can't send non-None value to a just-started coroutine"));
            }
            self.state = State::Running;
            set_running_async(vm, self.agen, true);
            let err = match (throw, &self.action) {
                (Some(err), _) => err,
                (None, Action::Throw(exc)) => PyErr::obj(exc.as_obj().expect("exception instance")),
                (None, _) => PyErr::obj(vm.new_exception(ExcKind::GeneratorExit, vec![])),
            };
            vm.gen_throw(self.agen, err)
        } else {
            match throw {
                None => vm.gen_resume(self.agen, value, None),
                Some(err) => vm.gen_throw(self.agen, err),
            }
        };
        if closing {
            return self.close_result(vm, r);
        }
        self.unwrap(vm, r)
    }

    /// `aclose()`: the generator must finish (or raise) rather than yield again.
    fn close_result(&mut self, vm: &mut Vm, r: PyResult<Exit>) -> PyResult<Value> {
        match r {
            Ok(Exit::Yield(_)) if body_yielded(vm, self.agen) => {
                set_running_async(vm, self.agen, false);
                self.state = State::Closed;
                Err(PyErr::runtime_error("async generator ignored GeneratorExit"))
            }
            Ok(Exit::Yield(v)) => Ok(v),
            Ok(Exit::Return(_)) => {
                set_running_async(vm, self.agen, false);
                self.state = State::Closed;
                Err(PyErr::stop_iteration(Value::None))
            }
            Err(e) => {
                set_running_async(vm, self.agen, false);
                self.state = State::Closed;
                if vm.err_matches(&e, ExcKind::StopAsyncIteration) || vm.err_matches(&e, ExcKind::GeneratorExit) {
                    return Err(PyErr::stop_iteration(Value::None));
                }
                Err(e)
            }
        }
    }

    /// The generator's own `yield v` becomes `StopIteration(v)`; its return becomes
    /// `StopAsyncIteration`; values an inner `await` yields pass through.
    fn unwrap(&mut self, vm: &mut Vm, r: PyResult<Exit>) -> PyResult<Value> {
        match r {
            Ok(Exit::Yield(v)) if body_yielded(vm, self.agen) => {
                set_running_async(vm, self.agen, false);
                self.state = State::Closed;
                Err(PyErr::stop_iteration(v))
            }
            Ok(Exit::Yield(v)) => Ok(v),
            Ok(Exit::Return(_)) => {
                set_running_async(vm, self.agen, false);
                self.state = State::Closed;
                Err(PyErr::with_args(ExcKind::StopAsyncIteration, vec![]))
            }
            Err(e) => {
                set_running_async(vm, self.agen, false);
                self.state = State::Closed;
                Err(e)
            }
        }
    }
}

fn running_async(vm: &Vm, agen: ObjRef) -> bool {
    matches!(vm.heap.get(agen), Obj::Generator(g) if g.async_running)
}

fn set_running_async(vm: &mut Vm, agen: ObjRef, on: bool) {
    if let Obj::Generator(g) = vm.heap.get_mut(agen) {
        g.async_running = on;
    }
}

fn finished(vm: &Vm, agen: ObjRef) -> bool {
    matches!(vm.heap.get(agen), Obj::Generator(g) if g.frame.is_none())
}

/// Whether the generator's last suspension was a `yield` of its own body (the frame stopped
/// right after its `YieldValue`) rather than an `await` passing a value up (the frame waits
/// at the `Send` it will run again).
fn body_yielded(vm: &Vm, agen: ObjRef) -> bool {
    let Obj::Generator(g) = vm.heap.get(agen) else { return false };
    let Some(f) = g.frame.as_ref() else { return false };
    matches!(f.code.ops.get(f.pc.wrapping_sub(1)), Some(Op::YieldValue))
        && !matches!(f.code.ops.get(f.pc), Some(Op::Send(_)))
}

fn agen_ref(vm: &Vm, v: Value, method: &str) -> PyResult<ObjRef> {
    match v {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Generator(g) if g.kind == GenKind::AsyncGenerator) => Ok(r),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{method}' for 'async_generator' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))),
    }
}

fn new_awaitable(vm: &mut Vm, agen: ObjRef, action: Action) -> Value {
    let t = &vm.types;
    let cls = match action {
        Action::Send(_) => t.async_generator_asend,
        _ => t.async_generator_athrow,
    };
    vm.new_native_iter(Box::new(AgenAwaitable { agen, action, state: State::Init, cls }))
}

fn agen_anext(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("__anext__", &a, 0, 0)?;
    let g = agen_ref(vm, a.pos[0], "__anext__")?;
    vm.init_asyncgen_hooks(g)?;
    Ok(new_awaitable(vm, g, Action::Send(Value::None)))
}

fn agen_asend(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("asend", &a, 1, 1)?;
    let g = agen_ref(vm, a.pos[0], "asend")?;
    vm.init_asyncgen_hooks(g)?;
    Ok(new_awaitable(vm, g, Action::Send(a.pos[1])))
}

fn agen_athrow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("athrow", &a, 1, 3)?;
    let g = agen_ref(vm, a.pos[0], "athrow")?;
    vm.init_asyncgen_hooks(g)?;
    let exc = thrown_exception(vm, &a.pos[1..])?;
    Ok(new_awaitable(vm, g, Action::Throw(Value::Obj(exc))))
}

fn agen_aclose(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("aclose", &a, 0, 0)?;
    let g = agen_ref(vm, a.pos[0], "aclose")?;
    vm.init_asyncgen_hooks(g)?;
    Ok(new_awaitable(vm, g, Action::Close))
}

/// The exception `throw(typ[, val[, tb]])` raises, as `generator.throw` builds it.
fn thrown_exception(vm: &mut Vm, args: &[Value]) -> PyResult<ObjRef> {
    let mut typ = args[0];
    if let Some(&val) = args.get(1)
        && !val.is_none()
    {
        typ = if vm.is_exception(val) { val } else { vm.call_pos(typ, vec![val])? };
    }
    vm.exception_instance(typ)
}

/// Runs `f` on the awaitable `v` (moved out of the heap meanwhile, like a running iterator).
fn with_awaitable<T: Any>(
    vm: &mut Vm,
    v: Value,
    method: &str,
    f: impl FnOnce(&mut T, &mut Vm) -> PyResult<Value>,
) -> PyResult<Value> {
    let wrong = |vm: &Vm| PyErr::type_error(format!("{method}() called on a '{}' object", vm.type_name(v)));
    let Value::Obj(r) = v else { return Err(wrong(vm)) };
    let fits = match vm.heap.get_mut(r) {
        Obj::NativeIter(ni) => ni.as_any_mut().is_some_and(|any| any.is::<T>()),
        Obj::Busy => return Err(PyErr::value_error("generator already executing")),
        _ => false,
    };
    if !fits {
        return Err(wrong(vm));
    }
    let Obj::NativeIter(mut ni) = vm.heap.take(r) else { return Err(wrong(vm)) };
    let out = match ni.as_any_mut().and_then(|any| any.downcast_mut::<T>()) {
        Some(state) => f(state, vm),
        None => Err(wrong(vm)),
    };
    vm.heap.put_back(r, Obj::NativeIter(ni));
    out
}

fn awaitable_send(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("send", &a, 1, 1)?;
    let value = a.pos[1];
    if is_a::<AnextAwaitable>(vm, a.pos[0]) {
        return with_awaitable(vm, a.pos[0], "send", |aw: &mut AnextAwaitable, vm| aw.send(vm, value));
    }
    with_awaitable(vm, a.pos[0], "send", |aw: &mut AgenAwaitable, vm| aw.send(vm, value))
}

fn awaitable_throw(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("throw", &a, 1, 3)?;
    let exc = thrown_exception(vm, &a.pos[1..])?;
    let err = PyErr::obj(exc);
    if is_a::<AnextAwaitable>(vm, a.pos[0]) {
        return with_awaitable(vm, a.pos[0], "throw", |aw: &mut AnextAwaitable, vm| {
            let inner = aw.inner;
            let r = match vm.getattr_opt(inner, "throw")? {
                Some(t) => match vm.call_pos(t, vec![Value::Obj(exc)]) {
                    Ok(v) => Ok(Exit::Yield(v)),
                    Err(e) if vm.err_matches(&e, ExcKind::StopIteration) => {
                        let se = vm.materialize(e);
                        Ok(Exit::Return(vm.exception_args(se).first().copied().unwrap_or(Value::None)))
                    }
                    Err(e) => Err(e),
                },
                None => Err(err),
            };
            aw.finish(vm, r)
        });
    }
    with_awaitable(vm, a.pos[0], "throw", |aw: &mut AgenAwaitable, vm| aw.throw(vm, err))
}

fn awaitable_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("close", &a, 0, 0)?;
    if is_a::<AnextAwaitable>(vm, a.pos[0]) {
        return with_awaitable(vm, a.pos[0], "close", |aw: &mut AnextAwaitable, vm| {
            if let Some(close) = vm.getattr_opt(aw.inner, "close")? {
                vm.call_pos(close, vec![])?;
            }
            Ok(Value::None)
        });
    }
    with_awaitable(vm, a.pos[0], "close", |aw: &mut AgenAwaitable, vm| {
        if aw.state == State::Running {
            // Abandoned mid-way (e.g. its task was cancelled): the generator may be awaited again.
            set_running_async(vm, aw.agen, false);
        }
        aw.state = State::Closed;
        Ok(Value::None)
    })
}

fn is_a<T: Any>(vm: &mut Vm, v: Value) -> bool {
    match v {
        Value::Obj(r) => match vm.heap.get_mut(r) {
            Obj::NativeIter(ni) => ni.as_any_mut().is_some_and(|any| any.is::<T>()),
            _ => false,
        },
        _ => false,
    }
}

fn identity(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(a.pos.first().copied().unwrap_or(Value::None))
}

fn awaitable_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("__next__", &a, 0, 0)?;
    let mut b = a;
    b.pos.push(Value::None);
    awaitable_send(vm, b)
}

/// `aiter(obj)`: `type(obj).__aiter__(obj)`.
pub(crate) fn builtin_aiter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_kwargs("aiter", &a)?;
    expect_args("aiter", a.pos.len(), 1, 1)?;
    let obj = a.pos[0];
    match vm.call_dunder_opt(obj, "__aiter__", &[])? {
        Some(it) if has_method(vm, it, "__anext__") => Ok(it),
        Some(it) => {
            Err(PyErr::type_error(format!("aiter() returned not an async iterator of type '{}'", vm.type_name(it))))
        }
        None => Err(PyErr::type_error(format!("'{}' object is not an async iterable", vm.type_name(obj)))),
    }
}

/// `anext(aiterator[, default])`: the awaitable `__anext__` returns, or one that turns
/// `StopAsyncIteration` into `default`.
pub(crate) fn builtin_anext(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_kwargs("anext", &a)?;
    expect_args("anext", a.pos.len(), 1, 2)?;
    let it = a.pos[0];
    if !has_method(vm, it, "__anext__") {
        return Err(PyErr::type_error(format!("'{}' object is not an async iterator", vm.type_name(it))));
    }
    let awaitable = vm.call_dunder_opt(it, "__anext__", &[])?.unwrap_or(Value::None);
    let Some(&default) = a.pos.get(1) else { return Ok(awaitable) };
    let inner = vm.get_awaitable(awaitable)?;
    let cls = vm.types.anext_awaitable;
    Ok(vm.new_native_iter(Box::new(AnextAwaitable { inner, default, cls })))
}

fn has_method(vm: &Vm, v: Value, name: &str) -> bool {
    let cls = vm.type_of(v);
    vm.lookup_mro(cls, name).is_some()
}

impl Vm {
    /// The async-generator protocol and its awaitables' methods.
    pub(super) fn install_async_generators(&mut self) {
        use NativeKind::Method;
        let t = &self.types;
        let (agen, asend, athrow, anext) =
            (t.async_generator, t.async_generator_asend, t.async_generator_athrow, t.anext_awaitable);
        self.add_methods(
            agen,
            &[
                ("__aiter__", identity, Method),
                ("__anext__", agen_anext, Method),
                ("asend", agen_asend, Method),
                ("athrow", agen_athrow, Method),
                ("aclose", agen_aclose, Method),
            ],
        );
        for cls in [asend, athrow, anext] {
            self.add_methods(
                cls,
                &[
                    ("send", awaitable_send, Method),
                    ("throw", awaitable_throw, Method),
                    ("close", awaitable_close, Method),
                    ("__await__", identity, Method),
                    ("__iter__", identity, Method),
                    ("__next__", awaitable_next, Method),
                ],
            );
        }
    }
}

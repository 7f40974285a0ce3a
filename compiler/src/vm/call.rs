//! Calling: Python functions (argument binding into frames), natives, bound methods, classes.

use std::rc::Rc;

use super::frame::UNBOUND;
use super::{Frame, Vm};
use crate::bytecode::Code;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::*;

/// What running a frame to its end (or next yield) produced.
pub(crate) enum Exit {
    Return(Value),
    Yield(Value),
}

/// Natives that may be running inside one another: CPython 3.13's C recursion limit. Python
/// frames count against `sys.getrecursionlimit()` alone, as in CPython, where a builtin
/// calling back into Python (a sort key, `__repr__` under `repr`) takes no Python level.
const NATIVE_NESTING_LIMIT: usize = 10_000;

impl Vm {
    /// Calls any callable with positional and keyword arguments. Re-enters the interpreter
    /// for Python functions (so it may be used from builtins, e.g. a `sorted` key function).
    pub fn call(&mut self, f: Value, mut args: Args) -> PyResult<Value> {
        let Value::Obj(r) = f else {
            return Err(self.not_callable(f));
        };
        match self.heap.get(r) {
            Obj::Function(_) => {
                let frame = self.function_frame(r, args)?;
                self.run_function_frame(frame)
            }
            Obj::Native(n) => {
                let (func, bound, name) = (n.func, n.bound, n.name);
                if let Some(b) = bound {
                    args.pos.insert(0, b);
                } else if n.kind == NativeKind::Method && args.pos.is_empty() {
                    return Err(self.unbound_method_without_receiver(r, name));
                }
                self.enter_native(name)?;
                self.suspend.native_direct = std::mem::take(&mut self.suspend.direct_call);
                let r = func(self, args);
                self.native_depth -= 1;
                r
            }
            Obj::BoundMethod { receiver, func } => {
                let (recv, func) = (*receiver, *func);
                args.pos.insert(0, recv);
                self.call(func, args)
            }
            Obj::Class(_) => {
                if self.native_depth == 0 {
                    self.suspend.outer_class = Some(r);
                }
                self.instantiate(r, args)
            }
            Obj::StaticMethod(inner) | Obj::ClassMethod(inner) if false => {
                let inner = *inner;
                self.call(inner, args)
            }
            _ => {
                let cls = self.type_of(f);
                match self.lookup_mro(cls, "__call__") {
                    Some(c) => {
                        args.pos.insert(0, f);
                        self.call(c, args)
                    }
                    None => Err(self.not_callable(f)),
                }
            }
        }
    }

    pub(super) fn enter_native(&mut self, name: &'static str) -> PyResult<()> {
        self.native_depth += 1;
        if self.native_depth == 1 {
            self.suspend.outer_native = name;
        }
        if self.native_depth > NATIVE_NESTING_LIMIT || self.stack_exhausted() {
            self.native_depth -= 1;
            return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        Ok(())
    }

    #[cold]
    pub(crate) fn not_callable(&self, f: Value) -> PyErr {
        PyErr::type_error(format!("'{}' object is not callable", self.type_name(f)))
    }

    /// Runs a prepared function frame to completion (or creates its generator).
    pub(crate) fn run_function_frame(&mut self, frame: Box<Frame>) -> PyResult<Value> {
        if frame.code.is_generator_like() {
            return Ok(self.new_generator(frame));
        }
        match self.run_frame(frame, None)? {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    /// `f(*pos)`.
    pub fn call_pos(&mut self, f: Value, pos: Vec<Value>) -> PyResult<Value> {
        self.call(f, Args::new(pos))
    }

    /// `obj.name(*pos)`.
    pub fn call_method(&mut self, obj: Value, name: &str, pos: Vec<Value>) -> PyResult<Value> {
        let m = self.getattr(obj, name)?;
        self.call_pos(m, pos)
    }

    /// Calls the special method `name` found on `type(obj)` (not on the instance), as the
    /// interpreter does for operators. `Ok(None)` when the type has no such method.
    pub fn call_dunder_opt(&mut self, obj: Value, name: &'static str, args: &[Value]) -> PyResult<Option<Value>> {
        let cls = self.type_of(obj);
        let Some(f) = self.lookup_special(cls, name) else { return Ok(None) };
        if f.is_none() {
            return Ok(None);
        }
        // Natives see the built-in payload of subclass instances.
        let recv = if self.is_native(f) { self.builtin_value(obj) } else { obj };
        // The argument vector is built once at its final size (operators run this per use).
        let (f, first) = match f {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::StaticMethod(inner) => (*inner, None),
                Obj::ClassMethod(inner) => (*inner, Some(Value::Obj(cls))),
                _ => (f, Some(recv)),
            },
            _ => (f, Some(recv)),
        };
        if let (Some(first), Value::Obj(fr)) = (first, f)
            && let Obj::Function(func) = self.heap.get(fr)
            && func.code.binds_positionally(args.len() + 1)
        {
            // A Python method taking exactly these arguments: straight into its frame, with no
            // argument vector (`a + b` on a class with `__add__`, `obj[i]` with `__getitem__`),
            // or into the generator it makes (`__await__`, `__iter__` written with `yield`).
            let (code, globals) = (func.code.clone(), func.globals);
            let mut frame = self.take_frame(code.clone(), globals, Some(fr));
            frame.regs[0] = first;
            frame.regs[1..=args.len()].copy_from_slice(args);
            self.init_cells(fr, &code, &mut frame.regs);
            return self.run_function_frame(frame).map(Some);
        }
        // A recycled buffer: it also has room for the value a bound native puts first
        // (`_decimal_fast`'s operators), where an exact-size one would grow.
        let mut a = Args::from_slice(&[]);
        a.pos.extend(first);
        a.pos.extend_from_slice(args);
        self.call(f, a).map(Some)
    }

    /// Creates an instance: `cls.__new__(cls, ...)` then `__init__`.
    fn instantiate(&mut self, cls: ObjRef, args: Args) -> PyResult<Value> {
        if cls == self.types.type_ && args.pos.len() == 1 && args.kw.is_empty() {
            return Ok(Value::Obj(self.type_of(args.pos[0])));
        }
        // A metaclass with its own __call__.
        let meta = self.type_of(Value::Obj(cls));
        if meta != self.types.type_
            && let Some(c) = self.lookup_mro(meta, "__call__")
            && !self.is_native(c)
        {
            let mut a = args;
            a.pos.insert(0, Value::Obj(cls));
            return self.call(c, a);
        }
        self.type_call(cls, args)
    }

    /// `type.__call__(cls, *args, **kwargs)`.
    pub(crate) fn type_call(&mut self, cls: ObjRef, args: Args) -> PyResult<Value> {
        // `bool(x)`: bool can be neither subclassed nor patched, so this is all its
        // __new__ does (and skips three MRO walks by name).
        if cls == self.types.bool_ && args.kw.is_empty() && args.pos.len() == 1 {
            return Ok(Value::Bool(self.truthy(args.pos[0])?));
        }
        let plan = self.ctor_plan(cls);
        let new = match plan {
            super::ctor::CtorPlan::OwnNew { new } => Some(new),
            _ => self.lookup_mro(cls, "__new__"),
        };
        let obj = match new {
            Some(n) if !self.is_object_new(n) => {
                let n = match n {
                    Value::Obj(r) => match self.heap.get(r) {
                        Obj::StaticMethod(inner) => *inner,
                        _ => n,
                    },
                    _ => n,
                };
                let mut a = Args { pos: args.pos.clone(), kw: args.kw.clone() };
                a.pos.insert(0, Value::Obj(cls));
                self.call(n, a)?
            }
            _ => {
                if !args.pos.is_empty() || !args.kw.is_empty() {
                    let init = self.lookup_mro(cls, "__init__");
                    if init.is_none_or(|i| self.is_object_init(i)) {
                        return Err(PyErr::type_error(format!("{}() takes no arguments", self.class_name(cls))));
                    }
                }
                self.new_object(cls)
            }
        };
        if !self.is_instance(obj, cls) {
            return Ok(obj);
        }
        // The instance's own class's `__init__`: `__new__` may have made a subclass instance.
        let obj_cls = self.type_of(obj);
        if obj_cls == cls && matches!(plan, super::ctor::CtorPlan::OwnNew { .. }) {
            // The plan saw `object.__init__`.
            return Ok(obj);
        }
        if let Some(init) = self.lookup_mro(obj_cls, "__init__")
            && !self.is_object_init(init)
        {
            let recv = if self.is_native(init) { self.builtin_value(obj) } else { obj };
            let mut a = args;
            a.pos.insert(0, recv);
            let r = if self.is_native(init) && !recv.is(obj) {
                // Built-in __init__ of a subclass instance gets the instance itself so it
                // can find the payload.
                a.pos[0] = obj;
                self.call(init, a)?
            } else {
                self.call(init, a)?
            };
            if !r.is_none() {
                return Err(self.init_returned(r));
            }
        }
        Ok(obj)
    }

    pub(crate) fn is_object_new(&self, f: Value) -> bool {
        matches!(f, Value::Obj(r) if matches!(self.heap.get(r), Obj::Native(n) if n.name == "__new__" && std::ptr::eq(n.func as *const (), super::natives::object_new as *const ())))
    }

    pub(crate) fn is_object_init(&self, f: Value) -> bool {
        matches!(f, Value::Obj(r) if matches!(self.heap.get(r), Obj::Native(n) if std::ptr::eq(n.func as *const (), super::natives::object_init as *const ())))
    }

    /// `object.__new__(cls)`: a plain instance (exception classes get exception state).
    pub(crate) fn new_object(&mut self, cls: ObjRef) -> Value {
        let payload = match self.class(cls).builtin {
            BuiltinKind::Exception => Payload::Exception(Box::default()),
            _ => Payload::None,
        };
        self.alloc(Obj::Instance(Box::new(Instance::new(cls, payload))))
    }

    // ---- frames for Python functions ----

    /// A frame for running `code`, taken from the pool when possible (its register and block
    /// buffers keep their capacity, so calls don't allocate), with every local unbound.
    // Always inlined: a call through the pool costs about a fifth of a plain Python call.
    #[inline(always)]
    pub(crate) fn take_frame(&mut self, code: Rc<Code>, globals: ObjRef, func: Option<ObjRef>) -> Box<Frame> {
        let (n, stack) = (code.nslots(), code.stacksize);
        let handled_base = self.handled.len();
        match self.frame_pool.pop() {
            Some(mut f) => {
                // Inline checks: see `enter_plain`.
                if f.regs.capacity() < n + stack {
                    f.regs.reserve(n + stack);
                }
                f.regs.resize(n, UNBOUND);
                f.code = code;
                f.pc = 0;
                f.globals = globals;
                f.namespace = None;
                f.generator = None;
                f.handled_base = handled_base;
                f.on_return = None;
                f.func = func;
                f
            }
            None => {
                let mut regs = Vec::with_capacity(n + stack);
                regs.resize(n, UNBOUND);
                Box::new(Frame {
                    code,
                    pc: 0,
                    regs,
                    blocks: Vec::new(),
                    globals,
                    namespace: None,
                    generator: None,
                    handled_base,
                    on_return: None,
                    func,
                })
            }
        }
    }

    /// Returns a finished frame to the pool (emptied: pooled frames are not GC roots).
    #[inline(always)]
    pub(crate) fn recycle_frame(&mut self, mut f: Box<Frame>) {
        if self.frame_pool.len() < 1024 && f.regs.capacity() <= 1024 {
            f.regs.clear();
            f.blocks.clear();
            self.frame_pool.push(f);
        }
    }

    /// Builds the frame for calling function `fr` with `args`, binding parameters like CPython.
    #[cfg_attr(edge_speed, optimize(speed))]
    pub(crate) fn function_frame(&mut self, fr: ObjRef, args: Args) -> PyResult<Box<Frame>> {
        let Obj::Function(f) = self.heap.get(fr) else {
            return Err(PyErr::type_error("not a function"));
        };
        let code = f.code.clone();
        let globals = f.globals;
        let mut frame = self.take_frame(code.clone(), globals, Some(fr));
        // Fast path: exact positional arguments, no keywords, no varargs.
        if args.kw.is_empty() && code.binds_positionally(args.pos.len()) {
            frame.regs[..code.argcount].copy_from_slice(&args.pos);
        } else if let Err(e) = self.bind_args(fr, &code, &mut frame.regs, args) {
            self.recycle_frame(frame);
            return Err(e);
        }
        if code.call_shape.has_cells {
            self.init_cells(fr, &code, &mut frame.regs);
        }
        Ok(frame)
    }

    /// Creates cells for captured locals and installs the closure's cells.
    pub(crate) fn init_cells(&mut self, fr: ObjRef, code: &Rc<Code>, regs: &mut [Value]) {
        let nvar = code.varnames.len();
        if !code.cellvars.is_empty() {
            self.new_cells(code, regs);
        }
        // A method using `super()` only copies its `__class__` cell: kept apart from the loop
        // above, this needs no register saving around it.
        if !code.freevars.is_empty()
            && let Obj::Function(f) = self.heap.get(fr)
        {
            let base = nvar + code.cellvars.len();
            for (slot, &c) in regs.iter_mut().skip(base).zip(&f.closure) {
                *slot = Value::Obj(c);
            }
        }
    }

    /// The frame's own cells, holding their parameter's value when a parameter is captured.
    #[inline(never)]
    fn new_cells(&mut self, code: &Code, regs: &mut [Value]) {
        let nvar = code.varnames.len();
        for i in 0..code.cellvars.len() {
            let init = code
                .cell_params
                .iter()
                .find(|(c, _)| *c == i)
                .map(|(_, p)| regs[*p])
                .filter(|v| !super::frame::is_unbound(*v));
            regs[nvar + i] = Value::Obj(self.heap.alloc(Obj::Cell(init)));
        }
    }

    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn bind_args(&mut self, fr: ObjRef, code: &Rc<Code>, regs: &mut [Value], mut args: Args) -> PyResult<()> {
        // The defaults are read where they are used, not copied on every call.
        let (qualname, ndef) = match self.heap.get(fr) {
            Obj::Function(f) => (f.qualname.clone(), f.defaults.len()),
            _ => return Ok(()),
        };
        let argc = code.argcount;
        let kwonly = code.kwonlyargcount;
        let npos = args.pos.len();
        for (i, v) in args.pos.iter().take(argc).enumerate() {
            regs[i] = *v;
        }
        let mut slot = argc + kwonly;
        if code.flags.varargs {
            let extra: Vec<Value> = if npos > argc { args.pos[argc..].to_vec() } else { Vec::new() };
            regs[slot] = self.new_tuple(extra);
            slot += 1;
        } else if npos > argc {
            let given_kwonly =
                args.kw.iter().filter(|(k, _)| code.varnames[argc..argc + kwonly].iter().any(|n| n == k)).count();
            let takes = if ndef > 0 && ndef <= argc {
                format!("from {} to {} positional arguments", argc - ndef, argc)
            } else {
                format!("{} positional argument{}", argc, if argc == 1 { "" } else { "s" })
            };
            let kwpart = if given_kwonly > 0 {
                format!(
                    " positional argument{} (and {} keyword-only argument{})",
                    if npos == 1 { "" } else { "s" },
                    given_kwonly,
                    if given_kwonly == 1 { "" } else { "s" }
                )
            } else {
                String::new()
            };
            let was = if npos == 1 && given_kwonly == 0 { "was" } else { "were" };
            let msg = if given_kwonly > 0 {
                format!("{qualname}() takes {takes} but {npos}{kwpart} were given")
            } else {
                format!("{qualname}() takes {takes} but {npos} {was} given")
            };
            return Err(PyErr::type_error(msg));
        }
        let kwargs_dict = if code.flags.varkeywords {
            let d = self.new_dict();
            regs[slot] = d;
            Some(d)
        } else {
            None
        };
        let mut posonly_as_kw: Vec<Rc<str>> = Vec::new();
        for (name, v) in std::mem::take(&mut args.kw) {
            let pos = code.varnames[..argc + kwonly].iter().position(|n| *n == name);
            match pos {
                Some(i) if i >= code.posonlyargcount => {
                    if !super::frame::is_unbound(regs[i]) {
                        return Err(PyErr::type_error(format!(
                            "{qualname}() got multiple values for argument '{name}'"
                        )));
                    }
                    regs[i] = v;
                }
                _ => match kwargs_dict {
                    Some(d) => {
                        let k = self.new_str(&*name);
                        self.dict_set(d, k, v)?;
                    }
                    None => {
                        if pos.is_some() {
                            posonly_as_kw.push(name);
                            continue;
                        }
                        // CPython 3.13 suggests the closest parameter that takes a keyword.
                        let named: Vec<&str> =
                            code.varnames[code.posonlyargcount..argc + kwonly].iter().map(|n| &**n).collect();
                        let hint = match super::suggest::closest(&name, &named) {
                            Some(n) => format!(". Did you mean '{n}'?"),
                            None => String::new(),
                        };
                        return Err(PyErr::type_error(format!(
                            "{qualname}() got an unexpected keyword argument '{name}'{hint}"
                        )));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            // CPython quotes the list as a whole: 'a, b'.
            let names: Vec<String> = posonly_as_kw.iter().map(|n| n.to_string()).collect();
            return Err(PyErr::type_error(format!(
                "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
                names.join(", ")
            )));
        }
        // Defaults for missing positional parameters.
        let Obj::Function(f) = self.heap.get(fr) else { return Ok(()) };
        let (defaults, kwdefaults) = (&f.defaults, &f.kwdefaults);
        let mut missing: Vec<Rc<str>> = Vec::new();
        for i in 0..argc {
            if super::frame::is_unbound(regs[i]) {
                if i + ndef >= argc {
                    regs[i] = defaults[i + ndef - argc];
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args_error(&qualname, "positional", &missing));
        }
        for (slot, name) in regs[argc..argc + kwonly].iter_mut().zip(&code.varnames[argc..argc + kwonly]) {
            if super::frame::is_unbound(*slot) {
                match kwdefaults.iter().find(|(k, _)| k == name) {
                    Some((_, v)) => *slot = *v,
                    None => missing.push(name.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args_error(&qualname, "keyword-only", &missing));
        }
        Ok(())
    }
}

fn missing_args_error(qualname: &str, kind: &str, missing: &[Rc<str>]) -> PyErr {
    let names: Vec<String> = missing.iter().map(|n| format!("'{n}'")).collect();
    let list = match names.len() {
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        _ => format!("{}, and {}", names[..names.len() - 1].join(", "), names[names.len() - 1]),
    };
    let s = if missing.len() == 1 { "" } else { "s" };
    PyErr::type_error(format!("{qualname}() missing {} required {kind} argument{s}: {list}", missing.len()))
}

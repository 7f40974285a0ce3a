//! The `sys` module, plus two small class builders shared with `time`: text streams
//! backed by the host, and struct sequences (`sys.version_info`, `time.struct_time`).

use std::rc::Rc;

use crate::builtins::args;
use crate::builtins::functions::{expect_args, no_kwargs, system_exit};
use crate::error::{PyErr, PyResult};
use crate::value::*;
use crate::vm::{Stream, Vm};

/// A new class named `name` in module `module`, deriving from `base`.
pub(crate) fn new_native_class(vm: &mut Vm, name: &str, module: &str, base: ObjRef, kind: BuiltinKind) -> ObjRef {
    let dict = vm.heap.alloc(Obj::Dict(Box::default()));
    let mut mro = match vm.heap.get(base) {
        Obj::Class(c) => c.mro.clone(),
        _ => vec![base],
    };
    let module = vm.new_str(module);
    let name: Rc<str> = name.into();
    let cls = vm.heap.alloc(Obj::Class(Box::new(Class {
        name: name.clone(),
        qualname: name,
        module,
        bases: vec![base],
        mro: Vec::new(),
        dict,
        metaclass: None,
        builtin: kind,
        version: 0,
        hooks: Default::default(),
        slots: None,
        module_native: true,
    })));
    mro.insert(0, cls);
    if let Obj::Class(c) = vm.heap.get_mut(cls) {
        c.mro = mro;
    }
    let m = match vm.heap.get(cls) {
        Obj::Class(c) => c.module,
        _ => Value::None,
    };
    vm.dict_set_str(dict, "__module__", m);
    cls
}

fn new_instance(vm: &mut Vm, cls: ObjRef, attrs: &[(&str, Value)]) -> Value {
    let d = vm.heap.alloc(Obj::Dict(Box::default()));
    for &(k, v) in attrs {
        vm.dict_set_str(d, k, v);
    }
    vm.alloc(Obj::Instance(Box::new(Instance::with_dict(cls, d, Payload::None))))
}

/// Installs `func` as the special method `name` of a class created here, in a form the VM
/// calls with the instance itself: a plain native found on a class is taken for the built-in
/// base's own method (and skipped by `repr()`/`str()`), so the native is stored pre-bound to
/// the class and receives `pos = [cls, self, ...]`.
pub(crate) fn add_hook(vm: &mut Vm, cls: ObjRef, name: &'static str, func: NativeFn) {
    let f = vm.new_native_fn(name, func);
    let m = vm.alloc(Obj::BoundMethod { receiver: Value::Obj(cls), func: f });
    vm.class_set_attr(cls, name, m);
}

/// The instance argument of a hook installed with `add_hook`.
fn hook_self(args: &Args, name: &str) -> PyResult<Value> {
    args.pos.get(1).copied().ok_or_else(|| PyErr::type_error(format!("{name}() needs an argument")))
}

// ---- struct sequences ----

/// Creates a named-tuple-like class (`module.name`) whose instances are tuples with
/// read-only attributes `fields` (the first `n_seq` of them are the tuple's items).
pub(crate) fn struct_seq_class(vm: &mut Vm, name: &str, module: &str, fields: &[&'static str], n_seq: usize) -> ObjRef {
    let tuple = vm.types.tuple;
    let cls = new_native_class(vm, name, module, tuple, BuiltinKind::Tuple);
    for (i, &f) in fields.iter().enumerate() {
        let getter = vm.new_bound_native(f, struct_seq_field, Value::Int(i as i64));
        let p = vm.alloc(Obj::Property(Box::new(Property::read_only(getter, Value::None))));
        vm.class_set_attr(cls, f, p);
    }
    let names: Vec<Value> = fields[..n_seq].iter().map(|f| vm.new_str(*f)).collect();
    let t = vm.new_tuple(names);
    vm.class_set_attr(cls, "__match_args__", t);
    vm.class_set_attr(cls, "n_fields", Value::Int(fields.len() as i64));
    vm.class_set_attr(cls, "n_sequence_fields", Value::Int(n_seq as i64));
    vm.class_set_attr(cls, "n_unnamed_fields", Value::Int(0));
    add_hook(vm, cls, "__repr__", struct_seq_repr);
    add_hook(vm, cls, "__str__", struct_seq_repr);
    vm.add_method(cls, "__new__", struct_seq_new, NativeKind::StaticMethod);
    cls
}

/// An instance of a struct-sequence class holding `items` (extra items beyond the
/// sequence fields are kept in the instance dict).
pub(crate) fn struct_seq_make(vm: &mut Vm, cls: ObjRef, items: Vec<Value>) -> Value {
    let t = vm.new_tuple(items);
    vm.new_builtin_instance(cls, t)
}

fn struct_seq_field(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let idx = match args.pos.first() {
        Some(Value::Int(i)) => *i as usize,
        _ => 0,
    };
    let Some(&this) = args.pos.get(1) else {
        return Err(PyErr::type_error("descriptor needs an argument"));
    };
    let inner = vm.builtin_value(this);
    match vm.heap.tuple(inner).and_then(|t| t.get(idx)) {
        Some(&v) => Ok(v),
        None => Ok(Value::None),
    }
}

fn class_of_name(vm: &Vm, cls: ObjRef) -> (String, String) {
    match vm.heap.get(cls) {
        Obj::Class(c) => (c.name.to_string(), vm.heap.str_of(c.module).unwrap_or("").to_owned()),
        _ => (String::new(), String::new()),
    }
}

fn struct_seq_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = hook_self(&args, "__repr__")?;
    let cls = vm.type_of(this);
    let (name, module) = class_of_name(vm, cls);
    let fields = vm.lookup_mro(cls, "__match_args__").unwrap_or(Value::None);
    let fields: Vec<String> = vm
        .heap
        .tuple(fields)
        .map(|t| t.iter().filter_map(|&f| vm.heap.str_of(f).map(|s| s.to_owned())).collect())
        .unwrap_or_default();
    let inner = vm.builtin_value(this);
    let items = vm.heap.tuple(inner).cloned().unwrap_or_default();
    let mut out =
        if module.is_empty() || module == "builtins" { format!("{name}(") } else { format!("{module}.{name}(") };
    for (i, (f, v)) in fields.iter().zip(items).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(f);
        out.push('=');
        out.push_str(&vm.repr(v)?);
    }
    out.push(')');
    Ok(vm.new_str(out))
}

fn struct_seq_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.pos.first().copied() else {
        return Err(PyErr::type_error("__new__(): not enough arguments"));
    };
    let (name, module) = class_of_name(vm, cls);
    let full = format!("{module}.{name}");
    expect_args(&full, args.pos.len() - 1, 1, 2)?;
    let items = vm.collect(args.pos[1])?;
    let get = |vm: &Vm, name: &str| match vm.lookup_mro(cls, name) {
        Some(Value::Int(n)) => n as usize,
        _ => 0,
    };
    let (n_seq, n_fields) = (get(vm, "n_sequence_fields"), get(vm, "n_fields"));
    let mut items = items;
    if items.len() < n_seq || items.len() > n_fields {
        let msg = if n_seq == n_fields {
            format!("{full}() takes a {n_seq}-sequence ({}-sequence given)", items.len())
        } else if items.len() < n_seq {
            format!("{full}() takes an at least {n_seq}-sequence ({}-sequence given)", items.len())
        } else {
            format!("{full}() takes an at most {n_fields}-sequence ({}-sequence given)", items.len())
        };
        return Err(PyErr::type_error(msg));
    }
    items.truncate(n_seq);
    Ok(struct_seq_make(vm, cls, items))
}

// ---- text streams ----

/// The host stream behind one of our `sys.stdout`/`sys.stderr` objects, or `None` for any
/// other object (which `print` then writes to through its `write` method).
pub(crate) fn host_stream_of(vm: &Vm, v: Value) -> Option<Stream> {
    let r = v.as_obj()?;
    let Obj::Instance(i) = vm.heap.get(r) else {
        return None;
    };
    let is_ours = match vm.heap.get(i.class) {
        Obj::Class(c) => &*c.name == "TextIOWrapper" && vm.heap.str_of(c.module) == Some("_io"),
        _ => false,
    };
    if !is_ours {
        return None;
    }
    match vm.instance_attr(v, "name").and_then(|n| vm.heap.str_of(n)) {
        Some("<stdout>") => Some(Stream::Stdout),
        Some("<stderr>") => Some(Stream::Stderr),
        _ => None,
    }
}

fn textio_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("write", &args, 1, 1)?;
    let s = args.pos[1];
    let Some(text) = vm.heap.pystr(s).map(|p| (p.as_str().to_owned(), p.char_len())) else {
        return Err(PyErr::type_error(format!("write() argument must be str, not {}", vm.type_name(s))));
    };
    match host_stream_of(vm, args.pos[0]) {
        Some(stream) => vm.host.write(stream, &text.0),
        None => return Err(PyErr::new(crate::error::ExcKind::OSError, "not writable")),
    }
    Ok(Value::Int(text.1 as i64))
}

fn textio_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("flush", &args, 0, 0)?;
    if let Some(stream) = host_stream_of(vm, args.pos[0]) {
        vm.host.flush(stream);
    }
    Ok(Value::None)
}

fn textio_false(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn textio_true(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

fn textio_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos[0];
    let fd = match host_stream_of(vm, this) {
        Some(Stream::Stdout) => 1,
        Some(Stream::Stderr) => 2,
        None => 0,
    };
    Ok(Value::Int(fd))
}

fn textio_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("readline", &args, 0, 1)?;
    let line = vm.host.read_line().unwrap_or_default();
    Ok(vm.new_str(line))
}

fn textio_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = hook_self(&args, "__repr__")?;
    let name = vm.instance_attr(this, "name");
    let n = match name {
        Some(n) => vm.repr(n)?,
        None => "''".to_owned(),
    };
    let mode = if n == "'<stdin>'" { "r" } else { "w" };
    Ok(vm.new_str(format!("<_io.TextIOWrapper name={n} mode='{mode}' encoding='utf-8'>")))
}

fn textio_class(vm: &mut Vm) -> ObjRef {
    let object = vm.types.object;
    let cls = new_native_class(vm, "TextIOWrapper", "_io", object, BuiltinKind::Object);
    let methods: &[(&'static str, NativeFn)] = &[
        ("write", textio_write),
        ("flush", textio_flush),
        ("isatty", textio_false),
        ("readable", textio_false),
        ("writable", textio_true),
        ("fileno", textio_fileno),
        ("readline", textio_readline),
    ];
    for &(n, f) in methods {
        vm.add_method(cls, n, f, NativeKind::Method);
    }
    add_hook(vm, cls, "__repr__", textio_repr);
    cls
}

// ---- namespace (sys.implementation) ----

fn namespace_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = hook_self(&args, "__repr__")?;
    let pairs = vm.instance_attr_items(this);
    let mut parts = Vec::new();
    for (k, v) in pairs {
        let k = vm.to_str(k)?;
        let v = vm.repr(v)?;
        parts.push(format!("{k}={v}"));
    }
    Ok(vm.new_str(format!("namespace({})", parts.join(", "))))
}

// ---- functions ----

fn sys_exit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("exit", &args)?;
    expect_args("exit", args.pos.len(), 0, 1)?;
    Err(system_exit(args.pos.first().copied()))
}

fn sys_getrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("getrecursionlimit", &args, 0, 0)?;
    Ok(Value::Int(vm.limits.max_recursion as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("setrecursionlimit", &args, 1, 1)?;
    let v = args.pos[0];
    if let Value::Float(_) = v {
        return Err(PyErr::type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = crate::builtins::functions::index_clamped(vm, v)?;
    if n < 1 {
        return Err(PyErr::value_error("recursion limit must be greater or equal than 1"));
    }
    vm.limits.max_recursion = n.min(i32::MAX as i64) as usize;
    Ok(Value::None)
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: what an async generator calls on
/// its first iteration (`firstiter(agen)`) and, once dropped unfinished, instead of being
/// closed (`finalizer(agen)`; vm/genfinal.rs). An argument left out keeps its hook.
fn sys_set_asyncgen_hooks(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_pos("set_asyncgen_hooks", args.pos.len(), 0, 2)?;
    let mut given: [Option<Value>; 2] = [args.pos.first().copied(), args.pos.get(1).copied()];
    for (name, v) in &args.kw {
        match &**name {
            "firstiter" => given[0] = Some(*v),
            "finalizer" => given[1] = Some(*v),
            _ => {
                return Err(PyErr::type_error(format!("this function got an unexpected keyword argument '{name}'")));
            }
        }
    }
    for (v, what) in given.iter().zip(["firstiter", "finalizer"]) {
        if let Some(v) = *v
            && !v.is_none()
            && !crate::builtins::functions::is_callable(vm, v)
        {
            return Err(PyErr::type_error(format!("callable {what} expected, got {}", vm.type_name(v))));
        }
    }
    for (slot, v) in vm.fin.asyncgen_hooks.iter_mut().zip(given) {
        if let Some(v) = v {
            *slot = v;
        }
    }
    Ok(Value::None)
}

/// `sys.get_asyncgen_hooks()`: `asyncgen_hooks(firstiter=..., finalizer=...)`.
fn sys_get_asyncgen_hooks(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("get_asyncgen_hooks", &args, 0, 0)?;
    let cls = match vm.fin.asyncgen_hooks_class {
        Some(c) => c,
        None => {
            let c = struct_seq_class(vm, "asyncgen_hooks", "builtins", &["firstiter", "finalizer"], 2);
            vm.fin.asyncgen_hooks_class = Some(c);
            c
        }
    };
    let hooks = vm.fin.asyncgen_hooks.to_vec();
    Ok(struct_seq_make(vm, cls, hooks))
}

fn sys_intern(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("intern", &args, 1, 1)?;
    let v = args.pos[0];
    match vm.heap.str_of(v).map(|s| s.to_owned()) {
        Some(s) => Ok(vm.intern(&s)),
        None => Err(PyErr::type_error(format!("intern() argument must be str, not {}", vm.type_name(v)))),
    }
}

fn sys_getsizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("getsizeof", &args)?;
    expect_args("getsizeof", args.pos.len(), 1, 2)?;
    let v = args.pos[0];
    let n: usize = match v {
        Value::None => 16,
        Value::Bool(_) => 28,
        Value::Int(0) => 28,
        Value::Int(i) => 24 + 4 * (64 - i.unsigned_abs().leading_zeros() as usize).div_ceil(30),
        Value::Float(_) => 24,
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Str(s) => {
                if s.is_ascii() {
                    41 + s.as_str().len()
                } else {
                    let max = s.as_str().chars().map(|c| c as u32).max().unwrap_or(0);
                    let w = if max < 0x100 {
                        1
                    } else if max < 0x10000 {
                        2
                    } else {
                        4
                    };
                    let base = if w == 1 { 57 } else { 57 + 2 * (w - 1) };
                    base + w * s.char_len()
                }
            }
            Obj::BigInt(b) => 24 + 4 * (b.bits() as usize).div_ceil(30),
            Obj::Bytes(b) => 33 + b.len(),
            Obj::ByteArray(b) => 56 + b.len() + usize::from(!b.is_empty()),
            Obj::List(l) => 56 + 8 * l.capacity(),
            Obj::Tuple(t) => 40 + 8 * t.len(),
            Obj::Dict(d) => 64 + 24 * d.capacity(),
            Obj::Set(_) | Obj::FrozenSet(_) => 216,
            Obj::Range { .. } => 48,
            _ => 56,
        },
    };
    Ok(Value::Int(n as i64))
}

fn sys_exc_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("exc_info", &args, 0, 0)?;
    let items = match vm.handled.last().copied() {
        Some(e) if !e.is_none() => {
            let t = Value::Obj(vm.type_of(e));
            let tb = e.as_obj().map_or(Value::None, |r| vm.traceback_chain(r));
            vec![t, e, tb]
        }
        _ => vec![Value::None, Value::None, Value::None],
    };
    Ok(vm.new_tuple(items))
}

/// `sys._getframe(depth=0)`: the caller's frame, or the one `depth` calls further out.
fn sys_getframe(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("_getframe", &args, 0, 1)?;
    let depth = match args.pos.first() {
        Some(Value::Float(_)) => {
            return Err(PyErr::type_error("'float' object cannot be interpreted as an integer"));
        }
        Some(&v) => crate::builtins::functions::index_clamped(vm, v)?.max(0) as usize,
        None => 0,
    };
    vm.live_frame(depth).ok_or_else(|| PyErr::value_error("call stack is not deep enough"))
}

fn sys_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("exception", &args, 0, 0)?;
    Ok(vm.handled.last().copied().unwrap_or(Value::None))
}

fn sys_getdefaultencoding(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("getdefaultencoding", &args, 0, 0)?;
    Ok(vm.new_str("utf-8"))
}

fn sys_get_int_max_str_digits(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("get_int_max_str_digits", &args, 0, 0)?;
    Ok(Value::Int(crate::builtins::functions::numeric::INT_MAX_STR_DIGITS as i64))
}

/// `sys.platform` for the target: the OS name on native builds, `"wasm"` elsewhere.
pub fn platform() -> &'static str {
    match std::env::consts::OS {
        "linux" => "linux",
        "macos" => "darwin",
        "windows" => "win32",
        "freebsd" => "freebsd",
        "wasi" => "wasi",
        "emscripten" => "emscripten",
        _ => "wasm",
    }
}

/// `sys.stdlib_module_names` (made on first read: modules/lazy_attrs.rs).
pub fn stdlib_module_names(vm: &mut Vm) -> PyResult<Value> {
    let names = vm.new_frozenset();
    for name in crate::vm::suggest::STDLIB_MODULE_NAMES.split(' ') {
        let n = vm.new_str(name);
        vm.set_add(names, n)?;
    }
    Ok(names)
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("sys");
    let fns: &[(&'static str, NativeFn)] = &[
        ("exit", sys_exit),
        ("getrecursionlimit", sys_getrecursionlimit),
        ("setrecursionlimit", sys_setrecursionlimit),
        ("intern", sys_intern),
        ("getsizeof", sys_getsizeof),
        ("exc_info", sys_exc_info),
        ("exception", sys_exception),
        ("_getframe", sys_getframe),
        ("getdefaultencoding", sys_getdefaultencoding),
        ("getfilesystemencoding", sys_getdefaultencoding),
        ("get_int_max_str_digits", sys_get_int_max_str_digits),
        ("set_asyncgen_hooks", sys_set_asyncgen_hooks),
        ("get_asyncgen_hooks", sys_get_asyncgen_hooks),
    ];
    for &(n, f) in fns {
        vm.module_add_fn(m, n, f);
    }
    let argv: Vec<Value> = vm.argv.clone().into_iter().map(|a| vm.new_str(a)).collect();
    let argv = vm.new_list(argv);
    vm.module_set(m, "argv", argv);
    let orig_argv = vm.new_list(vec![]);
    vm.module_set(m, "orig_argv", orig_argv);
    // No `-W` options exist here; unittest and warnings-aware code read the (empty) list.
    let warnoptions = vm.new_list(vec![]);
    vm.module_set(m, "warnoptions", warnoptions);

    let textio = textio_class(vm);
    for (name, alias) in [("<stdout>", "stdout"), ("<stderr>", "stderr"), ("<stdin>", "stdin")] {
        let n = vm.new_str(name);
        let enc = vm.new_str("utf-8");
        let obj = new_instance(vm, textio, &[("name", n), ("encoding", enc)]);
        vm.module_set(m, alias, obj);
        let dunder = format!("__{alias}__");
        vm.module_set(m, &dunder, obj);
    }

    vm.module_set(m, "maxsize", Value::Int(i64::MAX));
    vm.module_set(m, "maxunicode", Value::Int(0x10FFFF));
    vm.module_set(m, "hexversion", Value::Int(0x030D_00F0));
    let version = vm.new_str("3.13.0 (edge-python)");
    vm.module_set(m, "version", version);
    let vi_cls = struct_seq_class(vm, "version_info", "sys", &["major", "minor", "micro", "releaselevel", "serial"], 5);
    let final_ = vm.new_str("final");
    let vi = struct_seq_make(vm, vi_cls, vec![Value::Int(3), Value::Int(13), Value::Int(0), final_, Value::Int(0)]);
    vm.module_set(m, "version_info", vi);

    let ns_cls = new_native_class(vm, "SimpleNamespace", "types", vm.types.object, BuiltinKind::Object);
    add_hook(vm, ns_cls, "__repr__", namespace_repr);
    let name = vm.new_str("edge");
    let tag = vm.new_str("edge-313");
    let imp = new_instance(
        vm,
        ns_cls,
        &[("name", name), ("cache_tag", tag), ("version", vi), ("hexversion", Value::Int(0x030D_00F0))],
    );
    vm.module_set(m, "implementation", imp);

    let plat = vm.new_str(platform());
    vm.module_set(m, "platform", plat);
    let bo = vm.new_str(if cfg!(target_endian = "little") { "little" } else { "big" });
    vm.module_set(m, "byteorder", bo);
    vm.module_set(m, "modules", Value::Obj(vm.modules));
    let path = vm.new_list(vec![]);
    vm.module_set(m, "path", path);
    let empty = vm.new_str("");
    vm.module_set(m, "executable", empty);
    vm.module_set(m, "dont_write_bytecode", Value::Bool(true));
    // The modules no file next to the program can shadow (vm/import.rs `shadowable`).
    let names: Vec<Value> =
        ["atexit", "builtins", "errno", "gc", "itertools", "sys", "time"].iter().map(|n| vm.new_str(*n)).collect();
    let names = vm.new_tuple(names);
    vm.module_set(m, "builtin_module_names", names);

    let fi_cls = struct_seq_class(
        vm,
        "float_info",
        "sys",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
        11,
    );
    let fi = struct_seq_make(
        vm,
        fi_cls,
        vec![
            Value::Float(f64::MAX),
            Value::Int(1024),
            Value::Int(308),
            Value::Float(f64::MIN_POSITIVE),
            Value::Int(-1021),
            Value::Int(-307),
            Value::Int(15),
            Value::Int(53),
            Value::Float(f64::EPSILON),
            Value::Int(2),
            Value::Int(1),
        ],
    );
    vm.module_set(m, "float_info", fi);
    let ii_cls = struct_seq_class(
        vm,
        "int_info",
        "sys",
        &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
        4,
    );
    let ii = struct_seq_make(vm, ii_cls, vec![Value::Int(30), Value::Int(4), Value::Int(4300), Value::Int(640)]);
    vm.module_set(m, "int_info", ii);
    // Numeric hashes follow CPython's scheme (value/hash.rs), so its parameters are CPython's;
    // `fractions`-style code reads the modulus from here.
    let hi_cls = struct_seq_class(
        vm,
        "hash_info",
        "sys",
        &["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
        9,
    );
    let algorithm = vm.new_str("siphash13");
    let hi = struct_seq_make(
        vm,
        hi_cls,
        vec![
            Value::Int(64),
            Value::Int(crate::value::hash::MODULUS as i64),
            Value::Int(crate::value::hash::HASH_INF),
            Value::Int(0),
            Value::Int(1000003),
            algorithm,
            Value::Int(64),
            Value::Int(128),
            Value::Int(0),
        ],
    );
    vm.module_set(m, "hash_info", hi);
    Ok(m)
}

//! Built-in functions (`print`, `len`, `min`, ...) and the constructors of the built-in types.
//!
//! Submodules: `iterators` (lazy `zip`/`map`/`filter`/`enumerate`/`reversed`, `iter`,
//! `next`, `sorted`), `numeric` (`round`, `pow`, `divmod`, `int`/`float` parsing),
//! `constructors` (`__new__`/`__init__` of the built-in types) and `range` (`range` and
//! `slice` objects).

pub mod bigrange;
pub mod constructors;
pub mod exec;
pub mod iterators;
pub mod numeric;
pub mod range;

use num_bigint::BigInt;
use num_traits::Signed;

use crate::builtins::args;
use crate::bytecode::opcode::{BinOp, CmpOp};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::*;
use crate::vm::{Stream, Vm};

/// Installs the built-in functions and the built-in type names into `vm.builtins`.
pub fn register(vm: &mut Vm) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", builtin_print),
        ("len", builtin_len),
        ("abs", builtin_abs),
        ("min", builtin_min),
        ("max", builtin_max),
        ("sum", builtin_sum),
        ("all", builtin_all),
        ("any", builtin_any),
        ("isinstance", builtin_isinstance),
        ("issubclass", builtin_issubclass),
        ("callable", builtin_callable),
        ("getattr", builtin_getattr),
        ("setattr", builtin_setattr),
        ("hasattr", builtin_hasattr),
        ("delattr", builtin_delattr),
        ("chr", builtin_chr),
        ("ord", builtin_ord),
        ("hex", builtin_hex),
        ("oct", builtin_oct),
        ("bin", builtin_bin),
        ("repr", builtin_repr),
        ("ascii", builtin_ascii),
        ("format", builtin_format),
        ("hash", builtin_hash),
        ("id", builtin_id),
        ("input", builtin_input),
        ("vars", builtin_vars),
        ("dir", builtin_dir),
        ("globals", builtin_globals),
        ("compile", exec::builtin_compile),
        ("exec", exec::builtin_exec),
        ("eval", exec::builtin_eval),
        ("__import__", exec::builtin_import),
        ("locals", builtin_locals),
        ("exit", builtin_exit),
        ("quit", builtin_exit),
        ("round", numeric::builtin_round),
        ("pow", numeric::builtin_pow),
        ("divmod", numeric::builtin_divmod),
        ("sorted", iterators::builtin_sorted),
        ("reversed", iterators::builtin_reversed),
        ("enumerate", iterators::builtin_enumerate),
        ("zip", iterators::builtin_zip),
        ("map", iterators::builtin_map),
        ("filter", iterators::builtin_filter),
        ("iter", iterators::builtin_iter),
        ("next", iterators::builtin_next),
        ("aiter", crate::vm::builtin_aiter),
        ("anext", crate::vm::builtin_anext),
    ];
    for &(name, f) in fns {
        let v = vm.new_native_fn(name, f);
        vm.dict_set_str(vm.builtins, name, v);
    }
    constructors::register(vm);
    range::register(vm);
}

// ---------------------------------------------------------------------------------------
// Shared helpers (also used by the math/sys/time modules).

/// Checks a positional count with the wording of CPython's vectorcall builtins:
/// `sorted expected 1 argument, got 0`, `iter expected at least 1 argument, got 0`.
pub(crate) fn expect_args(name: &str, given: usize, min: usize, max: usize) -> PyResult<()> {
    let (how, n) = if given < min {
        (if min == max { "" } else { "at least " }, min)
    } else if given > max {
        (if min == max { "" } else { "at most " }, max)
    } else {
        return Ok(());
    };
    let s = if n == 1 { "" } else { "s" };
    Err(PyErr::type_error(format!("{name} expected {how}{n} argument{s}, got {given}")))
}

/// `name() takes no keyword arguments` unless `args.kw` is empty.
pub(crate) fn no_kwargs(name: &str, args: &Args) -> PyResult<()> {
    if args.kw.is_empty() { Ok(()) } else { Err(PyErr::type_error(format!("{name}() takes no keyword arguments"))) }
}

/// Rejects leftover keywords with `name() got an unexpected keyword argument 'k'`.
pub(crate) fn no_more_kwargs(name: &str, args: &Args) -> PyResult<()> {
    args::check_kw(name, args, &[])
}

fn kind_is_sub(mut k: ExcKind, base: ExcKind) -> bool {
    loop {
        if k == base {
            return true;
        }
        if k == ExcKind::BaseException {
            return false;
        }
        k = k.base();
    }
}

/// Whether `err` is an instance of the built-in exception `kind` (or a subclass).
pub(crate) fn err_is(vm: &Vm, err: &PyErr, kind: ExcKind) -> bool {
    match err.kind() {
        Some(k) => kind_is_sub(k, kind),
        None => err.as_obj().is_some_and(|r| vm.is_instance(Value::Obj(r), vm.exc_class(kind))),
    }
}

/// True for `int` values (including bools and big ints).
pub(crate) fn is_int(vm: &Vm, v: Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(r) => matches!(vm.heap.get(r), Obj::BigInt(_)),
        _ => false,
    }
}

/// The integer value of `v` through `__index__` (any size), with CPython's error for
/// non-integers.
pub(crate) fn index_bigint(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    if let Some(b) = vm.to_bigint(v) {
        return Ok(b);
    }
    let v2 = vm.builtin_value(v);
    if let Some(b) = vm.to_bigint(v2) {
        return Ok(b);
    }
    if matches!(v, Value::Obj(_))
        && let Some(r) = vm.call_dunder_opt(v, "__index__", &[])?
    {
        if let Some(b) = vm.to_bigint(r) {
            return Ok(b);
        }
        return Err(PyErr::type_error(format!("__index__ returned non-int (type {})", vm.type_name(r))));
    }
    Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))))
}

/// `__index__` as an i64, saturating big values (for clamped arguments like `round`'s
/// `ndigits`).
pub(crate) fn index_clamped(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if let Value::Int(i) = v {
        return Ok(i);
    }
    let b = index_bigint(vm, v)?;
    Ok(big_to_i64_saturating(&b))
}

pub(crate) fn big_to_i64_saturating(b: &BigInt) -> i64 {
    use num_traits::ToPrimitive;
    b.to_i64().unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX })
}

/// Writes text to `sys.stdout` (or the host's stdout when `sys` was never imported or its
/// `stdout` is the original stream).
pub(crate) fn write_stdout(vm: &mut Vm, text: &str) -> PyResult<()> {
    match sys_stream(vm, "stdout") {
        Some(f) if crate::modules::sys::host_stream_of(vm, f).is_none() => {
            let s = vm.new_str(text);
            vm.call_method(f, "write", vec![s])?;
        }
        _ => vm.host.write(Stream::Stdout, text),
    }
    Ok(())
}

/// `sys.<name>` if the `sys` module has been imported.
pub(crate) fn sys_stream(vm: &mut Vm, name: &str) -> Option<Value> {
    let sys = vm.dict_get_str(vm.modules, "sys")?;
    let r = sys.as_obj()?;
    let d = match vm.heap.get(r) {
        Obj::Module(m) => m.dict,
        _ => return None,
    };
    vm.dict_get_str(d, name)
}

// ---------------------------------------------------------------------------------------
// print, len, abs, min, max, sum, all, any

fn builtin_print(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let sep = args.take_kw("sep").unwrap_or(Value::None);
    let end = args.take_kw("end").unwrap_or(Value::None);
    let file = args.take_kw("file").unwrap_or(Value::None);
    let flush = args.take_kw("flush").unwrap_or(Value::None);
    no_more_kwargs("print", &args)?;
    let sep = match sep {
        Value::None => " ".to_owned(),
        v => match vm.heap.str_of(v) {
            Some(s) => s.to_owned(),
            None => {
                return Err(PyErr::type_error(format!("sep must be None or a string, not {}", vm.type_name(v))));
            }
        },
    };
    let end = match end {
        Value::None => "\n".to_owned(),
        v => match vm.heap.str_of(v) {
            Some(s) => s.to_owned(),
            None => {
                return Err(PyErr::type_error(format!("end must be None or a string, not {}", vm.type_name(v))));
            }
        },
    };
    let file = if file.is_none() { sys_stream(vm, "stdout").unwrap_or(Value::None) } else { file };
    let host = if file.is_none() { Some(Stream::Stdout) } else { crate::modules::sys::host_stream_of(vm, file) };
    match host {
        Some(stream) => {
            let mut out = String::new();
            for (i, &v) in args.pos.iter().enumerate() {
                if i > 0 {
                    out.push_str(&sep);
                }
                match vm.to_str(v) {
                    Ok(s) => out.push_str(&s),
                    Err(e) => {
                        // CPython has already written the earlier items when one fails.
                        vm.host.write(stream, &out);
                        return Err(e);
                    }
                }
            }
            out.push_str(&end);
            vm.host.write(stream, &out);
            if !flush.is_none() && vm.truthy(flush)? {
                vm.host.flush(stream);
            }
        }
        None => {
            let write = vm.getattr(file, "write")?;
            for (i, &v) in args.pos.iter().enumerate() {
                if i > 0 {
                    let s = vm.new_str(sep.as_str());
                    vm.call_pos(write, vec![s])?;
                }
                let s = vm.to_str(v)?;
                let s = vm.new_str(s);
                vm.call_pos(write, vec![s])?;
            }
            let s = vm.new_str(end.as_str());
            vm.call_pos(write, vec![s])?;
            if !flush.is_none() && vm.truthy(flush)? {
                vm.call_method(file, "flush", vec![])?;
            }
        }
    }
    Ok(Value::None)
}

pub(crate) fn builtin_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("len", &args, 1, 1)?;
    Ok(Value::Int(vm.py_len(args.pos[0])?))
}

fn builtin_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("abs", &args, 1, 1)?;
    let v = args.pos[0];
    match v {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => vm.new_bigint(-BigInt::from(i)),
        }),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        _ => {
            if let Some(Obj::BigInt(b)) = v.as_obj().map(|r| vm.heap.get(r)) {
                let a = b.abs();
                return Ok(vm.new_bigint(a));
            }
            match vm.call_dunder_opt(v, "__abs__", &[])? {
                Some(r) => Ok(r),
                None => Err(PyErr::type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v)))),
            }
        }
    }
}

fn builtin_min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", CmpOp::Lt)
}

fn builtin_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", CmpOp::Gt)
}

fn min_max(vm: &mut Vm, mut args: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let key = args.take_kw("key").filter(|k| !k.is_none());
    let default = args.take_kw("default");
    no_more_kwargs(name, &args)?;
    if args.pos.is_empty() {
        return Err(PyErr::type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let items = if args.pos.len() == 1 {
        vm.collect_for_native(args.pos[0], &[key.unwrap_or(Value::None), default.unwrap_or(Value::None)])?
    } else {
        if default.is_some() {
            return Err(PyErr::type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        std::mem::take(&mut args.pos)
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match key {
            Some(f) => vm.call_pos(f, vec![item])?,
            None => item,
        };
        match best {
            None => best = Some((k, item)),
            Some((bk, _)) => {
                let better = match vm.fast_compare(k, bk, op) {
                    Some(r) => r,
                    None => {
                        let r = vm.compare(k, bk, op)?;
                        vm.truthy(r)?
                    }
                };
                if better {
                    best = Some((k, item));
                }
            }
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(PyErr::value_error(format!("{name}() iterable argument is empty"))),
        },
    }
}

pub(crate) fn builtin_sum(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let start_kw = args.take_kw("start");
    no_more_kwargs("sum", &args)?;
    if args.pos.is_empty() {
        return Err(PyErr::type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    if args.pos.len() > 2 || (args.pos.len() == 2 && start_kw.is_some()) {
        return Err(PyErr::type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            args.pos.len() + start_kw.is_some() as usize
        )));
    }
    let start = args.pos.get(1).copied().or(start_kw).unwrap_or(Value::Int(0));
    if let Value::Obj(r) = start {
        let what = match vm.heap.get(r) {
            Obj::Str(_) => Some("strings [use ''.join(seq) instead]"),
            Obj::Bytes(_) => Some("bytes [use b''.join(seq) instead]"),
            Obj::ByteArray(_) => Some("bytearray [use b''.join(seq) instead]"),
            _ => None,
        };
        if let Some(w) = what {
            return Err(PyErr::type_error(format!("sum() can't sum {w}")));
        }
    }
    let it = vm.iter(args.pos[0])?;
    // The iterator and the running total are rooted (`start`'s slot holds the total), so the
    // items' code may collect.
    vm.gc_safe_step(&[it, start], |vm| sum_items(vm, it, start))
}

fn sum_items(vm: &mut Vm, it: Value, start: Value) -> PyResult<Value> {
    let total_slot = vm.temp_roots.len() - 1;
    let mut result = start;
    // Int fast path.
    if let Value::Int(mut acc) = result {
        loop {
            let Some(item) = vm.next(it)? else {
                return Ok(Value::Int(acc));
            };
            let add = match item {
                Value::Int(i) => Some(i),
                Value::Bool(b) => Some(b as i64),
                _ => None,
            };
            if let Some(i) = add
                && let Some(s) = acc.checked_add(i)
            {
                acc = s;
                continue;
            }
            result = vm.binop(Value::Int(acc), item, BinOp::Add)?;
            break;
        }
    }
    // Float path: Neumaier compensated summation like CPython 3.12+.
    if let Value::Float(mut f) = result {
        let mut c = 0.0f64;
        loop {
            let Some(item) = vm.next(it)? else {
                if c != 0.0 && c.is_finite() {
                    f += c;
                }
                return Ok(Value::Float(f));
            };
            let x = match item {
                Value::Float(x) => Some(x),
                Value::Int(i) => {
                    f += i as f64;
                    continue;
                }
                Value::Bool(b) => {
                    f += b as i64 as f64;
                    continue;
                }
                _ => None,
            };
            if let Some(x) = x {
                let t = f + x;
                if f.abs() >= x.abs() {
                    c += (f - t) + x;
                } else {
                    c += (x - t) + f;
                }
                f = t;
                continue;
            }
            if c != 0.0 && c.is_finite() {
                f += c;
            }
            result = vm.binop(Value::Float(f), item, BinOp::Add)?;
            break;
        }
    }
    loop {
        vm.temp_roots[total_slot] = result;
        let Some(item) = vm.next(it)? else { break };
        result = vm.binop(result, item, BinOp::Add)?;
    }
    Ok(result)
}

pub(crate) fn builtin_all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("all", &args, 1, 1)?;
    let it = vm.iter(args.pos[0])?;
    while let Some(v) = vm.next_for_native(it, &[])? {
        if !vm.truthy(v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

pub(crate) fn builtin_any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("any", &args, 1, 1)?;
    let it = vm.iter(args.pos[0])?;
    while let Some(v) = vm.next_for_native(it, &[])? {
        if vm.truthy(v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

// ---------------------------------------------------------------------------------------
// isinstance, issubclass, callable

fn is_class(vm: &Vm, v: Value) -> Option<ObjRef> {
    let r = v.as_obj()?;
    matches!(vm.heap.get(r), Obj::Class(_)).then_some(r)
}

/// The metaclass-level `__instancecheck__`/`__subclasscheck__` hook of a class with a
/// custom metaclass, if any.
fn custom_check(vm: &mut Vm, cls: ObjRef, hook: &'static str, arg: Value) -> PyResult<Option<bool>> {
    let meta = vm.type_of(Value::Obj(cls));
    if meta == vm.types.type_ {
        return Ok(None);
    }
    match vm.call_dunder_opt(Value::Obj(cls), hook, &[arg])? {
        Some(r) => Ok(Some(vm.truthy(r)?)),
        None => Ok(None),
    }
}

fn isinstance_of(vm: &mut Vm, obj: Value, spec: Value, depth: usize) -> PyResult<bool> {
    if let Some(cls) = is_class(vm, spec) {
        if vm.type_of(obj) == cls {
            return Ok(true);
        }
        if let Some(r) = custom_check(vm, cls, "__instancecheck__", obj)? {
            return Ok(r);
        }
        return Ok(vm.is_instance(obj, cls));
    }
    if let Some(items) = vm.heap.tuple(spec).cloned() {
        if depth > 1000 {
            return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded in __instancecheck__"));
        }
        for it in items {
            if isinstance_of(vm, obj, it, depth + 1)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    // Any object whose type defines the hook takes part (typing's aliases: `typing.List`).
    if let Some(r) = vm.call_dunder_opt(spec, "__instancecheck__", &[obj])? {
        return vm.truthy(r);
    }
    Err(PyErr::type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
}

/// `isinstance(obj, spec)` when it runs no Python code (as `isinstance_of` decides it):
/// `spec` a class whose metaclass is `type` (no `__instancecheck__` hook), or a tuple of
/// such classes. `None` leaves it to `isinstance_of`, which starts over: nothing looked at
/// here has effects.
pub(crate) fn isinstance_fast(vm: &Vm, obj: Value, spec: Value) -> Option<bool> {
    let t = vm.type_of(obj);
    let of_class = |c: Value| -> Option<bool> {
        let cls = is_class(vm, c)?;
        if t == cls {
            return Some(true);
        }
        (vm.type_of(c) == vm.types.type_).then(|| vm.is_subclass(t, cls))
    };
    match vm.heap.get(spec.as_obj()?) {
        Obj::Class(_) => of_class(spec),
        Obj::Tuple(items) => {
            for &c in items.iter() {
                if of_class(c)? {
                    return Some(true);
                }
            }
            Some(false)
        }
        _ => None,
    }
}

pub(crate) fn builtin_isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("isinstance", &args)?;
    expect_args("isinstance", args.pos.len(), 2, 2)?;
    Ok(Value::Bool(isinstance_of(vm, args.pos[0], args.pos[1], 0)?))
}

fn issubclass_of(vm: &mut Vm, cls: ObjRef, spec: Value, depth: usize) -> PyResult<bool> {
    if let Some(b) = is_class(vm, spec) {
        if let Some(r) = custom_check(vm, b, "__subclasscheck__", Value::Obj(cls))? {
            return Ok(r);
        }
        return Ok(vm.is_subclass(cls, b));
    }
    if let Some(items) = vm.heap.tuple(spec).cloned() {
        if depth > 1000 {
            return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded in __subclasscheck__"));
        }
        for it in items {
            if issubclass_of(vm, cls, it, depth + 1)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(r) = vm.call_dunder_opt(spec, "__subclasscheck__", &[Value::Obj(cls)])? {
        return vm.truthy(r);
    }
    Err(PyErr::type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
}

fn builtin_issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("issubclass", &args)?;
    expect_args("issubclass", args.pos.len(), 2, 2)?;
    let Some(cls) = is_class(vm, args.pos[0]) else {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::Bool(issubclass_of(vm, cls, args.pos[1], 0)?))
}

/// `callable(v)`.
pub(crate) fn is_callable(vm: &Vm, v: Value) -> bool {
    let Value::Obj(r) = v else { return false };
    match vm.heap.get(r) {
        Obj::Function(_) | Obj::Native(_) | Obj::BoundMethod { .. } | Obj::Class(_) | Obj::StaticMethod(_) => true,
        Obj::Instance(i) => vm.lookup_mro(i.class, "__call__").is_some(),
        _ => false,
    }
}

fn builtin_callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("callable", &args, 1, 1)?;
    Ok(Value::Bool(is_callable(vm, args.pos[0])))
}

// ---------------------------------------------------------------------------------------
// getattr, setattr, hasattr, delattr

fn attr_name(vm: &Vm, v: Value) -> PyResult<String> {
    // A `str` subclass's instance names the attribute its text spells.
    match vm.heap.str_of(vm.builtin_value(v)) {
        Some(s) => Ok(s.to_owned()),
        None => Err(PyErr::type_error(format!("attribute name must be string, not '{}'", vm.type_name(v)))),
    }
}

pub(crate) fn builtin_getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("getattr", &args)?;
    expect_args("getattr", args.pos.len(), 2, 3)?;
    let name = attr_name(vm, args.pos[1])?;
    if args.pos.len() == 2 {
        return vm.getattr(args.pos[0], &name);
    }
    // With a default, a plain miss never builds the AttributeError it would discard (its
    // message and traceback hint cost more than the lookup; ABCMeta asks this of every
    // method of every class it creates).
    match vm.getattr_opt(args.pos[0], &name) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Ok(args.pos[2]),
        Err(e) if err_is(vm, &e, ExcKind::AttributeError) => Ok(args.pos[2]),
        Err(e) => Err(e),
    }
}

pub(crate) fn builtin_hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("hasattr", &args)?;
    expect_args("hasattr", args.pos.len(), 2, 2)?;
    let name = attr_name(vm, args.pos[1])?;
    match vm.getattr_opt(args.pos[0], &name) {
        Ok(found) => Ok(Value::Bool(found.is_some())),
        Err(e) if err_is(vm, &e, ExcKind::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

pub(crate) fn builtin_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("setattr", &args)?;
    expect_args("setattr", args.pos.len(), 3, 3)?;
    let name = attr_name(vm, args.pos[1])?;
    vm.setattr(args.pos[0], &name, args.pos[2])?;
    Ok(Value::None)
}

fn builtin_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("delattr", &args)?;
    expect_args("delattr", args.pos.len(), 2, 2)?;
    let name = attr_name(vm, args.pos[1])?;
    vm.delattr(args.pos[0], &name)?;
    Ok(Value::None)
}

// ---------------------------------------------------------------------------------------
// chr, ord, hex, oct, bin, repr, ascii, format, hash, id

fn builtin_chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("chr", &args, 1, 1)?;
    // A small int (the usual `chr(ord(c) + 1)`) skips the big-int conversion, and an ASCII
    // result is the shared one-character string.
    if let Value::Int(i) = args.pos[0]
        && let Some(c) = u32::try_from(i).ok().and_then(char::from_u32)
    {
        return Ok(vm.new_char(c));
    }
    let b = index_bigint(vm, args.pos[0])?;
    let c = i64::try_from(&b).ok().filter(|&i| (0..0x110000).contains(&i)).and_then(|i| char::from_u32(i as u32));
    match c {
        Some(c) => Ok(vm.new_char(c)),
        None => Err(PyErr::value_error("chr() arg not in range(0x110000)")),
    }
}

fn builtin_ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("ord", &args, 1, 1)?;
    let v = vm.builtin_value(args.pos[0]);
    if let Some(s) = vm.heap.pystr(v) {
        let n = s.char_len();
        if n == 1 {
            return Ok(Value::Int(s.as_str().chars().next().map_or(0, |c| c as i64)));
        }
        return Err(PyErr::type_error(format!("ord() expected a character, but string of length {n} found")));
    }
    if let Some(b) = vm.heap.bytes(v) {
        if b.len() == 1 {
            return Ok(Value::Int(b[0] as i64));
        }
        return Err(PyErr::type_error(format!("ord() expected a character, but string of length {} found", b.len())));
    }
    Err(PyErr::type_error(format!("ord() expected string of length 1, but {} found", vm.type_name(args.pos[0]))))
}

fn radix_str(vm: &mut Vm, args: Args, name: &str, radix: u32, prefix: &str) -> PyResult<Value> {
    args::check(name, &args, 1, 1)?;
    let b = index_bigint(vm, args.pos[0])?;
    let digits = b.magnitude().to_str_radix(radix);
    let sign = if b.is_negative() { "-" } else { "" };
    Ok(vm.new_str(format!("{sign}{prefix}{digits}")))
}

fn builtin_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix_str(vm, args, "hex", 16, "0x")
}

fn builtin_oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix_str(vm, args, "oct", 8, "0o")
}

fn builtin_bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix_str(vm, args, "bin", 2, "0b")
}

fn builtin_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("repr", &args, 1, 1)?;
    let s = vm.repr(args.pos[0])?;
    Ok(vm.new_str(s))
}

/// Escapes the non-ASCII characters of a repr like `ascii()` does.
pub(crate) fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

fn builtin_ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("ascii", &args, 1, 1)?;
    let s = vm.repr(args.pos[0])?;
    Ok(vm.new_str(ascii_escape(&s)))
}

fn builtin_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("format", &args)?;
    expect_args("format", args.pos.len(), 1, 2)?;
    let spec = match args.pos.get(1) {
        None => String::new(),
        Some(&v) => match vm.heap.str_of(v) {
            Some(s) => s.to_owned(),
            None => {
                return Err(PyErr::type_error(format!("format() argument 2 must be str, not {}", vm.type_name(v))));
            }
        },
    };
    let s = vm.format(args.pos[0], &spec)?;
    Ok(vm.new_str(s))
}

fn builtin_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("hash", &args, 1, 1)?;
    Ok(Value::Int(vm.hash(args.pos[0])?))
}

/// A unique, stable number for a value (`id()`).
pub(crate) fn object_id(v: Value) -> i64 {
    const BASE: i64 = 0x7f00_0000_0000;
    match v {
        Value::Obj(r) => BASE + (r.0 as i64) * 16,
        Value::None => BASE - 16,
        Value::Bool(b) => BASE - 32 - 16 * b as i64,
        Value::Int(i) => 0x1000_0000_0000 + (i as i128 * 32).rem_euclid(0x0f00_0000_0000) as i64,
        Value::Float(f) => 0x2000_0000_0000 + (f.to_bits() % 0x0f00_0000_0000) as i64 * 8,
    }
}

fn builtin_id(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("id", &args, 1, 1)?;
    Ok(Value::Int(object_id(args.pos[0])))
}

// ---------------------------------------------------------------------------------------
// input, vars, dir, globals, locals, exit

fn builtin_input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("input", &args)?;
    expect_args("input", args.pos.len(), 0, 1)?;
    if let Some(&p) = args.pos.first() {
        let s = vm.to_str(p)?;
        write_stdout(vm, &s)?;
    }
    match vm.host.read_line() {
        Some(mut line) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(vm.new_str(line))
        }
        None => Err(PyErr::new(ExcKind::EOFError, "EOF when reading a line")),
    }
}

fn builtin_vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("vars", &args)?;
    expect_args("vars", args.pos.len(), 0, 1)?;
    match args.pos.first() {
        None => vm.current_locals(),
        Some(&o) => match vm.getattr(o, "__dict__") {
            Ok(d) => Ok(d),
            Err(e) if err_is(vm, &e, ExcKind::AttributeError) => {
                Err(PyErr::type_error("vars() argument must have __dict__ attribute"))
            }
            Err(e) => Err(e),
        },
    }
}

fn dict_str_keys(vm: &Vm, d: ObjRef, out: &mut Vec<String>) {
    if let Obj::Dict(d) = vm.heap.get(d) {
        for e in d.iter() {
            if let Some(s) = vm.heap.str_of(e.key) {
                out.push(s.to_owned());
            }
        }
    }
}

fn class_mro(vm: &Vm, cls: ObjRef) -> Vec<ObjRef> {
    match vm.heap.get(cls) {
        Obj::Class(c) => c.mro.clone(),
        _ => Vec::new(),
    }
}

fn class_dict(vm: &Vm, cls: ObjRef) -> Option<ObjRef> {
    match vm.heap.get(cls) {
        Obj::Class(c) => Some(c.dict),
        _ => None,
    }
}

fn sorted_names(vm: &mut Vm, mut names: Vec<String>) -> Value {
    // Unstable: equal names are interchangeable, and every String sort then shares one instance.
    names.sort_unstable();
    names.dedup();
    let items: Vec<Value> = names.iter().map(|n| vm.new_str(n.as_str())).collect();
    vm.new_list(items)
}

pub(crate) fn builtin_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("dir", &args)?;
    expect_args("dir", args.pos.len(), 0, 1)?;
    let Some(&obj) = args.pos.first() else {
        let loc = vm.current_locals()?;
        let mut names = Vec::new();
        if let Some(r) = loc.as_obj() {
            dict_str_keys(vm, r, &mut names);
        }
        return Ok(sorted_names(vm, names));
    };
    let mut names = Vec::new();
    let r = obj.as_obj();
    match r.map(|r| vm.heap.get(r)) {
        Some(Obj::Module(m)) => {
            let d = m.dict;
            dict_str_keys(vm, d, &mut names);
            return Ok(sorted_names(vm, names));
        }
        Some(Obj::Class(_)) => {
            let cls = r.unwrap_or(ObjRef(0));
            let meta = vm.type_of(obj);
            if meta != vm.types.type_
                && let Some(res) = user_dir(vm, obj)?
            {
                return Ok(res);
            }
            for c in class_mro(vm, cls) {
                if let Some(d) = class_dict(vm, c) {
                    dict_str_keys(vm, d, &mut names);
                }
            }
            return Ok(sorted_names(vm, names));
        }
        Some(Obj::Instance(_)) => {
            for (k, _) in vm.instance_attr_items(obj) {
                if let Some(s) = vm.heap.str_of(k) {
                    names.push(s.to_string());
                }
            }
            if let Some(res) = user_dir(vm, obj)? {
                return Ok(res);
            }
        }
        Some(Obj::Function(f)) => {
            if let Some(d) = f.dict {
                dict_str_keys(vm, d, &mut names);
            }
        }
        _ => {}
    }
    let cls = vm.type_of(obj);
    for c in class_mro(vm, cls) {
        if let Some(d) = class_dict(vm, c) {
            dict_str_keys(vm, d, &mut names);
        }
    }
    names.push("__class__".to_owned());
    Ok(sorted_names(vm, names))
}

/// Calls a user-defined `__dir__` (found on the type, not a native) and sorts its result.
fn user_dir(vm: &mut Vm, obj: Value) -> PyResult<Option<Value>> {
    let cls = vm.type_of(obj);
    let Some(m) = vm.lookup_mro(cls, "__dir__") else {
        return Ok(None);
    };
    if matches!(m.as_obj().map(|r| vm.heap.get(r)), Some(Obj::Native(_))) {
        return Ok(None);
    }
    let r = vm.call_dunder_opt(obj, "__dir__", &[])?.unwrap_or(Value::None);
    let mut items = vm.collect(r)?;
    iterators::sort_values(vm, &mut items, None, false)?;
    Ok(Some(vm.new_list(items)))
}

fn builtin_globals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("globals", &args, 0, 0)?;
    Ok(Value::Obj(vm.current_globals()))
}

fn builtin_locals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("locals", &args, 0, 0)?;
    vm.current_locals()
}

/// `SystemExit` carrying `code` (no arguments when `code` is `None`).
pub(crate) fn system_exit(code: Option<Value>) -> PyErr {
    match code {
        None => PyErr::with_args(ExcKind::SystemExit, vec![]),
        Some(c) => PyErr::with_args(ExcKind::SystemExit, vec![c]),
    }
}

fn builtin_exit(_vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let code = args::arg_or_kw(&mut args, 0, "code");
    if args.pos.len() > 1 {
        return Err(PyErr::type_error(format!(
            "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
            args.pos.len() + 1
        )));
    }
    Err(system_exit(code))
}

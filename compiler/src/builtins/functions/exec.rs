//! `compile`, `exec`, `eval` and `__import__`: running source text (or a code object) and
//! importing modules by a name computed at run time.
//!
//! Code runs as a module body whose globals and locals are the given dicts (by default the
//! caller's), so it sees and defines names exactly where CPython's would.

use std::rc::Rc;

use crate::builtins::args;
use crate::bytecode::Code;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::*;
use crate::vm::Vm;

/// What `compile()` turns source into, by its `mode` argument.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Exec,
    Eval,
    Single,
}

/// Bit of `compile()`'s `flags` asking for an AST (the `ast` module is not available).
const PYCF_ONLY_AST: i64 = 0x400;

pub fn builtin_compile(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args::check_kw(
        "compile",
        &args,
        &["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"],
    )?;
    args::check_pos("compile", args.pos.len(), 0, 6)?;
    let source = required(&mut args, 0, "source", "compile")?;
    let filename = required(&mut args, 1, "filename", "compile")?;
    let mode = required(&mut args, 2, "mode", "compile")?;
    let flags = args::arg_or_kw(&mut args, 3, "flags").unwrap_or(Value::Int(0));
    let filename = match vm.heap.str_of(filename) {
        Some(s) => s.to_string(),
        None => match obj(vm, filename) {
            Some(Obj::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
            _ => {
                return Err(PyErr::type_error(format!(
                    "compile() argument 'filename' must be str, bytes or os.PathLike, not {}",
                    vm.type_name(filename)
                )));
            }
        },
    };
    let mode = match vm.heap.str_of(mode) {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        Some(_) => return Err(PyErr::value_error("compile() mode must be 'exec', 'eval' or 'single'")),
        None => {
            return Err(PyErr::type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                vm.type_name(mode)
            )));
        }
    };
    if let Value::Int(f) = flags
        && f & PYCF_ONLY_AST != 0
    {
        return Err(PyErr::new(ExcKind::NotImplementedError, "compile() to an AST object is not supported"));
    }
    if matches!(obj(vm, source), Some(Obj::Code(_))) {
        return Ok(source);
    }
    let text = source_text(vm, source, "compile() arg 1 must be a string, bytes or AST object")?;
    let code = compile_text(vm, &text, &filename, mode)?;
    Ok(vm.alloc(Obj::Code(code)))
}

pub fn builtin_exec(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args::check_kw("exec", &args, &["globals", "locals", "closure"])?;
    args::check_pos("exec", args.pos.len(), 1, 3)?;
    if let Some(c) = args.take_kw("closure")
        && !matches!(c, Value::None)
    {
        return Err(PyErr::type_error("exec() closure is only for code objects with free variables"));
    }
    let globals = args::arg_or_kw(&mut args, 1, "globals");
    let locals = args::arg_or_kw(&mut args, 2, "locals");
    let (globals, locals) = namespaces(vm, globals, locals, "exec")?;
    let code = code_of(vm, args.pos[0], Mode::Exec, "exec() arg 1 must be a string, bytes or code object")?;
    vm.run_code_in(code, globals, locals)?;
    Ok(Value::None)
}

pub fn builtin_eval(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args::check_kw("eval", &args, &["globals", "locals"])?;
    args::check_pos("eval", args.pos.len(), 1, 3)?;
    let globals = args::arg_or_kw(&mut args, 1, "globals");
    let locals = args::arg_or_kw(&mut args, 2, "locals");
    let (globals, locals) = namespaces(vm, globals, locals, "eval")?;
    let code = code_of(vm, args.pos[0], Mode::Eval, "eval() arg 1 must be a string, bytes or code object")?;
    vm.run_code_in(code, globals, locals)
}

pub fn builtin_import(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args::check_kw("__import__", &args, &["name", "globals", "locals", "fromlist", "level"])?;
    args::check_pos("__import__", args.pos.len(), 1, 5)?;
    let name = required(&mut args, 0, "name", "__import__")?;
    let fromlist = args::arg_or_kw(&mut args, 3, "fromlist").unwrap_or(Value::None);
    let level = match args::arg_or_kw(&mut args, 4, "level") {
        None => 0,
        Some(v) => vm.index_i64(v)?,
    };
    let Some(name) = vm.heap.str_of(name).map(str::to_string) else {
        return Err(PyErr::type_error(format!("__import__() argument 1 must be str, not {}", vm.type_name(name))));
    };
    if level < 0 {
        return Err(PyErr::value_error("level must be >= 0"));
    }
    if name.is_empty() && level == 0 {
        return Err(PyErr::value_error("Empty module name"));
    }
    // An empty fromlist returns the top-level package, as a plain `import a.b` does.
    let fromlist = if vm.truthy(fromlist)? { fromlist } else { Value::None };
    vm.import_name(&name, fromlist, level as usize)
}

fn obj(vm: &Vm, v: Value) -> Option<&Obj> {
    match v {
        Value::Obj(r) => Some(vm.heap.get(r)),
        _ => None,
    }
}

fn required(args: &mut Args, i: usize, name: &str, func: &str) -> PyResult<Value> {
    args::arg_or_kw(args, i, name)
        .ok_or_else(|| PyErr::type_error(format!("{func}() missing required argument '{name}' (pos {})", i + 1)))
}

/// The code `exec`/`eval` run: a code object as is, or source compiled as `<string>`.
fn code_of(vm: &mut Vm, source: Value, mode: Mode, type_msg: &str) -> PyResult<Rc<Code>> {
    if let Some(Obj::Code(c)) = obj(vm, source) {
        if !c.freevars.is_empty() {
            return Err(PyErr::type_error("code object passed to exec() may not contain free variables"));
        }
        return Ok(c.clone());
    }
    let text = source_text(vm, source, type_msg)?;
    // eval() ignores leading blanks, so `eval(" 1")` is not an indentation error.
    let text = if mode == Mode::Eval { text.trim_start_matches([' ', '\t']).to_string() } else { text };
    compile_text(vm, &text, "<string>", mode)
}

/// A `SyntaxError(msg)` with no position, built by its class so `e.msg` is set.
fn plain_syntax_error(vm: &mut Vm, msg: &str) -> PyErr {
    let cls = Value::Obj(vm.exc_class(ExcKind::SyntaxError));
    let msg = vm.new_str(msg);
    match vm.call_pos(cls, vec![msg]) {
        Ok(Value::Obj(exc)) => PyErr::obj(exc),
        Ok(_) => PyErr::new(ExcKind::SyntaxError, ""),
        Err(e) => e,
    }
}

/// Source text from a str, or from bytes decoded by their PEP 263 declaration.
fn source_text(vm: &mut Vm, source: Value, type_msg: &str) -> PyResult<String> {
    let text = match obj(vm, source) {
        Some(Obj::Str(s)) => s.as_str().to_string(),
        Some(Obj::Bytes(b) | Obj::ByteArray(b)) => match crate::syntax::encoding::decode_source(b) {
            Ok(s) => s.into_owned(),
            Err(e) => return Err(plain_syntax_error(vm, &e.compile_message())),
        },
        _ => return Err(PyErr::type_error(type_msg.to_string())),
    };
    if text.contains('\0') {
        return Err(plain_syntax_error(vm, "source code string cannot contain null bytes"));
    }
    Ok(text)
}

fn compile_text(vm: &mut Vm, text: &str, filename: &str, mode: Mode) -> PyResult<Rc<Code>> {
    // The source is kept only while compiling, for a SyntaxError's text: CPython's tracebacks
    // through `<string>` code show no source lines (linecache cannot find them).
    let previous = vm.sources.insert(filename.into(), text.into());
    let result = compile_unrestored(vm, text, filename, mode);
    match previous {
        Some(p) => vm.sources.insert(filename.into(), p),
        None => vm.sources.remove(filename),
    };
    vm.emit_syntax_warnings(filename)?;
    result
}

fn compile_unrestored(vm: &mut Vm, text: &str, filename: &str, mode: Mode) -> PyResult<Rc<Code>> {
    let compiled = match mode {
        Mode::Eval => {
            crate::syntax::parser::parse_expression(text).and_then(|e| crate::compile::compile_eval(vm, &e, filename))
        }
        Mode::Exec => {
            crate::syntax::parse_module(text).and_then(|m| crate::compile::compile_module(vm, &m, filename, text))
        }
        Mode::Single => crate::syntax::parse_module(text).and_then(|m| {
            if m.body.len() > 1 {
                let s = m.body[0].span;
                return Err(crate::syntax::SyntaxError::new(
                    "multiple statements found while compiling a single statement",
                    s.line,
                    s.end_col,
                    s.end_col,
                ));
            }
            crate::compile::compile_interactive(vm, &m, filename, text)
        }),
    };
    compiled.map_err(|e| {
        let err = vm.syntax_error_in(e, filename, false);
        // CPython compiles `exec` input with a newline added at its end, which its `text`
        // then shows: eval() input stays as it was.
        if mode == Mode::Exec
            && let Some(exc) = err.as_obj()
            && let Some(t) = vm.instance_attr(Value::Obj(exc), "text")
            && let Some(line) = vm.heap.str_of(t)
            && !line.is_empty()
            && !line.ends_with('\n')
        {
            let t = vm.new_str(format!("{line}\n"));
            vm.inst_set_str(exc, "text", t);
        }
        err
    })
}

/// The globals and locals dicts for `exec`/`eval`, with CPython's defaults and checks.
fn namespaces(vm: &mut Vm, globals: Option<Value>, locals: Option<Value>, func: &str) -> PyResult<(ObjRef, ObjRef)> {
    let globals = globals.filter(|g| !matches!(g, Value::None));
    let locals = locals.filter(|l| !matches!(l, Value::None));
    let globals = match globals {
        None => {
            let g = vm.current_globals();
            let l = match locals {
                Some(l) => l,
                None => vm.current_locals()?,
            };
            return Ok((g, mapping(vm, l, func)?));
        }
        Some(g) => match g {
            Value::Obj(r) if matches!(vm.heap.get(r), Obj::Dict(_)) => r,
            _ if func == "eval" => {
                return Err(PyErr::type_error("globals must be a real dict; try eval(expr, {}, mapping)"));
            }
            _ => return Err(PyErr::type_error(format!("{func}() globals must be a dict, not {}", vm.type_name(g)))),
        },
    };
    if vm.dict_get_str(globals, "__builtins__").is_none() {
        let b = Value::Obj(vm.builtins);
        vm.dict_set_str(globals, "__builtins__", b);
    }
    let locals = match locals {
        Some(l) => mapping(vm, l, func)?,
        None => globals,
    };
    Ok((globals, locals))
}

/// Locals must be a dict here (the VM's name lookups work on dicts).
fn mapping(vm: &Vm, v: Value, func: &str) -> PyResult<ObjRef> {
    match v {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Dict(_)) => Ok(r),
        _ if func == "eval" => Err(PyErr::type_error("locals must be a mapping")),
        _ => Err(PyErr::type_error(format!("locals must be a mapping or None, not {}", vm.type_name(v)))),
    }
}

//! `_traceback`, the native half of the `traceback` module (runtime/std/traceback.py): the
//! text CPython prints for an exception, as strings or written to a file, and the frames of a
//! traceback or of the running stack. The formatting itself is the VM's
//! (`Vm::format_exception`, `Vm::format_entry`), so `print_exc()` prints exactly what an
//! uncaught exception would.

use crate::builtins::args;
use crate::builtins::functions::sys_stream;
use crate::error::{PyErr, PyResult};
use crate::value::*;
use crate::vm::Vm;

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_traceback");
    vm.module_add_fn(m, "format_exc", format_exc);
    vm.module_add_fn(m, "print_exc", print_exc);
    vm.module_add_fn(m, "format_exception", format_exception);
    vm.module_add_fn(m, "print_exception", print_exception);
    vm.module_add_fn(m, "format_exception_only", format_exception_only);
    vm.module_add_fn(m, "_caller", caller);
    vm.module_add_fn(m, "_source_line", source_line);
    vm.module_add_fn(m, "_tb_entries", tb_entries);
    vm.module_add_fn(m, "_stack_entries", stack_entries);
    vm.module_add_fn(m, "_format_frame", format_frame);
    Ok(m)
}

/// `_caller(depth)`: `(filename, lineno, function name, module __name__)` of the Python frame
/// `depth` calls up from the one calling `_caller` (0: that frame), or `None` past the
/// outermost; what `logging` needs of `sys._getframe`, which the VM does not have.
fn caller(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("_caller", &args, 1, 1)?;
    let depth = vm.index_i64(args.pos[0])?.max(0) as usize;
    let frame = if depth == 0 { Some(&*vm.frame) } else { vm.frames.len().checked_sub(depth).map(|i| &*vm.frames[i]) };
    let Some(frame) = frame.filter(|f| !f.code.filename.is_empty()) else {
        return Ok(Value::None);
    };
    let code = frame.code.clone();
    let line = code.positions.get(frame.pc.saturating_sub(1)).map_or(0, |p| p.line);
    let module = vm.dict_get_str(frame.globals, "__name__").unwrap_or(Value::None);
    let filename = vm.new_str(&*code.filename);
    let name = vm.new_str(&*code.name);
    Ok(vm.new_tuple(vec![filename, Value::Int(line as i64), name, module]))
}

/// The exception being handled (`sys.exception()`), or `None`.
fn current(vm: &Vm) -> Value {
    vm.handled.last().copied().unwrap_or(Value::None)
}

/// The full report for `exc` (`None` gives CPython's `NoneType: None`).
fn report(vm: &mut Vm, exc: Value) -> PyResult<String> {
    match exc {
        Value::None => Ok("NoneType: None\n".to_string()),
        Value::Obj(r) if vm.is_exception(exc) => Ok(vm.format_exception(&PyErr::obj(r))),
        _ => Err(PyErr::type_error(format!("Exception expected for value, {} found", vm.type_name(exc)))),
    }
}

/// The exception argument of `format_exception(exc)` / `(type, value, tb)` forms: the value.
fn exception_arg(args: &mut Args, func: &str) -> PyResult<Value> {
    let first = args::arg_or_kw(args, 0, "exc");
    let value = args::arg_or_kw(args, 1, "value");
    match (first, value) {
        (_, Some(v)) => Ok(v),
        (Some(e), None) => Ok(e),
        (None, None) => Err(PyErr::type_error(format!("{func}() missing required argument 'exc' (pos 1)"))),
    }
}

/// How much of a report `limit=` and `chain=` ask for.
struct Trim {
    limit: Option<i64>,
    chain: bool,
}

impl Trim {
    fn from_args(vm: &mut Vm, args: &mut Args, limit_at: usize, chain_at: usize) -> PyResult<Trim> {
        let limit = match args::arg_or_kw(args, limit_at, "limit") {
            None | Some(Value::None) => None,
            Some(v) => Some(vm.index_i64(v)?),
        };
        let chain = match args::arg_or_kw(args, chain_at, "chain") {
            None => true,
            Some(v) => vm.truthy(v)?,
        };
        Ok(Trim { limit, chain })
    }

    /// The report without the chained exceptions (`chain=False`) and with each traceback cut
    /// to its first `limit` entries (its last `-limit` when negative); a traceback left with
    /// no entries loses its header, as in CPython. Group reports (drawn in boxes) are kept
    /// whole.
    fn apply(&self, text: String) -> String {
        if (self.limit.is_none() && self.chain) || text.contains("Exception Group Traceback") {
            return text;
        }
        const SEPARATORS: [&str; 2] = [
            "\nThe above exception was the direct cause of the following exception:\n\n",
            "\nDuring handling of the above exception, another exception occurred:\n\n",
        ];
        let mut text = text.as_str();
        if !self.chain {
            let last = SEPARATORS.iter().filter_map(|s| text.rfind(s).map(|i| i + s.len())).max();
            text = &text[last.unwrap_or(0)..];
        }
        let Some(limit) = self.limit else {
            return text.to_string();
        };
        let mut out = String::new();
        let mut lines = text.split_inclusive('\n').peekable();
        while let Some(line) = lines.next() {
            if line != "Traceback (most recent call last):\n" {
                out.push_str(line);
                continue;
            }
            let mut entries: Vec<String> = Vec::new();
            while let Some(next) = lines.peek() {
                let continues = next.starts_with("    ") || next.starts_with("  [Previous line repeated");
                if next.starts_with("  File ") {
                    entries.push(next.to_string());
                } else if continues && let Some(last) = entries.last_mut() {
                    last.push_str(next);
                } else {
                    break;
                }
                lines.next();
            }
            let n = entries.len();
            let keep = limit.unsigned_abs().min(n as u64) as usize;
            let kept = if limit >= 0 { &entries[..keep] } else { &entries[n - keep..] };
            if !kept.is_empty() {
                out.push_str(line);
                kept.iter().for_each(|e| out.push_str(e));
            }
        }
        out
    }
}

/// Splits a report into CPython's list items: one per traceback entry (the `File` line with
/// its source and caret lines), one per other line.
fn chunks(vm: &mut Vm, text: &str) -> Value {
    let mut items: Vec<String> = Vec::new();
    for line in text.split_inclusive('\n') {
        match items.last_mut() {
            Some(last) if line.starts_with("    ") && last.starts_with("  File ") => last.push_str(line),
            _ => items.push(line.to_string()),
        }
    }
    let values = items.into_iter().map(|s| vm.new_str(s)).collect();
    vm.new_list(values)
}

/// Writes `text` to `file`, or to `sys.stderr` when it is `None`.
fn write(vm: &mut Vm, file: Value, text: &str) -> PyResult<()> {
    let file = if file.is_none() { sys_stream(vm, "stderr").unwrap_or(Value::None) } else { file };
    let host =
        if file.is_none() { Some(crate::vm::Stream::Stderr) } else { crate::modules::sys::host_stream_of(vm, file) };
    match host {
        Some(stream) => vm.host.write(stream, text),
        None => {
            let write = vm.getattr(file, "write")?;
            let s = vm.new_str(text);
            vm.call_pos(write, vec![s])?;
        }
    }
    Ok(())
}

fn format_exc(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args::check_kw("format_exc", &args, &["limit", "chain"])?;
    args::check_pos("format_exc", args.pos.len(), 0, 2)?;
    let trim = Trim::from_args(vm, &mut args, 0, 1)?;
    let text = trim.apply(report(vm, current(vm))?);
    Ok(vm.new_str(text))
}

fn print_exc(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args::check_kw("print_exc", &args, &["limit", "file", "chain"])?;
    args::check_pos("print_exc", args.pos.len(), 0, 3)?;
    let file = args::arg_or_kw(&mut args, 1, "file").unwrap_or(Value::None);
    let trim = Trim::from_args(vm, &mut args, 0, 2)?;
    let text = trim.apply(report(vm, current(vm))?);
    write(vm, file, &text)?;
    Ok(Value::None)
}

fn format_exception(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args::check_kw("format_exception", &args, &["exc", "value", "tb", "limit", "chain"])?;
    args::check_pos("format_exception", args.pos.len(), 1, 5)?;
    let exc = exception_arg(&mut args, "format_exception")?;
    let trim = Trim::from_args(vm, &mut args, 3, 4)?;
    let text = trim.apply(report(vm, exc)?);
    Ok(chunks(vm, &text))
}

fn print_exception(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args::check_kw("print_exception", &args, &["exc", "value", "tb", "limit", "file", "chain"])?;
    args::check_pos("print_exception", args.pos.len(), 1, 6)?;
    let file = args::arg_or_kw(&mut args, 4, "file").unwrap_or(Value::None);
    let exc = exception_arg(&mut args, "print_exception")?;
    let trim = Trim::from_args(vm, &mut args, 3, 5)?;
    let text = trim.apply(report(vm, exc)?);
    write(vm, file, &text)?;
    Ok(Value::None)
}

fn format_exception_only(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args::check_kw("format_exception_only", &args, &["exc", "value", "show_group"])?;
    args::check_pos("format_exception_only", args.pos.len(), 1, 2)?;
    let exc = exception_arg(&mut args, "format_exception_only")?;
    let text = match exc {
        Value::Obj(r) if vm.is_exception(exc) => vm.format_exception_only(r),
        _ => report(vm, exc)?,
    };
    let lines = text.split_inclusive('\n').map(|l| vm.new_str(l)).collect();
    Ok(vm.new_list(lines))
}

/// `_source_line(filename, lineno)`: that line of a file the VM compiled (without its line
/// ending), or `None`; what tracebacks show, and what `warnings` prints under a warning.
fn source_line(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("_source_line", &args, 2, 2)?;
    let Some(filename) = vm.heap.str_of(args.pos[0]).map(|s| s.to_string()) else {
        return Ok(Value::None);
    };
    let line = vm.index_i64(args.pos[1])?;
    let text = u32::try_from(line).ok().and_then(|l| vm.source_line(&filename, l));
    Ok(match text {
        Some(t) => vm.new_str(t),
        None => Value::None,
    })
}

/// One frame as the Python side's `FrameSummary` takes it:
/// `(filename, lineno, name, end_lineno, colno, end_colno)`.
fn entry_tuple(vm: &mut Vm, filename: &str, name: &str, line: u32, end_line: u32, cols: Option<(u32, u32)>) -> Value {
    let filename = vm.new_str(filename);
    let name = vm.new_str(name);
    let (c0, c1) = match cols {
        Some((a, b)) => (Value::Int(a as i64), Value::Int(b as i64)),
        None => (Value::None, Value::None),
    };
    vm.new_tuple(vec![filename, Value::Int(line as i64), name, Value::Int(end_line as i64), c0, c1])
}

/// `_tb_entries(tb)`: the frames of the traceback chain `tb`, outermost first.
fn tb_entries(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("_tb_entries", &args, 1, 1)?;
    let Some(entries) = vm.traceback_entries(args.pos[0]) else {
        return Err(PyErr::type_error(format!("expected a traceback object, not {}", vm.type_name(args.pos[0]))));
    };
    let items = entries
        .iter()
        .filter(|e| !e.code.filename.starts_with("<_"))
        .map(|e| entry_tuple(vm, &e.code.filename, &e.code.name, e.line, e.end_line, e.cols))
        .collect();
    Ok(vm.new_list(items))
}

/// `_stack_entries(depth)`: the running frames, outermost first, without the `depth`
/// innermost ones (0 keeps the frame calling `_stack_entries`).
fn stack_entries(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("_stack_entries", &args, 1, 1)?;
    let depth = vm.index_i64(args.pos[0])?.max(0) as usize;
    let mut frames: Vec<_> = vm.frames.iter().map(|f| (f.code.clone(), f.pc)).collect();
    frames.push((vm.frame.code.clone(), vm.frame.pc));
    frames.truncate(frames.len().saturating_sub(depth));
    let mut items = Vec::new();
    for (code, pc) in frames {
        if code.filename.is_empty() || code.filename.starts_with("<_") || code.ops.is_empty() {
            continue;
        }
        // A running frame's entry shows its line without carets, as CPython's `walk_stack`
        // gives no columns.
        let line = code.positions.get(pc.saturating_sub(1)).map_or(0, |p| p.line);
        items.push(entry_tuple(vm, &code.filename, &code.name, line, line, None));
    }
    Ok(vm.new_list(items))
}

/// `_format_frame(filename, lineno, name, end_lineno, colno, end_colno)`: the lines a
/// traceback prints for that frame (its source line and carets from the files the VM ran).
fn format_frame(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("_format_frame", &args, 6, 6)?;
    let a = &args.pos;
    let filename = vm.to_str(a[0])?;
    let name = vm.to_str(a[2])?;
    let line = u32::try_from(vm.index_i64(a[1])?).unwrap_or(0);
    let end_line = if a[3].is_none() { line } else { u32::try_from(vm.index_i64(a[3])?).unwrap_or(line) };
    let cols = match (a[4], a[5]) {
        (Value::Int(c0), Value::Int(c1)) if c0 >= 0 && c1 >= 0 => Some((c0 as u32, c1 as u32)),
        _ => None,
    };
    let mut out = String::new();
    vm.format_entry(&mut out, &filename, &name, line, end_line, cols);
    Ok(vm.new_str(out))
}

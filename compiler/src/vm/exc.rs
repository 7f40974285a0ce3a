//! Exception objects: creating them from `PyErr`, matching, chaining, and CPython-style
//! tracebacks.

use super::Vm;
use crate::error::{ExcKind, PyErr, PyResult, Raised};
use crate::syntax::SyntaxError;
use crate::value::*;
use std::rc::Rc;

/// Identical traceback entries printed before the rest are summarised (CPython's value).
const RECURSIVE_CUTOFF: usize = 3;

/// The summary line for a run of `count` identical entries, if some were left out.
fn push_repeated(out: &mut String, count: usize) {
    if count > RECURSIVE_CUTOFF {
        let n = count - RECURSIVE_CUTOFF;
        out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n > 1 { "s" } else { "" }));
    }
}

impl Vm {
    /// The exception instance for `err`, creating it if it was raised lazily.
    pub fn materialize(&mut self, err: PyErr) -> ObjRef {
        match err.into_raised() {
            Raised::Obj(r) => r,
            Raised::Msg(kind, msg) => {
                let m = self.new_str(msg);
                self.new_exception(kind, vec![m])
            }
            Raised::Args(kind, args) => self.new_exception(kind, args),
            Raised::Miss(msg, miss) => {
                let m = self.new_str(msg);
                let exc = self.new_exception(miss.kind(), vec![m]);
                if let Some(e) = self.exc_data_mut(exc) {
                    e.miss = Some(miss);
                }
                exc
            }
            Raised::Codec(c) => {
                let kind = c.kind();
                let args = self.codec_failure_args(*c);
                self.new_exception(kind, args)
            }
        }
    }

    /// The five arguments of the `UnicodeDecodeError`/`UnicodeEncodeError` a codec raised.
    fn codec_failure_args(&mut self, c: crate::error::CodecFailure) -> Vec<Value> {
        let encoding = self.new_str(c.encoding);
        let object = match c.object {
            crate::error::CodecInput::Bytes(b) => self.new_bytes(b),
            crate::error::CodecInput::Text(t) => self.new_str(t),
        };
        let reason = self.new_str(c.reason);
        vec![encoding, object, Value::Int(c.start as i64), Value::Int(c.end as i64), reason]
    }

    /// A new instance of a built-in exception class with `args`.
    pub fn new_exception(&mut self, kind: ExcKind, args: Vec<Value>) -> ObjRef {
        let cls = self.exc_class(kind);
        self.new_exception_of(cls, args)
    }

    pub(crate) fn new_exception_of(&mut self, cls: ObjRef, args: Vec<Value>) -> ObjRef {
        let t = self.new_tuple(args).as_obj();
        let data = ExcData { args: t, ..Default::default() };
        self.heap.alloc(Obj::Instance(Box::new(Instance::new(cls, Payload::Exception(Box::new(data))))))
    }

    pub(crate) fn exc_data(&self, r: ObjRef) -> Option<&ExcData> {
        match self.heap.get(r) {
            Obj::Instance(i) => match &i.payload {
                Payload::Exception(e) => Some(e),
                _ => None,
            },
            _ => None,
        }
    }

    pub(crate) fn exc_data_mut(&mut self, r: ObjRef) -> Option<&mut ExcData> {
        match self.heap.get_mut(r) {
            Obj::Instance(i) => match &mut i.payload {
                Payload::Exception(e) => Some(e),
                _ => None,
            },
            _ => None,
        }
    }

    /// The `args` of an exception instance.
    pub fn exception_args(&self, r: ObjRef) -> Vec<Value> {
        self.exc_data(r).and_then(|e| e.args).and_then(|t| self.heap.tuple(Value::Obj(t)).cloned()).unwrap_or_default()
    }

    pub(crate) fn set_exception_args(&mut self, r: ObjRef, args: Vec<Value>) {
        let t = self.new_tuple(args).as_obj();
        if let Some(e) = self.exc_data_mut(r) {
            e.args = t;
        }
    }

    /// Built-in attributes of exception instances.
    pub(crate) fn exception_attr(&mut self, r: ObjRef, name: &str) -> PyResult<Option<Value>> {
        let Some(e) = self.exc_data(r) else { return Ok(None) };
        let v = match name {
            "args" => e.args.map(Value::Obj).unwrap_or(self.singletons.empty_tuple),
            "__cause__" => e.cause.unwrap_or(Value::None),
            "__context__" => e.context.unwrap_or(Value::None),
            "__suppress_context__" => Value::Bool(e.suppress_context),
            "message" if e.group.is_some() => e.group.map(|g| g.0).unwrap_or(Value::None),
            "exceptions" if e.group.is_some() => e.group.map(|g| Value::Obj(g.1)).unwrap_or(Value::None),
            "__traceback__" => self.traceback_chain(r),
            "value" if self.is_instance(Value::Obj(r), self.exc_class(ExcKind::StopIteration)) => {
                self.exception_args(r).first().copied().unwrap_or(Value::None)
            }
            "code" if self.is_instance(Value::Obj(r), self.exc_class(ExcKind::SystemExit)) => {
                let a = self.exception_args(r);
                match a.len() {
                    0 => Value::None,
                    1 => a[0],
                    _ => self.new_tuple(a),
                }
            }
            "msg" if self.is_instance(Value::Obj(r), self.exc_class(ExcKind::ImportError)) => {
                self.exception_args(r).first().copied().unwrap_or(Value::None)
            }
            "name" | "path" if self.is_instance(Value::Obj(r), self.exc_class(ExcKind::ImportError)) => Value::None,
            "name" | "obj" if let Some(m) = &e.miss => match (name, m) {
                ("obj", Miss::Attr { obj, .. }) => *obj,
                ("obj", _) => Value::None,
                (_, Miss::Name { name, .. }) => *name,
                (_, Miss::Attr { name, .. }) => {
                    let n = name.clone();
                    self.new_str(&*n)
                }
            },
            "name" if self.is_instance(Value::Obj(r), self.exc_class(ExcKind::NameError)) => Value::None,
            "name" | "obj" if self.is_instance(Value::Obj(r), self.exc_class(ExcKind::AttributeError)) => Value::None,
            "errno" | "strerror" | "filename" | "filename2"
                if self.is_instance(Value::Obj(r), self.exc_class(ExcKind::OSError)) =>
            {
                let a = self.exception_args(r);
                match (name, a.len()) {
                    ("errno", 2..=5) => a[0],
                    ("strerror", 2..=5) => a[1],
                    // `OSError(errno, strerror, filename)` keeps the names in the instance dict.
                    ("filename" | "filename2", _) => self.instance_attr(Value::Obj(r), name).unwrap_or(Value::None),
                    _ => Value::None,
                }
            }
            _ => match self.unicode_error_field(r, name) {
                Some(v) => v,
                None => return Ok(None),
            },
        };
        Ok(Some(v))
    }

    /// Stores an exception attribute that lives in the exception itself (the ones
    /// `exception_attr` reads and tracebacks print); `None` for any other name or object.
    pub(crate) fn set_exception_special(&mut self, r: ObjRef, name: &str, value: Value) -> Option<PyResult<()>> {
        if matches!(name, "start" | "end") && !matches!(value, Value::Int(_) | Value::Bool(_)) {
            // CPython keeps the positions as C integers.
            self.unicode_error_field(r, name)?;
            return Some(Err(PyErr::type_error("an integer is required")));
        }
        if !matches!(name, "__cause__" | "__context__" | "__suppress_context__" | "__traceback__") {
            return None;
        }
        self.exc_data(r)?;
        let result = match name {
            "__traceback__" => {
                if self.set_traceback(r, value) {
                    Ok(())
                } else {
                    Err(PyErr::type_error("__traceback__ must be a traceback or None"))
                }
            }
            "__suppress_context__" => match value {
                Value::Bool(b) => {
                    if let Some(e) = self.exc_data_mut(r) {
                        e.suppress_context = b;
                    }
                    Ok(())
                }
                _ => Err(PyErr::type_error("attribute value type must be bool")),
            },
            _ if !value.is_none() && !self.is_instance(value, self.exc_class(ExcKind::BaseException)) => {
                let what = name.trim_matches('_');
                Err(PyErr::type_error(format!("exception {what} must be None or derive from BaseException")))
            }
            _ => {
                let stored = Some(value).filter(|v| !v.is_none());
                if let Some(e) = self.exc_data_mut(r) {
                    if name == "__cause__" {
                        // Setting a cause (even None) hides the context, as `raise ... from`.
                        e.cause = stored;
                        e.suppress_context = true;
                    } else {
                        e.context = stored;
                    }
                }
                Ok(())
            }
        };
        Some(result)
    }

    /// `str()` of an `OSError` made as `OSError(errno, strerror[, filename[, winerror[,
    /// filename2]]])`: `[Errno 2] No such file or directory: 'x'` (`: 'x' -> 'y'` with two
    /// names); `None` for any other exception.
    pub(crate) fn os_error_str(&mut self, r: ObjRef) -> PyResult<Option<String>> {
        if !self.is_instance(Value::Obj(r), self.exc_class(ExcKind::OSError)) {
            return Ok(None);
        }
        // A file name set after the fact (`err.filename = path`) shows with whatever errno
        // and strerror are, None included, as CPython's does.
        let filename = self.exception_attr(r, "filename")?.filter(|f| !f.is_none());
        if filename.is_none() && !(2..=5).contains(&self.exception_args(r).len()) {
            return Ok(None);
        }
        let errno = self.exception_attr(r, "errno")?.unwrap_or(Value::None);
        let strerror = self.exception_attr(r, "strerror")?.unwrap_or(Value::None);
        let (errno, strerror) = (self.to_str(errno)?, self.to_str(strerror)?);
        let filename2 = self.exception_attr(r, "filename2")?.filter(|f| !f.is_none());
        Ok(Some(match (filename, filename2) {
            (Some(f), Some(f2)) => format!("[Errno {errno}] {strerror}: {} -> {}", self.repr(f)?, self.repr(f2)?),
            (Some(f), None) => format!("[Errno {errno}] {strerror}: {}", self.repr(f)?),
            _ => format!("[Errno {errno}] {strerror}"),
        }))
    }

    pub(crate) fn set_exc_cause(&mut self, exc: ObjRef, cause: Option<Value>, suppress: bool) {
        if let Some(e) = self.exc_data_mut(exc) {
            e.cause = cause;
            e.suppress_context = suppress;
        }
    }

    /// Sets `__context__` to the exception currently being handled, when raising a new one.
    pub(crate) fn chain_context(&mut self, exc: ObjRef) {
        let Some(&Value::Obj(h)) = self.handled.last() else { return };
        if h == exc {
            return;
        }
        // Avoid creating a cycle in the context chain.
        let mut cur = Some(h);
        let mut steps = 0;
        while let Some(c) = cur {
            if c == exc || steps > 100 {
                return;
            }
            cur = self.exc_data(c).and_then(|e| e.context).and_then(|v| v.as_obj());
            steps += 1;
        }
        if let Some(e) = self.exc_data_mut(exc)
            && e.context.is_none()
        {
            e.context = Some(Value::Obj(h));
        }
    }

    /// Does error `err` belong to the built-in class `kind` (or a subclass)?
    pub fn err_matches(&self, err: &PyErr, kind: ExcKind) -> bool {
        let target = self.exc_class(kind);
        match err.kind() {
            Some(k) => self.is_subclass(self.exc_class(k), target),
            None => err.as_obj().is_some_and(|r| self.is_instance(Value::Obj(r), target)),
        }
    }

    /// The error to propagate for an exception value (re-raise).
    pub(crate) fn err_from_value(&mut self, v: Value) -> PyErr {
        match v {
            Value::Obj(r) if self.is_exception(v) => PyErr::obj(r),
            _ => PyErr::type_error("exceptions must derive from BaseException"),
        }
    }

    /// Turns a `raise` operand (class or instance) into an exception instance.
    pub(crate) fn exception_instance(&mut self, v: Value) -> PyResult<ObjRef> {
        if self.is_exception(v) {
            return Ok(v.as_obj().expect("exception object"));
        }
        if let Value::Obj(r) = v
            && matches!(self.heap.get(r), Obj::Class(_))
            && self.is_subclass(r, self.exc_class(ExcKind::BaseException))
        {
            let inst = self.call_pos(v, vec![])?;
            if self.is_exception(inst) {
                return Ok(inst.as_obj().expect("exception object"));
            }
            return Err(PyErr::type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                self.repr(v)?,
                self.type_name(inst)
            )));
        }
        Err(PyErr::type_error("exceptions must derive from BaseException"))
    }

    /// Executes `Raise(n)`: pops its operands and returns the error to raise.
    #[inline(never)] // rare: kept out of `dispatch` (V8 compiles all of it on first call)
    pub(crate) fn do_raise(&mut self, n: u32) -> PyErr {
        match n {
            0 => match self.handled.last() {
                Some(&v) => {
                    self.reraising = true;
                    self.err_from_value(v)
                }
                None => PyErr::runtime_error("No active exception to reraise"),
            },
            1 => {
                let v = self.frame.regs.pop().unwrap_or(Value::None);
                match self.exception_instance(v) {
                    Ok(r) => PyErr::obj(r),
                    Err(e) => e,
                }
            }
            _ => {
                let cause = self.frame.regs.pop().unwrap_or(Value::None);
                let v = self.frame.regs.pop().unwrap_or(Value::None);
                let exc = match self.exception_instance(v) {
                    Ok(r) => r,
                    Err(e) => return e,
                };
                let cause = if cause.is_none() {
                    None
                } else {
                    match self.exception_instance(cause) {
                        Ok(c) => Some(Value::Obj(c)),
                        Err(_) => return PyErr::type_error("exception causes must derive from BaseException"),
                    }
                };
                self.set_exc_cause(exc, cause, true);
                PyErr::obj(exc)
            }
        }
    }

    /// `except T:` matching, where `T` is a class or a tuple of classes.
    pub(crate) fn exception_matches(&mut self, exc: Value, typ: Value) -> PyResult<bool> {
        if let Some(items) = self.heap.tuple(typ).cloned() {
            for t in items {
                if self.exception_matches(exc, t)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        match typ {
            Value::Obj(c)
                if matches!(self.heap.get(c), Obj::Class(_))
                    && self.is_subclass(c, self.exc_class(ExcKind::BaseException)) =>
            {
                Ok(self.is_instance(exc, c))
            }
            _ => Err(PyErr::type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }

    /// A `SyntaxError` exception for a parse/compile error in a file (a program or module).
    pub(crate) fn syntax_error(&mut self, e: SyntaxError, filename: &str) -> PyErr {
        self.syntax_error_in(e, filename, true)
    }

    /// A `SyntaxError` exception for a parse/compile error; `in_file` is false for source
    /// given as a string (`compile`, `exec`, `eval`). The two differ only at the end of
    /// input: CPython's tokenizer reports offset 0 for a file, the end of the line for a string.
    pub(crate) fn syntax_error_in(&mut self, e: SyntaxError, filename: &str, in_file: bool) -> PyErr {
        let mut e = e.into_info();
        // Issued before the error, as CPython's tokenizer and parser issue them.
        self.syntax_warnings.append(&mut e.warnings);
        let kind = match e.kind {
            crate::syntax::SyntaxErrorKind::SyntaxError => ExcKind::SyntaxError,
            crate::syntax::SyntaxErrorKind::IndentationError => ExcKind::IndentationError,
            crate::syntax::SyntaxErrorKind::TabError => ExcKind::TabError,
            // Not a SyntaxError: no filename, line or text, only the message.
            crate::syntax::SyntaxErrorKind::RecursionError => return PyErr::new(ExcKind::RecursionError, e.msg),
            crate::syntax::SyntaxErrorKind::MemoryError => return PyErr::new(ExcKind::MemoryError, e.msg),
        };
        let msg = self.new_str(e.msg.clone());
        // CPython's `text` is the offending line with its newline (if it has one).
        let text = self
            .sources
            .get(filename)
            .and_then(|s| s.split_inclusive('\n').nth(e.line.saturating_sub(1) as usize))
            .map(|l| match l.strip_suffix("\r\n") {
                Some(l) => format!("{l}\n"),
                None => l.to_string(),
            })
            .unwrap_or_default();
        let at_eof = e.end_col == crate::syntax::EOF_END_COL;
        let (offset, end_offset) = match (at_eof, in_file) {
            (true, true) => (0, -1),
            (true, false) => (e.col as i64 + 1, -1),
            (false, _) => (e.col as i64 + 1, e.end_col as i64 + 1),
        };
        let f = self.new_str(filename);
        let t = self.new_str(text);
        let fields = [
            ("filename", f),
            ("lineno", Value::Int(e.line as i64)),
            ("offset", Value::Int(offset)),
            ("text", t),
            ("end_lineno", Value::Int(e.line as i64)),
            ("end_offset", Value::Int(end_offset)),
        ];
        let details = self.new_tuple(fields.iter().map(|(_, v)| *v).collect());
        let exc = self.new_exception(kind, vec![msg, details]);
        let d = self.ensure_dict(exc);
        for (name, v) in fields {
            self.dict_set_str(d, name, v);
        }
        self.dict_set_str(d, "msg", msg);
        PyErr::obj(exc)
    }

    /// `str()` of a SyntaxError: its message plus `(file, line N)` when known, the file reduced to
    /// its last path component as CPython does. `None` when it has no `msg` (plain args str).
    pub(crate) fn syntax_error_text(&mut self, exc: ObjRef) -> PyResult<Option<String>> {
        let attr = |vm: &Vm, name: &str| vm.instance_attr(Value::Obj(exc), name);
        let msg = match attr(self, "msg") {
            Some(m) if !matches!(m, Value::None) => self.to_str(m)?,
            _ => return Ok(None),
        };
        let file = attr(self, "filename")
            .and_then(|f| self.heap.str_of(f).map(|s| s.rsplit('/').next().unwrap_or(s).to_string()));
        let line = match attr(self, "lineno") {
            Some(Value::Int(n)) => Some(n),
            _ => None,
        };
        Ok(Some(match (file, line) {
            (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
            (Some(f), None) => format!("{msg} ({f})"),
            (None, Some(n)) => format!("{msg} (line {n})"),
            (None, None) => msg,
        }))
    }

    /// The full text CPython prints for an uncaught exception: `Traceback (most recent call
    /// last):`, one `  File "...", line N, in f` entry per frame with its source line, the
    /// chained causes/contexts, and the final `Type: message` line. Ends with a newline.
    pub fn format_exception(&mut self, err: &PyErr) -> String {
        let exc = self.materialize(err.clone());
        if self.chain_has_group(exc) {
            return self.format_exception_groups(exc);
        }
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_chain(exc, &mut out, &mut seen);
        out
    }

    fn format_chain(&mut self, exc: ObjRef, out: &mut String, seen: &mut Vec<ObjRef>) {
        seen.push(exc);
        if let Some(e) = self.exc_data(exc) {
            let (cause, context, suppress) = (e.cause, e.context, e.suppress_context);
            if let Some(Value::Obj(c)) = cause {
                if !seen.contains(&c) {
                    self.format_chain(c, out, seen);
                    out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
                }
            } else if let (Some(Value::Obj(c)), false) = (context, suppress)
                && !seen.contains(&c)
            {
                self.format_chain(c, out, seen);
                out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
        self.format_one(exc, out, true);
    }

    /// One exception's traceback entries and final `Type: message` line.
    pub(super) fn format_one_exception(&mut self, exc: ObjRef, out: &mut String) {
        self.format_one(exc, out, true)
    }

    /// `format_one_exception` as CPython's C traceback printer writes it (what
    /// `sys.unraisablehook` uses): no carets under the source lines.
    pub(super) fn format_one_without_carets(&mut self, exc: ObjRef, out: &mut String) {
        self.format_one(exc, out, false)
    }

    fn format_one(&mut self, exc: ObjRef, out: &mut String, carets: bool) {
        let tb = self.exc_data(exc).map(|e| e.traceback.clone()).unwrap_or_default();
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            // CPython prints a run of identical entries (deep recursion) three times, then
            // `[Previous line repeated N more times]`.
            let mut last: Option<(Rc<str>, u32, Rc<str>)> = None;
            let mut repeats = 0usize;
            // Modules written in Python that stand for CPython's C modules (`<_fileio>`, ...)
            // show no frames, as the C code shows none.
            for entry in tb.iter().rev().filter(|e| !e.code.filename.starts_with("<_")) {
                let key = (entry.code.filename.clone(), entry.line, entry.code.name.clone());
                if last.as_ref() != Some(&key) {
                    push_repeated(out, repeats);
                    last = Some(key);
                    repeats = 0;
                }
                repeats += 1;
                if repeats > RECURSIVE_CUTOFF {
                    continue;
                }
                let cols = entry.cols.filter(|_| carets);
                self.format_entry(out, &entry.code.filename, &entry.code.name, entry.line, entry.end_line, cols);
            }
            push_repeated(out, repeats);
        }
        self.format_exception_tail(exc, out, true);
    }

    /// One traceback entry: its `File` line, then its source line(s) with carets under the
    /// failing expression when `cols` (its character columns) are given and CPython would
    /// show them.
    pub(crate) fn format_entry(
        &self,
        out: &mut String,
        filename: &str,
        name: &str,
        line: u32,
        end_line: u32,
        cols: Option<(u32, u32)>,
    ) {
        out.push_str(&format!("  File \"{filename}\", line {line}, in {name}\n"));
        let lines = self.source_lines(filename, line, end_line.max(line));
        let shown = match (cols, lines.first()) {
            (_, None) => Vec::new(),
            (Some((c0, c1)), Some(_)) => {
                let lines: Vec<&str> = lines.iter().map(|l| l.trim_end()).collect();
                super::carets::snippet(&lines, c0 as usize, c1 as usize)
            }
            (None, Some(first)) => vec![first.trim().to_string()],
        };
        for line in shown {
            out.push_str("    ");
            out.push_str(&line);
            out.push('\n');
        }
    }

    /// The "Did you mean" that CPython's traceback adds to a `NameError` (only when it has
    /// the traceback, whose frame the names come from) or an `AttributeError` (suggest.rs).
    fn traceback_hint(&mut self, exc: ObjRef, cls: ObjRef, with_traceback: bool) -> String {
        if self.is_subclass(cls, self.exc_class(ExcKind::AttributeError)) {
            return self.lookup_hint(exc, true, with_traceback);
        }
        if self.is_subclass(cls, self.exc_class(ExcKind::NameError)) {
            return self.lookup_hint(exc, false, with_traceback);
        }
        String::new()
    }

    /// The last part of a report (`traceback.format_exception_only`): a SyntaxError's location
    /// and the `Type: message` line.
    pub(crate) fn format_exception_only(&mut self, exc: ObjRef) -> String {
        let mut out = String::new();
        self.format_exception_tail(exc, &mut out, false);
        out
    }

    fn format_exception_tail(&mut self, exc: ObjRef, out: &mut String, with_traceback: bool) {
        let cls = match self.heap.get(exc) {
            Obj::Instance(i) => i.class,
            _ => self.exc_class(ExcKind::Exception),
        };
        if self.is_subclass(cls, self.exc_class(ExcKind::SyntaxError)) {
            self.format_syntax_error_location(exc, out);
        }
        let name = self.exception_type_label(cls);
        let msg = if self.is_subclass(cls, self.exc_class(ExcKind::SyntaxError)) {
            let m = self.instance_attr(Value::Obj(exc), "msg");
            match m {
                Some(m) => self.to_str(m).unwrap_or_default(),
                None => self.to_str(Value::Obj(exc)).unwrap_or_default(),
            }
        } else {
            match self.to_str(Value::Obj(exc)) {
                Ok(s) => s,
                Err(_) => "<exception str() failed>".to_string(),
            }
        };
        let hint = self.traceback_hint(exc, cls, with_traceback);
        out.push_str(&name);
        if !msg.is_empty() || !hint.is_empty() {
            out.push_str(": ");
            out.push_str(&msg);
            out.push_str(&hint);
        }
        out.push('\n');
        self.format_notes(exc, out);
    }

    /// The notes `add_note` attached, one line each under the message (a note's own lines
    /// each ended); a `__notes__` that is not a list or tuple is shown by its repr.
    fn format_notes(&mut self, exc: ObjRef, out: &mut String) {
        let notes = match self.instance_attr(Value::Obj(exc), "__notes__") {
            None | Some(Value::None) => return,
            Some(v) => v,
        };
        let Some(items) = self.heap.seq_items(notes).map(<[Value]>::to_vec) else {
            let text = self.repr(notes).unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
            out.push_str(&text);
            out.push('\n');
            return;
        };
        for note in items {
            let text = self.to_str(note).unwrap_or_else(|_| "<note str() failed>".to_string());
            for line in text.split('\n') {
                out.push_str(line);
                out.push('\n');
            }
        }
    }

    /// `module.Name` as tracebacks print it (no module for builtins and `__main__`).
    fn exception_type_label(&self, cls: ObjRef) -> String {
        let c = self.class(cls);
        match self.heap.str_of(c.module) {
            Some(m) if m != "builtins" && m != "__main__" => format!("{m}.{}", c.qualname),
            _ => c.qualname.to_string(),
        }
    }

    /// The `File` line, source text and caret line of a SyntaxError, by CPython 3.13's rules
    /// (`traceback.TracebackException._format_syntax_error`): only spaces are stripped from
    /// the text, so tabs stay and the carets stay aligned under them.
    fn format_syntax_error_location(&mut self, exc: ObjRef, out: &mut String) {
        let get = |vm: &Vm, name: &str| vm.instance_attr(Value::Obj(exc), name);
        let int = |v: Option<Value>| match v {
            Some(Value::Int(n)) => Some(n),
            _ => None,
        };
        let filename = get(self, "filename").and_then(|v| self.heap.str_of(v).map(|s| s.to_string()));
        let lineno = int(get(self, "lineno"));
        let end_lineno = int(get(self, "end_lineno"));
        let offset = int(get(self, "offset"));
        let end_offset = int(get(self, "end_offset"));
        let text = get(self, "text").and_then(|v| self.heap.str_of(v).map(|s| s.to_string()));
        let Some(line) = lineno else { return };
        let filename = filename.unwrap_or_else(|| "<string>".to_string());
        out.push_str(&format!("  File \"{filename}\", line {line}\n"));
        let Some(text) = text else { return };
        let rtext = text.trim_end_matches('\n');
        let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
        let text_len = text.chars().count() as i64;
        let rlen = rtext.chars().count() as i64;
        let spaces = rlen - ltext.chars().count() as i64;
        out.push_str("    ");
        out.push_str(ltext);
        out.push('\n');
        let Some(mut offset) = offset else { return };
        let mut end = if lineno == end_lineno {
            match end_offset {
                None | Some(0) => offset,
                Some(e) => e,
            }
        } else {
            rlen + 1
        };
        if text_len > 0 && offset > text_len {
            offset = rlen + 1;
        }
        if text_len > 0 && end > text_len {
            end = rlen + 1;
        }
        if offset >= end || end < 0 {
            end = offset + 1;
        }
        let col = offset - 1 - spaces;
        let end_col = end - 1 - spaces;
        if col >= 0 {
            out.push_str("    ");
            out.extend(ltext.chars().take(col as usize).map(|c| if c.is_whitespace() { c } else { ' ' }));
            out.push_str(&"^".repeat((end_col - col).max(0) as usize));
            out.push('\n');
        }
    }

    /// Lines `first..=last` of a file's source (fewer if it ends before).
    fn source_lines(&self, filename: &str, first: u32, last: u32) -> Vec<&str> {
        let Some(src) = self.sources.get(filename) else { return Vec::new() };
        let Some(skip) = first.checked_sub(1) else { return Vec::new() };
        src.lines().skip(skip as usize).take(last.saturating_sub(first) as usize + 1).collect()
    }

    pub(crate) fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        self.source_lines(filename, line, line).first().map(|l| l.to_string())
    }

    /// If `err` is `SystemExit`, the process exit code it asks for (`None` → 0, an int → that
    /// int, anything else → printed to stderr by the caller and 1), else `None`.
    pub fn system_exit_code(&mut self, err: &PyErr) -> Option<i32> {
        if !self.err_matches(err, ExcKind::SystemExit) {
            return None;
        }
        let exc = self.materialize(err.clone());
        let args = self.exception_args(exc);
        let code = match args.len() {
            0 => Value::None,
            1 => args[0],
            _ => self.new_tuple(args),
        };
        Some(match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => b as i32,
            other => {
                let s = self.to_str(other).unwrap_or_default();
                self.host.write(super::Stream::Stderr, &s);
                self.host.write(super::Stream::Stderr, "\n");
                1
            }
        })
    }
}

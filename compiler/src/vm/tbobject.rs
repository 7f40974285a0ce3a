//! Python-visible tracebacks: `exc.__traceback__` and `sys.exc_info()[2]` as a chain of
//! `traceback` objects, outermost call first, each with `tb_frame` (a `frame` with
//! `f_code`, `f_lineno`, `f_lasti` and `f_back`), `tb_lineno`, `tb_lasti` and `tb_next`.
//!
//! The interpreter records an unwinding exception's frames as `TracebackEntry`s
//! (ExcData::traceback, innermost first); the objects are built from them when a program
//! asks, and cached on the exception so `e.__traceback__ is e.__traceback__` holds until
//! the exception passes through another frame. Each object also keeps its entry's end line
//! and columns (`_edge_span`), so the `traceback` module prints the carets the interpreter
//! prints, and `with_traceback` can turn a chain back into entries.

use super::Vm;
use crate::value::*;

/// The instance-dict key of a traceback object's `(end_line, col, end_col)`.
const SPAN: &str = "_edge_span";

impl Vm {
    /// The traceback chain of exception `exc` (`None` when it has not been raised).
    pub(crate) fn traceback_chain(&mut self, exc: ObjRef) -> Value {
        let Some(e) = self.exc_data(exc) else { return Value::None };
        let n = e.traceback.len();
        if n == 0 {
            return Value::None;
        }
        if let Some((len, tb)) = e.tb_cache
            && len == n
        {
            return Value::Obj(tb);
        }
        let entries = e.traceback.clone();
        // Frames outermost first, so each `f_back` exists before the frame it calls.
        let mut frames = vec![Value::None; n];
        let mut back = Value::None;
        for (i, entry) in entries.iter().enumerate().rev() {
            let frame = self.frame_object(entry.code.clone(), entry.line, back, &[]);
            frames[i] = frame;
            back = frame;
        }
        // Traceback objects innermost first, so each `tb_next` exists before its caller's.
        let mut next = Value::None;
        for (entry, &frame) in entries.iter().zip(&frames) {
            let (col, end_col) = match entry.cols {
                Some((c0, c1)) => (Value::Int(c0 as i64), Value::Int(c1 as i64)),
                None => (Value::None, Value::None),
            };
            let span = self.new_tuple(vec![Value::Int(entry.end_line as i64), col, end_col]);
            next = self.plain_object(
                self.types.traceback,
                &[
                    ("tb_frame", frame),
                    ("tb_lineno", Value::Int(entry.line as i64)),
                    ("tb_lasti", Value::Int(0)),
                    ("tb_next", next),
                    (SPAN, span),
                ],
            );
        }
        if let (Value::Obj(tb), Some(e)) = (next, self.exc_data_mut(exc)) {
            e.tb_cache = Some((n, tb));
        }
        next
    }

    /// A generator's `gi_frame`: a `frame` with no caller, as for a suspended generator.
    pub(crate) fn generator_frame(&mut self, code: std::rc::Rc<crate::bytecode::Code>, line: u32) -> Value {
        self.frame_object(code, line, Value::None, &[])
    }

    /// A `frame` object: `f_code`, `f_lineno`, `f_lasti` and `f_back`, then `extra`.
    fn frame_object(
        &mut self,
        code: std::rc::Rc<crate::bytecode::Code>,
        line: u32,
        back: Value,
        extra: &[(&str, Value)],
    ) -> Value {
        let code = self.alloc(Obj::Code(code));
        let base =
            [("f_code", code), ("f_lineno", Value::Int(line as i64)), ("f_lasti", Value::Int(0)), ("f_back", back)];
        let attrs: Vec<(&str, Value)> = base.into_iter().chain(extra.iter().copied()).collect();
        self.plain_object(self.types.frame, &attrs)
    }

    /// `sys._getframe(depth)`: the running Python frame `depth` calls out from the innermost
    /// one, as a `frame` snapshot (`f_code`, `f_lineno`, `f_globals`, `f_locals`,
    /// `f_builtins`, `f_back`, ...); None when the stack is not that deep. Built-in helpers'
    /// frames and comprehensions' (which CPython runs inline) are not Python frames.
    pub(crate) fn live_frame(&mut self, depth: usize) -> Option<Value> {
        let visible = |f: &super::frame::Frame| {
            !f.code.ops.is_empty()
                && !f.code.filename.is_empty()
                && !matches!(&*f.code.name, "<listcomp>" | "<setcomp>" | "<dictcomp>")
        };
        // Innermost first: the current frame, then its callers.
        let chain: Vec<usize> = std::iter::once(usize::MAX)
            .chain((0..self.frames.len()).rev())
            .filter(|&i| visible(if i == usize::MAX { &self.frame } else { &self.frames[i] }))
            .collect();
        if depth >= chain.len() {
            return None;
        }
        // Outermost first, so each `f_back` exists before the frame it calls.
        let mut back = Value::None;
        for &i in chain[depth..].iter().rev() {
            back = self.frame_snapshot(i, back);
        }
        Some(back)
    }

    /// The `frame` object of running frame `i` (`usize::MAX`: the current one).
    fn frame_snapshot(&mut self, i: usize, back: Value) -> Value {
        let f = if i == usize::MAX { &self.frame } else { &self.frames[i] };
        let (code, globals, namespace) = (f.code.clone(), f.globals, f.namespace);
        let line = code.line_at(f.pc.saturating_sub(1));
        let slots: Vec<Value> = f.regs.iter().take(code.nslots()).copied().collect();
        let locals = match namespace {
            Some(ns) => Value::Obj(ns),
            None if code.flags.uses_namespace => Value::Obj(globals),
            None => self.locals_snapshot(&code, &slots),
        };
        let builtins = Value::Obj(self.builtins);
        let extra = [
            ("f_globals", Value::Obj(globals)),
            ("f_locals", locals),
            ("f_builtins", builtins),
            ("f_trace", Value::None),
        ];
        self.frame_object(code, line, back, &extra)
    }

    /// A function frame's bound locals by name (cells and free variables by their contents),
    /// as `f_locals` and `locals()` show them.
    fn locals_snapshot(&mut self, code: &crate::bytecode::Code, slots: &[Value]) -> Value {
        let d = self.new_dict();
        let names = code.varnames.iter().chain(&code.cellvars).chain(&code.freevars);
        for (k, (name, &v)) in names.zip(slots).enumerate() {
            let v = if k < code.varnames.len() {
                v
            } else {
                match v {
                    Value::Obj(c) => match self.heap.get(c) {
                        Obj::Cell(Some(inner)) => *inner,
                        _ => continue,
                    },
                    _ => continue,
                }
            };
            if super::frame::is_unbound(v) {
                continue;
            }
            if let Value::Obj(dr) = d {
                self.dict_set_str(dr, name, v);
            }
        }
        d
    }

    /// An instance of the built-in class `cls` whose `__dict__` holds `attrs`.
    fn plain_object(&mut self, cls: ObjRef, attrs: &[(&str, Value)]) -> Value {
        let obj = self.new_object(cls);
        if let Value::Obj(r) = obj {
            let d = self.ensure_dict(r);
            for &(name, value) in attrs {
                self.dict_set_str(d, name, value);
            }
        }
        obj
    }

    /// The entries of the traceback chain starting at `tb`, outermost first (the order of
    /// `tb_next`); `None` when `tb` is not a traceback object.
    pub(crate) fn traceback_entries(&mut self, tb: Value) -> Option<Vec<TracebackEntry>> {
        tb.as_obj()?;
        let mut out = Vec::new();
        let mut cur = tb;
        // A chain a program built by hand could loop; real ones are as deep as the stack.
        while let Value::Obj(_) = cur {
            if self.type_of(cur) != self.types.traceback || out.len() > 1_000_000 {
                return None;
            }
            let d = self.instance_dict(cur)?;
            let frame = self.dict_get_str(d, "tb_frame")?;
            let Some(Value::Int(line)) = self.dict_get_str(d, "tb_lineno") else { return None };
            let span = self.dict_get_str(d, SPAN).and_then(|s| self.heap.tuple(s).cloned());
            let fd = self.instance_dict(frame)?;
            let Some(Value::Obj(c)) = self.dict_get_str(fd, "f_code") else { return None };
            let Obj::Code(code) = self.heap.get(c) else { return None };
            let code = code.clone();
            let (end_line, cols) = match span.as_deref() {
                Some([Value::Int(end), Value::Int(c0), Value::Int(c1)]) => (*end, Some((*c0 as u32, *c1 as u32))),
                Some([Value::Int(end), ..]) => (*end, None),
                _ => (line, None),
            };
            out.push(TracebackEntry { code, line: line as u32, end_line: end_line as u32, cols });
            cur = self.dict_get_str(d, "tb_next").unwrap_or(Value::None);
        }
        Some(out)
    }

    /// `exc.with_traceback(tb)`: the exception's traceback becomes `tb`'s frames (none for
    /// `None`), to which raising it again adds the frames it passes through.
    pub(crate) fn set_traceback(&mut self, exc: ObjRef, tb: Value) -> bool {
        let entries = if tb.is_none() { Some(Vec::new()) } else { self.traceback_entries(tb) };
        let Some(mut entries) = entries else { return false };
        entries.reverse();
        if let Some(e) = self.exc_data_mut(exc) {
            e.traceback = entries;
            e.tb_cache = None;
        }
        true
    }
}

//! `BaseExceptionGroup` / `ExceptionGroup` (PEP 654) and the runtime side of `except*`:
//! matching a clause against a group (`CheckEgMatch`) and combining what the clauses
//! re-raised or raised into the exception that leaves the `try` (`ReraiseStar`).

use super::Vm;
use crate::builtins::args;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::*;

/// How `split`/`subgroup` select leaf exceptions.
enum Matcher {
    /// An exception class or a tuple of them.
    Type(Value),
    /// A callable returning a truth value.
    Pred(Value),
    /// Leaf exceptions by identity (used to project re-raised leaves onto the original).
    Ids(Vec<ObjRef>),
}

impl Vm {
    pub(crate) fn install_exception_groups(&mut self) {
        use NativeKind::*;
        let beg = self.exc_class(ExcKind::BaseExceptionGroup);
        self.add_methods(
            beg,
            &[
                ("__new__", eg_new, StaticMethod),
                ("__init__", eg_init, Method),
                ("__str__", eg_str, Method),
                ("derive", eg_derive, Method),
                ("split", eg_split, Method),
                ("subgroup", eg_subgroup, Method),
            ],
        );
    }

    /// `(message, exceptions)` of an exception group instance.
    fn eg_parts(&self, v: Value) -> Option<(Value, Vec<Value>)> {
        let (m, t) = self.exc_data(v.as_obj()?)?.group?;
        Some((m, self.heap.tuple(Value::Obj(t)).cloned().unwrap_or_default()))
    }

    /// `str()` of an exception group: `"msg (2 sub-exceptions)"`.
    pub(crate) fn exception_group_str(&mut self, v: Value) -> Option<PyResult<String>> {
        let (msg, items) = self.eg_parts(v)?;
        let n = items.len();
        Some(self.to_str(msg).map(|m| format!("{m} ({n} sub-exception{})", if n > 1 { "s" } else { "" })))
    }

    fn is_group(&self, v: Value) -> bool {
        v.as_obj().and_then(|r| self.exc_data(r)).is_some_and(|e| e.group.is_some())
    }

    /// `BaseExceptionGroup(msg, excs)`: an `ExceptionGroup` when every item is an `Exception`.
    fn create_exception_group(&mut self, msg: &str, excs: Vec<Value>, as_list: bool) -> PyResult<Value> {
        let m = self.new_str(msg);
        let seq = if as_list { self.new_list(excs) } else { self.new_tuple(excs) };
        let cls = Value::Obj(self.exc_class(ExcKind::BaseExceptionGroup));
        self.call_pos(cls, vec![m, seq])
    }

    fn eg_matcher(&mut self, v: Value) -> PyResult<Matcher> {
        let is_exc_class = |vm: &Vm, v: Value| {
            matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_))
                && vm.is_subclass(r, vm.exc_class(ExcKind::BaseException)))
        };
        let is_class = matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Class(_)));
        if !is_class && crate::builtins::functions::is_callable(self, v) {
            return Ok(Matcher::Pred(v));
        }
        if is_exc_class(self, v) {
            return Ok(Matcher::Type(v));
        }
        if let Some(items) = self.heap.tuple(v)
            && items.iter().all(|&t| is_exc_class(self, t))
        {
            return Ok(Matcher::Type(v));
        }
        Err(PyErr::type_error(
            "expected an exception type, a tuple of exception types, or a callable (other than a class)",
        ))
    }

    fn eg_check_match(&mut self, exc: Value, m: &Matcher) -> PyResult<bool> {
        match m {
            Matcher::Type(t) => self.exception_matches(exc, *t),
            Matcher::Pred(f) => {
                let r = self.call_pos(*f, vec![exc])?;
                self.truthy(r)
            }
            Matcher::Ids(ids) => Ok(exc.as_obj().is_some_and(|r| ids.contains(&r))),
        }
    }

    /// Splits `exc` into `(match, rest)` keeping the nesting structure.
    fn eg_split_rec(&mut self, exc: Value, m: &Matcher, with_rest: bool) -> PyResult<(Option<Value>, Option<Value>)> {
        if self.eg_check_match(exc, m)? {
            return Ok((Some(exc), None));
        }
        let Some((_, items)) = self.eg_parts(exc) else {
            return Ok((None, if with_rest { Some(exc) } else { None }));
        };
        // Parts built so far stay rooted while `derive` or a predicate runs Python code.
        let base = self.temp_roots.len();
        self.temp_roots.push(exc);
        let r = self.eg_split_parts(exc, items, m, with_rest);
        self.temp_roots.truncate(base);
        r
    }

    fn eg_split_parts(
        &mut self,
        exc: Value,
        items: Vec<Value>,
        m: &Matcher,
        with_rest: bool,
    ) -> PyResult<(Option<Value>, Option<Value>)> {
        let (mut ms, mut rs) = (Vec::new(), Vec::new());
        for e in items {
            let (a, b) = self.eg_split_rec(e, m, with_rest)?;
            self.temp_roots.extend(a);
            self.temp_roots.extend(b);
            ms.extend(a);
            rs.extend(b);
        }
        let orig = exc.as_obj().expect("exception group");
        let mv = self.eg_subset(orig, ms)?;
        self.temp_roots.extend(mv);
        let rv = if with_rest { self.eg_subset(orig, rs)? } else { None };
        Ok((mv, rv))
    }

    /// `orig.derive(excs)` with `orig`'s traceback, cause, context and notes copied over.
    fn eg_subset(&mut self, orig: ObjRef, excs: Vec<Value>) -> PyResult<Option<Value>> {
        if excs.is_empty() {
            return Ok(None);
        }
        let l = self.new_list(excs);
        let eg = self.call_method(Value::Obj(orig), "derive", vec![l])?;
        if !self.is_group(eg) {
            return Err(PyErr::type_error("derive must return an instance of BaseExceptionGroup"));
        }
        let r = eg.as_obj().expect("exception group");
        let (tb, cause, context, suppress) = match self.exc_data(orig) {
            Some(e) => (e.traceback.clone(), e.cause, e.context, e.suppress_context),
            None => return Ok(Some(eg)),
        };
        if let Some(e) = self.exc_data_mut(r) {
            e.traceback = tb;
            e.cause = cause;
            e.context = context;
            e.suppress_context = suppress;
        }
        let notes = self.instance_dict(Value::Obj(orig)).and_then(|d| self.dict_get_str(d, "__notes__"));
        if let Some(n) = notes
            && let Some(items) = self.heap.seq_items(n).map(|s| s.to_vec())
        {
            let copy = self.new_list(items);
            let d = self.ensure_dict(r);
            self.dict_set_str(d, "__notes__", copy);
        }
        Ok(Some(eg))
    }

    /// `CheckEgMatch`: validates the clause type and splits `exc` into `(rest, match)`;
    /// a naked exception that matches is wrapped in a group.
    #[inline(never)] // rare: kept out of `dispatch` (V8 compiles all of it on first call)
    pub(crate) fn check_eg_match(&mut self, exc: Value, typ: Value) -> PyResult<(Value, Value)> {
        let items = self.heap.tuple(typ).cloned().unwrap_or_else(|| vec![typ]);
        let beg = self.exc_class(ExcKind::BaseExceptionGroup);
        for &t in &items {
            let ok = matches!(t, Value::Obj(r) if matches!(self.heap.get(r), Obj::Class(_))
                && self.is_subclass(r, self.exc_class(ExcKind::BaseException)));
            if !ok {
                return Err(PyErr::type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
        }
        if items.iter().any(|t| t.as_obj().is_some_and(|r| self.is_subclass(r, beg))) {
            return Err(PyErr::type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
        }
        if exc.is_none() {
            return Ok((Value::None, Value::None));
        }
        if self.exception_matches(exc, typ)? {
            if self.is_group(exc) {
                return Ok((Value::None, exc));
            }
            let wrapped = self.create_exception_group("", vec![exc], false)?;
            return Ok((Value::None, wrapped));
        }
        if self.is_group(exc) {
            let (m, r) = self.eg_split_rec(exc, &Matcher::Type(typ), true)?;
            return Ok((r.unwrap_or(Value::None), m.unwrap_or(Value::None)));
        }
        Ok((exc, Value::None))
    }

    /// Did `a` keep `b`'s metadata (a bare `raise` of a part of `b`)?
    fn same_exc_metadata(&self, a: Value, b: Value) -> bool {
        let (Some(x), Some(y)) = (a.as_obj().and_then(|r| self.exc_data(r)), b.as_obj().and_then(|r| self.exc_data(r)))
        else {
            return false;
        };
        let same = |p: Option<Value>, q: Option<Value>| match (p, q) {
            (None, None) => true,
            (Some(p), Some(q)) => p.is(q),
            _ => false,
        };
        same(x.cause, y.cause)
            && same(x.context, y.context)
            && x.traceback.len() == y.traceback.len()
            && x.traceback
                .iter()
                .zip(&y.traceback)
                .all(|(p, q)| std::rc::Rc::ptr_eq(&p.code, &q.code) && p.line == q.line)
    }

    fn leaf_ids(&self, v: Value, out: &mut Vec<ObjRef>) {
        match self.eg_parts(v) {
            Some((_, items)) => items.into_iter().for_each(|e| self.leaf_ids(e, out)),
            None => out.extend(v.as_obj()),
        }
    }

    /// `ReraiseStar`: what leaves an `except*` statement, given the original exception and
    /// the exceptions raised/re-raised by its clauses (then the unmatched rest). `None` when
    /// everything was handled.
    #[inline(never)] // rare: kept out of `dispatch` (V8 compiles all of it on first call)
    pub(crate) fn prep_reraise_star(&mut self, orig: Value, excs: Vec<Value>) -> PyResult<Value> {
        if excs.is_empty() {
            return Ok(Value::None);
        }
        if !self.is_group(orig) {
            return Ok(excs[0]);
        }
        let (mut raised, mut reraised) = (Vec::new(), Vec::new());
        for e in excs.into_iter().filter(|e| !e.is_none()) {
            if self.same_exc_metadata(e, orig) { reraised.push(e) } else { raised.push(e) }
        }
        let mut ids = Vec::new();
        for &e in &reraised {
            self.leaf_ids(e, &mut ids);
        }
        let (proj, _) = self.eg_split_rec(orig, &Matcher::Ids(ids), false)?;
        if raised.is_empty() {
            return Ok(proj.unwrap_or(Value::None));
        }
        raised.extend(proj);
        if raised.len() > 1 { self.create_exception_group("", raised, true) } else { Ok(raised[0]) }
    }
}

fn is_sequence(vm: &Vm, v: Value) -> bool {
    let Value::Obj(r) = v else { return false };
    match vm.heap.get(r) {
        Obj::Dict(_) | Obj::Set(_) | Obj::FrozenSet(_) => false,
        Obj::List(_) | Obj::Tuple(_) => true,
        _ => vm.heap.str_of(v).is_some() || vm.lookup_mro(vm.type_of(v), "__getitem__").is_some(),
    }
}

fn eg_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(&cls) = a.pos.first() else {
        return Err(PyErr::type_error("BaseExceptionGroup.__new__(): not enough arguments"));
    };
    let mut cls = vm.expect_class(cls, "BaseExceptionGroup.__new__(X): X")?;
    let n = a.pos.len() - 1;
    if n != 2 {
        return Err(PyErr::type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({n} given)")));
    }
    let (msg, seq) = (a.pos[1], a.pos[2]);
    if vm.heap.str_of(msg).is_none() {
        return Err(PyErr::type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            vm.type_name(msg)
        )));
    }
    if !is_sequence(vm, seq) {
        return Err(PyErr::type_error("second argument (exceptions) must be a sequence"));
    }
    let items = vm.collect(seq)?;
    if items.is_empty() {
        return Err(PyErr::value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let exc_cls = vm.exc_class(ExcKind::Exception);
    let mut nested_base = false;
    for (i, &e) in items.iter().enumerate() {
        if !vm.is_exception(e) {
            return Err(PyErr::value_error(format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        if !vm.is_instance(e, exc_cls) {
            nested_base = true;
        }
    }
    let eg_cls = vm.exc_class(ExcKind::ExceptionGroup);
    let beg_cls = vm.exc_class(ExcKind::BaseExceptionGroup);
    if cls == eg_cls {
        if nested_base {
            return Err(PyErr::type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if cls == beg_cls {
        if !nested_base {
            cls = eg_cls;
        }
    } else if nested_base && vm.is_subclass(cls, exc_cls) {
        let name = vm.class_name(cls).to_string();
        return Err(PyErr::type_error(format!("Cannot nest BaseExceptions in '{name}'")));
    }
    let t = vm.new_tuple(items).as_obj().expect("tuple");
    let r = vm.new_exception_of(cls, vec![msg, seq]);
    if let Some(e) = vm.exc_data_mut(r) {
        e.group = Some((msg, t));
    }
    Ok(Value::Obj(r))
}

fn eg_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        let name = vm.type_name(a.pos[0]).to_string();
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    if let Some(Value::Obj(r)) = a.pos.first().copied() {
        vm.set_exception_args(r, a.pos[1..].to_vec());
    }
    Ok(Value::None)
}

fn eg_self(vm: &Vm, v: Value) -> PyResult<(Value, Vec<Value>)> {
    vm.eg_parts(v).ok_or_else(|| PyErr::type_error("descriptor requires a 'BaseExceptionGroup' object"))
}

fn eg_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    eg_self(vm, a.pos[0])?;
    let s = vm.exception_group_str(a.pos[0]).unwrap_or_else(|| Ok(String::new()))?;
    Ok(vm.new_str(s))
}

fn eg_derive(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("derive", &a, 1, 1)?;
    let (msg, _) = eg_self(vm, a.pos[0])?;
    let cls = Value::Obj(vm.exc_class(ExcKind::BaseExceptionGroup));
    vm.call_pos(cls, vec![msg, a.pos[1]])
}

fn eg_split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("split", &a, 1, 1)?;
    eg_self(vm, a.pos[0])?;
    let m = vm.eg_matcher(a.pos[1])?;
    let (mv, rv) = vm.eg_split_rec(a.pos[0], &m, true)?;
    Ok(vm.new_tuple(vec![mv.unwrap_or(Value::None), rv.unwrap_or(Value::None)]))
}

fn eg_subgroup(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_method("subgroup", &a, 1, 1)?;
    eg_self(vm, a.pos[0])?;
    let m = vm.eg_matcher(a.pos[1])?;
    let (mv, _) = vm.eg_split_rec(a.pos[0], &m, false)?;
    Ok(mv.unwrap_or(Value::None))
}

/// State of CPython's `traceback._ExceptionPrintContext` while printing a group tree.
#[derive(Default)]
struct PrintCtx {
    depth: usize,
    need_close: bool,
}

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

impl Vm {
    /// Does `exc` or anything in its cause/context chain need the group traceback format?
    pub(crate) fn chain_has_group(&self, exc: ObjRef) -> bool {
        let mut cur = Some(exc);
        let mut steps = 0;
        while let Some(c) = cur {
            let Some(e) = self.exc_data(c) else { return false };
            if e.group.is_some() {
                return true;
            }
            steps += 1;
            if steps > 100 {
                return false;
            }
            cur = match (e.cause, e.context, e.suppress_context) {
                (Some(Value::Obj(x)), _, _) => Some(x),
                (None, Some(Value::Obj(x)), false) => Some(x),
                _ => None,
            };
        }
        false
    }

    /// CPython's traceback text for an exception whose chain contains exception groups.
    pub(crate) fn format_exception_groups(&mut self, exc: ObjRef) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        let mut ctx = PrintCtx::default();
        self.format_tree(exc, &mut ctx, &mut out, &mut seen);
        out
    }

    fn format_tree(&mut self, exc: ObjRef, ctx: &mut PrintCtx, out: &mut String, seen: &mut Vec<ObjRef>) {
        // (message introducing the next one, exception), outermost first.
        let mut chain: Vec<(Option<&str>, ObjRef)> = Vec::new();
        let mut cur = Some((None, exc));
        while let Some((msg, c)) = cur {
            seen.push(c);
            chain.push((msg, c));
            let (cause, context, suppress) = match self.exc_data(c) {
                Some(e) => (e.cause, e.context, e.suppress_context),
                None => (None, None, false),
            };
            cur = match (cause, context, suppress) {
                (Some(Value::Obj(x)), _, _) if !seen.contains(&x) => {
                    Some((Some("\nThe above exception was the direct cause of the following exception:\n\n"), x))
                }
                (None, Some(Value::Obj(x)), false) if !seen.contains(&x) => {
                    Some((Some("\nDuring handling of the above exception, another exception occurred:\n\n"), x))
                }
                _ => None,
            };
        }
        // Printed innermost first; each message sits between its cause and the exception.
        let n = chain.len();
        for i in (0..n).rev() {
            let e = chain[i].1;
            self.format_tree_one(e, ctx, out, seen);
            if let Some(msg) = chain[i].0 {
                ctx.emit(out, msg, '|');
            }
        }
    }

    fn format_tree_one(&mut self, exc: ObjRef, ctx: &mut PrintCtx, out: &mut String, seen: &mut Vec<ObjRef>) {
        let mut text = String::new();
        self.format_one_exception(exc, &mut text);
        let Some((_, items)) = self.eg_parts(Value::Obj(exc)) else {
            ctx.emit(out, &text, '|');
            return;
        };
        if ctx.depth > MAX_GROUP_DEPTH {
            ctx.emit(out, &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"), '|');
            return;
        }
        let toplevel = ctx.depth == 0;
        if toplevel {
            ctx.depth += 1;
        }
        const HEAD: &str = "Traceback (most recent call last):\n";
        if let Some(rest) = text.strip_prefix(HEAD) {
            ctx.emit(out, "Exception Group Traceback (most recent call last):\n", if toplevel { '+' } else { '|' });
            ctx.emit(out, rest, '|');
        } else {
            ctx.emit(out, &text, '|');
        }
        let num = items.len();
        let n = if num <= MAX_GROUP_WIDTH { num } else { MAX_GROUP_WIDTH + 1 };
        ctx.need_close = false;
        for (i, &sub) in items.iter().enumerate().take(n) {
            let last = i == n - 1;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
            out.push_str(&ctx.indent());
            out.push_str(if i == 0 { "+-" } else { "  " });
            out.push_str(&format!("+---------------- {title} ----------------\n"));
            ctx.depth += 1;
            if !truncated {
                if let Value::Obj(s) = sub {
                    self.format_tree(s, ctx, out, seen);
                }
            } else {
                let remaining = num - MAX_GROUP_WIDTH;
                let plural = if remaining > 1 { "s" } else { "" };
                ctx.emit(out, &format!("and {remaining} more exception{plural}\n"), '|');
            }
            if last && ctx.need_close {
                out.push_str(&ctx.indent());
                out.push_str("+------------------------------------\n");
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if toplevel {
            ctx.depth = 0;
        }
    }
}

//! Statements.

use super::scope::ScopeKind;
use super::*;

impl<'v, 'a> Compiler<'v, 'a> {
    pub(super) fn body(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(super) fn stmt(&mut self, s: &'a Stmt) -> CResult {
        let saved = self.set_pos(s.span);
        let r = self.stmt_inner(s);
        self.restore_pos(saved);
        r
    }

    fn in_function(&self) -> bool {
        self.unit_ref().kind.is_function_like()
    }

    /// The wasm engine compiles a function whole on its first call, and every program runs
    /// this one: statements a short program may not have are compiled by functions kept out
    /// of line (`#[inline(never)]`), so a start-up compiles only the statements it has.
    fn stmt_inner(&mut self, s: &'a Stmt) -> CResult {
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(f, s.span, true)?,
            StmtKind::ClassDef(c) => self.class_def(c, s.span, true)?,
            StmtKind::Generic(g) => self.generic_def(g, s.span)?,
            StmtKind::Return(v) => self.return_stmt(v.as_ref(), s.span)?,
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(t)?;
                }
            }
            StmtKind::Assign { targets, value } if swap_width(targets, value).is_some() => {
                self.swap_assign(targets, value)?
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Dup);
                    }
                    self.store(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                self.ann_assign(target, annotation, value.as_ref(), *simple)?
            }
            StmtKind::For { target, iter, body, orelse, is_async } => {
                self.for_stmt(target, iter, body, orelse, *is_async, s.span)?
            }
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse)?,
            StmtKind::If { test, body, orelse } => {
                let els = self.new_label();
                self.jump_if(test, false, els)?;
                self.body(body)?;
                if orelse.is_empty() {
                    self.bind(els);
                } else {
                    let end = self.new_label();
                    self.emit(Op::Jump(end.0));
                    self.bind(els);
                    self.body(orelse)?;
                    self.bind(end);
                }
            }
            StmtKind::With { items, body, is_async } => {
                if *is_async {
                    self.check_async(s.span, "async with")?;
                    self.async_with(items, body)?;
                } else {
                    self.with(items, body)?;
                }
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases)?,
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::Raise(n));
            }
            StmtKind::Try { body, handlers, orelse, finalbody, is_star } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse, *is_star)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody, *is_star)?;
                }
            }
            StmtKind::Assert { test, msg } => self.assert_stmt(test, msg.as_ref())?,
            StmtKind::Import(names) => self.import(names, s.span),
            StmtKind::ImportFrom { module, names, level } => self.import_from(s, module.as_ref(), names, *level)?,
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => {}
            StmtKind::Expr(e) => {
                self.expr(e)?;
                // Interactive input prints expression statements outside functions and
                // classes (including those nested in `if`/`for`/... at top level).
                if self.interactive && self.unit_ref().kind == ScopeKind::Module {
                    self.emit(Op::PrintExpr);
                } else {
                    self.emit(Op::Pop);
                }
            }
            StmtKind::Break => self.break_continue(true, s.span)?,
            StmtKind::Continue => self.break_continue(false, s.span)?,
            // Lowered to `Generic` before compiling (syntax/generics.rs).
            StmtKind::TypeAlias { .. } => {
                return Err(err_at("internal compiler error: type alias not lowered", s.span));
            }
        }
        Ok(())
    }

    /// `x: T [= v]`. Out of line, like the other statements' bodies that a simple program may
    /// never reach (see `stmt_inner`).
    #[inline(never)]
    fn ann_assign(&mut self, target: &'a Expr, annotation: &'a Expr, value: Option<&'a Expr>, simple: bool) -> CResult {
        if let Some(v) = value {
            self.expr(v)?;
            self.store(target)?;
        }
        let in_ns = !self.in_function();
        if let (ExprKind::Name(n), true, true) = (&target.kind, simple, in_ns) {
            self.annotation(annotation)?;
            self.name_op("__annotations__", Ctx::Load);
            let n = self.mangle(n);
            self.load_str(&n);
            self.emit(Op::StoreSubscr);
        } else if in_ns && value.is_none() {
            match &target.kind {
                ExprKind::Attribute { value, .. } => {
                    self.expr(value)?;
                    self.emit(Op::Pop);
                }
                ExprKind::Subscript { value, slice } => {
                    self.expr(value)?;
                    self.emit(Op::Pop);
                    self.expr(slice)?;
                    self.emit(Op::Pop);
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// `import a.b [as c], ...` (see `stmt_inner`).
    #[inline(never)]
    fn import(&mut self, names: &'a [Alias], span: Span) {
        for a in names {
            // CPython attributes the import to the whole statement.
            let p = self.set_pos(span);
            self.emit(Op::LoadSmallInt(0));
            self.emit(Op::LoadNone);
            let i = self.name_index(&a.name);
            self.emit(Op::ImportName(i));
            match &a.asname {
                Some(asname) => {
                    for part in a.name.split('.').skip(1) {
                        let i = self.name_index(part);
                        self.emit(Op::LoadAttr(i));
                    }
                    self.name_op(asname, Ctx::Store);
                }
                None => {
                    let top = a.name.split('.').next().unwrap_or("");
                    self.name_op(top, Ctx::Store);
                }
            }
            self.restore_pos(p);
        }
    }

    /// `from m import a [as b], ...` (see `stmt_inner`).
    #[inline(never)]
    fn import_from(&mut self, s: &'a Stmt, module: Option<&String>, names: &'a [Alias], level: u32) -> CResult {
        self.future.check_placement(s)?;
        self.emit(Op::LoadSmallInt(level as i32));
        let list: Vec<String> = names.iter().map(|a| a.name.clone()).collect();
        let t = self.const_names_tuple(&list);
        self.emit(Op::LoadConst(t));
        let m = module.cloned().unwrap_or_default();
        let i = self.name_index(&m);
        self.emit(Op::ImportName(i));
        if names.len() == 1 && names[0].name == "*" {
            self.emit(Op::ImportStar);
        } else {
            for a in names {
                let i = self.name_index(&a.name);
                self.emit(Op::ImportFrom(i));
                self.name_op(a.asname.as_ref().unwrap_or(&a.name), Ctx::Store);
            }
            self.emit(Op::Pop);
        }
        Ok(())
    }

    /// `return [value]`. Out of line (see `stmt_inner`).
    #[inline(never)]
    fn return_stmt(&mut self, v: Option<&'a Expr>, span: Span) -> CResult {
        if !self.in_function() {
            return Err(err_at("'return' outside function", span));
        }
        // CPython reports a `return value` here at the value.
        self.check_except_star_exit(false, v.as_ref().map_or(span, |v| v.span))?;
        match v {
            Some(v) => {
                self.expr(v)?;
                self.unwind_all(true)?;
            }
            None => {
                self.unwind_all(false)?;
                self.emit(Op::LoadNone);
            }
        }
        self.emit(Op::Return);
        Ok(())
    }

    /// `a, b = x, y` (2 or 3 names), without a tuple. Out of line (see `stmt_inner`).
    #[inline(never)]
    fn swap_assign(&mut self, targets: &'a [Expr], value: &'a Expr) -> CResult {
        // `a, b = x, y` (2 or 3 names): no tuple, like CPython. Values are evaluated
        // left to right, the top of the stack is reversed, targets stored left to right.
        let ExprKind::Tuple(values) = &value.kind else { unreachable!() };
        for v in values {
            self.expr(v)?;
        }
        let rotations = self.unit().ops.len();
        if values.len() == 3 {
            self.emit(Op::Rot3);
        }
        self.emit(Op::Rot2);
        let (ExprKind::Tuple(items) | ExprKind::List(items)) = &targets[0].kind else { unreachable!() };
        for item in items {
            self.store(item)?;
        }
        self.unrotate_local_stores(rotations);
        Ok(())
    }

    /// `for target in iter: body else: orelse`. Out of line (see `stmt_inner`).
    #[inline(never)]
    fn for_stmt(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        is_async: bool,
        span: Span,
    ) -> CResult {
        if is_async {
            return self.async_for(target, iter, body, orelse, span);
        }
        self.expr(iter)?;
        // Errors from getting the next item point at the iterable, as in CPython.
        let p = self.set_pos(iter.span);
        self.emit(Op::GetIter);
        let top = self.new_label();
        let end = self.new_label();
        let brk = self.new_label();
        self.bind(top);
        self.emit(Op::ForIter(end.0));
        self.restore_pos(p);
        self.store(target)?;
        self.unit().fblocks.push(FBlock::For { brk, cont: top });
        self.body(body)?;
        self.unit().fblocks.pop();
        self.emit(Op::Jump(top.0));
        self.bind(end);
        self.body(orelse)?;
        self.bind(brk);
        Ok(())
    }

    /// `while test: body else: orelse`. Out of line (see `stmt_inner`).
    #[inline(never)]
    fn while_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let top = self.new_label();
        let els = self.new_label();
        let brk = self.new_label();
        self.bind(top);
        if !is_const_true(test) {
            self.jump_if(test, false, els)?;
        }
        self.unit().fblocks.push(FBlock::While { brk, cont: top });
        self.body(body)?;
        self.unit().fblocks.pop();
        self.emit(Op::Jump(top.0));
        self.bind(els);
        self.body(orelse)?;
        self.bind(brk);
        Ok(())
    }

    /// `assert test[, msg]`. Out of line (see `stmt_inner`).
    #[inline(never)]
    fn assert_stmt(&mut self, test: &'a Expr, msg: Option<&'a Expr>) -> CResult {
        let ok = self.new_label();
        self.jump_if(test, true, ok)?;
        self.emit(Op::LoadAssertionError);
        if let Some(m) = msg {
            self.expr(m)?;
            self.emit(Op::Call(1));
        }
        // The traceback points at the test, as CPython's does.
        let outer = self.set_pos(test.span);
        self.emit(Op::Raise(1));
        self.restore_pos(outer);
        self.bind(ok);
        Ok(())
    }

    // ---------------------------------------------------------------- unwinding

    /// Emits the clean-up for leaving one block. With `preserve`, a value on top of the
    /// stack (a return value) is kept there.
    fn unwind_block(&mut self, fb: &FBlock<'a>, preserve: bool) -> CResult {
        match fb {
            FBlock::For { .. } => {
                if preserve {
                    self.emit(Op::Rot2);
                }
                self.emit(Op::PopIter);
            }
            FBlock::While { .. } | FBlock::ExceptStar => {}
            FBlock::TryExcept => self.emit(Op::PopBlock),
            FBlock::TryFinally(body) => {
                self.emit(Op::PopBlock);
                // A `break`/`continue`/`return` inside the inlined body must drop the
                // return value being carried.
                if preserve {
                    self.unit().fblocks.push(FBlock::PopValue);
                }
                let r = self.body(body);
                if preserve {
                    self.unit().fblocks.pop();
                }
                r?;
            }
            FBlock::PopValue => {
                if preserve {
                    self.emit(Op::Rot2);
                }
                self.emit(Op::Pop);
            }
            FBlock::Handler(name) => {
                self.emit(Op::PopExcept);
                if let Some(n) = name {
                    self.emit(Op::LoadNone);
                    self.name_op(n, Ctx::Store);
                    self.name_op(n, Ctx::Del);
                }
            }
            FBlock::FinallyExc => {
                self.emit(Op::PopExcept);
                if preserve {
                    self.emit(Op::Rot2);
                }
                self.emit(Op::Pop);
            }
            FBlock::With => {
                self.emit(Op::PopBlock);
                if preserve {
                    self.emit(Op::Rot2);
                }
                self.emit(Op::WithExit);
            }
            FBlock::AsyncWith => {
                self.emit(Op::PopBlock);
                if preserve {
                    self.emit(Op::Rot2);
                }
                self.async_exit_call();
            }
        }
        Ok(())
    }

    /// Unwinds every block of the current unit (for `return`).
    fn unwind_all(&mut self, preserve: bool) -> CResult {
        let saved = self.unit_ref().fblocks.clone();
        while let Some(fb) = self.unit().fblocks.pop() {
            if let Err(e) = self.unwind_block(&fb, preserve) {
                self.unit().fblocks = saved;
                return Err(e);
            }
        }
        self.unit().fblocks = saved;
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, span: Span) -> CResult {
        self.check_except_star_exit(true, span)?;
        let saved = self.unit_ref().fblocks.clone();
        let mut result = Err(if is_break {
            err_at("'break' outside loop", span)
        } else {
            err_at("'continue' not properly in loop", span)
        });
        while let Some(fb) = self.unit().fblocks.pop() {
            match fb {
                FBlock::For { brk, cont } => {
                    if is_break {
                        self.emit(Op::PopIter);
                        self.emit(Op::Jump(brk.0));
                    } else {
                        self.emit(Op::Jump(cont.0));
                    }
                    result = Ok(());
                    break;
                }
                FBlock::While { brk, cont } => {
                    self.emit(Op::Jump(if is_break { brk.0 } else { cont.0 }));
                    result = Ok(());
                    break;
                }
                other => {
                    if let Err(e) = self.unwind_block(&other, false) {
                        result = Err(e);
                        break;
                    }
                }
            }
        }
        self.unit().fblocks = saved;
        result
    }

    // ---------------------------------------------------------------- assignment

    pub(super) fn store(&mut self, t: &'a Expr) -> CResult {
        let saved = self.set_pos(t.span);
        let r = self.store_inner(t);
        self.restore_pos(saved);
        r
    }

    fn store_inner(&mut self, t: &'a Expr) -> CResult {
        match &t.kind {
            ExprKind::Name(n) => self.name_op(n, Ctx::Store),
            ExprKind::Attribute { value, attr } => {
                if matches!(&value.kind, ExprKind::Name(n) if n == "self") {
                    // `__static_attributes__` of the nearest enclosing class.
                    let n = self.units.len();
                    if let Some(u) =
                        self.units[..n.saturating_sub(1)].iter_mut().rev().find(|u| u.kind == ScopeKind::Class)
                        && !u.static_attributes.contains(attr)
                    {
                        u.static_attributes.push(attr.clone());
                    }
                }
                self.expr(value)?;
                let a = self.mangle(attr);
                let i = self.name_index(&a);
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                match self.slice_bounds(slice)? {
                    Some(n) => self.emit(Op::StoreSlice(n)),
                    None => {
                        self.subscript_key(slice)?;
                        self.emit(Op::StoreSubscr);
                    }
                }
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let stars: Vec<usize> = items
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| matches!(e.kind, ExprKind::Starred(_)))
                    .map(|(i, _)| i)
                    .collect();
                if stars.len() > 1 {
                    return Err(err_at("multiple starred expressions in assignment", t.span));
                }
                match stars.first() {
                    Some(&i) => {
                        let after = items.len() - i - 1;
                        if i > u16::MAX as usize || after > u16::MAX as usize {
                            return Err(err_at("too many expressions in star-unpacking assignment", t.span));
                        }
                        self.emit(Op::UnpackEx(i as u16, after as u16));
                    }
                    None => self.emit(Op::UnpackSequence(items.len() as u32)),
                }
                for item in items {
                    match &item.kind {
                        ExprKind::Starred(inner) => self.store(inner)?,
                        _ => self.store(item)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return Err(err_at("starred assignment target must be in a list or tuple", t.span));
            }
            _ => return Err(err_at(format!("cannot assign to {}", describe(t)), t.span)),
        }
        Ok(())
    }

    #[inline(never)] // see `stmt_inner`
    fn delete(&mut self, t: &'a Expr) -> CResult {
        let saved = self.set_pos(t.span);
        match &t.kind {
            ExprKind::Name(n) => self.name_op(n, Ctx::Del),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let a = self.mangle(attr);
                let i = self.name_index(&a);
                self.emit(Op::DeleteAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                match self.slice_bounds(slice)? {
                    Some(n) => self.emit(Op::DeleteSlice(n)),
                    None => {
                        self.subscript_key(slice)?;
                        self.emit(Op::DeleteSubscr);
                    }
                }
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete(i)?;
                }
            }
            _ => return Err(err_at(format!("cannot delete {}", describe(t)), t.span)),
        }
        self.restore_pos(saved);
        Ok(())
    }

    #[inline(never)] // see `stmt_inner`
    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> CResult {
        match &target.kind {
            ExprKind::Name(n) => {
                self.name_op(n, Ctx::Load);
                self.expr(value)?;
                self.emit(Op::InplaceOp(op));
                self.name_op(n, Ctx::Store);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Op::Dup);
                let a = self.mangle(attr);
                let i = self.name_index(&a);
                self.emit(Op::LoadAttr(i));
                self.expr(value)?;
                self.emit(Op::InplaceOp(op));
                self.emit(Op::Rot2);
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.expr(obj)?;
                self.subscript_key(slice)?;
                self.emit(Op::Dup2);
                self.emit(Op::Subscr);
                self.expr(value)?;
                self.emit(Op::InplaceOp(op));
                self.emit(Op::Rot3);
                self.emit(Op::StoreSubscr);
            }
            _ => {
                return Err(err_at(
                    format!("'{}' is an illegal expression for augmented assignment", describe(target)),
                    target.span,
                ));
            }
        }
        Ok(())
    }

    // ---------------------------------------------------------------- with / try

    #[inline(never)] // see `stmt_inner`
    fn with(&mut self, items: &'a [WithItem], body: &'a [Stmt]) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.body(body);
        };
        let p = self.set_pos(item.context_expr.span);
        self.expr(&item.context_expr)?;
        let h = self.new_label();
        let end = self.new_label();
        self.emit(Op::SetupWith(h.0));
        self.restore_pos(p);
        match &item.optional_vars {
            Some(t) => self.store(t)?,
            None => self.emit(Op::Pop),
        }
        self.unit().fblocks.push(FBlock::With);
        self.with(rest, body)?;
        self.unit().fblocks.pop();
        let p = self.set_pos(item.context_expr.span);
        self.emit(Op::PopBlock);
        self.emit(Op::WithExit);
        self.emit(Op::Jump(end.0));
        self.bind(h);
        self.emit(Op::WithExcept);
        let s = self.new_label();
        self.emit(Op::JumpIfTrue(s.0));
        self.emit(Op::Reraise);
        self.bind(s);
        self.emit(Op::Pop);
        self.emit(Op::PopExcept);
        self.emit(Op::Pop);
        self.bind(end);
        self.restore_pos(p);
        Ok(())
    }

    fn check_async(&self, span: Span, what: &str) -> CResult {
        let u = self.unit_ref();
        if !(u.kind.is_function_like() && self.st.scopes[u.scope].is_async) {
            return Err(err_at(format!("'{what}' outside async function"), span));
        }
        Ok(())
    }

    /// `[value] -> [result]`: awaits the value on top of the stack.
    pub(super) fn await_top(&mut self) {
        self.emit(Op::GetAwaitable);
        self.emit(Op::LoadNone);
        let end = self.new_label();
        self.emit(Op::Send(end.0));
        self.bind(end);
    }

    /// `[aexit] -> []`: `await aexit(None, None, None)`.
    fn async_exit_call(&mut self) {
        self.emit(Op::LoadNone);
        self.emit(Op::LoadNone);
        self.emit(Op::LoadNone);
        self.emit(Op::Call(3));
        self.await_top();
        self.emit(Op::Pop);
    }

    #[inline(never)] // see `stmt_inner`
    fn async_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        span: Span,
    ) -> CResult {
        self.check_async(span, "async for")?;
        self.expr(iter)?;
        self.emit(Op::GetAIter);
        let top = self.new_label();
        let h = self.new_label();
        let brk = self.new_label();
        self.bind(top);
        self.emit(Op::SetupExcept(h.0));
        self.emit(Op::GetANext);
        self.emit(Op::LoadNone);
        let got = self.new_label();
        self.emit(Op::Send(got.0));
        self.bind(got);
        self.emit(Op::PopBlock);
        self.store(target)?;
        self.unit().fblocks.push(FBlock::For { brk, cont: top });
        self.body(body)?;
        self.unit().fblocks.pop();
        self.emit(Op::Jump(top.0));
        self.bind(h);
        self.emit(Op::EndAsyncFor);
        self.body(orelse)?;
        self.bind(brk);
        Ok(())
    }

    #[inline(never)] // see `stmt_inner`
    fn async_with(&mut self, items: &'a [WithItem], body: &'a [Stmt]) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.body(body);
        };
        let p = self.set_pos(item.context_expr.span);
        self.expr(&item.context_expr)?;
        let h = self.new_label();
        let end = self.new_label();
        self.emit(Op::SetupAsyncWith);
        self.emit(Op::LoadNone);
        let got = self.new_label();
        self.emit(Op::Send(got.0));
        self.bind(got);
        self.emit(Op::AsyncWithBlock(h.0));
        self.restore_pos(p);
        match &item.optional_vars {
            Some(t) => self.store(t)?,
            None => self.emit(Op::Pop),
        }
        self.unit().fblocks.push(FBlock::AsyncWith);
        self.async_with(rest, body)?;
        self.unit().fblocks.pop();
        let p = self.set_pos(item.context_expr.span);
        self.emit(Op::PopBlock);
        self.async_exit_call();
        self.emit(Op::Jump(end.0));
        self.bind(h);
        self.emit(Op::WithExcept);
        self.await_top();
        let s = self.new_label();
        self.emit(Op::JumpIfTrue(s.0));
        self.emit(Op::Reraise);
        self.bind(s);
        self.emit(Op::Pop);
        self.emit(Op::PopExcept);
        self.emit(Op::Pop);
        self.bind(end);
        self.restore_pos(p);
        Ok(())
    }

    /// The `except` clauses, entered with `[exc]` on the stack; every matched clause jumps
    /// to `after`, and an unmatched exception is re-raised.
    fn handlers(&mut self, handlers: &'a [ExceptHandler], after: Label) -> CResult {
        for (i, h) in handlers.iter().enumerate() {
            let p = self.set_pos(h.span);
            let next = self.new_label();
            match &h.typ {
                Some(t) => {
                    self.expr(t)?;
                    self.emit(Op::CheckExcMatch);
                    self.emit(Op::JumpIfFalse(next.0));
                }
                None => {
                    if i + 1 != handlers.len() {
                        return Err(err_at("default 'except:' must be last", h.span));
                    }
                }
            }
            match &h.name {
                Some(n) => self.name_op(n, Ctx::Store),
                None => self.emit(Op::Pop),
            }
            self.unit().fblocks.push(FBlock::Handler(h.name.clone()));
            self.body(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Op::PopExcept);
            if let Some(n) = &h.name {
                self.emit(Op::LoadNone);
                self.name_op(n, Ctx::Store);
                self.name_op(n, Ctx::Del);
            }
            self.emit(Op::Jump(after.0));
            self.bind(next);
            self.restore_pos(p);
        }
        if handlers.last().is_some_and(|h| h.typ.is_some()) {
            self.emit(Op::Reraise);
        }
        Ok(())
    }

    #[inline(never)] // see `stmt_inner`
    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        is_star: bool,
    ) -> CResult {
        let h = self.new_label();
        let end = self.new_label();
        self.emit(Op::SetupExcept(h.0));
        self.unit().fblocks.push(FBlock::TryExcept);
        self.body(body)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.body(orelse)?;
        self.emit(Op::Jump(end.0));
        self.bind(h);
        if is_star {
            self.star_handlers(handlers, end)?;
        } else {
            self.handlers(handlers, end)?;
        }
        self.bind(end);
        Ok(())
    }

    #[inline(never)] // see `stmt_inner`
    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        is_star: bool,
    ) -> CResult {
        let f = self.new_label();
        let end = self.new_label();
        self.emit(Op::SetupFinally(f.0));
        self.unit().fblocks.push(FBlock::TryFinally(finalbody));
        if handlers.is_empty() {
            self.body(body)?;
        } else {
            let h = self.new_label();
            let after = self.new_label();
            self.emit(Op::SetupExcept(h.0));
            self.unit().fblocks.push(FBlock::TryExcept);
            self.body(body)?;
            self.unit().fblocks.pop();
            self.emit(Op::PopBlock);
            self.body(orelse)?;
            self.unit().fblocks.pop();
            self.emit(Op::PopBlock);
            self.body(finalbody)?;
            self.emit(Op::Jump(end.0));
            self.unit().fblocks.push(FBlock::TryFinally(finalbody));
            self.bind(h);
            if is_star {
                self.star_handlers(handlers, after)?;
            } else {
                self.handlers(handlers, after)?;
            }
            self.bind(after);
        }
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.body(finalbody)?;
        self.emit(Op::Jump(end.0));
        self.bind(f);
        self.unit().fblocks.push(FBlock::FinallyExc);
        self.body(finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Op::Reraise);
        self.bind(end);
        Ok(())
    }
}

fn is_const_true(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(Constant::True) => true,
        ExprKind::Constant(Constant::Int(i)) => *i != 0,
        _ => false,
    }
}

/// CPython's name for an expression kind in "cannot assign to ..." messages.
pub(super) fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Call { .. } => "function call",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::True) => "True",
        ExprKind::Constant(Constant::False) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::JoinedStr(_) => "f-string expression",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Slice { .. } => "slice",
    }
}

impl Compiler<'_, '_> {
    /// `a, b = x, y` into distinct locals: the rotations from `from` on dropped and the
    /// stores reversed (`StoreFast(b) StoreFast(a)`), which stores the same values without
    /// the rotations' dispatches. Other targets keep their left-to-right order, which code
    /// can observe (a class namespace's `__setitem__`, globals' key order, setters).
    fn unrotate_local_stores(&mut self, from: usize) {
        let u = self.unit();
        let tail = &u.ops[from..];
        let rotations = tail.iter().take_while(|op| matches!(op, Op::Rot2 | Op::Rot3)).count();
        let stores = &tail[rotations..];
        let mut slots: Vec<u32> =
            stores.iter().filter_map(|op| if let Op::StoreFast(i) = op { Some(*i) } else { None }).collect();
        if slots.len() != stores.len() {
            return;
        }
        slots.sort_unstable();
        slots.dedup();
        if slots.len() != stores.len() {
            return;
        }
        u.ops.drain(from..from + rotations);
        u.positions.drain(from..from + rotations);
        u.ops[from..].reverse();
        u.positions[from..].reverse();
    }
}

/// The width of `a, b[, c] = x, y[, z]` (one target, tuple display on the right, same
/// length 2 or 3, nothing starred), which compiles without building the tuple.
fn swap_width(targets: &[Expr], value: &Expr) -> Option<usize> {
    let [target] = targets else { return None };
    let (ExprKind::Tuple(items) | ExprKind::List(items)) = &target.kind else { return None };
    let ExprKind::Tuple(values) = &value.kind else { return None };
    let starred = |e: &Expr| matches!(e.kind, ExprKind::Starred(_));
    let n = items.len();
    (n == values.len() && (2..=3).contains(&n) && !items.iter().any(starred) && !values.iter().any(starred))
        .then_some(n)
}

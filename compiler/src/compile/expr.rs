//! Expressions.

use num_bigint::BigInt;

use super::scope::{CompKind, NameScope};
use super::*;

impl<'v, 'a> Compiler<'v, 'a> {
    pub(super) fn expr(&mut self, e: &'a Expr) -> CResult {
        let saved = self.set_pos(e.span);
        let r = self.expr_inner(e);
        self.restore_pos(saved);
        r
    }

    pub(super) fn subscript_key(&mut self, key: &'a Expr) -> CResult {
        if matches!(key.kind, ExprKind::Starred(_)) {
            // `x[*ts]` subscripts with the tuple `(*ts,)`.
            return self.sequence(std::slice::from_ref(key), SeqKind::Tuple);
        }
        self.expr(key)
    }

    /// Pushes the bounds of a slice key (`x[a:b]`, `x[a:b:c]`) for the slice instructions and
    /// returns their count, or `None` (nothing pushed) for any other key.
    pub(super) fn slice_bounds(&mut self, key: &'a Expr) -> CResult<Option<u32>> {
        let ExprKind::Slice { lower, upper, step } = &key.kind else { return Ok(None) };
        let saved = self.set_pos(key.span);
        let r = self.slice_parts(lower, upper, step);
        self.restore_pos(saved);
        r.map(Some)
    }

    fn slice_parts(
        &mut self,
        lower: &'a Option<Box<Expr>>,
        upper: &'a Option<Box<Expr>>,
        step: &'a Option<Box<Expr>>,
    ) -> CResult<u32> {
        for part in [lower, upper] {
            match part {
                Some(x) => self.expr(x)?,
                None => self.emit(Op::LoadNone),
            }
        }
        match step {
            Some(s) => {
                self.expr(s)?;
                Ok(3)
            }
            None => Ok(2),
        }
    }

    /// `-<constant>` folded into one constant, as CPython folds it; false (nothing emitted) for
    /// a constant that does not fold. Out of line (see `stmt_inner`).
    #[inline(never)]
    fn negated_constant(&mut self, c: &Constant) -> bool {
        match c {
            Constant::Int(i) => {
                match i.checked_neg() {
                    Some(n) => self.load_int(n),
                    None => {
                        let b = -BigInt::from(*i);
                        let idx = self.add_const_value(None, |vm| vm.new_bigint(b));
                        self.emit(Op::LoadConst(idx));
                    }
                }
                true
            }
            Constant::BigInt(b) => {
                let b = -b.clone();
                let idx = self.add_const_value(None, |vm| vm.new_bigint(b));
                self.emit(Op::LoadConst(idx));
                true
            }
            Constant::Float(f) => {
                self.load_constant(&Constant::Float(-f));
                true
            }
            _ => false,
        }
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::Name(n) => self.name_op(n, Ctx::Load),
            ExprKind::Constant(c) => self.load_constant(c),
            ExprKind::JoinedStr(parts) => {
                let n = self.fstring_parts(parts)?;
                match n {
                    0 => self.load_str(""),
                    1 => {}
                    _ => self.emit(Op::BuildString(n)),
                }
            }
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        self.emit(match op {
                            BoolOp::And => Op::JumpIfFalseOrPop(end.0),
                            BoolOp::Or => Op::JumpIfTrueOrPop(end.0),
                        });
                    }
                }
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Dup);
                self.store(target)?;
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Op::BinaryOp(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                if *op == UnaryOp::USub
                    && let ExprKind::Constant(c) = &operand.kind
                    && self.negated_constant(c)
                {
                    return Ok(());
                }
                self.expr(operand)?;
                self.emit(match op {
                    UnaryOp::Invert => Op::UnaryInvert,
                    UnaryOp::Not => Op::UnaryNot,
                    UnaryOp::UAdd => Op::UnaryPos,
                    UnaryOp::USub => Op::UnaryNeg,
                });
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let els = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, els)?;
                self.expr(body)?;
                self.emit(Op::Jump(end.0));
                self.bind(els);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values)?,
            ExprKind::Set(items) => self.sequence(items, SeqKind::Set)?,
            ExprKind::List(items) => self.sequence(items, SeqKind::List)?,
            ExprKind::Tuple(items) => self.sequence(items, SeqKind::Tuple)?,
            ExprKind::ListComp { elt, generators } => self.comprehension(e, CompKind::List, generators, elt, None)?,
            ExprKind::SetComp { elt, generators } => self.comprehension(e, CompKind::Set, generators, elt, None)?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompKind::Gen, generators, elt, None)?
            }
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(e, CompKind::Dict, generators, key, Some(value))?
            }
            ExprKind::Await(v) => {
                if !self.unit_ref().kind.is_function_like() {
                    return Err(err_at("'await' outside function", e.span));
                }
                self.expr(v)?;
                self.emit(Op::GetAwaitable);
                self.emit(Op::LoadNone);
                let end = self.new_label();
                self.note_suspension();
                self.emit(Op::Send(end.0));
                self.bind(end);
            }
            ExprKind::Yield(v) => {
                if !self.unit_ref().kind.is_function_like() {
                    return Err(err_at("'yield' outside function", e.span));
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.emit(Op::LoadNone),
                }
                self.note_suspension();
                self.emit(Op::YieldValue);
            }
            ExprKind::YieldFrom(v) => {
                if !self.unit_ref().kind.is_function_like() {
                    return Err(err_at("'yield' outside function", e.span));
                }
                self.expr(v)?;
                self.emit(Op::GetYieldFromIter);
                self.emit(Op::LoadNone);
                let end = self.new_label();
                self.note_suspension();
                self.emit(Op::Send(end.0));
                self.bind(end);
            }
            ExprKind::Compare { left, ops, comparators } => self.compare(left, ops, comparators)?,
            ExprKind::Call { func, args, keywords } => self.call(func, args, keywords)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let a = self.mangle(attr);
                let i = self.name_index(&a);
                self.emit(Op::LoadAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                match self.slice_bounds(slice)? {
                    Some(n) => self.emit(Op::BinarySlice(n)),
                    None => {
                        self.subscript_key(slice)?;
                        self.emit(Op::Subscr);
                    }
                }
            }
            ExprKind::Starred(_) => {
                return Err(err_at("can't use starred expression here", e.span));
            }
            ExprKind::Slice { lower, upper, step } => {
                let n = self.slice_parts(lower, upper, step)?;
                self.emit(Op::BuildSlice(n));
            }
        }
        Ok(())
    }

    /// Pushes the pieces of an f-string (formatted values and literal text); returns how
    /// many strings were pushed.
    fn fstring_parts(&mut self, parts: &'a [FStringPart]) -> CResult<u32> {
        let mut n = 0;
        for p in parts {
            match p {
                FStringPart::Literal(s) => {
                    if s.is_empty() {
                        continue;
                    }
                    self.load_str(s);
                    n += 1;
                }
                FStringPart::Field { value, conversion, format_spec, span } => {
                    self.expr(value)?;
                    let mut flags = match conversion {
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        _ => 0,
                    };
                    if let Some(spec) = format_spec {
                        let k = self.fstring_parts(spec)?;
                        match k {
                            0 => self.load_str(""),
                            1 => {}
                            _ => self.emit(Op::BuildString(k)),
                        }
                        flags |= 4;
                    }
                    let outer = self.set_pos(*span);
                    self.emit(Op::FormatValue(flags));
                    self.restore_pos(outer);
                    n += 1;
                }
            }
        }
        Ok(n)
    }

    /// Jumps to `target` when the truth value of `e` equals `cond` (the value is consumed).
    pub(super) fn jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) -> CResult {
        match &e.kind {
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => return self.jump_if(operand, !cond, target),
            ExprKind::BoolOp { op, values } if !values.is_empty() => {
                let is_and = *op == BoolOp::And;
                let (last, init) = values.split_last().expect("non-empty");
                if is_and != cond {
                    // `and` jumping when false / `or` jumping when true: any operand decides.
                    for v in values {
                        self.jump_if(v, cond, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    for v in init {
                        self.jump_if(v, !cond, skip)?;
                    }
                    self.jump_if(last, cond, target)?;
                    self.bind(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        let saved = self.set_pos(e.span);
        self.emit(if cond { Op::JumpIfTrue(target.0) } else { Op::JumpIfFalse(target.0) });
        self.restore_pos(saved);
        Ok(())
    }

    #[inline(never)] // see `stmt_inner`
    fn compare(&mut self, left: &'a Expr, ops: &'a [CmpOp], comparators: &'a [Expr]) -> CResult {
        self.expr(left)?;
        if ops.len() == 1 && comparators.len() == 1 {
            self.expr(&comparators[0])?;
            self.emit(Op::Compare(ops[0]));
            return Ok(());
        }
        let n = ops.len().min(comparators.len());
        let clean = self.new_label();
        let end = self.new_label();
        for i in 0..n {
            self.expr(&comparators[i])?;
            if i + 1 < n {
                self.emit(Op::Dup);
                self.emit(Op::Rot3);
                self.emit(Op::Compare(ops[i]));
                self.emit(Op::JumpIfFalseOrPop(clean.0));
            } else {
                self.emit(Op::Compare(ops[i]));
            }
        }
        self.emit(Op::Jump(end.0));
        self.bind(clean);
        self.emit(Op::Rot2);
        self.emit(Op::Pop);
        self.bind(end);
        Ok(())
    }

    #[inline(never)] // see `stmt_inner`
    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let has_unpack = keys.iter().any(|k| k.is_none());
        if !has_unpack {
            for (k, v) in keys.iter().zip(values) {
                if let Some(k) = k {
                    self.expr(k)?;
                }
                self.expr(v)?;
            }
            self.emit(Op::BuildMap(keys.len() as u32));
            return Ok(());
        }
        let mut started = false;
        let mut pending = 0u32;
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 || !started {
                        self.emit(Op::BuildMap(pending));
                        if started {
                            self.emit(Op::DictUpdate(1));
                        }
                        started = true;
                        pending = 0;
                    }
                    self.expr(v)?;
                    self.emit(Op::DictUpdate(1));
                }
            }
        }
        if pending > 0 {
            self.emit(Op::BuildMap(pending));
            self.emit(Op::DictUpdate(1));
        }
        Ok(())
    }

    /// The values of `items` when all are hashable scalar literals.
    fn scalar_constants(&mut self, items: &[Expr]) -> Option<Vec<Value>> {
        let mut out = Vec::with_capacity(items.len());
        for e in items {
            out.push(self.fold_scalar(e)?);
        }
        Some(out)
    }

    /// Evaluates a literal, or small arithmetic on literals (`2**61 - 1`), at compile time
    /// the way CPython's constant folder does; `None` for anything else.
    fn fold_scalar(&mut self, e: &Expr) -> Option<Value> {
        match &e.kind {
            ExprKind::UnaryOp { op: UnaryOp::USub, operand } => {
                let v = self.fold_scalar(operand)?;
                if !matches!(v, Value::Int(_) | Value::Float(_)) && self.vm.to_bigint(v).is_none() {
                    return None;
                }
                return self.vm.unary_neg(v).ok();
            }
            ExprKind::Tuple(items) => {
                let mut vals = Vec::with_capacity(items.len());
                for i in items {
                    vals.push(self.fold_scalar(i)?);
                }
                return Some(self.vm.new_tuple(vals));
            }
            ExprKind::BinOp { left, op, right } => {
                let (a, b) = (self.fold_scalar(left)?, self.fold_scalar(right)?);
                let numeric = |v: Value| matches!(v, Value::Int(_) | Value::Float(_));
                if !numeric(a) || !numeric(b) {
                    return None;
                }
                // Keep folded results small, like CPython's limits.
                if matches!(op, BinOp::Pow | BinOp::LShift) && !matches!(b, Value::Int(0..=128)) {
                    return None;
                }
                return self.vm.binop(a, b, *op).ok();
            }
            _ => {}
        }
        let ExprKind::Constant(c) = &e.kind else { return None };
        Some(match c {
            Constant::None => Value::None,
            Constant::True => Value::Bool(true),
            Constant::False => Value::Bool(false),
            Constant::Int(i) => Value::Int(*i),
            Constant::BigInt(b) => self.vm.new_bigint(b.clone()),
            Constant::Float(f) => Value::Float(*f),
            Constant::Str(s) => self.vm.new_str(s.as_str()),
            Constant::Bytes(b) => self.vm.new_bytes(b.clone()),
            _ => return None,
        })
    }

    fn sequence(&mut self, items: &'a [Expr], kind: SeqKind) -> CResult {
        let star = items.iter().position(|e| matches!(e.kind, ExprKind::Starred(_)));
        let Some(first_star) = star else {
            if kind == SeqKind::Set
                && items.len() >= 3
                && let Some(values) = self.scalar_constants(items)
            {
                // Like CPython: a constant set display is a frozenset constant merged into a
                // new set, which fixes the iteration order CPython prints.
                // CPython builds the frozenset, then rebuilds it from its own iteration order
                // when it merges code constants; both steps shape the final order.
                let i = self.add_const_value(None, |vm| {
                    let mut fs = vm.new_frozenset();
                    let mut items = values;
                    for _ in 0..2 {
                        fs = vm.new_frozenset();
                        for v in items {
                            let _ = vm.set_add(fs, v);
                        }
                        items = vm.heap.set_items(fs);
                    }
                    fs
                });
                self.emit(Op::BuildSet(0));
                self.emit(Op::LoadConst(i));
                self.emit(Op::SetUpdate(1));
                return Ok(());
            }
            for i in items {
                self.expr(i)?;
            }
            let n = items.len() as u32;
            self.emit(match kind {
                SeqKind::Tuple => Op::BuildTuple(n),
                SeqKind::List => Op::BuildList(n),
                SeqKind::Set => Op::BuildSet(n),
            });
            return Ok(());
        };
        for i in &items[..first_star] {
            self.expr(i)?;
        }
        let n = first_star as u32;
        self.emit(if kind == SeqKind::Set { Op::BuildSet(n) } else { Op::BuildList(n) });
        for i in &items[first_star..] {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(if kind == SeqKind::Set { Op::SetUpdate(1) } else { Op::ListExtend(1) });
                }
                _ => {
                    self.expr(i)?;
                    self.emit(if kind == SeqKind::Set { Op::SetAdd(1) } else { Op::ListAppend(1) });
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit(Op::ListToTuple);
        }
        Ok(())
    }

    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult {
        let mut seen: Vec<&str> = Vec::new();
        for k in keywords {
            if let Some(a) = &k.arg {
                if seen.contains(&a.as_str()) {
                    return Err(err_at(format!("keyword argument repeated: {a}"), k.span));
                }
                seen.push(a);
            }
        }
        if self.zero_arg_super(func, args, keywords)? || self.fold_call(func, args, keywords)? {
            return Ok(());
        }
        let simple_pos = !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) && args.len() < 256;
        let simple = keywords.is_empty() && simple_pos;
        // `obj.m(...)` with plain arguments: the method loaded unbound with its receiver, no
        // bound method made (with `k=v` keywords too, their names in a constant tuple).
        let plain_keywords = keywords.iter().all(|k| k.arg.is_some());
        if let (ExprKind::Attribute { value, attr }, true) = (&func.kind, simple_pos && plain_keywords) {
            self.expr(value)?;
            let saved = self.set_pos(func.span);
            let a = self.mangle(attr);
            let i = self.name_index(&a);
            self.emit(Op::LoadMethod(i));
            self.restore_pos(saved);
            for a in args {
                self.expr(a)?;
            }
            if simple {
                self.emit(Op::CallMethod(args.len() as u32));
                return Ok(());
            }
            self.keyword_values_and_names(keywords)?;
            self.emit(Op::CallMethodKw((args.len() + keywords.len()) as u32));
            return Ok(());
        }
        self.expr(func)?;
        self.call_args(0, args, keywords)
    }

    /// Pushes the values of plain `k=v` keywords, then the tuple of their names (what
    /// `CallKw` and `CallMethodKw` take after the positional arguments).
    fn keyword_values_and_names(&mut self, keywords: &'a [Keyword]) -> CResult<()> {
        let mut names = Vec::new();
        for k in keywords {
            self.expr(&k.value)?;
            names.push(k.arg.clone().unwrap_or_default());
        }
        let t = self.const_names_tuple(&names);
        self.emit(Op::LoadConst(t));
        Ok(())
    }

    /// `super()` inside a method: `super(__class__, <first argument>)`, when the name can
    /// only mean the built-in (no scope of the module binds `super`); otherwise a plain call,
    /// whose callee is then called with no arguments as in CPython (the built-in reads the
    /// frame).
    fn zero_arg_super(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult<bool> {
        let ExprKind::Name(n) = &func.kind else {
            return Ok(false);
        };
        if n != "super" || !args.is_empty() || !keywords.is_empty() {
            return Ok(false);
        }
        let u = self.unit_ref();
        if !u.kind.is_function_like() || u.argcount == 0 {
            return Ok(false);
        }
        let scope = &self.st.scopes[u.scope];
        if scope.lookup("super") != NameScope::GlobalImplicit || self.st.binds_anywhere("super") {
            return Ok(false);
        }
        if !matches!(scope.lookup("__class__"), NameScope::Free | NameScope::Cell) {
            return Ok(false);
        }
        let Some(first) = scope.params.first().cloned() else {
            return Ok(false);
        };
        let Some(cls) = self.deref_index("__class__") else {
            return Ok(false);
        };
        self.name_op("super", Ctx::Load);
        self.emit(Op::LoadDeref(cls));
        self.name_op(&first, Ctx::Load);
        self.emit(Op::Call(2));
        Ok(true)
    }

    /// Pushes arguments and emits the call, `npushed` positional arguments being already on
    /// the stack above the callable.
    pub(super) fn call_args(&mut self, npushed: u32, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult {
        let has_star =
            args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) || keywords.iter().any(|k| k.arg.is_none());
        if !has_star {
            for a in args {
                self.expr(a)?;
            }
            let n = npushed + args.len() as u32;
            if keywords.is_empty() {
                self.emit(Op::Call(n));
            } else {
                self.keyword_values_and_names(keywords)?;
                self.emit(Op::CallKw(n + keywords.len() as u32));
            }
            return Ok(());
        }
        // `f(*xs)`: CallEx takes `xs` as it is (a tuple needs no copy; anything else is
        // collected there, and an error names `f` as CPython's does).
        if let ([Expr { kind: ExprKind::Starred(inner), .. }], 0) = (args, npushed) {
            self.expr(inner)?;
        } else {
            self.star_positional_tuple(npushed, args)?;
        }
        if keywords.is_empty() {
            self.emit(Op::CallEx(0));
            return Ok(());
        }
        self.emit(Op::BuildMap(0));
        let mut pending = 0u32;
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.load_str(name);
                    self.expr(&k.value)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 {
                        self.emit(Op::BuildMap(pending));
                        self.emit(Op::DictMerge(1));
                        pending = 0;
                    }
                    self.expr(&k.value)?;
                    self.emit(Op::DictMerge(1));
                }
            }
        }
        if pending > 0 {
            self.emit(Op::BuildMap(pending));
            self.emit(Op::DictMerge(1));
        }
        self.emit(Op::CallEx(1));
        Ok(())
    }

    /// The positional arguments of a call with `*` parts, as one tuple (the `npushed` values
    /// on the stack first).
    fn star_positional_tuple(&mut self, npushed: u32, args: &'a [Expr]) -> CResult {
        self.emit(Op::BuildList(npushed));
        for a in args {
            match &a.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(Op::ListExtend(1));
                }
                _ => {
                    self.expr(a)?;
                    self.emit(Op::ListAppend(1));
                }
            }
        }
        self.emit(Op::ListToTuple);
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &'a Expr,
        kind: CompKind,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        let Some(sid) = self.st.scope_of(e) else {
            return Err(err_at("internal compiler error: unknown scope", e.span));
        };
        if self.st.scopes[sid].inlined {
            return self.comprehension_inline(sid, kind, generators, elt, value);
        }
        let qual = self.qualname_for(kind.code_name());
        self.push_unit(sid, kind.code_name(), qual, e.span.line);
        self.unit().argcount = 1;
        self.unit().pos = pos_of(e.span);
        match kind {
            CompKind::List => self.emit(Op::BuildList(0)),
            CompKind::Set => self.emit(Op::BuildSet(0)),
            CompKind::Dict => self.emit(Op::BuildMap(0)),
            CompKind::Gen => {}
        }
        let i = self.var_index(".0");
        self.emit(Op::LoadFast(i));
        self.comp_loop(kind, generators, 0, elt, value)?;
        if kind == CompKind::Gen {
            self.emit(Op::LoadNone);
        }
        self.emit(Op::Return);
        let code = self.pop_unit()?;
        self.make_function(code, 0, e.span)?;
        self.first_iter(&generators[0])?;
        self.emit(Op::Call(1));
        if self.st.scopes[sid].is_async && kind != CompKind::Gen {
            self.await_top();
        }
        Ok(())
    }

    /// A list, set or dict comprehension run in the enclosing function's frame (PEP 709), as
    /// CPython 3.12+ does: no function object, frame or call per evaluation. Its own names
    /// live in hidden slots of this unit (shown under their own names by `locals()` and
    /// `UnboundLocalError`), so an outer variable of the same name is never touched; the
    /// slots are cleared afterwards, as CPython restores the outer binding.
    fn comprehension_inline(
        &mut self,
        sid: usize,
        kind: CompKind,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        match kind {
            CompKind::List => self.emit(Op::BuildList(0)),
            CompKind::Set => self.emit(Op::BuildSet(0)),
            _ => self.emit(Op::BuildMap(0)),
        }
        self.first_iter(&generators[0])?;
        let names = self.st.scopes[sid].other_locals();
        let mut slots = Vec::with_capacity(names.len());
        for name in names {
            let spare = self.unit_ref().spare_slots.iter().position(|(n, _)| *n == name);
            let slot = match spare {
                Some(k) => self.unit().spare_slots.swap_remove(k).1,
                None => {
                    let u = self.unit();
                    u.varnames.push(name.clone());
                    u.varnames.len() as u32 - 1
                }
            };
            slots.push((name, slot));
        }
        // On an exception the slots are cleared too, then it goes on unchanged (`Reraise`
        // adds no traceback entry): `locals()` in a handler must not see them.
        let on_error = self.new_label();
        self.emit(Op::SetupFinally(on_error.0));
        self.unit().inlined.push((sid, slots));
        let done = self.comp_loop(kind, generators, 0, elt, value);
        let (_, slots) = self.unit().inlined.pop().expect("inline comprehension");
        done?;
        self.emit(Op::PopBlock);
        let end = self.new_label();
        for (_, slot) in &slots {
            self.emit(Op::ClearFast(*slot));
        }
        self.emit(Op::Jump(end.0));
        self.bind(on_error);
        for (_, slot) in &slots {
            self.emit(Op::ClearFast(*slot));
        }
        self.emit(Op::Reraise);
        self.bind(end);
        self.unit().spare_slots.extend(slots);
        Ok(())
    }

    /// The iterator of a comprehension's first `for`, made in the enclosing scope (a
    /// non-iterable is reported at the iterable, as CPython does).
    pub(super) fn first_iter(&mut self, g: &'a Comprehension) -> CResult {
        self.expr(&g.iter)?;
        let saved = self.set_pos(g.iter.span);
        self.emit(if g.is_async { Op::GetAIter } else { Op::GetIter });
        self.restore_pos(saved);
        Ok(())
    }

    pub(super) fn comp_loop(
        &mut self,
        kind: CompKind,
        generators: &'a [Comprehension],
        gi: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        let g = &generators[gi];
        // The first iterator is already on the stack (an argument, or made inline).
        if gi > 0 {
            self.expr(&g.iter)?;
            let saved = self.set_pos(g.iter.span);
            self.emit(if g.is_async { Op::GetAIter } else { Op::GetIter });
            self.restore_pos(saved);
        }
        let top = self.new_label();
        let end = self.new_label();
        self.bind(top);
        if g.is_async {
            self.emit(Op::SetupExcept(end.0));
            self.emit(Op::GetANext);
            self.emit(Op::LoadNone);
            let got = self.new_label();
            self.emit(Op::Send(got.0));
            self.bind(got);
            self.emit(Op::PopBlock);
        } else {
            self.emit(Op::ForIter(end.0));
        }
        self.store(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, top)?;
        }
        if gi + 1 < generators.len() {
            self.comp_loop(kind, generators, gi + 1, elt, value)?;
        } else {
            let depth = generators.len() as u32 + 1;
            match kind {
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend(depth));
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd(depth));
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(Op::MapAdd(depth));
                }
                CompKind::Gen => {
                    self.expr(elt)?;
                    self.emit(Op::YieldValue);
                    self.emit(Op::Pop);
                }
            }
        }
        self.emit(Op::Jump(top.0));
        self.bind(end);
        if g.is_async {
            self.emit(Op::EndAsyncFor);
        }
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    Tuple,
    List,
    Set,
}

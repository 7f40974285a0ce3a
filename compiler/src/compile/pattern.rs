//! `match` statements.
//!
//! Each case matches against a copy of the subject. A pattern consumes the value on top of
//! the stack; on failure it jumps to `fail_pop[n]`, where `n` is the number of items it left
//! above the case's base, and the failure path pops them one by one. Captured names are
//! stored as soon as their sub-pattern matched.

use super::*;

struct PatCtx {
    fail_pop: Vec<Label>,
    /// Items above the case's base (the value being matched included).
    on_top: usize,
}

impl<'v, 'a> Compiler<'v, 'a> {
    #[inline(never)] // see `stmt_inner`
    pub(super) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult {
        self.expr(subject)?;
        let end = self.new_label();
        for (i, case) in cases.iter().enumerate() {
            let last = i + 1 == cases.len();
            let p = self.set_pos(case.pattern.span);
            if !last {
                self.emit(Op::Dup);
            }
            let mut ctx = PatCtx { fail_pop: Vec::new(), on_top: 1 };
            self.pattern(&case.pattern, &mut ctx)?;
            if let Some(g) = &case.guard {
                let l = self.fail_label(&mut ctx, 0);
                self.jump_if(g, false, l)?;
            }
            if !last {
                self.emit(Op::Pop);
            }
            self.restore_pos(p);
            self.body(&case.body)?;
            self.emit(Op::Jump(end.0));
            self.emit_fail_pops(&mut ctx);
        }
        if cases.is_empty() {
            self.emit(Op::Pop);
        }
        self.bind(end);
        Ok(())
    }

    fn fail_label(&mut self, ctx: &mut PatCtx, n: usize) -> Label {
        while ctx.fail_pop.len() <= n {
            let l = self.new_label();
            ctx.fail_pop.push(l);
        }
        ctx.fail_pop[n]
    }

    fn emit_fail_pops(&mut self, ctx: &mut PatCtx) {
        let _ = self.fail_label(ctx, 0);
        for k in (1..ctx.fail_pop.len()).rev() {
            self.bind(ctx.fail_pop[k]);
            self.emit(Op::Pop);
        }
        self.bind(ctx.fail_pop[0]);
    }

    /// `[... bool]`: pops the condition and jumps to the failure path when false.
    fn fail_if_false(&mut self, ctx: &mut PatCtx) {
        ctx.on_top -= 1;
        let l = self.fail_label(ctx, ctx.on_top);
        self.emit(Op::JumpIfFalse(l.0));
    }

    fn pattern(&mut self, p: &'a Pattern, ctx: &mut PatCtx) -> CResult {
        let saved = self.set_pos(p.span);
        let r = self.pattern_inner(p, ctx);
        self.restore_pos(saved);
        r
    }

    fn capture(&mut self, name: &Option<String>, ctx: &mut PatCtx) {
        match name {
            Some(n) => self.name_op(n, Ctx::Store),
            None => self.emit(Op::Pop),
        }
        ctx.on_top -= 1;
    }

    fn pattern_inner(&mut self, p: &'a Pattern, ctx: &mut PatCtx) -> CResult {
        match &p.kind {
            PatternKind::MatchAs { pattern: None, name } | PatternKind::MatchStar(name) => self.capture(name, ctx),
            PatternKind::MatchAs { pattern: Some(inner), name } => {
                if name.is_some() {
                    self.emit(Op::Dup);
                    ctx.on_top += 1;
                }
                self.pattern(inner, ctx)?;
                if name.is_some() {
                    self.capture(name, ctx);
                }
            }
            PatternKind::MatchValue(e) => {
                self.expr(e)?;
                self.emit(Op::Compare(CmpOp::Eq));
                self.fail_if_false(ctx);
            }
            PatternKind::MatchSingleton(c) => {
                self.load_constant(c);
                self.emit(Op::Compare(CmpOp::Is));
                self.fail_if_false(ctx);
            }
            PatternKind::MatchSequence(items) => {
                let stars: Vec<usize> = items
                    .iter()
                    .enumerate()
                    .filter(|(_, q)| matches!(q.kind, PatternKind::MatchStar(_)))
                    .map(|(i, _)| i)
                    .collect();
                if stars.len() > 1 {
                    return Err(err_at("multiple starred names in sequence pattern", p.span));
                }
                self.emit(Op::MatchSequence);
                ctx.on_top += 1;
                self.fail_if_false(ctx);
                let n = items.len();
                self.emit(Op::GetLen);
                ctx.on_top += 1;
                match stars.first() {
                    Some(_) => {
                        self.load_int(n as i64 - 1);
                        self.emit(Op::Compare(CmpOp::GtE));
                    }
                    None => {
                        self.load_int(n as i64);
                        self.emit(Op::Compare(CmpOp::Eq));
                    }
                }
                self.fail_if_false(ctx);
                match stars.first() {
                    Some(&i) => {
                        let after = n - i - 1;
                        if i > u16::MAX as usize || after > u16::MAX as usize {
                            return Err(err_at("too many sub-patterns in sequence pattern", p.span));
                        }
                        self.emit(Op::UnpackEx(i as u16, after as u16));
                    }
                    None => self.emit(Op::UnpackSequence(n as u32)),
                }
                ctx.on_top = ctx.on_top + n - 1;
                for q in items {
                    self.pattern(q, ctx)?;
                }
            }
            PatternKind::MatchMapping { keys, patterns, rest } => {
                self.emit(Op::MatchMapping);
                ctx.on_top += 1;
                self.fail_if_false(ctx);
                if keys.is_empty() && rest.is_none() {
                    self.emit(Op::Pop);
                    ctx.on_top -= 1;
                    return Ok(());
                }
                if !keys.is_empty() {
                    self.emit(Op::GetLen);
                    ctx.on_top += 1;
                    self.load_int(keys.len() as i64);
                    self.emit(Op::Compare(CmpOp::GtE));
                    self.fail_if_false(ctx);
                }
                for k in keys {
                    self.expr(k)?;
                }
                self.emit(Op::BuildTuple(keys.len() as u32));
                ctx.on_top += 1;
                self.emit(Op::MatchKeys);
                ctx.on_top += 1;
                self.emit(Op::Dup);
                self.emit(Op::LoadNone);
                self.emit(Op::Compare(CmpOp::IsNot));
                ctx.on_top += 1;
                self.fail_if_false(ctx);
                self.emit(Op::UnpackSequence(keys.len() as u32));
                ctx.on_top = ctx.on_top + keys.len() - 1;
                for q in patterns {
                    self.pattern(q, ctx)?;
                }
                match rest {
                    Some(r) => {
                        self.emit(Op::CopyDictWithoutKeys);
                        ctx.on_top -= 1;
                        self.name_op(r, Ctx::Store);
                        ctx.on_top -= 1;
                    }
                    None => {
                        self.emit(Op::Pop);
                        self.emit(Op::Pop);
                        ctx.on_top -= 2;
                    }
                }
            }
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
                self.expr(cls)?;
                let t = self.const_names_tuple(kwd_attrs);
                self.emit(Op::LoadConst(t));
                self.emit(Op::MatchClass(patterns.len() as u32));
                self.emit(Op::Dup);
                self.emit(Op::LoadNone);
                self.emit(Op::Compare(CmpOp::IsNot));
                ctx.on_top += 1;
                self.fail_if_false(ctx);
                let n = patterns.len() + kwd_patterns.len();
                self.emit(Op::UnpackSequence(n as u32));
                ctx.on_top = ctx.on_top + n - 1;
                for q in patterns.iter().chain(kwd_patterns) {
                    self.pattern(q, ctx)?;
                }
            }
            PatternKind::MatchOr(alts) => {
                let end = self.new_label();
                let Some((last, init)) = alts.split_last() else {
                    self.emit(Op::Pop);
                    ctx.on_top -= 1;
                    return Ok(());
                };
                for alt in init {
                    self.emit(Op::Dup);
                    let mut sub = PatCtx { fail_pop: Vec::new(), on_top: 1 };
                    self.pattern(alt, &mut sub)?;
                    self.emit(Op::Pop);
                    self.emit(Op::Jump(end.0));
                    self.emit_fail_pops(&mut sub);
                }
                self.pattern(last, ctx)?;
                self.bind(end);
            }
        }
        Ok(())
    }
}

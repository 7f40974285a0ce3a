//! `try: ... except* T as e: ...` (PEP 654).
//!
//! The handler is entered with `[exc]` (a Handler block active) and keeps
//! `[orig list rest]`: the original exception, the exceptions the clauses raised or
//! re-raised, and what is still unmatched. Each clause runs `CheckEgMatch` on `rest`; its
//! body is guarded by a `SetupExcept` whose handler appends the raised exception to `list`.
//! `ReraiseStar` finally raises the combination (or falls through when all was handled).

use super::*;

const EXCEPT_STAR_EXIT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

impl<'v, 'a> Compiler<'v, 'a> {
    /// `break`/`continue` (`to_loop`) or `return` may not leave an `except*` clause body.
    pub(super) fn check_except_star_exit(&self, to_loop: bool, span: Span) -> CResult {
        for fb in self.unit_ref().fblocks.iter().rev() {
            match fb {
                FBlock::For { .. } | FBlock::While { .. } if to_loop => return Ok(()),
                FBlock::ExceptStar => return Err(err_at(EXCEPT_STAR_EXIT, span)),
                _ => {}
            }
        }
        Ok(())
    }

    /// The `except*` clauses, entered with `[exc]`; leaves for `after` when nothing is left
    /// to raise.
    pub(super) fn star_handlers(&mut self, handlers: &'a [ExceptHandler], after: Label) -> CResult {
        self.emit(Op::Dup);
        self.emit(Op::BuildList(0));
        self.emit(Op::Rot2);
        for h in handlers {
            let p = self.set_pos(h.span);
            let next = self.new_label();
            let done = self.new_label();
            let cleanup = self.new_label();
            if let Some(t) = &h.typ {
                self.expr(t)?;
            }
            self.emit(Op::CheckEgMatch(next.0));
            match &h.name {
                Some(n) => self.name_op(n, Ctx::Store),
                None => self.emit(Op::Pop),
            }
            self.emit(Op::SetupExcept(cleanup.0));
            self.unit().fblocks.push(FBlock::ExceptStar);
            self.body(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Op::PopBlock);
            self.emit(Op::Jump(done.0));
            self.bind(cleanup);
            self.emit(Op::ListAppend(2));
            self.emit(Op::PopExcept);
            self.bind(done);
            if let Some(n) = &h.name {
                self.emit(Op::LoadNone);
                self.name_op(n, Ctx::Store);
                self.name_op(n, Ctx::Del);
            }
            self.bind(next);
            self.restore_pos(p);
        }
        self.emit(Op::ReraiseStar);
        self.emit(Op::PopExcept);
        self.emit(Op::Jump(after.0));
        Ok(())
    }
}

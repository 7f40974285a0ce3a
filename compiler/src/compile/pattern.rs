//! `match` statements.

use super::*;

impl<'v, 'a> Compiler<'v, 'a> {
    pub(super) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult {
        let _ = (subject, cases);
        Err(err_at("'match' is not supported yet", subject.span))
    }
}

//! Future statements: `from __future__ import ...` at the top of a module. They are compile
//! directives as well as ordinary imports (the names are bound from the `__future__` module at
//! run time); `annotations` is the only one that still changes compilation in Python 3.13.

use super::fasthash::Set as HashSet;

use super::{docstring_of, err_at};
use crate::syntax::SyntaxError;
use crate::syntax::ast::{Module, Span, Stmt, StmtKind};

/// Features CPython 3.13 accepts that are always on (or, for `barry_as_FLUFL`, that we
/// refuse by name below).
const MANDATORY: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "generator_stop",
];

#[derive(Default)]
pub(crate) struct Future {
    /// `from __future__ import annotations`: annotations are stored as their source text.
    pub annotations: bool,
    /// Where the well-placed future statements start (line, column); any other is an error.
    placed: HashSet<(u32, u32)>,
}

impl Future {
    /// The module's future statements: those before any other statement but the docstring.
    pub fn scan(module: &Module) -> Result<Future, SyntaxError> {
        let mut f = Future::default();
        let skip = usize::from(docstring_of(&module.body).is_some());
        for s in &module.body[skip..] {
            let StmtKind::ImportFrom { names, .. } = &s.kind else { break };
            if !is_future_import(s) {
                break;
            }
            // CPython points at the statement's first character only.
            let at = Span::new(s.span.line, s.span.col, s.span.line, s.span.col + 1);
            for a in names {
                match a.name.as_str() {
                    "annotations" => f.annotations = true,
                    "braces" => return Err(err_at("not a chance", at)),
                    "barry_as_FLUFL" => {
                        return Err(err_at("future feature barry_as_FLUFL is not supported by Edge Python", at));
                    }
                    name if MANDATORY.contains(&name) => {}
                    name => return Err(err_at(format!("future feature {name} is not defined"), at)),
                }
            }
            f.placed.insert((s.span.line, s.span.col));
        }
        Ok(f)
    }

    /// SyntaxError for a future statement anywhere but the top of the module.
    pub fn check_placement(&self, s: &Stmt) -> Result<(), SyntaxError> {
        if is_future_import(s) && !self.placed.contains(&(s.span.line, s.span.col)) {
            return Err(err_at("from __future__ imports must occur at the beginning of the file", s.span));
        }
        Ok(())
    }
}

fn is_future_import(s: &Stmt) -> bool {
    matches!(&s.kind, StmtKind::ImportFrom { module: Some(m), level: 0, .. } if m == "__future__")
}

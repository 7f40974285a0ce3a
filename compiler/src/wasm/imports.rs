//! Which modules a source text imports, found by walking its AST (every statement, nested
//! bodies included), so the host can fetch and register them before the run.

use crate::syntax::ast::{Stmt, StmtKind};
use crate::syntax::{SyntaxError, parse_module};

/// The modules `source` may import, in first-seen order without duplicates. A relative name
/// keeps its leading dots (`.sibling`, `..pkg.mod`). Names prefixed with `?` only *may* be
/// modules: `from pkg import x` lists `pkg` and `?pkg.x`, since `x` is a submodule or an
/// attribute (the host fetches a `?` name only if it exists).
pub fn list_imports(source: &str) -> Result<Vec<String>, SyntaxError> {
    let module = parse_module(source)?;
    let mut out = Vec::new();
    walk(&module.body, &mut out);
    // The host registers what it lists and the run imports it: that import's parse is this one.
    crate::syntax::ahead::keep(source, module);
    // A builtin defined in Python (`modules/lazy_builtins.rs`) is imported when first named:
    // a source that mentions it needs its module too (a false match only costs a fetch).
    for (name, module) in crate::modules::lazy_builtins::LAZY {
        if mentions(source, name) {
            push(&mut out, (*module).to_string());
        }
    }
    Ok(out)
}

/// `source.contains(name)` by a plain scan of windows: `str::contains` would make the wasm
/// engine compile the two-way string searcher (1.4 KB) on every start for this one use.
fn mentions(source: &str, name: &str) -> bool {
    source.as_bytes().windows(name.len()).any(|w| w == name.as_bytes())
}

fn push(out: &mut Vec<String>, name: String) {
    if !out.contains(&name) {
        out.push(name);
    }
}

fn walk(body: &[Stmt], out: &mut Vec<String>) {
    for stmt in body {
        match &stmt.kind {
            StmtKind::Import(aliases) => {
                for a in aliases {
                    push(out, a.name.clone());
                }
            }
            StmtKind::ImportFrom { module, names, level } => {
                let dots = ".".repeat(*level as usize);
                let base = format!("{dots}{}", module.as_deref().unwrap_or(""));
                // `from . import x` names no module of its own beyond the package.
                push(out, base.clone());
                for a in names.iter().filter(|a| a.name != "*") {
                    let sep = if module.is_some() { "." } else { "" };
                    push(out, format!("?{base}{sep}{}", a.name));
                }
            }
            StmtKind::FunctionDef(f) => walk(&f.body, out),
            // A generic definition's hidden scope imports `typing` (syntax/generics.rs).
            StmtKind::Generic(g) => {
                walk(&g.scope.body, out);
                walk(g.inner.as_slice(), out);
            }
            StmtKind::ClassDef(c) => walk(&c.body, out),
            StmtKind::For { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::If { body, orelse, .. } => {
                walk(body, out);
                walk(orelse, out);
            }
            StmtKind::With { body, .. } => walk(body, out),
            StmtKind::Match { cases, .. } => {
                for c in cases {
                    walk(&c.body, out);
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                walk(body, out);
                for h in handlers {
                    walk(&h.body, out);
                }
                walk(orelse, out);
                walk(finalbody, out);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::list_imports;

    #[test]
    fn imports_everywhere() {
        let src = "import a.b, c as d\nfrom e import f\nfrom s import *\nfrom . import g\nfrom ..h.i import j\n\
                   def fn():\n    import k\nclass C:\n    if x:\n        pass\n    else:\n        import l\n\
                   try:\n    import m\nexcept ImportError:\n    import n\nfinally:\n    import a.b\n";
        let got = list_imports(src).unwrap();
        let want = ["a.b", "c", "e", "?e.f", "s", ".", "?.g", "..h.i", "?..h.i.j", "k", "l", "m", "n"];
        assert_eq!(got, want);
    }

    #[test]
    fn type_parameters_need_typing() {
        assert_eq!(list_imports("import os\ndef f():\n    type X = int\n").unwrap(), ["os", "typing"]);
        assert_eq!(list_imports("class C[T]: pass\n").unwrap(), ["typing"]);
        assert!(list_imports("def f(x: list[int]): pass\n").unwrap().is_empty());
    }

    #[test]
    fn syntax_error() {
        assert!(list_imports("import\n").is_err());
    }
}

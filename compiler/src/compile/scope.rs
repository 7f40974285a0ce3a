//! Symbol-table pass: finds, for every scope, which names are local, global, free or cells.
//!
//! Scopes are keyed by the address of the AST node that opens them (the module, a
//! `FunctionDef`, a `ClassDef`, or the `Lambda`/comprehension `Expr`), so the code generator
//! can find a scope again while walking the same, unchanged tree.

use std::borrow::Cow;

use super::fasthash::{Map as HashMap, Set as HashSet};

use crate::syntax::SyntaxError;
use crate::syntax::ast::*;

pub(crate) type ScopeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    pub(crate) fn is_function_like(self) -> bool {
        matches!(self, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension)
    }
}

const DEF_LOCAL: u16 = 1;
const DEF_PARAM: u16 = 2;
const DEF_GLOBAL: u16 = 4;
const DEF_NONLOCAL: u16 = 8;
const USE: u16 = 16;
const DEF_ANNOT: u16 = 32;
const DEF_COMP_ITER: u16 = 64;

/// Where a name lives, as seen from one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameScope {
    /// Bound in this scope (a fast local, or a namespace entry for module/class bodies).
    Local,
    /// A local of a function captured by an inner scope.
    Cell,
    /// Bound in an enclosing function.
    Free,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound anywhere visible: module globals, then builtins.
    GlobalImplicit,
}

/// Which comprehension a comprehension scope implements (for names and messages).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

impl CompKind {
    pub(crate) fn code_name(self) -> &'static str {
        match self {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        }
    }
    fn describe(self) -> &'static str {
        match self {
            CompKind::List => "list comprehension",
            CompKind::Set => "set comprehension",
            CompKind::Dict => "dict comprehension",
            CompKind::Gen => "generator expression",
        }
    }
}

#[derive(Debug)]
pub(crate) struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<ScopeId>,
    pub children: Vec<ScopeId>,
    flags: HashMap<String, u16>,
    /// Names in first-seen order (for deterministic `varnames`).
    order: Vec<String>,
    /// Parameter names in slot order (posonly, args, kwonly, *args, **kwargs).
    pub params: Vec<String>,
    pub resolved: HashMap<String, NameScope>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub generator: bool,
    pub is_async: bool,
    pub comp: Option<CompKind>,
    /// A list, set or dict comprehension compiled into its enclosing function's code (PEP
    /// 709): its names that resolve `Local` here become hidden slots of that function.
    pub inlined: bool,
    /// Class body or module containing annotated assignments (needs `SetupAnnotations`).
    pub has_annotations: bool,
    /// Name used to mangle `__private` identifiers (the innermost enclosing class).
    pub private: Option<String>,
    return_value: Option<Span>,
    nonlocal_spans: HashMap<String, Span>,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<ScopeId>, private: Option<String>) -> Scope {
        Scope {
            kind,
            parent,
            children: Vec::new(),
            flags: HashMap::default(),
            order: Vec::new(),
            params: Vec::new(),
            resolved: HashMap::default(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            generator: false,
            is_async: false,
            comp: None,
            inlined: false,
            has_annotations: false,
            private,
            return_value: None,
            nonlocal_spans: HashMap::default(),
        }
    }

    /// Resolution of `name` in this scope.
    pub(crate) fn lookup(&self, name: &str) -> NameScope {
        self.resolved.get(name).copied().unwrap_or(NameScope::GlobalImplicit)
    }

    /// Fast locals that are not parameters, in first-seen order.
    pub(crate) fn other_locals(&self) -> Vec<String> {
        self.order
            .iter()
            .filter(|n| self.resolved.get(*n) == Some(&NameScope::Local) && !self.params.contains(n))
            .cloned()
            .collect()
    }
}

pub(crate) struct SymTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    /// The compiler's SyntaxWarnings (line, message), found while walking the tree.
    pub warnings: Vec<(u32, String)>,
}

impl SymTable {
    pub(crate) fn scope_of<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }

    /// Whether any scope of the module binds `name` (assigns, imports, takes it as a
    /// parameter, or declares it `global`/`nonlocal`).
    pub(crate) fn binds_anywhere(&self, name: &str) -> bool {
        let binding = DEF_LOCAL | DEF_PARAM | DEF_GLOBAL | DEF_NONLOCAL;
        self.scopes.iter().any(|s| s.flags.get(name).is_some_and(|f| f & binding != 0))
    }
}

/// `__spam` inside class `Ham` becomes `_Ham__spam`.
/// Borrowed unless it changes: most names are not private, and this runs for every use.
pub(crate) fn mangle<'a>(private: Option<&str>, name: &'a str) -> Cow<'a, str> {
    if let Some(p) = private
        && name.starts_with("__")
        && !name.ends_with("__")
        && !name.contains('.')
    {
        let stripped = p.trim_start_matches('_');
        if !stripped.is_empty() {
            return Cow::Owned(format!("_{stripped}{name}"));
        }
    }
    Cow::Borrowed(name)
}

fn err(msg: impl Into<String>, span: Span) -> SyntaxError {
    let end = if span.end_line == span.line { span.end_col } else { span.col };
    SyntaxError::new(msg, span.line, span.col, end)
}

/// `annotations_as_text`: `from __future__ import annotations` is on, so annotations are
/// never evaluated and their names are no uses.
pub(crate) fn build(module: &Module, annotations_as_text: bool) -> Result<SymTable, SyntaxError> {
    let mut b = Builder {
        st: SymTable { scopes: Vec::new(), by_node: HashMap::default(), warnings: Vec::new() },
        cur: 0,
        annotations_as_text,
    };
    b.st.scopes.push(Scope::new(ScopeKind::Module, None, None));
    b.st.by_node.insert(module as *const Module as usize, 0);
    b.body(&module.body)?;
    let (mut free, mut reads) = (HashSet::default(), HashSet::default());
    analyze(&mut b.st, 0, &HashSet::default(), &mut free, &mut reads)?;
    Ok(b.st)
}

struct Builder {
    st: SymTable,
    cur: ScopeId,
    annotations_as_text: bool,
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.st.scopes[self.cur]
    }

    fn mangled<'n>(&self, name: &'n str) -> Cow<'n, str> {
        mangle(self.st.scopes[self.cur].private.as_deref(), name)
    }

    fn add(&mut self, name: &str, flag: u16) {
        let name = self.mangled(name);
        self.add_raw(self.cur, &name, flag);
    }

    fn add_raw(&mut self, id: ScopeId, name: &str, flag: u16) {
        let s = &mut self.st.scopes[id];
        match s.flags.get_mut(name) {
            Some(f) => *f |= flag,
            None => {
                s.flags.insert(name.to_string(), flag);
                s.order.push(name.to_string());
            }
        }
    }

    fn push_scope(&mut self, kind: ScopeKind, name: &str, key: usize) -> ScopeId {
        let private =
            if kind == ScopeKind::Class { Some(name.to_string()) } else { self.st.scopes[self.cur].private.clone() };
        let id = self.st.scopes.len();
        self.st.scopes.push(Scope::new(kind, Some(self.cur), private));
        self.st.scopes[self.cur].children.push(id);
        self.st.by_node.insert(key, id);
        self.cur = id;
        id
    }

    fn body(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn params(&mut self, args: &Arguments) -> Result<(), SyntaxError> {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .chain(args.vararg.iter())
            .chain(args.kwarg.iter());
        for a in all {
            let name = self.mangled(&a.name);
            if self.scope().params.iter().any(|p| *p == *name) {
                return Err(err(format!("duplicate argument '{}' in function definition", a.name), a.span));
            }
            self.scope().params.push(name.to_string());
            self.add_raw(self.cur, &name, DEF_PARAM | DEF_LOCAL);
        }
        Ok(())
    }

    fn arg_annotations(&mut self, args: &Arguments) -> Result<(), SyntaxError> {
        if self.annotations_as_text {
            return Ok(());
        }
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .chain(args.vararg.iter())
            .chain(args.kwarg.iter());
        for a in all {
            if let Some(ann) = &a.annotation {
                self.expr(ann)?;
            }
        }
        Ok(())
    }

    fn defaults(&mut self, args: &Arguments) -> Result<(), SyntaxError> {
        for d in &args.defaults {
            self.expr(d)?;
        }
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn finish_function(&mut self, id: ScopeId) -> Result<(), SyntaxError> {
        let s = &self.st.scopes[id];
        if s.is_async
            && s.generator
            && let Some(span) = s.return_value
        {
            return Err(err("'return' with value in async generator", span));
        }
        Ok(())
    }

    /// A `def`: its decorators, defaults and annotations here, its body in a new scope.
    /// `bind` is false for the one inside a generic's hidden scope, which stores it nowhere.
    fn function_def(&mut self, f: &FunctionDef, bind: bool) -> Result<(), SyntaxError> {
        for d in &f.decorators {
            self.expr(d)?;
        }
        self.defaults(&f.args)?;
        self.arg_annotations(&f.args)?;
        if let Some(r) = &f.returns
            && !self.annotations_as_text
        {
            self.expr(r)?;
        }
        if bind {
            self.add(&f.name, DEF_LOCAL);
        }
        let saved = self.cur;
        let id = self.push_scope(ScopeKind::Function, &f.name, f as *const FunctionDef as usize);
        self.scope().is_async = f.is_async;
        self.params(&f.args)?;
        self.body(&f.body)?;
        self.finish_function(id)?;
        self.cur = saved;
        Ok(())
    }

    fn class_def(&mut self, c: &ClassDef, bind: bool) -> Result<(), SyntaxError> {
        for d in &c.decorators {
            self.expr(d)?;
        }
        for b in &c.bases {
            self.expr(b)?;
        }
        for k in &c.keywords {
            self.expr(&k.value)?;
        }
        if bind {
            self.add(&c.name, DEF_LOCAL);
        }
        let saved = self.cur;
        self.push_scope(ScopeKind::Class, &c.name, c as *const ClassDef as usize);
        self.body(&c.body)?;
        self.cur = saved;
        Ok(())
    }

    /// `global` names. Out of line: the wasm engine compiles a function whole on its first call,
    /// and a short program may have none.
    #[inline(never)]
    fn global(&mut self, names: &[String], span: Span) -> Result<(), SyntaxError> {
        for n in names {
            let name = self.mangled(n);
            let cur = self.st.scopes[self.cur].flags.get(&*name).copied().unwrap_or(0);
            if cur & DEF_NONLOCAL != 0 {
                return Err(err(format!("name '{n}' is nonlocal and global"), span));
            }
            if let Some(msg) = declared_too_late(n, cur, "global") {
                return Err(err(msg, span));
            }
            self.add_raw(self.cur, &name, DEF_GLOBAL);
        }
        Ok(())
    }

    /// `nonlocal` names. Out of line: the wasm engine compiles a function whole on its first call,
    /// and a short program may have none.
    #[inline(never)]
    fn nonlocal(&mut self, names: &[String], span: Span) -> Result<(), SyntaxError> {
        if self.scope().kind == ScopeKind::Module {
            return Err(err("nonlocal declaration not allowed at module level", span));
        }
        for n in names {
            let name = self.mangled(n);
            let cur = self.st.scopes[self.cur].flags.get(&*name).copied().unwrap_or(0);
            if cur & DEF_GLOBAL != 0 {
                return Err(err(format!("name '{n}' is nonlocal and global"), span));
            }
            if let Some(msg) = declared_too_late(n, cur, "nonlocal") {
                return Err(err(msg, span));
            }
            self.scope().nonlocal_spans.insert(name.to_string(), span);
            self.add_raw(self.cur, &name, DEF_NONLOCAL);
        }
        Ok(())
    }

    /// `x: T [= v]`. Out of line: the wasm engine compiles a function whole on its first call,
    /// and a short program may have none.
    #[inline(never)]
    fn ann_assign(
        &mut self,
        target: &Expr,
        annotation: &Expr,
        value: Option<&Expr>,
        simple: bool,
    ) -> Result<(), SyntaxError> {
        let kind = self.scope().kind;
        if let ExprKind::Name(n) = &target.kind {
            let name = self.mangled(n);
            let cur = self.st.scopes[self.cur].flags.get(&*name).copied().unwrap_or(0);
            if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && simple {
                let what = if cur & DEF_GLOBAL != 0 { "global" } else { "nonlocal" };
                return Err(err(format!("annotated name '{n}' can't be {what}"), target.span));
            }
            if simple {
                self.add(n, DEF_LOCAL | DEF_ANNOT);
            } else {
                self.add(n, DEF_LOCAL);
            }
        } else {
            self.target(target)?;
        }
        if !kind.is_function_like() {
            self.scope().has_annotations = true;
            if !self.annotations_as_text {
                self.expr(annotation)?;
            }
        }
        if let Some(v) = value {
            self.expr(v)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(f, true)?,
            StmtKind::ClassDef(c) => self.class_def(c, true)?,
            StmtKind::Generic(g) => {
                for d in &g.decorators {
                    self.expr(d)?;
                }
                self.add(&g.target, DEF_LOCAL);
                let saved = self.cur;
                let id = self.push_scope(ScopeKind::Function, &g.scope.name, &g.scope as *const FunctionDef as usize);
                self.body(&g.scope.body)?;
                match g.inner.as_ref().map(|s| &s.kind) {
                    Some(StmtKind::FunctionDef(f)) => self.function_def(f, false)?,
                    Some(StmtKind::ClassDef(c)) => self.class_def(c, false)?,
                    _ => {}
                }
                self.finish_function(id)?;
                self.cur = saved;
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                    if self.scope().return_value.is_none() {
                        self.scope().return_value = Some(s.span);
                    }
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.target(t)?;
                }
                self.expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.target(target)?;
                self.expr(value)?;
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                self.ann_assign(target, annotation, value.as_ref(), *simple)?
            }
            StmtKind::For { target, iter, body, orelse, .. } => {
                self.target(target)?;
                self.expr(iter)?;
                self.body(body)?;
                self.body(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.body(body)?;
                self.body(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.target(v)?;
                    }
                }
                self.body(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for c in cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.body(&c.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                self.body(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add(n, DEF_LOCAL);
                    }
                    self.body(&h.body)?;
                }
                self.body(orelse)?;
                self.body(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                super::warn::assert(test, &mut self.st.warnings);
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(names) => {
                for a in names {
                    let bound = match &a.asname {
                        Some(n) => n.clone(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.add(&bound, DEF_LOCAL);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.scope().kind != ScopeKind::Module {
                            return Err(err("import * only allowed at module level", s.span));
                        }
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name).clone();
                    self.add(&bound, DEF_LOCAL);
                }
            }
            StmtKind::Global(names) => self.global(names, s.span)?,
            StmtKind::Nonlocal(names) => self.nonlocal(names, s.span)?,
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            // Lowered to `Generic` before analysis (syntax/generics.rs).
            StmtKind::TypeAlias { .. } => {}
        }
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern) -> Result<(), SyntaxError> {
        match &p.kind {
            PatternKind::MatchValue(e) => self.expr(e)?,
            PatternKind::MatchSingleton(_) => {}
            PatternKind::MatchSequence(ps) | PatternKind::MatchOr(ps) => {
                for q in ps {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchMapping { keys, patterns, rest } => {
                for k in keys {
                    self.expr(k)?;
                }
                for q in patterns {
                    self.pattern(q)?;
                }
                if let Some(r) = rest {
                    self.add(r, DEF_LOCAL);
                }
            }
            PatternKind::MatchClass { cls, patterns, kwd_patterns, .. } => {
                self.expr(cls)?;
                for q in patterns.iter().chain(kwd_patterns) {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchStar(n) => {
                if let Some(n) = n {
                    self.add(n, DEF_LOCAL);
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = name {
                    self.add(n, DEF_LOCAL);
                }
            }
        }
        Ok(())
    }

    /// A binding target (assignment, `for`, `with ... as`, `del`).
    fn target(&mut self, t: &Expr) -> Result<(), SyntaxError> {
        match &t.kind {
            ExprKind::Name(n) => self.add(n, DEF_LOCAL),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i)?;
                }
            }
            ExprKind::Starred(inner) => self.target(inner)?,
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            // Invalid targets are reported by the code generator; still visit for names.
            _ => self.expr(t)?,
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        kind: CompKind,
        generators: &[Comprehension],
        elts: &[&Expr],
    ) -> Result<(), SyntaxError> {
        let Some(first) = generators.first() else {
            return Ok(());
        };
        self.expr(&first.iter)?;
        let saved = self.cur;
        self.push_scope(ScopeKind::Comprehension, kind.code_name(), e as *const Expr as usize);
        self.scope().comp = Some(kind);
        self.scope().generator = kind == CompKind::Gen;
        self.scope().params.push(".0".to_string());
        self.add_raw(self.cur, ".0", DEF_PARAM | DEF_LOCAL);
        let any_async = generators.iter().any(|g| g.is_async);
        if any_async {
            self.scope().is_async = true;
        }
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.comp_target(&g.target);
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for x in elts {
            self.expr(x)?;
        }
        self.cur = saved;
        Ok(())
    }

    fn comp_target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Name(n) => self.add(n, DEF_LOCAL | DEF_COMP_ITER),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.comp_target(i);
                }
            }
            ExprKind::Starred(inner) => self.comp_target(inner),
            _ => {
                let _ = self.target(t);
            }
        }
    }

    fn walrus_target(&mut self, name: &str, span: Span) -> Result<(), SyntaxError> {
        if self.scope().kind != ScopeKind::Comprehension {
            self.add(name, DEF_LOCAL);
            return Ok(());
        }
        let mname = self.mangled(name);
        // Find the nearest enclosing scope that is not a comprehension.
        let mut id = self.cur;
        let mut comps = Vec::new();
        while self.st.scopes[id].kind == ScopeKind::Comprehension {
            let f = self.st.scopes[id].flags.get(&*mname).copied().unwrap_or(0);
            if f & DEF_COMP_ITER != 0 {
                return Err(err(
                    format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                    span,
                ));
            }
            comps.push(id);
            match self.st.scopes[id].parent {
                Some(p) => id = p,
                None => break,
            }
        }
        let target_kind = self.st.scopes[id].kind;
        if target_kind == ScopeKind::Class {
            return Err(err("assignment expression within a comprehension cannot be used in a class body", span));
        }
        let target_flags = self.st.scopes[id].flags.get(&*mname).copied().unwrap_or(0);
        let as_global = target_kind == ScopeKind::Module || target_flags & DEF_GLOBAL != 0;
        self.add_raw(id, &mname, DEF_LOCAL);
        for c in comps {
            self.add_raw(c, &mname, if as_global { DEF_GLOBAL } else { DEF_NONLOCAL });
        }
        Ok(())
    }

    fn exprs(&mut self, es: &[Expr]) -> Result<(), SyntaxError> {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::Name(n) => {
                self.add(n, USE);
                let kind = self.scope().kind;
                if n == "super" && kind.is_function_like() {
                    self.add_raw(self.cur, "__class__", USE);
                }
            }
            ExprKind::Constant(_) => {}
            ExprKind::JoinedStr(parts) => self.fstring(parts)?,
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                match &target.kind {
                    ExprKind::Name(n) => self.walrus_target(n, target.span)?,
                    _ => self.target(target)?,
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.defaults(args)?;
                let saved = self.cur;
                let id = self.push_scope(ScopeKind::Lambda, "<lambda>", e as *const Expr as usize);
                self.params(args)?;
                self.expr(body)?;
                self.finish_function(id)?;
                self.cur = saved;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
            }
            ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => self.exprs(items)?,
            ExprKind::ListComp { elt, generators } => self.comprehension(e, CompKind::List, generators, &[elt])?,
            ExprKind::SetComp { elt, generators } => self.comprehension(e, CompKind::Set, generators, &[elt])?,
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(e, CompKind::Gen, generators, &[elt])?,
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(e, CompKind::Dict, generators, &[key, value])?
            }
            ExprKind::Await(v) => {
                let s = &self.st.scopes[self.cur];
                match s.kind {
                    ScopeKind::Module | ScopeKind::Class => {
                        return Err(err("'await' outside function", e.span));
                    }
                    ScopeKind::Function | ScopeKind::Lambda if !s.is_async => {
                        return Err(err("'await' outside async function", e.span));
                    }
                    ScopeKind::Comprehension => {
                        self.scope().is_async = true;
                    }
                    _ => {}
                }
                self.expr(v)?;
            }
            ExprKind::Yield(v) => {
                self.yield_check(e.span)?;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                self.yield_check(e.span)?;
                if self.scope().is_async {
                    return Err(err("'yield from' inside async function", e.span));
                }
                self.expr(v)?;
            }
            ExprKind::Compare { left, ops, comparators } => {
                super::warn::compare(left, ops, comparators, &mut self.st.warnings);
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call { func, args, keywords } => {
                super::warn::call(func, &mut self.st.warnings);
                self.expr(func)?;
                self.exprs(args)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice } => {
                super::warn::subscript(value, slice, &mut self.st.warnings);
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred(v) => self.expr(v)?,
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
        }
        Ok(())
    }

    fn yield_check(&mut self, span: Span) -> Result<(), SyntaxError> {
        let s = &self.st.scopes[self.cur];
        match s.kind {
            ScopeKind::Module | ScopeKind::Class => Err(err("'yield' outside function", span)),
            ScopeKind::Comprehension => {
                let what = s.comp.map(|c| c.describe()).unwrap_or("comprehension");
                Err(err(format!("'yield' inside {what}"), span))
            }
            _ => {
                self.scope().generator = true;
                Ok(())
            }
        }
    }

    fn fstring(&mut self, parts: &[FStringPart]) -> Result<(), SyntaxError> {
        for p in parts {
            if let FStringPart::Field { value, format_spec, .. } = p {
                self.expr(value)?;
                if let Some(spec) = format_spec {
                    self.fstring(spec)?;
                }
            }
        }
        Ok(())
    }
}

/// Resolves every name of scope `id`. `bound` holds the names bound in enclosing function
/// scopes (visible as free variables). Adds to `free_out` the names this scope (or its
/// children) needs from enclosing scopes through cells, and, when this scope is an inlined
/// comprehension, to `reads_out` the names it reads straight from the enclosing frame (no
/// cell needed when that frame binds them).
fn analyze(
    st: &mut SymTable,
    id: ScopeId,
    bound: &HashSet<String>,
    free_out: &mut HashSet<String>,
    reads_out: &mut HashSet<String>,
) -> Result<(), SyntaxError> {
    let kind = st.scopes[id].kind;
    let mut resolved = HashMap::default();
    let mut locals = HashSet::default();
    let mut globals = HashSet::default();
    let mut free_here: HashSet<String> = HashSet::default();
    {
        let s = &st.scopes[id];
        for name in &s.order {
            let f = s.flags[name];
            let r = if f & DEF_GLOBAL != 0 {
                globals.insert(name.clone());
                NameScope::GlobalExplicit
            } else if f & DEF_NONLOCAL != 0 {
                if !bound.contains(name) {
                    let span = s.nonlocal_spans.get(name).copied().unwrap_or_default();
                    return Err(err(format!("no binding for nonlocal '{name}' found"), span));
                }
                NameScope::Free
            } else if f & (DEF_LOCAL | DEF_PARAM) != 0 {
                locals.insert(name.clone());
                NameScope::Local
            } else if kind != ScopeKind::Module && bound.contains(name) {
                NameScope::Free
            } else {
                NameScope::GlobalImplicit
            };
            if r == NameScope::Free {
                free_here.insert(name.clone());
            }
            resolved.insert(name.clone(), r);
        }
    }
    let new_bound: HashSet<String> = match kind {
        ScopeKind::Module => HashSet::default(),
        ScopeKind::Class => {
            let mut b: HashSet<String> = bound.difference(&globals).cloned().collect();
            b.insert("__class__".to_string());
            b
        }
        _ => {
            let mut b: HashSet<String> = bound.difference(&globals).cloned().collect();
            b.extend(locals.iter().cloned());
            b
        }
    };
    let mut child_free = HashSet::default();
    let mut child_reads = HashSet::default();
    let children = st.scopes[id].children.clone();
    for c in children {
        analyze(st, c, &new_bound, &mut child_free, &mut child_reads)?;
    }
    let mut cells = Vec::new();
    let mut passthrough = HashSet::default();
    for name in child_free {
        match kind {
            ScopeKind::Module => {}
            ScopeKind::Class => {
                if name == "__class__" {
                    cells.push(name);
                } else {
                    passthrough.insert(name);
                }
            }
            _ => {
                if resolved.get(&name) == Some(&NameScope::Local) {
                    resolved.insert(name.clone(), NameScope::Cell);
                    cells.push(name);
                } else if resolved.get(&name) != Some(&NameScope::GlobalExplicit) {
                    if !resolved.contains_key(&name) || resolved.get(&name) == Some(&NameScope::GlobalImplicit) {
                        resolved.insert(name.clone(), NameScope::Free);
                    }
                    passthrough.insert(name);
                }
            }
        }
    }
    let inlined = inlinable(st, id) && cells.is_empty();
    // What inlined children read runs in this scope's frame: a name bound here is a plain
    // local; any other comes from further out, as if this scope read it.
    let mut reads = HashSet::default();
    for name in child_reads {
        match resolved.get(&name) {
            Some(NameScope::Local | NameScope::Cell | NameScope::GlobalExplicit) => {}
            _ if inlined => {
                reads.insert(name);
            }
            _ => {
                resolved.insert(name.clone(), NameScope::Free);
                passthrough.insert(name);
            }
        }
    }
    // Unstable: equal names are interchangeable, and every String sort then shares one instance.
    cells.sort_unstable();
    let mut frees: Vec<String> = free_here.union(&passthrough).cloned().collect();
    frees.sort_unstable();
    if inlined {
        free_out.extend(passthrough.iter().cloned());
        reads_out.extend(free_here.iter().cloned());
        reads_out.extend(reads);
    } else {
        free_out.extend(frees.iter().cloned());
    }
    let s = &mut st.scopes[id];
    s.inlined = inlined;
    s.resolved = resolved;
    s.cellvars = cells;
    s.freevars = frees;
    Ok(())
}

/// Whether comprehension scope `id` may run in its enclosing function's frame (given it
/// has no cells: a closure over an iteration variable needs a fresh cell per evaluation).
/// Generator expressions keep their frame; async ones and those directly in a module or
/// class body (whose names are no fast locals) are left as functions too.
fn inlinable(st: &SymTable, id: ScopeId) -> bool {
    let s = &st.scopes[id];
    let Some(parent) = s.parent else {
        return false;
    };
    s.kind == ScopeKind::Comprehension
        && !matches!(s.comp, Some(CompKind::Gen) | None)
        && !s.is_async
        && st.scopes[parent].kind.is_function_like()
}

/// CPython's SyntaxError for a `global`/`nonlocal` (`what`) declaration of `n` after the
/// scope already used it (its flags `cur`), if it did.
fn declared_too_late(n: &str, cur: u16, what: &str) -> Option<String> {
    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) == 0 {
        return None;
    }
    Some(if cur & DEF_PARAM != 0 {
        format!("name '{n}' is parameter and {what}")
    } else if cur & USE != 0 {
        format!("name '{n}' is used prior to {what} declaration")
    } else if cur & DEF_ANNOT != 0 {
        format!("annotated name '{n}' can't be {what}")
    } else {
        format!("name '{n}' is assigned to before {what} declaration")
    })
}

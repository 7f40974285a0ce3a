//! PEP 695 type parameters (`def f[T]`, `class C[T]`, `type X[T] = ...`), lowered before
//! scope analysis to what CPython compiles them to: an "annotation scope", a hidden
//! argument-less function that binds each parameter to a `typing.TypeVar` (`TypeVarTuple`,
//! `ParamSpec`) and defines the function, class or alias inside, so that the parameters are
//! closure variables of everything that mentions them.
//!
//! `def f[T](x: T) -> T: ...` becomes, in effect:
//!
//! ```text
//! def <generic parameters of f>():
//!     import typing as .typing
//!     T = .typing._type_param(0, "T", None, None, False)
//!     <def f(x: T) -> T: ..., not stored>.__type_params__ = (T,)   # then returned
//! f = decorators(<generic parameters of f>())
//! ```
//!
//! Bounds, constraints and defaults are lambdas, evaluated when first read as CPython's
//! are. A class also gets `typing.Generic[T, ...]` as its last base and `__type_params__` in
//! its namespace; an alias is `typing._type_alias("X", lambda: value, (T,))`.
//! `.typing` cannot clash with a user name, and the hidden scope never binds the defined name,
//! so inside a generic function its own name still means the (decorated) enclosing binding.

use super::ast::*;

const TYPING: &str = ".typing";

fn sub_bodies_mut(s: &mut Stmt) -> Vec<&mut Vec<Stmt>> {
    match &mut s.kind {
        StmtKind::FunctionDef(f) => vec![&mut f.body],
        StmtKind::ClassDef(c) => vec![&mut c.body],
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => {
            vec![body, orelse]
        }
        StmtKind::With { body, .. } => vec![body],
        StmtKind::Match { cases, .. } => cases.iter_mut().map(|c| &mut c.body).collect(),
        StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
            let mut v = vec![body, orelse, finalbody];
            v.extend(handlers.iter_mut().map(|h| &mut h.body));
            v
        }
        _ => Vec::new(),
    }
}

/// Lowers every generic definition in `module` (at any depth) to a `GenericDef`.
pub fn lower(module: &mut Module) {
    lower_body(&mut module.body, false);
}

/// `in_class`: `body` runs in a class namespace (a class body, or a block inside one).
fn lower_body(body: &mut [Stmt], in_class: bool) {
    for s in body.iter_mut() {
        let inner_in_class = match s.kind {
            StmtKind::ClassDef(_) => true,
            StmtKind::FunctionDef(_) => false,
            _ => in_class,
        };
        for b in sub_bodies_mut(s) {
            lower_body(b, inner_in_class);
        }
        let has_type_params = match &s.kind {
            StmtKind::FunctionDef(f) => !f.type_params.is_empty(),
            StmtKind::ClassDef(c) => !c.type_params.is_empty(),
            StmtKind::TypeAlias { .. } => true,
            _ => false,
        };
        if has_type_params {
            lower_generic(s, in_class);
        }
    }
}

/// Rewrites one generic definition (`def f[T]`, `class C[T]`, `type X = ...`) in place.
/// Out of line: most programs define none, and the wasm engine compiles a function whole when
/// it is first called, so `lower_body`, which every program runs, stays small.
#[inline(never)]
fn lower_generic(s: &mut Stmt, in_class: bool) {
    let span = s.span;
    let kind = std::mem::replace(&mut s.kind, StmtKind::Pass);
    s.kind = match kind {
        StmtKind::FunctionDef(mut f) => {
            let params = std::mem::take(&mut f.type_params);
            let decorators = std::mem::take(&mut f.decorators);
            let target = f.name.clone();
            let inner = Stmt { kind: StmtKind::FunctionDef(f), span };
            generic(&target, params, decorators, Some(inner), Vec::new(), span, in_class)
        }
        StmtKind::ClassDef(mut c) => {
            let params = std::mem::take(&mut c.type_params);
            let decorators = std::mem::take(&mut c.decorators);
            let sp = params[0].span;
            c.bases.push(ex(
                ExprKind::Subscript {
                    value: Box::new(attr(name(TYPING, sp), "Generic", sp)),
                    slice: Box::new(generic_args(&params)),
                },
                sp,
            ));
            // After the docstring, which must stay the body's first statement.
            let at = usize::from(is_docstring(c.body.first()));
            let assign = Stmt {
                kind: StmtKind::Assign { targets: vec![name("__type_params__", sp)], value: param_tuple(&params) },
                span: sp,
            };
            c.body.insert(at, assign);
            let target = c.name.clone();
            let inner = Stmt { kind: StmtKind::ClassDef(c), span };
            generic(&target, params, decorators, Some(inner), Vec::new(), span, in_class)
        }
        StmtKind::TypeAlias { name: alias, type_params, value } => {
            let vs = value.span;
            let thunk = lambda(value);
            let make = call(
                attr(name(TYPING, vs), "_type_alias", vs),
                vec![str_const(&alias, span), thunk, param_tuple(&type_params)],
                vs,
            );
            let ret = Stmt { kind: StmtKind::Return(Some(make)), span };
            generic(&alias, type_params, Vec::new(), None, vec![ret], span, in_class)
        }
        other => other,
    };
}

fn generic(
    target: &str,
    params: Vec<TypeParam>,
    decorators: Vec<Expr>,
    inner: Option<Stmt>,
    tail: Vec<Stmt>,
    span: Span,
    in_class: bool,
) -> StmtKind {
    let mut body = vec![Stmt {
        kind: StmtKind::Import(vec![Alias { name: "typing".into(), asname: Some(TYPING.into()), span }]),
        span,
    }];
    let scope_name = if params.is_empty() { target.to_string() } else { format!("<generic parameters of {target}>") };
    let names = params.iter().map(|p| p.name.clone()).collect();
    body.extend(params.into_iter().map(bind_param));
    body.extend(tail);
    let scope = FunctionDef {
        name: scope_name,
        args: Arguments::default(),
        body,
        decorators: Vec::new(),
        returns: None,
        is_async: false,
        type_params: Vec::new(),
    };
    StmtKind::Generic(Box::new(GenericDef {
        scope,
        inner,
        params: names,
        target: target.to_string(),
        decorators,
        in_class,
    }))
}

/// `NAME = .typing._type_param(kind, "NAME", bound, default, constrained)`.
fn bind_param(p: TypeParam) -> Stmt {
    let sp = p.span;
    let kind = match p.kind {
        TypeParamKind::TypeVar => 0,
        TypeParamKind::TypeVarTuple => 1,
        TypeParamKind::ParamSpec => 2,
    };
    let constrained = matches!(&p.bound, Some(Expr { kind: ExprKind::Tuple(_), .. }));
    let thunk = |e: Option<Expr>| match e {
        // `*Ts = *tuple[int]`: the default is the unpacked form.
        Some(Expr { kind: ExprKind::Starred(inner), span }) => {
            lambda(call(attr(name(TYPING, span), "_unpacked", span), vec![*inner], span))
        }
        Some(e) => lambda(e),
        None => ex(ExprKind::Constant(Constant::None), sp),
    };
    let args = vec![
        ex(ExprKind::Constant(Constant::Int(kind)), sp),
        str_const(&p.name, sp),
        thunk(p.bound),
        thunk(p.default),
        ex(ExprKind::Constant(if constrained { Constant::True } else { Constant::False }), sp),
    ];
    let value = call(attr(name(TYPING, sp), "_type_param", sp), args, sp);
    Stmt { kind: StmtKind::Assign { targets: vec![name(&p.name, sp)], value }, span: sp }
}

/// What `Generic[...]` is subscripted with: `T`, or `T, *Ts, P`.
fn generic_args(params: &[TypeParam]) -> Expr {
    let items: Vec<Expr> = params
        .iter()
        .map(|p| {
            let n = name(&p.name, p.span);
            if p.kind == TypeParamKind::TypeVarTuple { ex(ExprKind::Starred(Box::new(n)), p.span) } else { n }
        })
        .collect();
    if items.len() == 1 && params[0].kind != TypeParamKind::TypeVarTuple {
        items.into_iter().next().unwrap_or_else(|| name("", Span::default()))
    } else {
        ex(ExprKind::Tuple(items), params[0].span)
    }
}

fn param_tuple(params: &[TypeParam]) -> Expr {
    let sp = params.first().map(|p| p.span).unwrap_or_default();
    ex(ExprKind::Tuple(params.iter().map(|p| name(&p.name, p.span)).collect()), sp)
}

fn is_docstring(s: Option<&Stmt>) -> bool {
    matches!(s, Some(Stmt { kind: StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str(_)), .. }), .. }))
}

fn ex(kind: ExprKind, span: Span) -> Expr {
    Expr { kind, span }
}

fn name(id: &str, span: Span) -> Expr {
    ex(ExprKind::Name(id.to_string()), span)
}

fn attr(value: Expr, attr: &str, span: Span) -> Expr {
    ex(ExprKind::Attribute { value: Box::new(value), attr: attr.to_string() }, span)
}

fn call(func: Expr, args: Vec<Expr>, span: Span) -> Expr {
    ex(ExprKind::Call { func: Box::new(func), args, keywords: Vec::new() }, span)
}

fn str_const(s: &str, span: Span) -> Expr {
    ex(ExprKind::Constant(Constant::Str(s.to_string())), span)
}

fn lambda(body: Expr) -> Expr {
    let span = body.span;
    ex(ExprKind::Lambda { args: Box::default(), body: Box::new(body) }, span)
}

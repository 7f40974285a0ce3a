//! Test-only: dumps our AST in the format of CPython 3.13's `ast.dump(tree)`.

use super::*;

#[derive(Clone, Copy, PartialEq)]
pub enum Ctx {
    Load,
    Store,
    Del,
}

struct D {
    attrs: bool,
}

impl D {
    /// Appends CPython's location attributes to a rendered node when `attrs` is on.
    fn sp(&self, s: String, sp: Span) -> String {
        if !self.attrs {
            return s;
        }
        let body = &s[..s.len() - 1];
        let sep = if body.ends_with('(') { "" } else { ", " };
        format!(
            "{}{}lineno={}, col_offset={}, end_lineno={}, end_col_offset={})",
            body, sep, sp.line, sp.col, sp.end_line, sp.end_col
        )
    }
}

fn py_str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut r = String::new();
    r.push(q);
    for c in s.chars() {
        match c {
            '\\' => r.push_str("\\\\"),
            '\n' => r.push_str("\\n"),
            '\r' => r.push_str("\\r"),
            '\t' => r.push_str("\\t"),
            c if c == q => {
                r.push('\\');
                r.push(c);
            }
            c if !printable(c) => {
                let v = c as u32;
                if v < 0x100 {
                    r.push_str(&format!("\\x{:02x}", v));
                } else if v < 0x10000 {
                    r.push_str(&format!("\\u{:04x}", v));
                } else {
                    r.push_str(&format!("\\U{:08x}", v));
                }
            }
            c => r.push(c),
        }
    }
    r.push(q);
    r
}

/// Approximates `str.isprintable` for repr purposes.
fn printable(c: char) -> bool {
    let v = c as u32;
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    !matches!(v, 0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0x200B..=0x200F | 0x2028..=0x202E
        | 0x2060..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB | 0xE000..=0xF8FF | 0xE0000..=0xE0FFF | 0xF0000..)
}

fn py_bytes_repr(b: &[u8]) -> String {
    let q = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut r = String::from("b");
    r.push(q);
    for &c in b {
        match c {
            b'\\' => r.push_str("\\\\"),
            b'\n' => r.push_str("\\n"),
            b'\r' => r.push_str("\\r"),
            b'\t' => r.push_str("\\t"),
            c if c as char == q => {
                r.push('\\');
                r.push(c as char);
            }
            0x20..=0x7e => r.push(c as char),
            c => r.push_str(&format!("\\x{:02x}", c)),
        }
    }
    r.push(q);
    r
}

fn py_float(f: f64) -> String {
    if f.is_infinite() {
        return "inf".into();
    }
    let s = format!("{:?}", f);
    if let Some((m, e)) = s.split_once('e') {
        let e: i32 = e.parse().unwrap();
        return format!("{}e{}{:02}", m.trim_end_matches(".0"), if e < 0 { '-' } else { '+' }, e.abs());
    }
    if f.abs() >= 1e16 {
        let s = format!("{:e}", f);
        let (m, e) = s.split_once('e').unwrap();
        let e: i32 = e.parse().unwrap();
        return format!("{}e+{:02}", m, e);
    }
    s
}

fn constant(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::True => "True".into(),
        Constant::False => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(b) => b.to_string(),
        Constant::Float(f) => py_float(*f),
        Constant::Imag(f) => {
            let s = py_float(*f);
            format!("{}j", s.strip_suffix(".0").unwrap_or(&s))
        }
        Constant::Str(s) => py_str_repr(s),
        Constant::Bytes(b) => py_bytes_repr(b),
    }
}

fn binop(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "Add()",
        BinOp::Sub => "Sub()",
        BinOp::Mult => "Mult()",
        BinOp::MatMult => "MatMult()",
        BinOp::Div => "Div()",
        BinOp::Mod => "Mod()",
        BinOp::Pow => "Pow()",
        BinOp::LShift => "LShift()",
        BinOp::RShift => "RShift()",
        BinOp::BitOr => "BitOr()",
        BinOp::BitXor => "BitXor()",
        BinOp::BitAnd => "BitAnd()",
        BinOp::FloorDiv => "FloorDiv()",
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq()",
        CmpOp::NotEq => "NotEq()",
        CmpOp::Lt => "Lt()",
        CmpOp::LtE => "LtE()",
        CmpOp::Gt => "Gt()",
        CmpOp::GtE => "GtE()",
        CmpOp::Is => "Is()",
        CmpOp::IsNot => "IsNot()",
        CmpOp::In => "In()",
        CmpOp::NotIn => "NotIn()",
    }
}

fn ctx(c: Ctx) -> &'static str {
    match c {
        Ctx::Load => "Load()",
        Ctx::Store => "Store()",
        Ctx::Del => "Del()",
    }
}

/// Builds `Name(a=..., b=...)` omitting empty fields.
struct N(String, Vec<(String, String)>);

impl N {
    fn new(name: &str) -> N {
        N(name.into(), Vec::new())
    }
    fn f(mut self, k: &str, v: String) -> N {
        self.1.push((k.into(), v));
        self
    }
    fn opt(self, k: &str, v: Option<String>) -> N {
        match v {
            Some(v) => self.f(k, v),
            None => self,
        }
    }
    fn list(self, k: &str, v: Vec<String>) -> N {
        if v.is_empty() { self } else { self.f(k, format!("[{}]", v.join(", "))) }
    }
    fn s(self) -> String {
        let fields: Vec<String> = self.1.into_iter().map(|(k, v)| format!("{}={}", k, v)).collect();
        format!("{}({})", self.0, fields.join(", "))
    }
}

impl D {
    fn expr(&self, e: &Expr, c: Ctx) -> String {
        let s = self.expr_inner(e, c);
        self.sp(s, e.span)
    }

    fn expr_inner(&self, e: &Expr, c: Ctx) -> String {
        let ex = |x: &Expr| self.expr(x, Ctx::Load);
        match &e.kind {
            ExprKind::Name(n) => N::new("Name").f("id", py_str_repr(n)).f("ctx", ctx(c).into()).s(),
            ExprKind::Constant(k) => N::new("Constant").f("value", constant(k)).s(),
            ExprKind::JoinedStr(parts) => self.joined(parts),
            ExprKind::BoolOp { op, values } => N::new("BoolOp")
                .f("op", if *op == BoolOp::And { "And()".into() } else { "Or()".into() })
                .list("values", values.iter().map(ex).collect())
                .s(),
            ExprKind::NamedExpr { target, value } => {
                N::new("NamedExpr").f("target", self.expr(target, Ctx::Store)).f("value", ex(value)).s()
            }
            ExprKind::BinOp { left, op, right } => {
                N::new("BinOp").f("left", ex(left)).f("op", binop(*op).into()).f("right", ex(right)).s()
            }
            ExprKind::UnaryOp { op, operand } => N::new("UnaryOp")
                .f(
                    "op",
                    match op {
                        UnaryOp::Invert => "Invert()",
                        UnaryOp::Not => "Not()",
                        UnaryOp::UAdd => "UAdd()",
                        UnaryOp::USub => "USub()",
                    }
                    .into(),
                )
                .f("operand", ex(operand))
                .s(),
            ExprKind::Lambda { args, body } => N::new("Lambda").f("args", self.args(args)).f("body", ex(body)).s(),
            ExprKind::IfExp { test, body, orelse } => {
                N::new("IfExp").f("test", ex(test)).f("body", ex(body)).f("orelse", ex(orelse)).s()
            }
            ExprKind::Dict { keys, values } => N::new("Dict")
                .list("keys", keys.iter().map(|k| k.as_ref().map(ex).unwrap_or_else(|| "None".into())).collect())
                .list("values", values.iter().map(ex).collect())
                .s(),
            ExprKind::Set(elts) => N::new("Set").list("elts", elts.iter().map(ex).collect()).s(),
            ExprKind::ListComp { elt, generators } => {
                N::new("ListComp").f("elt", ex(elt)).list("generators", self.comps(generators)).s()
            }
            ExprKind::SetComp { elt, generators } => {
                N::new("SetComp").f("elt", ex(elt)).list("generators", self.comps(generators)).s()
            }
            ExprKind::GeneratorExp { elt, generators } => {
                N::new("GeneratorExp").f("elt", ex(elt)).list("generators", self.comps(generators)).s()
            }
            ExprKind::DictComp { key, value, generators } => N::new("DictComp")
                .f("key", ex(key))
                .f("value", ex(value))
                .list("generators", self.comps(generators))
                .s(),
            ExprKind::Await(v) => N::new("Await").f("value", ex(v)).s(),
            ExprKind::Yield(v) => N::new("Yield").opt("value", v.as_ref().map(|v| ex(v))).s(),
            ExprKind::YieldFrom(v) => N::new("YieldFrom").f("value", ex(v)).s(),
            ExprKind::Compare { left, ops, comparators } => N::new("Compare")
                .f("left", ex(left))
                .list("ops", ops.iter().map(|o| cmpop(*o).to_string()).collect())
                .list("comparators", comparators.iter().map(ex).collect())
                .s(),
            ExprKind::Call { func, args, keywords } => N::new("Call")
                .f("func", ex(func))
                .list("args", args.iter().map(ex).collect())
                .list("keywords", keywords.iter().map(|k| self.keyword(k)).collect())
                .s(),
            ExprKind::Attribute { value, attr } => {
                N::new("Attribute").f("value", ex(value)).f("attr", py_str_repr(attr)).f("ctx", ctx(c).into()).s()
            }
            ExprKind::Subscript { value, slice } => {
                N::new("Subscript").f("value", ex(value)).f("slice", ex(slice)).f("ctx", ctx(c).into()).s()
            }
            ExprKind::Starred(v) => N::new("Starred").f("value", self.expr(v, c)).f("ctx", ctx(c).into()).s(),
            ExprKind::List(elts) => {
                N::new("List").list("elts", elts.iter().map(|x| self.expr(x, c)).collect()).f("ctx", ctx(c).into()).s()
            }
            ExprKind::Tuple(elts) => {
                N::new("Tuple").list("elts", elts.iter().map(|x| self.expr(x, c)).collect()).f("ctx", ctx(c).into()).s()
            }
            ExprKind::Slice { lower, upper, step } => N::new("Slice")
                .opt("lower", lower.as_ref().map(|v| ex(v)))
                .opt("upper", upper.as_ref().map(|v| ex(v)))
                .opt("step", step.as_ref().map(|v| ex(v)))
                .s(),
        }
    }

    fn joined(&self, parts: &[FStringPart]) -> String {
        let vals = parts
            .iter()
            .map(|p| match p {
                FStringPart::Literal(s) => N::new("Constant").f("value", py_str_repr(s)).s(),
                FStringPart::Field { value, conversion, format_spec, .. } => N::new("FormattedValue")
                    .f("value", self.expr(value, Ctx::Load))
                    .f("conversion", conversion.map(|c| c as i32).unwrap_or(-1).to_string())
                    .opt("format_spec", format_spec.as_ref().map(|s| self.joined(s)))
                    .s(),
            })
            .collect();
        N::new("JoinedStr").list("values", vals).s()
    }

    fn comps(&self, gens: &[Comprehension]) -> Vec<String> {
        gens.iter()
            .map(|g| {
                N::new("comprehension")
                    .f("target", self.expr(&g.target, Ctx::Store))
                    .f("iter", self.expr(&g.iter, Ctx::Load))
                    .list("ifs", g.ifs.iter().map(|x| self.expr(x, Ctx::Load)).collect())
                    .f("is_async", (g.is_async as i32).to_string())
                    .s()
            })
            .collect()
    }

    fn type_params(&self, params: &[TypeParam]) -> Vec<String> {
        params
            .iter()
            .map(|p| {
                let kind = match p.kind {
                    TypeParamKind::TypeVar => "TypeVar",
                    TypeParamKind::TypeVarTuple => "TypeVarTuple",
                    TypeParamKind::ParamSpec => "ParamSpec",
                };
                let s = N::new(kind)
                    .f("name", py_str_repr(&p.name))
                    .opt("bound", p.bound.as_ref().map(|x| self.expr(x, Ctx::Load)))
                    .opt("default_value", p.default.as_ref().map(|x| self.expr(x, Ctx::Load)))
                    .s();
                self.sp(s, p.span)
            })
            .collect()
    }

    fn keyword(&self, k: &Keyword) -> String {
        let s = N::new("keyword")
            .opt("arg", k.arg.as_ref().map(|a| py_str_repr(a)))
            .f("value", self.expr(&k.value, Ctx::Load))
            .s();
        self.sp(s, k.span)
    }

    fn arg(&self, a: &Arg) -> String {
        let s = N::new("arg")
            .f("arg", py_str_repr(&a.name))
            .opt("annotation", a.annotation.as_ref().map(|x| self.expr(x, Ctx::Load)))
            .s();
        self.sp(s, a.span)
    }

    fn args(&self, a: &Arguments) -> String {
        N::new("arguments")
            .list("posonlyargs", a.posonlyargs.iter().map(|x| self.arg(x)).collect())
            .list("args", a.args.iter().map(|x| self.arg(x)).collect())
            .opt("vararg", a.vararg.as_ref().map(|x| self.arg(x)))
            .list("kwonlyargs", a.kwonlyargs.iter().map(|x| self.arg(x)).collect())
            .list(
                "kw_defaults",
                a.kw_defaults
                    .iter()
                    .map(|d| d.as_ref().map(|x| self.expr(x, Ctx::Load)).unwrap_or_else(|| "None".into()))
                    .collect(),
            )
            .opt("kwarg", a.kwarg.as_ref().map(|x| self.arg(x)))
            .list("defaults", a.defaults.iter().map(|x| self.expr(x, Ctx::Load)).collect())
            .s()
    }

    fn body(&self, b: &[Stmt]) -> Vec<String> {
        b.iter().map(|s| self.stmt(s)).collect()
    }

    fn pattern(&self, p: &Pattern) -> String {
        let r = self.pattern_inner(p);
        self.sp(r, p.span)
    }

    fn pattern_inner(&self, p: &Pattern) -> String {
        match &p.kind {
            PatternKind::MatchValue(e) => N::new("MatchValue").f("value", self.expr(e, Ctx::Load)).s(),
            PatternKind::MatchSingleton(c) => N::new("MatchSingleton").f("value", constant(c)).s(),
            PatternKind::MatchSequence(ps) => {
                N::new("MatchSequence").list("patterns", ps.iter().map(|x| self.pattern(x)).collect()).s()
            }
            PatternKind::MatchMapping { keys, patterns, rest } => N::new("MatchMapping")
                .list("keys", keys.iter().map(|x| self.expr(x, Ctx::Load)).collect())
                .list("patterns", patterns.iter().map(|x| self.pattern(x)).collect())
                .opt("rest", rest.as_ref().map(|r| py_str_repr(r)))
                .s(),
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => N::new("MatchClass")
                .f("cls", self.expr(cls, Ctx::Load))
                .list("patterns", patterns.iter().map(|x| self.pattern(x)).collect())
                .list("kwd_attrs", kwd_attrs.iter().map(|x| py_str_repr(x)).collect())
                .list("kwd_patterns", kwd_patterns.iter().map(|x| self.pattern(x)).collect())
                .s(),
            PatternKind::MatchStar(n) => N::new("MatchStar").opt("name", n.as_ref().map(|r| py_str_repr(r))).s(),
            PatternKind::MatchAs { pattern, name } => N::new("MatchAs")
                .opt("pattern", pattern.as_ref().map(|x| self.pattern(x)))
                .opt("name", name.as_ref().map(|r| py_str_repr(r)))
                .s(),
            PatternKind::MatchOr(ps) => {
                N::new("MatchOr").list("patterns", ps.iter().map(|x| self.pattern(x)).collect()).s()
            }
        }
    }

    fn stmt(&self, s: &Stmt) -> String {
        let r = self.stmt_inner(s);
        self.sp(r, s.span)
    }

    fn stmt_inner(&self, s: &Stmt) -> String {
        let ld = |x: &Expr| self.expr(x, Ctx::Load);
        let st = |x: &Expr| self.expr(x, Ctx::Store);
        match &s.kind {
            StmtKind::FunctionDef(f) => N::new(if f.is_async { "AsyncFunctionDef" } else { "FunctionDef" })
                .f("name", py_str_repr(&f.name))
                .f("args", self.args(&f.args))
                .list("body", self.body(&f.body))
                .list("decorator_list", f.decorators.iter().map(ld).collect())
                .opt("returns", f.returns.as_ref().map(ld))
                .list("type_params", self.type_params(&f.type_params))
                .s(),
            StmtKind::ClassDef(c) => N::new("ClassDef")
                .f("name", py_str_repr(&c.name))
                .list("bases", c.bases.iter().map(ld).collect())
                .list("keywords", c.keywords.iter().map(|k| self.keyword(k)).collect())
                .list("body", self.body(&c.body))
                .list("decorator_list", c.decorators.iter().map(ld).collect())
                .list("type_params", self.type_params(&c.type_params))
                .s(),
            StmtKind::Return(v) => N::new("Return").opt("value", v.as_ref().map(ld)).s(),
            StmtKind::Delete(t) => {
                N::new("Delete").list("targets", t.iter().map(|x| self.expr(x, Ctx::Del)).collect()).s()
            }
            StmtKind::Assign { targets, value } => {
                N::new("Assign").list("targets", targets.iter().map(st).collect()).f("value", ld(value)).s()
            }
            StmtKind::AugAssign { target, op, value } => {
                N::new("AugAssign").f("target", st(target)).f("op", binop(*op).into()).f("value", ld(value)).s()
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => N::new("AnnAssign")
                .f("target", st(target))
                .f("annotation", ld(annotation))
                .opt("value", value.as_ref().map(ld))
                .f("simple", (*simple as i32).to_string())
                .s(),
            StmtKind::For { target, iter, body, orelse, is_async } => {
                N::new(if *is_async { "AsyncFor" } else { "For" })
                    .f("target", st(target))
                    .f("iter", ld(iter))
                    .list("body", self.body(body))
                    .list("orelse", self.body(orelse))
                    .s()
            }
            StmtKind::While { test, body, orelse } => {
                N::new("While").f("test", ld(test)).list("body", self.body(body)).list("orelse", self.body(orelse)).s()
            }
            StmtKind::If { test, body, orelse } => {
                N::new("If").f("test", ld(test)).list("body", self.body(body)).list("orelse", self.body(orelse)).s()
            }
            StmtKind::With { items, body, is_async } => N::new(if *is_async { "AsyncWith" } else { "With" })
                .list(
                    "items",
                    items
                        .iter()
                        .map(|i| {
                            N::new("withitem")
                                .f("context_expr", ld(&i.context_expr))
                                .opt("optional_vars", i.optional_vars.as_ref().map(st))
                                .s()
                        })
                        .collect(),
                )
                .list("body", self.body(body))
                .s(),
            StmtKind::Match { subject, cases } => N::new("Match")
                .f("subject", ld(subject))
                .list(
                    "cases",
                    cases
                        .iter()
                        .map(|c| {
                            N::new("match_case")
                                .f("pattern", self.pattern(&c.pattern))
                                .opt("guard", c.guard.as_ref().map(ld))
                                .list("body", self.body(&c.body))
                                .s()
                        })
                        .collect(),
                )
                .s(),
            StmtKind::Raise { exc, cause } => {
                N::new("Raise").opt("exc", exc.as_ref().map(ld)).opt("cause", cause.as_ref().map(ld)).s()
            }
            StmtKind::Try { body, handlers, orelse, finalbody, is_star } => {
                N::new(if *is_star { "TryStar" } else { "Try" })
                    .list("body", self.body(body))
                    .list(
                        "handlers",
                        handlers
                            .iter()
                            .map(|h| {
                                let s = N::new("ExceptHandler")
                                    .opt("type", h.typ.as_ref().map(ld))
                                    .opt("name", h.name.as_ref().map(|n| py_str_repr(n)))
                                    .list("body", self.body(&h.body))
                                    .s();
                                self.sp(s, h.span)
                            })
                            .collect(),
                    )
                    .list("orelse", self.body(orelse))
                    .list("finalbody", self.body(finalbody))
                    .s()
            }
            StmtKind::Assert { test, msg } => N::new("Assert").f("test", ld(test)).opt("msg", msg.as_ref().map(ld)).s(),
            StmtKind::Import(names) => N::new("Import").list("names", self.aliases(names)).s(),
            StmtKind::ImportFrom { module, names, level } => N::new("ImportFrom")
                .opt("module", module.as_ref().map(|m| py_str_repr(m)))
                .list("names", self.aliases(names))
                .f("level", level.to_string())
                .s(),
            StmtKind::Global(n) => N::new("Global").list("names", n.iter().map(|x| py_str_repr(x)).collect()).s(),
            StmtKind::Nonlocal(n) => N::new("Nonlocal").list("names", n.iter().map(|x| py_str_repr(x)).collect()).s(),
            StmtKind::Expr(e) => N::new("Expr").f("value", ld(e)).s(),
            StmtKind::Pass => "Pass()".into(),
            StmtKind::Break => "Break()".into(),
            StmtKind::Continue => "Continue()".into(),
            StmtKind::TypeAlias { name, type_params, value } => N::new("TypeAlias")
                .f("name", N::new("Name").f("id", py_str_repr(name)).f("ctx", "Store()".into()).s())
                .list("type_params", self.type_params(type_params))
                .f("value", ld(value))
                .s(),
            StmtKind::Generic(g) => N::new("Generic").f("target", py_str_repr(&g.target)).s(),
        }
    }

    fn aliases(&self, names: &[Alias]) -> Vec<String> {
        names
            .iter()
            .map(|a| {
                let s = N::new("alias")
                    .f("name", py_str_repr(&a.name))
                    .opt("asname", a.asname.as_ref().map(|x| py_str_repr(x)))
                    .s();
                self.sp(s, a.span)
            })
            .collect()
    }
}

pub fn dump(m: &Module) -> String {
    let d = D { attrs: false };
    N::new("Module").list("body", d.body(&m.body)).s()
}

/// Like `ast.dump(tree, include_attributes=True)`.
pub fn dump_with_spans(m: &Module) -> String {
    let d = D { attrs: true };
    N::new("Module").list("body", d.body(&m.body)).s()
}

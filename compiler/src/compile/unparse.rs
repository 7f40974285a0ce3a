//! Expressions back to source text, as CPython's `ast_unparse.c` writes them: the string an
//! annotation becomes under `from __future__ import annotations` (`x: Dict[str,int]` is
//! stored as `'Dict[str, int]'`, `"C"` as `"'C'"`).

use std::fmt::Write;

use crate::format::float_repr::float_repr;
use crate::format::repr::{bytes_repr, str_repr};
use crate::syntax::ast::{Arguments, BinOp, BoolOp, Comprehension, Constant, Expr, ExprKind, FStringPart, UnaryOp};

/// Binding strength, loosest first (CPython's `PR_*` levels).
#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Prec {
    Tuple,
    Test,
    Or,
    And,
    Not,
    Cmp,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Await,
    Atom,
}

impl Prec {
    fn next(self) -> Prec {
        use Prec::*;
        match self {
            Tuple => Test,
            Test => Or,
            Or => And,
            And => Not,
            Not => Cmp,
            Cmp => BitOr,
            BitOr => BitXor,
            BitXor => BitAnd,
            BitAnd => Shift,
            Shift => Arith,
            Arith => Term,
            Term => Factor,
            Factor => Power,
            Power => Await,
            Await | Atom => Atom,
        }
    }
}

/// The source text of an annotation.
pub fn annotation(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, Prec::Test);
    out
}

fn binop(op: BinOp) -> (&'static str, Prec) {
    match op {
        BinOp::Add => ("+", Prec::Arith),
        BinOp::Sub => ("-", Prec::Arith),
        BinOp::Mult => ("*", Prec::Term),
        BinOp::MatMult => ("@", Prec::Term),
        BinOp::Div => ("/", Prec::Term),
        BinOp::Mod => ("%", Prec::Term),
        BinOp::FloorDiv => ("//", Prec::Term),
        BinOp::Pow => ("**", Prec::Power),
        BinOp::LShift => ("<<", Prec::Shift),
        BinOp::RShift => (">>", Prec::Shift),
        BinOp::BitOr => ("|", Prec::BitOr),
        BinOp::BitXor => ("^", Prec::BitXor),
        BinOp::BitAnd => ("&", Prec::BitAnd),
    }
}

fn joined(out: &mut String, items: &[Expr], prec: Prec) {
    for (i, e) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, e, prec);
    }
}

fn expr(out: &mut String, e: &Expr, level: Prec) {
    let paren = |out: &mut String, own: Prec, open: bool| {
        if level > own {
            out.push(if open { '(' } else { ')' });
        }
    };
    match &e.kind {
        ExprKind::Name(n) => out.push_str(n),
        ExprKind::Constant(c) => constant(out, c),
        ExprKind::JoinedStr(parts) => {
            let mut body = String::new();
            fstring_parts(&mut body, parts);
            out.push('f');
            out.push_str(&str_repr(&body));
        }
        ExprKind::BoolOp { op, values } => {
            let (word, own) = match op {
                BoolOp::And => (" and ", Prec::And),
                BoolOp::Or => (" or ", Prec::Or),
            };
            paren(out, own, true);
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    out.push_str(word);
                }
                expr(out, v, own.next());
            }
            paren(out, own, false);
        }
        ExprKind::NamedExpr { target, value } => {
            paren(out, Prec::Tuple, true);
            expr(out, target, Prec::Atom);
            out.push_str(" := ");
            expr(out, value, Prec::Atom);
            paren(out, Prec::Tuple, false);
        }
        ExprKind::BinOp { left, op, right } => {
            let (sym, own) = binop(*op);
            // `**` groups to the right, everything else to the left.
            let (l, r) = if *op == BinOp::Pow { (own.next(), own) } else { (own, own.next()) };
            paren(out, own, true);
            expr(out, left, l);
            let _ = write!(out, " {sym} ");
            expr(out, right, r);
            paren(out, own, false);
        }
        ExprKind::UnaryOp { op, operand } => {
            let (sym, own) = match op {
                UnaryOp::Not => ("not ", Prec::Not),
                UnaryOp::Invert => ("~", Prec::Factor),
                UnaryOp::UAdd => ("+", Prec::Factor),
                UnaryOp::USub => ("-", Prec::Factor),
            };
            paren(out, own, true);
            out.push_str(sym);
            expr(out, operand, own);
            paren(out, own, false);
        }
        ExprKind::Lambda { args, body } => {
            paren(out, Prec::Test, true);
            out.push_str("lambda");
            let mut params = String::new();
            arguments(&mut params, args);
            if !params.is_empty() {
                out.push(' ');
                out.push_str(&params);
            }
            out.push_str(": ");
            expr(out, body, Prec::Test);
            paren(out, Prec::Test, false);
        }
        ExprKind::IfExp { test, body, orelse } => {
            paren(out, Prec::Test, true);
            expr(out, body, Prec::Test.next());
            out.push_str(" if ");
            expr(out, test, Prec::Test.next());
            out.push_str(" else ");
            expr(out, orelse, Prec::Test);
            paren(out, Prec::Test, false);
        }
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, Prec::Test);
                        out.push_str(": ");
                        expr(out, v, Prec::Test);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, Prec::BitOr);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set(items) => {
            if items.is_empty() {
                // `{*()}`: the only way to spell an empty set display.
                out.push_str("{*()}");
            } else {
                out.push('{');
                joined(out, items, Prec::Test);
                out.push('}');
            }
        }
        ExprKind::ListComp { elt, generators } => comprehension(out, "[", elt, None, generators, "]"),
        ExprKind::SetComp { elt, generators } => comprehension(out, "{", elt, None, generators, "}"),
        ExprKind::GeneratorExp { elt, generators } => comprehension(out, "(", elt, None, generators, ")"),
        ExprKind::DictComp { key, value, generators } => comprehension(out, "{", key, Some(value), generators, "}"),
        ExprKind::Await(v) => {
            paren(out, Prec::Await, true);
            out.push_str("await ");
            expr(out, v, Prec::Atom);
            paren(out, Prec::Await, false);
        }
        ExprKind::Yield(v) => {
            out.push_str(if v.is_some() { "(yield " } else { "(yield" });
            if let Some(v) = v {
                expr(out, v, Prec::Test);
            }
            out.push(')');
        }
        ExprKind::YieldFrom(v) => {
            out.push_str("(yield from ");
            expr(out, v, Prec::Test);
            out.push(')');
        }
        ExprKind::Compare { left, ops, comparators } => {
            paren(out, Prec::Cmp, true);
            expr(out, left, Prec::Cmp.next());
            for (op, c) in ops.iter().zip(comparators) {
                let _ = write!(out, " {} ", op.symbol());
                expr(out, c, Prec::Cmp.next());
            }
            paren(out, Prec::Cmp, false);
        }
        ExprKind::Call { func, args, keywords } => {
            expr(out, func, Prec::Atom);
            // A lone generator argument keeps only its own parentheses: `f(x for x in y)`.
            if let ([only], []) = (&args[..], &keywords[..])
                && matches!(only.kind, ExprKind::GeneratorExp { .. })
            {
                expr(out, only, Prec::Test);
                return;
            }
            out.push('(');
            joined(out, args, Prec::Test);
            for (i, k) in keywords.iter().enumerate() {
                if i > 0 || !args.is_empty() {
                    out.push_str(", ");
                }
                match &k.arg {
                    Some(name) => {
                        out.push_str(name);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                expr(out, &k.value, Prec::Test);
            }
            out.push(')');
        }
        ExprKind::Attribute { value, attr } => {
            expr(out, value, Prec::Atom);
            // `1 .real`: a bare int literal would swallow the dot as a decimal point.
            if let ExprKind::Constant(Constant::Int(_) | Constant::BigInt(_)) = value.kind {
                out.push(' ');
            }
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice } => {
            expr(out, value, Prec::Atom);
            out.push('[');
            match &slice.kind {
                ExprKind::Tuple(items) if !items.is_empty() => {
                    joined(out, items, Prec::Test);
                    if items.len() == 1 {
                        out.push(',');
                    }
                }
                _ => expr(out, slice, Prec::Tuple),
            }
            out.push(']');
        }
        ExprKind::Starred(v) => {
            out.push('*');
            expr(out, v, Prec::BitOr);
        }
        ExprKind::List(items) => {
            out.push('[');
            joined(out, items, Prec::Test);
            out.push(']');
        }
        ExprKind::Tuple(items) => {
            if items.is_empty() {
                out.push_str("()");
                return;
            }
            paren(out, Prec::Tuple, true);
            joined(out, items, Prec::Test);
            if items.len() == 1 {
                out.push(',');
            }
            paren(out, Prec::Tuple, false);
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(out, l, Prec::Test);
            }
            out.push(':');
            if let Some(u) = upper {
                expr(out, u, Prec::Test);
            }
            if let Some(s) = step {
                out.push(':');
                expr(out, s, Prec::Test);
            }
        }
    }
}

fn constant(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::True => out.push_str("True"),
        Constant::False => out.push_str("False"),
        Constant::Ellipsis => out.push_str("..."),
        Constant::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Constant::BigInt(b) => {
            let _ = write!(out, "{b}");
        }
        // Infinity has no literal: CPython writes a float literal that overflows to it.
        Constant::Float(f) if f.is_infinite() => out.push_str("1e309"),
        Constant::Float(f) => out.push_str(&float_repr(*f)),
        Constant::Imag(f) if f.is_infinite() => out.push_str("1e309j"),
        Constant::Imag(f) => {
            let r = float_repr(*f);
            out.push_str(r.strip_suffix(".0").unwrap_or(&r));
            out.push('j');
        }
        Constant::Str(s) => out.push_str(&str_repr(s)),
        Constant::Bytes(b) => out.push_str(&bytes_repr(b, "b")),
    }
}

fn comprehension(
    out: &mut String,
    open: &str,
    elt: &Expr,
    value: Option<&Expr>,
    generators: &[Comprehension],
    close: &str,
) {
    out.push_str(open);
    expr(out, elt, Prec::Test);
    if let Some(v) = value {
        out.push_str(": ");
        expr(out, v, Prec::Test);
    }
    for g in generators {
        out.push_str(if g.is_async { " async for " } else { " for " });
        expr(out, &g.target, Prec::Tuple);
        out.push_str(" in ");
        expr(out, &g.iter, Prec::Test.next());
        for cond in &g.ifs {
            out.push_str(" if ");
            expr(out, cond, Prec::Test.next());
        }
    }
    out.push_str(close);
}

fn arguments(out: &mut String, a: &Arguments) {
    let mut first = true;
    let mut sep = |out: &mut String| {
        if !first {
            out.push_str(", ");
        }
        first = false;
    };
    let positional: Vec<_> = a.posonlyargs.iter().chain(&a.args).collect();
    let defaults_from = positional.len() - a.defaults.len().min(positional.len());
    for (i, p) in positional.iter().enumerate() {
        sep(out);
        out.push_str(&p.name);
        if i >= defaults_from {
            out.push('=');
            expr(out, &a.defaults[i - defaults_from], Prec::Test);
        }
        if i + 1 == a.posonlyargs.len() {
            out.push_str(", /");
        }
    }
    if let Some(v) = &a.vararg {
        sep(out);
        out.push('*');
        out.push_str(&v.name);
    } else if !a.kwonlyargs.is_empty() {
        sep(out);
        out.push('*');
    }
    for (k, d) in a.kwonlyargs.iter().zip(&a.kw_defaults) {
        sep(out);
        out.push_str(&k.name);
        if let Some(d) = d {
            out.push('=');
            expr(out, d, Prec::Test);
        }
    }
    if let Some(k) = &a.kwarg {
        sep(out);
        out.push_str("**");
        out.push_str(&k.name);
    }
}

fn fstring_parts(out: &mut String, parts: &[FStringPart]) {
    for p in parts {
        match p {
            FStringPart::Literal(s) => out.push_str(&s.replace('{', "{{").replace('}', "}}")),
            FStringPart::Field { value, conversion, format_spec, .. } => {
                let mut inner = String::new();
                expr(&mut inner, value, Prec::Test.next());
                out.push('{');
                // A field starting with `{` would read as an escaped brace.
                if inner.starts_with('{') {
                    out.push(' ');
                }
                out.push_str(&inner);
                if let Some(c) = conversion {
                    out.push('!');
                    out.push(*c);
                }
                if let Some(spec) = format_spec {
                    out.push(':');
                    fstring_parts(out, spec);
                }
                out.push('}');
            }
        }
    }
}

//! The SyntaxWarnings CPython's compiler gives code that is valid but surely a mistake
//! (`x is 1`, `None()`, `1[0]`, `assert (x, "msg")`). They are (line, message) pairs; the VM
//! prints them once the module compiled, before it runs.

use crate::syntax::ast::*;

/// The type of `e` when CPython's AST optimiser makes it a constant (a literal, a signed
/// number, a tuple of such), for the checks that only look at constants.
fn constant_type(e: &Expr) -> Option<&'static str> {
    match &e.kind {
        ExprKind::Constant(c) => Some(match c {
            Constant::None => "NoneType",
            Constant::True | Constant::False => "bool",
            Constant::Ellipsis => "ellipsis",
            Constant::Int(_) | Constant::BigInt(_) => "int",
            Constant::Float(_) => "float",
            Constant::Imag(_) => "complex",
            Constant::Str(_) => "str",
            Constant::Bytes(_) => "bytes",
        }),
        ExprKind::UnaryOp { op: UnaryOp::USub | UnaryOp::UAdd | UnaryOp::Invert, operand } => {
            match constant_type(operand)? {
                t @ ("int" | "float" | "complex") => Some(t),
                "bool" => Some("int"),
                _ => None,
            }
        }
        ExprKind::Tuple(items) if items.iter().all(|i| constant_type(i).is_some()) => Some("tuple"),
        _ => None,
    }
}

/// The type CPython's compiler infers for a display, comprehension or constant.
fn inferred_type(e: &Expr) -> Option<&'static str> {
    match &e.kind {
        ExprKind::Tuple(_) => Some("tuple"),
        ExprKind::List(_) | ExprKind::ListComp { .. } => Some("list"),
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => Some("dict"),
        ExprKind::Set(_) | ExprKind::SetComp { .. } => Some("set"),
        ExprKind::GeneratorExp { .. } => Some("generator"),
        ExprKind::Lambda { .. } => Some("function"),
        ExprKind::JoinedStr(_) => Some("str"),
        _ => constant_type(e),
    }
}

/// `x is 1`: identity with a literal other than None, True, False and `...`.
pub(super) fn compare(left: &Expr, ops: &[CmpOp], comparators: &[Expr], out: &mut Vec<(u32, String)>) {
    let mut l = left;
    for (op, r) in ops.iter().zip(comparators) {
        if matches!(op, CmpOp::Is | CmpOp::IsNot) {
            let literal = |e: &Expr| constant_type(e).filter(|t| !matches!(*t, "NoneType" | "bool" | "ellipsis"));
            if let Some(t) = literal(l).or_else(|| literal(r)) {
                let (word, instead) = if *op == CmpOp::Is { ("is", "==") } else { ("is not", "!=") };
                out.push((left.span.line, format!("\"{word}\" with '{t}' literal. Did you mean \"{instead}\"?")));
            }
        }
        l = r;
    }
}

/// `None()`, `(1, 2) (3, 4)`: calling a literal.
pub(super) fn call(func: &Expr, out: &mut Vec<(u32, String)>) {
    if let Some(t) = inferred_type(func).filter(|_| !matches!(func.kind, ExprKind::Lambda { .. })) {
        out.push((func.span.line, format!("'{t}' object is not callable; perhaps you missed a comma?")));
    }
}

/// `1[0]`, `[1, 2][1, 2]`: subscripting what cannot be, or a sequence with a non-integer.
pub(super) fn subscript(value: &Expr, index: &Expr, out: &mut Vec<(u32, String)>) {
    let Some(t) = inferred_type(value) else { return };
    let line = value.span.line;
    if matches!(t, "NoneType" | "bool" | "int" | "float" | "complex" | "ellipsis" | "set" | "generator" | "function") {
        out.push((line, format!("'{t}' object is not subscriptable; perhaps you missed a comma?")));
        return;
    }
    if !matches!(t, "str" | "bytes" | "tuple" | "list") {
        return;
    }
    if let Some(i) = inferred_type(index).filter(|i| !matches!(*i, "int" | "bool")) {
        out.push((line, format!("{t} indices must be integers or slices, not {i}; perhaps you missed a comma?")));
    }
}

/// `assert (x, "msg")`: a non-empty tuple is always true.
pub(super) fn assert(test: &Expr, out: &mut Vec<(u32, String)>) {
    if matches!(&test.kind, ExprKind::Tuple(items) if !items.is_empty()) {
        out.push((test.span.line, "assertion is always true, perhaps remove parentheses?".into()));
    }
}

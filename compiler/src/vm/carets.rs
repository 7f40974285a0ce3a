//! The caret line under a traceback entry's source line, drawn the way CPython 3.13 does.
//!
//! The failing instruction covers columns `start..end` of the line. When that segment is a
//! binary operation, a subscript or a call, CPython marks the whole segment with `~` and its
//! operator, brackets or argument list with `^`; otherwise the segment gets `^` alone, and
//! no caret line at all when it would only underline the whole line.

use crate::syntax::ast::{Expr, ExprKind, StmtKind};

/// The caret line (without the 4-space margin) for the stripped source `line`, where the
/// instruction covers character columns `start..end`; `None` when CPython shows none.
pub(crate) fn caret_line(line: &str, start: usize, end: usize) -> Option<String> {
    let chars: Vec<char> = line.chars().collect();
    if start >= end || end > chars.len() {
        return None;
    }
    let segment: String = chars[start..end].iter().collect();
    let anchors = anchors(&segment);
    if !should_show(line, &chars, start, end, anchors.is_some()) {
        return None;
    }
    let primary = if anchors.is_some() { '~' } else { '^' };
    let mut out = String::with_capacity(end);
    for col in 0..end {
        let c = if col < start {
            ' '
        } else {
            match anchors {
                Some((a, b)) if col >= start + a && col < start + b => '^',
                _ => primary,
            }
        };
        out.push(c);
    }
    Some(out)
}

/// CPython's rule: carets appear when there are anchors or when the segment is not the whole
/// line, except for `name = f(...)` and `return f(...)`, where the call is the statement.
fn should_show(line: &str, chars: &[char], start: usize, end: usize, anchored: bool) -> bool {
    if whole_statement_call(line, start, end) {
        return false;
    }
    if anchored {
        return true;
    }
    chars[..start].iter().any(|c| !c.is_whitespace()) || chars[end..].iter().any(|c| !c.is_whitespace())
}

fn whole_statement_call(line: &str, start: usize, end: usize) -> bool {
    let Ok(module) = crate::syntax::parse_module(line) else { return false };
    let [stmt] = &module.body[..] else { return false };
    let value = match &stmt.kind {
        StmtKind::Return(Some(v @ Expr { kind: ExprKind::Call { func, .. }, .. }))
            if matches!(func.kind, ExprKind::Name(_)) =>
        {
            v
        }
        StmtKind::Assign { targets, value, .. }
            if targets.len() == 1
                && matches!(targets[0].kind, ExprKind::Name(_))
                && matches!(value.kind, ExprKind::Call { .. }) =>
        {
            value
        }
        _ => return false,
    };
    let s = value.span;
    s.line == 1 && s.end_line == 1 && s.col as usize == start && s.end_col as usize == end
}

/// The `^` range within `segment` (character offsets), for the expressions CPython anchors.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    if segment.contains('\n') {
        return None;
    }
    let expr = crate::syntax::parser::parse_expression(segment).ok()?;
    let chars: Vec<char> = segment.chars().collect();
    let after = |e: &Expr| e.span.end_col as usize;
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            let op = skip_until(&chars, after(left), |c| !c.is_whitespace() && c != ')')?;
            let mut op_end = op + 1;
            // A two-character operator (`**`, `//`, `<<`, ...): the next character, if it is
            // not already the right operand.
            if op_end < right.span.col as usize
                && let Some(&c) = chars.get(op_end)
                && !c.is_whitespace()
                && c != '\\'
                && c != '#'
            {
                op_end += 1;
            }
            Some((op, op_end))
        }
        ExprKind::Subscript { value, .. } => {
            let open = skip_until(&chars, after(value), |c| c == '[')?;
            Some((open, after(&expr)))
        }
        ExprKind::Call { func, .. } => {
            let open = skip_until(&chars, after(func), |c| c == '(')?;
            Some((open, after(&expr)))
        }
        _ => None,
    }
}

/// The first index at or after `from` whose character satisfies `stop`; comments end the
/// search (CPython skips to the next line, and segments here are one line).
fn skip_until(chars: &[char], from: usize, stop: impl Fn(char) -> bool) -> Option<usize> {
    let mut i = from;
    while let Some(&c) = chars.get(i) {
        if c == '#' || c == '\\' {
            return None;
        }
        if stop(c) {
            return Some(i);
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::caret_line;

    #[test]
    fn anchored_expressions_mix_tildes_and_carets() {
        assert_eq!(caret_line("return 1/0", 7, 10).as_deref(), Some("       ~^~"));
        assert_eq!(caret_line("x = a // b", 4, 10).as_deref(), Some("    ~~^^~~"));
        assert_eq!(caret_line("exec(\"1/0\")", 0, 11).as_deref(), Some("~~~~^^^^^^^"));
        assert_eq!(caret_line("print(d['k'])", 6, 12).as_deref(), Some("      ~^^^^^"));
        assert_eq!(caret_line("y = a ** b + 1", 4, 10).as_deref(), Some("    ~~^^~~"));
    }

    #[test]
    fn whole_line_and_statement_calls_have_none() {
        assert_eq!(caret_line("x = f()", 4, 7), None);
        assert_eq!(caret_line("return g(1)", 7, 11), None);
        assert_eq!(caret_line("raise ValueError", 0, 16), None);
        assert_eq!(caret_line("foo.bar", 0, 7), None);
    }

    #[test]
    fn unanchored_part_of_a_line_gets_carets() {
        assert_eq!(caret_line("print(foo.bar)", 6, 13).as_deref(), Some("      ^^^^^^^"));
    }
}

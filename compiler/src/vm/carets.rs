//! The source lines and caret lines under a traceback entry, drawn the way CPython 3.13's
//! `traceback` module does.
//!
//! The failing instruction covers its source from a character column of its first line to
//! one of its last. When that segment is a binary operation, a subscript or a call, CPython
//! marks the whole segment with `~` and its operator, brackets or argument list with `^`;
//! otherwise the segment gets `^` alone, and no caret lines at all when they would only
//! underline the whole statement. Of a long segment only the first and last lines and those
//! around the anchors are shown, the others abbreviated to `...<N lines>...`.

use crate::syntax::ast::{Expr, ExprKind, StmtKind};

/// Where the `^` part of an anchored segment starts and ends: (line, column) pairs, lines
/// counted from the segment's first.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Anchors {
    left: (usize, usize),
    right: (usize, usize),
}

/// The lines to print (without the 4-space margin) for an instruction spanning the source
/// `lines` (its first line to its last, as in the file) from character column `start` of
/// the first to `end` of the last.
pub(crate) fn snippet(lines: &[&str], start: usize, end: usize) -> Vec<String> {
    let all = dedent(lines);
    let Some(first) = all.first() else { return Vec::new() };
    let indent = lines[0].chars().count() - first.chars().count();
    let (start, end) = (start.saturating_sub(indent), end.saturating_sub(indent));
    let widths: Vec<usize> = all.iter().map(|l| l.chars().count()).collect();
    let last = all.len() - 1;
    if start > widths[0] || end > widths[last] || (last == 0 && start >= end) {
        return vec![first.trim().to_string()];
    }
    let joined = all.join("\n");
    let total = joined.chars().count();
    let segment: String = joined.chars().take(total - (widths[last] - end)).skip(start).collect();
    let anchors = anchors(&segment).map(|a| {
        let shift = |(line, col): (usize, usize)| (line, if line == 0 { col + start } else { col });
        Anchors { left: shift(a.left), right: shift(a.right) }
    });
    let show = should_show(&all, &widths, start, end, anchors.is_some());

    let mut significant = vec![0, last];
    if let Some(a) = anchors {
        for around in [a.left.0, a.right.0] {
            significant.extend([around.saturating_sub(1), around, around + 1]);
        }
    }
    significant.retain(|&l| l <= last);
    significant.sort_unstable();
    significant.dedup();

    let mut out = Vec::new();
    let emit = |n: usize, out: &mut Vec<String>| {
        out.push(all[n].clone());
        if !show {
            return;
        }
        let spaces = all[n].chars().take_while(|c| c.is_whitespace()).count();
        let width = if n == last { end } else { widths[n] };
        let carets: String = (0..width)
            .map(|col| {
                if col < spaces || (n == 0 && col < start) {
                    ' '
                } else if anchors.is_some_and(|a| (n, col) >= a.left && (n, col) < a.right) {
                    '^'
                } else if anchors.is_some() {
                    '~'
                } else {
                    '^'
                }
            })
            .collect();
        out.push(carets);
    };
    for (i, &n) in significant.iter().enumerate() {
        if i > 0 {
            match n - significant[i - 1] {
                2 => emit(n - 1, &mut out),
                gap if gap > 2 => out.push(format!("...<{} lines>...", gap - 1)),
                _ => {}
            }
        }
        emit(n, &mut out);
    }
    let refs: Vec<&str> = out.iter().map(|s| s.as_str()).collect();
    dedent(&refs)
}

/// `textwrap.dedent`: the lines without the leading whitespace they all share (lines of
/// only whitespace do not count, and become empty).
fn dedent(lines: &[&str]) -> Vec<String> {
    let margin = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.chars().take_while(|c| *c == ' ' || *c == '\t').count())
        .min()
        .unwrap_or(0);
    lines.iter().map(|l| if l.trim().is_empty() { String::new() } else { l.chars().skip(margin).collect() }).collect()
}

/// CPython's rule: carets appear when there are anchors or when the segment is not the whole
/// statement, except for `name = f(...)` and `return f(...)`, where the call is the statement.
fn should_show(lines: &[String], widths: &[usize], start: usize, end: usize, anchored: bool) -> bool {
    if let Ok(module) = crate::syntax::parse_module(&lines.join("\n")) {
        let Some(stmt) = module.body.first() else { return false };
        let value = match &stmt.kind {
            StmtKind::Return(Some(v @ Expr { kind: ExprKind::Call { func, .. }, .. }))
                if matches!(func.kind, ExprKind::Name(_)) =>
            {
                Some(v)
            }
            StmtKind::Assign { targets, value, .. }
                if targets.len() == 1
                    && matches!(targets[0].kind, ExprKind::Name(_))
                    && matches!(value.kind, ExprKind::Call { .. }) =>
            {
                Some(value)
            }
            _ => None,
        };
        if let Some(v) = value {
            let s = v.span;
            if s.line == 1 && s.end_line as usize == lines.len() && s.col as usize == start && s.end_col as usize == end
            {
                return false;
            }
        }
    }
    if anchored {
        return true;
    }
    let last = lines.len() - 1;
    lines[0].chars().take(start).any(|c| !c.is_whitespace())
        || lines[last].chars().skip(end.min(widths[last])).any(|c| !c.is_whitespace())
}

/// The `^` range of `segment`, for the expressions CPython anchors (parsed in parentheses,
/// so a segment may span lines).
fn anchors(segment: &str) -> Option<Anchors> {
    let expr = crate::syntax::parser::parse_expression(&format!("(\n{segment}\n)")).ok()?;
    let lines: Vec<Vec<char>> = segment.lines().map(|l| l.chars().collect()).collect();
    let cursor = Cursor { lines: &lines };
    // The end of `e` in segment coordinates (line 1 of the parse is the added parenthesis).
    let end_of = |e: &Expr| ((e.span.end_line as usize).checked_sub(2), e.span.end_col as usize);
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            let (line, col) = end_of(left);
            let (line, col) = cursor.valid(line?, col)?;
            let (line, col) = cursor.until(line, col, |c| !c.is_whitespace() && c != ')')?;
            // A two-character operator (`**`, `//`, ...): the next character on the line,
            // unless the right operand starts there.
            let mut right_col = col + 1;
            let right_line = (right.span.line as usize).checked_sub(2)?;
            if let Some(&c) = lines[line].get(right_col)
                && (right_line > line || right_col < right.span.col as usize)
                && !c.is_whitespace()
                && c != '\\'
                && c != '#'
            {
                right_col += 1;
            }
            Some(Anchors { left: (line, col), right: (line, right_col) })
        }
        ExprKind::Subscript { value: inner, .. } | ExprKind::Call { func: inner, .. } => {
            let open = if matches!(expr.kind, ExprKind::Call { .. }) { '(' } else { '[' };
            let (line, col) = end_of(inner);
            let (line, col) = cursor.valid(line?, col)?;
            let left = cursor.until(line, col, |c| c == open)?;
            let (end_line, end_col) = end_of(&expr);
            Some(Anchors { left, right: (end_line?, end_col) })
        }
        _ => None,
    }
}

/// Steps through a segment's characters the way CPython's anchor search does.
struct Cursor<'a> {
    lines: &'a [Vec<char>],
}

impl Cursor<'_> {
    /// `(line, col)`, or the start of the next line with a character when it is past its
    /// line's end; `None` past the segment.
    fn valid(&self, mut line: usize, mut col: usize) -> Option<(usize, usize)> {
        while col >= self.lines.get(line)?.len() {
            line += 1;
            col = 0;
        }
        Some((line, col))
    }

    /// The first position at or after `(line, col)` whose character satisfies `stop`; a
    /// comment or line continuation skips to the next line.
    fn until(&self, mut line: usize, mut col: usize, stop: impl Fn(char) -> bool) -> Option<(usize, usize)> {
        loop {
            let c = *self.lines.get(line)?.get(col)?;
            if c == '\\' || c == '#' {
                (line, col) = self.valid(line + 1, 0)?;
            } else if stop(c) {
                return Some((line, col));
            } else {
                (line, col) = self.valid(line, col + 1)?;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::snippet;

    fn one(line: &str, start: usize, end: usize) -> Option<String> {
        let out = snippet(&[line], start, end);
        assert_eq!(out[0], line.trim());
        out.get(1).cloned()
    }

    #[test]
    fn anchored_expressions_mix_tildes_and_carets() {
        assert_eq!(one("return 1/0", 7, 10).as_deref(), Some("       ~^~"));
        assert_eq!(one("x = a // b", 4, 10).as_deref(), Some("    ~~^^~~"));
        assert_eq!(one("exec(\"1/0\")", 0, 11).as_deref(), Some("~~~~^^^^^^^"));
        assert_eq!(one("print(d['k'])", 6, 12).as_deref(), Some("      ~^^^^^"));
        assert_eq!(one("y = a ** b + 1", 4, 10).as_deref(), Some("    ~~^^~~"));
    }

    #[test]
    fn whole_line_and_statement_calls_have_none() {
        assert_eq!(one("x = f()", 4, 7), None);
        assert_eq!(one("return g(1)", 7, 11), None);
        assert_eq!(one("raise ValueError", 0, 16), None);
        assert_eq!(one("foo.bar", 0, 7), None);
    }

    #[test]
    fn unanchored_part_of_a_line_gets_carets() {
        assert_eq!(one("print(foo.bar)", 6, 13).as_deref(), Some("      ^^^^^^^"));
        assert_eq!(one("    print(foo.bar)", 10, 17).as_deref(), Some("      ^^^^^^^"));
    }

    #[test]
    fn segments_over_several_lines() {
        assert_eq!(snippet(&["f(1,", "  0)"], 0, 4), ["f(1,", "~^^^", "  0)", "  ^^"]);
        assert_eq!(snippet(&["    x = (1 +", "      \"a\")"], 9, 9), ["x = (1 +", "     ~~^", "  \"a\")", "  ~~~"]);
        assert_eq!(snippet(&["assert (1 ==", "  2)"], 8, 3), ["assert (1 ==", "        ^^^^", "  2)", "  ^"]);
        // Only the lines around the anchors, the first and the last are shown.
        let long = ["print(f(", "    1,", "    2,", "    3,", "    4,", "), 5)"];
        assert_eq!(
            snippet(&long, 6, 1),
            ["print(f(", "      ~^", "    1,", "    ^^", "...<2 lines>...", "    4,", "    ^^", "), 5)", "^"]
        );
        // `name = f(...)` over several lines is the whole statement: no carets.
        let call = ["total = compute(", "    1,", "    2,", "    3,", "    4,", ")"];
        assert_eq!(snippet(&call, 8, 1), ["total = compute(", "    1,", "...<2 lines>...", "    4,", ")"]);
    }
}

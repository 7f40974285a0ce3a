//! The multi-match operations (`finditer`, `sub`, `split`) over [`Program::search_all`].

use alloc::vec::Vec;

use crate::compile::Program;
use crate::exec::{Interrupted, Search, Text};
use crate::template::{Template, TemplateItem};

const NONE: usize = usize::MAX;

/// Successive non-overlapping matches in `text[pos..end]`, at most `limit` (0: no limit).
pub fn find_all<T: Text + ?Sized>(
    prog: &Program,
    text: &T,
    pos: usize,
    end: usize,
    limit: usize,
    budget: &mut dyn FnMut(u64) -> bool,
) -> Result<Vec<Search>, Interrupted> {
    prog.search_all(text, pos, end, limit, budget)
}

/// Appends the expansion of `template` for match `m` (unmatched groups expand to nothing).
pub fn expand_into<T: Text + ?Sized>(template: &Template, m: &Search, text: &T, out: &mut Vec<u32>) {
    expand_spans(template, &m.spans, text, out);
}

/// [`expand_into`] for a match given as its spans.
fn expand_spans<T: Text + ?Sized>(template: &Template, spans: &[usize], text: &T, out: &mut Vec<u32>) {
    for item in template {
        match item {
            TemplateItem::Literal(l) => out.extend_from_slice(l),
            TemplateItem::Group(g) => {
                let (s, e) = (spans[2 * *g as usize], spans[2 * *g as usize + 1]);
                if s != NONE && e != NONE {
                    out.extend((s..e).map(|i| text.at(i)));
                }
            }
        }
    }
}

/// `re.subn` with a template: the new text and the number of replacements.
pub fn substitute<T: Text + ?Sized>(
    prog: &Program,
    template: &Template,
    text: &T,
    count: usize,
    budget: &mut dyn FnMut(u64) -> bool,
) -> Result<(Vec<u32>, usize), Interrupted> {
    let mut out = Vec::with_capacity(text.len());
    let mut last = 0;
    let n = prog.for_each_match(text, 0, text.len(), count, budget, |spans, _| {
        out.extend((last..spans[0]).map(|i| text.at(i)));
        expand_spans(template, spans, text, &mut out);
        last = spans[1];
    })?;
    out.extend((last..text.len()).map(|i| text.at(i)));
    Ok((out, n))
}

/// `re.split`: the pieces as spans, `None` for groups that did not take part.
pub fn split<T: Text + ?Sized>(
    prog: &Program,
    text: &T,
    maxsplit: usize,
    budget: &mut dyn FnMut(u64) -> bool,
) -> Result<Vec<Option<(usize, usize)>>, Interrupted> {
    let mut out = Vec::new();
    let mut last = 0;
    prog.for_each_match(text, 0, text.len(), maxsplit, budget, |spans, _| {
        out.push(Some((last, spans[0])));
        for g in 1..=prog.groups as usize {
            let (s, e) = (spans[2 * g], spans[2 * g + 1]);
            out.push(if s == NONE || e == NONE { None } else { Some((s, e)) });
        }
        last = spans[1];
    })?;
    out.push(Some((last, text.len())));
    Ok(out)
}

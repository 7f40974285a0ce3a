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

/// Where a substitution is written: code points, or (for ASCII text and bytes, when every
/// template literal fits) one byte each, copied straight from a byte subject.
pub trait Output<T: Text + ?Sized> {
    /// Appends `text[s..e]`.
    fn span(&mut self, text: &T, s: usize, e: usize);
    /// Appends a template literal.
    fn literal(&mut self, l: &[u32]);
}

impl<T: Text + ?Sized> Output<T> for Vec<u32> {
    fn span(&mut self, text: &T, s: usize, e: usize) {
        self.extend((s..e).map(|i| text.at(i)));
    }
    fn literal(&mut self, l: &[u32]) {
        self.extend_from_slice(l);
    }
}

/// The caller checks that the template's literals are bytes ([`literals_below`]).
impl Output<[u8]> for Vec<u8> {
    fn span(&mut self, text: &[u8], s: usize, e: usize) {
        self.extend_from_slice(&text[s..e]);
    }
    fn literal(&mut self, l: &[u32]) {
        self.extend(l.iter().map(|&c| c as u8));
    }
}

/// Whether every literal of `template` is below `limit` (128: ASCII, 256: a byte).
pub fn literals_below(template: &Template, limit: u32) -> bool {
    template.iter().all(|item| match item {
        TemplateItem::Literal(l) => l.iter().all(|&c| c < limit),
        TemplateItem::Group(_) => true,
    })
}

/// Appends the expansion of `template` for match `m` (unmatched groups expand to nothing).
pub fn expand_into<T: Text + ?Sized>(template: &Template, m: &Search, text: &T, out: &mut Vec<u32>) {
    expand_spans(template, &m.spans, text, out);
}

/// [`expand_into`] for a match given as its spans.
fn expand_spans<T: Text + ?Sized, O: Output<T>>(template: &Template, spans: &[usize], text: &T, out: &mut O) {
    for item in template {
        match item {
            TemplateItem::Literal(l) => out.literal(l),
            TemplateItem::Group(g) => {
                let (s, e) = (spans[2 * *g as usize], spans[2 * *g as usize + 1]);
                if s != NONE && e != NONE {
                    out.span(text, s, e);
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
    let n = substitute_into(prog, template, text, count, budget, &mut out)?;
    Ok((out, n))
}

/// [`substitute`] into any [`Output`]; returns the number of replacements.
pub fn substitute_into<T: Text + ?Sized, O: Output<T>>(
    prog: &Program,
    template: &Template,
    text: &T,
    count: usize,
    budget: &mut dyn FnMut(u64) -> bool,
    out: &mut O,
) -> Result<usize, Interrupted> {
    let mut last = 0;
    let n = prog.for_each_match(text, 0, text.len(), count, budget, |spans, _| {
        out.span(text, last, spans[0]);
        expand_spans(template, spans, text, out);
        last = spans[1];
    })?;
    out.span(text, last, text.len());
    Ok(n)
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
        // Not `1..=groups`: an inclusive range steps slower, per separator of a long text.
        for g in 1..prog.groups as usize + 1 {
            let (s, e) = (spans[2 * g], spans[2 * g + 1]);
            out.push(if s == NONE || e == NONE { None } else { Some((s, e)) });
        }
        last = spans[1];
    })?;
    out.push(Some((last, text.len())));
    Ok(out)
}

//! The backtracking matcher. All state is in vectors (capture slots, repeat registers and a
//! stack of choice points and undo records), never on the Rust stack, so any pattern on any
//! subject runs in bounded native stack; a step budget lets the host stop runaway patterns.

use alloc::vec::Vec;
use core::cell::RefCell;

use crate::ast::{Assertion, RepeatKind};
use crate::compile::{Inst, Program, Single};

/// A subject: a sequence of code points (bytes are 0..=255).
pub trait Text {
    fn len(&self) -> usize;
    fn at(&self, i: usize) -> u32;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Text for [u8] {
    #[inline]
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }
    #[inline]
    fn at(&self, i: usize) -> u32 {
        self[i] as u32
    }
}

impl Text for [u32] {
    #[inline]
    fn len(&self) -> usize {
        <[u32]>::len(self)
    }
    #[inline]
    fn at(&self, i: usize) -> u32 {
        self[i]
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Anchored at the start position (`re.match`).
    Match,
    /// Anchored at both ends (`re.fullmatch`).
    Full,
    /// The leftmost match at or after the start position (`re.search`).
    Search,
}

/// The step budget ran out (the host's hook returned `false`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Interrupted;

/// A successful match: `spans[2*g]..spans[2*g+1]` for each group g (group 0 is the whole
/// match), `usize::MAX` for groups that did not take part; `lastindex` like `Match.lastindex`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Search {
    pub spans: Vec<usize>,
    pub lastindex: Option<u32>,
}

const NONE: usize = usize::MAX;
/// The pseudo-slot whose undo records restore `lastindex`.
const LASTINDEX_SLOT: u32 = u32::MAX;
/// How many steps run between calls of the budget hook.
const BUDGET_CHUNK: u64 = 1024;

#[derive(Clone, Copy)]
enum Frame {
    /// Resume at `pc` with `pos`.
    Alt { pc: u32, pos: usize },
    /// Undo a capture slot write.
    Slot { slot: u32, old: usize },
    /// Undo a repeat register write.
    Reg { reg: u32, count: u32, last: usize },
    /// A greedy single-character repeat can give back characters down to `min_pos`.
    Greedy { pc: u32, min_pos: usize, pos: usize },
    /// A lazy single-character repeat (instruction `pc`) may take one more character.
    Lazy { pc: u32, count: u32, pos: usize },
    /// A lazy general repeat (its RepUntil at `pc`) may run its body once more.
    LazyIter { pc: u32, pos: usize },
    /// Start of a lookaround (its LookStart at `pc`, started at `pos`).
    Look { pc: u32, pos: usize },
    /// Start of an atomic group.
    Atomic,
}

impl Frame {
    fn is_undo(&self) -> bool {
        matches!(self, Frame::Slot { .. } | Frame::Reg { .. })
    }
}

/// The matcher's work vectors, kept by the [`Program`] between searches: a scanner loop
/// (`p.match(text, pos)` per token) otherwise allocated and freed three of them per call,
/// which cost it more than the match itself (most of all in wasm, under dlmalloc).
#[derive(Default)]
pub(crate) struct Scratch {
    slots: Vec<usize>,
    regs: Vec<(u32, usize)>,
    stack: Vec<Frame>,
}

/// Where a [`Program`] keeps its [`Scratch`] while no search runs (a nested search of the
/// same program, from a budget hook, finds it empty and allocates its own).
pub(crate) type ScratchCell = RefCell<Option<Scratch>>;

struct Matcher<'a, T: Text + ?Sized> {
    prog: &'a Program,
    text: &'a T,
    end: usize,
    slots: Vec<usize>,
    lastindex: Option<u32>,
    regs: Vec<(u32, usize)>,
    stack: Vec<Frame>,
    steps: u64,
    budget: &'a mut dyn FnMut(u64) -> bool,
}

impl Program {
    /// Runs the pattern on `text[..end]` from `pos` (`pos <= end <= text.len()`). With
    /// `must_advance`, a match may not end at `pos` (used to step past empty matches in
    /// `finditer`, `sub` and `split`). `budget` is called with the steps taken, every
    /// thousand or so; returning `false` stops the search with [`Interrupted`].
    pub fn search<T: Text + ?Sized>(
        &self,
        text: &T,
        pos: usize,
        end: usize,
        mode: Mode,
        must_advance: bool,
        budget: &mut dyn FnMut(u64) -> bool,
    ) -> Result<Option<Search>, Interrupted> {
        let mut m = Matcher::new(self, text, end, budget);
        let r = m.find(pos, mode, must_advance);
        m.flush();
        m.finish();
        r
    }

    /// Successive non-overlapping matches in `text[pos..end]`, at most `limit` (0: no
    /// limit), with CPython 3.7+'s rule for empty matches: after an empty match the next one
    /// may be empty only if it starts further on.
    pub fn search_all<T: Text + ?Sized>(
        &self,
        text: &T,
        pos: usize,
        end: usize,
        limit: usize,
        budget: &mut dyn FnMut(u64) -> bool,
    ) -> Result<Vec<Search>, Interrupted> {
        let mut out = Vec::new();
        self.for_each_match(text, pos, end, limit, budget, |spans, lastindex| {
            out.push(Search { spans: spans.to_vec(), lastindex })
        })?;
        Ok(out)
    }

    /// A scanner loop's matches: the one at `pos`, then up to `limit - 1` more, each at the
    /// previous one's end, until one fails or is empty (the loop would then call again at the
    /// same place). Each is given to `f` with the position it was looked for at. One matcher
    /// serves them all (a search each set up and tore one down, and copied out its spans).
    /// Returns how many there were.
    #[allow(clippy::too_many_arguments)]
    pub fn for_each_step<T: Text + ?Sized>(
        &self,
        text: &T,
        pos: usize,
        end: usize,
        mode: Mode,
        limit: usize,
        budget: &mut dyn FnMut(u64) -> bool,
        mut f: impl FnMut(&[usize], Option<u32>, usize),
    ) -> Result<usize, Interrupted> {
        let mut m = Matcher::new(self, text, end, budget);
        let mut n = 0;
        let mut at = pos;
        let r = loop {
            match m.find_in_place(at, mode, false) {
                Ok(true) => {}
                Ok(false) => break Ok(n),
                Err(e) => break Err(e),
            }
            let (s, e) = (m.slots[0], m.slots[1]);
            f(&m.slots, m.lastindex, at);
            n += 1;
            if n >= limit || s == e {
                break Ok(n);
            }
            at = e;
        };
        m.flush();
        m.finish();
        r
    }

    /// The matches of [`Program::search_all`], each given to `f` as its spans and lastindex
    /// as they are found, without collecting them (a `split` on every separator of a long
    /// text otherwise allocated a vector per piece). Returns how many there were.
    pub fn for_each_match<T: Text + ?Sized>(
        &self,
        text: &T,
        pos: usize,
        end: usize,
        limit: usize,
        budget: &mut dyn FnMut(u64) -> bool,
        mut f: impl FnMut(&[usize], Option<u32>),
    ) -> Result<usize, Interrupted> {
        let mut m = Matcher::new(self, text, end, budget);
        let end = m.end;
        let mut n = 0;
        let mut start = pos;
        let mut must_advance = false;
        while start <= end && (limit == 0 || n < limit) {
            if !m.find_in_place(start, Mode::Search, must_advance)? {
                break;
            }
            let (s, e) = (m.slots[0], m.slots[1]);
            f(&m.slots, m.lastindex);
            n += 1;
            must_advance = e == s;
            start = e;
        }
        m.flush();
        m.finish();
        Ok(n)
    }
}

impl<'a, T: Text + ?Sized> Matcher<'a, T> {
    fn new(prog: &'a Program, text: &'a T, end: usize, budget: &'a mut dyn FnMut(u64) -> bool) -> Self {
        let Scratch { mut slots, mut regs, mut stack } = prog.scratch.borrow_mut().take().unwrap_or_else(|| Scratch {
            // Most matches need a few dozen frames; growing from empty reallocates several
            // times.
            stack: Vec::with_capacity(32),
            ..Scratch::default()
        });
        slots.clear();
        slots.resize(2 * (prog.groups as usize + 1), NONE);
        regs.clear();
        regs.resize(prog.regs as usize, (0, NONE));
        stack.clear();
        Matcher { prog, text, end: end.min(text.len()), slots, lastindex: None, regs, stack, steps: 0, budget }
    }

    /// Gives the work vectors back to the program for its next search.
    fn finish(self) {
        let Matcher { prog, slots, regs, stack, .. } = self;
        *prog.scratch.borrow_mut() = Some(Scratch { slots, regs, stack });
    }

    /// Reports the steps not yet charged to the budget.
    fn flush(&mut self) {
        if !self.steps.is_multiple_of(BUDGET_CHUNK) {
            (self.budget)(self.steps % BUDGET_CHUNK);
        }
    }

    fn find(&mut self, pos: usize, mode: Mode, must_advance: bool) -> Result<Option<Search>, Interrupted> {
        Ok(self
            .find_in_place(pos, mode, must_advance)?
            .then(|| Search { spans: self.slots.clone(), lastindex: self.lastindex }))
    }

    /// [`Matcher::find`], leaving a match's spans in `slots` (and its lastindex).
    fn find_in_place(&mut self, pos: usize, mode: Mode, must_advance: bool) -> Result<bool, Interrupted> {
        let end = self.end;
        if pos > end {
            return Ok(false);
        }
        let mut start = pos;
        let lead = self.prog.lead;
        loop {
            if mode == Mode::Search {
                if let Some(s) = lead {
                    start = self.skip_to(s, start, end);
                } else if !self.prog.lead_alts.is_empty() {
                    start = self.skip_to_any(start, end);
                }
            }
            let may_start = lead.is_none_or(|s| start < end && self.single(s, self.text.at(start)))
                && (self.prog.lead_alts.is_empty() || start < end && self.starts_alt(self.text.at(start)))
                && self.prog.lead_asserts.iter().all(|&a| self.assert(a, start));
            if may_start && let Some(e) = self.run(start, mode, must_advance && start == pos)? {
                self.slots[0] = start;
                self.slots[1] = e;
                return Ok(true);
            }
            if mode != Mode::Search || start >= end {
                return Ok(false);
            }
            start += 1;
        }
    }
}

impl<T: Text + ?Sized> Matcher<'_, T> {
    #[inline(always)]
    fn tick(&mut self) -> Result<(), Interrupted> {
        self.steps += 1;
        if self.steps.is_multiple_of(BUDGET_CHUNK) && !(self.budget)(BUDGET_CHUNK) {
            return Err(Interrupted);
        }
        Ok(())
    }

    #[inline(always)]
    fn single(&self, s: Single, c: u32) -> bool {
        self.prog.single(s, c)
    }

    /// The first position from `start` (or `end`) whose character `s` matches: the search for
    /// a match's possible start, over most of the subject when matches are sparse. One loop
    /// per kind of matcher, so that the loop does not choose the kind per character.
    fn skip_to(&self, s: Single, mut start: usize, end: usize) -> usize {
        let text = self.text;
        match s {
            Single::Char(x) => {
                while start < end && text.at(start) != x {
                    start += 1;
                }
            }
            Single::Set(i) => {
                let set = &self.prog.sets[i as usize];
                while start < end && !set.contains(&self.prog.chars, text.at(start)) {
                    start += 1;
                }
            }
            _ => {
                while start < end && !self.single(s, text.at(start)) {
                    start += 1;
                }
            }
        }
        start
    }

    /// Whether `c` can begin one of the branches in `lead_alts`.
    #[inline(always)]
    fn starts_alt(&self, c: u32) -> bool {
        if c < 128 {
            return self.prog.lead_ascii[c as usize / 64] & (1 << (c % 64)) != 0;
        }
        self.prog.lead_alts.iter().any(|&s| self.single(s, c))
    }

    /// [`Self::skip_to`] for a start that needs one of `lead_alts`.
    fn skip_to_any(&self, mut start: usize, end: usize) -> usize {
        while start < end && !self.starts_alt(self.text.at(start)) {
            start += 1;
        }
        start
    }

    fn is_word_at(&self, i: usize, unicode: bool) -> bool {
        i < self.end && self.prog.chars.is_word(self.text.at(i), unicode)
    }

    fn assert(&self, a: Assertion, pos: usize) -> bool {
        let nl = '\n' as u32;
        match a {
            Assertion::Begin => pos == 0,
            Assertion::BeginLine => pos == 0 || self.text.at(pos - 1) == nl,
            Assertion::End => pos == self.end || (pos + 1 == self.end && self.text.at(pos) == nl),
            Assertion::EndLine => pos == self.end || self.text.at(pos) == nl,
            Assertion::EndString => pos == self.end,
            Assertion::Boundary { unicode } | Assertion::NonBoundary { unicode } => {
                if self.end == 0 {
                    return false;
                }
                let before = pos > 0 && self.is_word_at(pos - 1, unicode);
                let after = self.is_word_at(pos, unicode);
                (before != after) == matches!(a, Assertion::Boundary { .. })
            }
        }
    }

    fn set_slot(&mut self, slot: u32, value: usize) {
        let old = self.slots[slot as usize];
        self.stack.push(Frame::Slot { slot, old });
        self.slots[slot as usize] = value;
        if slot % 2 == 1 {
            let old = self.lastindex.map_or(NONE, |g| g as usize);
            self.stack.push(Frame::Slot { slot: LASTINDEX_SLOT, old });
            self.lastindex = Some(slot / 2);
        }
    }

    fn set_reg(&mut self, reg: u32, count: u32, last: usize) {
        let (c, l) = self.regs[reg as usize];
        self.stack.push(Frame::Reg { reg, count: c, last: l });
        self.regs[reg as usize] = (count, last);
    }

    fn undo(&mut self, f: Frame) {
        match f {
            Frame::Slot { slot: LASTINDEX_SLOT, old } => {
                self.lastindex = if old == NONE { None } else { Some(old as u32) };
            }
            Frame::Slot { slot, old } => self.slots[slot as usize] = old,
            Frame::Reg { reg, count, last } => self.regs[reg as usize] = (count, last),
            _ => {}
        }
    }

    /// Index of the innermost open lookaround or atomic barrier.
    fn barrier(&self, look: bool) -> Option<usize> {
        self.stack.iter().rposition(|f| if look { matches!(f, Frame::Look { .. }) } else { matches!(f, Frame::Atomic) })
    }

    /// Drops the choice points from `at` up (the barrier included), keeping undo records so
    /// that captures made inside can still be undone by an outer backtrack.
    fn cut(&mut self, at: usize) {
        let mut w = at;
        for r in at..self.stack.len() {
            if self.stack[r].is_undo() {
                self.stack[w] = self.stack[r];
                w += 1;
            }
        }
        self.stack.truncate(w);
    }

    /// Pops the stack to the next place to resume; `None` when every choice failed.
    fn backtrack(&mut self) -> Result<Option<(u32, usize)>, Interrupted> {
        while let Some(f) = self.stack.pop() {
            self.tick()?;
            match f {
                Frame::Slot { .. } | Frame::Reg { .. } => self.undo(f),
                Frame::Alt { pc, pos } => return Ok(Some((pc, pos))),
                Frame::Greedy { pc, min_pos, pos } => {
                    let mut p = pos - 1;
                    // Give back characters until the next literal could match (past group
                    // ends and starts, which take no characters: `(\d+)\.`).
                    let mut next = pc as usize;
                    while let Some(Inst::Save(_)) = self.prog.insts.get(next) {
                        next += 1;
                    }
                    if let Some(Inst::One(Single::Char(c))) = self.prog.insts.get(next) {
                        while p > min_pos && (p >= self.end || self.text.at(p) != *c) {
                            p -= 1;
                        }
                    }
                    if p > min_pos {
                        self.stack.push(Frame::Greedy { pc, min_pos, pos: p });
                    }
                    return Ok(Some((pc, p)));
                }
                Frame::Lazy { pc, count, pos } => {
                    let Inst::OneRep { item, max, .. } = self.prog.insts[pc as usize] else { continue };
                    if count < max && pos < self.end && self.single(item, self.text.at(pos)) {
                        if count + 1 < max {
                            self.stack.push(Frame::Lazy { pc, count: count + 1, pos: pos + 1 });
                        }
                        return Ok(Some((pc + 1, pos + 1)));
                    }
                }
                Frame::LazyIter { pc, pos } => {
                    let Inst::RepUntil { reg, .. } = self.prog.insts[pc as usize] else { continue };
                    let (count, _) = self.regs[reg as usize];
                    self.set_reg(reg, count + 1, pos);
                    return Ok(Some((pc + 1, pos)));
                }
                Frame::Look { pc, pos } => {
                    // The lookaround body failed: a negative one succeeds.
                    if let Inst::LookStart { negated: true, cont, .. } = self.prog.insts[pc as usize] {
                        return Ok(Some((cont, pos)));
                    }
                }
                Frame::Atomic => {}
            }
        }
        Ok(None)
    }

    /// One anchored attempt at `start`; returns the end of the match.
    fn run(&mut self, start: usize, mode: Mode, must_advance: bool) -> Result<Option<usize>, Interrupted> {
        self.slots.fill(NONE);
        self.lastindex = None;
        self.stack.clear();
        let mut pc: u32 = 0;
        let mut pos = start;
        loop {
            self.tick()?;
            let ok = match self.prog.insts[pc as usize] {
                Inst::One(s) => {
                    if pos < self.end && self.single(s, self.text.at(pos)) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Assert(a) => {
                    pc += 1;
                    self.assert(a, pos)
                }
                Inst::Save(slot) => {
                    self.set_slot(slot, pos);
                    pc += 1;
                    true
                }
                Inst::Split(a, b) => {
                    self.stack.push(Frame::Alt { pc: b, pos });
                    pc = a;
                    true
                }
                Inst::Jmp(t) => {
                    pc = t;
                    true
                }
                Inst::RepStart(reg) => {
                    self.set_reg(reg, 0, NONE);
                    pc += 1;
                    true
                }
                Inst::RepUntil { reg, min, max, greedy, exit } => {
                    let (count, last) = self.regs[reg as usize];
                    if count < min {
                        // Like sre, required iterations leave the empty-iteration guard alone.
                        self.set_reg(reg, count + 1, last);
                        pc += 1;
                    } else if count < max && pos != last {
                        if greedy {
                            self.stack.push(Frame::Alt { pc: exit, pos });
                            self.set_reg(reg, count + 1, pos);
                            pc += 1;
                        } else {
                            self.stack.push(Frame::LazyIter { pc, pos });
                            pc = exit;
                        }
                    } else {
                        pc = exit;
                    }
                    true
                }
                Inst::OneRep { item, min, max, kind } => {
                    let limit = if max == u32::MAX { self.end } else { self.end.min(pos.saturating_add(max as usize)) };
                    let want =
                        if kind == RepeatKind::Lazy { pos.saturating_add(min as usize).min(limit) } else { limit };
                    let mut p = pos;
                    while p < want && self.single(item, self.text.at(p)) {
                        p += 1;
                        if (p - pos).is_multiple_of(4096) {
                            self.tick()?;
                        }
                    }
                    let n = (p - pos) as u32;
                    if n < min {
                        false
                    } else {
                        match kind {
                            RepeatKind::Greedy if n > min => {
                                self.stack.push(Frame::Greedy { pc: pc + 1, min_pos: pos + min as usize, pos: p });
                            }
                            RepeatKind::Lazy if n < max => {
                                self.stack.push(Frame::Lazy { pc, count: n, pos: p });
                            }
                            _ => {}
                        }
                        pos = p;
                        pc += 1;
                        true
                    }
                }
                Inst::Backref { group, icase, unicode } => {
                    let (s, e) = (self.slots[2 * group as usize], self.slots[2 * group as usize + 1]);
                    if s == NONE || e == NONE || e < s || pos + (e - s) > self.end {
                        false
                    } else {
                        let ch = &self.prog.chars;
                        let same = (0..e - s).all(|i| {
                            let (a, b) = (self.text.at(s + i), self.text.at(pos + i));
                            a == b || (icase && ch.lower(a, unicode) == ch.lower(b, unicode))
                        });
                        if same {
                            pos += e - s;
                            pc += 1;
                        }
                        same
                    }
                }
                Inst::LookStart { behind, negated, cont } => {
                    let from = match behind {
                        Some(w) => pos.checked_sub(w as usize),
                        None => Some(pos),
                    };
                    match from {
                        Some(from) => {
                            self.stack.push(Frame::Look { pc, pos });
                            pos = from;
                            pc += 1;
                            true
                        }
                        None if negated => {
                            pc = cont;
                            true
                        }
                        None => false,
                    }
                }
                Inst::LookEnd => match self.barrier(true) {
                    Some(b) => {
                        let Frame::Look { pc: start_pc, pos: saved } = self.stack[b] else { return Ok(None) };
                        let Inst::LookStart { behind, negated, cont } = self.prog.insts[start_pc as usize] else {
                            return Ok(None);
                        };
                        if behind.is_some() && pos != saved {
                            false
                        } else if negated {
                            while self.stack.len() > b {
                                if let Some(f) = self.stack.pop() {
                                    self.undo(f);
                                }
                            }
                            false
                        } else {
                            self.cut(b);
                            pos = saved;
                            pc = cont;
                            true
                        }
                    }
                    None => false,
                },
                Inst::AtomicStart => {
                    self.stack.push(Frame::Atomic);
                    pc += 1;
                    true
                }
                Inst::AtomicEnd => {
                    if let Some(b) = self.barrier(false) {
                        self.cut(b);
                    }
                    pc += 1;
                    true
                }
                Inst::Cond { group, no } => {
                    let matched = self.slots[2 * group as usize] != NONE && self.slots[2 * group as usize + 1] != NONE;
                    pc = if matched { pc + 1 } else { no };
                    true
                }
                Inst::Fail => false,
                Inst::Match => {
                    if (mode == Mode::Full && pos != self.end) || (must_advance && pos == start) {
                        false
                    } else {
                        return Ok(Some(pos));
                    }
                }
            };
            if !ok {
                match self.backtrack()? {
                    Some((p, q)) => {
                        pc = p;
                        pos = q;
                    }
                    None => return Ok(None),
                }
            }
        }
    }
}

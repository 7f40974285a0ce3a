//! [`Node`] → a flat instruction [`Program`].

use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use crate::ast::*;
use crate::chars::{CharProps, Chars, equivalents};
use crate::error::{Error, ErrorKind};
use crate::exec::ScratchCell;
use crate::parse::{parse, width};
use crate::set::CharSet;

/// A matcher for exactly one character.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Single {
    Char(u32),
    /// Compares case-folded characters (IGNORECASE); holds the folded pattern character.
    CharFold {
        c: u32,
        unicode: bool,
    },
    Any,
    AnyNoNewline,
    Set(u32),
}

#[derive(Clone, Copy, Debug)]
pub(crate) enum Inst {
    One(Single),
    Assert(Assertion),
    /// Records the position in a capture slot (2*group for the start, 2*group+1 for the end).
    Save(u32),
    /// Tries the first target, then (on backtracking) the second.
    Split(u32, u32),
    Jmp(u32),
    /// Starts a general repeat: resets its register (iterations so far, start of the last one).
    RepStart(u32),
    /// Decides whether to run the body (at pc+1) again or continue at `exit`, like sre's
    /// MAX_UNTIL/MIN_UNTIL: an iteration that consumed nothing ends the loop.
    RepUntil {
        reg: u32,
        min: u32,
        max: u32,
        greedy: bool,
        exit: u32,
    },
    /// A repeat of one single-character matcher: consumes in bulk, backtracks one at a time.
    OneRep {
        item: Single,
        min: u32,
        max: u32,
        kind: RepeatKind,
    },
    Backref {
        group: u32,
        icase: bool,
        unicode: bool,
    },
    /// Starts a lookaround whose body follows; `cont` is the instruction after its LookEnd.
    LookStart {
        behind: Option<u32>,
        negated: bool,
        cont: u32,
    },
    LookEnd,
    AtomicStart,
    AtomicEnd,
    /// `(?(group)yes|no)`: falls through to `yes` when the group matched, else jumps to `no`.
    Cond {
        group: u32,
        no: u32,
    },
    Fail,
    Match,
}

/// A compiled pattern.
pub struct Program {
    pub(crate) insts: Vec<Inst>,
    pub(crate) sets: Vec<CharSet>,
    pub(crate) regs: u32,
    pub(crate) chars: Chars,
    /// What every match starts with, so that start positions can be skipped without
    /// running the program: zero-width assertions, then a matcher for the first character.
    pub(crate) lead_asserts: Vec<Assertion>,
    pub(crate) lead: Option<Single>,
    /// Without one `lead`: the first characters of an alternation's branches (`cat|dog`),
    /// when every branch starts with a consuming matcher; a start needs one of them.
    pub(crate) lead_alts: Vec<Single>,
    /// Which ASCII characters begin one of `lead_alts`, bit per character: one test per
    /// position of the usual subject instead of one per branch.
    pub(crate) lead_ascii: [u64; 2],
    /// The flags after inline global flags and type defaults (`re.U` for str patterns).
    pub flags: u32,
    /// Number of capturing groups.
    pub groups: u32,
    /// Named groups in definition order.
    pub names: Vec<(String, u32)>,
    /// A str pattern (else bytes): which subjects it accepts.
    pub is_text: bool,
    /// The matcher's work vectors between searches.
    pub(crate) scratch: ScratchCell,
}

/// Parses and compiles `pattern` (code points; bytes patterns as 0..=255).
pub fn compile(pattern: &[u32], is_text: bool, flags: u32, props: CharProps) -> Result<Program, Error> {
    let parsed = parse(pattern, is_text, flags, &props)?;
    let chars = Chars { props };
    let mut c = Compiler { insts: Vec::new(), sets: Vec::new(), regs: 0, chars, group_widths: Vec::new() };
    c.group_widths = vec![None; parsed.groups as usize + 1];
    c.node(&parsed.node)?;
    c.insts.push(Inst::Match);
    let (lead_asserts, lead) = lead(&c.insts);
    let lead_alts = if lead.is_none() && lead_asserts.is_empty() { lead_alts(&c.insts) } else { Vec::new() };
    let mut prog = Program {
        insts: c.insts,
        sets: c.sets.into_iter().map(|class| CharSet::new(class, &chars)).collect(),
        regs: c.regs,
        chars,
        lead_asserts,
        lead,
        lead_alts,
        lead_ascii: [0; 2],
        flags: parsed.flags,
        groups: parsed.groups,
        names: parsed.names,
        is_text,
        scratch: ScratchCell::default(),
    };
    for c in 0..128u32 {
        if prog.lead_alts.iter().any(|&s| prog.single(s, c)) {
            prog.lead_ascii[c as usize / 64] |= 1 << (c % 64);
        }
    }
    Ok(prog)
}

impl Program {
    /// Whether the one-character matcher `s` accepts `c`.
    #[inline(always)]
    pub(crate) fn single(&self, s: Single, c: u32) -> bool {
        match s {
            Single::Char(x) => c == x,
            Single::CharFold { c: x, unicode } => self.chars.fold(c, unicode) == x,
            Single::Any => true,
            Single::AnyNoNewline => c != '\n' as u32,
            Single::Set(i) => self.sets[i as usize].contains(&self.chars, c),
        }
    }
}

/// The assertions before the first consuming instruction and that instruction's matcher,
/// when it must match (captures only record positions, so they are skipped over).
fn lead(insts: &[Inst]) -> (Vec<Assertion>, Option<Single>) {
    let mut asserts = Vec::new();
    for inst in insts {
        match inst {
            Inst::Save(_) => {}
            Inst::Assert(a) => asserts.push(*a),
            Inst::One(s) => return (asserts, Some(*s)),
            Inst::OneRep { item, min, .. } if *min > 0 => return (asserts, Some(*item)),
            _ => break,
        }
    }
    (asserts, None)
}

/// Branches worth a pre-check per start position: beyond this many, running the program is
/// about as quick.
const MAX_LEAD_ALTS: usize = 8;

/// The first consuming matcher on every path from the start through captures, jumps and
/// alternation splits; empty when some path meets anything else first (an assertion, a
/// loop, a possibly empty match) or there are too many.
fn lead_alts(insts: &[Inst]) -> Vec<Single> {
    let mut alts = Vec::new();
    let mut pending = vec![0u32];
    let mut seen = vec![false; insts.len()];
    while let Some(mut pc) = pending.pop() {
        loop {
            let Some(inst) = insts.get(pc as usize) else { return Vec::new() };
            if core::mem::replace(&mut seen[pc as usize], true) {
                break;
            }
            match inst {
                Inst::Save(_) => pc += 1,
                Inst::Jmp(to) => pc = *to,
                Inst::Split(a, b) => {
                    pending.push(*b);
                    pc = *a;
                }
                Inst::One(s) => {
                    alts.push(*s);
                    break;
                }
                Inst::OneRep { item, min, .. } if *min > 0 => {
                    alts.push(*item);
                    break;
                }
                _ => return Vec::new(),
            }
        }
        if alts.len() > MAX_LEAD_ALTS || alts.iter().any(|s| matches!(s, Single::Any)) {
            return Vec::new();
        }
    }
    alts
}

struct Compiler {
    insts: Vec<Inst>,
    sets: Vec<Class>,
    regs: u32,
    chars: Chars,
    group_widths: Vec<Option<(u64, u64)>>,
}

impl Compiler {
    fn pc(&self) -> u32 {
        self.insts.len() as u32
    }

    fn emit(&mut self, i: Inst) -> u32 {
        self.insts.push(i);
        self.pc() - 1
    }

    fn patch(&mut self, at: u32, i: Inst) {
        self.insts[at as usize] = i;
    }

    fn single(&mut self, node: &Node) -> Single {
        match node {
            Node::Literal { c, icase, unicode } => {
                let ch = &self.chars;
                if *icase {
                    let l = ch.lower(*c, *unicode);
                    let cased = l != *c || ch.upper(*c, *unicode) != *c || (*unicode && !equivalents(l).is_empty());
                    if cased {
                        return Single::CharFold { c: ch.fold(*c, *unicode), unicode: *unicode };
                    }
                }
                Single::Char(*c)
            }
            Node::Any { dotall } => {
                if *dotall {
                    Single::Any
                } else {
                    Single::AnyNoNewline
                }
            }
            Node::Class(class) => {
                self.sets.push(class.clone());
                Single::Set(self.sets.len() as u32 - 1)
            }
            _ => Single::Any,
        }
    }

    fn node(&mut self, node: &Node) -> Result<(), Error> {
        match node {
            Node::Empty => {}
            Node::Literal { .. } | Node::Any { .. } | Node::Class(_) => {
                let s = self.single(node);
                self.emit(Inst::One(s));
            }
            Node::Concat(v) => {
                for n in v {
                    self.node(n)?;
                }
            }
            Node::Alt(v) => {
                let mut jumps = Vec::new();
                for (i, n) in v.iter().enumerate() {
                    if i + 1 < v.len() {
                        let split = self.emit(Inst::Split(0, 0));
                        self.node(n)?;
                        jumps.push(self.emit(Inst::Jmp(0)));
                        let next = self.pc();
                        self.patch(split, Inst::Split(split + 1, next));
                    } else {
                        self.node(n)?;
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.patch(j, Inst::Jmp(end));
                }
            }
            Node::Group { index, node } => {
                self.emit(Inst::Save(index * 2));
                self.node(node)?;
                self.emit(Inst::Save(index * 2 + 1));
                self.group_widths[*index as usize] = Some(width(node, &self.group_widths));
            }
            Node::Repeat { min, max, kind, node } => self.repeat(*min, *max, *kind, node)?,
            Node::Atomic(n) => {
                self.emit(Inst::AtomicStart);
                self.node(n)?;
                self.emit(Inst::AtomicEnd);
            }
            Node::Look { behind, negated, node } => {
                let behind = if *behind {
                    let (lo, hi) = width(node, &self.group_widths);
                    if lo != hi {
                        return Err(Error::other(ErrorKind::Pattern, "look-behind requires fixed-width pattern"));
                    }
                    if lo > u32::MAX as u64 {
                        return Err(Error::other(ErrorKind::Pattern, "looks too much behind"));
                    }
                    Some(lo as u32)
                } else {
                    None
                };
                let start = self.emit(Inst::Fail);
                self.node(node)?;
                self.emit(Inst::LookEnd);
                let cont = self.pc();
                self.patch(start, Inst::LookStart { behind, negated: *negated, cont });
            }
            Node::Backref { group, icase, unicode } => {
                self.emit(Inst::Backref { group: *group, icase: *icase, unicode: *unicode });
            }
            Node::Cond { group, yes, no } => {
                let cond = self.emit(Inst::Fail);
                self.node(yes)?;
                let jmp = self.emit(Inst::Jmp(0));
                let no_pc = self.pc();
                self.node(no)?;
                let end = self.pc();
                self.patch(cond, Inst::Cond { group: *group, no: no_pc });
                self.patch(jmp, Inst::Jmp(end));
            }
            Node::Assert(a) => {
                self.emit(Inst::Assert(*a));
            }
            Node::Fail => {
                self.emit(Inst::Fail);
            }
        }
        Ok(())
    }

    /// Emits a small exactly-`n`-times repeat as `n` copies of its body: every iteration is
    /// required, so the copies behave like the loop but skip its register bookkeeping.
    /// Returns `false` (emitting nothing) when the copies would be too large.
    fn unrolled(&mut self, n: u32, node: &Node) -> Result<bool, Error> {
        const MAX_UNROLLED: usize = 64;
        let (start, sets, regs) = (self.insts.len(), self.sets.len(), self.regs);
        self.node(node)?;
        let size = self.insts.len() - start;
        if size.saturating_mul(n as usize) > MAX_UNROLLED {
            self.insts.truncate(start);
            self.sets.truncate(sets);
            self.regs = regs;
            return Ok(false);
        }
        for _ in 1..n {
            self.node(node)?;
        }
        Ok(true)
    }

    fn repeat(&mut self, min: u32, max: u32, kind: RepeatKind, node: &Node) -> Result<(), Error> {
        if max == 0 {
            return Ok(());
        }
        if node.is_single_char() {
            let item = self.single(node);
            self.emit(Inst::OneRep { item, min, max, kind });
            return Ok(());
        }
        if kind == RepeatKind::Possessive {
            self.emit(Inst::AtomicStart);
            self.repeat(min, max, RepeatKind::Greedy, node)?;
            self.emit(Inst::AtomicEnd);
            return Ok(());
        }
        if min == 1 && max == 1 {
            return self.node(node);
        }
        if min == max && self.unrolled(min, node)? {
            return Ok(());
        }
        let greedy = kind == RepeatKind::Greedy;
        if min == 0 && max == 1 {
            let split = self.emit(Inst::Split(0, 0));
            self.node(node)?;
            let end = self.pc();
            let (a, b) = if greedy { (split + 1, end) } else { (end, split + 1) };
            self.patch(split, Inst::Split(a, b));
            return Ok(());
        }
        let reg = self.regs;
        self.regs += 1;
        self.emit(Inst::RepStart(reg));
        let until = self.emit(Inst::Fail);
        self.node(node)?;
        self.emit(Inst::Jmp(until));
        let exit = self.pc();
        self.patch(until, Inst::RepUntil { reg, min, max, greedy, exit });
        Ok(())
    }
}

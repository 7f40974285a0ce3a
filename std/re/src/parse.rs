//! Python regular expression syntax → [`Node`], following CPython's `re._parser` closely so
//! that errors carry the same message and position.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use crate::ast::*;
use crate::chars::CharProps;
use crate::error::{Error, ErrorKind};
use crate::flags::*;

/// Deeper group nesting is refused instead of risking the host's stack.
const MAX_NESTING: usize = 200;

pub struct Parsed {
    pub node: Node,
    pub flags: u32,
    pub groups: u32,
    pub names: Vec<(String, u32)>,
}

/// One token: a character, or a backslash and the character after it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub c: u32,
    pub escaped: bool,
}

impl Tok {
    pub fn len(self) -> usize {
        if self.escaped { 2 } else { 1 }
    }
    fn is(self, ch: char) -> bool {
        !self.escaped && self.c == ch as u32
    }
    fn text(self) -> String {
        let mut s = String::new();
        if self.escaped {
            s.push('\\');
        }
        s.push(char::from_u32(self.c).unwrap_or('\u{fffd}'));
        s
    }
}

pub(crate) struct Source<'a> {
    s: &'a [u32],
    index: usize,
    next: Option<Tok>,
    pub is_text: bool,
    props: &'a CharProps,
}

impl<'a> Source<'a> {
    pub fn new(s: &'a [u32], is_text: bool, props: &'a CharProps) -> Result<Self, Error> {
        let mut src = Source { s, index: 0, next: None, is_text, props };
        src.advance()?;
        Ok(src)
    }

    fn advance(&mut self) -> Result<(), Error> {
        let Some(&c) = self.s.get(self.index) else {
            self.next = None;
            return Ok(());
        };
        if c == '\\' as u32 {
            let Some(&e) = self.s.get(self.index + 1) else {
                return Err(Error::at("bad escape (end of pattern)", self.s.len() - 1));
            };
            self.index += 2;
            self.next = Some(Tok { c: e, escaped: true });
        } else {
            self.index += 1;
            self.next = Some(Tok { c, escaped: false });
        }
        Ok(())
    }

    pub fn peek(&self) -> Option<Tok> {
        self.next
    }

    fn peek_is(&self, ch: char) -> bool {
        self.next.is_some_and(|t| t.is(ch))
    }

    fn eat(&mut self, ch: char) -> Result<bool, Error> {
        if self.peek_is(ch) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    pub fn get(&mut self) -> Result<Option<Tok>, Error> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }

    pub fn tell(&self) -> usize {
        self.index - self.next.map_or(0, Tok::len)
    }

    fn seek(&mut self, index: usize) -> Result<(), Error> {
        self.index = index;
        self.advance()
    }

    pub fn error(&self, msg: impl Into<String>, offset: usize) -> Error {
        let mut msg: String = msg.into();
        if !self.is_text {
            msg = ascii_backslashreplace(&msg);
        }
        Error::at(msg, self.tell().saturating_sub(offset))
    }

    /// Up to `n` plain characters satisfying `pred`.
    fn get_while(&mut self, n: usize, pred: impl Fn(u32) -> bool) -> Result<String, Error> {
        let mut out = String::new();
        for _ in 0..n {
            match self.next {
                Some(t) if !t.escaped && pred(t.c) => {
                    out.push(char::from_u32(t.c).unwrap_or('?'));
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(out)
    }

    /// Characters up to `terminator` (consumed), for group names.
    pub fn get_until(&mut self, terminator: char, name: &str) -> Result<String, Error> {
        let mut result = String::new();
        let mut n = 0;
        loop {
            let t = self.get()?;
            match t {
                None => {
                    if n == 0 {
                        return Err(self.error(format!("missing {name}"), 0));
                    }
                    return Err(self.error(format!("missing {terminator}, unterminated name"), n));
                }
                Some(t) if t.is(terminator) => {
                    if n == 0 {
                        return Err(self.error(format!("missing {name}"), 1));
                    }
                    return Ok(result);
                }
                Some(t) => {
                    result.push_str(&t.text());
                    n += t.len();
                }
            }
        }
    }

    pub fn check_group_name(&self, name: &str, offset: usize) -> Result<(), Error> {
        let n = name.chars().count();
        if !self.is_text && !name.is_ascii() {
            return Err(self.error(format!("bad character in group name {}", ascii_repr(name)), n + offset));
        }
        if !is_identifier(name, self.props) {
            return Err(self.error(format!("bad character in group name {}", py_repr(name)), n + offset));
        }
        Ok(())
    }
}

fn is_identifier(name: &str, props: &CharProps) -> bool {
    let mut chars = name.chars();
    let Some(first) = chars.next() else { return false };
    let start =
        |c: char| c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && (props.is_alnum)(c) && !c.is_numeric());
    let cont = |c: char| c == '_' || c.is_ascii_alphanumeric() || (!c.is_ascii() && (props.is_alnum)(c));
    start(first) && chars.all(cont)
}

/// `repr()` of a str, as Python prints it (enough for group names and template errors).
pub(crate) fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn ascii_repr(s: &str) -> String {
    ascii_backslashreplace(&py_repr(s))
}

fn ascii_backslashreplace(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

fn is_digit(c: u32) -> bool {
    (0x30..=0x39).contains(&c)
}
fn is_oct(c: u32) -> bool {
    (0x30..=0x37).contains(&c)
}
fn is_hex(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_ascii_hexdigit())
}
fn is_ascii_letter(c: u32) -> bool {
    c < 0x80 && (c as u8).is_ascii_alphabetic()
}

/// What an escape means outside or inside a class.
enum Escape {
    Lit(u32),
    Cat(Category, bool),
    Assert(Assertion),
    Backref(u32),
}

struct State {
    flags: u32,
    names: Vec<(String, u32)>,
    /// Width of each closed group (index 0 unused); `None` while the group is open.
    widths: Vec<Option<(u64, u64)>>,
    lookbehind_groups: Option<u32>,
    group_ref_pos: Vec<(u32, usize)>,
    /// CPython reports this after parsing (from its compiler), so it waits for the end.
    lookbehind_error: Option<Error>,
}

impl State {
    fn groups(&self) -> u32 {
        self.widths.len() as u32
    }
    fn check_group(&self, gid: u32) -> bool {
        (gid as usize) < self.widths.len() && self.widths[gid as usize].is_some()
    }
    fn check_lookbehind_group(&self, gid: u32, src: &Source) -> Result<(), Error> {
        if let Some(lb) = self.lookbehind_groups {
            if !self.check_group(gid) {
                return Err(src.error("cannot refer to an open group", 0));
            }
            if gid >= lb {
                return Err(src.error("cannot refer to group defined in the same lookbehind subpattern", 0));
            }
        }
        Ok(())
    }
}

pub(crate) struct Parser<'a> {
    src: Source<'a>,
    st: State,
}

/// `flags` carries I, M, S, X, A, U, L as they apply at one point of the pattern.
fn unicode_of(is_text: bool, flags: u32) -> bool {
    is_text && flags & (ASCII | LOCALE) == 0
}

fn combine_flags(flags: u32, add: u32, del: u32) -> u32 {
    let base = if add & TYPE_FLAGS != 0 { flags & !TYPE_FLAGS } else { flags };
    (base | add) & !del
}

fn flag_of(c: u32) -> Option<u32> {
    Some(match char::from_u32(c)? {
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'x' => VERBOSE,
        'a' => ASCII,
        'u' => UNICODE,
        _ => return None,
    })
}

pub fn parse(pattern: &[u32], is_text: bool, flags: u32, props: &CharProps) -> Result<Parsed, Error> {
    let src = Source::new(pattern, is_text, props)?;
    let mut p = Parser {
        src,
        st: State {
            flags,
            names: Vec::new(),
            widths: vec![None],
            lookbehind_groups: None,
            group_ref_pos: Vec::new(),
            lookbehind_error: None,
        },
    };
    let node = p.parse_sub(flags & VERBOSE != 0, 0, flags)?;
    let flags = fix_flags(is_text, p.st.flags)?;
    if p.src.peek().is_some() {
        return Err(p.src.error("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &p.st.group_ref_pos {
        if g >= p.st.groups() {
            return Err(Error::at(format!("invalid group reference {g}"), pos));
        }
    }
    if let Some(e) = p.st.lookbehind_error {
        return Err(e);
    }
    Ok(Parsed { node, flags, groups: p.st.groups() - 1, names: p.st.names })
}

/// CPython's `fix_flags`: type flags must agree with the pattern type.
pub fn fix_flags(is_text: bool, mut flags: u32) -> Result<u32, Error> {
    if is_text {
        if flags & LOCALE != 0 {
            return Err(Error::other(ErrorKind::Value, "cannot use LOCALE flag with a str pattern"));
        }
        if flags & ASCII == 0 {
            flags |= UNICODE;
        } else if flags & UNICODE != 0 {
            return Err(Error::other(ErrorKind::Value, "ASCII and UNICODE flags are incompatible"));
        }
    } else {
        if flags & UNICODE != 0 {
            return Err(Error::other(ErrorKind::Value, "cannot use UNICODE flag with a bytes pattern"));
        }
        if flags & LOCALE != 0 && flags & ASCII != 0 {
            return Err(Error::other(ErrorKind::Value, "ASCII and LOCALE flags are incompatible"));
        }
    }
    Ok(flags)
}

impl Parser<'_> {
    fn parse_sub(&mut self, mut verbose: bool, nested: usize, mut flags: u32) -> Result<Node, Error> {
        if nested > MAX_NESTING {
            return Err(Error::other(ErrorKind::Recursion, "maximum recursion depth exceeded"));
        }
        let mut items = Vec::new();
        loop {
            let first = nested == 0 && items.is_empty();
            items.push(self.parse_seq(verbose, nested + 1, first, &mut flags)?);
            if !self.src.eat('|')? {
                break;
            }
            if nested == 0 {
                verbose = self.st.flags & VERBOSE != 0;
                flags = self.st.flags;
            }
        }
        if items.len() == 1 {
            return Ok(items.pop().unwrap_or(Node::Empty));
        }
        Ok(Node::Alt(items))
    }

    /// One branch: a sequence of items. `flags` is updated by global inline flags at the start.
    fn parse_seq(&mut self, mut verbose: bool, nested: usize, first: bool, flags: &mut u32) -> Result<Node, Error> {
        let mut seq: Vec<Node> = Vec::new();
        let is_text = self.src.is_text;
        while let Some(this) = self.src.peek() {
            if this.is('|') || this.is(')') {
                break;
            }
            self.src.get()?;
            let f = *flags;
            let unicode = unicode_of(is_text, f);
            let icase = f & IGNORECASE != 0;
            if verbose && !this.escaped {
                if matches!(char::from_u32(this.c), Some(' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')) {
                    continue;
                }
                if this.c == '#' as u32 {
                    loop {
                        match self.src.get()? {
                            None => break,
                            Some(t) if t.is('\n') => break,
                            _ => {}
                        }
                    }
                    continue;
                }
            }
            if this.escaped {
                let node = match self.escape(this, false)? {
                    Escape::Lit(c) => Node::Literal { c, icase, unicode },
                    Escape::Cat(cat, negated) => Node::Class(Class {
                        negated: false,
                        items: vec![ClassItem::Cat { cat, negated }],
                        icase,
                        unicode,
                    }),
                    Escape::Assert(a) => Node::Assert(match a {
                        Assertion::Boundary { .. } => Assertion::Boundary { unicode },
                        Assertion::NonBoundary { .. } => Assertion::NonBoundary { unicode },
                        a => a,
                    }),
                    Escape::Backref(group) => Node::Backref { group, icase, unicode },
                };
                seq.push(node);
                continue;
            }
            let ch = char::from_u32(this.c).unwrap_or('\u{fffd}');
            match ch {
                '[' => {
                    let class = self.parse_class(icase, unicode)?;
                    seq.push(class);
                }
                '*' | '+' | '?' | '{' => {
                    let here = self.src.tell();
                    let (min, max) = match ch {
                        '?' => (0u64, 1u64),
                        '*' => (0, MAXREPEAT),
                        '+' => (1, MAXREPEAT),
                        _ => {
                            if self.src.peek_is('}') {
                                seq.push(Node::Literal { c: this.c, icase, unicode });
                                continue;
                            }
                            let lo = self.src.get_while(usize::MAX, is_digit)?;
                            let hi =
                                if self.src.eat(',')? { Some(self.src.get_while(usize::MAX, is_digit)?) } else { None };
                            if !self.src.eat('}')? {
                                seq.push(Node::Literal { c: this.c, icase, unicode });
                                self.src.seek(here)?;
                                continue;
                            }
                            let hi = hi.unwrap_or_else(|| lo.clone());
                            let mut min = 0;
                            let mut max = MAXREPEAT;
                            if !lo.is_empty() {
                                min = parse_count(&lo);
                                if min >= MAXREPEAT {
                                    return Err(Error::other(
                                        ErrorKind::Overflow,
                                        "the repetition number is too large",
                                    ));
                                }
                            }
                            if !hi.is_empty() {
                                max = parse_count(&hi);
                                if max >= MAXREPEAT {
                                    return Err(Error::other(
                                        ErrorKind::Overflow,
                                        "the repetition number is too large",
                                    ));
                                }
                                if max < min {
                                    return Err(self
                                        .src
                                        .error("min repeat greater than max repeat", self.src.tell() - here));
                                }
                            }
                            (min, max)
                        }
                    };
                    let offset = self.src.tell() - here + 1;
                    let item = match seq.pop() {
                        None | Some(Node::Assert(_)) => return Err(self.src.error("nothing to repeat", offset)),
                        Some(Node::Repeat { .. }) => return Err(self.src.error("multiple repeat", offset)),
                        Some(n) => n,
                    };
                    let kind = if self.src.eat('?')? {
                        RepeatKind::Lazy
                    } else if self.src.eat('+')? {
                        RepeatKind::Possessive
                    } else {
                        RepeatKind::Greedy
                    };
                    let max = if max >= MAXREPEAT { INF } else { max as u32 };
                    seq.push(Node::Repeat { min: min as u32, max, kind, node: Box::new(item) });
                }
                '.' => seq.push(Node::Any { dotall: f & DOTALL != 0 }),
                '(' => {
                    if let Some(node) = self.parse_group(verbose, nested, first && seq.is_empty(), flags)? {
                        // a comment `(?#...)` is Empty and leaves no item behind
                        if node != Node::Empty {
                            seq.push(node);
                        }
                    } else if self.st.flags & VERBOSE != 0 {
                        // global flags at the start: `(?x)` turns verbose mode on from here
                        verbose = true;
                    }
                }
                '^' => seq.push(Node::Assert(if f & MULTILINE != 0 { Assertion::BeginLine } else { Assertion::Begin })),
                '$' => seq.push(Node::Assert(if f & MULTILINE != 0 { Assertion::EndLine } else { Assertion::End })),
                _ => seq.push(Node::Literal { c: this.c, icase, unicode }),
            }
        }
        Ok(match seq.len() {
            0 => Node::Empty,
            1 if !matches!(seq[0], Node::Repeat { .. }) => seq.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(seq),
        })
    }

    /// After `(`. Returns `None` for global flags (`(?i)`), which produce no node.
    // parse_seq's loop keeps its rarer constructs out of line: V8 charges a wasm loop's
    // tier-up budget by the size of its body per iteration, so with them inlined the pattern
    // parser of a program compiling a few patterns was hot enough for an optimising compile
    // (a 12 KB function) that was never repaid.
    #[inline(never)]
    fn parse_group(
        &mut self,
        verbose: bool,
        nested: usize,
        first: bool,
        flags: &mut u32,
    ) -> Result<Option<Node>, Error> {
        let start = self.src.tell() - 1;
        let mut capture = true;
        let mut atomic = false;
        let mut name: Option<String> = None;
        let mut add = 0;
        let mut del = 0;
        let is_text = self.src.is_text;
        let unicode = unicode_of(is_text, *flags);
        let icase = *flags & IGNORECASE != 0;
        if self.src.eat('?')? {
            let Some(c) = self.src.get()? else {
                return Err(self.src.error("unexpected end of pattern", 0));
            };
            let ch = if c.escaped { '\\' } else { char::from_u32(c.c).unwrap_or('\u{fffd}') };
            match ch {
                'P' => {
                    if self.src.eat('<')? {
                        let n = self.src.get_until('>', "group name")?;
                        self.src.check_group_name(&n, 1)?;
                        name = Some(n);
                    } else if self.src.eat('=')? {
                        let n = self.src.get_until(')', "group name")?;
                        self.src.check_group_name(&n, 1)?;
                        let off = n.chars().count() + 1;
                        let Some(gid) = self.group_by_name(&n) else {
                            return Err(self.src.error(format!("unknown group name {}", py_repr(&n)), off));
                        };
                        if !self.st.check_group(gid) {
                            return Err(self.src.error("cannot refer to an open group", off));
                        }
                        self.st.check_lookbehind_group(gid, &self.src)?;
                        return Ok(Some(Node::Backref { group: gid, icase, unicode }));
                    } else {
                        let Some(c) = self.src.get()? else {
                            return Err(self.src.error("unexpected end of pattern", 0));
                        };
                        return Err(self.src.error(format!("unknown extension ?P{}", c.text()), c.len() + 2));
                    }
                }
                ':' => capture = false,
                '#' => {
                    loop {
                        if self.src.peek().is_none() {
                            return Err(self.src.error("missing ), unterminated comment", self.src.tell() - start));
                        }
                        if self.src.get()?.is_some_and(|t| t.is(')')) {
                            break;
                        }
                    }
                    return Ok(Some(Node::Empty));
                }
                '=' | '!' | '<' => {
                    let mut dir_behind = false;
                    let mut kind = ch;
                    let mut saved_lb = None;
                    if ch == '<' {
                        let Some(c2) = self.src.get()? else {
                            return Err(self.src.error("unexpected end of pattern", 0));
                        };
                        if !(c2.is('=') || c2.is('!')) {
                            return Err(self.src.error(format!("unknown extension ?<{}", c2.text()), c2.len() + 2));
                        }
                        kind = if c2.is('=') { '=' } else { '!' };
                        dir_behind = true;
                        saved_lb = Some(self.st.lookbehind_groups);
                        if self.st.lookbehind_groups.is_none() {
                            self.st.lookbehind_groups = Some(self.st.groups());
                        }
                    }
                    let p = self.parse_sub(verbose, nested + 1, *flags)?;
                    if let Some(prev) = saved_lb
                        && prev.is_none()
                    {
                        self.st.lookbehind_groups = None;
                    }
                    if !self.src.eat(')')? {
                        return Err(self.src.error("missing ), unterminated subpattern", self.src.tell() - start));
                    }
                    if dir_behind && self.st.lookbehind_error.is_none() {
                        let (lo, hi) = width(&p, &self.st.widths);
                        if lo != hi {
                            self.st.lookbehind_error =
                                Some(Error::other(ErrorKind::Pattern, "look-behind requires fixed-width pattern"));
                        }
                    }
                    if kind == '=' {
                        return Ok(Some(Node::Look { behind: dir_behind, negated: false, node: Box::new(p) }));
                    }
                    if p == Node::Empty {
                        return Ok(Some(Node::Fail));
                    }
                    return Ok(Some(Node::Look { behind: dir_behind, negated: true, node: Box::new(p) }));
                }
                '(' => {
                    let cond_name = self.src.get_until(')', "group name")?;
                    let off = cond_name.chars().count() + 1;
                    let group = if !cond_name.is_empty() && cond_name.bytes().all(|b| b.is_ascii_digit()) {
                        let g = parse_count(&cond_name);
                        if g == 0 {
                            return Err(self.src.error("bad group number", off));
                        }
                        if g >= MAXGROUPS {
                            return Err(self.src.error(format!("invalid group reference {g}"), off));
                        }
                        let g = g as u32;
                        if !self.st.group_ref_pos.iter().any(|&(x, _)| x == g) {
                            self.st.group_ref_pos.push((g, self.src.tell() - off));
                        }
                        g
                    } else {
                        self.src.check_group_name(&cond_name, 1)?;
                        match self.group_by_name(&cond_name) {
                            Some(g) => g,
                            None => {
                                return Err(self.src.error(format!("unknown group name {}", py_repr(&cond_name)), off));
                            }
                        }
                    };
                    self.st.check_lookbehind_group(group, &self.src)?;
                    let mut f = *flags;
                    let yes = self.parse_seq(verbose, nested + 1, false, &mut f)?;
                    let no = if self.src.eat('|')? {
                        let no = self.parse_seq(verbose, nested + 1, false, &mut f)?;
                        if self.src.peek_is('|') {
                            return Err(self.src.error("conditional backref with more than two branches", 0));
                        }
                        no
                    } else {
                        Node::Empty
                    };
                    if !self.src.eat(')')? {
                        return Err(self.src.error("missing ), unterminated subpattern", self.src.tell() - start));
                    }
                    return Ok(Some(Node::Cond { group, yes: Box::new(yes), no: Box::new(no) }));
                }
                '>' => {
                    capture = false;
                    atomic = true;
                }
                _ if ch == '-' || flag_of(c.c).is_some() && !c.escaped => match self.parse_flags(c)? {
                    None => {
                        if !first {
                            return Err(self
                                .src
                                .error("global flags not at the start of the expression", self.src.tell() - start));
                        }
                        *flags = self.st.flags;
                        return Ok(None);
                    }
                    Some((a, d)) => {
                        add = a;
                        del = d;
                        capture = false;
                    }
                },
                _ => return Err(self.src.error(format!("unknown extension ?{}", c.text()), c.len() + 1)),
            }
        }
        let group = if capture {
            let gid = self.st.groups();
            if gid as u64 > MAXGROUPS {
                return Err(self.src.error("too many groups", 0));
            }
            if let Some(n) = &name {
                if let Some(old) = self.group_by_name(n) {
                    return Err(self.src.error(
                        format!("redefinition of group name {} as group {gid}; was group {old}", py_repr(n)),
                        n.chars().count() + 1,
                    ));
                }
                self.st.names.push((n.clone(), gid));
            }
            self.st.widths.push(None);
            Some(gid)
        } else {
            None
        };
        let sub_verbose = (verbose || add & VERBOSE != 0) && del & VERBOSE == 0;
        let inner_flags = combine_flags(*flags, add, del);
        let p = self.parse_sub(sub_verbose, nested + 1, inner_flags)?;
        if !self.src.eat(')')? {
            return Err(self.src.error("missing ), unterminated subpattern", self.src.tell() - start));
        }
        if let Some(g) = group {
            self.st.widths[g as usize] = Some(width(&p, &self.st.widths));
            return Ok(Some(Node::Group { index: g, node: Box::new(p) }));
        }
        if atomic {
            return Ok(Some(Node::Atomic(Box::new(p))));
        }
        // A non-capturing group stays a Concat so `(?:a*)*` is not a "multiple repeat".
        Ok(Some(match p {
            Node::Concat(v) => Node::Concat(v),
            p => Node::Concat(vec![p]),
        }))
    }

    fn group_by_name(&self, name: &str) -> Option<u32> {
        self.st.names.iter().find(|(n, _)| n == name).map(|&(_, g)| g)
    }

    /// `(?aiLmsux-imsx:...)` or `(?aiLmsux)` after the first flag letter (or `-`). Returns
    /// `None` for global flags (added to the pattern's flags).
    #[inline(never)]
    fn parse_flags(&mut self, first: Tok) -> Result<Option<(u32, u32)>, Error> {
        let is_text = self.src.is_text;
        let mut add = 0;
        let mut del = 0;
        let mut c = first;
        if !c.is('-') {
            loop {
                let flag = flag_of(c.c).unwrap_or(0);
                if is_text && c.is('L') {
                    return Err(self.src.error("bad inline flags: cannot use 'L' flag with a str pattern", 0));
                }
                if !is_text && c.is('u') {
                    return Err(self.src.error("bad inline flags: cannot use 'u' flag with a bytes pattern", 0));
                }
                add |= flag;
                if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                    return Err(self.src.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0));
                }
                let Some(n) = self.src.get()? else {
                    return Err(self.src.error("missing -, : or )", 0));
                };
                c = n;
                if c.is(')') || c.is('-') || c.is(':') {
                    break;
                }
                if c.escaped || flag_of(c.c).is_none() {
                    let msg = if is_alpha(c) { "unknown flag" } else { "missing -, : or )" };
                    return Err(self.src.error(msg, c.len()));
                }
            }
        }
        if c.is(')') {
            self.st.flags |= add;
            return Ok(None);
        }
        if c.is('-') {
            let Some(n) = self.src.get()? else {
                return Err(self.src.error("missing flag", 0));
            };
            c = n;
            if c.escaped || flag_of(c.c).is_none() {
                let msg = if is_alpha(c) { "unknown flag" } else { "missing flag" };
                return Err(self.src.error(msg, c.len()));
            }
            loop {
                let flag = flag_of(c.c).unwrap_or(0);
                if flag & TYPE_FLAGS != 0 {
                    return Err(self.src.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0));
                }
                del |= flag;
                let Some(n) = self.src.get()? else {
                    return Err(self.src.error("missing :", 0));
                };
                c = n;
                if c.is(':') {
                    break;
                }
                if c.escaped || flag_of(c.c).is_none() {
                    let msg = if is_alpha(c) { "unknown flag" } else { "missing :" };
                    return Err(self.src.error(msg, c.len()));
                }
            }
        }
        if add & del != 0 {
            return Err(self.src.error("bad inline flags: flag turned on and off", 1));
        }
        Ok(Some((add, del)))
    }

    /// After `[`.
    #[inline(never)]
    fn parse_class(&mut self, icase: bool, unicode: bool) -> Result<Node, Error> {
        let here = self.src.tell() - 1;
        let negated = self.src.eat('^')?;
        let mut items: Vec<ClassItem> = Vec::new();
        loop {
            let Some(this) = self.src.get()? else {
                return Err(self.src.error("unterminated character set", self.src.tell() - here));
            };
            if this.is(']') && !items.is_empty() {
                break;
            }
            let code1 = if this.escaped { self.escape(this, true)? } else { Escape::Lit(this.c) };
            if self.src.eat('-')? {
                let Some(that) = self.src.get()? else {
                    return Err(self.src.error("unterminated character set", self.src.tell() - here));
                };
                if that.is(']') {
                    items.push(class_item(code1));
                    items.push(ClassItem::Range('-' as u32, '-' as u32));
                    break;
                }
                let code2 = if that.escaped { self.escape(that, true)? } else { Escape::Lit(that.c) };
                let bad = || format!("bad character range {}-{}", this.text(), that.text());
                let (Escape::Lit(lo), Escape::Lit(hi)) = (code1, code2) else {
                    return Err(self.src.error(bad(), this.len() + 1 + that.len()));
                };
                if hi < lo {
                    return Err(self.src.error(bad(), this.len() + 1 + that.len()));
                }
                items.push(ClassItem::Range(lo, hi));
            } else {
                items.push(class_item(code1));
            }
        }
        Ok(Node::Class(Class { negated, items, icase, unicode }))
    }

    /// A backslash escape (`tok`), inside a class or not.
    #[inline(never)]
    fn escape(&mut self, tok: Tok, in_class: bool) -> Result<Escape, Error> {
        let c = tok.c;
        let ch = char::from_u32(c).unwrap_or('\u{fffd}');
        let simple = match ch {
            'a' => Some(7),
            'f' => Some(12),
            'n' => Some(10),
            'r' => Some(13),
            't' => Some(9),
            'v' => Some(11),
            '\\' => Some(92),
            _ => None,
        };
        if let Some(v) = simple {
            return Ok(Escape::Lit(v));
        }
        match ch {
            'b' if in_class => return Ok(Escape::Lit(8)),
            'b' => return Ok(Escape::Assert(Assertion::Boundary { unicode: true })),
            'B' if !in_class => return Ok(Escape::Assert(Assertion::NonBoundary { unicode: true })),
            'A' if !in_class => return Ok(Escape::Assert(Assertion::Begin)),
            'Z' if !in_class => return Ok(Escape::Assert(Assertion::EndString)),
            'd' | 'D' => return Ok(Escape::Cat(Category::Digit, ch == 'D')),
            'w' | 'W' => return Ok(Escape::Cat(Category::Word, ch == 'W')),
            's' | 'S' => return Ok(Escape::Cat(Category::Space, ch == 'S')),
            _ => {}
        }
        let mut text = tok.text();
        let is_text = self.src.is_text;
        let hex = |p: &mut Self, n: usize, text: &mut String| -> Result<u32, Error> {
            let digits = p.src.get_while(n, is_hex)?;
            text.push_str(&digits);
            if digits.len() != n {
                return Err(p.src.error(format!("incomplete escape {text}"), text.chars().count()));
            }
            Ok(u32::from_str_radix(&digits, 16).unwrap_or(0))
        };
        match ch {
            'x' => return Ok(Escape::Lit(hex(self, 2, &mut text)?)),
            'u' if is_text => return Ok(Escape::Lit(hex(self, 4, &mut text)?)),
            'U' if is_text => {
                let v = hex(self, 8, &mut text)?;
                if v > 0x10ffff {
                    return Err(self.src.error(format!("bad escape {text}"), text.chars().count()));
                }
                return Ok(Escape::Lit(v));
            }
            'N' if is_text => {
                if !self.src.eat('{')? {
                    return Err(self.src.error("missing {", 0));
                }
                let name = self.src.get_until('}', "character name")?;
                // No Unicode name table is shipped (size budget): every name is unknown.
                return Err(self
                    .src
                    .error(format!("undefined character name {}", py_repr(&name)), name.chars().count() + 4));
            }
            _ => {}
        }
        if in_class {
            if is_oct(c) {
                text.push_str(&self.src.get_while(2, is_oct)?);
                let v = u32::from_str_radix(&text[1..], 8).unwrap_or(0);
                if v > 0o377 {
                    return Err(self
                        .src
                        .error(format!("octal escape value {text} outside of range 0-0o377"), text.chars().count()));
                }
                return Ok(Escape::Lit(v));
            }
            if is_digit(c) {
                return Err(self.src.error(format!("bad escape {text}"), text.chars().count()));
            }
        } else if ch == '0' {
            text.push_str(&self.src.get_while(2, is_oct)?);
            return Ok(Escape::Lit(u32::from_str_radix(&text[1..], 8).unwrap_or(0)));
        } else if is_digit(c) {
            if let Some(n) = self.src.peek()
                && !n.escaped
                && is_digit(n.c)
            {
                self.src.get()?;
                text.push(char::from_u32(n.c).unwrap_or('0'));
                if let Some(n3) = self.src.peek()
                    && is_oct(c)
                    && is_oct(n.c)
                    && !n3.escaped
                    && is_oct(n3.c)
                {
                    self.src.get()?;
                    text.push(char::from_u32(n3.c).unwrap_or('0'));
                    let v = u32::from_str_radix(&text[1..], 8).unwrap_or(0);
                    if v > 0o377 {
                        return Err(self
                            .src
                            .error(format!("octal escape value {text} outside of range 0-0o377"), text.len()));
                    }
                    return Ok(Escape::Lit(v));
                }
            }
            let group: u32 = text[1..].parse().unwrap_or(u32::MAX);
            if group < self.st.groups() {
                if !self.st.check_group(group) {
                    return Err(self.src.error("cannot refer to an open group", text.len()));
                }
                self.st.check_lookbehind_group(group, &self.src)?;
                return Ok(Escape::Backref(group));
            }
            return Err(self.src.error(format!("invalid group reference {group}"), text.len() - 1));
        }
        if is_ascii_letter(c) {
            return Err(self.src.error(format!("bad escape {text}"), text.chars().count()));
        }
        Ok(Escape::Lit(c))
    }
}

fn is_alpha(t: Tok) -> bool {
    !t.escaped && char::from_u32(t.c).is_some_and(|c| c.is_alphabetic())
}

fn class_item(e: Escape) -> ClassItem {
    match e {
        Escape::Lit(c) => ClassItem::Range(c, c),
        Escape::Cat(cat, negated) => ClassItem::Cat { cat, negated },
        // escape() never returns these inside a class
        Escape::Assert(_) | Escape::Backref(_) => ClassItem::Range(0, 0),
    }
}

fn parse_count(digits: &str) -> u64 {
    digits.bytes().fold(0u64, |acc, b| acc.saturating_mul(10).saturating_add((b - b'0') as u64))
}

/// The (min, max) number of characters `node` can match; `u64::MAX` is unbounded.
pub(crate) fn width(node: &Node, groups: &[Option<(u64, u64)>]) -> (u64, u64) {
    match node {
        Node::Empty | Node::Assert(_) | Node::Look { .. } | Node::Fail => (0, 0),
        Node::Literal { .. } | Node::Any { .. } | Node::Class(_) => (1, 1),
        Node::Concat(v) => v.iter().fold((0, 0), |(lo, hi), n| {
            let (a, b) = width(n, groups);
            (lo.saturating_add(a), hi.saturating_add(b))
        }),
        Node::Alt(v) => {
            let mut lo = u64::MAX;
            let mut hi = 0;
            for n in v {
                let (a, b) = width(n, groups);
                lo = lo.min(a);
                hi = hi.max(b);
            }
            (lo, hi)
        }
        Node::Group { node, .. } | Node::Atomic(node) => width(node, groups),
        Node::Repeat { min, max, node, .. } => {
            let (a, b) = width(node, groups);
            let lo = a.saturating_mul(*min as u64);
            let hi = if *max == INF { if b > 0 { u64::MAX } else { 0 } } else { b.saturating_mul(*max as u64) };
            (lo, hi)
        }
        Node::Backref { group, .. } => groups.get(*group as usize).copied().flatten().unwrap_or((0, u64::MAX)),
        Node::Cond { yes, no, .. } => {
            let (a, b) = width(yes, groups);
            let (c, d) = width(no, groups);
            (a.min(c), b.max(d))
        }
    }
}

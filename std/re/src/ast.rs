//! The parsed pattern. Flags that vary inside a pattern (`(?i:...)`, `(?s:...)`, `(?a:...)`)
//! are resolved into the nodes they affect, so the compiler needs no flag scopes.

use alloc::boxed::Box;
use alloc::vec::Vec;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Digit,
    Word,
    Space,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClassItem {
    Range(u32, u32),
    /// `\d`, `\w`, `\s` (`negated` for `\D`, `\W`, `\S`).
    Cat {
        cat: Category,
        negated: bool,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Class {
    pub negated: bool,
    pub items: Vec<ClassItem>,
    pub icase: bool,
    pub unicode: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Assertion {
    /// `^` without MULTILINE, `\A`
    Begin,
    /// `^` with MULTILINE
    BeginLine,
    /// `$` without MULTILINE: the end, or before a final newline
    End,
    /// `$` with MULTILINE
    EndLine,
    /// `\Z`
    EndString,
    Boundary {
        unicode: bool,
    },
    NonBoundary {
        unicode: bool,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    Empty,
    Literal { c: u32, icase: bool, unicode: bool },
    Any { dotall: bool },
    Class(Class),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Group { index: u32, node: Box<Node> },
    Repeat { min: u32, max: u32, kind: RepeatKind, node: Box<Node> },
    Atomic(Box<Node>),
    Look { behind: bool, negated: bool, node: Box<Node> },
    Backref { group: u32, icase: bool, unicode: bool },
    Cond { group: u32, yes: Box<Node>, no: Box<Node> },
    Assert(Assertion),
    Fail,
}

/// Unbounded widths and repeat maxima.
pub const INF: u32 = u32::MAX;

impl Node {
    /// Whether this node matches exactly one character (the single-character repeat fast path).
    pub fn is_single_char(&self) -> bool {
        matches!(self, Node::Literal { .. } | Node::Any { .. } | Node::Class(_))
    }
}

//! Python's `re` semantics: the pattern parser with CPython's error messages and positions, a
//! compact instruction program, and a backtracking matcher with an explicit stack (no Rust
//! recursion, so no stack overflow) and a step-budget hook (so a host's op limit can stop it).
//!
//! Subjects are sequences of code points ([`Text`]): positions are code-point indices like
//! CPython's. Character properties (`\w`, `\d`, `\s`, case mappings) come from a [`CharProps`]
//! the host can supply, so the engine carries no Unicode tables of its own.
#![no_std]

extern crate alloc;

mod api;
mod ast;
mod chars;
mod compile;
mod error;
mod exec;
mod flags;
mod parse;
mod registry;
mod set;
mod streak;
mod template;

pub use api::{Output, expand_into, find_all, literals_below, split, substitute, substitute_into};
pub use chars::{CharProps, DECIMAL};
pub use compile::{Program, compile};
pub use error::{Error, ErrorKind};
pub use exec::{Interrupted, Mode, Search, Text};
pub use flags::*;
pub use registry::Registry;
pub use streak::Streak;
pub use template::{Template, TemplateItem, parse_template};

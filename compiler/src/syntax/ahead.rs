//! Modules parsed ahead of their import, kept for it.
//!
//! Why: the wasm host asks which modules a source imports (`edge_list_imports`) before it
//! registers them, and answering parses the whole source; the import parsed it again. For
//! `import dataclasses, enum, typing` that is 158 KB of library source parsed twice, mostly by
//! baseline (not yet optimised) wasm code. The parse of the listing is kept here and the
//! import's `parse_module` of the same text takes it instead of parsing again.
//!
//! Keyed by the whole source text, so a hit is exactly what parsing would return (the parse
//! is a function of the text alone). Entries nobody takes (a module imported only on some
//! path) are dropped oldest first once there are more than `KEEP`.

use std::cell::RefCell;

use super::ast::Module;

/// More than the modules a program's imports usually reach (typical_app.py: 12).
const KEEP: usize = 64;

thread_local! {
    static AHEAD: RefCell<Vec<(Box<str>, Module)>> = const { RefCell::new(Vec::new()) };
}

/// Keeps the parse of `source` for a later `take` of the same text.
pub fn keep(source: &str, module: Module) {
    AHEAD.with(|a| {
        let mut a = a.borrow_mut();
        if a.iter().any(|(s, _)| **s == *source) {
            return;
        }
        if a.len() >= KEEP {
            a.remove(0);
        }
        a.push((source.into(), module));
    });
}

/// The parse of `source` kept by `keep`, removed from the cache (each is used once: the
/// compiler borrows it and the import then drops it).
pub fn take(source: &str) -> Option<Module> {
    AHEAD.with(|a| {
        let mut a = a.borrow_mut();
        let at = a.iter().position(|(s, _)| **s == *source)?;
        Some(a.remove(at).1)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_parse_is_taken_once() {
        let src = "import os\nx = 1\n";
        keep(src, super::super::parse_module(src).unwrap());
        assert!(take("import os\nx = 2\n").is_none());
        assert_eq!(take(src).map(|m| m.body.len()), Some(2));
        assert!(take(src).is_none());
    }

    #[test]
    fn the_oldest_goes_first() {
        for i in 0..=KEEP {
            let src = format!("x = {i}\n");
            keep(&src, super::super::parse_module(&src).unwrap());
        }
        assert!(take("x = 0\n").is_none());
        assert!(take(&format!("x = {KEEP}\n")).is_some());
        while AHEAD.with(|a| a.borrow_mut().pop()).is_some() {}
    }
}

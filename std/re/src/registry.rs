//! Compiled programs named by small integer ids, so a host's `Pattern` object can pass its id
//! on every call instead of the pattern source (which would be copied and hashed each time).
//!
//! Ids are never reused. The table is bounded: past [`Registry::MAX`] programs it starts over,
//! and an id from before that is no longer found ([`Registry::get`] gives `None`); the caller
//! then registers its pattern again and gets a new id.

use alloc::collections::BTreeMap;
use alloc::rc::Rc;
use alloc::vec::Vec;

use crate::compile::Program;

/// (is text, flags, pattern bytes: UTF-8 for str, raw for bytes)
type Key = (bool, u32, Vec<u8>);

#[derive(Default)]
pub struct Registry {
    ids: BTreeMap<Key, u32>,
    /// Program of id `base + i` at index `i`.
    programs: Vec<Rc<Program>>,
    base: u32,
}

impl Registry {
    /// Like CPython's `re._MAXCACHE`.
    pub const MAX: usize = 512;

    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, id: i64) -> Option<&Rc<Program>> {
        let i = id.checked_sub(self.base as i64)?;
        self.programs.get(usize::try_from(i).ok()?)
    }

    /// The id of `pattern` (its bytes; `is_text` for str) with `flags`, compiling it with
    /// `compile` the first time.
    pub fn register<E>(
        &mut self,
        is_text: bool,
        flags: u32,
        pattern: &[u8],
        compile: impl FnOnce() -> Result<Program, E>,
    ) -> Result<(u32, Rc<Program>), E> {
        let key = (is_text, flags, pattern.to_vec());
        if let Some(&id) = self.ids.get(&key)
            && let Some(p) = self.get(id as i64)
        {
            return Ok((id, p.clone()));
        }
        let program = Rc::new(compile()?);
        if self.programs.len() >= Self::MAX {
            self.clear();
        }
        let id = self.base + self.programs.len() as u32;
        self.programs.push(program.clone());
        self.ids.insert(key, id);
        Ok((id, program))
    }

    /// Forgets every program (`re.purge()`); their ids are never given out again.
    pub fn clear(&mut self) {
        self.base += self.programs.len() as u32;
        self.programs.clear();
        self.ids.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::CharProps;

    fn compile(p: &str) -> Result<Program, crate::Error> {
        let cps: Vec<u32> = p.chars().map(|c| c as u32).collect();
        crate::compile(&cps, true, 0, CharProps::CORE)
    }

    #[test]
    fn same_pattern_same_id_and_cleared_ids_stay_dead() {
        let mut r = Registry::new();
        let (a, _) = r.register(true, 0, b"a+", || compile("a+")).unwrap();
        let (b, _) = r.register(true, 0, b"a+", || compile("a+")).unwrap();
        let (c, _) = r.register(true, 2, b"a+", || compile("a+")).unwrap();
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert!(r.get(a as i64).is_some());
        r.clear();
        assert!(r.get(a as i64).is_none());
        let (d, _) = r.register(true, 0, b"a+", || compile("a+")).unwrap();
        assert!(d > c);
        assert!(r.get(-1).is_none());
    }

    #[test]
    fn bounded() {
        let mut r = Registry::new();
        let (first, _) = r.register(true, 0, b"x", || compile("x")).unwrap();
        for i in 0..Registry::MAX {
            let p = alloc::format!("x{i}");
            r.register(true, 0, p.as_bytes(), || compile(&p)).unwrap();
        }
        assert!(r.programs.len() <= Registry::MAX);
        assert!(r.get(first as i64).is_none());
    }
}

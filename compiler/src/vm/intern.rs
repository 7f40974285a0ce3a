//! The interned-string table: identifiers and attribute names share one `str` object.
//!
//! Open addressing keyed by the same hash the `str` object caches, so interning a name hashes
//! its text once and keeps no second copy of it. (A `HashMap<Rc<str>, ObjRef>` paid SipHash
//! plus an allocation per name: a fifth of the VM's start-up, which runs on every page load.)

use crate::value::{Heap, ObjRef};

/// Slot marker for "empty"; no heap index reaches it (the heap is indexed by `u32`).
const EMPTY: u32 = u32::MAX;

#[derive(Default)]
pub(crate) struct InternTable {
    /// `(low 32 bits of the hash, object)`; the length is zero or a power of two.
    slots: Vec<(u32, u32)>,
    len: usize,
}

impl InternTable {
    /// The interned object for `text` (whose `hash_bytes` is `hash`), or `None`.
    pub fn get(&self, heap: &Heap, text: &str, hash: i64) -> Option<ObjRef> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = hash as usize & mask;
        loop {
            let (h, r) = self.slots[i];
            if r == EMPTY {
                return None;
            }
            if h == hash as u32 && heap.str_of(crate::value::Value::Obj(ObjRef(r))) == Some(text) {
                return Some(ObjRef(r));
            }
            i = (i + 1) & mask;
        }
    }

    /// Records `r` (a `str` not in the table yet) under `hash`.
    pub fn insert(&mut self, hash: i64, r: ObjRef) {
        if (self.len + 1) * 4 > self.slots.len() * 3 {
            self.grow();
        }
        self.place(hash as u32, r.0);
        self.len += 1;
    }

    fn place(&mut self, h: u32, r: u32) {
        let mask = self.slots.len() - 1;
        // Only the low bits pick the slot, and those are kept in `h`, so growing needs no heap.
        let mut i = h as usize & mask;
        while self.slots[i].1 != EMPTY {
            i = (i + 1) & mask;
        }
        self.slots[i] = (h, r);
    }

    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(1024);
        let old = std::mem::replace(&mut self.slots, vec![(0, EMPTY); size]);
        for (h, r) in old {
            if r != EMPTY {
                self.place(h, r);
            }
        }
    }

    /// Every interned object (GC roots).
    pub fn objects(&self) -> impl Iterator<Item = ObjRef> + '_ {
        self.slots.iter().filter(|s| s.1 != EMPTY).map(|s| ObjRef(s.1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::str::hash_bytes;
    use crate::value::{Obj, PyStr};

    #[test]
    fn finds_what_it_stored_across_growth() {
        let mut heap = Heap::new();
        let mut table = InternTable::default();
        let names: Vec<String> = (0..3000).map(|i| format!("name{i}")).collect();
        let refs: Vec<ObjRef> = names
            .iter()
            .map(|n| {
                let r = heap.alloc(Obj::Str(PyStr::new(n.as_str())));
                table.insert(hash_bytes(n.as_bytes()), r);
                r
            })
            .collect();
        for (n, r) in names.iter().zip(&refs) {
            assert_eq!(table.get(&heap, n, hash_bytes(n.as_bytes())), Some(*r));
        }
        assert_eq!(table.get(&heap, "absent", hash_bytes(b"absent")), None);
        assert_eq!(table.objects().count(), 3000);
    }
}

//! Insertion-ordered hash table, the payload of `dict` and of every namespace.
//!
//! Entries live in a dense vector in insertion order (deleted ones become holes), and an
//! open-addressing index table maps hashes to entry positions, the layout CPython uses.
//! Key equality may need to run Python code (`__eq__`), which needs the VM; so lookups
//! take a *fast* equality callback that answers `Some(bool)` when it can decide without the
//! VM (identical objects, strings, numbers) and `None` when it cannot. Undecided candidates
//! are returned to the caller (the VM), which compares them itself.

use std::sync::atomic::{AtomicU64, Ordering};

use super::Value;

#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Debug)]
pub struct Dict {
    entries: Vec<Option<Entry>>,
    /// Open-addressing table of entry positions; `EMPTY` or a position into `entries`.
    index: Vec<u32>,
    len: usize,
    /// Non-empty index slots (live, holes and stale ones); drives resizing.
    fill: usize,
    /// Every entry position below this one is a hole: where a walk in insertion order
    /// starts, so popping from the front (`OrderedDict.popitem(last=False)`, a queue kept in
    /// a dict) does not rescan the holes it left.
    first: usize,
    /// Changes whenever a key is added or removed (not when a value is replaced), so inline
    /// caches can tell "this key is still absent". The high 32 bits are unique per dict
    /// (`DICT_STAMP`), so a dict allocated in a freed heap slot never repeats an old version.
    version: u64,
}

/// Source of each dict's version stamp (see `Dict::version`).
static DICT_STAMP: AtomicU64 = AtomicU64::new(1);

fn fresh_version() -> u64 {
    DICT_STAMP.fetch_add(1, Ordering::Relaxed) << 32
}

// A copy gets a version of its own: two copies that each add a key must not end up with
// equal versions for different key sets (`LoadGlobal`'s cache tells a hit by the version).
impl Clone for Dict {
    fn clone(&self) -> Dict {
        Dict {
            entries: self.entries.clone(),
            index: self.index.clone(),
            len: self.len,
            fill: self.fill,
            first: self.first,
            version: fresh_version(),
        }
    }
}

impl Default for Dict {
    fn default() -> Dict {
        Dict { entries: Vec::new(), index: Vec::new(), len: 0, fill: 0, first: 0, version: fresh_version() }
    }
}

const EMPTY: u32 = u32::MAX;

/// Result of a lookup.
pub enum Probe {
    /// Position of the entry with an equal key.
    Found(usize),
    /// No equal key.
    Missing,
    /// Entries whose hash matched but whose equality needs the VM: positions to check in order.
    Undecided(Vec<usize>),
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn with_capacity(n: usize) -> Dict {
        let mut d = Dict {
            entries: Vec::with_capacity(n),
            index: Vec::new(),
            len: 0,
            fill: 0,
            first: 0,
            version: fresh_version(),
        };
        if n > 0 {
            d.index = vec![EMPTY; (n * 3 / 2).next_power_of_two().max(8)];
        }
        d
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    /// Key-set version: equal versions mean no key was added or removed in between.
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn capacity(&self) -> usize {
        self.entries.capacity()
    }

    /// Upper bound of entry positions (for iteration by position, which survives holes).
    #[inline]
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    /// The first position a walk in insertion order from `pos` may find an entry at.
    #[inline]
    pub fn skip_leading_holes(&self, pos: usize) -> usize {
        pos.max(self.first)
    }

    #[inline]
    pub fn entry_at(&self, pos: usize) -> Option<&Entry> {
        self.entries.get(pos).and_then(|e| e.as_ref())
    }

    pub fn value_at_mut(&mut self, pos: usize) -> Option<&mut Value> {
        self.entries.get_mut(pos).and_then(|e| e.as_mut()).map(|e| &mut e.value)
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> + '_ {
        self.entries[self.first.min(self.entries.len())..].iter().filter_map(|e| e.as_ref())
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value).collect()
    }

    /// Looks `key` up. `fast_eq(stored_key)` decides equality without the VM when it can.
    #[inline]
    pub fn probe(&self, hash: i64, mut fast_eq: impl FnMut(Value) -> Option<bool>) -> Probe {
        if self.index.is_empty() {
            return Probe::Missing;
        }
        let mask = self.index.len() - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut undecided = Vec::new();
        loop {
            let slot = self.index[i];
            if slot == EMPTY {
                return if undecided.is_empty() { Probe::Missing } else { Probe::Undecided(undecided) };
            }
            // Slots may point at holes or past the end after deletions; those never match.
            if let Some(Some(e)) = self.entries.get(slot as usize)
                && e.hash == hash
            {
                match fast_eq(e.key) {
                    Some(true) => {
                        if undecided.is_empty() {
                            return Probe::Found(slot as usize);
                        }
                        undecided.push(slot as usize);
                        return Probe::Undecided(undecided);
                    }
                    Some(false) => {}
                    None => undecided.push(slot as usize),
                }
            }
            perturb >>= 5;
            i = (i * 5 + 1 + perturb as usize) & mask;
        }
    }

    /// `probe` for callers that give up on any key `fast_eq` cannot decide: the position of
    /// the equal key (`Some(Some)`), `Some(None)` when there is none, `None` at the first
    /// undecided one. No list of undecided entries to build, return and drop.
    #[inline]
    pub fn find(&self, hash: i64, mut fast_eq: impl FnMut(Value) -> Option<bool>) -> Option<Option<usize>> {
        if self.index.is_empty() {
            return Some(None);
        }
        let mask = self.index.len() - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let slot = self.index[i];
            if slot == EMPTY {
                return Some(None);
            }
            // Slots may point at holes or past the end after deletions; those never match.
            if let Some(Some(e)) = self.entries.get(slot as usize)
                && e.hash == hash
                && fast_eq(e.key)?
            {
                return Some(Some(slot as usize));
            }
            perturb >>= 5;
            i = (i * 5 + 1 + perturb as usize) & mask;
        }
    }

    /// Appends a new entry; the caller has established the key is absent.
    #[cfg_attr(edge_speed, optimize(speed))]
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        // Full index, or as many entries (holes included) as it can serve: CPython's limit
        // too. Without the second test a dict whose keys are deleted and added back (an LRU
        // cache) would reuse index slots forever while its entries grew without bound.
        if (self.fill.max(self.entries.len()) + 1) * 3 >= self.index.len() * 2 {
            self.grow();
        }
        let pos = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        self.len += 1;
        self.version = self.version.wrapping_add(1);
        self.place(hash, pos as u32);
    }

    /// Replaces the value at `pos` (keeping the original key, as CPython does).
    pub fn set_at(&mut self, pos: usize, value: Value) {
        if let Some(Some(e)) = self.entries.get_mut(pos) {
            e.value = value;
        }
    }

    /// Replaces the value at `pos` if that entry's key is the very object `key` (true).
    #[inline]
    pub fn set_if_key(&mut self, pos: usize, key: Value, value: Value) -> bool {
        match self.entries.get_mut(pos) {
            Some(Some(e)) if e.key.is(key) => {
                e.value = value;
                true
            }
            _ => false,
        }
    }

    /// Removes the entry at `pos`, returning it. Index slots keep pointing at the hole (every
    /// probe re-checks hash and key, so a slot that later points at a new entry is harmless);
    /// trailing holes are popped so repeated `popitem` stays O(1).
    pub fn remove_at(&mut self, pos: usize) -> Option<Entry> {
        let e = self.entries.get_mut(pos)?.take()?;
        self.len -= 1;
        self.version = self.version.wrapping_add(1);
        while matches!(self.entries.last(), Some(None)) {
            self.entries.pop();
        }
        if pos == self.first {
            while matches!(self.entries.get(self.first), Some(None)) {
                self.first += 1;
            }
        }
        self.first = self.first.min(self.entries.len());
        Some(e)
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.len = 0;
        self.fill = 0;
        self.first = 0;
        self.version = self.version.wrapping_add(1);
    }

    /// First live entry position (for `OrderedDict.popitem(last=False)`).
    pub fn first_pos(&self) -> Option<usize> {
        (self.first..self.entries.len()).find(|&i| self.entries[i].is_some())
    }

    /// Last live entry position (for `popitem`).
    pub fn last_pos(&self) -> Option<usize> {
        (0..self.entries.len()).rev().find(|&i| self.entries[i].is_some())
    }

    /// Makes the entry at `pos` (pushed already) reachable along the probe path of `hash`.
    /// A slot on the path that points at no live entry (a hole or past the end, left by
    /// deletions) is reused, and one that points at `pos` already is kept: deleting a key and
    /// adding it back (`except E as e` at module level deletes `e` from the globals) then
    /// uses no new slot, where each did and a full index was rebuilt every few rounds.
    fn place(&mut self, hash: i64, pos: u32) {
        let mask = self.index.len() - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let slot = self.index[i];
            if slot == EMPTY {
                self.index[i] = pos;
                self.fill += 1;
                return;
            }
            if slot == pos {
                return;
            }
            if !matches!(self.entries.get(slot as usize), Some(Some(_))) {
                self.index[i] = pos;
                return;
            }
            perturb >>= 5;
            i = (i * 5 + 1 + perturb as usize) & mask;
        }
    }

    fn grow(&mut self) {
        let live: Vec<Entry> = self.entries.drain(..).flatten().collect();
        let size = ((live.len() + 1) * 3).next_power_of_two().max(8);
        self.index = vec![EMPTY; size];
        self.fill = 0;
        self.first = 0;
        self.entries = Vec::with_capacity(live.len() * 2);
        for (pos, e) in live.into_iter().enumerate() {
            self.entries.push(Some(e));
            self.place(e.hash, pos as u32);
        }
    }

    pub fn trace(&self, out: &mut Vec<Value>) {
        for e in self.iter() {
            out.push(e.key);
            out.push(e.value);
        }
    }
}

impl Probe {
    pub fn found(self) -> Option<usize> {
        match self {
            Probe::Found(p) => Some(p),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int_eq(k: i64) -> impl FnMut(Value) -> Option<bool> {
        move |v| Some(matches!(v, Value::Int(x) if x == k))
    }

    #[test]
    fn insert_lookup_delete_keep_order() {
        let mut d = Dict::new();
        for k in 0..100i64 {
            d.insert_new(k % 7, Value::Int(k), Value::Int(k * 2));
        }
        assert_eq!(d.len(), 100);
        let p = d.probe(42 % 7, int_eq(42)).found().unwrap();
        assert!(matches!(d.entry_at(p).unwrap().value, Value::Int(84)));
        d.remove_at(p);
        assert!(d.probe(42 % 7, int_eq(42)).found().is_none());
        let keys: Vec<i64> = d.keys().iter().map(|v| if let Value::Int(i) = v { *i } else { -1 }).collect();
        assert_eq!(keys.len(), 99);
        assert!(keys.windows(2).all(|w| w[0] < w[1]));
        // popping from the end then re-inserting still works
        let last = d.last_pos().unwrap();
        d.remove_at(last);
        d.insert_new(99 % 7, Value::Int(99), Value::None);
        assert!(d.probe(99 % 7, int_eq(99)).found().is_some());
    }

    #[test]
    fn find_answers_as_probe_and_stops_at_an_undecided_key() {
        let mut d = Dict::new();
        for k in 0..20i64 {
            d.insert_new(k % 3, Value::Int(k), Value::None);
        }
        for k in 0..25i64 {
            assert_eq!(d.find(k % 3, int_eq(k)), Some(d.probe(k % 3, int_eq(k)).found()));
        }
        // Key 7 is undecided: looking up 13 (same hash, inserted later) meets it first.
        let undecided = |k: i64| move |v: Value| if matches!(v, Value::Int(7)) { None } else { int_eq(k)(v) };
        assert_eq!(d.find(13 % 3, undecided(13)), None);
        assert!(matches!(d.probe(13 % 3, undecided(13)), Probe::Undecided(_)));
        // Key 1 (same hash, inserted before 7) is found before 7 is reached.
        assert_eq!(d.find(1, undecided(1)), Some(d.probe(1, int_eq(1)).found()));
    }
}

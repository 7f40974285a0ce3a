//! How far ahead a scanner call looks (the native `_re` and the wasm module share it; each
//! keeps one `Streak` per thread).
//!
//! A scanner loop (`p.match(text, pos)` stepping to `m.end()`) is seen calling again at the
//! end of the last match it got: each such call gets twice as many matches found ahead, up
//! to 64; any other call starts over at one. At most about as many matches are found in vain
//! as were used.

#[derive(Clone, Copy, Debug)]
pub struct Streak {
    /// The subject token, program id and mode of the last scanner call.
    last: (i64, i64, i64),
    /// Where the next call of the same loop is expected.
    next: usize,
    /// log2 of how many matches the last call got.
    shift: u32,
}

impl Streak {
    const MAX_SHIFT: u32 = 6;

    pub const fn new() -> Streak {
        Streak { last: (0, 0, 0), next: usize::MAX, shift: 0 }
    }

    /// The number of matches to find for a scanner call on kept subject `token`.
    pub fn ahead(&mut self, token: i64, id: i64, mode: i64, pos: usize) -> usize {
        let goes_on = self.last == (token, id, mode) && self.next == pos;
        self.shift = if goes_on { (self.shift + 1).min(Self::MAX_SHIFT) } else { 0 };
        self.last = (token, id, mode);
        self.next = usize::MAX;
        1 << self.shift
    }

    /// Records where the scanner will call next: the end of the last match handed over.
    pub fn ran_to(&mut self, pos: usize) {
        self.next = pos;
    }
}

impl Default for Streak {
    fn default() -> Streak {
        Streak::new()
    }
}

#[cfg(test)]
mod tests {
    use super::Streak;

    #[test]
    fn doubles_while_the_loop_goes_on() {
        let mut s = Streak::new();
        assert_eq!(s.ahead(1, 7, 0, 0), 1);
        s.ran_to(3);
        assert_eq!(s.ahead(1, 7, 0, 3), 2);
        s.ran_to(9);
        assert_eq!(s.ahead(1, 7, 0, 9), 4);
        // Another position, subject or program starts over.
        assert_eq!(s.ahead(1, 7, 0, 2), 1);
        s.ran_to(5);
        assert_eq!(s.ahead(2, 7, 0, 5), 1);
        for _ in 0..10 {
            s.ran_to(5);
            s.ahead(2, 7, 0, 5);
        }
        s.ran_to(5);
        assert_eq!(s.ahead(2, 7, 0, 5), 64);
    }
}

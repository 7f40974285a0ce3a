//! Deflate with zlib 1.2.13's match finder: the same per-level parameters (lazy-match limits,
//! hash-chain lengths), the same rolling hash over a window of twice the history size that
//! slides by half, the same lazy evaluation and the same block boundaries, so the output is
//! byte for byte what CPython's zlib produces. Written from the format (RFC 1951) and zlib's
//! documented algorithm; the structure follows zlib's state machine because its behaviour at
//! every boundary (flushes, window slides, the end of input) shows in the output.

use crate::check::Check;
use crate::trees::{StaticTrees, Trees, static_trees};

const MIN_MATCH: usize = 3;
const MAX_MATCH: usize = 258;
const MIN_LOOKAHEAD: usize = MAX_MATCH + MIN_MATCH + 1;
/// Matches of length 3 farther than this are not worth their distance code.
const TOO_FAR: usize = 4096;
const MAX_STORED: usize = 65535;

pub const Z_NO_FLUSH: i32 = 0;
pub const Z_PARTIAL_FLUSH: i32 = 1;
pub const Z_FULL_FLUSH: i32 = 3;
pub const Z_FINISH: i32 = 4;
pub const Z_BLOCK: i32 = 5;

pub const Z_OK: i32 = 0;
pub const Z_STREAM_END: i32 = 1;
pub const Z_STREAM_ERROR: i32 = -2;
pub const Z_BUF_ERROR: i32 = -5;

/// (good_length, max_lazy, nice_length, max_chain) per level, and whether it is the fast
/// (greedy) or slow (lazy) matcher.
const CONFIG: [(usize, usize, usize, usize, bool); 10] = [
    (0, 0, 0, 0, false),
    (4, 4, 8, 4, true),
    (4, 5, 16, 8, true),
    (4, 6, 32, 32, true),
    (4, 4, 16, 16, false),
    (8, 16, 32, 32, false),
    (8, 16, 128, 128, false),
    (8, 32, 128, 256, false),
    (32, 128, 258, 1024, false),
    (32, 258, 258, 4096, false),
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum BlockState {
    NeedMore,
    BlockDone,
    FinishStarted,
    FinishDone,
}

/// What `top_up` left ahead: enough for a step, too little without more input (and no
/// flush asked for), or nothing at all (the block ends).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lookahead {
    Ready,
    NeedInput,
    Drained,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Status {
    Init,
    Busy,
    Finish,
}

fn rank(f: i32) -> i32 {
    f * 2 - if f > 4 { 9 } else { 0 }
}

#[derive(Clone)]
pub struct Deflater {
    level: i32,
    strategy: i32,
    /// 1 zlib, 2 gzip, 0 raw; negated once the trailer is written.
    wrap: i32,
    status: Status,
    last_flush: i32,
    w_size: usize,
    w_mask: usize,
    w_bits: u32,
    window: Vec<u8>,
    window_size: usize,
    prev: Vec<u16>,
    head: Vec<u16>,
    ins_h: usize,
    hash_mask: usize,
    hash_shift: u32,
    block_start: isize,
    match_length: usize,
    prev_match: usize,
    match_available: bool,
    strstart: usize,
    match_start: usize,
    lookahead: usize,
    prev_length: usize,
    max_chain: usize,
    max_lazy: usize,
    good_match: usize,
    nice_match: usize,
    insert: usize,
    /// Level 0: how full the history is (zlib's `matches` field there: 0, 1 or 2).
    stored_slides: u32,
    trees: Trees,
    check: Check,
    total_in: u64,
    /// The caller's input and how much of it has been read.
    input: Vec<u8>,
    in_pos: usize,
    /// Output room of the current call (level 0 sizes its blocks by it).
    pub avail_out: usize,
    out: Vec<u8>,
}

thread_local! {
    static STATIC: StaticTrees = static_trees();
}

impl Deflater {
    /// zlib's deflateInit2 checks; `None` is its Z_STREAM_ERROR.
    pub fn new(level: i64, method: i64, wbits: i64, mem_level: i64, strategy: i64) -> Option<Deflater> {
        let level = if level == -1 { 6 } else { level };
        let (wrap, mut w) = if wbits < 0 {
            if wbits < -15 {
                return None;
            }
            (0, -wbits)
        } else if wbits > 15 {
            (2, wbits - 16)
        } else {
            (1, wbits)
        };
        if !(1..=9).contains(&mem_level)
            || method != 8
            || !(8..=15).contains(&w)
            || !(0..=9).contains(&level)
            || !(0..=4).contains(&strategy)
            || (w == 8 && wrap != 1)
        {
            return None;
        }
        if w == 8 {
            w = 9;
        }
        let w_size = 1usize << w;
        let hash_bits = mem_level as u32 + 7;
        let lit_bufsize = 1usize << (mem_level + 6);
        let (good, lazy, nice, chain, _) = CONFIG[level as usize];
        Some(Deflater {
            level: level as i32,
            strategy: strategy as i32,
            wrap,
            status: Status::Init,
            last_flush: -2,
            w_size,
            w_mask: w_size - 1,
            w_bits: w as u32,
            window: vec![0; 2 * w_size],
            window_size: 2 * w_size,
            prev: vec![0; w_size],
            head: vec![0; 1 << hash_bits],
            ins_h: 0,
            hash_mask: (1 << hash_bits) - 1,
            hash_shift: hash_bits.div_ceil(3),
            block_start: 0,
            match_length: MIN_MATCH - 1,
            prev_match: 0,
            match_available: false,
            strstart: 0,
            match_start: 0,
            lookahead: 0,
            prev_length: MIN_MATCH - 1,
            max_chain: chain,
            max_lazy: lazy,
            good_match: good,
            nice_match: nice,
            insert: 0,
            stored_slides: 0,
            trees: Trees::new(lit_bufsize),
            check: match wrap {
                1 => Check::Adler(1),
                2 => Check::Crc(0),
                _ => Check::None,
            },
            total_in: 0,
            input: Vec::new(),
            in_pos: 0,
            avail_out: usize::MAX,
            out: Vec::new(),
        })
    }

    /// zlib's deflateSetDictionary, before any input.
    pub fn set_dictionary(&mut self, dict: &[u8]) -> bool {
        if self.wrap == 2 || self.status != Status::Init || self.lookahead != 0 {
            return false;
        }
        if self.wrap == 1 {
            self.check.update(dict);
        }
        let saved_wrap = self.wrap;
        self.wrap = 0;
        let mut dict = dict;
        if dict.len() >= self.w_size {
            if saved_wrap == 0 {
                self.head.fill(0);
                self.strstart = 0;
                self.block_start = 0;
                self.insert = 0;
            }
            dict = &dict[dict.len() - self.w_size..];
        }
        let saved_input = std::mem::replace(&mut self.input, dict.to_vec());
        let saved_pos = std::mem::replace(&mut self.in_pos, 0);
        let saved_check = self.check;
        self.check = Check::None;
        self.fill_window();
        while self.lookahead >= MIN_MATCH {
            let mut s = self.strstart;
            let mut n = self.lookahead - (MIN_MATCH - 1);
            while n > 0 {
                self.ins_h = self.hash_next(self.ins_h, self.window[s + MIN_MATCH - 1]);
                self.prev[s & self.w_mask] = self.head[self.ins_h];
                self.head[self.ins_h] = s as u16;
                s += 1;
                n -= 1;
            }
            self.strstart = s;
            self.lookahead = MIN_MATCH - 1;
            self.fill_window();
        }
        self.strstart += self.lookahead;
        self.block_start = self.strstart as isize;
        self.insert = self.lookahead;
        self.lookahead = 0;
        self.match_length = MIN_MATCH - 1;
        self.prev_length = MIN_MATCH - 1;
        self.match_available = false;
        self.input = saved_input;
        self.in_pos = saved_pos;
        self.check = saved_check;
        self.wrap = saved_wrap;
        true
    }

    #[inline]
    fn hash_next(&self, h: usize, c: u8) -> usize {
        ((h << self.hash_shift) ^ c as usize) & self.hash_mask
    }

    /// Inserts the string at `s` into the hash chains; gives the previous head of its chain.
    #[inline]
    fn insert_string(&mut self, s: usize) -> usize {
        self.ins_h = self.hash_next(self.ins_h, self.window[s + MIN_MATCH - 1]);
        let h = self.head[self.ins_h];
        self.prev[s & self.w_mask] = h;
        self.head[self.ins_h] = s as u16;
        h as usize
    }

    fn avail_in(&self) -> usize {
        self.input.len() - self.in_pos
    }

    /// Reads up to `size` input bytes to `window[at..]`, updating the check.
    fn read_buf_window(&mut self, at: usize, size: usize) -> usize {
        let n = self.avail_in().min(size);
        let src = &self.input[self.in_pos..self.in_pos + n];
        self.window[at..at + n].copy_from_slice(src);
        self.check.update(&self.input[self.in_pos..self.in_pos + n]);
        self.in_pos += n;
        self.total_in += n as u64;
        n
    }

    fn slide_hash(&mut self) {
        let w = self.w_size as u16;
        for h in self.head.iter_mut().chain(self.prev.iter_mut()) {
            *h = h.saturating_sub(w);
        }
    }

    fn max_dist(&self) -> usize {
        self.w_size - MIN_LOOKAHEAD
    }

    fn fill_window(&mut self) {
        let wsize = self.w_size;
        loop {
            let mut more = self.window_size - self.lookahead - self.strstart;
            if self.strstart >= wsize + self.max_dist() {
                self.window.copy_within(wsize..2 * wsize - more, 0);
                self.match_start = self.match_start.wrapping_sub(wsize);
                self.strstart -= wsize;
                self.block_start -= wsize as isize;
                if self.insert > self.strstart {
                    self.insert = self.strstart;
                }
                self.slide_hash();
                more += wsize;
            }
            if self.avail_in() == 0 {
                break;
            }
            let n = self.read_buf_window(self.strstart + self.lookahead, more);
            self.lookahead += n;
            if self.lookahead + self.insert >= MIN_MATCH {
                let mut s = self.strstart - self.insert;
                self.ins_h = self.window[s] as usize;
                self.ins_h = self.hash_next(self.ins_h, self.window[s + 1]);
                while self.insert > 0 {
                    self.ins_h = self.hash_next(self.ins_h, self.window[s + MIN_MATCH - 1]);
                    self.prev[s & self.w_mask] = self.head[self.ins_h];
                    self.head[self.ins_h] = s as u16;
                    s += 1;
                    self.insert -= 1;
                    if self.lookahead + self.insert < MIN_MATCH {
                        break;
                    }
                }
            }
            if self.lookahead >= MIN_LOOKAHEAD || self.avail_in() == 0 {
                break;
            }
        }
    }

    fn longest_match(&mut self, mut cur_match: usize) -> usize {
        let mut chain_length = self.max_chain;
        let scan = self.strstart;
        let mut best_len = self.prev_length;
        let mut nice_match = self.nice_match;
        let limit = if self.strstart > self.max_dist() { self.strstart - self.max_dist() } else { 0 };
        let w = &self.window;
        let mut scan_end1 = w[scan + best_len - 1];
        let mut scan_end = w[scan + best_len];
        if self.prev_length >= self.good_match {
            chain_length >>= 2;
        }
        if nice_match > self.lookahead {
            nice_match = self.lookahead;
        }
        loop {
            let m = cur_match;
            if w[m + best_len] == scan_end
                && w[m + best_len - 1] == scan_end1
                && w[m] == w[scan]
                && w[m + 1] == w[scan + 1]
            {
                // Byte 2 is not compared: equal hashes and equal bytes 0 and 1 imply it.
                let a = &w[scan + 3..scan + MAX_MATCH];
                let b = &w[m + 3..m + MAX_MATCH];
                let len = 3 + a.iter().zip(b).take_while(|(x, y)| x == y).count();
                if len > best_len {
                    self.match_start = cur_match;
                    best_len = len;
                    if len >= nice_match {
                        break;
                    }
                    scan_end1 = w[scan + best_len - 1];
                    scan_end = w[scan + best_len];
                }
            }
            cur_match = self.prev[cur_match & self.w_mask] as usize;
            if cur_match <= limit {
                break;
            }
            chain_length -= 1;
            if chain_length == 0 {
                break;
            }
        }
        best_len.min(self.lookahead)
    }

    /// Ends the current (not last) block; true when that filled the caller's output, so the
    /// block loop stops and asks for more room (zlib's FLUSH_BLOCK).
    fn flush_block_fills_output(&mut self) -> bool {
        self.flush_block_only(false);
        self.avail_out == 0
    }

    /// Ends a block at `strstart` (zlib's FLUSH_BLOCK_ONLY).
    fn flush_block_only(&mut self, last: bool) {
        let len = (self.strstart as isize - self.block_start) as usize;
        let stored = if self.block_start >= 0 {
            let start = self.block_start as usize;
            Some(&self.window[start..start + len])
        } else {
            None
        };
        let (level, strategy) = (self.level, self.strategy);
        STATIC.with(|st| self.trees.flush_block(st, level, strategy, stored, len, last));
        self.block_start = self.strstart as isize;
        self.flush_pending();
    }

    /// Moves finished output to the caller, whole bytes of the bit buffer included (zlib
    /// does so at every flush_pending, which decides how output splits between calls).
    fn flush_pending(&mut self) {
        self.trees.bi_flush();
        let n = self.trees.pending.len().min(self.avail_out);
        self.out.extend(self.trees.pending.drain(..n));
        self.avail_out -= n;
    }

    fn finish_tail(&mut self, flush: i32) -> BlockState {
        if flush == Z_FINISH {
            self.flush_block_only(true);
            return if self.avail_out == 0 { BlockState::FinishStarted } else { BlockState::FinishDone };
        }
        if !self.trees.sym_buf.is_empty() && self.flush_block_fills_output() {
            return BlockState::NeedMore;
        }
        BlockState::BlockDone
    }

    /// Refills the window when fewer than `need` bytes are ahead of `strstart`, and says
    /// whether the block loop can take its next step.
    fn top_up(&mut self, need: usize, flush: i32) -> Lookahead {
        if self.lookahead < need {
            self.fill_window();
            if self.lookahead < need && flush == Z_NO_FLUSH {
                return Lookahead::NeedInput;
            }
            if self.lookahead == 0 {
                return Lookahead::Drained;
            }
        }
        Lookahead::Ready
    }

    fn deflate_fast(&mut self, flush: i32) -> BlockState {
        loop {
            match self.top_up(MIN_LOOKAHEAD, flush) {
                Lookahead::Ready => {}
                Lookahead::NeedInput => return BlockState::NeedMore,
                Lookahead::Drained => break,
            }
            let mut hash_head = 0;
            if self.lookahead >= MIN_MATCH {
                hash_head = self.insert_string(self.strstart);
            }
            if hash_head != 0 && self.strstart - hash_head <= self.max_dist() {
                self.match_length = self.longest_match(hash_head);
            }
            let bflush;
            if self.match_length >= MIN_MATCH {
                bflush = self.trees.tally_dist(self.strstart - self.match_start, self.match_length - MIN_MATCH);
                self.lookahead -= self.match_length;
                if self.match_length <= self.max_lazy && self.lookahead >= MIN_MATCH {
                    self.match_length -= 1;
                    while self.match_length != 0 {
                        self.strstart += 1;
                        self.insert_string(self.strstart);
                        self.match_length -= 1;
                    }
                    self.strstart += 1;
                } else {
                    self.strstart += self.match_length;
                    self.match_length = 0;
                    self.ins_h = self.window[self.strstart] as usize;
                    self.ins_h = self.hash_next(self.ins_h, self.window[self.strstart + 1]);
                }
            } else {
                bflush = self.trees.tally_lit(self.window[self.strstart]);
                self.lookahead -= 1;
                self.strstart += 1;
            }
            if bflush && self.flush_block_fills_output() {
                return BlockState::NeedMore;
            }
        }
        self.insert = self.strstart.min(MIN_MATCH - 1);
        self.finish_tail(flush)
    }

    fn deflate_slow(&mut self, flush: i32) -> BlockState {
        loop {
            match self.top_up(MIN_LOOKAHEAD, flush) {
                Lookahead::Ready => {}
                Lookahead::NeedInput => return BlockState::NeedMore,
                Lookahead::Drained => break,
            }
            let mut hash_head = 0;
            if self.lookahead >= MIN_MATCH {
                hash_head = self.insert_string(self.strstart);
            }
            self.prev_length = self.match_length;
            self.prev_match = self.match_start;
            self.match_length = MIN_MATCH - 1;
            if hash_head != 0 && self.prev_length < self.max_lazy && self.strstart - hash_head <= self.max_dist() {
                self.match_length = self.longest_match(hash_head);
                if self.match_length <= 5
                    && (self.strategy == 1
                        || (self.match_length == MIN_MATCH && self.strstart - self.match_start > TOO_FAR))
                {
                    self.match_length = MIN_MATCH - 1;
                }
            }
            if self.prev_length >= MIN_MATCH && self.match_length <= self.prev_length {
                let max_insert = self.strstart + self.lookahead - MIN_MATCH;
                let bflush = self.trees.tally_dist(self.strstart - 1 - self.prev_match, self.prev_length - MIN_MATCH);
                self.lookahead -= self.prev_length - 1;
                self.prev_length -= 2;
                loop {
                    self.strstart += 1;
                    if self.strstart <= max_insert {
                        self.insert_string(self.strstart);
                    }
                    self.prev_length -= 1;
                    if self.prev_length == 0 {
                        break;
                    }
                }
                self.match_available = false;
                self.match_length = MIN_MATCH - 1;
                self.strstart += 1;
                if bflush && self.flush_block_fills_output() {
                    return BlockState::NeedMore;
                }
            } else if self.match_available {
                let bflush = self.trees.tally_lit(self.window[self.strstart - 1]);
                if bflush {
                    self.flush_block_only(false);
                }
                self.strstart += 1;
                self.lookahead -= 1;
                if self.avail_out == 0 {
                    return BlockState::NeedMore;
                }
            } else {
                self.match_available = true;
                self.strstart += 1;
                self.lookahead -= 1;
            }
        }
        if self.match_available {
            self.trees.tally_lit(self.window[self.strstart - 1]);
            self.match_available = false;
        }
        self.insert = self.strstart.min(MIN_MATCH - 1);
        self.finish_tail(flush)
    }

    fn deflate_rle(&mut self, flush: i32) -> BlockState {
        loop {
            match self.top_up(MAX_MATCH + 1, flush) {
                Lookahead::Ready => {}
                Lookahead::NeedInput => return BlockState::NeedMore,
                Lookahead::Drained => break,
            }
            self.match_length = 0;
            if self.lookahead >= MIN_MATCH && self.strstart > 0 {
                let s = self.strstart;
                let w = &self.window;
                let prev = w[s - 1];
                if prev == w[s] && prev == w[s + 1] && prev == w[s + 2] {
                    let run = 3 + w[s + 3..s + MAX_MATCH].iter().take_while(|&&c| c == prev).count();
                    self.match_length = run.min(self.lookahead);
                }
            }
            let bflush;
            if self.match_length >= MIN_MATCH {
                bflush = self.trees.tally_dist(1, self.match_length - MIN_MATCH);
                self.lookahead -= self.match_length;
                self.strstart += self.match_length;
                self.match_length = 0;
            } else {
                bflush = self.trees.tally_lit(self.window[self.strstart]);
                self.lookahead -= 1;
                self.strstart += 1;
            }
            if bflush && self.flush_block_fills_output() {
                return BlockState::NeedMore;
            }
        }
        self.insert = 0;
        self.finish_tail(flush)
    }

    fn deflate_huff(&mut self, flush: i32) -> BlockState {
        loop {
            if self.lookahead == 0 {
                self.fill_window();
                if self.lookahead == 0 {
                    if flush == Z_NO_FLUSH {
                        return BlockState::NeedMore;
                    }
                    break;
                }
            }
            self.match_length = 0;
            let bflush = self.trees.tally_lit(self.window[self.strstart]);
            self.lookahead -= 1;
            self.strstart += 1;
            if bflush && self.flush_block_fills_output() {
                return BlockState::NeedMore;
            }
        }
        self.insert = 0;
        self.finish_tail(flush)
    }

    /// Level 0: stored blocks as large as the output room and the pending buffer allow,
    /// copied straight from the input when possible (zlib 1.2.13's deflate_stored).
    fn deflate_stored(&mut self, flush: i32) -> BlockState {
        let pending_buf_size = self.trees.sym_end / 3 * 4 + 4;
        let mut min_block = (pending_buf_size - 5).min(self.w_size);
        let mut last = false;
        let used_start = self.avail_in();
        loop {
            let mut len = MAX_STORED;
            let have = (self.trees.bi_valid as usize + 42) >> 3;
            if self.avail_out < have {
                break;
            }
            let have = self.avail_out - have;
            let mut left = (self.strstart as isize - self.block_start) as usize;
            if len > left + self.avail_in() {
                len = left + self.avail_in();
            }
            if len > have {
                len = have;
            }
            if len < min_block
                && ((len == 0 && flush != Z_FINISH) || flush == Z_NO_FLUSH || len != left + self.avail_in())
            {
                break;
            }
            last = flush == Z_FINISH && len == left + self.avail_in();
            self.trees.stored_block(&[], last);
            let n = self.trees.pending.len();
            self.trees.pending[n - 4..].copy_from_slice(&[len as u8, (len >> 8) as u8, !len as u8, (!len >> 8) as u8]);
            self.flush_pending();
            if left > 0 {
                left = left.min(len);
                let start = self.block_start as usize;
                self.out.extend_from_slice(&self.window[start..start + left]);
                self.avail_out -= left;
                self.block_start += left as isize;
                len -= left;
            }
            if len > 0 {
                let src = self.input[self.in_pos..self.in_pos + len].to_vec();
                self.check.update(&src);
                self.in_pos += len;
                self.total_in += len as u64;
                self.out.extend_from_slice(&src);
                self.avail_out -= len;
            }
            if last {
                break;
            }
        }
        let used = used_start - self.avail_in();
        if used > 0 {
            if used >= self.w_size {
                self.stored_slides = 2;
                let end = self.in_pos;
                self.window[..self.w_size].copy_from_slice(&self.input[end - self.w_size..end]);
                self.strstart = self.w_size;
                self.insert = self.strstart;
            } else {
                if self.window_size - self.strstart <= used {
                    self.strstart -= self.w_size;
                    self.window.copy_within(self.w_size..self.w_size + self.strstart, 0);
                    if self.stored_slides < 2 {
                        self.stored_slides += 1;
                    }
                    if self.insert > self.strstart {
                        self.insert = self.strstart;
                    }
                }
                let end = self.in_pos;
                self.window[self.strstart..self.strstart + used].copy_from_slice(&self.input[end - used..end]);
                self.strstart += used;
                self.insert += used.min(self.w_size - self.insert);
            }
            self.block_start = self.strstart as isize;
        }
        if last {
            return BlockState::FinishDone;
        }
        if flush != Z_NO_FLUSH
            && flush != Z_FINISH
            && self.avail_in() == 0
            && self.strstart as isize == self.block_start
        {
            return BlockState::BlockDone;
        }
        let mut have = self.window_size - self.strstart;
        if self.avail_in() > have && self.block_start >= self.w_size as isize {
            self.block_start -= self.w_size as isize;
            self.strstart -= self.w_size;
            self.window.copy_within(self.w_size..self.w_size + self.strstart, 0);
            if self.stored_slides < 2 {
                self.stored_slides += 1;
            }
            have += self.w_size;
            if self.insert > self.strstart {
                self.insert = self.strstart;
            }
        }
        have = have.min(self.avail_in());
        if have > 0 {
            let at = self.strstart;
            self.read_buf_window(at, have);
            self.strstart += have;
            self.insert += have.min(self.w_size - self.insert);
        }
        let have = (self.trees.bi_valid as usize + 42) >> 3;
        let have = (pending_buf_size - have).min(MAX_STORED);
        min_block = have.min(self.w_size);
        let left = (self.strstart as isize - self.block_start) as usize;
        if left >= min_block
            || ((left > 0 || flush == Z_FINISH) && flush != Z_NO_FLUSH && self.avail_in() == 0 && left <= have)
        {
            let len = left.min(have);
            last = flush == Z_FINISH && self.avail_in() == 0 && len == left;
            let start = self.block_start as usize;
            let block = self.window[start..start + len].to_vec();
            self.trees.stored_block(&block, last);
            self.block_start += len as isize;
            self.flush_pending();
        }
        if last { BlockState::FinishStarted } else { BlockState::NeedMore }
    }

    fn put_short_msb(&mut self, w: u32) {
        self.trees.pending.extend_from_slice(&[(w >> 8) as u8, w as u8]);
    }

    /// One call of zlib's deflate() over all of `input`, with `avail_out` room; returns
    /// zlib's status code. Output goes to `take_output`.
    pub fn deflate(&mut self, input: &[u8], flush: i32) -> i32 {
        if !(0..=Z_BLOCK).contains(&flush) || (self.status == Status::Finish && flush != Z_FINISH) {
            return Z_STREAM_ERROR;
        }
        if self.avail_out == 0 {
            return Z_BUF_ERROR;
        }
        if self.in_pos == self.input.len() {
            self.input.clear();
            self.in_pos = 0;
            self.input.extend_from_slice(input);
        } else {
            self.input.extend_from_slice(input);
        }
        let old_flush = self.last_flush;
        self.last_flush = flush;
        if !self.trees.pending.is_empty() {
            self.flush_pending();
            if self.avail_out == 0 {
                self.last_flush = -1;
                return Z_OK;
            }
        } else if self.avail_in() == 0 && rank(flush) <= rank(old_flush) && flush != Z_FINISH {
            return Z_BUF_ERROR;
        }
        if self.status == Status::Finish && self.avail_in() != 0 {
            return Z_BUF_ERROR;
        }
        if self.status == Status::Init && self.wrap == 0 {
            self.status = Status::Busy;
        }
        if self.status == Status::Init {
            self.write_header();
            self.flush_pending();
            if !self.trees.pending.is_empty() {
                self.last_flush = -1;
                return Z_OK;
            }
        }
        if self.avail_in() != 0 || self.lookahead != 0 || (flush != Z_NO_FLUSH && self.status != Status::Finish) {
            let bstate = if self.level == 0 {
                self.deflate_stored(flush)
            } else if self.strategy == 2 {
                self.deflate_huff(flush)
            } else if self.strategy == 3 {
                self.deflate_rle(flush)
            } else if CONFIG[self.level as usize].4 {
                self.deflate_fast(flush)
            } else {
                self.deflate_slow(flush)
            };
            if matches!(bstate, BlockState::FinishStarted | BlockState::FinishDone) {
                self.status = Status::Finish;
            }
            if matches!(bstate, BlockState::NeedMore | BlockState::FinishStarted) {
                if self.avail_out == 0 {
                    self.last_flush = -1;
                }
                return Z_OK;
            }
            if bstate == BlockState::BlockDone {
                if flush == Z_PARTIAL_FLUSH {
                    STATIC.with(|st| self.trees.align(st));
                } else if flush != Z_BLOCK {
                    self.trees.stored_block(&[], false);
                    if flush == Z_FULL_FLUSH {
                        self.head.fill(0);
                        if self.lookahead == 0 {
                            self.strstart = 0;
                            self.block_start = 0;
                            self.insert = 0;
                        }
                    }
                }
                self.flush_pending();
                if self.avail_out == 0 {
                    self.last_flush = -1;
                    return Z_OK;
                }
            }
        }
        if flush != Z_FINISH {
            return Z_OK;
        }
        if self.wrap <= 0 {
            return Z_STREAM_END;
        }
        let c = self.check.value();
        if self.wrap == 2 {
            let total = self.total_in as u32;
            self.trees.pending.extend_from_slice(&c.to_le_bytes());
            self.trees.pending.extend_from_slice(&total.to_le_bytes());
        } else {
            self.put_short_msb(c >> 16);
            self.put_short_msb(c & 0xffff);
        }
        self.flush_pending();
        self.wrap = -self.wrap;
        if self.trees.pending.is_empty() { Z_STREAM_END } else { Z_OK }
    }

    fn write_header(&mut self) {
        if self.wrap == 2 {
            let xfl = if self.level == 9 {
                2
            } else if self.strategy >= 2 || self.level < 2 {
                4
            } else {
                0
            };
            self.trees.pending.extend_from_slice(&[31, 139, 8, 0, 0, 0, 0, 0, xfl, 3]);
            self.status = Status::Busy;
            return;
        }
        let mut header = (8 + ((self.w_bits - 8) << 4)) << 8;
        let level_flags = if self.strategy >= 2 || self.level < 2 {
            0
        } else if self.level < 6 {
            1
        } else if self.level == 6 {
            2
        } else {
            3
        };
        header |= level_flags << 6;
        if self.strstart != 0 {
            header |= 0x20;
        }
        header += 31 - (header % 31);
        self.put_short_msb(header);
        if self.strstart != 0 {
            let c = self.check.value();
            self.put_short_msb(c >> 16);
            self.put_short_msb(c & 0xffff);
        }
        self.check = Check::Adler(1);
        self.status = Status::Busy;
    }

    pub fn take_output(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.out)
    }
}

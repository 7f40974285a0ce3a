//! Inflate (RFC 1951) inside a zlib (RFC 1950) or gzip (RFC 1952) wrapper, resumable across
//! calls, with zlib 1.2.13's error messages and its input accounting: zlib pulls input bytes
//! only as far as the next item it decodes needs them (one literal, one length/distance pair,
//! one block header, ...), and keeps everything when the input runs out mid-item. Here each
//! item is decoded whole or not at all: when the input runs out the item's bytes are kept in
//! `pending_in` and decoding restarts from the item's first bit once more input arrives, which
//! consumes exactly the bytes zlib would have (`unconsumed_tail`/`unused_data` agree).

use crate::check::Check;

/// zlib keeps 32 KiB of history; a distance may reach back this far into earlier calls' output.
const HISTORY: usize = 32768;
const FAST: u32 = 10;
/// A primary-table entry for a code longer than `FAST` bits (decoded bit by bit).
const LONG: u32 = u32::MAX;
/// What an unassigned code decodes to (zlib's "invalid code" table entry, one bit long).
pub const INVALID: u16 = u16::MAX;

pub enum Stop {
    /// More input is needed (all of it has been taken).
    Input,
    /// The output limit was reached.
    Output,
    /// A zlib stream with a preset dictionary whose Adler-32 is this.
    NeedDict,
    Error(&'static str),
}

#[derive(Clone, Copy)]
struct Bits {
    pos: usize,
    hold: u64,
    n: u32,
}

impl Bits {
    #[inline]
    fn fill(&mut self, d: &[u8]) {
        if self.pos + 8 <= d.len() {
            let v = u64::from_le_bytes(d[self.pos..self.pos + 8].try_into().unwrap());
            self.hold |= v << self.n;
            self.pos += ((63 - self.n) >> 3) as usize;
            self.n |= 56;
            return;
        }
        while self.n <= 56 && self.pos < d.len() {
            self.hold |= (d[self.pos] as u64) << self.n;
            self.pos += 1;
            self.n += 8;
        }
    }
    #[inline]
    fn need(&mut self, d: &[u8], k: u32) -> Result<(), Stop> {
        if self.n < k {
            self.fill(d);
            if self.n < k {
                return Err(Stop::Input);
            }
        }
        Ok(())
    }
    #[inline]
    fn take(&mut self, k: u32) -> u32 {
        let v = (self.hold & ((1u64 << k) - 1)) as u32;
        self.hold >>= k;
        self.n -= k;
        v
    }
    /// `need` + `take`.
    #[inline]
    fn read(&mut self, d: &[u8], k: u32) -> Result<u32, Stop> {
        self.need(d, k)?;
        Ok(self.take(k))
    }
    fn bitpos(&self) -> usize {
        self.pos * 8 - self.n as usize
    }
    fn at(bitpos: usize) -> Bits {
        Bits { pos: bitpos / 8, hold: 0, n: 0 }
    }
    /// Drops the bits up to the next byte boundary (zlib's BYTEBITS).
    fn align(&mut self) {
        let k = self.n & 7;
        self.take(k);
    }
    fn byte(&mut self, d: &[u8]) -> Result<u8, Stop> {
        Ok(self.read(d, 8)? as u8)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Codes,
    Lens,
    Dists,
}

#[derive(Clone)]
pub struct Huff {
    fast: Vec<u32>,
    counts: [u16; 16],
    syms: Vec<u16>,
}

fn reverse(mut code: u32, len: u32) -> u32 {
    let mut r = 0;
    for _ in 0..len {
        r = (r << 1) | (code & 1);
        code >>= 1;
    }
    r
}

impl Huff {
    /// zlib's inflate_table checks: an over-subscribed set is refused, an incomplete one only
    /// allowed for literal/length or distance codes of a single one-bit code (or none).
    pub fn build(lens: &[u8], kind: Kind) -> Result<Huff, ()> {
        let mut counts = [0u16; 16];
        for &l in lens {
            counts[l as usize] += 1;
        }
        counts[0] = 0;
        let max = (1..16).rev().find(|&l| counts[l] != 0).unwrap_or(0);
        let mut h = Huff { fast: vec![0; 1 << FAST], counts, syms: Vec::new() };
        if max == 0 {
            return Ok(h);
        }
        let mut left: i32 = 1;
        for &c in &counts[1..] {
            left = (left << 1) - c as i32;
            if left < 0 {
                return Err(());
            }
        }
        if left > 0 && (kind == Kind::Codes || max != 1) {
            return Err(());
        }
        let mut offs = [0u16; 16];
        for l in 1..15 {
            offs[l + 1] = offs[l] + counts[l];
        }
        let mut syms = vec![0u16; lens.iter().filter(|&&l| l != 0).count()];
        // Canonical codes: the first code of each length follows the last of the shorter.
        let mut next = [0u32; 16];
        for l in 2..16 {
            next[l] = (next[l - 1] + counts[l - 1] as u32) << 1;
        }
        for (sym, &l) in lens.iter().enumerate() {
            if l == 0 {
                continue;
            }
            let l = l as usize;
            syms[offs[l] as usize] = sym as u16;
            offs[l] += 1;
            let rev = reverse(next[l], l as u32);
            next[l] += 1;
            if l as u32 <= FAST {
                let mut i = rev as usize;
                while i < 1 << FAST {
                    h.fast[i] = ((l as u32) << 16) | sym as u32;
                    i += 1 << l;
                }
            } else {
                h.fast[(rev & ((1 << FAST) - 1)) as usize] = LONG;
            }
        }
        h.syms = syms;
        Ok(h)
    }

    fn fixed_lit() -> Huff {
        let mut lens = [0u8; 288];
        for (i, l) in lens.iter_mut().enumerate() {
            *l = match i {
                0..=143 => 8,
                144..=255 => 9,
                256..=279 => 7,
                _ => 8,
            };
        }
        Huff::build(&lens, Kind::Lens).unwrap()
    }

    fn fixed_dist() -> Huff {
        Huff::build(&[5u8; 32], Kind::Dists).unwrap()
    }

    #[inline]
    fn decode(&self, b: &mut Bits, d: &[u8]) -> Result<u16, Stop> {
        if b.n < FAST {
            b.fill(d);
        }
        let e = self.fast[(b.hold & ((1 << FAST) - 1)) as usize];
        if e == LONG {
            if b.n < 15 {
                b.fill(d);
            }
            return self.decode_long(b);
        }
        if e == 0 {
            // Unassigned: zlib's invalid-code entry is one bit long.
            if b.n < 1 {
                return Err(Stop::Input);
            }
            b.take(1);
            return Ok(INVALID);
        }
        let len = e >> 16;
        if len > b.n {
            return Err(Stop::Input);
        }
        b.take(len);
        Ok(e as u16)
    }

    fn decode_long(&self, b: &mut Bits) -> Result<u16, Stop> {
        let (mut code, mut first, mut index) = (0i32, 0i32, 0i32);
        for len in 1..16u32 {
            if len > b.n {
                return Err(Stop::Input);
            }
            code |= ((b.hold >> (len - 1)) & 1) as i32;
            let count = self.counts[len as usize] as i32;
            if code - first < count {
                b.take(len);
                return Ok(self.syms[(index + code - first) as usize]);
            }
            index += count;
            first = (first + count) << 1;
            code <<= 1;
        }
        Err(Stop::Error("invalid code"))
    }
}

const LEN_BASE: [u16; 29] =
    [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LEN_EXTRA: [u8; 29] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
    8193, 12289, 16385, 24577,
];
const DIST_EXTRA: [u8; 30] =
    [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CLEN_ORDER: [usize; 19] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Header,
    Dict,
    Block,
    Codes,
    Stored(u32),
    Trailer,
    Done,
}

/// Output decoded but not yet written because the output limit was reached.
#[derive(Clone, Copy)]
enum Pending {
    None,
    Lit(u8),
    Match(u32, u32),
}

#[derive(Clone)]
pub struct Inflater {
    /// zlib's wrap bits: 1 zlib header allowed, 2 gzip header allowed.
    wrap: u8,
    wbits: u32,
    gzip: bool,
    mode: Mode,
    last: bool,
    lit: Option<Huff>,
    dist: Option<Huff>,
    fixed: Option<(Huff, Huff)>,
    use_fixed: bool,
    pending: Pending,
    /// Bytes taken from the caller's input but not yet decoded, from bit `bit` of the first.
    pending_in: Vec<u8>,
    bit: u32,
    /// The last `HISTORY` bytes of output (and, during a call, that call's output after them).
    hist: Vec<u8>,
    total_out: u64,
    /// History from a preset dictionary, which distances may reach but which is not output.
    dict_len: u64,
    /// `total_out` when the current call started.
    call_base: u64,
    check: Check,
    pub dict_id: u32,
}

impl Inflater {
    /// `wbits` as zlib's inflateInit2 takes it; `None` when zlib refuses it.
    pub fn new(wbits: i64) -> Option<Inflater> {
        let (wrap, w) = if wbits < 0 {
            if wbits < -15 {
                return None;
            }
            (0u8, (-wbits) as u32)
        } else {
            let wrap = ((wbits >> 4) + 1) as u8;
            let w = if wbits < 48 { (wbits & 15) as u32 } else { wbits as u32 };
            (wrap, w)
        };
        if w != 0 && !(8..=15).contains(&w) {
            return None;
        }
        if wrap > 3 {
            return None;
        }
        Some(Inflater {
            wrap,
            wbits: w,
            gzip: false,
            mode: if wrap == 0 { Mode::Block } else { Mode::Header },
            last: false,
            lit: None,
            dist: None,
            fixed: None,
            use_fixed: false,
            pending: Pending::None,
            pending_in: Vec::new(),
            bit: 0,
            hist: Vec::new(),
            total_out: 0,
            dict_len: 0,
            call_base: 0,
            check: Check::None,
            dict_id: 0,
        })
    }

    /// A preset dictionary: its bytes become history (zlib's inflateSetDictionary).
    pub fn set_dictionary(&mut self, dict: &[u8]) -> Result<(), ()> {
        if self.mode == Mode::Dict {
            if crate::check::adler32(1, dict) != self.dict_id {
                return Err(());
            }
            self.mode = Mode::Block;
            self.check = Check::Adler(1);
        } else if self.wrap != 0 || self.mode != Mode::Block {
            return Err(());
        }
        let keep = dict.len().min(HISTORY);
        self.hist.extend_from_slice(&dict[dict.len() - keep..]);
        self.trim_history();
        self.dict_len = keep as u64;
        Ok(())
    }

    fn trim_history(&mut self) {
        if self.hist.len() > 2 * HISTORY {
            let cut = self.hist.len() - HISTORY;
            self.hist.drain(..cut);
        }
    }

    /// Decodes `input` into `out`, at most `limit` bytes. Returns how many input bytes were
    /// consumed and why it stopped (`Ok(true)` at the end of the stream).
    pub fn inflate(&mut self, input: &[u8], out: &mut Vec<u8>, limit: usize) -> (usize, Result<bool, Stop>) {
        let old = self.pending_in.len();
        let owned;
        let data: &[u8] = if old == 0 {
            input
        } else {
            owned = [&self.pending_in[..], input].concat();
            &owned
        };
        let start = self.hist.len();
        self.call_base = self.total_out;
        let mut b = Bits::at(self.bit as usize);
        b.need(data, self.bit).ok();
        b.take(self.bit.min(b.n));
        let mut checked = start;
        let r = self.run(data, &mut b, start, limit, &mut checked);
        let produced = &self.hist[start..];
        out.extend_from_slice(produced);
        if checked < self.hist.len() {
            let tail = self.hist[checked..].to_vec();
            self.check.update(&tail);
        }
        self.trim_history();
        let (result, resume) = match r {
            Ok(()) => (Ok(true), b.bitpos()),
            Err((e, at)) => (Err(e), at),
        };
        // zlib has taken every byte when it waits for input, else the bytes up to the end of
        // the last item (its partial last byte included); bytes taken earlier stay taken.
        let taken_to = if matches!(result, Err(Stop::Input)) { data.len() } else { resume.div_ceil(8).max(old) };
        if matches!(result, Ok(true)) {
            self.pending_in.clear();
            self.bit = 0;
        } else {
            self.pending_in = data[resume / 8..taken_to].to_vec();
            self.bit = (resume % 8) as u32;
        }
        (taken_to.saturating_sub(old), result)
    }

    /// Runs items until one stops; on `Err` also gives the bit position of the last complete
    /// item (where decoding resumes).
    fn run(
        &mut self,
        d: &[u8],
        b: &mut Bits,
        start: usize,
        limit: usize,
        checked: &mut usize,
    ) -> Result<(), (Stop, usize)> {
        loop {
            let save = *b;
            let r = self.step(d, b, start, limit, checked);
            match r {
                Ok(true) => return Ok(()),
                Ok(false) => {}
                // zlib keeps what it read up to an error; anything else restarts the item.
                Err(e @ Stop::Error(_)) => return Err((e, b.bitpos())),
                Err(e) => {
                    *b = save;
                    return Err((e, save.bitpos()));
                }
            }
        }
    }

    fn room(&self, start: usize, limit: usize) -> usize {
        limit.saturating_sub(self.hist.len() - start)
    }

    /// Writes the pending output; `false` when the limit stopped it.
    fn flush_pending(&mut self, start: usize, limit: usize) -> Result<bool, Stop> {
        match self.pending {
            Pending::None => Ok(true),
            Pending::Lit(c) => {
                if self.room(start, limit) == 0 {
                    return Ok(false);
                }
                self.hist.push(c);
                self.total_out += 1;
                self.pending = Pending::None;
                Ok(true)
            }
            Pending::Match(len, dist) => {
                if self.room(start, limit) == 0 {
                    return Ok(false);
                }
                // zlib checks distances against its window plus this call's output, so a
                // stream reaching farther than its window fails only across calls.
                let this_call = (self.hist.len() - start) as u64;
                let whave = (1u64 << self.wbits.max(8)).min(self.dict_len + self.call_base);
                if dist as u64 > this_call + whave {
                    return Err(Stop::Error("invalid distance too far back"));
                }
                let n = (len as usize).min(self.room(start, limit));
                self.copy_match(n, dist as usize);
                if n < len as usize {
                    self.pending = Pending::Match(len - n as u32, dist);
                    return Ok(false);
                }
                self.pending = Pending::None;
                Ok(true)
            }
        }
    }

    #[inline]
    fn copy_match(&mut self, n: usize, dist: usize) {
        let from = self.hist.len() - dist;
        if dist >= n {
            self.hist.extend_from_within(from..from + n);
        } else {
            self.hist.reserve(n);
            for i in 0..n {
                let c = self.hist[from + i];
                self.hist.push(c);
            }
        }
        self.total_out += n as u64;
    }

    /// One item. `Ok(true)`: end of stream.
    fn step(&mut self, d: &[u8], b: &mut Bits, start: usize, limit: usize, checked: &mut usize) -> Result<bool, Stop> {
        if !self.flush_pending(start, limit)? {
            return Err(Stop::Output);
        }
        match self.mode {
            Mode::Codes => self.codes(d, b).map(|_| false),
            Mode::Header => self.header(d, b).map(|_| false),
            Mode::Dict => Err(Stop::NeedDict),
            Mode::Block => self.block_header(d, b).map(|_| false),
            Mode::Stored(left) => {
                if left == 0 {
                    self.mode = if self.last { Mode::Trailer } else { Mode::Block };
                    return Ok(false);
                }
                // Whole bytes only here: the block header left the stream byte-aligned.
                let avail = d.len() - (b.bitpos() / 8);
                let n = (left as usize).min(avail).min(self.room(start, limit));
                if n == 0 {
                    return Err(if avail == 0 { Stop::Input } else { Stop::Output });
                }
                let at = b.bitpos() / 8;
                self.hist.extend_from_slice(&d[at..at + n]);
                self.total_out += n as u64;
                *b = Bits::at((at + n) * 8);
                self.mode = Mode::Stored(left - n as u32);
                Ok(false)
            }
            Mode::Trailer => {
                let tail = self.hist[*checked..].to_vec();
                self.check.update(&tail);
                *checked = self.hist.len();
                self.trailer(d, b)?;
                self.mode = Mode::Done;
                Ok(true)
            }
            Mode::Done => Ok(true),
        }
    }

    fn header(&mut self, d: &[u8], b: &mut Bits) -> Result<(), Stop> {
        let first = b.read(d, 16)?;
        if self.wrap & 2 != 0 && first == 0x8b1f {
            if self.wbits == 0 {
                self.wbits = 15;
            }
            return self.gzip_header(d, b);
        }
        let (cmf, flg) = (first & 0xff, first >> 8);
        if self.wrap & 1 == 0 || ((cmf << 8) + flg) % 31 != 0 {
            return Err(Stop::Error("incorrect header check"));
        }
        if cmf & 15 != 8 {
            return Err(Stop::Error("unknown compression method"));
        }
        let len = (cmf >> 4) + 8;
        if self.wbits == 0 {
            self.wbits = len;
        }
        if len > 15 || len > self.wbits {
            return Err(Stop::Error("invalid window size"));
        }
        self.check = Check::Adler(1);
        if flg & 0x20 != 0 {
            let mut id = 0;
            for _ in 0..4 {
                id = (id << 8) | b.byte(d)? as u32;
            }
            self.dict_id = id;
            self.mode = Mode::Dict;
        } else {
            self.mode = Mode::Block;
        }
        Ok(())
    }

    fn gzip_header(&mut self, d: &[u8], b: &mut Bits) -> Result<(), Stop> {
        let mut head = vec![0x1f, 0x8b];
        let method = b.byte(d)?;
        let flags = b.byte(d)?;
        head.extend([method, flags]);
        if method != 8 {
            return Err(Stop::Error("unknown compression method"));
        }
        if flags & 0xe0 != 0 {
            return Err(Stop::Error("unknown header flags set"));
        }
        for _ in 0..6 {
            head.push(b.byte(d)?);
        }
        if flags & 4 != 0 {
            let lo = b.byte(d)?;
            let hi = b.byte(d)?;
            head.extend([lo, hi]);
            for _ in 0..(lo as usize | (hi as usize) << 8) {
                head.push(b.byte(d)?);
            }
        }
        for flag in [8, 16] {
            if flags & flag != 0 {
                loop {
                    let c = b.byte(d)?;
                    head.push(c);
                    if c == 0 {
                        break;
                    }
                }
            }
        }
        if flags & 2 != 0 {
            let lo = b.byte(d)? as u32;
            let hi = b.byte(d)? as u32;
            if lo | hi << 8 != crate::check::crc32(0, &head) & 0xffff {
                return Err(Stop::Error("header crc mismatch"));
            }
        }
        self.gzip = true;
        self.check = Check::Crc(0);
        self.mode = Mode::Block;
        Ok(())
    }

    fn trailer(&mut self, d: &[u8], b: &mut Bits) -> Result<(), Stop> {
        if self.wrap == 0 {
            return Ok(());
        }
        let mut word = [0u8; 4];
        for w in &mut word {
            *w = b.byte(d)?;
        }
        let check = if self.gzip { u32::from_le_bytes(word) } else { u32::from_be_bytes(word) };
        if check != self.check.value() {
            return Err(Stop::Error("incorrect data check"));
        }
        if self.gzip {
            for w in &mut word {
                *w = b.byte(d)?;
            }
            if u32::from_le_bytes(word) != self.total_out as u32 {
                return Err(Stop::Error("incorrect length check"));
            }
        }
        Ok(())
    }

    fn block_header(&mut self, d: &[u8], b: &mut Bits) -> Result<(), Stop> {
        if self.last {
            b.align();
            self.mode = Mode::Trailer;
            return Ok(());
        }
        let h = b.read(d, 3)?;
        let last = h & 1 != 0;
        match h >> 1 {
            0 => {
                b.align();
                let w = b.read(d, 32)?;
                if w & 0xffff != (w >> 16) ^ 0xffff {
                    return Err(Stop::Error("invalid stored block lengths"));
                }
                self.mode = Mode::Stored(w & 0xffff);
            }
            1 => {
                if self.fixed.is_none() {
                    self.fixed = Some((Huff::fixed_lit(), Huff::fixed_dist()));
                }
                self.use_fixed = true;
                self.mode = Mode::Codes;
            }
            2 => {
                self.dynamic(d, b)?;
                self.use_fixed = false;
                self.mode = Mode::Codes;
            }
            _ => return Err(Stop::Error("invalid block type")),
        }
        self.last = last;
        Ok(())
    }

    fn dynamic(&mut self, d: &[u8], b: &mut Bits) -> Result<(), Stop> {
        let nlen = b.read(d, 5)? as usize + 257;
        let ndist = b.read(d, 5)? as usize + 1;
        let ncode = b.read(d, 4)? as usize + 4;
        if nlen > 286 || ndist > 30 {
            return Err(Stop::Error("too many length or distance symbols"));
        }
        let mut clens = [0u8; 19];
        for &i in &CLEN_ORDER[..ncode] {
            clens[i] = b.read(d, 3)? as u8;
        }
        let codes = Huff::build(&clens, Kind::Codes).map_err(|_| Stop::Error("invalid code lengths set"))?;
        let mut lens = [0u8; 316];
        let mut have = 0;
        while have < nlen + ndist {
            let sym = codes.decode(b, d)?;
            let sym = if sym == INVALID { 0 } else { sym };
            if sym < 16 {
                lens[have] = sym as u8;
                have += 1;
                continue;
            }
            let (value, copy) = match sym {
                16 => {
                    let copy = 3 + b.read(d, 2)? as usize;
                    if have == 0 {
                        return Err(Stop::Error("invalid bit length repeat"));
                    }
                    (lens[have - 1], copy)
                }
                17 => (0, 3 + b.read(d, 3)? as usize),
                _ => (0, 11 + b.read(d, 7)? as usize),
            };
            if have + copy > nlen + ndist {
                return Err(Stop::Error("invalid bit length repeat"));
            }
            lens[have..have + copy].fill(value);
            have += copy;
        }
        if lens[256] == 0 {
            return Err(Stop::Error("invalid code -- missing end-of-block"));
        }
        let lit = Huff::build(&lens[..nlen], Kind::Lens).map_err(|_| Stop::Error("invalid literal/lengths set"))?;
        let dist =
            Huff::build(&lens[nlen..nlen + ndist], Kind::Dists).map_err(|_| Stop::Error("invalid distances set"))?;
        self.lit = Some(lit);
        self.dist = Some(dist);
        Ok(())
    }

    /// Literals and matches up to the end of the block, while output room lasts.
    fn codes(&mut self, d: &[u8], b: &mut Bits) -> Result<(), Stop> {
        let (lit, dist) = if self.use_fixed {
            let f = self.fixed.as_ref().unwrap();
            (&f.0, &f.1)
        } else {
            (self.lit.as_ref().unwrap(), self.dist.as_ref().unwrap())
        };
        let sym = lit.decode(b, d)?;
        if sym < 256 {
            self.pending = Pending::Lit(sym as u8);
            return Ok(());
        }
        if sym == 256 {
            self.mode = Mode::Block;
            return Ok(());
        }
        if sym > 285 {
            return Err(Stop::Error("invalid literal/length code"));
        }
        let i = (sym - 257) as usize;
        let len = LEN_BASE[i] as u32 + b.read(d, LEN_EXTRA[i] as u32)?;
        let dsym = dist.decode(b, d)?;
        if dsym >= 30 {
            return Err(Stop::Error("invalid distance code"));
        }
        let ds = dsym as usize;
        let dist_v = DIST_BASE[ds] as u32 + b.read(d, DIST_EXTRA[ds] as u32)?;
        self.pending = Pending::Match(len, dist_v);
        Ok(())
    }
}

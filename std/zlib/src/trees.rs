//! Block output the way zlib 1.2.13 decides it: symbols are tallied until the symbol buffer
//! fills, then each block is sent stored, with the fixed codes, or with dynamic codes built
//! by zlib's heap-based Huffman construction (ties broken by subtree depth, lengths limited
//! by its overflow redistribution), whichever its size estimate says is smallest. Every one of
//! those choices shows in the output bytes, so they follow zlib's rules exactly.

pub const L_CODES: usize = 286;
pub const D_CODES: usize = 30;
pub const BL_CODES: usize = 19;
const HEAP_SIZE: usize = 2 * L_CODES + 1;
const END_BLOCK: usize = 256;
const MAX_BITS: usize = 15;
const BL_ORDER: [usize; BL_CODES] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
const EXTRA_LBITS: [u8; 29] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const EXTRA_DBITS: [u8; 30] =
    [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const EXTRA_BLBITS: [u8; 19] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7];

/// Length code (0..28) of a match length minus 3.
pub const LENGTH_CODE: [u8; 256] = length_codes();
const BASE_LENGTH: [u8; 29] = base_lengths();
/// Distance code of a distance minus 1: entries 0..256 directly, then by `dist >> 7`.
const DIST_CODE: [u8; 512] = dist_codes();
const BASE_DIST: [u16; 30] = [
    0, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024, 1536, 2048, 3072, 4096, 6144,
    8192, 12288, 16384, 24576,
];

const fn length_codes() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut code = 0;
    let mut len = 0;
    while code < 28 {
        let mut n = 0;
        while n < 1 << EXTRA_LBITS[code] {
            t[len] = code as u8;
            len += 1;
            n += 1;
        }
        code += 1;
    }
    t[255] = 28;
    t
}

const fn base_lengths() -> [u8; 29] {
    let mut t = [0u8; 29];
    let mut code = 0;
    let mut len = 0u32;
    while code < 28 {
        t[code] = len as u8;
        len += 1 << EXTRA_LBITS[code];
        code += 1;
    }
    t
}

const fn dist_codes() -> [u8; 512] {
    let mut t = [0u8; 512];
    let mut code = 0;
    while code < 30 {
        let base = BASE_DIST[code] as usize;
        let mut n = 0;
        while n < 1 << EXTRA_DBITS[code] {
            let d = base + n;
            if d < 256 {
                t[d] = code as u8;
            } else {
                t[256 + (d >> 7)] = code as u8;
            }
            n += 1;
        }
        code += 1;
    }
    t
}

#[inline]
pub fn d_code(dist: usize) -> usize {
    if dist < 256 { DIST_CODE[dist] as usize } else { DIST_CODE[256 + (dist >> 7)] as usize }
}

fn bi_reverse(mut code: u32, len: u32) -> u32 {
    let mut r = 0;
    for _ in 0..len {
        r = (r << 1) | (code & 1);
        code >>= 1;
    }
    r
}

/// Canonical codes for `lens[..=max_code]` (RFC 1951 3.2.2), bit-reversed for sending.
fn gen_codes(lens: &[u16], codes: &mut [u16], max_code: isize, bl_count: &[u16; MAX_BITS + 1]) {
    let mut next = [0u32; MAX_BITS + 1];
    let mut code = 0u32;
    for bits in 1..=MAX_BITS {
        code = (code + bl_count[bits - 1] as u32) << 1;
        next[bits] = code;
    }
    for n in 0..(max_code + 1).max(0) as usize {
        let len = lens[n] as usize;
        if len == 0 {
            continue;
        }
        codes[n] = bi_reverse(next[len], len as u32) as u16;
        next[len] += 1;
    }
}

pub struct StaticTrees {
    pub lcode: [u16; L_CODES + 2],
    pub llen: [u16; L_CODES + 2],
    pub dcode: [u16; D_CODES],
    pub dlen: [u16; D_CODES],
}

pub fn static_trees() -> StaticTrees {
    let mut llen = [0u16; L_CODES + 2];
    let mut bl_count = [0u16; MAX_BITS + 1];
    for (n, l) in llen.iter_mut().enumerate() {
        *l = match n {
            0..=143 => 8,
            144..=255 => 9,
            256..=279 => 7,
            _ => 8,
        };
        bl_count[*l as usize] += 1;
    }
    let mut lcode = [0u16; L_CODES + 2];
    gen_codes(&llen, &mut lcode, (L_CODES + 1) as isize, &bl_count);
    let mut dcode = [0u16; D_CODES];
    for (n, c) in dcode.iter_mut().enumerate() {
        *c = bi_reverse(n as u32, 5) as u16;
    }
    StaticTrees { lcode, llen, dcode, dlen: [5; D_CODES] }
}

/// One dynamic tree: zlib's ct_data split into arrays (frequency, then code once generated;
/// parent while building, then length).
#[derive(Clone)]
pub struct Tree {
    pub freq: Vec<u16>,
    pub code: Vec<u16>,
    pub dad: Vec<u16>,
    pub len: Vec<u16>,
    pub max_code: isize,
    elems: usize,
    max_length: usize,
    extra: &'static [u8],
    base: usize,
}

impl Tree {
    fn new(elems: usize, max_length: usize, extra: &'static [u8], base: usize) -> Tree {
        let size = 2 * elems + 1;
        Tree {
            freq: vec![0; size],
            code: vec![0; size],
            dad: vec![0; size],
            len: vec![0; size],
            max_code: 0,
            elems,
            max_length,
            extra,
            base,
        }
    }
}

#[derive(Clone)]
pub struct Trees {
    pub ltree: Tree,
    pub dtree: Tree,
    pub bltree: Tree,
    heap: Vec<usize>,
    heap_len: usize,
    heap_max: usize,
    depth: Vec<u8>,
    bl_count: [u16; MAX_BITS + 1],
    pub opt_len: u64,
    pub static_len: u64,
    /// Symbols of the current block: (distance low, distance high, literal or length - 3).
    pub sym_buf: Vec<u8>,
    pub sym_end: usize,
    pub matches: u32,
    /// zlib's 16-bit bit buffer: the bytes it sends and when it sends them matter to level 0.
    bi_buf: u32,
    pub bi_valid: u32,
    pub pending: Vec<u8>,
}

impl Trees {
    pub fn new(lit_bufsize: usize) -> Trees {
        let mut t = Trees {
            ltree: Tree::new(L_CODES, MAX_BITS, &EXTRA_LBITS, 257),
            dtree: Tree::new(D_CODES, MAX_BITS, &EXTRA_DBITS, 0),
            bltree: Tree::new(BL_CODES, 7, &EXTRA_BLBITS, 0),
            heap: vec![0; HEAP_SIZE],
            heap_len: 0,
            heap_max: 0,
            depth: vec![0; HEAP_SIZE],
            bl_count: [0; MAX_BITS + 1],
            opt_len: 0,
            static_len: 0,
            sym_buf: Vec::with_capacity(lit_bufsize * 3),
            sym_end: (lit_bufsize - 1) * 3,
            matches: 0,
            bi_buf: 0,
            bi_valid: 0,
            pending: Vec::new(),
        };
        t.init_block();
        t
    }

    pub fn init_block(&mut self) {
        self.ltree.freq[..L_CODES].fill(0);
        self.dtree.freq[..D_CODES].fill(0);
        self.bltree.freq[..BL_CODES].fill(0);
        self.ltree.freq[END_BLOCK] = 1;
        self.opt_len = 0;
        self.static_len = 0;
        self.sym_buf.clear();
        self.matches = 0;
    }

    /// Tallies a literal; `true` when the block is full.
    #[inline]
    pub fn tally_lit(&mut self, c: u8) -> bool {
        self.sym_buf.extend_from_slice(&[0, 0, c]);
        self.ltree.freq[c as usize] += 1;
        self.sym_buf.len() == self.sym_end
    }

    /// Tallies a match (`dist` 1-based, `lc` = length - 3); `true` when the block is full.
    #[inline]
    pub fn tally_dist(&mut self, dist: usize, lc: usize) -> bool {
        self.sym_buf.extend_from_slice(&[dist as u8, (dist >> 8) as u8, lc as u8]);
        self.matches += 1;
        self.ltree.freq[LENGTH_CODE[lc] as usize + 257] += 1;
        self.dtree.freq[d_code(dist - 1)] += 1;
        self.sym_buf.len() == self.sym_end
    }

    #[inline]
    pub fn send_bits(&mut self, value: u32, length: u32) {
        if self.bi_valid > 16 - length {
            self.bi_buf |= (value << self.bi_valid) & 0xffff;
            self.pending.extend_from_slice(&[self.bi_buf as u8, (self.bi_buf >> 8) as u8]);
            self.bi_buf = (value & 0xffff) >> (16 - self.bi_valid);
            self.bi_valid += length;
            self.bi_valid -= 16;
        } else {
            self.bi_buf |= (value << self.bi_valid) & 0xffff;
            self.bi_valid += length;
        }
    }

    pub fn bi_windup(&mut self) {
        if self.bi_valid > 8 {
            self.pending.extend_from_slice(&[self.bi_buf as u8, (self.bi_buf >> 8) as u8]);
        } else if self.bi_valid > 0 {
            self.pending.push(self.bi_buf as u8);
        }
        self.bi_buf = 0;
        self.bi_valid = 0;
    }

    pub fn bi_flush(&mut self) {
        if self.bi_valid == 16 {
            self.pending.extend_from_slice(&[self.bi_buf as u8, (self.bi_buf >> 8) as u8]);
            self.bi_buf = 0;
            self.bi_valid = 0;
        } else if self.bi_valid >= 8 {
            self.pending.push(self.bi_buf as u8);
            self.bi_buf >>= 8;
            self.bi_valid -= 8;
        }
    }

    fn put_short_lsb(&mut self, w: u16) {
        self.pending.extend_from_slice(&w.to_le_bytes());
    }

    /// A stored block of `data`.
    pub fn stored_block(&mut self, data: &[u8], last: bool) {
        self.send_bits(last as u32, 3);
        self.bi_windup();
        self.put_short_lsb(data.len() as u16);
        self.put_short_lsb(!(data.len() as u16));
        self.pending.extend_from_slice(data);
    }

    /// An empty fixed-code block, for Z_PARTIAL_FLUSH (zlib's _tr_align).
    pub fn align(&mut self, st: &StaticTrees) {
        self.send_bits(2, 3);
        self.send_bits(st.lcode[END_BLOCK] as u32, st.llen[END_BLOCK] as u32);
        self.bi_flush();
    }

    fn smaller(freq: &[u16], depth: &[u8], n: usize, m: usize) -> bool {
        freq[n] < freq[m] || (freq[n] == freq[m] && depth[n] <= depth[m])
    }

    fn pqdownheap(&mut self, freq: &[u16], mut k: usize) {
        let v = self.heap[k];
        let mut j = k << 1;
        while j <= self.heap_len {
            if j < self.heap_len && Self::smaller(freq, &self.depth, self.heap[j + 1], self.heap[j]) {
                j += 1;
            }
            if Self::smaller(freq, &self.depth, v, self.heap[j]) {
                break;
            }
            self.heap[k] = self.heap[j];
            k = j;
            j <<= 1;
        }
        self.heap[k] = v;
    }

    /// zlib's build_tree for tree `which` (0 literal/length, 1 distance, 2 bit lengths).
    fn build_tree(&mut self, which: usize, st: &StaticTrees) {
        let mut tree = match which {
            0 => std::mem::replace(&mut self.ltree, Tree::new(0, 0, &[], 0)),
            1 => std::mem::replace(&mut self.dtree, Tree::new(0, 0, &[], 0)),
            _ => std::mem::replace(&mut self.bltree, Tree::new(0, 0, &[], 0)),
        };
        let stree: Option<&[u16]> = match which {
            0 => Some(&st.llen),
            1 => Some(&st.dlen),
            _ => None,
        };
        let elems = tree.elems;
        let mut max_code: isize = -1;
        self.heap_len = 0;
        self.heap_max = HEAP_SIZE;
        for n in 0..elems {
            if tree.freq[n] != 0 {
                self.heap_len += 1;
                self.heap[self.heap_len] = n;
                max_code = n as isize;
                self.depth[n] = 0;
            } else {
                tree.len[n] = 0;
            }
        }
        // The format needs at least one distance code and zlib forces two codes.
        while self.heap_len < 2 {
            let node = if max_code < 2 {
                max_code += 1;
                max_code as usize
            } else {
                0
            };
            self.heap_len += 1;
            self.heap[self.heap_len] = node;
            tree.freq[node] = 1;
            self.depth[node] = 0;
            self.opt_len = self.opt_len.wrapping_sub(1);
            if let Some(s) = stree {
                self.static_len = self.static_len.wrapping_sub(s[node] as u64);
            }
        }
        tree.max_code = max_code;
        for n in (1..=self.heap_len / 2).rev() {
            self.pqdownheap(&tree.freq, n);
        }
        let mut node = elems;
        loop {
            let n = self.heap[1];
            self.heap[1] = self.heap[self.heap_len];
            self.heap_len -= 1;
            self.pqdownheap(&tree.freq, 1);
            let m = self.heap[1];
            self.heap_max -= 1;
            self.heap[self.heap_max] = n;
            self.heap_max -= 1;
            self.heap[self.heap_max] = m;
            tree.freq[node] = tree.freq[n].wrapping_add(tree.freq[m]);
            self.depth[node] = self.depth[n].max(self.depth[m]).wrapping_add(1);
            tree.dad[n] = node as u16;
            tree.dad[m] = node as u16;
            self.heap[1] = node;
            node += 1;
            self.pqdownheap(&tree.freq, 1);
            if self.heap_len < 2 {
                break;
            }
        }
        self.heap_max -= 1;
        self.heap[self.heap_max] = self.heap[1];
        self.gen_bitlen(&mut tree, stree);
        let bl_count = self.bl_count;
        let lens = tree.len.clone();
        gen_codes(&lens, &mut tree.code, tree.max_code, &bl_count);
        match which {
            0 => self.ltree = tree,
            1 => self.dtree = tree,
            _ => self.bltree = tree,
        }
    }

    fn gen_bitlen(&mut self, tree: &mut Tree, stree: Option<&[u16]>) {
        let max_code = tree.max_code;
        let max_length = tree.max_length;
        let mut overflow = 0i32;
        self.bl_count = [0; MAX_BITS + 1];
        tree.len[self.heap[self.heap_max]] = 0;
        let mut h = self.heap_max + 1;
        while h < HEAP_SIZE {
            let n = self.heap[h];
            let mut bits = tree.len[tree.dad[n] as usize] as usize + 1;
            if bits > max_length {
                bits = max_length;
                overflow += 1;
            }
            tree.len[n] = bits as u16;
            h += 1;
            if n as isize > max_code {
                continue;
            }
            self.bl_count[bits] += 1;
            let xbits =
                if n >= tree.base && n - tree.base < tree.extra.len() { tree.extra[n - tree.base] as u64 } else { 0 };
            let f = tree.freq[n] as u64;
            self.opt_len = self.opt_len.wrapping_add(f * (bits as u64 + xbits));
            if let Some(s) = stree {
                self.static_len = self.static_len.wrapping_add(f * (s[n] as u64 + xbits));
            }
        }
        if overflow == 0 {
            return;
        }
        loop {
            let mut bits = max_length - 1;
            while self.bl_count[bits] == 0 {
                bits -= 1;
            }
            self.bl_count[bits] -= 1;
            self.bl_count[bits + 1] += 2;
            self.bl_count[max_length] -= 1;
            overflow -= 2;
            if overflow <= 0 {
                break;
            }
        }
        let mut h = HEAP_SIZE;
        for bits in (1..=max_length).rev() {
            let mut n = self.bl_count[bits];
            while n != 0 {
                h -= 1;
                let m = self.heap[h];
                if m as isize > max_code {
                    continue;
                }
                if tree.len[m] as usize != bits {
                    self.opt_len = self
                        .opt_len
                        .wrapping_add((bits as u64).wrapping_sub(tree.len[m] as u64).wrapping_mul(tree.freq[m] as u64));
                    tree.len[m] = bits as u16;
                }
                n -= 1;
            }
        }
    }

    /// zlib's scan_tree: run-length statistics of a tree's code lengths for the bit-length tree.
    fn scan_tree(&mut self, which: usize) {
        let t = if which == 0 { &self.ltree } else { &self.dtree };
        let (lens, max_code) = (t.len.clone(), t.max_code);
        let bl = &mut self.bltree.freq;
        for_each_length_run(&lens, max_code, |run| match run {
            LengthRun::Plain { len, count } => bl[len] += count as u16,
            LengthRun::Repeat { len, leading, .. } => {
                if leading {
                    bl[len] += 1;
                }
                bl[16] += 1;
            }
            LengthRun::Zeros { count } => bl[if count <= 10 { 17 } else { 18 }] += 1,
        });
    }

    fn send_code_bl(&mut self, c: usize) {
        let (code, len) = (self.bltree.code[c] as u32, self.bltree.len[c] as u32);
        self.send_bits(code, len);
    }

    /// zlib's send_tree: a tree's code lengths in the bit-length code, as scan_tree counted them.
    fn send_tree(&mut self, which: usize, max_code: isize) {
        let lens = if which == 0 { self.ltree.len.clone() } else { self.dtree.len.clone() };
        for_each_length_run(&lens, max_code, |run| match run {
            LengthRun::Plain { len, count } => {
                for _ in 0..count {
                    self.send_code_bl(len);
                }
            }
            LengthRun::Repeat { len, leading, count } => {
                if leading {
                    self.send_code_bl(len);
                }
                self.send_code_bl(16);
                self.send_bits(count as u32 - 3, 2);
            }
            LengthRun::Zeros { count } if count <= 10 => {
                self.send_code_bl(17);
                self.send_bits(count as u32 - 3, 3);
            }
            LengthRun::Zeros { count } => {
                self.send_code_bl(18);
                self.send_bits(count as u32 - 11, 7);
            }
        });
    }

    fn build_bl_tree(&mut self, st: &StaticTrees) -> usize {
        self.scan_tree(0);
        self.scan_tree(1);
        self.build_tree(2, st);
        let mut max_blindex = BL_CODES - 1;
        while max_blindex >= 3 {
            if self.bltree.len[BL_ORDER[max_blindex]] != 0 {
                break;
            }
            max_blindex -= 1;
        }
        self.opt_len = self.opt_len.wrapping_add(3 * (max_blindex as u64 + 1) + 5 + 5 + 4);
        max_blindex
    }

    fn send_all_trees(&mut self, lcodes: usize, dcodes: usize, blcodes: usize) {
        self.send_bits(lcodes as u32 - 257, 5);
        self.send_bits(dcodes as u32 - 1, 5);
        self.send_bits(blcodes as u32 - 4, 4);
        for &r in &BL_ORDER[..blcodes] {
            let l = self.bltree.len[r] as u32;
            self.send_bits(l, 3);
        }
        self.send_tree(0, lcodes as isize - 1);
        self.send_tree(1, dcodes as isize - 1);
    }

    fn compress_block(&mut self, lcode: &[u16], llen: &[u16], dcode: &[u16], dlen: &[u16]) {
        let syms = std::mem::take(&mut self.sym_buf);
        for s in syms.chunks_exact(3) {
            let dist = s[0] as usize | (s[1] as usize) << 8;
            let lc = s[2] as usize;
            if dist == 0 {
                self.send_bits(lcode[lc] as u32, llen[lc] as u32);
                continue;
            }
            let code = LENGTH_CODE[lc] as usize;
            self.send_bits(lcode[code + 257] as u32, llen[code + 257] as u32);
            let extra = EXTRA_LBITS[code] as u32;
            if extra != 0 {
                self.send_bits((lc - BASE_LENGTH[code] as usize) as u32, extra);
            }
            let dist = dist - 1;
            let code = d_code(dist);
            self.send_bits(dcode[code] as u32, dlen[code] as u32);
            let extra = EXTRA_DBITS[code] as u32;
            if extra != 0 {
                self.send_bits((dist - BASE_DIST[code] as usize) as u32, extra);
            }
        }
        self.sym_buf = syms;
        self.send_bits(lcode[END_BLOCK] as u32, llen[END_BLOCK] as u32);
    }

    /// zlib's _tr_flush_block: `stored` is the block's input when still in the window.
    pub fn flush_block(
        &mut self,
        st: &StaticTrees,
        level: i32,
        strategy: i32,
        stored: Option<&[u8]>,
        stored_len: usize,
        last: bool,
    ) {
        let mut max_blindex = 0;
        let (mut opt_lenb, static_lenb);
        if level > 0 {
            self.build_tree(0, st);
            self.build_tree(1, st);
            max_blindex = self.build_bl_tree(st);
            opt_lenb = (self.opt_len.wrapping_add(3 + 7)) >> 3;
            static_lenb = (self.static_len.wrapping_add(3 + 7)) >> 3;
            if static_lenb <= opt_lenb || strategy == 4 {
                opt_lenb = static_lenb;
            }
        } else {
            opt_lenb = stored_len as u64 + 5;
            static_lenb = opt_lenb;
        }
        if stored_len as u64 + 4 <= opt_lenb
            && let Some(buf) = stored
        {
            self.stored_block(&buf[..stored_len], last);
        } else if static_lenb == opt_lenb {
            self.send_bits(2 + last as u32, 3);
            self.compress_block(&st.lcode, &st.llen, &st.dcode, &st.dlen);
        } else {
            self.send_bits(4 + last as u32, 3);
            let (l, d) = (self.ltree.max_code as usize + 1, self.dtree.max_code as usize + 1);
            self.send_all_trees(l, d, max_blindex + 1);
            let lcode = self.ltree.code.clone();
            let llen = self.ltree.len.clone();
            let dcode = self.dtree.code.clone();
            let dlen = self.dtree.len.clone();
            self.compress_block(&lcode, &llen, &dcode, &dlen);
        }
        self.init_block();
        if last {
            self.bi_windup();
        }
    }
}

/// One run of equal code lengths as the bit-length alphabet codes it (RFC 1951, 3.2.7).
enum LengthRun {
    /// `count` copies of `len`, each sent as itself (too short a run to repeat).
    Plain { len: usize, count: usize },
    /// `len` itself first when it differs from the previous run's, then code 16 repeating it
    /// `count` (3-6) times.
    Repeat { len: usize, leading: bool, count: usize },
    /// `count` zero lengths: code 17 (3-10) or 18 (11-138).
    Zeros { count: usize },
}

/// Walks the code lengths `lens[..=max_code]` in zlib's runs (the same split for counting
/// and for sending, so the bit-length tree fits what is sent).
fn for_each_length_run(lens: &[u16], max_code: isize, mut f: impl FnMut(LengthRun)) {
    let len_at = |n: isize| if n > max_code { 0xffff } else { lens[n as usize] as i32 };
    let mut prevlen: i32 = -1;
    let mut nextlen = len_at(0);
    let mut count = 0;
    let (mut max_count, mut min_count) = if nextlen == 0 { (138, 3) } else { (7, 4) };
    for n in 0..=max_code {
        let curlen = nextlen;
        nextlen = len_at(n + 1);
        count += 1;
        if count < max_count && curlen == nextlen {
            continue;
        }
        let len = curlen as usize;
        f(if count < min_count {
            LengthRun::Plain { len, count }
        } else if curlen != 0 {
            let leading = curlen != prevlen;
            LengthRun::Repeat { len, leading, count: count - usize::from(leading) }
        } else {
            LengthRun::Zeros { count }
        });
        count = 0;
        prevlen = curlen;
        (max_count, min_count) = if nextlen == 0 {
            (138, 3)
        } else if curlen == nextlen {
            (6, 3)
        } else {
            (7, 4)
        };
    }
}

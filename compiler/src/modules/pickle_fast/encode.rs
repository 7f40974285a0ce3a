//! `_pickle_fast.dumps`: the bytes `pickle.Pickler` writes for a graph of exact None, bool,
//! int, float, str, bytes, bytearray, list, tuple, dict, set and frozenset, or `None` at the
//! first object it would pickle by reduction (an instance, a class, bytes before protocol 3,
//! a set before protocol 4, ...). Reads the heap only and runs no Python code, so giving up
//! has no effect: `pickle.dumps` then runs the Python Pickler from the start.

use crate::compile::fasthash::Map as HashMap;

use num_bigint::BigInt;

use crate::format::float_repr::float_repr;
use crate::value::num::int_to_decimal;
use crate::value::set::Set;
use crate::value::*;

const FRAME_TARGET: usize = 64 * 1024;
const FRAME_MIN: usize = 4;
const FRAME_HEADER: usize = 9;
const BATCH: usize = 1000;
/// Deeper graphs are the Python Pickler's, which raises RecursionError where the VM's stack
/// runs out; this keeps the native stack (and wasm's) small.
const MAX_DEPTH: usize = 200;

struct Encoder<'h> {
    heap: &'h Heap,
    proto: u8,
    out: Vec<u8>,
    /// Where the open frame's header sits, while one is open.
    frame_start: Option<usize>,
    framing: bool,
    /// Memo index of each memoized object, by identity (as `id(obj)` keys the Python memo).
    memo: HashMap<ObjRef, u32>,
    depth: usize,
    /// Where the Python Pickler would hand the file what it has so far (`pickle.dump` writes
    /// the same pieces).
    flushes: Vec<usize>,
}

/// The pickle and the offsets where `Pickler.dump` would write it out before its end.
pub fn dumps(heap: &Heap, obj: Value, proto: u8) -> Option<(Vec<u8>, Vec<usize>)> {
    let mut e = Encoder {
        heap,
        proto,
        out: Vec::with_capacity(256),
        frame_start: None,
        framing: false,
        memo: HashMap::default(),
        depth: 0,
        flushes: Vec::new(),
    };
    if proto >= 2 {
        e.out.extend_from_slice(&[0x80, proto]);
    }
    e.framing = proto >= 4;
    e.save(obj)?;
    e.write(b".");
    e.commit_frame();
    Some((e.out, e.flushes))
}

impl Encoder<'_> {
    fn bin(&self) -> bool {
        self.proto >= 1
    }

    fn open_frame(&mut self) {
        if self.framing && self.frame_start.is_none() {
            // A frame opens lazily with the first write after the last one closed.
            self.frame_start = Some(self.out.len());
            self.out.extend_from_slice(&[0; FRAME_HEADER]);
        }
    }

    fn write(&mut self, data: &[u8]) {
        self.open_frame();
        self.out.extend_from_slice(data);
    }

    fn byte(&mut self, b: u8) {
        self.open_frame();
        self.out.push(b);
    }

    fn commit_frame(&mut self) {
        let Some(start) = self.frame_start.take() else { return };
        let size = self.out.len() - start - FRAME_HEADER;
        if size >= FRAME_MIN {
            self.out[start] = 0x95;
            self.out[start + 1..start + FRAME_HEADER].copy_from_slice(&(size as u64).to_le_bytes());
        } else {
            self.out.drain(start..start + FRAME_HEADER);
        }
    }

    /// A payload of a frame's size or more goes outside any frame.
    fn write_large(&mut self, header: &[u8], data: &[u8]) {
        if self.framing && data.len() >= FRAME_TARGET {
            self.commit_frame();
            self.out.extend_from_slice(header);
            self.out.extend_from_slice(data);
        } else {
            self.write(header);
            self.out.extend_from_slice(data);
        }
    }

    /// Text of a decimal number followed by a newline (the protocol 0 arguments).
    fn decimal_line(&mut self, op: u8, n: i64) {
        let mut buf = [0u8; 20];
        let at = crate::format::write_decimal(n.unsigned_abs(), &mut buf);
        self.byte(op);
        if n < 0 {
            self.out.push(b'-');
        }
        self.out.extend_from_slice(&buf[at..]);
        self.out.push(b'\n');
    }

    fn memoize(&mut self, r: ObjRef) {
        let idx = self.memo.len() as u32;
        self.memo.insert(r, idx);
        if self.proto >= 4 {
            self.byte(0x94);
        } else if self.bin() {
            self.index_op(b'q', b'r', idx);
        } else {
            self.decimal_line(b'p', idx as i64);
        }
    }

    fn get(&mut self, idx: u32) {
        if self.bin() {
            self.index_op(b'h', b'j', idx);
        } else {
            self.decimal_line(b'g', idx as i64);
        }
    }

    fn index_op(&mut self, short: u8, long: u8, idx: u32) {
        if idx < 256 {
            self.write(&[short, idx as u8]);
        } else {
            self.byte(long);
            self.out.extend_from_slice(&idx.to_le_bytes());
        }
    }

    fn save(&mut self, v: Value) -> Option<()> {
        match v {
            Value::None => self.byte(b'N'),
            Value::Bool(b) if self.proto >= 2 => self.byte(if b { 0x88 } else { 0x89 }),
            Value::Bool(b) => self.write(if b { b"I01\n" } else { b"I00\n" }),
            Value::Int(i) => self.int(i),
            Value::Float(f) if self.bin() => {
                self.byte(b'G');
                self.out.extend_from_slice(&f.to_be_bytes());
            }
            Value::Float(f) => {
                self.byte(b'F');
                self.out.extend_from_slice(float_repr(f).as_bytes());
                self.out.push(b'\n');
            }
            Value::Obj(r) => self.object(r)?,
        }
        if let Some(start) = self.frame_start
            && self.out.len() - start >= FRAME_TARGET + FRAME_HEADER
        {
            self.commit_frame();
            self.flushes.push(self.out.len());
        }
        Some(())
    }

    fn int(&mut self, i: i64) {
        if let Ok(small) = i32::try_from(i) {
            if !self.bin() {
                self.decimal_line(b'I', i);
            } else if (0..=0xff).contains(&small) {
                self.write(&[b'K', small as u8]);
            } else if (0..=0xffff).contains(&small) {
                self.byte(b'M');
                self.out.extend_from_slice(&(small as u16).to_le_bytes());
            } else {
                self.byte(b'J');
                self.out.extend_from_slice(&small.to_le_bytes());
            }
        } else if self.proto >= 2 {
            // Little-endian two's complement without redundant sign bytes.
            let bytes = i.to_le_bytes();
            let mut n = 8;
            while n > 1 {
                let (top, next) = (bytes[n - 1], bytes[n - 2]);
                if (top == 0 && next & 0x80 == 0) || (top == 0xff && next & 0x80 != 0) {
                    n -= 1;
                } else {
                    break;
                }
            }
            self.write(&[0x8a, n as u8]);
            self.out.extend_from_slice(&bytes[..n]);
        } else {
            self.decimal_line(b'L', i);
            // `L` then the newline: the line above ends in '\n'; put the suffix before it.
            let last = self.out.len() - 1;
            self.out[last] = b'L';
            self.out.push(b'\n');
        }
    }

    fn bigint(&mut self, b: &BigInt) -> Option<()> {
        if self.proto >= 2 {
            let data = b.to_signed_bytes_le();
            let n = data.len();
            if n < 256 {
                self.write(&[0x8a, n as u8]);
            } else {
                self.byte(0x8b);
                self.out.extend_from_slice(&(i32::try_from(n).ok()?).to_le_bytes());
            }
            self.out.extend_from_slice(&data);
        } else {
            // Past the digit limit repr raises: the Python Pickler's error.
            let text = int_to_decimal(b).ok()?;
            self.byte(b'L');
            self.out.extend_from_slice(text.as_bytes());
            self.out.extend_from_slice(b"L\n");
        }
        Some(())
    }

    fn object(&mut self, r: ObjRef) -> Option<()> {
        let heap = self.heap;
        let obj = heap.get(r);
        if let Obj::BigInt(b) = obj {
            return self.bigint(b);
        }
        if let Some(&idx) = self.memo.get(&r) {
            self.get(idx);
            return Some(());
        }
        if self.depth >= MAX_DEPTH {
            return None;
        }
        self.depth += 1;
        match obj {
            Obj::Str(s) => self.str(s.as_str())?,
            Obj::Bytes(b) if self.proto >= 3 => self.bytes(b)?,
            Obj::ByteArray(b) if self.proto >= 5 => self.write_large_u64(0x96, b),
            Obj::Tuple(items) => self.tuple(r, items)?,
            Obj::List(items) => self.list(r, items)?,
            Obj::Dict(d) => self.dict(r, d)?,
            Obj::Set(s) if self.proto >= 4 => self.set(r, s)?,
            Obj::FrozenSet(s) if self.proto >= 4 => self.frozenset(r, s)?,
            _ => return None,
        }
        if matches!(obj, Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_)) {
            self.memoize(r);
        }
        self.depth -= 1;
        Some(())
    }

    fn write_large_u64(&mut self, op: u8, data: &[u8]) {
        let mut header = [0u8; 9];
        header[0] = op;
        header[1..].copy_from_slice(&(data.len() as u64).to_le_bytes());
        self.write_large(&header, data);
    }

    fn str(&mut self, s: &str) -> Option<()> {
        if !self.bin() {
            self.byte(b'V');
            escape_protocol0(s, &mut self.out);
            self.out.push(b'\n');
            return Some(());
        }
        let data = s.as_bytes();
        let n = data.len();
        if n < 256 && self.proto >= 4 {
            self.write(&[0x8c, n as u8]);
            self.out.extend_from_slice(data);
        } else if n > u32::MAX as usize && self.proto >= 4 {
            self.write_large_u64(0x8d, data);
        } else {
            let mut header = [b'X', 0, 0, 0, 0];
            header[1..].copy_from_slice(&(u32::try_from(n).ok()?).to_le_bytes());
            self.write_large(&header, data);
        }
        Some(())
    }

    fn bytes(&mut self, b: &[u8]) -> Option<()> {
        let n = b.len();
        if n < 256 {
            self.write(&[b'C', n as u8]);
            self.out.extend_from_slice(b);
        } else if n > u32::MAX as usize {
            return None;
        } else {
            let mut header = [b'B', 0, 0, 0, 0];
            header[1..].copy_from_slice(&(n as u32).to_le_bytes());
            self.write_large(&header, b);
        }
        Some(())
    }

    fn tuple(&mut self, r: ObjRef, items: &[Value]) -> Option<()> {
        let n = items.len();
        if n == 0 {
            if self.bin() {
                self.byte(b')')
            } else {
                self.write(b"(t")
            }
            return Some(());
        }
        if n <= 3 && self.proto >= 2 {
            for &item in items {
                self.save(item)?;
            }
            if let Some(&idx) = self.memo.get(&r) {
                // The tuple was memoized while its items were saved (it contains itself):
                // drop the items and fetch it from the memo.
                for _ in 0..n {
                    self.byte(b'0');
                }
                self.get(idx);
            } else {
                self.byte([0x85, 0x86, 0x87][n - 1]);
                self.memoize(r);
            }
            return Some(());
        }
        self.byte(b'(');
        for &item in items {
            self.save(item)?;
        }
        if let Some(&idx) = self.memo.get(&r) {
            if self.bin() {
                self.byte(b'1');
            } else {
                for _ in 0..=n {
                    self.byte(b'0');
                }
            }
            self.get(idx);
            return Some(());
        }
        self.byte(b't');
        self.memoize(r);
        Some(())
    }

    fn list(&mut self, r: ObjRef, items: &[Value]) -> Option<()> {
        if self.bin() {
            self.byte(b']')
        } else {
            self.write(b"(l")
        }
        self.memoize(r);
        if items.is_empty() {
            return Some(());
        }
        if !self.bin() {
            for &item in items {
                self.save(item)?;
                self.byte(b'a');
            }
            return Some(());
        }
        if items.len() == 1 {
            self.save(items[0])?;
            self.byte(b'a');
            return Some(());
        }
        for batch in items.chunks(BATCH) {
            self.byte(b'(');
            for &item in batch {
                self.save(item)?;
            }
            self.byte(b'e');
        }
        Some(())
    }

    fn dict(&mut self, r: ObjRef, d: &Dict) -> Option<()> {
        if self.bin() {
            self.byte(b'}')
        } else {
            self.write(b"(d")
        }
        self.memoize(r);
        let n = d.len();
        if n == 0 {
            return Some(());
        }
        if !self.bin() || n == 1 {
            for e in d.iter() {
                self.save(e.key)?;
                self.save(e.value)?;
                if !self.bin() {
                    self.byte(b's');
                }
            }
            if self.bin() {
                self.byte(b's');
            }
            return Some(());
        }
        // A full last batch is followed by an empty MARK SETITEMS, as in CPython.
        let mut in_batch = 0;
        self.byte(b'(');
        for e in d.iter() {
            if in_batch == BATCH {
                self.write(b"u(");
                in_batch = 0;
            }
            self.save(e.key)?;
            self.save(e.value)?;
            in_batch += 1;
        }
        if in_batch == BATCH {
            self.write(b"u(");
        }
        self.byte(b'u');
        Some(())
    }

    fn set(&mut self, r: ObjRef, s: &Set) -> Option<()> {
        self.byte(0x8f);
        self.memoize(r);
        if s.is_empty() {
            return Some(());
        }
        let mut in_batch = 0;
        self.byte(b'(');
        for item in s.iter() {
            if in_batch == BATCH {
                self.write(&[0x90, b'(']);
                in_batch = 0;
            }
            self.save(item)?;
            in_batch += 1;
        }
        if in_batch == BATCH {
            self.write(&[0x90, b'(']);
        }
        self.byte(0x90);
        Some(())
    }

    fn frozenset(&mut self, r: ObjRef, s: &Set) -> Option<()> {
        self.byte(b'(');
        for item in s.iter() {
            self.save(item)?;
        }
        if let Some(&idx) = self.memo.get(&r) {
            self.byte(b'1');
            self.get(idx);
            return Some(());
        }
        self.byte(0x91);
        self.memoize(r);
        Some(())
    }
}

/// The text of a protocol 0 UNICODE opcode: raw-unicode-escape, plus the characters that
/// would break the line-based format.
fn escape_protocol0(s: &str, out: &mut Vec<u8>) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    for ch in s.chars() {
        let c = ch as u32;
        let digits = if c >= 0x10000 {
            out.extend_from_slice(b"\\U");
            8
        } else if c >= 0x100 || matches!(ch, '\\' | '\n' | '\r' | '\0' | '\x1a') {
            out.extend_from_slice(b"\\u");
            4
        } else {
            out.push(c as u8);
            continue;
        };
        for k in (0..digits).rev() {
            out.push(HEX[((c >> (4 * k)) & 0xf) as usize]);
        }
    }
}

//! `_pickle_fast.dumps`: the bytes `pickle.Pickler` writes for a graph of exact None, bool,
//! int, float, str, bytes, bytearray, list, tuple, dict, set, frozenset and instances of
//! plain Python classes (`classes::plain_class`), or `None` at the first object it would
//! pickle otherwise (a class, a function, bytes before protocol 3, a set before protocol 4,
//! an instance with hooks, ...). Reads the heap only and runs no Python code, so giving up
//! has no effect: `pickle.dumps` then runs the Python Pickler from the start.

use crate::compile::fasthash::Map as HashMap;

use num_bigint::BigInt;

use super::classes;
use crate::format::float_repr::float_repr;
use crate::value::num::int_to_decimal;
use crate::value::set::Set;
use crate::value::*;
use crate::vm::Vm;

const FRAME_TARGET: usize = 64 * 1024;
const FRAME_MIN: usize = 4;
const FRAME_HEADER: usize = 9;
const BATCH: usize = 1000;
/// Deeper graphs are the Python Pickler's, which raises RecursionError where the VM's stack
/// runs out; this keeps the native stack (and wasm's) small.
const MAX_DEPTH: usize = 200;

struct Encoder<'h> {
    vm: &'h Vm,
    heap: &'h Heap,
    proto: u8,
    /// `fix_imports`: protocols 0-2 write `copyreg` and `builtins` as Python 2 names.
    fix_imports: bool,
    out: Vec<u8>,
    /// Where the open frame's header sits, while one is open.
    frame_start: Option<usize>,
    framing: bool,
    /// Memo index of each memoized object, by identity (as `id(obj)` keys the Python memo).
    memo: HashMap<ObjRef, u32>,
    /// The next memo index: objects the Python Pickler makes on the way (an instance's
    /// `__dict__` not made yet, an argument tuple) take one without being in `memo`.
    memo_next: u32,
    depth: usize,
    /// Classes met so far, with how their instances are written (None: not natively).
    classes: Vec<(ObjRef, Option<ClassInfo>)>,
    /// `copyreg`'s namespace and `_reconstructor`, looked up at the first instance.
    env: Option<Option<Env>>,
    /// Classes whose `__dict__` lacks `__slotnames__`: `copyreg._slotnames` caches `[]`
    /// there when the Python Pickler reduces their first instance.
    pub slotnames: Vec<ObjRef>,
    /// Where the Python Pickler would hand the file what it has so far (`pickle.dump` writes
    /// the same pieces).
    flushes: Vec<usize>,
}

/// How instances of an accepted class are written.
struct ClassInfo {
    /// `cls.__module__` (a str object, which the memo knows by identity).
    module: ObjRef,
    qualname: std::rc::Rc<str>,
}

struct Env {
    /// `copyreg.dispatch_table`: a class in it has its own reductor.
    dispatch_table: ObjRef,
    reconstructor: Option<ObjRef>,
    /// `pickle._codecs_encode` and `pickle._LATIN1`, what bytes are written with before
    /// protocol 3.
    codecs: Option<(ObjRef, ObjRef)>,
}

/// What `dumps` made: the pickle, the offsets where `Pickler.dump` would write it out before
/// its end, and the classes to give an empty `__slotnames__`.
pub struct Pickled {
    pub out: Vec<u8>,
    pub flushes: Vec<usize>,
    pub slotnames: Vec<ObjRef>,
}

pub fn dumps(vm: &Vm, obj: Value, proto: u8, fix_imports: bool) -> Option<Pickled> {
    let mut e = Encoder {
        vm,
        heap: &vm.heap,
        proto,
        fix_imports,
        out: Vec::with_capacity(256),
        frame_start: None,
        framing: false,
        memo: HashMap::default(),
        memo_next: 0,
        depth: 0,
        classes: Vec::new(),
        env: None,
        slotnames: Vec::new(),
        flushes: Vec::new(),
    };
    if proto >= 2 {
        e.out.extend_from_slice(&[0x80, proto]);
    }
    e.framing = proto >= 4;
    e.save(obj)?;
    e.write(b".");
    e.commit_frame();
    Some(Pickled { out: e.out, flushes: e.flushes, slotnames: e.slotnames })
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
        let idx = self.memoize_fresh();
        self.memo.insert(r, idx);
    }

    /// Writes the PUT of the next memo index and returns it.
    fn memoize_fresh(&mut self) -> u32 {
        let idx = self.memo_next;
        self.memo_next += 1;
        if self.proto >= 4 {
            self.byte(0x94);
        } else if self.bin() {
            self.index_op(b'q', b'r', idx);
        } else {
            self.decimal_line(b'p', idx as i64);
        }
        idx
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
        self.boundary();
        match v {
            Value::None => self.byte(b'N'),
            Value::Bool(b) if self.proto >= 2 => self.byte(if b { 0x88 } else { 0x89 }),
            Value::Bool(b) => self.write(if b { b"I01\n" } else { b"I00\n" }),
            Value::Int(i) => self.int(i),
            Value::Float(f) if self.bin() => {
                self.byte(b'G');
                self.out.extend_from_slice(&crate::value::num::canonical_float_bits(f).to_be_bytes());
            }
            Value::Float(f) => {
                self.byte(b'F');
                self.out.extend_from_slice(float_repr(f).as_bytes());
                self.out.push(b'\n');
            }
            Value::Obj(r) => self.object(r)?,
        }
        Some(())
    }

    /// The start of a `save` in CPython's pickler: a full frame is handed to the file, so a
    /// frame ends with the opcodes written after the last value it holds.
    fn boundary(&mut self) {
        if let Some(start) = self.frame_start
            && self.out.len() - start >= FRAME_TARGET + FRAME_HEADER
        {
            self.commit_frame();
            self.flushes.push(self.out.len());
        }
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
            Obj::Str(s) => {
                self.str(s.as_str())?;
                self.memoize(r);
            }
            Obj::Bytes(b) if self.proto >= 3 => {
                self.bytes(b)?;
                self.memoize(r);
            }
            Obj::Bytes(b) => self.bytes_reduce(r, b)?,
            Obj::ByteArray(b) if self.proto >= 5 => {
                self.write_large_u64(0x96, b);
                self.memoize(r);
            }
            Obj::Tuple(items) => self.tuple(r, items)?,
            Obj::List(items) => self.list(r, items)?,
            Obj::Dict(d) => self.dict(r, d)?,
            Obj::Set(s) if self.proto >= 4 => self.set(r, s)?,
            Obj::FrozenSet(s) if self.proto >= 4 => self.frozenset(r, s)?,
            Obj::Set(s) => self.set_reduce(r, self.vm.types.set, "set", s)?,
            Obj::FrozenSet(s) => self.set_reduce(r, self.vm.types.frozenset, "frozenset", s)?,
            Obj::Instance(i) => self.instance(r, i)?,
            _ => return None,
        }
        self.depth -= 1;
        Some(())
    }

    /// A set or frozenset before protocol 4: `save_reduce(cls, (list(obj),), obj=obj)`.
    fn set_reduce(&mut self, r: ObjRef, cls: ObjRef, name: &str, s: &Set) -> Option<()> {
        self.save_builtin_class(cls, name)?;
        // The argument tuple and the list in it are new objects: saved, so memoized.
        self.boundary();
        if self.proto < 2 {
            self.byte(b'(');
        }
        if self.depth >= MAX_DEPTH {
            return None;
        }
        self.depth += 1;
        let items: Vec<Value> = s.iter().collect();
        self.boundary();
        self.empty_list();
        self.memoize_fresh();
        self.list_items(&items)?;
        self.depth -= 1;
        self.byte(if self.proto >= 2 { 0x85 } else { b't' });
        self.memoize_fresh();
        self.reduce_end(r);
        Some(())
    }

    /// Bytes before protocol 3: `bytes()` when empty, else `_codecs.encode(text, "latin1")`.
    fn bytes_reduce(&mut self, r: ObjRef, b: &[u8]) -> Option<()> {
        if b.is_empty() {
            self.save_builtin_class(self.vm.types.bytes, "bytes")?;
            self.boundary();
            if self.bin() { self.byte(b')') } else { self.write(b"(t") }
        } else {
            let (encode, latin1) = self.env()?.codecs?;
            self.save_global_line(encode, "_codecs", "encode");
            self.boundary();
            if self.proto < 2 {
                self.byte(b'(');
            }
            let text: String = b.iter().map(|&c| c as char).collect();
            self.boundary();
            self.str(&text)?;
            self.memoize_fresh();
            self.save(Value::Obj(latin1))?;
            self.byte(if self.proto >= 2 { 0x86 } else { b't' });
            self.memoize_fresh();
        }
        self.reduce_end(r);
        Some(())
    }

    /// REDUCE, then the object's memo entry (kept if saving the arguments made one).
    fn reduce_end(&mut self, r: ObjRef) {
        self.byte(b'R');
        if let Some(&idx) = self.memo.get(&r) {
            self.byte(b'0');
            self.get(idx);
        } else {
            self.memoize(r);
        }
    }

    /// `save(cls)` of the built-in class `builtins.<name>`, when that name still holds it.
    fn save_builtin_class(&mut self, cls: ObjRef, name: &str) -> Option<()> {
        self.env()?;
        if !self.vm.dict_get_str(self.vm.builtins, name)?.is(Value::Obj(cls)) {
            return None;
        }
        self.save_global_line(cls, "builtins", name);
        Some(())
    }

    /// An instance as `save_reduce` writes `object.__reduce_ex__(proto)`'s reduction:
    /// `copyreg.__newobj__(cls)` (NEWOBJ, protocols 2+) or `copyreg._reconstructor(cls,
    /// object, None)` (REDUCE), then the instance dict and BUILD unless the dict is empty.
    fn instance(&mut self, r: ObjRef, inst: &Instance) -> Option<()> {
        if !matches!(inst.payload, Payload::None) || classes::has_own_hook(self.vm, r) {
            return None;
        }
        let cls = inst.class;
        self.class_info(cls)?;
        if self.proto >= 2 {
            self.save_class(cls)?;
            self.boundary();
            self.byte(b')');
            self.byte(0x81);
        } else {
            let f = self.env()?.reconstructor?;
            self.save_global_line(f, "copyreg", "_reconstructor");
            // The argument tuple (cls, object, None), a new object.
            self.boundary();
            self.byte(b'(');
            self.save_class(cls)?;
            self.save_global_line(self.vm.types.object, "builtins", "object");
            self.boundary();
            self.byte(b'N');
            self.byte(b't');
            self.memoize_fresh();
            self.byte(b'R');
        }
        self.memoize(r);
        match &inst.attrs {
            Attrs::Shaped { shape, values } if !values.is_empty() => {
                // The `__dict__` the Python Pickler would make now: new, so only memoized.
                if self.depth >= MAX_DEPTH {
                    return None;
                }
                self.depth += 1;
                let vm = self.vm;
                let keys = vm.shapes.keys(*shape);
                self.boundary();
                self.empty_dict();
                self.memoize_fresh();
                self.dict_items(values.len(), keys.iter().copied().zip(values.iter().copied()))?;
                self.depth -= 1;
                self.byte(b'b');
            }
            Attrs::Dict(d) if matches!(self.heap.get(*d), Obj::Dict(dict) if !dict.is_empty()) => {
                self.save(Value::Obj(*d))?;
                self.byte(b'b');
            }
            _ => {}
        }
        Some(())
    }

    /// `save(cls)` of an accepted class: its memo entry, or the global and a new one.
    fn save_class(&mut self, cls: ObjRef) -> Option<()> {
        self.boundary();
        if let Some(&idx) = self.memo.get(&cls) {
            self.get(idx);
            return Some(());
        }
        let info = self.class_info(cls)?;
        let (module, qualname) = (info.module, info.qualname.clone());
        if self.proto >= 4 {
            // `cls.__module__` is one str object (the memo may know it); `__qualname__` is a
            // new one at every lookup.
            self.save(Value::Obj(module))?;
            self.boundary();
            self.str(&qualname)?;
            self.memoize_fresh();
            self.byte(0x93);
        } else {
            let module = self.heap.str_of(Value::Obj(module))?;
            self.global_line(module, &qualname);
        }
        self.memoize(cls);
        Some(())
    }

    /// `save(obj)` of a global known by its module and name.
    fn save_global_line(&mut self, r: ObjRef, module: &str, name: &str) {
        self.boundary();
        if let Some(&idx) = self.memo.get(&r) {
            self.get(idx);
        } else {
            self.global_line(module, name);
            self.memoize(r);
        }
    }

    /// GLOBAL, with `fix_imports`' Python 2 module names before protocol 3.
    fn global_line(&mut self, module: &str, name: &str) {
        let module = match module {
            "builtins" if self.proto < 3 && self.fix_imports => "__builtin__",
            "copyreg" if self.proto < 3 && self.fix_imports => "copy_reg",
            m => m,
        };
        self.byte(b'c');
        self.out.extend_from_slice(module.as_bytes());
        self.out.push(b'\n');
        self.out.extend_from_slice(name.as_bytes());
        self.out.push(b'\n');
    }

    /// How instances of `cls` are written, or None when the Python Pickler must do it.
    fn class_info(&mut self, cls: ObjRef) -> Option<&ClassInfo> {
        let pos = match self.classes.iter().position(|(c, _)| *c == cls) {
            Some(pos) => pos,
            None => {
                let info = self.new_class_info(cls);
                self.classes.push((cls, info));
                self.classes.len() - 1
            }
        };
        self.classes[pos].1.as_ref()
    }

    fn new_class_info(&mut self, cls: ObjRef) -> Option<ClassInfo> {
        let (vm, heap) = (self.vm, self.heap);
        if !classes::plain_class(vm, cls) {
            return None;
        }
        let table = self.env()?.dispatch_table;
        let Obj::Dict(table) = heap.get(table) else { return None };
        if table.iter().any(|e| e.key.is(Value::Obj(cls))) {
            return None;
        }
        let Obj::Class(c) = heap.get(cls) else { return None };
        let needs_slotnames = match vm.dict_get_str(c.dict, "__slotnames__") {
            None => true,
            Some(Value::Obj(l)) if matches!(heap.get(l), Obj::List(items) if items.is_empty()) => false,
            Some(_) => return None,
        };
        let Some(Value::Obj(module)) = vm.lookup_mro(cls, "__module__") else { return None };
        let module_name = heap.str_of(Value::Obj(module))?;
        let qualname = c.qualname.clone();
        if self.proto < 3 && !(module_name.is_ascii() && qualname.is_ascii()) {
            return None;
        }
        if !classes::module_global(vm, module_name, &qualname)?.is(Value::Obj(cls)) {
            return None;
        }
        if needs_slotnames {
            self.slotnames.push(cls);
        }
        Some(ClassInfo { module, qualname })
    }

    fn env(&mut self) -> Option<&Env> {
        if self.env.is_none() {
            self.env = Some(load_env(self.vm));
        }
        self.env.as_ref()?.as_ref()
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
        self.empty_list();
        self.memoize(r);
        self.list_items(items)
    }

    fn empty_list(&mut self) {
        if self.bin() { self.byte(b']') } else { self.write(b"(l") }
    }

    /// The APPEND(S) that fill the list just written.
    fn list_items(&mut self, items: &[Value]) -> Option<()> {
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
        self.empty_dict();
        self.memoize(r);
        self.dict_items(d.len(), d.iter().map(|e| (e.key, e.value)))
    }

    fn empty_dict(&mut self) {
        if self.bin() { self.byte(b'}') } else { self.write(b"(d") }
    }

    /// The SETITEM(S) that fill the dict just written with `n` items.
    fn dict_items(&mut self, n: usize, items: impl Iterator<Item = (Value, Value)>) -> Option<()> {
        if n == 0 {
            return Some(());
        }
        if !self.bin() || n == 1 {
            for (k, v) in items {
                self.save(k)?;
                self.save(v)?;
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
        for (k, v) in items {
            if in_batch == BATCH {
                self.write(b"u(");
                in_batch = 0;
            }
            self.save(k)?;
            self.save(v)?;
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

/// What pickling an instance by its class's default reduction depends on, when the Python
/// Pickler would do it the way `instance` writes it: `copyreg` has no extension codes, and
/// `pickle.Pickler` has no `reducer_override` or `dispatch_table`.
fn load_env(vm: &Vm) -> Option<Env> {
    let copyreg = classes::copyreg(vm)?;
    let Some(Value::Obj(table)) = vm.dict_get_str(copyreg, "dispatch_table") else { return None };
    if !matches!(vm.heap.get(table), Obj::Dict(_)) {
        return None;
    }
    match vm.dict_get_str(copyreg, "_extension_registry") {
        Some(Value::Obj(reg)) if matches!(vm.heap.get(reg), Obj::Dict(d) if d.is_empty()) => {}
        _ => return None,
    }
    if !classes::pickler_without_hooks(vm) {
        return None;
    }
    Some(Env { dispatch_table: table, reconstructor: classes::reconstructor(vm), codecs: classes::pickle_codecs(vm) })
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

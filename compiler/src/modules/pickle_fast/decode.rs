//! `_pickle_fast.loads`: the object a pickle of built-in values and instances of plain
//! classes describes, or `None` (then `pickle.loads` runs the Python Unpickler from the
//! start) at the first opcode it does not do (other globals and reductions, persistent ids,
//! out-of-band buffers, protocol 0-2 byte strings) and on any error, which the Python
//! Unpickler then reports. It only builds built-in values and new instances of classes that
//! run no Python code to be made or filled (`classes::plain_class`), and it finds classes in
//! modules already imported, so no Python code runs and giving up leaves no trace.

use num_bigint::BigInt;

use super::classes;
use crate::builtins::functions::numeric::INT_MAX_STR_DIGITS;
use crate::value::float_parse::parse_decimal;
use crate::value::*;
use crate::vm::Vm;

/// Memo indices past this are the Python Unpickler's (it keeps a dict).
const MAX_MEMO: usize = 1 << 24;

struct Decoder<'a> {
    data: &'a [u8],
    pos: usize,
    stack: Vec<Value>,
    /// Where each open MARK started on `stack`.
    marks: Vec<usize>,
    memo: Vec<Option<Value>>,
    memo_len: usize,
    /// The PROTO opcode's protocol (0 without one), which decides `fix_imports`' renaming.
    proto: u8,
    fix_imports: bool,
    /// Classes checked for `plain_class`.
    classes: Vec<(ObjRef, bool)>,
    /// `copyreg._reconstructor`, once looked up.
    reconstructor: Option<Option<ObjRef>>,
}

pub fn loads(vm: &mut Vm, data: &[u8], fix_imports: bool) -> Option<Value> {
    let mut d = Decoder {
        data,
        pos: 0,
        stack: Vec::new(),
        marks: Vec::new(),
        memo: Vec::new(),
        memo_len: 0,
        proto: 0,
        fix_imports,
        classes: Vec::new(),
        reconstructor: None,
    };
    d.run(vm)
}

impl<'a> Decoder<'a> {
    fn read(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.pos.checked_add(n)?;
        let s = self.data.get(self.pos..end)?;
        self.pos = end;
        Some(s)
    }

    fn byte(&mut self) -> Option<u8> {
        let b = *self.data.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.read(4)?.try_into().ok()?))
    }

    fn u64_len(&mut self) -> Option<usize> {
        usize::try_from(u64::from_le_bytes(self.read(8)?.try_into().ok()?)).ok()
    }

    /// The line's text without its newline.
    fn line(&mut self) -> Option<&'a [u8]> {
        let rest = &self.data[self.pos..];
        let n = rest.iter().position(|&b| b == b'\n')?;
        self.pos += n + 1;
        Some(&rest[..n])
    }

    /// The base of the innermost MARK: values below it are not this level's.
    fn base(&self) -> usize {
        self.marks.last().copied().unwrap_or(0)
    }

    fn pop(&mut self) -> Option<Value> {
        if self.stack.len() <= self.base() {
            return None;
        }
        self.stack.pop()
    }

    fn top(&self) -> Option<Value> {
        if self.stack.len() <= self.base() {
            return None;
        }
        self.stack.last().copied()
    }

    fn pop_mark(&mut self) -> Option<Vec<Value>> {
        let start = self.marks.pop()?;
        Some(self.stack.split_off(start))
    }

    fn memo_put(&mut self, idx: usize, v: Value) -> Option<()> {
        if idx >= MAX_MEMO {
            return None;
        }
        if idx >= self.memo.len() {
            self.memo.resize(idx + 1, None);
        }
        if self.memo[idx].replace(v).is_none() {
            self.memo_len += 1;
        }
        Some(())
    }

    fn memo_get(&mut self, idx: usize) -> Option<()> {
        let v = (*self.memo.get(idx)?)?;
        self.stack.push(v);
        Some(())
    }

    fn push_str(&mut self, vm: &mut Vm, bytes: &[u8]) -> Option<()> {
        let text = std::str::from_utf8(bytes).ok()?;
        let v = vm.new_str_piece(text, bytes.is_ascii());
        self.stack.push(v);
        Some(())
    }

    fn run(&mut self, vm: &mut Vm) -> Option<Value> {
        loop {
            let op = self.byte()?;
            match op {
                0x80 => {
                    self.proto = self.byte()?;
                    if self.proto > 5 {
                        return None;
                    }
                }
                0x95 => {
                    let size = self.u64_len()?;
                    if self.pos.checked_add(size)? > self.data.len() {
                        return None;
                    }
                }
                b'.' => return self.pop(),
                b'N' => self.stack.push(Value::None),
                0x88 => self.stack.push(Value::Bool(true)),
                0x89 => self.stack.push(Value::Bool(false)),
                b'I' => {
                    let line = self.line()?;
                    let v = match line {
                        b"00" => Value::Bool(false),
                        b"01" => Value::Bool(true),
                        _ => Value::Int(parse_i64(line)?),
                    };
                    self.stack.push(v);
                }
                b'J' => {
                    let v = i32::from_le_bytes(self.read(4)?.try_into().ok()?);
                    self.stack.push(Value::Int(v as i64));
                }
                b'K' => {
                    let v = self.byte()?;
                    self.stack.push(Value::Int(v as i64));
                }
                b'M' => {
                    let v = u16::from_le_bytes(self.read(2)?.try_into().ok()?);
                    self.stack.push(Value::Int(v as i64));
                }
                b'L' => {
                    let line = self.line()?;
                    let digits = line.strip_suffix(b"L").unwrap_or(line);
                    let v = match parse_i64(digits) {
                        Some(i) => Value::Int(i),
                        None => {
                            let (neg, mag) = match digits.split_first() {
                                Some((b'-', rest)) => (true, rest),
                                _ => (false, digits),
                            };
                            if mag.is_empty() || mag.len() > INT_MAX_STR_DIGITS || !mag.iter().all(u8::is_ascii_digit) {
                                return None;
                            }
                            let n = BigInt::parse_bytes(mag, 10)?;
                            vm.new_bigint(if neg { -n } else { n })
                        }
                    };
                    self.stack.push(v);
                }
                0x8a | 0x8b => {
                    let n = if op == 0x8a {
                        self.byte()? as usize
                    } else {
                        i32::from_le_bytes(self.read(4)?.try_into().ok()?).try_into().ok()?
                    };
                    let bytes = self.read(n)?;
                    let v = if n <= 8 {
                        let fill = if bytes.last().is_some_and(|&b| b & 0x80 != 0) { 0xff } else { 0 };
                        let mut buf = [fill; 8];
                        buf[..n].copy_from_slice(bytes);
                        Value::Int(i64::from_le_bytes(buf))
                    } else {
                        vm.new_bigint(BigInt::from_signed_bytes_le(bytes))
                    };
                    self.stack.push(v);
                }
                b'F' => {
                    let f = parse_float(self.line()?)?;
                    self.stack.push(Value::Float(f));
                }
                b'G' => {
                    let f = f64::from_be_bytes(self.read(8)?.try_into().ok()?);
                    // Floats are not memoized: each NaN loaded is an object of its own.
                    self.stack.push(Value::Float(crate::value::num::distinct_nan(f)));
                }
                b'C' | b'B' | 0x8e | 0x96 => {
                    let n = match op {
                        b'C' => self.byte()? as usize,
                        b'B' => self.u32()? as usize,
                        _ => self.u64_len()?,
                    };
                    let bytes = self.read(n)?.to_vec();
                    let v = if op == 0x96 { vm.new_bytearray(bytes) } else { vm.new_bytes(bytes) };
                    self.stack.push(v);
                }
                0x8c | b'X' | 0x8d => {
                    let n = match op {
                        0x8c => self.byte()? as usize,
                        b'X' => self.u32()? as usize,
                        _ => self.u64_len()?,
                    };
                    let bytes = self.read(n)?;
                    self.push_str(vm, bytes)?;
                }
                b'V' => {
                    let line = self.line()?;
                    let v = decode_raw_unicode_escape(vm, line)?;
                    self.stack.push(v);
                }
                b')' => self.stack.push(vm.new_tuple(Vec::new())),
                b't' => {
                    let items = self.pop_mark()?;
                    self.stack.push(vm.new_tuple(items));
                }
                0x85..=0x87 => {
                    let n = (op - 0x84) as usize;
                    if self.stack.len() < self.base() + n {
                        return None;
                    }
                    let items = self.stack.split_off(self.stack.len() - n);
                    self.stack.push(vm.new_tuple(items));
                }
                b']' => self.stack.push(vm.new_list(Vec::new())),
                b'}' => self.stack.push(vm.new_dict()),
                0x8f => self.stack.push(vm.new_set()),
                b'l' => {
                    let items = self.pop_mark()?;
                    self.stack.push(vm.new_list(items));
                }
                0x91 => {
                    let items = self.pop_mark()?;
                    if !items.iter().all(|&v| hashes_natively(vm, v, 0)) {
                        return None;
                    }
                    let s = vm.new_frozenset();
                    for item in items {
                        vm.set_add(s, item).ok()?;
                    }
                    self.stack.push(s);
                }
                b'd' => {
                    let items = self.pop_mark()?;
                    if items.len() % 2 != 0 {
                        return None;
                    }
                    if !items.iter().step_by(2).all(|&k| hashes_natively(vm, k, 0)) {
                        return None;
                    }
                    let d = vm.new_dict();
                    for pair in items.chunks_exact(2) {
                        vm.dict_set(d, pair[0], pair[1]).ok()?;
                    }
                    self.stack.push(d);
                }
                b'(' => self.marks.push(self.stack.len()),
                b'0' => {
                    if self.stack.len() > self.base() {
                        self.stack.pop();
                    } else {
                        self.pop_mark()?;
                    }
                }
                b'1' => {
                    self.pop_mark()?;
                }
                b'2' => {
                    let v = self.top()?;
                    self.stack.push(v);
                }
                b'g' => {
                    let idx = parse_i64(self.line()?)?;
                    self.memo_get(usize::try_from(idx).ok()?)?;
                }
                b'h' => {
                    let idx = self.byte()?;
                    self.memo_get(idx as usize)?;
                }
                b'j' => {
                    let idx = self.u32()?;
                    self.memo_get(idx as usize)?;
                }
                b'p' => {
                    let idx = parse_i64(self.line()?)?;
                    let v = self.top()?;
                    self.memo_put(usize::try_from(idx).ok()?, v)?;
                }
                b'q' => {
                    let idx = self.byte()?;
                    let v = self.top()?;
                    self.memo_put(idx as usize, v)?;
                }
                b'r' => {
                    let idx = self.u32()?;
                    let v = self.top()?;
                    self.memo_put(idx as usize, v)?;
                }
                0x94 => {
                    let v = self.top()?;
                    self.memo_put(self.memo_len, v)?;
                }
                b'a' => {
                    let v = self.pop()?;
                    let Value::Obj(r) = self.top()? else { return None };
                    let Obj::List(items) = vm.heap.get_mut(r) else { return None };
                    items.push(v);
                }
                b'e' => {
                    let new = self.pop_mark()?;
                    let Value::Obj(r) = self.top()? else { return None };
                    let Obj::List(items) = vm.heap.get_mut(r) else { return None };
                    items.extend(new);
                }
                b's' => {
                    let v = self.pop()?;
                    let k = self.pop()?;
                    if !hashes_natively(vm, k, 0) {
                        return None;
                    }
                    let d = self.top()?;
                    self.dict_target(vm, d)?;
                    vm.dict_set(d, k, v).ok()?;
                }
                b'u' => {
                    let items = self.pop_mark()?;
                    if items.len() % 2 != 0 {
                        return None;
                    }
                    if !items.iter().step_by(2).all(|&k| hashes_natively(vm, k, 0)) {
                        return None;
                    }
                    let d = self.top()?;
                    self.dict_target(vm, d)?;
                    for pair in items.chunks_exact(2) {
                        vm.dict_set(d, pair[0], pair[1]).ok()?;
                    }
                }
                0x90 => {
                    let items = self.pop_mark()?;
                    if !items.iter().all(|&v| hashes_natively(vm, v, 0)) {
                        return None;
                    }
                    let s = self.top()?;
                    let Value::Obj(r) = s else { return None };
                    if !matches!(vm.heap.get(r), Obj::Set(_)) {
                        return None;
                    }
                    for item in items {
                        vm.set_add(s, item).ok()?;
                    }
                }
                b'c' => {
                    let module = std::str::from_utf8(self.line()?).ok()?;
                    let name = std::str::from_utf8(self.line()?).ok()?;
                    let v = self.find_class(vm, module, name)?;
                    self.stack.push(v);
                }
                0x93 => {
                    let name = self.pop()?;
                    let module = self.pop()?;
                    let (Some(module), Some(name)) = (vm.heap.str_of(module), vm.heap.str_of(name)) else {
                        return None;
                    };
                    let (module, name) = (module.to_owned(), name.to_owned());
                    let v = self.find_class(vm, &module, &name)?;
                    self.stack.push(v);
                }
                0x81 => {
                    let args = self.pop()?;
                    let cls = self.pop()?;
                    if !matches!(args.as_obj().map(|r| vm.heap.get(r)), Some(Obj::Tuple(items)) if items.is_empty()) {
                        return None;
                    }
                    let cls = self.plain_class(vm, cls)?;
                    self.stack.push(vm.new_object(cls));
                }
                b'R' => {
                    let args = self.pop()?;
                    let func = self.top()?;
                    let obj = self.reduce(vm, func, args)?;
                    *self.stack.last_mut()? = obj;
                }
                b'b' => {
                    let state = self.pop()?;
                    let inst = self.top()?;
                    self.build(vm, inst, state)?;
                }
                _ => return None,
            }
        }
    }

    /// `Unpickler.find_class` for what pickles of plain instances and (before protocols 3
    /// and 4) of bytes and sets name: a class in a module already imported, a few built-in
    /// classes, `copyreg._reconstructor` and `_codecs.encode`.
    fn find_class(&mut self, vm: &Vm, module: &str, name: &str) -> Option<Value> {
        let renamed = self.proto < 3 && self.fix_imports;
        let v = match (module, name) {
            ("copy_reg", "_reconstructor") if renamed => Value::Obj(self.reconstructor(vm)?),
            ("copyreg", "_reconstructor") => Value::Obj(self.reconstructor(vm)?),
            ("_codecs", "encode") => Value::Obj(classes::unpickle_codecs_encode(vm)?),
            ("__builtin__", "object" | "set" | "frozenset" | "bytes") if renamed => {
                vm.dict_get_str(vm.builtins, name)?
            }
            // `_BuiltinsModule` answers dunder names itself.
            ("builtins", _) if !name.starts_with("__") => vm.dict_get_str(vm.builtins, name)?,
            _ => classes::module_global(vm, module, name)?,
        };
        let Value::Obj(r) = v else { return None };
        match vm.heap.get(r) {
            Obj::Class(_) => Some(v),
            Obj::Function(_) => Some(v),
            _ => None,
        }
    }

    /// REDUCE of what `find_class` gives, for the calls that run no Python code:
    /// `_reconstructor(cls, object, None)`, `set(list)`, `frozenset(list)`, `bytes()` and
    /// `_codecs.encode(text, "latin1")`.
    fn reduce(&mut self, vm: &mut Vm, func: Value, args: Value) -> Option<Value> {
        let f = func.as_obj()?;
        let Obj::Tuple(items) = vm.heap.get(args.as_obj()?) else { return None };
        let items = items.to_vec();
        if Some(f) == self.reconstructor(vm) {
            let &[cls, base, Value::None] = &items[..] else { return None };
            if !base.is(Value::Obj(vm.types.object)) {
                return None;
            }
            let cls = self.plain_class(vm, cls)?;
            return Some(vm.new_object(cls));
        }
        if f == vm.types.set || f == vm.types.frozenset {
            let &[list] = &items[..] else { return None };
            let Obj::List(elems) = vm.heap.get(list.as_obj()?) else { return None };
            let elems = elems.clone();
            if !elems.iter().all(|&e| hashes_natively(vm, e, 0)) {
                return None;
            }
            let s = if f == vm.types.set { vm.new_set() } else { vm.new_frozenset() };
            for e in elems {
                vm.set_add(s, e).ok()?;
            }
            return Some(s);
        }
        if f == vm.types.bytes && items.is_empty() {
            return Some(vm.new_bytes(Vec::new()));
        }
        if Some(f) == classes::unpickle_codecs_encode(vm) {
            let &[text, encoding] = &items[..] else { return None };
            if !matches!(vm.heap.str_of(encoding), Some("latin1" | "latin-1")) {
                return None;
            }
            let text = vm.heap.str_of(text)?;
            let bytes: Option<Vec<u8>> = text.chars().map(|c| u8::try_from(c as u32).ok()).collect();
            return Some(vm.new_bytes(bytes?));
        }
        None
    }

    fn reconstructor(&mut self, vm: &Vm) -> Option<ObjRef> {
        *self.reconstructor.get_or_insert_with(|| classes::reconstructor(vm))
    }

    /// `cls` when it is a class whose instances `cls.__new__(cls)` makes and BUILD fills
    /// without running Python code.
    fn plain_class(&mut self, vm: &Vm, cls: Value) -> Option<ObjRef> {
        let Value::Obj(cls) = cls else { return None };
        let plain = match self.classes.iter().find(|(c, _)| *c == cls) {
            Some(&(_, plain)) => plain,
            None => {
                let plain = classes::plain_class(vm, cls);
                self.classes.push((cls, plain));
                plain
            }
        };
        plain.then_some(cls)
    }

    /// BUILD on an instance this pickle made: the dict state's items become attributes.
    fn build(&mut self, vm: &mut Vm, inst: Value, state: Value) -> Option<()> {
        let r = inst.as_obj()?;
        let Obj::Instance(i) = vm.heap.get(r) else { return None };
        if !matches!(i.payload, Payload::None) || classes::has_own_hook(vm, r) {
            return None;
        }
        self.plain_class(vm, Value::Obj(i.class))?;
        let d = match state {
            Value::None => return Some(()),
            Value::Obj(d) => d,
            _ => return None,
        };
        let Obj::Dict(dict) = vm.heap.get(d) else { return None };
        let items: Vec<(Value, Value)> = dict.iter().map(|e| (e.key, e.value)).collect();
        // Dunder names may mean something to attribute access; the Python Unpickler stores them.
        let plain_name = |k: Value| vm.heap.str_of(k).is_some_and(|k| !(k.starts_with("__") && k.ends_with("__")));
        if !items.iter().all(|&(k, _)| plain_name(k)) {
            return None;
        }
        for (k, v) in items {
            vm.inst_set(r, k, v);
        }
        Some(())
    }

    /// Only exact dicts take items here: anything else is the Python Unpickler's.
    fn dict_target(&self, vm: &Vm, d: Value) -> Option<()> {
        let Value::Obj(r) = d else { return None };
        matches!(vm.heap.get(r), Obj::Dict(_)).then_some(())
    }
}

/// Whether hashing `v` (and comparing it with keys of equal hash) runs no Python code: not
/// for an instance, whose class may define `__hash__` or `__eq__`, nor a tuple holding one.
fn hashes_natively(vm: &Vm, v: Value, depth: usize) -> bool {
    let Value::Obj(r) = v else { return true };
    match vm.heap.get(r) {
        Obj::Str(_) | Obj::Bytes(_) | Obj::BigInt(_) | Obj::FrozenSet(_) => true,
        Obj::Tuple(items) => depth < 100 && items.iter().all(|&i| hashes_natively(vm, i, depth + 1)),
        _ => false,
    }
}

/// An optionally negative run of ASCII digits that fits an i64; `int()`'s other spellings
/// (spaces, `+`, underscores) are left to Python.
fn parse_i64(s: &[u8]) -> Option<i64> {
    let (neg, mag) = match s.split_first()? {
        (b'-', rest) => (true, rest),
        _ => (false, s),
    };
    if mag.is_empty() || mag.len() > 18 || !mag.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = mag.iter().fold(0i64, |n, d| n * 10 + (d - b'0') as i64);
    Some(if neg { -n } else { n })
}

/// The protocol 0 float text `repr` writes: digits, sign, point, exponent, or inf/nan.
fn parse_float(s: &[u8]) -> Option<f64> {
    match s {
        b"inf" => return Some(f64::INFINITY),
        b"-inf" => return Some(f64::NEG_INFINITY),
        b"nan" => return Some(crate::value::num::fresh_nan(f64::NAN)),
        _ => {}
    }
    if s.is_empty() || !s.iter().all(|b| matches!(b, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E')) {
        return None;
    }
    // The VM's own parser: Rust's `str::parse` would add its float code to the wasm module.
    parse_decimal(std::str::from_utf8(s).ok()?)
}

/// The str of a protocol 0 UNICODE argument: latin-1 with `\uXXXX` and `\UXXXXXXXX`.
fn decode_raw_unicode_escape(vm: &mut Vm, line: &[u8]) -> Option<Value> {
    if line.is_ascii() && !line.contains(&b'\\') {
        // ASCII.
        return Some(vm.new_str_piece(std::str::from_utf8(line).ok()?, true));
    }
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < line.len() {
        let b = line[i];
        if b == b'\\' && matches!(line.get(i + 1), Some(b'u' | b'U')) {
            let width = if line[i + 1] == b'u' { 4 } else { 8 };
            let digits = line.get(i + 2..i + 2 + width)?;
            let mut c = 0u32;
            for &d in digits {
                c = c * 16 + (d as char).to_digit(16)?;
            }
            out.push(char::from_u32(c)?);
            i += 2 + width;
        } else {
            out.push(b as char);
            i += 1;
        }
    }
    Some(vm.new_str(out))
}

//! `_random`: the Rust half of `random`, a Mersenne Twister (MT19937) core producing exactly
//! CPython's streams. The distribution methods of `random.Random` are Python on top of it
//! (`runtime/std/random.py`; they only combine `random()`/`getrandbits()` draws, so this keeps
//! them identical).

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

use crate::builtins::args;
use crate::builtins::functions::index_bigint;
use crate::error::{PyErr, PyResult};
use crate::value::*;
use crate::vm::Vm;

const N: usize = 624;
const M: usize = 397;
/// Bytes of a generator state: 624 words and the position, little-endian.
const STATE_BYTES: usize = (N + 1) * 4;

/// A view of a generator state stored in a `bytearray`.
struct Mt<'a>(&'a mut [u8]);

impl Mt<'_> {
    #[inline]
    fn get(&self, i: usize) -> u32 {
        u32::from_le_bytes([self.0[i * 4], self.0[i * 4 + 1], self.0[i * 4 + 2], self.0[i * 4 + 3]])
    }
    #[inline]
    fn set(&mut self, i: usize, v: u32) {
        self.0[i * 4..i * 4 + 4].copy_from_slice(&v.to_le_bytes());
    }

    fn init_genrand(&mut self, s: u32) {
        self.set(0, s);
        for i in 1..N {
            let p = self.get(i - 1);
            self.set(i, 1812433253u32.wrapping_mul(p ^ (p >> 30)).wrapping_add(i as u32));
        }
        self.set(N, N as u32);
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let p = self.get(i - 1);
            let v = (self.get(i) ^ (p ^ (p >> 30)).wrapping_mul(1664525)).wrapping_add(key[j]).wrapping_add(j as u32);
            self.set(i, v);
            i += 1;
            j += 1;
            if i >= N {
                let last = self.get(N - 1);
                self.set(0, last);
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let p = self.get(i - 1);
            let v = (self.get(i) ^ (p ^ (p >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            self.set(i, v);
            i += 1;
            if i >= N {
                let last = self.get(N - 1);
                self.set(0, last);
                i = 1;
            }
        }
        self.set(0, 0x8000_0000);
    }

    fn genrand(&mut self) -> u32 {
        let mut idx = self.get(N) as usize;
        if idx >= N {
            for kk in 0..N {
                let y = (self.get(kk) & 0x8000_0000) | (self.get((kk + 1) % N) & 0x7fff_ffff);
                let mag = if y & 1 != 0 { 0x9908_b0df } else { 0 };
                let v = self.get((kk + M) % N) ^ (y >> 1) ^ mag;
                self.set(kk, v);
            }
            idx = 0;
        }
        let mut y = self.get(idx);
        self.set(N, idx as u32 + 1);
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn random(&mut self) -> f64 {
        let a = self.genrand() >> 5;
        let b = self.genrand() >> 6;
        (a as f64 * 67108864.0 + b as f64) * (1.0 / 9007199254740992.0)
    }
}

/// Runs `f` on the generator state held by `v` (a `bytearray` made by `_mt_new`).
fn with_mt<T>(vm: &mut Vm, v: Value, f: impl FnOnce(&mut Mt) -> T) -> PyResult<T> {
    if let Value::Obj(r) = v
        && let Obj::ByteArray(b) = vm.heap.get_mut(r)
        && b.len() == STATE_BYTES
    {
        return Ok(f(&mut Mt(b)));
    }
    Err(PyErr::type_error("invalid random state"))
}

fn mt_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("_mt_new", &a, 0, 0)?;
    let mut b = vec![0u8; STATE_BYTES];
    Mt(&mut b).init_genrand(5489);
    Ok(vm.new_bytearray(b))
}

/// `_mt_seed(state, n)`: seeds from the 32-bit words of `abs(n)` (`None`: from the clock).
fn mt_seed(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("_mt_seed", &a, 2, 2)?;
    let n = if a.pos[1].is_none() {
        // Clock readings plus a per-process counter, so generators seeded in the same
        // instant still differ.
        static SEEDS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = SEEDS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let t = vm.host.now_ns();
        let m = vm.host.monotonic_ns();
        BigInt::from(t) ^ (BigInt::from(m) << 64usize) ^ (BigInt::from(n) << 128usize)
    } else {
        index_bigint(vm, a.pos[1])?.abs()
    };
    let mut key: Vec<u32> = if n.is_zero() { vec![0] } else { n.to_u32_digits().1 };
    if key.is_empty() {
        key.push(0);
    }
    with_mt(vm, a.pos[0], |mt| mt.init_by_array(&key))?;
    Ok(Value::None)
}

fn mt_random(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(&st) = a.pos.first() else { return Err(PyErr::type_error("_mt_random() needs a state")) };
    Ok(Value::Float(with_mt(vm, st, |mt| mt.random())?))
}

fn mt_getrandbits(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("getrandbits", &a, 2, 2)?;
    let k = vm.index_i64(a.pos[1]).map_err(|e| {
        if crate::builtins::functions::err_is(vm, &e, crate::error::ExcKind::IndexError) {
            PyErr::overflow_error("Python int too large to convert to C int")
        } else {
            e
        }
    })?;
    if k < 0 {
        return Err(PyErr::value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(Value::Int(0));
    }
    if k <= 32 {
        let r = with_mt(vm, a.pos[0], |mt| mt.genrand() >> (32 - k))?;
        return Ok(Value::Int(r as i64));
    }
    let k = k as usize;
    let words = k.div_ceil(32);
    let out = with_mt(vm, a.pos[0], |mt| {
        let mut out = Vec::with_capacity(words);
        let mut left = k;
        for _ in 0..words {
            let mut r = mt.genrand();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left = left.saturating_sub(32);
        }
        out
    })?;
    if words <= 2 {
        let v = out[0] as u64 | (out.get(1).copied().unwrap_or(0) as u64) << 32;
        if v <= i64::MAX as u64 {
            return Ok(Value::Int(v as i64));
        }
    }
    Ok(vm.new_bigint(BigInt::from_slice(Sign::Plus, &out)))
}

fn mt_getstate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("getstate", &a, 1, 1)?;
    let words = with_mt(vm, a.pos[0], |mt| (0..=N).map(|i| mt.get(i)).collect::<Vec<u32>>())?;
    let items = words.into_iter().map(|w| Value::Int(w as i64)).collect();
    Ok(vm.new_tuple(items))
}

fn mt_setstate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("setstate", &a, 2, 2)?;
    let Some(items) = vm.heap.tuple(a.pos[1]).cloned() else {
        return Err(PyErr::type_error("state vector must be a tuple"));
    };
    if items.len() != N + 1 {
        return Err(PyErr::value_error("state vector is the wrong size"));
    }
    let mut words = Vec::with_capacity(N + 1);
    for v in items {
        let b = index_bigint(vm, v)?;
        let w = u32::try_from(&b).map_err(|_| {
            if b.is_negative() {
                PyErr::overflow_error("can't convert negative int to unsigned")
            } else {
                PyErr::overflow_error("Python int too large to convert to C unsigned long")
            }
        })?;
        words.push(w);
    }
    if words[N] as usize > N {
        return Err(PyErr::value_error("invalid state"));
    }
    with_mt(vm, a.pos[0], |mt| {
        for (i, w) in words.into_iter().enumerate() {
            mt.set(i, w);
        }
    })?;
    Ok(Value::None)
}

// ---- methods of `random.Random` (state in the instance attribute `_mt`) ----

fn self_state(vm: &mut Vm, this: Value) -> PyResult<Value> {
    if let Some(st) = vm.instance_attr(this, "_mt") {
        return Ok(st);
    }
    vm.getattr(this, "_mt")
}

fn m_random(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(PyErr::type_error("unbound method needs an argument"));
    }
    args::check_method("Random.random", &a, 0, 0)?;
    let st = self_state(vm, a.pos[0])?;
    Ok(Value::Float(with_mt(vm, st, |mt| mt.random())?))
}

fn m_getrandbits(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(PyErr::type_error("unbound method needs an argument"));
    }
    args::check_method("Random.getrandbits", &a, 1, 1)?;
    let st = self_state(vm, a.pos[0])?;
    mt_getrandbits(vm, Args::new(vec![st, a.pos[1]]))
}

/// A uniform int in `[0, n)` for `0 < n < 2**63` by rejection sampling on `bit_length(n)`
/// bits, drawing exactly what `getrandbits` would.
fn randbelow_small(mt: &mut Mt, n: u64) -> u64 {
    let k = 64 - n.leading_zeros();
    loop {
        let r = if k <= 32 {
            (mt.genrand() >> (32 - k)) as u64
        } else {
            let lo = mt.genrand() as u64;
            let hi = (mt.genrand() >> (64 - k)) as u64;
            lo | hi << 32
        };
        if r < n {
            return r;
        }
    }
}

/// Whether `self.getrandbits` is the built-in one (so `_randbelow` may draw directly).
fn plain_getrandbits(vm: &Vm, this: Value) -> bool {
    let cls = vm.type_of(this);
    matches!(vm.lookup_mro(cls, "getrandbits"), Some(Value::Obj(f))
        if matches!(vm.heap.get(f), Obj::Native(n) if n.func as usize == m_getrandbits as NativeFn as usize))
}

fn randbelow(vm: &mut Vm, this: Value, n: Value) -> PyResult<Value> {
    if let Value::Int(k) = n
        && k > 0
        && plain_getrandbits(vm, this)
    {
        let st = self_state(vm, this)?;
        return Ok(Value::Int(with_mt(vm, st, |mt| randbelow_small(mt, k as u64))? as i64));
    }
    let f = vm.getattr(this, "_randbelow_with_getrandbits")?;
    vm.call_pos(f, vec![n])
}

fn m_randbelow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(PyErr::type_error("unbound method needs an argument"));
    }
    args::check_method("_randbelow", &a, 1, 1)?;
    randbelow(vm, a.pos[0], a.pos[1])
}

/// Whether `self._randbelow` is the built-in one.
fn plain_randbelow(vm: &Vm, this: Value) -> bool {
    let cls = vm.type_of(this);
    matches!(vm.lookup_mro(cls, "_randbelow"), Some(Value::Obj(f))
        if matches!(vm.heap.get(f), Obj::Native(n) if n.func as usize == m_randbelow as NativeFn as usize))
}

/// Calls the Python version `name` of a method with the original arguments.
fn generic(vm: &mut Vm, mut a: Args, name: &str) -> PyResult<Value> {
    let this = a.pos.remove(0);
    let f = vm.getattr(this, name)?;
    vm.call(f, a)
}

fn m_randint(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(PyErr::type_error("unbound method needs an argument"));
    }
    if a.kw.is_empty()
        && a.pos.len() == 3
        && let (Value::Int(lo), Value::Int(hi)) = (a.pos[1], a.pos[2])
        && let Some(width) = hi.checked_add(1).and_then(|h| h.checked_sub(lo))
        && width > 0
        && plain_randbelow(vm, a.pos[0])
        && plain_getrandbits(vm, a.pos[0])
    {
        let st = self_state(vm, a.pos[0])?;
        let r = with_mt(vm, st, |mt| randbelow_small(mt, width as u64))?;
        return Ok(Value::Int(lo + r as i64));
    }
    generic(vm, a, "_randint_generic")
}

fn m_choice(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(PyErr::type_error("unbound method needs an argument"));
    }
    if a.kw.is_empty() && a.pos.len() == 2 && plain_randbelow(vm, a.pos[0]) && plain_getrandbits(vm, a.pos[0]) {
        let (this, seq) = (a.pos[0], a.pos[1]);
        let n = vm.py_len(seq)?;
        if n == 0 {
            return Err(PyErr::index_error("Cannot choose from an empty sequence"));
        }
        let st = self_state(vm, this)?;
        let i = with_mt(vm, st, |mt| randbelow_small(mt, n as u64))?;
        return vm.getitem(seq, Value::Int(i as i64));
    }
    generic(vm, a, "_choice_generic")
}

fn m_shuffle(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(PyErr::type_error("unbound method needs an argument"));
    }
    if a.kw.is_empty()
        && a.pos.len() == 2
        && vm.type_of(a.pos[1]) == vm.types.list
        && plain_randbelow(vm, a.pos[0])
        && plain_getrandbits(vm, a.pos[0])
    {
        let (this, x) = (a.pos[0], a.pos[1]);
        let st = self_state(vm, this)?;
        let n = vm.heap.list(x).map_or(0, |l| l.len());
        let mut picks = Vec::with_capacity(n);
        with_mt(vm, st, |mt| {
            for i in (1..n).rev() {
                picks.push((i, randbelow_small(mt, i as u64 + 1) as usize));
            }
        })?;
        if let Some(l) = vm.heap.list_mut(x) {
            for (i, j) in picks {
                l.swap(i, j);
            }
        }
        return Ok(Value::None);
    }
    generic(vm, a, "_shuffle_generic")
}

fn sha512_digest(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("_sha512", &a, 1, 1)?;
    let Some(data) = vm.heap.bytes(a.pos[0]).map(|b| b.to_vec()) else {
        return Err(PyErr::type_error("_sha512() needs bytes"));
    };
    Ok(vm.new_bytes(crate::modules::hashlib::sha2::sha512(&data)))
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_random");
    let fns: &[(&'static str, NativeFn)] = &[
        ("_mt_new", mt_new),
        ("_mt_seed", mt_seed),
        ("_mt_random", mt_random),
        ("_mt_getrandbits", mt_getrandbits),
        ("_mt_getstate", mt_getstate),
        ("_mt_setstate", mt_setstate),
        ("_sha512", sha512_digest),
    ];
    for &(n, f) in fns {
        vm.module_add_fn(m, n, f);
    }
    let methods: &[(&'static str, &'static str, NativeFn)] = &[
        ("_m_random", "random", m_random),
        ("_m_getrandbits", "getrandbits", m_getrandbits),
        ("_m_randbelow", "_randbelow", m_randbelow),
        ("_m_randint", "randint", m_randint),
        ("_m_shuffle", "shuffle", m_shuffle),
        ("_m_choice", "choice", m_choice),
    ];
    for &(key, name, f) in methods {
        let fv =
            vm.alloc(Obj::Native(Box::new(NativeFunction { name, func: f, kind: NativeKind::Method, bound: None })));
        vm.module_set(m, key, fv);
    }
    Ok(m)
}

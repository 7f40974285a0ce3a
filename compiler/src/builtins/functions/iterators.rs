//! Lazy iterator builtins (`zip`, `map`, `filter`, `enumerate`, `reversed`), `iter`, `next`
//! and `sorted` (with the stable merge sort shared with `list.sort`).

use crate::builtins::args;
use crate::bytecode::opcode::{BinOp, CmpOp};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::*;
use crate::vm::Vm;

use super::{err_is, expect_args, is_callable, no_kwargs, no_more_kwargs};

// ---- zip ----

#[derive(Debug)]
struct Zip {
    iters: Vec<Value>,
    strict: bool,
    done: bool,
}

impl Zip {
    /// Iterator `i` ran out: the end, or for `strict=True` the error naming the arguments of
    /// unequal length.
    fn ran_out(&mut self, vm: &mut Vm, i: usize) -> PyResult<()> {
        self.done = true;
        if self.strict {
            if i > 0 {
                let which = if i == 1 { "argument 1".to_owned() } else { format!("arguments 1-{i}") };
                return Err(PyErr::value_error(format!("zip() argument {} is shorter than {which}", i + 1)));
            }
            for (j, &other) in self.iters.iter().enumerate().skip(1) {
                if vm.next(other)?.is_some() {
                    let which = if j == 1 { "argument 1".to_owned() } else { format!("arguments 1-{j}") };
                    return Err(PyErr::value_error(format!("zip() argument {} is longer than {which}", j + 1)));
                }
            }
        }
        Ok(())
    }
}

impl NativeIter for Zip {
    fn type_name(&self) -> &'static str {
        "zip"
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.done || self.iters.is_empty() {
            return Ok(None);
        }
        // The zip object is out of the heap while this runs: its iterators are rooted here, and
        // the items taken so far until the tuple holds them. `Err(i)`: iterator `i` ran out.
        let step = vm.gc_safe_step(&self.iters, |vm| vm.next_of_each(&self.iters))?;
        match step {
            Ok(items) => Ok(Some(vm.new_tuple(items))),
            Err(i) => self.ran_out(vm, i).map(|()| None),
        }
    }
    fn item_width(&self) -> Option<usize> {
        Some(self.iters.len())
    }
    fn next_fields(&mut self, vm: &mut Vm, out: &mut [Value]) -> PyResult<bool> {
        if self.done || self.iters.is_empty() {
            return Ok(false);
        }
        // Iterators over lists, tuples, bytes and ranges run no code and allocate nothing:
        // their items need no rooting.
        let mut k = 0;
        while k < out.len() {
            let Some(v) = vm.next_list_or_range(self.iters[k]) else { break };
            out[k] = v;
            k += 1;
        }
        if k == out.len() {
            return Ok(true);
        }
        let rest = |vm: &mut Vm| {
            vm.temp_roots.extend_from_slice(&out[..k]);
            vm.next_of_each_into(&self.iters[k..], &mut out[k..])
        };
        match vm.gc_safe_step(&self.iters, rest)? {
            Ok(()) => Ok(true),
            Err(i) => self.ran_out(vm, k + i).map(|()| false),
        }
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.extend_from_slice(&self.iters);
    }
}

pub(crate) fn builtin_zip(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let strict = match args.take_kw("strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    no_more_kwargs("zip", &args)?;
    let mut iters = Vec::with_capacity(args.pos.len());
    for &v in &args.pos {
        iters.push(vm.iter(v)?);
    }
    Ok(vm.new_native_iter(Box::new(Zip { iters, strict, done: false })))
}

// ---- map ----

#[derive(Debug)]
struct Map {
    func: Value,
    iters: Vec<Value>,
}

impl NativeIter for Map {
    fn type_name(&self) -> &'static str {
        "map"
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        // The map object is out of the heap while this runs: its values are rooted here, and
        // the items gathered until the call, whose frame then owns them (so one item needs
        // no rooting of its own).
        if let [it] = self.iters[..] {
            return vm.gc_safe_step(&[it, self.func], |vm| match vm.next(it)? {
                Some(v) => vm.call_pos(self.func, vec![v]).map(Some),
                None => Ok(None),
            });
        }
        vm.gc_safe_step(&self.iters, |vm| {
            vm.temp_roots.push(self.func);
            match vm.next_of_each(&self.iters)? {
                Ok(items) => vm.call_pos(self.func, items).map(Some),
                Err(_) => Ok(None),
            }
        })
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.func);
        out.extend_from_slice(&self.iters);
    }
}

pub(crate) fn builtin_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("map", &args)?;
    if args.pos.len() < 2 {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::with_capacity(args.pos.len() - 1);
    for &v in &args.pos[1..] {
        iters.push(vm.iter(v)?);
    }
    Ok(vm.new_native_iter(Box::new(Map { func: args.pos[0], iters })))
}

// ---- filter ----

#[derive(Debug)]
struct Filter {
    func: Value,
    iter: Value,
}

impl NativeIter for Filter {
    fn type_name(&self) -> &'static str {
        "filter"
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        while let Some(v) = vm.next_for_native(self.iter, &[self.func])? {
            let keep = if self.func.is_none() || self.func.is(Value::Obj(vm.types.bool_)) {
                vm.truthy(v)?
            } else {
                let r = vm.gc_safe_step(&[v, self.func, self.iter], |vm| vm.call_pos(self.func, vec![v]))?;
                vm.truthy(r)?
            };
            if keep {
                return Ok(Some(v));
            }
        }
        Ok(None)
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.func);
        out.push(self.iter);
    }
}

pub(crate) fn builtin_filter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("filter", &args)?;
    expect_args("filter", args.pos.len(), 2, 2)?;
    let iter = vm.iter(args.pos[1])?;
    Ok(vm.new_native_iter(Box::new(Filter { func: args.pos[0], iter })))
}

// ---- enumerate ----

#[derive(Debug)]
struct Enumerate {
    iter: Value,
    /// The next index; an `int` value (may be big).
    count: Value,
}

impl Enumerate {
    /// The next index and item.
    fn step(&mut self, vm: &mut Vm) -> PyResult<Option<(Value, Value)>> {
        let Some(v) = vm.next_for_native(self.iter, &[self.count])? else {
            return Ok(None);
        };
        let idx = self.count;
        self.count = match idx {
            Value::Int(i) if i < i64::MAX => Value::Int(i + 1),
            _ => vm.binop(idx, Value::Int(1), BinOp::Add)?,
        };
        Ok(Some((idx, v)))
    }
}

impl NativeIter for Enumerate {
    fn type_name(&self) -> &'static str {
        "enumerate"
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some((idx, v)) = self.step(vm)? else {
            return Ok(None);
        };
        Ok(Some(vm.new_tuple(vec![idx, v])))
    }
    fn item_width(&self) -> Option<usize> {
        Some(2)
    }
    fn next_fields(&mut self, vm: &mut Vm, out: &mut [Value]) -> PyResult<bool> {
        let Some((index, item)) = self.step(vm)? else { return Ok(false) };
        out[0] = index;
        out[1] = item;
        Ok(true)
    }
    fn counted_source(&self) -> Option<(Value, i64)> {
        match self.count {
            Value::Int(i) if i < i64::MAX => Some((self.iter, i)),
            _ => None,
        }
    }
    fn set_next_index(&mut self, next: i64) {
        self.count = Value::Int(next);
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.iter);
        out.push(self.count);
    }
}

pub(crate) fn builtin_enumerate(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let iterable = args::arg_or_kw(&mut args, 0, "iterable");
    let start = args::arg_or_kw(&mut args, 1, "start");
    no_more_kwargs("enumerate", &args)?;
    if args.pos.len() > 2 {
        return Err(PyErr::type_error(format!("enumerate() takes at most 2 arguments ({} given)", args.pos.len())));
    }
    let Some(iterable) = iterable else {
        return Err(PyErr::type_error("enumerate() missing required argument 'iterable'"));
    };
    let count = match start {
        None => Value::Int(0),
        Some(v) => {
            if super::is_int(vm, v) {
                match v {
                    Value::Bool(b) => Value::Int(b as i64),
                    v => v,
                }
            } else {
                let b = super::index_bigint(vm, v).map_err(|_| {
                    PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))
                })?;
                vm.new_bigint(b)
            }
        }
    };
    let iter = vm.iter(iterable)?;
    Ok(vm.new_native_iter(Box::new(Enumerate { iter, count })))
}

// ---- reversed ----

/// `reversed()` over the sequence protocol (`__len__` + `__getitem__`).
#[derive(Debug)]
struct ReversedSeq {
    seq: Value,
    /// Index of the next item plus one; 0 when exhausted.
    idx: i64,
}

impl NativeIter for ReversedSeq {
    fn type_name(&self) -> &'static str {
        "reversed"
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.idx <= 0 {
            return Ok(None);
        }
        self.idx -= 1;
        match vm.getitem(self.seq, Value::Int(self.idx)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if err_is(vm, &e, ExcKind::IndexError) || err_is(vm, &e, ExcKind::StopIteration) => {
                self.idx = 0;
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.seq);
    }
    fn length_hint(&self, _vm: &Vm) -> Option<i64> {
        Some(self.idx.max(0))
    }
}

pub(crate) fn builtin_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("reversed", &args)?;
    expect_args("reversed", args.pos.len(), 1, 1)?;
    let seq = args.pos[0];
    if let Value::Obj(r) = seq {
        match vm.heap.get(r) {
            Obj::List(l) | Obj::Tuple(l) => {
                let idx = l.len();
                return Ok(vm.new_iter(IterState::Reversed { seq: r, idx }));
            }
            Obj::Range { start, stop, step } => {
                let (start, stop, step) = (*start, *stop, *step);
                return Ok(super::range::range_reversed_iter(vm, start, stop, step));
            }
            Obj::Dict(_) => return crate::builtins::dict_methods::dict_reversed(vm, Args::new(vec![seq])),
            Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_) => {
                let n = vm.len(seq)? as i64;
                return Ok(vm.new_native_iter(Box::new(ReversedSeq { seq, idx: n })));
            }
            Obj::Set(_) | Obj::FrozenSet(_) => {
                return Err(PyErr::type_error(format!("'{}' object is not reversible", vm.type_name(seq))));
            }
            _ => {}
        }
        if let Some(r) = vm.call_dunder_opt(seq, "__reversed__", &[])? {
            return Ok(r);
        }
        let inner = vm.builtin_value(seq);
        if !inner.is(seq) {
            return builtin_reversed(vm, Args::new(vec![inner]));
        }
        let cls = vm.type_of(seq);
        if vm.lookup_mro(cls, "__getitem__").is_some() && vm.lookup_mro(cls, "__len__").is_some() {
            let n = vm.len(seq)? as i64;
            return Ok(vm.new_native_iter(Box::new(ReversedSeq { seq, idx: n })));
        }
    }
    Err(PyErr::type_error(format!("'{}' object is not reversible", vm.type_name(seq))))
}

// ---- iter, next ----

pub(crate) fn builtin_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("iter", &args)?;
    expect_args("iter", args.pos.len(), 1, 2)?;
    if args.pos.len() == 1 {
        return vm.iter(args.pos[0]);
    }
    if !is_callable(vm, args.pos[0]) {
        return Err(PyErr::type_error("iter(v, w): v must be callable"));
    }
    Ok(vm.new_iter(IterState::Callable { func: args.pos[0], sentinel: args.pos[1] }))
}

/// Whether `v` is an iterator (has `__next__`).
fn is_iterator(vm: &Vm, v: Value) -> bool {
    let Value::Obj(r) = v else { return false };
    match vm.heap.get(r) {
        Obj::Iter(_) | Obj::NativeIter(_) | Obj::Generator(_) | Obj::Busy => true,
        Obj::Instance(i) => vm.lookup_mro(i.class, "__next__").is_some(),
        _ => false,
    }
}

pub(crate) fn builtin_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("next", &args)?;
    expect_args("next", args.pos.len(), 1, 2)?;
    let it = args.pos[0];
    if !is_iterator(vm, it) {
        return Err(PyErr::type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    if let Some(Obj::Instance(_) | Obj::Generator(_)) = it.as_obj().map(|r| vm.heap.get(r)) {
        // Call `__next__` directly so a StopIteration value survives when there is no default.
        return match vm.call_dunder_opt(it, "__next__", &[]) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(PyErr::type_error(format!("'{}' object is not an iterator", vm.type_name(it)))),
            Err(e) if args.pos.len() == 2 && err_is(vm, &e, ExcKind::StopIteration) => Ok(args.pos[1]),
            Err(e) => Err(e),
        };
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match args.pos.get(1) {
            Some(&d) => Ok(d),
            None => Err(PyErr::with_args(ExcKind::StopIteration, vec![])),
        },
    }
}

// ---- sorted ----

pub(crate) fn builtin_sorted(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let key = args.take_kw("key").filter(|k| !k.is_none());
    let reverse = match args.take_kw("reverse") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    no_more_kwargs("sorted", &args)?;
    expect_args("sorted", args.pos.len(), 1, 1)?;
    let mut items = vm.collect_for_native(args.pos[0], &[key.unwrap_or(Value::None)])?;
    sort_values(vm, &mut items, key, reverse)?;
    Ok(vm.new_list(items))
}

/// Stable sort of `items` by `key` (or the items themselves) using `<`, like `list.sort`.
/// `reverse` keeps equal items in their original order, as CPython does. On error the
/// items are left in an unspecified order.
pub fn sort_values(vm: &mut Vm, items: &mut Vec<Value>, key: Option<Value>, reverse: bool) -> PyResult<()> {
    if items.len() < 2 {
        // Nothing to compare, but CPython still calls `key` (its errors and side effects show).
        if let (Some(f), [v]) = (key, items.as_slice()) {
            vm.call_pos(f, vec![*v])?;
        }
        return Ok(());
    }
    let mut pairs: Vec<(Value, Value)> = match key {
        Some(f) => {
            // The items and the keys so far sit on the root stack while `key` runs, so it
            // may collect (gcsafe.rs).
            let base = vm.temp_roots.len();
            vm.temp_roots.push(f);
            vm.temp_roots.extend_from_slice(items);
            let mut key_all = || -> PyResult<Vec<Value>> {
                let mut keys = Vec::with_capacity(items.len());
                for &v in items.iter() {
                    let k = vm.call_for_native(f, vec![v], &[])?;
                    vm.temp_roots.push(k);
                    keys.push(k);
                }
                Ok(keys)
            };
            let keys = key_all();
            vm.temp_roots.truncate(base);
            keys?.into_iter().zip(items.iter().copied()).collect()
        }
        None => items.iter().map(|&v| (v, v)).collect(),
    };
    if reverse {
        pairs.reverse();
    }
    if !sort_by_atoms(vm, &mut pairs) {
        merge_sort(vm, &mut pairs)?;
    }
    if reverse {
        pairs.reverse();
    }
    items.clear();
    items.extend(pairs.into_iter().map(|(_, v)| v));
    Ok(())
}

/// A key, or an item of a tuple key, that orders without Python code.
#[derive(Clone, Copy)]
enum Atom<'a> {
    Int(i64),
    Float(f64),
    Str(&'a str),
}

impl<'a> Atom<'a> {
    fn of(heap: &'a Heap, v: Value) -> Option<Atom<'a>> {
        match v {
            Value::Int(i) => Some(Atom::Int(i)),
            Value::Bool(b) => Some(Atom::Int(b as i64)),
            Value::Float(f) if !f.is_nan() => Some(Atom::Float(f)),
            Value::Obj(r) => match heap.get(r) {
                Obj::Str(s) => Some(Atom::Str(s.as_str())),
                _ => None,
            },
            _ => None,
        }
    }

    fn kind(self) -> u8 {
        match self {
            Atom::Int(_) => 0,
            Atom::Float(_) => 1,
            Atom::Str(_) => 2,
        }
    }

    /// Only called on atoms of one kind (see `AtomKeys::new`).
    fn order(self, other: Atom) -> std::cmp::Ordering {
        match (self, other) {
            (Atom::Int(x), Atom::Int(y)) => x.cmp(&y),
            (Atom::Float(x), Atom::Float(y)) => x.partial_cmp(&y).unwrap_or(std::cmp::Ordering::Equal),
            (Atom::Str(x), Atom::Str(y)) => x.cmp(y),
            _ => std::cmp::Ordering::Equal,
        }
    }
}

/// Sort keys as rows of atoms: every key an atom, or every key a tuple of atoms, with one
/// kind of atom at each position (ints and bools, floats other than NaN, or strs). Such
/// keys are totally ordered, and their comparisons run no Python code and raise nothing,
/// so any stable sort orders them as CPython's does, with no heap lookups per comparison.
struct AtomKeys<'a> {
    atoms: Vec<Atom<'a>>,
    /// Each key's `(start, len)` in `atoms`.
    rows: Vec<(u32, u32)>,
}

impl<'a> AtomKeys<'a> {
    fn new(heap: &'a Heap, pairs: &[(Value, Value)]) -> Option<AtomKeys<'a>> {
        let mut atoms = Vec::with_capacity(pairs.len());
        let mut rows = Vec::with_capacity(pairs.len());
        let mut kinds: Vec<u8> = Vec::new();
        let mut tuples = None;
        for (k, _) in pairs {
            let tuple = match *k {
                Value::Obj(r) => match heap.get(r) {
                    Obj::Tuple(items) => Some(&items[..]),
                    _ => None,
                },
                _ => None,
            };
            // A tuple key against a key that is not one is the general path's TypeError.
            if *tuples.get_or_insert(tuple.is_some()) != tuple.is_some() {
                return None;
            }
            let items = tuple.unwrap_or(std::slice::from_ref(k));
            let start = atoms.len();
            for (i, &v) in items.iter().enumerate() {
                let a = Atom::of(heap, v)?;
                match kinds.get(i) {
                    Some(&kind) if kind != a.kind() => return None,
                    Some(_) => {}
                    None => kinds.push(a.kind()),
                }
                atoms.push(a);
            }
            rows.push((u32::try_from(start).ok()?, u32::try_from(items.len()).ok()?));
        }
        Some(AtomKeys { atoms, rows })
    }

    fn row(&self, i: usize) -> &[Atom<'a>] {
        let (start, len) = self.rows[i];
        &self.atoms[start as usize..(start + len) as usize]
    }

    fn order(&self, i: usize, j: usize) -> std::cmp::Ordering {
        let (a, b) = (self.row(i), self.row(j));
        for (x, y) in a.iter().zip(b) {
            let o = x.order(*y);
            if o.is_ne() {
                return o;
            }
        }
        a.len().cmp(&b.len())
    }
}

/// Sorts `pairs` by their keys without Python code when [`AtomKeys`] can hold the keys;
/// false (nothing done) otherwise.
fn sort_by_atoms(vm: &Vm, pairs: &mut [(Value, Value)]) -> bool {
    let Some(keys) = AtomKeys::new(&vm.heap, pairs) else { return false };
    let mut order: Vec<usize> = (0..pairs.len()).collect();
    // Stable, like CPython's sort: equal keys keep their order.
    order.sort_by(|&i, &j| keys.order(i, j));
    let sorted: Vec<(Value, Value)> = order.iter().map(|&i| pairs[i]).collect();
    pairs.copy_from_slice(&sorted);
    true
}

/// Key comparison with fast paths for ints, floats, strs and tuples of them.
fn less(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        _ => match vm.fast_compare(a, b, CmpOp::Lt) {
            Some(r) => Ok(r),
            None => vm.lt(a, b),
        },
    }
}

fn merge_sort(vm: &mut Vm, v: &mut [(Value, Value)]) -> PyResult<()> {
    let n = v.len();
    // Binary insertion sort on small runs.
    const RUN: usize = 16;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let x = v[i];
            let (mut lo, mut hi) = (start, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if less(vm, x.0, v[mid].0)? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            v.copy_within(lo..i, lo + 1);
            v[lo] = x;
        }
        start = end;
    }
    let mut width = RUN;
    let mut buf: Vec<(Value, Value)> = Vec::with_capacity(n);
    while width < n {
        let mut lo = 0;
        while lo + width < n {
            let mid = lo + width;
            let hi = (lo + 2 * width).min(n);
            // Already ordered: skip.
            if !less(vm, v[mid].0, v[mid - 1].0)? {
                lo = hi;
                continue;
            }
            buf.clear();
            buf.extend_from_slice(&v[lo..mid]);
            let (mut i, mut j, mut k) = (0, mid, lo);
            while i < buf.len() && j < hi {
                if less(vm, v[j].0, buf[i].0)? {
                    v[k] = v[j];
                    j += 1;
                } else {
                    v[k] = buf[i];
                    i += 1;
                }
                k += 1;
            }
            while i < buf.len() {
                v[k] = buf[i];
                i += 1;
                k += 1;
            }
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
}

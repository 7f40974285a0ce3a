//! The `itertools` module. Every iterator is a lazy `NativeIter`; the module's names are
//! classes (so `itertools.chain.from_iterable` and `repr(itertools.count)` work) whose
//! `__new__` builds the iterator.

mod combinatoric;
mod shared;

use crate::builtins::args;
use crate::builtins::functions::{expect_args, is_int, no_kwargs};
use crate::bytecode::opcode::BinOp;
use crate::error::{PyErr, PyResult};
use crate::value::*;
use crate::vm::Vm;

// ---- argument helpers ----

/// Splits off the class argument `__new__` receives.
fn strip_cls(vm: &Vm, mut a: Args) -> (Option<ObjRef>, Args) {
    if a.pos.is_empty() {
        return (None, a);
    }
    let c = a.pos.remove(0);
    (c.as_obj().filter(|_| vm.is_class(c)), a)
}

/// An iterator whose Python type is `cls` (an itertools class or a subclass).
#[derive(Debug)]
struct Typed {
    inner: Box<dyn NativeIter>,
    cls: ObjRef,
}

impl NativeIter for Typed {
    fn type_name(&self) -> &'static str {
        self.inner.type_name()
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        // Out of the heap while `inner` runs: a collection it allows must still see the class.
        vm.temp_roots.push(Value::Obj(self.cls));
        let base = vm.temp_roots.len() - 1;
        let out = self.inner.next(vm);
        vm.temp_roots.truncate(base);
        out
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(Value::Obj(self.cls));
        self.inner.trace(out);
    }
    fn repr_args(&self) -> Option<Vec<Value>> {
        self.inner.repr_args()
    }
    fn class(&self) -> Option<ObjRef> {
        Some(self.cls)
    }
}

/// Allocates `it`, typed as `cls` when given.
fn typed(vm: &mut Vm, cls: Option<ObjRef>, it: Box<dyn NativeIter>) -> Value {
    match cls {
        Some(cls) => vm.new_native_iter(Box::new(Typed { inner: it, cls })),
        None => vm.new_native_iter(it),
    }
}

fn iter_self(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.pos.first().copied().ok_or_else(|| PyErr::type_error("__iter__ needs an argument"))
}

fn iter_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(&it) = a.pos.first() else { return Err(PyErr::type_error("__next__ needs an argument")) };
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => Err(PyErr::stop_iteration(Value::None)),
    }
}

/// Positional-or-keyword parameters `names` (the first `required` mandatory), with
/// argument-clinic wording.
fn params(name: &str, a: &mut Args, names: &[&str], required: usize) -> PyResult<Vec<Option<Value>>> {
    if a.pos.len() > names.len() {
        let s = if names.len() == 1 { "" } else { "s" };
        return Err(PyErr::type_error(format!(
            "{name}() takes at most {} argument{s} ({} given)",
            names.len(),
            a.pos.len() + a.kw.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, v) in a.pos.iter().enumerate() {
        out[i] = Some(*v);
    }
    for (i, n) in names.iter().enumerate() {
        if let Some(v) = a.take_kw(n) {
            if out[i].is_some() {
                return Err(PyErr::type_error(format!(
                    "argument for {name}() given by name ('{n}') and position ({})",
                    i + 1
                )));
            }
            out[i] = Some(v);
        }
    }
    if let Some((k, _)) = a.kw.first() {
        return Err(PyErr::type_error(format!("{name}() got an unexpected keyword argument '{k}'")));
    }
    for (i, n) in names.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(PyErr::type_error(format!("{name}() missing required argument '{n}' (pos {})", i + 1)));
        }
    }
    Ok(out)
}

/// `name expected N arguments, got M` style (positional-only C functions).
fn exact(name: &str, a: &Args, min: usize, max: usize) -> PyResult<()> {
    no_kwargs(name, a)?;
    expect_args(name, a.pos.len(), min, max)
}

fn is_number(vm: &Vm, v: Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::BigInt(_) | Obj::Complex(..) => true,
            Obj::Instance(_) => {
                let cls = vm.type_of(v);
                ["__index__", "__int__", "__float__", "__complex__", "__add__"]
                    .iter()
                    .any(|n| vm.lookup_mro(cls, n).is_some())
            }
            _ => false,
        },
        Value::None => false,
    }
}

/// A non-negative size argument (`r`, `n`, `repeat`).
fn size_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    vm.index_i64(v).map_err(|e| {
        if vm.err_matches(&e, crate::error::ExcKind::IndexError) {
            PyErr::overflow_error("Python int too large to convert to C ssize_t")
        } else {
            e
        }
    })
}

fn add_one(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    if let (Value::Int(x), Value::Int(y)) = (a, b)
        && let Some(s) = x.checked_add(y)
    {
        return Ok(Value::Int(s));
    }
    vm.binop(a, b, BinOp::Add)
}

// ---- count ----

#[derive(Debug)]
struct Count {
    cur: Value,
    step: Value,
}

impl NativeIter for Count {
    fn type_name(&self) -> &'static str {
        "count"
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let v = self.cur;
        self.cur = add_one(vm, v, self.step)?;
        Ok(Some(v))
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.cur);
        out.push(self.step);
    }
    fn repr_args(&self) -> Option<Vec<Value>> {
        if matches!(self.step, Value::Int(1)) { Some(vec![self.cur]) } else { Some(vec![self.cur, self.step]) }
    }
}

fn count_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (cls, mut a) = strip_cls(vm, a);
    let p = params("count", &mut a, &["start", "step"], 0)?;
    let mut start = p[0].unwrap_or(Value::Int(0));
    let step = p[1].unwrap_or(Value::Int(1));
    if let (Value::Bool(b), Value::Int(1)) = (start, step) {
        start = Value::Int(b as i64);
    }
    if !is_number(vm, start) || !is_number(vm, step) {
        return Err(PyErr::type_error("a number is required"));
    }
    Ok(typed(vm, cls, Box::new(Count { cur: start, step })))
}

// ---- cycle ----

#[derive(Debug)]
struct Cycle {
    it: Option<Value>,
    saved: Vec<Value>,
    idx: usize,
}

impl NativeIter for Cycle {
    fn type_name(&self) -> &'static str {
        "cycle"
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if let Some(it) = self.it {
            // Not opted in to collection (gcsafe.rs): rooting `saved` on every item would
            // make the first pass quadratic.
            if let Some(v) = vm.next(it)? {
                self.saved.push(v);
                return Ok(Some(v));
            }
            self.it = None;
        }
        if self.saved.is_empty() {
            return Ok(None);
        }
        let v = self.saved[self.idx];
        self.idx = (self.idx + 1) % self.saved.len();
        Ok(Some(v))
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.extend(self.it);
        out.extend_from_slice(&self.saved);
    }
}

fn cycle_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (cls, a) = strip_cls(vm, a);
    exact("cycle", &a, 1, 1)?;
    let it = vm.iter(a.pos[0])?;
    Ok(typed(vm, cls, Box::new(Cycle { it: Some(it), saved: Vec::new(), idx: 0 })))
}

// ---- repeat ----

#[derive(Debug)]
struct Repeat {
    obj: Value,
    /// Remaining count; `None` repeats forever.
    left: Option<i64>,
}

impl NativeIter for Repeat {
    fn type_name(&self) -> &'static str {
        "repeat"
    }
    fn next(&mut self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        match &mut self.left {
            None => Ok(Some(self.obj)),
            Some(0) => Ok(None),
            Some(n) => {
                *n -= 1;
                Ok(Some(self.obj))
            }
        }
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.obj);
    }
    fn repr_args(&self) -> Option<Vec<Value>> {
        match self.left {
            None => Some(vec![self.obj]),
            Some(n) => Some(vec![self.obj, Value::Int(n)]),
        }
    }
}

fn repeat_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (cls, mut a) = strip_cls(vm, a);
    let p = params("repeat", &mut a, &["object", "times"], 1)?;
    let left = match p[1] {
        Some(t) => Some(size_arg(vm, t)?.max(0)),
        None => None,
    };
    Ok(typed(vm, cls, Box::new(Repeat { obj: p[0].unwrap_or(Value::None), left })))
}

// ---- accumulate ----

#[derive(Debug)]
struct Accumulate {
    it: Value,
    func: Option<Value>,
    total: Option<Value>,
    initial: Option<Value>,
}

impl NativeIter for Accumulate {
    fn type_name(&self) -> &'static str {
        "accumulate"
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if let Some(init) = self.initial.take() {
            self.total = Some(init);
            return Ok(Some(init));
        }
        let held = [self.func.unwrap_or(Value::None), self.total.unwrap_or(Value::None)];
        let Some(v) = vm.next_for_native(self.it, &held)? else { return Ok(None) };
        let t = match self.total {
            None => v,
            Some(t) => match self.func {
                None => add_one(vm, t, v)?,
                Some(f) => vm.call_for_native(f, vec![t, v], &[self.it, f])?,
            },
        };
        self.total = Some(t);
        Ok(Some(t))
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.it);
        out.extend(self.func);
        out.extend(self.total);
        out.extend(self.initial);
    }
}

fn accumulate_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (cls, mut a) = strip_cls(vm, a);
    if a.pos.len() + a.kw.len() > 3 {
        return Err(PyErr::type_error(format!(
            "accumulate() takes at most 3 arguments ({} given)",
            a.pos.len() + a.kw.len()
        )));
    }
    let p = params("accumulate", &mut a, &["iterable", "func", "initial"], 1)?;
    if a.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "accumulate() takes at most 2 positional arguments ({} given)",
            a.pos.len()
        )));
    }
    let it = vm.iter(p[0].unwrap_or(Value::None))?;
    let func = p[1].filter(|f| !f.is_none());
    let initial = p[2].filter(|f| !f.is_none());
    Ok(typed(vm, cls, Box::new(Accumulate { it, func, total: None, initial })))
}

// ---- batched ----

#[derive(Debug)]
struct Batched {
    it: Option<Value>,
    n: usize,
    strict: bool,
}

impl NativeIter for Batched {
    fn type_name(&self) -> &'static str {
        "batched"
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(it) = self.it else { return Ok(None) };
        let items = vm.take_for_native(it, self.n, &[])?;
        if items.len() < self.n {
            self.it = None;
        }
        if items.is_empty() {
            return Ok(None);
        }
        if self.strict && items.len() < self.n {
            return Err(PyErr::value_error("batched(): incomplete batch"));
        }
        Ok(Some(vm.new_tuple(items)))
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.extend(self.it);
    }
}

fn batched_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (cls, mut a) = strip_cls(vm, a);
    let strict = match a.take_kw("strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let p = params("batched", &mut a, &["iterable", "n"], 2)?;
    let n = size_arg(vm, p[1].unwrap_or(Value::None))?;
    if n < 1 {
        return Err(PyErr::value_error("n must be at least one"));
    }
    let it = vm.iter(p[0].unwrap_or(Value::None))?;
    Ok(typed(vm, cls, Box::new(Batched { it: Some(it), n: n as usize, strict })))
}

// ---- chain ----

#[derive(Debug)]
struct Chain {
    /// Iterator over the iterables.
    source: Option<Value>,
    active: Option<Value>,
}

impl NativeIter for Chain {
    fn type_name(&self) -> &'static str {
        "chain"
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        loop {
            if let Some(a) = self.active {
                if let Some(v) = vm.next_for_native(a, &[self.source.unwrap_or(Value::None)])? {
                    return Ok(Some(v));
                }
                self.active = None;
            }
            let Some(src) = self.source else { return Ok(None) };
            match vm.next_for_native(src, &[])? {
                Some(iterable) => self.active = Some(vm.iter(iterable)?),
                None => {
                    self.source = None;
                    return Ok(None);
                }
            }
        }
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.extend(self.source);
        out.extend(self.active);
    }
}

fn chain_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (cls, mut a) = strip_cls(vm, a);
    no_kwargs("chain", &a)?;
    let t = vm.new_tuple(std::mem::take(&mut a.pos));
    let source = vm.iter(t)?;
    Ok(typed(vm, cls, Box::new(Chain { source: Some(source), active: None })))
}

fn chain_from_iterable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    // Class method: pos[0] is the class.
    let (cls, a) = strip_cls(vm, a);
    args::check("from_iterable", &a, 1, 1)?;
    let source = vm.iter(a.pos[0])?;
    Ok(typed(vm, cls, Box::new(Chain { source: Some(source), active: None })))
}

// ---- compress ----

#[derive(Debug)]
struct Compress {
    data: Value,
    sel: Value,
}

impl NativeIter for Compress {
    fn type_name(&self) -> &'static str {
        "compress"
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        loop {
            let Some(d) = vm.next_for_native(self.data, &[self.sel])? else { return Ok(None) };
            let Some(s) = vm.next_for_native(self.sel, &[self.data, d])? else { return Ok(None) };
            if vm.truthy(s)? {
                return Ok(Some(d));
            }
        }
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.data);
        out.push(self.sel);
    }
}

fn compress_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (cls, mut a) = strip_cls(vm, a);
    let p = params("compress", &mut a, &["data", "selectors"], 2)?;
    let data = vm.iter(p[0].unwrap_or(Value::None))?;
    let sel = vm.iter(p[1].unwrap_or(Value::None))?;
    Ok(typed(vm, cls, Box::new(Compress { data, sel })))
}

// ---- dropwhile / takewhile / filterfalse ----

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PredKind {
    DropWhile,
    TakeWhile,
    FilterFalse,
}

#[derive(Debug)]
struct Pred {
    kind: PredKind,
    pred: Value,
    it: Value,
    /// dropwhile: done dropping; takewhile: stopped.
    flag: bool,
}

impl NativeIter for Pred {
    fn type_name(&self) -> &'static str {
        match self.kind {
            PredKind::DropWhile => "dropwhile",
            PredKind::TakeWhile => "takewhile",
            PredKind::FilterFalse => "filterfalse",
        }
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        match self.kind {
            PredKind::DropWhile => loop {
                let Some(v) = vm.next_for_native(self.it, &[self.pred])? else { return Ok(None) };
                if self.flag {
                    return Ok(Some(v));
                }
                let r = vm.call_for_native(self.pred, vec![v], &[self.pred, self.it, v])?;
                if !vm.truthy(r)? {
                    self.flag = true;
                    return Ok(Some(v));
                }
            },
            PredKind::TakeWhile => {
                if self.flag {
                    return Ok(None);
                }
                let Some(v) = vm.next_for_native(self.it, &[self.pred])? else { return Ok(None) };
                let r = vm.call_for_native(self.pred, vec![v], &[self.pred, self.it, v])?;
                if vm.truthy(r)? {
                    return Ok(Some(v));
                }
                self.flag = true;
                Ok(None)
            }
            PredKind::FilterFalse => loop {
                let Some(v) = vm.next_for_native(self.it, &[self.pred])? else { return Ok(None) };
                let keep = if self.pred.is_none() || self.pred.is(Value::Obj(vm.types.bool_)) {
                    !vm.truthy(v)?
                } else {
                    let r = vm.call_for_native(self.pred, vec![v], &[self.pred, self.it, v])?;
                    !vm.truthy(r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            },
        }
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.pred);
        out.push(self.it);
    }
}

fn pred_new(vm: &mut Vm, a: Args, kind: PredKind, name: &str) -> PyResult<Value> {
    let (cls, a) = strip_cls(vm, a);
    exact(name, &a, 2, 2)?;
    let it = vm.iter(a.pos[1])?;
    Ok(typed(vm, cls, Box::new(Pred { kind, pred: a.pos[0], it, flag: false })))
}

fn dropwhile_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred_new(vm, a, PredKind::DropWhile, "dropwhile")
}

fn takewhile_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred_new(vm, a, PredKind::TakeWhile, "takewhile")
}

fn filterfalse_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred_new(vm, a, PredKind::FilterFalse, "filterfalse")
}

// ---- islice ----

#[derive(Debug)]
struct ISlice {
    it: Option<Value>,
    next: i64,
    /// -1: no stop.
    stop: i64,
    step: i64,
    cnt: i64,
}

impl NativeIter for ISlice {
    fn type_name(&self) -> &'static str {
        "islice"
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(it) = self.it else { return Ok(None) };
        while self.cnt < self.next {
            if vm.next_for_native(it, &[])?.is_none() {
                self.it = None;
                return Ok(None);
            }
            self.cnt += 1;
        }
        if self.stop != -1 && self.cnt >= self.stop {
            self.it = None;
            return Ok(None);
        }
        let Some(v) = vm.next_for_native(it, &[])? else {
            self.it = None;
            return Ok(None);
        };
        self.cnt += 1;
        let old = self.next;
        self.next = self.next.saturating_add(self.step);
        if self.next < old || (self.stop != -1 && self.next > self.stop) {
            self.next = self.stop;
        }
        Ok(Some(v))
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.extend(self.it);
    }
}

fn islice_index(vm: &mut Vm, v: Value, msg: &str) -> PyResult<i64> {
    if v.is_none() {
        return Ok(-1);
    }
    let bad = || PyErr::value_error(msg.to_string());
    if !is_int(vm, v) && !matches!(v, Value::Obj(_)) {
        return Err(bad());
    }
    match vm.index_i64(v) {
        Ok(i) if i >= 0 => Ok(i),
        Ok(_) => Err(bad()),
        Err(_) => Err(bad()),
    }
}

fn islice_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (cls, a) = strip_cls(vm, a);
    exact("islice", &a, 2, 4)?;
    const IDX: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const STOP: &str = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (start, stop, step) = if a.pos.len() == 2 {
        (0, islice_index(vm, a.pos[1], STOP)?, 1)
    } else {
        let start = islice_index(vm, a.pos[1], IDX)?;
        let stop = islice_index(vm, a.pos[2], IDX)?;
        let step = match a.pos.get(3) {
            Some(&s) if !s.is_none() => match vm.index_i64(s) {
                Ok(i) if i >= 1 => i,
                _ => return Err(PyErr::value_error("Step for islice() must be a positive integer or None.")),
            },
            _ => 1,
        };
        (start.max(0), stop, step)
    };
    let it = vm.iter(a.pos[0])?;
    Ok(typed(vm, cls, Box::new(ISlice { it: Some(it), next: start, stop, step, cnt: 0 })))
}

// ---- pairwise ----

#[derive(Debug)]
struct Pairwise {
    it: Option<Value>,
    old: Option<Value>,
}

impl NativeIter for Pairwise {
    fn type_name(&self) -> &'static str {
        "pairwise"
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(it) = self.it else { return Ok(None) };
        let old = match self.old {
            Some(o) => o,
            None => match vm.next_for_native(it, &[])? {
                Some(o) => {
                    self.old = Some(o);
                    o
                }
                None => {
                    self.it = None;
                    return Ok(None);
                }
            },
        };
        let Some(new) = vm.next_for_native(it, &[old])? else {
            self.it = None;
            self.old = None;
            return Ok(None);
        };
        self.old = Some(new);
        Ok(Some(vm.new_tuple(vec![old, new])))
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.extend(self.it);
        out.extend(self.old);
    }
}

fn pairwise_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (cls, a) = strip_cls(vm, a);
    exact("pairwise", &a, 1, 1)?;
    let it = vm.iter(a.pos[0])?;
    Ok(typed(vm, cls, Box::new(Pairwise { it: Some(it), old: None })))
}

// ---- starmap ----

#[derive(Debug)]
struct Starmap {
    func: Value,
    it: Value,
}

impl NativeIter for Starmap {
    fn type_name(&self) -> &'static str {
        "starmap"
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(v) = vm.next_for_native(self.it, &[self.func])? else { return Ok(None) };
        let items = vm.collect_for_native(v, &[self.func, self.it])?;
        vm.call_for_native(self.func, items, &[self.func, self.it]).map(Some)
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.func);
        out.push(self.it);
    }
}

fn starmap_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (cls, a) = strip_cls(vm, a);
    exact("starmap", &a, 2, 2)?;
    let it = vm.iter(a.pos[1])?;
    Ok(typed(vm, cls, Box::new(Starmap { func: a.pos[0], it })))
}

// ---- zip_longest ----

#[derive(Debug)]
struct ZipLongest {
    iters: Vec<Option<Value>>,
    active: usize,
    fill: Value,
}

impl NativeIter for ZipLongest {
    fn type_name(&self) -> &'static str {
        "zip_longest"
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.iters.is_empty() || self.active == 0 {
            return Ok(None);
        }
        let held: Vec<Value> = self.iters.iter().flatten().copied().chain([self.fill]).collect();
        let items = vm.gc_safe_step(&held, |vm| -> PyResult<Option<Vec<Value>>> {
            // The items so far sit on the root stack until the tuple is built.
            let base = vm.temp_roots.len();
            for i in 0..self.iters.len() {
                let v = match self.iters[i] {
                    None => self.fill,
                    Some(it) => match vm.next(it)? {
                        Some(v) => v,
                        None => {
                            self.iters[i] = None;
                            self.active -= 1;
                            if self.active == 0 {
                                return Ok(None);
                            }
                            self.fill
                        }
                    },
                };
                vm.temp_roots.push(v);
            }
            Ok(Some(vm.temp_roots.split_off(base)))
        })?;
        Ok(items.map(|items| vm.new_tuple(items)))
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.extend(self.iters.iter().flatten());
        out.push(self.fill);
    }
}

fn zip_longest_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (cls, mut a) = strip_cls(vm, a);
    let fill = a.take_kw("fillvalue").unwrap_or(Value::None);
    if !a.kw.is_empty() {
        return Err(PyErr::type_error("zip_longest() got an unexpected keyword argument"));
    }
    let mut iters = Vec::with_capacity(a.pos.len());
    for &v in &a.pos {
        iters.push(Some(vm.iter(v)?));
    }
    let active = iters.len();
    Ok(typed(vm, cls, Box::new(ZipLongest { iters, active, fill })))
}

// ---- module ----

fn class_with_new(vm: &mut Vm, m: ObjRef, name: &'static str, new: NativeFn) -> ObjRef {
    let cls = crate::modules::operator::native_class(vm, name, "itertools");
    vm.add_method(cls, "__new__", new, NativeKind::StaticMethod);
    vm.add_method(cls, "__iter__", iter_self, NativeKind::Method);
    vm.add_method(cls, "__next__", iter_next, NativeKind::Method);
    vm.module_set(m, name, Value::Obj(cls));
    cls
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("itertools");
    let classes: &[(&'static str, NativeFn)] = &[
        ("count", count_new),
        ("cycle", cycle_new),
        ("repeat", repeat_new),
        ("accumulate", accumulate_new),
        ("batched", batched_new),
        ("compress", compress_new),
        ("dropwhile", dropwhile_new),
        ("takewhile", takewhile_new),
        ("filterfalse", filterfalse_new),
        ("islice", islice_new),
        ("pairwise", pairwise_new),
        ("starmap", starmap_new),
        ("zip_longest", zip_longest_new),
        ("groupby", shared::groupby_new),
        ("product", combinatoric::product_new),
        ("permutations", combinatoric::permutations_new),
        ("combinations", combinatoric::combinations_new),
        ("combinations_with_replacement", combinatoric::cwr_new),
    ];
    for &(name, f) in classes {
        class_with_new(vm, m, name, f);
    }
    let chain = class_with_new(vm, m, "chain", chain_new);
    let fi = vm.new_bound_native("from_iterable", chain_from_iterable, Value::Obj(chain));
    vm.class_set_attr(chain, "from_iterable", fi);
    vm.module_add_fn(m, "tee", shared::tee);
    let (grouper, tee) = (vm.types.itertools_grouper, vm.types.itertools_tee);
    vm.module_set(m, "_grouper", Value::Obj(grouper));
    vm.module_set(m, "_tee", Value::Obj(tee));
    Ok(m)
}

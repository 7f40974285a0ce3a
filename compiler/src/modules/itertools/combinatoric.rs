//! `product`, `permutations`, `combinations` and `combinations_with_replacement`, in
//! CPython's output order.

use super::{params, size_arg, strip_cls};
use crate::error::{PyErr, PyResult};
use crate::value::*;
use crate::vm::Vm;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Product,
    Permutations,
    Combinations,
    Cwr,
}

#[derive(Debug)]
struct Combinatoric {
    kind: Kind,
    /// product: one pool per position; the others: a single pool.
    pools: Vec<Vec<Value>>,
    indices: Vec<usize>,
    cycles: Vec<usize>,
    r: usize,
    started: bool,
    done: bool,
}

impl Combinatoric {
    fn pool(&self) -> &[Value] {
        &self.pools[0]
    }

    fn current(&self) -> Vec<Value> {
        match self.kind {
            Kind::Product => self.indices.iter().enumerate().map(|(i, &j)| self.pools[i][j]).collect(),
            _ => self.indices[..self.r].iter().map(|&j| self.pool()[j]).collect(),
        }
    }

    /// Advances `indices` to the next tuple; false when exhausted.
    fn advance(&mut self) -> bool {
        match self.kind {
            Kind::Product => {
                for i in (0..self.indices.len()).rev() {
                    self.indices[i] += 1;
                    if self.indices[i] < self.pools[i].len() {
                        return true;
                    }
                    self.indices[i] = 0;
                }
                false
            }
            Kind::Permutations => {
                let n = self.pool().len();
                if n == 0 {
                    return false;
                }
                for i in (0..self.r).rev() {
                    self.cycles[i] -= 1;
                    if self.cycles[i] == 0 {
                        let x = self.indices.remove(i);
                        self.indices.push(x);
                        self.cycles[i] = n - i;
                    } else {
                        let j = self.cycles[i];
                        let len = self.indices.len();
                        self.indices.swap(i, len - j);
                        return true;
                    }
                }
                false
            }
            Kind::Combinations => {
                let n = self.pool().len();
                let r = self.r;
                let Some(i) = (0..r).rev().find(|&i| self.indices[i] != i + n - r) else { return false };
                self.indices[i] += 1;
                for j in i + 1..r {
                    self.indices[j] = self.indices[j - 1] + 1;
                }
                true
            }
            Kind::Cwr => {
                let n = self.pool().len();
                let Some(i) = (0..self.r).rev().find(|&i| self.indices[i] != n - 1) else { return false };
                let v = self.indices[i] + 1;
                for x in &mut self.indices[i..] {
                    *x = v;
                }
                true
            }
        }
    }
}

impl NativeIter for Combinatoric {
    fn type_name(&self) -> &'static str {
        match self.kind {
            Kind::Product => "product",
            Kind::Permutations => "permutations",
            Kind::Combinations => "combinations",
            Kind::Cwr => "combinations_with_replacement",
        }
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        if self.started {
            if !self.advance() {
                self.done = true;
                return Ok(None);
            }
        } else {
            self.started = true;
        }
        let items = self.current();
        Ok(Some(vm.new_tuple(items)))
    }
    fn trace(&self, out: &mut Vec<Value>) {
        for p in &self.pools {
            out.extend_from_slice(p);
        }
    }
}

fn make(vm: &mut Vm, cls: Option<ObjRef>, kind: Kind, pools: Vec<Vec<Value>>, r: usize) -> Value {
    let n = pools.first().map_or(0, |p| p.len());
    let (indices, cycles, done) = match kind {
        Kind::Product => (vec![0; pools.len()], Vec::new(), pools.iter().any(|p| p.is_empty())),
        Kind::Permutations => ((0..n).collect(), (0..r).map(|i| n - i).collect(), r > n),
        Kind::Combinations => ((0..r).collect(), Vec::new(), r > n),
        Kind::Cwr => (vec![0; r], Vec::new(), n == 0 && r > 0),
    };
    super::typed(vm, cls, Box::new(Combinatoric { kind, pools, indices, cycles, r, started: false, done }))
}

pub(super) fn product_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (cls, mut a) = strip_cls(vm, a);
    let repeat = match a.take_kw("repeat") {
        Some(v) => size_arg(vm, v)?,
        None => 1,
    };
    if let Some((k, _)) = a.kw.first() {
        return Err(PyErr::type_error(format!("product() got an unexpected keyword argument '{k}'")));
    }
    if repeat < 0 {
        return Err(PyErr::value_error("repeat argument cannot be negative"));
    }
    let mut base = Vec::with_capacity(a.pos.len());
    for &v in &a.pos {
        base.push(vm.collect(v)?);
    }
    let mut pools = Vec::with_capacity(base.len() * repeat as usize);
    for _ in 0..repeat {
        pools.extend(base.iter().cloned());
    }
    Ok(make(vm, cls, Kind::Product, pools, 0))
}

fn r_arg(vm: &mut Vm, v: Value) -> PyResult<usize> {
    let r = size_arg(vm, v)?;
    if r < 0 {
        return Err(PyErr::value_error("r must be non-negative"));
    }
    Ok(r as usize)
}

pub(super) fn permutations_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (cls, mut a) = strip_cls(vm, a);
    let p = params("permutations", &mut a, &["iterable", "r"], 1)?;
    let pool = vm.collect(p[0].unwrap_or(Value::None))?;
    let r = match p[1] {
        Some(v) if !v.is_none() => r_arg(vm, v)?,
        _ => pool.len(),
    };
    Ok(make(vm, cls, Kind::Permutations, vec![pool], r))
}

pub(super) fn combinations_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (cls, mut a) = strip_cls(vm, a);
    let p = params("combinations", &mut a, &["iterable", "r"], 2)?;
    let pool = vm.collect(p[0].unwrap_or(Value::None))?;
    let r = r_arg(vm, p[1].unwrap_or(Value::None))?;
    Ok(make(vm, cls, Kind::Combinations, vec![pool], r))
}

pub(super) fn cwr_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (cls, mut a) = strip_cls(vm, a);
    let p = params("combinations_with_replacement", &mut a, &["iterable", "r"], 2)?;
    let pool = vm.collect(p[0].unwrap_or(Value::None))?;
    let r = r_arg(vm, p[1].unwrap_or(Value::None))?;
    Ok(make(vm, cls, Kind::Cwr, vec![pool], r))
}

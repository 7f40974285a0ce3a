//! Iterators that share state between several Python objects: `groupby` with its group
//! iterators, and `tee`.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use super::{params, size_arg, strip_cls, typed};
use crate::builtins::functions::expect_args;
use crate::error::{PyErr, PyResult};
use crate::value::*;
use crate::vm::Vm;

// ---- groupby ----

#[derive(Debug, Default)]
struct GroupState {
    it: Option<Value>,
    key: Option<Value>,
    tgtkey: Option<Value>,
    currkey: Option<Value>,
    currvalue: Option<Value>,
    /// Id of the group iterator that may still yield (0: none).
    current: u64,
    next_id: u64,
}

impl GroupState {
    fn trace(&self, out: &mut Vec<Value>) {
        out.extend(self.it);
        out.extend(self.key);
        out.extend(self.tgtkey);
        out.extend(self.currkey);
        out.extend(self.currvalue);
    }
}

/// Fetches the next value and its key; `Ok(false)` at the end of the input.
fn group_step(vm: &mut Vm, st: &Rc<RefCell<GroupState>>) -> PyResult<bool> {
    let (it, key) = {
        let s = st.borrow();
        (s.it, s.key)
    };
    let Some(it) = it else { return Ok(false) };
    let Some(v) = vm.next(it)? else { return Ok(false) };
    let k = match key {
        Some(f) => vm.call_pos(f, vec![v])?,
        None => v,
    };
    let mut s = st.borrow_mut();
    s.currvalue = Some(v);
    s.currkey = Some(k);
    Ok(true)
}

#[derive(Debug)]
struct GroupBy {
    st: Rc<RefCell<GroupState>>,
}

impl NativeIter for GroupBy {
    fn type_name(&self) -> &'static str {
        "groupby"
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        self.st.borrow_mut().current = 0;
        loop {
            let (tgt, cur) = {
                let s = self.st.borrow();
                (s.tgtkey, s.currkey)
            };
            match (tgt, cur) {
                (_, None) => {}
                (None, Some(_)) => break,
                (Some(t), Some(c)) => {
                    if !vm.eq(t, c)? {
                        break;
                    }
                }
            }
            if !group_step(vm, &self.st)? {
                return Ok(None);
            }
        }
        let (key, id) = {
            let mut s = self.st.borrow_mut();
            s.tgtkey = s.currkey;
            s.next_id += 1;
            s.current = s.next_id;
            (s.currkey.unwrap_or(Value::None), s.next_id)
        };
        let g = vm.new_native_iter(Box::new(Grouper { st: self.st.clone(), id, tgtkey: key }));
        Ok(Some(vm.new_tuple(vec![key, g])))
    }
    fn trace(&self, out: &mut Vec<Value>) {
        self.st.borrow().trace(out);
    }
}

#[derive(Debug)]
struct Grouper {
    st: Rc<RefCell<GroupState>>,
    id: u64,
    tgtkey: Value,
}

impl NativeIter for Grouper {
    fn type_name(&self) -> &'static str {
        "_grouper"
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.st.borrow().current != self.id {
            return Ok(None);
        }
        let need_step = self.st.borrow().currvalue.is_none();
        if need_step && !group_step(vm, &self.st)? {
            return Ok(None);
        }
        let cur = self.st.borrow().currkey.unwrap_or(Value::None);
        if !vm.eq(self.tgtkey, cur)? {
            return Ok(None);
        }
        Ok(self.st.borrow_mut().currvalue.take())
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.tgtkey);
        self.st.borrow().trace(out);
    }
}

pub(super) fn groupby_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (cls, mut a) = strip_cls(vm, a);
    let p = params("groupby", &mut a, &["iterable", "key"], 1)?;
    let it = vm.iter(p[0].unwrap_or(Value::None))?;
    let st = GroupState { it: Some(it), key: p[1].filter(|k| !k.is_none()), ..Default::default() };
    Ok(typed(vm, cls, Box::new(GroupBy { st: Rc::new(RefCell::new(st)) })))
}

// ---- tee ----

#[derive(Debug)]
struct TeeShared {
    it: Option<Value>,
    buf: VecDeque<Value>,
    /// Absolute index of `buf[0]`.
    base: usize,
    /// Next absolute index of each tee.
    pos: Vec<usize>,
}

#[derive(Debug)]
struct Tee {
    sh: Rc<RefCell<TeeShared>>,
    id: usize,
}

impl NativeIter for Tee {
    fn type_name(&self) -> &'static str {
        "_tee"
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let (pos, base, len, it) = {
            let s = self.sh.borrow();
            (s.pos[self.id], s.base, s.buf.len(), s.it)
        };
        let v = if pos - base < len {
            self.sh.borrow().buf[pos - base]
        } else {
            let Some(it) = it else { return Ok(None) };
            match vm.next(it)? {
                Some(v) => {
                    self.sh.borrow_mut().buf.push_back(v);
                    v
                }
                None => {
                    self.sh.borrow_mut().it = None;
                    return Ok(None);
                }
            }
        };
        let mut s = self.sh.borrow_mut();
        s.pos[self.id] = pos + 1;
        let min = s.pos.iter().copied().min().unwrap_or(0);
        while s.base < min {
            s.buf.pop_front();
            s.base += 1;
        }
        Ok(Some(v))
    }
    fn trace(&self, out: &mut Vec<Value>) {
        let s = self.sh.borrow();
        out.extend(s.it);
        out.extend(s.buf.iter().copied());
    }
}

pub(super) fn tee(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::builtins::functions::no_kwargs("tee", &a)?;
    expect_args("tee", a.pos.len(), 1, 2)?;
    let n = match a.pos.get(1) {
        Some(&v) => size_arg(vm, v)?,
        None => 2,
    };
    if n < 0 {
        return Err(PyErr::value_error("n must be >= 0"));
    }
    let it = vm.iter(a.pos[0])?;
    let n = n as usize;
    let sh = Rc::new(RefCell::new(TeeShared { it: Some(it), buf: VecDeque::new(), base: 0, pos: vec![0; n] }));
    let mut out = Vec::with_capacity(n);
    for id in 0..n {
        out.push(vm.new_native_iter(Box::new(Tee { sh: sh.clone(), id })));
    }
    Ok(vm.new_tuple(out))
}

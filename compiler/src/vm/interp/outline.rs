//! Bodies of `dispatch`'s instructions whose own work (an allocation, formatting, a copy)
//! dwarfs a call, or that few loops run (slices, names of class and module bodies, closure
//! cells, comprehension stores): `dispatch` keeps only the arm that calls them.
//!
//! Why: V8 compiles `dispatch` with its optimising compiler (TurboFan) while the program
//! runs its baseline code, and that compile's time grows faster than the function: each
//! body here made it slower to compile and later to tier up, and none runs faster inline.
//! Natively the compiler inlines them (the native loop keeps its speed that way).

use std::cell::Cell;

use super::super::Vm;
use super::super::call::Exit;
use super::UNPACKED_FIELDS_MAX;
use crate::bytecode::{AttrCache, Code, Op};
use crate::error::PyResult;
use crate::value::*;

impl Vm {
    /// `BuildTuple(n)` / `BuildList(n)`: the top `n` values become a tuple or list.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub(super) fn build_seq(&mut self, n: usize, list: bool) -> Value {
        let start = self.frame.regs.len() - n;
        let items = self.frame.regs[start..].to_vec();
        self.frame.regs.truncate(start);
        if list { self.new_list(items) } else { self.new_tuple(items) }
    }

    /// `BuildString(n)`: the top `n` strings joined.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub(super) fn build_string(&mut self, n: usize) -> Value {
        // One exact allocation for the result (an f-string joins several pieces; growing a
        // String reallocated for each), and no copy of the pieces' list.
        let start = self.frame.regs.len() - n;
        let pieces = &self.frame.regs[start..];
        let len: usize = pieces.iter().map(|&it| self.heap.str_of(it).map_or(0, str::len)).sum();
        let mut s = String::with_capacity(len);
        for &it in pieces {
            s.push_str(self.heap.str_of(it).unwrap_or(""));
        }
        self.frame.regs.truncate(start);
        self.new_str(s)
    }

    /// `FormatValue(flags)`: the value (under the spec, when flag 4 says one is on top)
    /// converted by `str`/`repr`/`ascii` (flags & 3) and formatted; None when that takes a
    /// Python `__repr__`/`__str__`, which became the current frame instead (textcall.rs).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub(super) fn format_value(&mut self, flags: u32) -> PyResult<Option<Value>> {
        if flags < 3
            && let Some(&Value::Obj(r)) = self.frame.regs.last()
            && matches!(self.heap.get(r), Obj::Instance(_))
            && self.format_value_in_loop(flags)?
        {
            return Ok(None);
        }
        let spec = if flags & 4 != 0 { self.frame.regs.pop() } else { None };
        let v = self.frame.regs.pop().unwrap_or(Value::None);
        let v = match flags & 3 {
            1 => self.to_str_value(v)?,
            2 => {
                let s = self.repr(v)?;
                self.new_str(s)
            }
            3 => {
                let s = self.repr(v)?;
                let s = crate::format::repr::ascii_escape(&s);
                self.new_str(s)
            }
            _ => v,
        };
        // The spec is copied out of the heap only when there is one (`format` needs the VM).
        let spec = match spec.and_then(|s| self.heap.str_of(s)) {
            Some(s) if !s.is_empty() => s.to_string(),
            _ if self.heap.str_of(v).is_some() => return Ok(Some(v)),
            _ => String::new(),
        };
        let s = self.format(v, &spec)?;
        Ok(Some(self.new_str(s)))
    }

    /// `BinarySlice(n)` / `BinarySliceTemp(n)`: `obj[start:stop(:step)]` replaces its operands.
    /// A temporary list (`temp`, see bytecode/fuse.rs) may take `spare_items`' buffer; it is
    /// returned, for the `StoreSlice` ahead.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub(super) fn binary_slice(
        &mut self,
        n: u32,
        temp: bool,
        spare_items: &mut Vec<Value>,
    ) -> PyResult<Option<ObjRef>> {
        let step = if n == 3 { self.pop_value() } else { Value::None };
        let stop = self.pop_value();
        let start = self.pop_value();
        let obj = self.pop_value();
        let bounds = [start, stop, step];
        let made = if temp { self.list_slice_into(obj, bounds, spare_items)? } else { None };
        let v = match made {
            Some(v) => v,
            None => self.get_slice(obj, bounds)?,
        };
        self.frame.regs.push(v);
        Ok(made.and_then(Value::as_obj))
    }

    /// `StoreSlice(n)`: `obj[start:stop(:step)] = v`. When `v` is `slice_temp`, the list the
    /// `BinarySliceTemp` before made, and the store copied it, it is freed, its buffer kept in
    /// `spare_items`.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub(super) fn store_slice(
        &mut self,
        n: u32,
        slice_temp: Option<ObjRef>,
        spare_items: &mut Vec<Value>,
    ) -> PyResult<()> {
        let step = if n == 3 { self.pop_value() } else { Value::None };
        let stop = self.pop_value();
        let start = self.pop_value();
        let obj = self.pop_value();
        let v = self.pop_value();
        let temp = slice_temp.filter(|&t| v.as_obj() == Some(t));
        let copied = self.set_slice(obj, [start, stop, step], v)?;
        if let (Some(t), true) = (temp, copied) {
            if let Obj::List(items) = self.heap.get_mut(t) {
                *spare_items = std::mem::take(items);
            }
            self.heap.free_unreachable(t);
        }
        Ok(())
    }

    /// `LoadName(i)`: the name from the class or module body's namespace, else the globals
    /// and builtins. Module-level code whose namespace is its globals goes through the
    /// `LoadGlobal` cache.
    #[cfg_attr(edge_speed, optimize(speed))]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub(super) fn load_name(&mut self, code: &Code, i: u32) -> PyResult<Value> {
        let key = code.names[i as usize];
        let g = self.frame.globals;
        let ns = self.frame.namespace.unwrap_or(g);
        if ns == g
            && let Some(site) = code.global_cache.get(i as usize)
        {
            if let Some(v) = self.cached_global(site, g, || key) {
                return Ok(v);
            }
            let v = self.load_global(key)?;
            self.fill_global_cache(site, g, key);
            return Ok(v);
        }
        match self.namespace_get(ns, key)? {
            Some(v) => Ok(v),
            None => self.load_global(key),
        }
    }

    /// `StoreName(i)`: into the class or module body's namespace; module-level code writes its
    /// globals through `StoreGlobal`'s cache.
    #[cfg_attr(edge_speed, optimize(speed))]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub(super) fn store_name(&mut self, code: &Code, i: u32, v: Value) -> PyResult<()> {
        let key = code.names[i as usize];
        let g = self.frame.globals;
        let ns = self.frame.namespace.unwrap_or(g);
        if ns == g
            && let Some(site) = code.global_cache.get(i as usize)
        {
            if !self.cached_global_store(site, g, key, v) {
                self.namespace_set(ns, key, v)?;
                self.fill_global_cache(site, g, key);
            }
            return Ok(());
        }
        self.namespace_set(ns, key, v)
    }

    /// `StoreDeref(i)`: the top of the stack into cell `i` of the frame.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub(super) fn store_deref(&mut self, code: &Code, i: u32) {
        let v = self.pop_value();
        let cell = self.frame.regs[code.varnames.len() + i as usize];
        if let Value::Obj(c) = cell
            && let Obj::Cell(slot) = self.heap.get_mut(c)
        {
            *slot = Some(v);
        }
    }

    /// `MapAdd(d)`: a dict comprehension's key and value into the dict `d` deep in the stack.
    #[cfg_attr(edge_speed, optimize(speed))]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub(super) fn map_add(&mut self, d: u32) -> PyResult<()> {
        let v = self.pop_value();
        let k = self.pop_value();
        let n = self.frame.regs.len();
        let m = self.frame.regs[n - d as usize];
        if super::super::items::fast_dict_store(&mut self.heap, m, k, v) {
            return Ok(());
        }
        self.dict_set(m, k, v)
    }

    /// `SetAdd(d)`: a set comprehension's item into the set `d` deep in the stack.
    #[cfg_attr(edge_speed, optimize(speed))]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub(super) fn set_add_top(&mut self, d: u32) -> PyResult<()> {
        let v = self.pop_value();
        let n = self.frame.regs.len();
        let s = self.frame.regs[n - d as usize];
        self.set_add(s, v)
    }

    /// `-v`: None when a Python `__neg__` became the current frame.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub(super) fn neg_in_loop(&mut self, v: Value) -> PyResult<Option<Value>> {
        match v {
            Value::Int(_) | Value::Float(_) => self.unary_neg(v).map(Some),
            _ => self.unary_in_loop(v, "__neg__"),
        }
    }

    /// `GetIter` at the saved pc: the iterator of the top. A `for` statement, or an inlined
    /// comprehension (whose loop sits in a `SetupFinally` that clears its variable), is the
    /// only holder of its iterator, which `loop_iter` may then reuse.
    #[cfg_attr(edge_speed, optimize(speed))]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub(super) fn get_iter(&mut self, code: &Code) -> PyResult<()> {
        let v = self.pop_value();
        let pc = self.frame.pc;
        let for_loop = match code.ops.get(pc) {
            Some(Op::ForIter(_) | Op::ForIterStore(..)) => true,
            Some(Op::SetupFinally(_)) => {
                matches!(code.ops.get(pc + 1), Some(Op::ForIter(_) | Op::ForIterStore(..)))
            }
            _ => false,
        };
        let it = self.loop_iter(v, for_loop)?;
        self.frame.regs.push(it);
        Ok(())
    }

    /// `ForIter`/`ForIterStore` past `loop_step`'s inline cases, with the pc saved (after the
    /// instruction), where the jump or skip goes: a generator resumed in-loop (the current
    /// frame when this returns), the fields of a `zip`/`enumerate` item straight into the
    /// locals of the `UnpackToFast` after it (no tuple), or the general `next`.
    #[cfg_attr(edge_speed, optimize(speed))]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub(super) fn for_iter_slow(&mut self, code: &Code, it: Value, store: Option<usize>, t: usize) -> PyResult<()> {
        if let Value::Obj(r) = it
            && self.can_enter_generator(r, Value::None, false)
        {
            return self.enter_generator(r, Value::None);
        }
        let pc = self.frame.pc;
        if store.is_none()
            && let Some(&Op::UnpackToFast(n)) = code.ops.get(pc)
            && (n as usize) <= UNPACKED_FIELDS_MAX
        {
            let n = n as usize;
            let mut fields = [Value::None; UNPACKED_FIELDS_MAX];
            if let Some(got) = self.next_unpacked(it, &mut fields[..n]) {
                if got? {
                    for (store, &v) in code.ops[pc + 1..=pc + n].iter().zip(&fields[..n]) {
                        if let Op::StoreFast(slot) = *store {
                            self.frame.regs[slot as usize] = v;
                        }
                    }
                    self.frame.pc = pc + n + 1;
                } else {
                    self.end_loop(it, t);
                }
                return Ok(());
            }
        }
        match self.next_fast(it)? {
            Some(v) => match store {
                Some(a) => {
                    self.frame.regs[a] = v;
                    self.frame.pc = pc + 1;
                }
                None => self.frame.regs.push(v),
            },
            None => self.end_loop(it, t),
        }
        Ok(())
    }

    /// The end of a `for` loop over `it` (on top of the stack): it goes, and so does its
    /// iterator when only the loop held it; on to `t`.
    fn end_loop(&mut self, it: Value, t: usize) {
        self.pop_value();
        self.free_loop_iter(it);
        self.frame.pc = t;
    }

    /// `Send(t)` with the pc saved: the value on top to the awaited or delegated-to iterator
    /// below it. A generator is resumed in-loop (the current frame when this returns). Else
    /// what that yields goes up (`Some` when that leaves `dispatch`), the `Send` to be run
    /// again on resumption, and what it returns replaces it, going on at `t`.
    #[cfg_attr(edge_speed, optimize(speed))]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub(super) fn send(&mut self, t: u32, base: usize) -> PyResult<Option<Exit>> {
        let value = self.pop_value();
        let sub = *self.frame.regs.last().unwrap_or(&Value::None);
        if let Value::Obj(r) = sub
            && self.can_enter_generator(r, value, true)
        {
            self.enter_generator(r, value)?;
            return Ok(None);
        }
        match self.send_to(sub, value)? {
            Exit::Yield(y) => {
                self.frame.pc -= 1;
                if self.frame.generator.is_none() {
                    // `run()` drives its coroutine: anything yielded is dropped.
                    self.frame.regs.push(Value::None);
                    return Ok(None);
                }
                Ok(self.yield_up(y, base))
            }
            Exit::Return(r) => {
                self.pop_value();
                self.frame.regs.push(r);
                self.frame.pc = t as usize;
                Ok(None)
            }
        }
    }

    /// `Rot4`: the top goes under the three values below it.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub(super) fn rot4(&mut self) {
        let n = self.frame.regs.len();
        if let [a, b, c, d] = &mut self.frame.regs[n - 4..] {
            (*a, *b, *c, *d) = (*d, *a, *b, *c);
        }
    }

    /// `SwapStoreAttr`'s `fast_store_swapped`, out of line on wasm, where `dispatch` keeps one
    /// copy inline, `InplaceStoreAttr`'s (`b.vx -= dx * m` in a loop).
    #[cfg_attr(edge_speed, optimize(speed))]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub(super) fn store_swapped(&mut self, key: Value, site: &Cell<AttrCache>) -> bool {
        self.fast_store_swapped(key, site)
    }
}

//! The interpreter's less frequent instructions, out of `dispatch`'s main match: `with`
//! setup and exit, `raise` and exception matching, and those whose own work dwarfs a call
//! (calls with keyword or star arguments, dict and set displays, `def`). The rarest ones
//! (imports, class bodies, deletions, pattern matching) are further out, in interp/cold.rs.
//!
//! Why a separate function: every arm's locals share `dispatch`'s one stack frame. On wasm
//! that frame lives in linear memory (the shadow stack), and the more arms there are, the
//! bigger it gets and the worse V8 compiles the loop around the hot instructions. Out of line
//! on wasm only; natively the compiler inlines it as before.

use std::rc::Rc;

use super::unbound_local;
use crate::bytecode::{Code, Op};
use crate::error::{PyErr, PyResult};
use crate::value::*;
use crate::vm::frame::{UNBOUND, is_unbound};
use crate::vm::{Block, BlockKind, Vm};

/// The current frame's value stack, for the instructions here.
macro_rules! push {
    ($vm:ident, $v:expr) => {{
        let v = $v;
        $vm.frame.regs.push(v)
    }};
}
// A call on wasm: inline, each of the pops here took ~100 bytes of this function.
macro_rules! pop {
    ($vm:ident) => {
        $vm.pop_value()
    };
}
macro_rules! top {
    ($vm:ident) => {
        *$vm.frame.regs.last().unwrap_or(&Value::None)
    };
}

impl Vm {
    /// The top of the current frame's stack, popped (None when empty, which compiled code
    /// never pops).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub(super) fn pop_value(&mut self) -> Value {
        match self.frame.regs.pop() {
            Some(v) => v,
            None => Value::None,
        }
    }

    /// `dispatch_rare` for the instruction before the saved pc, the one `dispatch` just
    /// decoded. Out of line on wasm; reading the instruction here rather than taking it as an
    /// argument keeps `dispatch` from storing each instruction it decodes to memory (wasm
    /// passes an 8-byte `Op` by address).
    #[cfg(target_arch = "wasm32")]
    #[inline(never)]
    pub(super) fn dispatch_rare_current(&mut self, code: &Code) -> PyResult<bool> {
        match code.ops.get(self.frame.pc.wrapping_sub(1)) {
            Some(&op) => self.dispatch_rare(op, code),
            None => Ok(false),
        }
    }

    /// Runs one of the instructions `dispatch` leaves to this function, with the current
    /// frame's pc saved (`self.frame.pc`, the instruction after `op`); an instruction that
    /// jumps sets `self.frame.pc`, which `dispatch` reloads. True when a call made the
    /// callee's frame the current one (`dispatch` then switches to it).
    #[cfg_attr(target_arch = "wasm32", inline(always))]
    pub(super) fn dispatch_rare(&mut self, op: Op, code: &Code) -> PyResult<bool> {
        // In groups, out of line on wasm: V8 charges a call's whole baseline code to the
        // function's tier-up budget, so one function for all of them was optimised in most
        // programs, whichever few of them ran (see `dispatch`).
        match op {
            Op::CallKw(_) | Op::CallMethodKw(_) | Op::CallEx(_) => self.rare_call(op),
            Op::GetYieldFromIter
            | Op::GetAwaitable
            | Op::SetupWith(_)
            | Op::SetupAsyncWith
            | Op::Reraise
            | Op::Raise(_)
            | Op::CheckExcMatch
            | Op::WithExit
            | Op::WithExcept => self.rare_flow(op, code),
            _ => self.rare_build(op, code),
        }
    }

    /// Calls with keyword or star arguments.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn rare_call(&mut self, op: Op) -> PyResult<bool> {
        match op {
            Op::CallKw(_) | Op::CallMethodKw(_) => {
                let names = pop!(self);
                let mut len = self.frame.regs.len();
                let n = match op {
                    // The receiver becomes the first positional argument; without one, the
                    // callable's `NULL` goes and the layout is `CallKw`'s.
                    Op::CallMethodKw(n) => {
                        let recv_at = len - n as usize - 1;
                        if is_unbound(self.frame.regs[recv_at]) {
                            self.frame.regs.remove(recv_at);
                            len -= 1;
                            n
                        } else {
                            n + 1
                        }
                    }
                    Op::CallKw(n) => n,
                    _ => unreachable!("a keyword call"),
                };
                let start = len - n as usize;
                let f = self.frame.regs[start - 1];
                if self.call_kw_direct(f, names, start).is_some() {
                    return Ok(true);
                }
                let names: &[Value] = self.heap.tuple(names).map_or(&[], |t| &t[..]);
                let npos = len - start - names.len();
                // A recycled buffer, with room for the receiver of a bound method.
                let mut args = Args::from_slice(&self.frame.regs[start..start + npos]);
                for (k, v) in names.iter().zip(&self.frame.regs[start + npos..]) {
                    let k = match (k.as_obj(), self.heap.str_of(*k)) {
                        (Some(r), Some(text)) => kw_name(r, text),
                        _ => "".into(),
                    };
                    args.push_kw(k, *v);
                }
                self.frame.regs.truncate(start - 1);
                self.call_args_in_loop(f, args)
            }
            Op::CallEx(has_kw) => {
                let kw = if has_kw != 0 { Some(pop!(self)) } else { None };
                let posv = pop!(self);
                let f = pop!(self);
                // A tuple the call built, or the operand of a lone `f(*xs)` as it is.
                let pos = match self.heap.seq_items(posv) {
                    Some(s) => s.to_vec(),
                    None => {
                        self.temp_roots.extend([f, kw.unwrap_or(Value::None)]);
                        let items = self.collect_star(posv, Some(f));
                        self.temp_roots.truncate(self.temp_roots.len() - 2);
                        items?
                    }
                };
                let mut args = Args::new(pos);
                if let Some(kw) = kw {
                    let entries: Vec<(Value, Value)> =
                        self.heap.dict(kw).map(|d| d.iter().map(|e| (e.key, e.value)).collect()).unwrap_or_default();
                    for (k, v) in entries {
                        let k: Rc<str> = match self.heap.str_of(k) {
                            Some(s) => s.into(),
                            None => return Err(PyErr::type_error("keywords must be strings")),
                        };
                        args.push_kw(k, v);
                    }
                }
                self.call_args_in_loop(f, args)
            }
            _ => Ok(false),
        }
    }

    /// Displays, `def`, local deletion, folded calls, and the instructions `dispatch_cold` runs.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn rare_build(&mut self, op: Op, code: &Code) -> PyResult<bool> {
        match op {
            Op::BuildMap(n) => {
                let start = self.frame.regs.len() - 2 * n as usize;
                let items = self.frame.regs[start..].to_vec();
                self.frame.regs.truncate(start);
                let d = self.alloc(Obj::Dict(Box::new(Dict::with_capacity(n as usize))));
                for kv in items.chunks(2) {
                    self.dict_set(d, kv[0], kv[1])?;
                }
                push!(self, d);
            }
            Op::MakeFunction(flags) => {
                let qualname = pop!(self);
                let codev = pop!(self);
                let closure = if flags & 8 != 0 { Some(pop!(self)) } else { None };
                let annotations = if flags & 4 != 0 { Some(pop!(self)) } else { None };
                let kwdefaults = if flags & 2 != 0 { Some(pop!(self)) } else { None };
                let defaults = if flags & 1 != 0 { Some(pop!(self)) } else { None };
                let f = self.make_function(codev, qualname, defaults, kwdefaults, annotations, closure);
                push!(self, f);
            }
            Op::DeleteFast(i) => {
                let old = self.frame.regs[i as usize];
                if is_unbound(old) {
                    return Err(unbound_local(code, i as usize));
                }
                self.frame.regs[i as usize] = UNBOUND;
                if self.fin.armed {
                    self.dropped(old)?;
                }
            }
            Op::ClearFast(i) => {
                let old = std::mem::replace(&mut self.frame.regs[i as usize], UNBOUND);
                if self.fin.armed && !is_unbound(old) {
                    self.dropped(old)?;
                }
            }
            Op::UnaryPos | Op::UnaryInvert => {
                let v = pop!(self);
                let name = if matches!(op, Op::UnaryPos) { "__pos__" } else { "__invert__" };
                // None: a Python dunder is the current frame.
                let Some(r) = self.unary_in_loop(v, name)? else { return Ok(true) };
                push!(self, r);
            }
            Op::BuildSet(n) => {
                let start = self.frame.regs.len() - n as usize;
                let items = self.frame.regs[start..].to_vec();
                self.frame.regs.truncate(start);
                let s = self.new_set();
                for it in items {
                    self.set_add(s, it)?;
                }
                push!(self, s);
            }
            Op::BuildSlice(n) => {
                let step = if n == 3 { pop!(self) } else { Value::None };
                let stop = pop!(self);
                let start = pop!(self);
                let s = self.alloc(Obj::Slice(Box::new([start, stop, step])));
                push!(self, s);
            }
            Op::ListExtend(d) => {
                let it = pop!(self);
                let n = self.frame.regs.len();
                let l = self.frame.regs[n - d as usize];
                let items = self.collect_star(it, None)?;
                if let Some(l) = self.heap.list_mut(l) {
                    l.extend(items);
                }
            }
            Op::SetUpdate(d) => {
                let it = pop!(self);
                let n = self.frame.regs.len();
                let s = self.frame.regs[n - d as usize];
                // set.update keeps CPython's insertion order (e.g. merging a frozenset).
                self.call_method(s, "update", vec![it])?;
            }
            Op::DictUpdate(d) | Op::DictMerge(d) => {
                let m = pop!(self);
                let n = self.frame.regs.len();
                let target = self.frame.regs[n - d as usize];
                // A call's `**m`: the callable sits below its positional tuple and the dict.
                let callee = matches!(op, Op::DictMerge(_)).then(|| self.frame.regs[n - d as usize - 2]);
                self.dict_merge(target, m, callee)?;
            }
            Op::FoldCall(fold, k) => return self.fold_call(fold, code.consts[k as usize]),
            Op::SumAdd(depth) => self.sum_add(depth as usize)?,
            Op::SumEnd => self.sum_end(),
            Op::JoinEnd => self.join_end()?,
            Op::ListToTuple => {
                let l = pop!(self);
                let items = self.heap.list(l).cloned().unwrap_or_default();
                let t = self.new_tuple(items);
                push!(self, t);
            }
            Op::UnpackEx(before, after) => {
                let seq = pop!(self);
                let items = self.unpack(seq, before as usize, Some(after as usize))?;
                // items: before..., list, after...
                for v in items.into_iter().rev() {
                    push!(self, v);
                }
            }
            // Every other instruction is `dispatch`'s own or `dispatch_cold`'s.
            _ => return self.dispatch_cold(op, code),
        }
        Ok(false)
    }

    /// `yield from`/`await` set-up, `with`, `raise` and exception matching.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn rare_flow(&mut self, op: Op, code: &Code) -> PyResult<bool> {
        match op {
            Op::GetYieldFromIter => {
                let v = pop!(self);
                let is_gen = matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Generator(_)));
                let it = if is_gen { v } else { self.iter(v)? };
                push!(self, it);
            }
            Op::GetAwaitable => {
                let v = pop!(self);
                if let Some(target) = self.awaiting_host_result(code, self.frame.pc, v) {
                    // `await host_fn()`: the call already finished; its result is the value.
                    push!(self, v);
                    self.frame.pc = target;
                    return Ok(false);
                }
                let it = self.get_awaitable(v)?;
                push!(self, it);
            }
            Op::SetupWith(_) | Op::SetupAsyncWith => {
                let mgr = pop!(self);
                let is_async = matches!(op, Op::SetupAsyncWith);
                let (exit_name, enter_name) =
                    if is_async { ("__aexit__", "__aenter__") } else { ("__exit__", "__enter__") };
                let cls = self.type_of(mgr);
                let enter = self.lookup_mro(cls, enter_name);
                let exit = self.lookup_mro(cls, exit_name);
                let (Some(enter), Some(exit)) = (enter, exit) else {
                    let tn = self.type_name(mgr);
                    let what =
                        if is_async { "asynchronous context manager protocol" } else { "context manager protocol" };
                    return Err(PyErr::type_error(format!("'{tn}' object does not support the {what}")));
                };
                let exit_bound = self.bind(mgr, exit);
                push!(self, exit_bound);
                let level = self.frame.regs.len() as u32;
                let entered = self.call_pos(enter, vec![mgr])?;
                if let Op::SetupWith(h) = op {
                    self.frame.blocks.push(Block { kind: BlockKind::Finally, handler: h, level });
                }
                push!(self, entered);
            }
            Op::Reraise => {
                let exc = pop!(self);
                self.reraising = true;
                return Err(self.err_from_value(exc));
            }
            Op::Raise(n) => {
                return Err(self.do_raise(n));
            }
            Op::CheckExcMatch => {
                let typ = pop!(self);
                let exc = top!(self);
                let m = self.exception_matches(exc, typ)?;
                push!(self, Value::Bool(m));
            }
            Op::WithExit => {
                let exit = pop!(self);
                self.call_pos(exit, vec![Value::None, Value::None, Value::None])?;
            }
            Op::WithExcept => {
                let n = self.frame.regs.len();
                let exit = self.frame.regs[n - 2];
                let exc = self.frame.regs[n - 1];
                let cls = Value::Obj(self.type_of(exc));
                let tb = match exc {
                    Value::Obj(r) => self.traceback_chain(r),
                    _ => Value::None,
                };
                // What `__exit__` returned, tested by the `JumpIfTrue` after it; an `async with`
                // awaits it first (compile/stmt.rs), so it may suspend there like any await.
                let r = self.call_pos(exit, vec![cls, exc, tb])?;
                push!(self, r);
            }
            _ => {}
        }
        Ok(false)
    }
}

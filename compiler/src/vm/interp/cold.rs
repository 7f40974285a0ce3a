//! The interpreter's rarest instructions, out of `dispatch_rare`: imports, class bodies,
//! deletions, pattern matching, `async for`/`async with` and exception-group plumbing.
//!
//! Why apart from `dispatch_rare`: V8 re-compiles a wasm function with its optimising tier
//! once the function has run enough, and the cost of that compile grows with the function's
//! size, not with the arms that ran. Calls with keywords, `with` and `raise` run often enough
//! to make `dispatch_rare` hot in most programs; these arms rarely do, so keeping them in a
//! function of their own spares every program their share of that compile (on wasm this
//! function usually stays in the baseline tier). Natively the call costs a few nanoseconds
//! per rare instruction.

use super::cell_name;
use crate::bytecode::{Code, Op};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::*;
use crate::vm::{Block, BlockKind, Vm};

impl Vm {
    /// Runs one of the instructions listed above, with the current frame's pc saved as in
    /// `dispatch_rare`. True when a call made the callee's frame the current one.
    #[inline(never)]
    pub(super) fn dispatch_cold(&mut self, op: Op, code: &Code) -> PyResult<bool> {
        macro_rules! push {
            ($v:expr) => {{
                let v = $v;
                self.frame.regs.push(v)
            }};
        }
        macro_rules! pop {
            () => {
                self.pop_value()
            };
        }
        macro_rules! top {
            () => {
                *self.frame.regs.last().unwrap_or(&Value::None)
            };
        }
        match op {
            Op::DeleteDeref(i) => {
                let cell = self.frame.regs[code.varnames.len() + i as usize];
                if let Value::Obj(c) = cell
                    && let Obj::Cell(slot) = self.heap.get_mut(c)
                {
                    *slot = None;
                }
            }
            Op::LoadClassDeref(i) => {
                let name = cell_name(code, i as usize);
                let ns = self.frame.namespace;
                let found = ns.and_then(|ns| self.dict_get_str(ns, &name));
                let v = match found {
                    Some(v) => v,
                    None => self.load_deref(code, i as usize)?,
                };
                push!(v);
            }
            Op::DeleteGlobal(i) => {
                let g = self.frame.globals;
                let Some(old) = self.dict_del(Value::Obj(g), code.names[i as usize])? else {
                    return Err(self.name_error(code.names[i as usize]));
                };
                if self.fin.armed {
                    self.dropped(old)?;
                }
            }
            Op::DeleteName(i) => {
                let ns = self.frame.namespace.unwrap_or(self.frame.globals);
                let key = code.names[i as usize];
                let removed = if matches!(self.heap.get(ns), Obj::Dict(_)) {
                    self.dict_del(Value::Obj(ns), key)?
                } else {
                    self.delitem(Value::Obj(ns), key).map(|_| Some(Value::None))?
                };
                let Some(old) = removed else {
                    return Err(self.name_error(key));
                };
                if self.fin.armed {
                    self.dropped(old)?;
                }
            }
            Op::DeleteAttr(i) => {
                let obj = pop!();
                let name = self.name_str(code.names[i as usize]);
                self.delattr(obj, &name)?;
            }
            Op::DeleteSubscr => {
                let key = pop!();
                let obj = pop!();
                self.delitem(obj, key)?;
            }
            Op::DeleteSlice(n) => {
                let step = if n == 3 { pop!() } else { Value::None };
                let stop = pop!();
                let start = pop!();
                let obj = pop!();
                self.del_slice(obj, [start, stop, step])?;
            }
            Op::AsyncWithBlock(h) => {
                let level = self.frame.regs.len().saturating_sub(1) as u32;
                self.frame.blocks.push(Block { kind: BlockKind::Finally, handler: h, level });
            }
            Op::CheckEgMatch(t) => {
                // Operands stay on the stack (rooted) while splitting runs `derive`.
                let n = self.frame.regs.len();
                let (exc, typ) = (self.frame.regs[n - 2], self.frame.regs[n - 1]);
                let (rest, m) = self.check_eg_match(exc, typ)?;
                self.frame.regs.truncate(n - 2);
                push!(rest);
                if m.is_none() {
                    self.frame.pc = t as usize;
                } else {
                    push!(m);
                    if let Some(h) = self.handled.last_mut() {
                        *h = m;
                    }
                }
            }
            Op::ReraiseStar => {
                let n = self.frame.regs.len();
                let (orig, list, rest) = (self.frame.regs[n - 3], self.frame.regs[n - 2], self.frame.regs[n - 1]);
                let mut excs = self.heap.seq_items(list).map(|s| s.to_vec()).unwrap_or_default();
                excs.push(rest);
                let r = self.prep_reraise_star(orig, excs);
                self.frame.regs.truncate(n - 3);
                let r = r?;
                if !r.is_none() {
                    self.reraising = true;
                    return Err(self.err_from_value(r));
                }
            }
            Op::ImportName(i) => {
                let fromlist = pop!();
                let level = pop!();
                let name = self.name_str(code.names[i as usize]);
                let level = match level {
                    Value::Int(l) => l as usize,
                    _ => 0,
                };
                self.suspend.fetch_site = self.suspend.run_depth == 1;
                let r = self.import_name(&name, fromlist, level);
                self.suspend.fetch_site = false;
                if r.is_err() && self.suspend.wait.is_some() {
                    // Waiting for a fetch: run this instruction again on resume.
                    push!(Value::Int(level as i64));
                    push!(fromlist);
                    self.frame.pc -= 1;
                }
                let m = r?;
                push!(m);
            }
            Op::ImportFrom(i) => {
                let m = top!();
                let name = self.name_str(code.names[i as usize]);
                self.suspend.fetch_site = self.suspend.run_depth == 1;
                let r = self.import_from(m, &name);
                self.suspend.fetch_site = false;
                if r.is_err() && self.suspend.wait.is_some() {
                    self.frame.pc -= 1;
                }
                let v = r?;
                push!(v);
            }
            Op::ImportStar => {
                let m = pop!();
                self.import_star(m)?;
            }
            Op::LoadBuildClass => {
                let f = self.dict_get_str(self.builtins, "__build_class__").unwrap_or(Value::None);
                push!(f);
            }
            Op::LoadAssertionError => {
                push!(Value::Obj(self.exc_class(ExcKind::AssertionError)));
            }
            Op::SetupAnnotations => {
                let ns = self.frame.namespace.unwrap_or(self.frame.globals);
                if self.dict_get_str(ns, "__annotations__").is_none() {
                    let d = self.new_dict();
                    self.dict_set_str(ns, "__annotations__", d);
                }
            }
            Op::UseCallerNamespace => {
                self.frame.namespace = self.frames.last().and_then(|f| f.namespace);
            }
            Op::PrintExpr => {
                let v = pop!();
                if !v.is_none() {
                    let s = self.repr(v)?;
                    self.host.write(crate::vm::Stream::Stdout, &s);
                    self.host.write(crate::vm::Stream::Stdout, "\n");
                    let b = self.builtins;
                    self.dict_set_str(b, "_", v);
                }
            }
            Op::GetLen => {
                let v = top!();
                let n = self.len(v)?;
                push!(Value::Int(n as i64));
            }
            Op::MatchMapping => {
                let v = top!();
                let b = self.is_mapping(v);
                push!(Value::Bool(b));
            }
            Op::MatchSequence => {
                let v = top!();
                let b = self.is_match_sequence(v);
                push!(Value::Bool(b));
            }
            Op::MatchKeys => {
                let n = self.frame.regs.len();
                let subject = self.frame.regs[n - 2];
                let keys = self.frame.regs[n - 1];
                let r = self.match_keys(subject, keys)?;
                push!(r);
            }
            Op::MatchClass(npos) => {
                let names = pop!();
                let cls = pop!();
                let subject = pop!();
                let r = self.match_class(subject, cls, npos as usize, names)?;
                push!(r);
            }
            Op::GetAIter => {
                let v = pop!();
                let it = match self.call_dunder_opt(v, "__aiter__", &[])? {
                    Some(it) => it,
                    None => {
                        return Err(PyErr::type_error(format!(
                            "'async for' requires an object with __aiter__ method, got {}",
                            self.type_name(v)
                        )));
                    }
                };
                push!(it);
            }
            Op::GetANext => {
                let it = top!();
                let aw = match self.call_dunder_opt(it, "__anext__", &[])? {
                    Some(a) => a,
                    None => {
                        return Err(PyErr::type_error(format!(
                            "'async for' requires an iterator with __anext__ method, got {}",
                            self.type_name(it)
                        )));
                    }
                };
                push!(aw);
            }
            Op::EndAsyncFor => {
                let exc = pop!();
                let stop = self.exc_class(ExcKind::StopAsyncIteration);
                if self.is_instance(exc, stop) {
                    pop!();
                    if let Some(b) = self.frame.blocks.pop()
                        && b.kind == BlockKind::Handler
                    {
                        self.handled.pop();
                    }
                } else {
                    self.reraising = true;
                    return Err(self.err_from_value(exc));
                }
            }
            Op::CopyDictWithoutKeys => {
                let keys = pop!();
                let subject = pop!();
                let d = self.new_dict();
                self.dict_merge(d, subject, None)?;
                let ks = self.heap.tuple(keys).cloned().unwrap_or_default();
                for k in ks {
                    self.dict_del(d, k)?;
                }
                push!(d);
            }
            // Every other instruction belongs to `dispatch` or `dispatch_rare`.
            _ => {}
        }
        Ok(false)
    }
}

//! Generator expressions folded by the built-in they are passed to (compile/fold.rs):
//! `sum(x*x for x in xs)` runs the expression's loop as a frame of the interpreter loop that
//! adds each item to a total on its stack, where `sum` would resume a generator through a
//! nested loop for every item.

use std::rc::Rc;

use super::{Frame, Vm};
use crate::builtins::{functions, str_methods};
use crate::bytecode::{Code, Fold};
use crate::error::PyResult;
use crate::syntax::ast::BinOp;
use crate::value::object::{Args, NativeFn};
use crate::value::*;
use crate::vm::frame::is_unbound;

impl Vm {
    /// `FoldCall`: with `[callee genexpr-function iterator]` on the stack, runs `folding` (the
    /// expression's folding code) as the current frame when the callee is the built-in that
    /// `fold` stands for (true); else calls the callee with the generator, as `Call` does.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub(super) fn fold_call(&mut self, fold: Fold, folding: Value) -> PyResult<bool> {
        let n = self.frame.regs.len();
        let (genfn, it) = (self.frame.regs[n - 2], self.frame.regs[n - 1]);
        // `[f genfn it]`, or `[method receiver genfn it]` for `join`.
        let (f_slot, receiver) = match fold {
            Fold::Join => (n - 4, Some(self.frame.regs[n - 3])),
            _ => (n - 3, None),
        };
        let f = self.frame.regs[f_slot];
        let folds = match receiver {
            Some(sep) => !is_unbound(sep) && is_native(&self.heap, f, str_methods::str_join),
            None => self.is_folding_builtin(fold, f),
        };
        if folds
            && let Some(code) = self.code_of(folding)
            && let Value::Obj(g) = genfn
            && let Obj::Function(func) = self.heap.get(g)
        {
            let globals = func.globals;
            self.check_in_loop_depth()?;
            let mut frame = self.take_frame(code.clone(), globals, Some(g));
            frame.regs[0] = it;
            if code.call_shape.has_cells {
                self.init_cells(g, &code, &mut frame.regs);
            }
            // `join`'s separator, under the folding code's operand stack.
            frame.regs.extend(receiver);
            self.frame.regs.truncate(f_slot);
            self.push_frame(frame);
            return Ok(true);
        }
        // The stack keeps the function and the iterator alive while the generator is made.
        let generator = self.call_pos(genfn, vec![it])?;
        self.frame.regs.truncate(n - 2);
        self.frame.regs.push(generator);
        // A method call passes its receiver first, unless `LoadMethod` found none.
        let start = match receiver {
            Some(r) if !is_unbound(r) => n - 3,
            _ => n - 2,
        };
        self.call_from_stack(f, start, f_slot)
    }

    /// Whether `f` is the built-in `fold` stands for (not a rebinding of its name).
    fn is_folding_builtin(&self, fold: Fold, f: Value) -> bool {
        let Value::Obj(r) = f else { return false };
        let native: NativeFn = match fold {
            Fold::List => return r == self.types.list,
            Fold::Tuple => return r == self.types.tuple,
            Fold::Set => return r == self.types.set,
            Fold::Sum => functions::builtin_sum,
            Fold::Any => functions::builtin_any,
            Fold::All => functions::builtin_all,
            Fold::Join => str_methods::str_join,
        };
        is_native(&self.heap, f, native)
    }

    fn code_of(&self, v: Value) -> Option<Rc<Code>> {
        match self.heap.get(v.as_obj()?) {
            Obj::Code(c) => Some(c.clone()),
            _ => None,
        }
    }

    /// `SumAdd(depth)`: adds the item on top of the stack to the total `depth + 1` below it,
    /// as `sum` does: in an `i64` while the items are ints, then with Neumaier's compensation
    /// (its running value in the state slot above the total) while they are floats or ints,
    /// then with `+` for good (functions.rs, `sum_items`).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub(super) fn sum_add(&mut self, depth: usize) -> PyResult<()> {
        let item = self.frame.regs.pop().unwrap_or(Value::None);
        let n = self.frame.regs.len();
        let (at, state_at) = (n - depth - 1, n - depth);
        let (total, state) = (self.frame.regs[at], self.frame.regs[state_at]);
        let unpacked = match state {
            // The int path.
            Value::None => {
                if let Value::Int(acc) = total {
                    let add = match item {
                        Value::Int(i) => Some(i),
                        Value::Bool(b) => Some(b as i64),
                        _ => None,
                    };
                    if let Some(s) = add.and_then(|i| acc.checked_add(i)) {
                        self.frame.regs[at] = Value::Int(s);
                        return Ok(());
                    }
                }
                total
            }
            Value::Float(c) => {
                let Value::Float(f) = total else { return Ok(()) };
                let x = match item {
                    Value::Float(x) => {
                        let t = f + x;
                        let c = if f.abs() >= x.abs() { c + ((f - t) + x) } else { c + ((x - t) + f) };
                        self.frame.regs[at] = Value::Float(t);
                        self.frame.regs[state_at] = Value::Float(c);
                        return Ok(());
                    }
                    Value::Int(i) => Some(i as f64),
                    Value::Bool(b) => Some(b as i64 as f64),
                    _ => None,
                };
                if let Some(x) = x {
                    self.frame.regs[at] = Value::Float(f + x);
                    return Ok(());
                }
                Value::Float(if c != 0.0 && c.is_finite() { f + c } else { f })
            }
            // The general path.
            _ => {
                let r = self.binop(total, item, BinOp::Add)?;
                self.frame.regs[at] = r;
                return Ok(());
            }
        };
        let r = self.binop(unpacked, item, BinOp::Add)?;
        // Leaving the int path for an exact float total: the float path; else the general one.
        let next = match (state, r) {
            (Value::None, Value::Float(_)) => Value::Float(0.0),
            _ => Value::Bool(true),
        };
        self.frame.regs[at] = r;
        self.frame.regs[state_at] = next;
        Ok(())
    }

    /// `JoinEnd`: `[separator list] -> [separator.join(list)]` (both stay on the stack, rooted,
    /// while the string is made).
    pub(super) fn join_end(&mut self) -> PyResult<()> {
        let n = self.frame.regs.len();
        let args = Args::from_slice(&self.frame.regs[n - 2..]);
        let s = str_methods::str_join(self, args)?;
        self.frame.regs.truncate(n - 2);
        self.frame.regs.push(s);
        Ok(())
    }

    /// `SumEnd`: `[total state] -> [sum]`, the float path's compensation added.
    pub(super) fn sum_end(&mut self) {
        let state = self.frame.regs.pop().unwrap_or(Value::None);
        if let Value::Float(c) = state
            && c != 0.0
            && c.is_finite()
            && let Some(Value::Float(f)) = self.frame.regs.last_mut()
        {
            *f += c;
        }
    }
}

/// Whether `f` is the unbound native `native`.
fn is_native(heap: &Heap, f: Value, native: NativeFn) -> bool {
    let Value::Obj(r) = f else { return false };
    matches!(heap.get(r), Obj::Native(n) if n.bound.is_none() && std::ptr::fn_addr_eq(n.func, native))
}

impl Vm {
    /// Whether the exception leaving folding frame `f` came from the generator expression's
    /// own code (a `StopIteration` from there is the generator's `RuntimeError`), not from the
    /// built-in's steps, which have no position.
    pub(super) fn raised_by_folded_expression(&self, f: &Frame) -> bool {
        f.code.positions.get(f.pc.saturating_sub(1)).is_some_and(|p| p.line != 0)
    }
}

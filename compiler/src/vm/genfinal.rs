//! Closing generators that are dropped while suspended inside `try`/`with`.
//!
//! CPython closes a generator (throws `GeneratorExit` at its `yield`, running its `finally`
//! and `__exit__`s) the moment its last reference goes, and the ones still alive at exit.
//! Edge Python has no reference counts, so:
//! - the collector resurrects an unreachable generator whose closing would run code
//!   (`heap::needs_close`) instead of freeing it, and the VM closes it right after the
//!   collection (an error is "ignored" to stderr, as CPython's `sys.unraisablehook` does);
//! - where a program drops what may be such a generator (a `for` loop left early, `del`, a
//!   frame returning) the VM collects at once, so the `finally` runs where CPython runs it.
//!   That is checked only once some generator has yielded inside a block (`armed`), and the
//!   collections it costs are paced by `credit`, so a loop dropping one per iteration cannot
//!   make the run quadratic: past the allowance they wait for the usual schedule;
//! - at exit the VM closes every generator still suspended in a block (`close_all_at_exit`).

use super::Vm;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::heap::{Doomed, needs_close};
use crate::value::*;

/// Objects a run may mark in collections made to close generators at once before they
/// must be earned by running (`REFILL` per op slice).
pub(super) const CREDIT_MAX: i64 = 8 << 20;
/// Credit earned per slice of instructions (`interp::SLICE`, 4,096): the marking work of
/// prompt collections stays below about half the work of the program itself.
pub(super) const REFILL: i64 = 2048;
/// Nesting of closes run from inside a generator being closed; deeper ones wait in the
/// queue for the outer loop, so a `finally` that drops generators cannot recurse unboundedly.
const MAX_DEPTH: u32 = 4;
/// Collections in a row while closing uncovers generators the closed ones held.
const MAX_ROUNDS: usize = 16;

pub(crate) struct Finalizers {
    /// Some generator has yielded inside a `try`/`with` block: drops are worth checking.
    pub(crate) armed: bool,
    /// Generators the collector resurrected, to close in order (GC roots).
    pub(crate) queue: Vec<ObjRef>,
    /// The last collection left generators held by queued ones for a later one.
    deferred: bool,
    /// A generator to close was dropped where the collector cannot run at once (unwinding):
    /// collect at the next safe point.
    pub(crate) close_pending: bool,
    /// Objects prompt collections may still mark (see `REFILL`).
    pub(super) credit: i64,
    /// Nesting of `run_finalizers`.
    depth: u32,
    /// `sys.set_asyncgen_hooks`: `firstiter` and `finalizer` (None when unset). GC roots.
    pub(crate) asyncgen_hooks: [Value; 2],
    /// The `asyncgen_hooks` struct sequence class, made on first use. A GC root.
    pub(crate) asyncgen_hooks_class: Option<ObjRef>,
}

impl Default for Finalizers {
    fn default() -> Self {
        Finalizers {
            armed: false, queue: Vec::new(), deferred: false, close_pending: false, credit: CREDIT_MAX,
            depth: 0,
            asyncgen_hooks: [Value::None; 2],
            asyncgen_hooks_class: None,
        }
    }
}

impl Vm {
    /// An async generator's first `__anext__`/`asend`/`athrow`/`aclose`: it takes the
    /// current finalizer hook and is passed to the `firstiter` one (as CPython does).
    pub(crate) fn init_asyncgen_hooks(&mut self, g: ObjRef) -> PyResult<()> {
        let [firstiter, finalizer] = self.fin.asyncgen_hooks;
        match self.heap.get_mut(g) {
            Obj::Generator(gn) if !gn.hooked => {
                gn.hooked = true;
                gn.finalizer = (!finalizer.is_none()).then_some(finalizer);
            }
            _ => return Ok(()),
        }
        if !firstiter.is_none() {
            self.call_pos(firstiter, vec![Value::Obj(g)])?;
        }
        Ok(())
    }

    /// `collect_garbage`'s sweep: resurrects and queues the generators to close.
    pub(super) fn sweep_finalizing(&mut self, roots: &[Value]) -> usize {
        if !self.fin.armed {
            return self.heap.collect(roots);
        }
        let mut doomed = Doomed::default();
        let freed = self.heap.collect_finalizing(roots, Some(&mut doomed));
        self.fin.queue.extend(doomed.close);
        self.fin.deferred = doomed.deferred;
        freed
    }

    /// A value the program just dropped (a `for` loop's iterator, a deleted variable): if it
    /// is a generator to close, collects now so it is closed now. Only when `armed`.
    #[cold]
    #[inline(never)]
    pub(crate) fn dropped(&mut self, v: Value) -> PyResult<()> {
        if let Value::Obj(r) = v
            && needs_close(self.heap.get(r))
        {
            self.close_unreachable()?;
        }
        Ok(())
    }

    /// Whether any of `values` (a frame's registers about to be dropped) is a generator to
    /// close. Only when `armed`.
    #[cold]
    #[inline(never)]
    pub(crate) fn holds_generator_to_close(&self, values: &[Value]) -> bool {
        values.iter().any(|v| matches!(v, Value::Obj(r) if (r.0 as usize) < self.heap.len() && needs_close(self.heap.get(*r))))
    }

    /// The current frame's registers from `from` on are about to be dropped (unwinding):
    /// notes whether a generator to close is among them. Only when `armed`.
    #[cold]
    #[inline(never)]
    pub(super) fn note_dropped(&mut self, from: usize) {
        let regs = &self.frame.regs;
        if from < regs.len() && self.holds_generator_to_close(&regs[from..]) {
            self.fin.close_pending = true;
        }
    }

    /// After an exception was caught: closes what unwinding dropped (`note_dropped`), and
    /// what automatic collections queued.
    #[cold]
    #[inline(never)]
    pub(super) fn after_unwind_finalize(&mut self) -> PyResult<()> {
        if std::mem::take(&mut self.fin.close_pending) {
            self.close_unreachable()?;
        }
        self.run_finalizers()
    }

    /// Collects (if the collector may run here and the credit allows) and closes the
    /// generators found unreachable, then those they held.
    #[cold]
    #[inline(never)]
    pub(crate) fn close_unreachable(&mut self) -> PyResult<()> {
        for _ in 0..MAX_ROUNDS {
            let cost = self.heap.live() as i64;
            if self.fin.depth >= MAX_DEPTH || !self.may_collect(0) || self.fin.credit < cost {
                break;
            }
            self.fin.credit -= cost;
            self.collect_garbage();
            self.run_finalizers()?;
            if !self.fin.deferred {
                break;
            }
        }
        Ok(())
    }

    /// Closes the queued generators. Errors are reported as CPython reports an exception
    /// in a finalizer; only a resource limit (the budget ran out) stops the program.
    pub(crate) fn run_finalizers(&mut self) -> PyResult<()> {
        if self.fin.queue.is_empty() || self.fin.depth >= MAX_DEPTH {
            return Ok(());
        }
        self.fin.depth += 1;
        let mut result = Ok(());
        while !self.fin.queue.is_empty() {
            let g = self.fin.queue.remove(0);
            if let Err(e) = self.finalize_generator(g) {
                result = Err(e);
                break;
            }
        }
        self.fin.depth -= 1;
        result
    }

    /// Closes one resurrected generator (or hands an async generator to its finalizer hook).
    fn finalize_generator(&mut self, g: ObjRef) -> PyResult<()> {
        let hook = match self.heap.get(g) {
            Obj::Generator(gn) => gn.finalizer,
            _ => return Ok(()),
        };
        self.temp_roots.push(Value::Obj(g));
        let result = match hook {
            Some(f) => self.call_pos(f, vec![Value::Obj(g)]),
            None => self.close_generator(g),
        };
        self.temp_roots.pop();
        match result {
            Ok(_) => Ok(()),
            Err(e) if self.is_resource_limit(&e) => Err(e),
            Err(e) => {
                // Raised by the close itself (no frame of the generator's): CPython's
                // traceback is where the program was when it dropped the generator.
                let exc = self.materialize(e);
                if self.exc_data(exc).is_some_and(|d| d.traceback.is_empty()) {
                    self.add_traceback(exc);
                }
                self.report_unraisable(Value::Obj(g), PyErr::obj(exc));
                Ok(())
            }
        }
    }

    fn is_resource_limit(&mut self, e: &PyErr) -> bool {
        self.err_matches(e, ExcKind::ResourceLimitError) || self.err_matches(e, ExcKind::MemoryError)
    }

    /// `gen.close()`: throws `GeneratorExit` in at the `yield` where `g` waits.
    pub(crate) fn close_generator(&mut self, g: ObjRef) -> PyResult<Value> {
        let finished = matches!(self.heap.get(g), Obj::Generator(gn) if gn.frame.is_none());
        if finished {
            return Ok(Value::None);
        }
        let exc = self.new_exception(ExcKind::GeneratorExit, vec![]);
        match self.gen_throw(g, PyErr::obj(exc)) {
            Ok(super::call::Exit::Yield(_)) => {
                let what = match self.heap.get(g) {
                    Obj::Generator(gn) if gn.kind == GenKind::AsyncGenerator => "async generator",
                    Obj::Generator(gn) if gn.kind == GenKind::Coroutine => "coroutine",
                    _ => "generator",
                };
                Err(PyErr::runtime_error(format!("{what} ignored GeneratorExit")))
            }
            Ok(super::call::Exit::Return(v)) => Ok(v),
            Err(e) if self.err_matches(&e, ExcKind::GeneratorExit) || self.err_matches(&e, ExcKind::StopIteration) => {
                Ok(Value::None)
            }
            Err(e) => Err(e),
        }
    }

    /// What CPython's default `sys.unraisablehook` writes for an exception raised where
    /// nobody can catch it: `Exception ignored in: <repr of obj>`, then the exception's
    /// traceback and last line (without its chain).
    pub(crate) fn report_unraisable(&mut self, obj: Value, e: PyErr) {
        let exc = self.materialize(e);
        let what = self.repr(obj).unwrap_or_else(|_| "<object repr() failed>".to_string());
        let mut text = format!("Exception ignored in: {what}\n");
        self.format_one_without_carets(exc, &mut text);
        self.host.write(super::Stream::Stderr, &text);
    }

    /// CPython's shutdown closes the generators still alive as it frees the modules: the
    /// garbage ones first, then those the main module's globals hold (in their order), then
    /// the rest (in heap order, a stand-in for CPython's order of teardown).
    pub(crate) fn close_all_at_exit(&mut self) {
        if !self.fin.armed || !self.may_collect(0) {
            return;
        }
        self.fin.credit = CREDIT_MAX;
        if self.close_unreachable().is_err() {
            return;
        }
        for _ in 0..MAX_ROUNDS {
            let mut order = self.main_global_generators();
            for i in 0..self.heap.len() {
                let r = ObjRef(i as u32);
                if needs_close(self.heap.get(r)) && !order.contains(&r) {
                    order.push(r);
                }
            }
            if order.is_empty() {
                return;
            }
            for &g in &order {
                if let Obj::Generator(gn) = self.heap.get_mut(g) {
                    gn.finalized = true;
                }
            }
            self.fin.queue.extend(order);
            if self.run_finalizers().is_err() {
                return;
            }
            if self.close_unreachable().is_err() {
                return;
            }
        }
    }

    /// Generators to close that are values of `__main__`'s globals, in the dict's order.
    fn main_global_generators(&self) -> Vec<ObjRef> {
        let Some(Value::Obj(m)) = self.dict_get_str(self.modules, "__main__") else { return Vec::new() };
        let Obj::Module(m) = self.heap.get(m) else { return Vec::new() };
        let Obj::Dict(d) = self.heap.get(m.dict) else { return Vec::new() };
        let mut out: Vec<ObjRef> = Vec::new();
        for e in d.iter() {
            if let Value::Obj(r) = e.value
                && needs_close(self.heap.get(r))
                && !out.contains(&r)
            {
                out.push(r);
            }
        }
        out
    }

}

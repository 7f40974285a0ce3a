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
//!   That is checked only once code with a `yield` or `await` inside a block was compiled
//!   (`armed`), and the collections it costs are paced by `credit`, so a loop dropping one
//!   per iteration cannot make the run quadratic: past the allowance they wait for the
//!   usual schedule;
//! - at exit the VM closes every generator still suspended in a block (`close_all_at_exit`).

use super::Vm;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::heap::{Doomed, needs_close};
use crate::value::*;

/// Live objects (what a collection's cost grows with) the collections made to close
/// generators at once may cover before the allowance must be earned by running (`REFILL`
/// per op slice): about 200 such collections of a small program's heap.
pub(super) const CREDIT_MAX: i64 = 2 << 20;
/// Credit earned per slice of instructions (`interp::SLICE`, 4,096 ops, some 50,000 machine
/// instructions). A collection costs about 150 instructions per live object, so once the
/// allowance is spent they take no more time than the program itself (a loop that breaks
/// out of a new generator each time runs at worst about twice as long; the ones it drops
/// meanwhile are closed by the next collection due).
pub(super) const REFILL: i64 = 256;
/// Nesting of closes run from inside a generator being closed; deeper ones wait in the
/// queue for the drain further out, so a `finally` that drops generators cannot recurse
/// unboundedly.
const MAX_DEPTH: u32 = 4;
/// Collections in a row while closing uncovers generators the closed ones held.
const MAX_ROUNDS: usize = 16;

pub(crate) struct Finalizers {
    /// Some code compiled has a `yield`/`await` inside a `try`/`with` block: drops are
    /// worth checking.
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
    /// Nesting of `close_queued_from`.
    depth: u32,
    /// The generator frame just finished held a generator to close (`finish_frame`).
    pub(crate) finished_holding: bool,
    /// ... and it finished by raising: `close_generator` closes those if it swallows that.
    pub(crate) raised_holding: bool,
    /// `sys.set_asyncgen_hooks`: `firstiter` and `finalizer` (None when unset). GC roots.
    pub(crate) asyncgen_hooks: [Value; 2],
    /// The `asyncgen_hooks` struct sequence class, made on first use. A GC root.
    pub(crate) asyncgen_hooks_class: Option<ObjRef>,
}

impl Default for Finalizers {
    fn default() -> Self {
        Finalizers {
            armed: false,
            queue: Vec::new(),
            deferred: false,
            close_pending: false,
            credit: CREDIT_MAX,
            depth: 0,
            finished_holding: false,
            raised_holding: false,
            asyncgen_hooks: [Value::None; 2],
            asyncgen_hooks_class: None,
        }
    }
}

impl Vm {
    /// The compiler met a `yield`/`await` inside a `try` or `with` block.
    pub(crate) fn arm_generator_finalizers(&mut self) {
        self.fin.armed = true;
    }

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
        values
            .iter()
            .any(|v| matches!(v, Value::Obj(r) if (r.0 as usize) < self.heap.len() && needs_close(self.heap.get(*r))))
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

    /// A generator finished dropping a generator to close among its locals (`finish_frame`):
    /// closes what became unreachable now, as CPython does when a closed pipeline stage lets
    /// go of the next one. `keep` (the finished generator, its outcome) stays rooted.
    #[cold]
    #[inline(never)]
    pub(crate) fn close_dropped_by_finished(&mut self, keep: &[Value]) -> PyResult<()> {
        let base = self.temp_roots.len();
        self.temp_roots.extend_from_slice(keep);
        let closed = self.close_unreachable();
        self.temp_roots.truncate(base);
        closed
    }

    /// An exception leaves the program, dropping a generator to close on its way (a `for`
    /// loop's iterator): CPython closes it before the traceback is printed.
    #[cold]
    #[inline(never)]
    pub(super) fn close_dropped_by_uncaught(&mut self, e: &PyErr) {
        self.fin.close_pending = false;
        let base = self.temp_roots.len();
        self.temp_roots.extend(e.as_obj().map(Value::Obj));
        // The program is over: a close that fails (the budget) leaves the rest to exit.
        let _ = self.close_unreachable();
        self.temp_roots.truncate(base);
    }

    /// Collects (if the collector may run here and the credit allows) and closes the
    /// generators found unreachable, then those they held. Only those: generators queued
    /// earlier wait for the outermost drain (`run_finalizers`), so closes nested in a
    /// `finally` keep CPython's order.
    #[cold]
    #[inline(never)]
    pub(crate) fn close_unreachable(&mut self) -> PyResult<()> {
        for _ in 0..MAX_ROUNDS {
            let cost = self.heap.live() as i64;
            if !self.may_collect(0) || self.fin.credit < cost {
                break;
            }
            self.fin.credit -= cost;
            let start = self.fin.queue.len();
            self.collect_garbage();
            if self.fin.depth >= MAX_DEPTH {
                // Left to the drain running further out.
                break;
            }
            self.close_queued_from(start)?;
            if !self.fin.deferred {
                break;
            }
        }
        Ok(())
    }

    /// Closes every queued generator, unless closing one is already in progress further up
    /// the stack (that drain gets to them). Errors are reported as CPython reports an
    /// exception in a finalizer; only a resource limit (the budget ran out) stops the program.
    pub(crate) fn run_finalizers(&mut self) -> PyResult<()> {
        if self.fin.queue.is_empty() || self.fin.depth > 0 {
            return Ok(());
        }
        self.close_queued_from(0)
    }

    /// Closes the queued generators from position `start` on (in order), including those
    /// queued meanwhile, then drops them from the queue (which roots them until then).
    fn close_queued_from(&mut self, start: usize) -> PyResult<()> {
        self.fin.depth += 1;
        let mut result = Ok(());
        let mut next = start;
        while let Some(&g) = self.fin.queue.get(next) {
            next += 1;
            if let Err(e) = self.finalize_generator(g) {
                result = Err(e);
                break;
            }
        }
        self.fin.queue.truncate(start);
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
                if !self.frames.is_empty() && self.exc_data(exc).is_some_and(|d| d.traceback.is_empty()) {
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
        self.fin.raised_holding = false;
        let outcome = self.gen_throw(g, PyErr::obj(exc));
        let swallowed = matches!(&outcome, Err(e) if self.err_matches(e, ExcKind::GeneratorExit) || self.err_matches(e, ExcKind::StopIteration));
        if swallowed && std::mem::take(&mut self.fin.raised_holding) {
            let raised = outcome.as_ref().err().and_then(PyErr::as_obj).map_or(Value::None, Value::Obj);
            self.close_dropped_by_finished(&[Value::Obj(g), raised])?;
        }
        match outcome {
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

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::rc::Rc;

    use crate::vm::{Host, Limits, ModuleSource, Stream, Vm};

    /// Keeps stdout and stderr apart.
    struct Capture(Rc<RefCell<(String, String)>>);

    impl Host for Capture {
        fn write(&mut self, stream: Stream, text: &str) {
            let mut c = self.0.borrow_mut();
            match stream {
                Stream::Stdout => c.0.push_str(text),
                Stream::Stderr => c.1.push_str(text),
            }
        }
        fn now_ns(&mut self) -> u64 {
            0
        }
        fn monotonic_ns(&mut self) -> u64 {
            0
        }
        fn sleep(&mut self, _seconds: f64) {}
        fn load_module(&mut self, _name: &str) -> Option<ModuleSource> {
            None
        }
    }

    /// Runs `src` as a program and its exit steps: (stdout, stderr with object addresses
    /// written `0x?`, whether the run itself failed).
    fn run(src: &str, limits: Limits) -> (String, String, bool) {
        let out = Rc::new(RefCell::new((String::new(), String::new())));
        let mut vm = Vm::new(Box::new(Capture(out.clone())));
        vm.limits = limits;
        let failed = vm.run_main(src, "<test>").is_err();
        vm.run_exit_functions();
        let (stdout, stderr) = out.borrow().clone();
        let mut masked = String::new();
        let mut rest = stderr.as_str();
        while let Some(i) = rest.find(" at 0x") {
            masked.push_str(&rest[..i + 6]);
            masked.push('?');
            rest = rest[i + 6..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
        }
        masked.push_str(rest);
        (stdout, masked, failed)
    }

    const IGNORES: &str = "def bad():\n    try:\n        yield 1\n    finally:\n        yield 2\n";

    #[test]
    fn a_generator_ignoring_generator_exit_is_reported_where_it_was_dropped() {
        let src = format!("{IGNORES}b = bad(); next(b); del b\nprint('after')\n");
        let (out, err, failed) = run(&src, Limits::default());
        assert!(!failed);
        assert_eq!(out, "after\n");
        assert_eq!(
            err,
            "Exception ignored in: <generator object bad at 0x?>\nTraceback (most recent call last):\n  \
             File \"<test>\", line 6, in <module>\n    b = bad(); next(b); del b\n\
             RuntimeError: generator ignored GeneratorExit\n"
        );
    }

    #[test]
    fn an_error_in_finally_is_reported_with_the_generator_frame() {
        let src = "def g():\n    try:\n        yield 1\n    finally:\n        x = 1; {}['k']\n\
                   for x in g():\n    break\nprint('after')\n";
        let (out, err, failed) = run(src, Limits::default());
        assert!(!failed);
        assert_eq!(out, "after\n");
        assert_eq!(
            err,
            "Exception ignored in: <generator object g at 0x?>\nTraceback (most recent call last):\n  \
             File \"<test>\", line 5, in g\n    x = 1; {}['k']\nKeyError: 'k'\n"
        );
    }

    #[test]
    fn closing_at_exit_has_no_frame_to_show() {
        let src = format!("{IGNORES}keep = bad(); next(keep)\nprint('end')\n");
        let (out, err, _) = run(&src, Limits::default());
        assert_eq!(out, "end\n");
        assert_eq!(
            err,
            "Exception ignored in: <generator object bad at 0x?>\nRuntimeError: generator ignored GeneratorExit\n"
        );
    }

    #[test]
    fn a_finalizer_that_never_ends_runs_out_of_budget() {
        let looping = "def g():\n    try:\n        yield 1\n    finally:\n        while True: pass\n";
        let limits = Limits { max_ops: Some(2_000_000), ..Limits::default() };
        // Dropped by the program: the budget error stops the program.
        let (_, _, failed) = run(&format!("{looping}for x in g():\n    break\nprint('unreached')\n"), limits);
        assert!(failed);
        // Closed at exit: the exit step ends.
        let (out, _, failed) = run(&format!("{looping}keep = g(); next(keep)\nprint('end')\n"), limits);
        assert!(!failed);
        assert_eq!(out, "end\n");
    }

    #[test]
    fn finally_blocks_that_drop_generators_do_not_recurse_without_bound() {
        // Each close drops a new generator to close (CPython recurses until RecursionError):
        // the closes nest a few levels, then queue, and run out of collection credit.
        let src = "def g(n):\n    try:\n        yield n\n    finally:\n        for x in g(n + 1):\n            break\n\
                   for x in g(0):\n    break\nprint('done')\n";
        let (out, _, failed) = run(src, Limits::default());
        assert!(!failed);
        assert_eq!(out, "done\n");
    }
}

//! The dispatch loop.
//!
//! Python-to-Python calls don't recurse in Rust: `Call` pushes the caller on `vm.frames` and
//! continues with the callee in the same loop. Rust code that calls Python (`vm.call`) starts
//! a nested loop with `run_frame`, which returns when the frame it started returns.

use std::cell::Cell;
use std::rc::Rc;

use super::call::Exit;
use super::frame::{ReturnHook, UNBOUND, is_unbound};
use super::{Block, BlockKind, Frame, Vm};
use crate::bytecode::{AttrCache, Code, Op};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::syntax::ast::CmpOp;
use crate::value::*;

mod cold;
mod fold;
mod opcall;
mod outline;
mod rare;
mod textcall;

/// Instructions between checks of the sandbox limits and the garbage collector.
const SLICE: u32 = 1 << 12;

/// The widest `for a, b, ... in zip(...)` target whose fields skip the tuple (`next_unpacked`).
const UNPACKED_FIELDS_MAX: usize = 4;

/// `f(a)` of `def f(a, b=0)`: how many trailing defaults complete a plain call (one that
/// binds by copying arguments into the first locals) of `func` with `nargs` arguments.
fn missing_defaults(func: &Function, nargs: usize) -> Option<usize> {
    let argc = func.code.call_shape.plain_argc;
    let missing = (argc as usize).checked_sub(nargs)?;
    (argc != u32::MAX && missing <= func.defaults.len()).then_some(missing)
}

/// Pushes the last `missing` defaults of `func` (as `missing_defaults` counted them),
/// completing a call's arguments on the stack.
#[inline]
fn push_defaults(stack: &mut Vec<Value>, func: &Function, missing: usize) {
    stack.extend_from_slice(&func.defaults[func.defaults.len() - missing..]);
}

/// `range(args)`'s start, stop and step when the arguments are all ints and the step is not zero
/// (otherwise `range.__new__` converts them or raises).
fn int_range(args: &[Value]) -> Option<(i64, i64, i64)> {
    match *args {
        [Value::Int(stop)] => Some((0, stop, 1)),
        [Value::Int(start), Value::Int(stop)] => Some((start, stop, 1)),
        [Value::Int(start), Value::Int(stop), Value::Int(step)] if step != 0 => Some((start, stop, step)),
        _ => None,
    }
}

/// The code of the frame `dispatch` runs, borrowed from that frame rather than held by a
/// reference count of its own: a count taken and released at every call and return cost a
/// Python call ~25 instructions.
///
/// Valid while the frame it was taken from owns its code: `dispatch` takes it anew
/// (`reload!`) whenever another frame becomes current, before reading it again. The frame it
/// leaves keeps the code alive meanwhile: a caller waits on `vm.frames`, a returned frame
/// sits in the frame pool or is dropped only after the switch, a suspended generator's
/// frame is its generator's, and a code's function (which also holds it) is freed only by a
/// collection, which never runs between a switch and its `reload!`.
#[derive(Clone, Copy)]
struct RunningCode(*const Code);

impl RunningCode {
    #[inline(always)]
    fn of(frame: &Frame) -> RunningCode {
        RunningCode(Rc::as_ptr(&frame.code))
    }
}

impl std::ops::Deref for RunningCode {
    type Target = Code;

    #[inline(always)]
    fn deref(&self) -> &Code {
        // SAFETY: see the type's comment; `dispatch` reads the code only while its frame is
        // current (and so owns it).
        unsafe { &*self.0 }
    }
}

impl Vm {
    /// Compiles a module's source text.
    pub fn compile_module(&mut self, source: &str, filename: &str) -> PyResult<Rc<Code>> {
        self.sources.insert(filename.into(), source.into());
        let code = match crate::syntax::parse_module(source) {
            Ok(module) => crate::compile::compile_module(self, &module, filename, source),
            Err(e) => Err(e),
        };
        let code = code.map_err(|e| self.syntax_error(e, filename));
        self.emit_syntax_warnings(filename)?;
        let code = code?;
        #[cfg(feature = "disasm")]
        if self.dump_bytecode {
            let text = crate::bytecode::disasm::disassemble(self, &code);
            self.host.write(super::Stream::Stderr, &text);
            self.host.write(super::Stream::Stderr, "\n");
        }
        Ok(code)
    }

    /// Prints the SyntaxWarnings the parser and compiler noted (those before the error, when
    /// the source has one) as CPython does: through `warnings.warn_explicit` once the program
    /// imported `warnings` (its filters apply), else straight to stderr with the source line.
    pub(crate) fn emit_syntax_warnings(&mut self, filename: &str) -> PyResult<()> {
        let warnings = std::mem::take(&mut self.syntax_warnings);
        if warnings.is_empty() {
            return Ok(());
        }
        let module = self.dict_get_str(self.modules, "warnings");
        let warn_explicit = module.and_then(|m| self.getattr(m, "warn_explicit").ok());
        let category = Value::Obj(self.exc_class(crate::error::ExcKind::SyntaxWarning));
        for (line, msg) in warnings {
            if let Some(f) = warn_explicit {
                let (m, file) = (self.new_str(&msg), self.new_str(filename));
                let warned = self.call_pos(f, vec![m, category, file, Value::Int(i64::from(line))]);
                // An "error" filter's SyntaxWarning becomes a SyntaxError, as in CPython.
                if let Err(e) = warned {
                    if self.err_matches(&e, crate::error::ExcKind::SyntaxWarning) {
                        return Err(self.syntax_error(crate::syntax::SyntaxError::new(msg, line, 0, 0), filename));
                    }
                    return Err(e);
                }
                continue;
            }
            let mut text = format!("{filename}:{line}: SyntaxWarning: {msg}\n");
            // Like linecache, which finds no source for `<string>` and the like.
            let pseudo = filename.starts_with('<') && filename.ends_with('>');
            let source_line = self.sources.get(filename).filter(|_| !pseudo).and_then(|s| {
                let l = s.lines().nth((line as usize).checked_sub(1)?)?.trim();
                (!l.is_empty()).then(|| l.to_string())
            });
            if let Some(l) = source_line {
                text.push_str(&format!("  {l}\n"));
            }
            self.host.write(super::Stream::Stderr, &text);
        }
        Ok(())
    }

    /// Runs module-level code with `dict` as its globals and namespace.
    pub fn run_code(&mut self, code: Rc<Code>, dict: ObjRef) -> PyResult<Value> {
        self.run_code_in(code, dict, dict)
    }

    /// Runs module-level code with separate globals and locals (`exec`/`eval`).
    pub fn run_code_in(&mut self, code: Rc<Code>, globals: ObjRef, locals: ObjRef) -> PyResult<Value> {
        let mut frame = self.take_frame(code, globals, None);
        frame.namespace = Some(locals);
        match self.run_frame(frame, None)? {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    /// Runs `frame` until it returns or yields; `throw` raises an exception in it first.
    pub(crate) fn run_frame(&mut self, frame: Box<Frame>, throw: Option<PyErr>) -> PyResult<Exit> {
        if self.frames.is_empty() {
            self.mark_stack_base();
        }
        if self.frames.len() >= self.limits.max_recursion || self.stack_exhausted() {
            self.recycle_frame(frame);
            return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        self.push_frame(frame);
        let base = self.frames.len();
        self.suspend.run_depth += 1;
        if self.suspend.run_depth == 1 {
            self.suspend.outer_base = base;
        } else {
            self.suspend.entries.push((base, self.native_depth));
        }
        let result = self.execute(base, throw);
        if self.suspend.run_depth > 1 {
            self.suspend.entries.pop();
        }
        self.suspend.run_depth -= 1;
        result
    }

    /// Continues the outermost loop of a suspended run (see `suspend.rs`).
    pub(crate) fn reenter_outer(&mut self, base: usize, pending: Option<PyErr>) -> PyResult<Value> {
        self.mark_stack_base();
        self.suspend.run_depth += 1;
        let result = self.execute(base, pending);
        self.suspend.run_depth -= 1;
        match result? {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    /// Leaves the current frame for its caller, returning the finished frame.
    #[inline(always)]
    pub(super) fn pop_frame(&mut self) -> Box<Frame> {
        let caller = match self.frames.pop() {
            Some(f) => f,
            None => empty_frame(),
        };
        std::mem::replace(&mut self.frame, caller)
    }

    /// Makes `frame` the current one, its caller waiting below it.
    #[inline]
    pub(super) fn push_frame(&mut self, frame: Box<Frame>) {
        let caller = std::mem::replace(&mut self.frame, frame);
        self.frames.push(caller);
    }

    fn execute(&mut self, base: usize, mut pending: Option<PyErr>) -> PyResult<Exit> {
        // A native driving a generator enters here for every item, usually without running a
        // whole op slice (where the collector is paced): collect on entry too, or
        // `list(islice(gen(), n))` never would (gcsafe.rs).
        if self.native_depth > 0 && self.heap.collection_due() {
            self.maybe_collect();
        }
        loop {
            // Every (re-)entry costs at least one instruction, so loops that keep leaving
            // `dispatch` (raising, or resuming generators) before a full slice still run out.
            self.ops_executed += 1;
            if let Some(max) = self.limits.max_ops
                && pending.is_none()
                && self.ops_executed > max
            {
                pending =
                    Some(PyErr::new(ExcKind::ResourceLimitError, format!("instruction budget of {max} exceeded")));
            }
            let mut err = match pending.take() {
                Some(e) => e,
                None => match self.dispatch_slices(base) {
                    Ok(exit) => return Ok(exit),
                    // A suspension leaves with the frames as they are (see suspend.rs).
                    Err(e) if self.suspend.wait.is_some() => return Err(e),
                    Err(e) => e,
                },
            };
            if let Some(max) = self.limits.max_ops
                && self.ops_executed > max
                && !matches!(err.kind(), Some(ExcKind::ResourceLimitError))
            {
                err = PyErr::new(ExcKind::ResourceLimitError, format!("instruction budget of {max} exceeded"));
            }
            if let Err(e) = self.unwind(err, base) {
                if self.fin.close_pending && self.suspend.run_depth == 1 {
                    self.close_dropped_by_uncaught(&e);
                }
                return Err(e);
            }
            if self.fin.armed
                && let Err(e) = self.after_unwind_finalize()
            {
                pending = Some(e);
                continue;
            }
            // A raise leaves `dispatch`, whose op budget restarts on re-entry: a loop that
            // raises more often than once per slice never reaches `on_slice`, so collect here
            // too (the handled exception is rooted now: it is on the handler's stack). Without
            // this, 10^6 caught exceptions kept ~400 MB alive. The heap limit likewise.
            self.maybe_collect();
            if let Err(e) = self.enforce_heap_limit() {
                pending = Some(e);
            }
        }
    }

    /// Finds a handler for `err`, in this frame or its callers down to `base`. On success the
    /// handler's frame is current with the exception pushed; otherwise the frames are popped
    /// and the error returned.
    fn unwind(&mut self, err: PyErr, base: usize) -> PyResult<()> {
        let mut exc = self.materialize(err);
        if !self.reraising {
            self.chain_context(exc);
        }
        // Past the instruction budget no handler may run (`finally: f()` could go on forever).
        let out_of_budget = matches!(self.limits.max_ops, Some(max) if self.ops_executed > max);
        let mut first = true;
        loop {
            if !first || !self.reraising {
                self.add_traceback(exc);
            }
            self.reraising = false;
            first = false;
            while let Some(block) = self.frame.blocks.pop() {
                match block.kind {
                    BlockKind::Handler => {
                        self.handled.pop();
                    }
                    BlockKind::Except | BlockKind::Finally if out_of_budget => {}
                    BlockKind::Except | BlockKind::Finally => {
                        if self.fin.armed {
                            self.note_dropped(block.level as usize);
                        }
                        self.frame.regs.truncate(block.level as usize);
                        self.frame.blocks.push(Block { kind: BlockKind::Handler, handler: 0, level: block.level });
                        self.handled.push(Value::Obj(exc));
                        self.frame.regs.push(Value::Obj(exc));
                        self.frame.pc = block.handler as usize;
                        return Ok(());
                    }
                }
            }
            self.handled.truncate(self.frame.handled_base);
            if self.fin.armed {
                // The operand stack (a `for` loop's iterator) goes; the locals stay alive
                // with the traceback under CPython, until the exception is gone.
                self.note_dropped(self.frame.code.nslots());
            }
            let finished = self.frames.len() == base;
            let done = self.pop_frame();
            let generator = done.generator;
            let folded = done.code.flags.fold && self.raised_by_folded_expression(&done);
            self.finish_frame(done);
            if let Some(g) = generator {
                exc = self.generator_stop_iteration(g, exc);
            } else if folded {
                exc = self.stop_iteration_as(exc, "generator");
            }
            if finished {
                return Err(PyErr::obj(exc));
            }
        }
    }

    /// Releases a finished frame's registers (generator frames are kept by their generator).
    #[inline]
    fn finish_frame(&mut self, f: Box<Frame>) {
        if let Some(g) = f.generator
            && let Obj::Generator(gn) = self.heap.get_mut(g)
        {
            gn.running = false;
            gn.frame = None;
            // Its locals go: a generator to close among them (a pipeline stage that held the
            // next one) is closed once the resume that finished it is over (`gen_resume`).
            // Not for coroutines: an async generator a finished task drops goes to the event
            // loop's finalizer hook, which must find the loop still running.
            let plain = gn.kind == GenKind::Generator;
            if plain && self.fin.armed && self.holds_generator_to_close(&f.regs) {
                self.fin.finished_holding = true;
            }
        }
        self.recycle_frame(f);
    }

    // Inlined natively: `unwind` runs it per frame, and a second caller (genfinal.rs) would
    // otherwise make it a call there. On wasm, built for size, one copy.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub(super) fn add_traceback(&mut self, exc: ObjRef) {
        let code = self.frame.code.clone();
        // Frames of built-in helpers (`run`) have no file and no place in tracebacks.
        if code.ops.is_empty() || code.filename.is_empty() {
            return;
        }
        let pc = self.frame.pc.saturating_sub(1);
        let pos = code.positions.get(pc).copied().unwrap_or_default();
        // A built-in's work in a folding generator expression (vm/interp/fold.rs): CPython
        // runs it in the built-in, outside the generator's frame.
        if pos.line == 0 && code.flags.fold {
            return;
        }
        if let Obj::Instance(i) = self.heap.get_mut(exc)
            && let Payload::Exception(e) = &mut i.payload
        {
            // CPython 3.12+ inlines list, set and dict comprehensions (PEP 709): no frame of
            // their own, so the entry for the comprehension's line is its caller's.
            if let Some(last) = e.traceback.last_mut()
                && matches!(&*last.code.name, "<listcomp>" | "<setcomp>" | "<dictcomp>")
            {
                last.code = code;
                return;
            }
            let cols = if pos.has_cols() { Some((pos.col as u32, pos.end_col as u32)) } else { None };
            e.traceback.push(TracebackEntry { code, line: pos.line, end_line: pos.end_line(), cols });
        }
    }

    /// Periodic work: op budget, heap limit, garbage collection.
    #[cold]
    fn on_slice(&mut self) -> PyResult<()> {
        self.ops_executed += SLICE as u64;
        if let Some(max) = self.limits.max_ops
            && self.ops_executed > max
        {
            return Err(PyErr::new(ExcKind::ResourceLimitError, format!("instruction budget of {max} exceeded")));
        }
        self.maybe_collect();
        if self.fin.armed {
            self.fin.credit = (self.fin.credit + super::genfinal::REFILL).min(super::genfinal::CREDIT_MAX);
            if self.fin.close_pending {
                self.fin.close_pending = false;
                self.close_unreachable()?;
            }
            self.run_finalizers()?;
        }
        self.enforce_heap_limit()
    }

    /// Collects garbage when enough has been allocated since the last collection and every
    /// native function on the Rust stack has its values rooted (`gcsafe.rs`).
    pub(crate) fn maybe_collect(&mut self) {
        if self.heap.collection_due() && self.may_collect(0) {
            self.collect_garbage();
        }
    }

    pub fn collect_garbage(&mut self) -> usize {
        let mut roots: Vec<Value> = Vec::with_capacity(4096);
        self.frame.trace(&mut roots);
        for f in &self.frames {
            f.trace(&mut roots);
        }
        roots.push(Value::Obj(self.builtins));
        roots.push(Value::Obj(self.modules));
        roots.extend(self.handled.iter().copied());
        roots.extend(self.repr_guard.iter().map(|r| Value::Obj(*r)));
        roots.extend(self.interned.objects().map(Value::Obj));
        roots.extend(self.temp_roots.iter().copied());
        roots.extend(self.dict_view_classes.iter().flatten().map(|r| Value::Obj(*r)));
        roots.extend(self.generic_alias_class.map(Value::Obj));
        roots.extend(self.lru_wrapper_class.map(Value::Obj));
        let s = self.singletons;
        roots.extend([s.not_implemented, s.ellipsis, s.empty_tuple, s.empty_str]);
        self.types.trace(&mut roots);
        self.shapes.trace(&mut roots);
        // Caches keyed by object ids must not outlive the objects: a freed class or key
        // slot can be reused by another object.
        self.attr_caches.clear();
        self.class_epoch = self.class_epoch.wrapping_add(1);
        roots.extend(self.fin.queue.iter().map(|r| Value::Obj(*r)));
        roots.extend(self.fin.asyncgen_hooks);
        roots.extend(self.fin.asyncgen_hooks_class.map(Value::Obj));
        let freed = self.sweep_finalizing(&roots);
        crate::modules::weakref::sweep(self);
        freed
    }

    /// Runs `dispatch` slice after slice until the frame at depth `base` returns or yields.
    ///
    /// Why slices: V8 has no on-stack replacement for WebAssembly. A function runs its
    /// baseline (Liftoff) code for as long as that call lasts, even once the optimised
    /// (TurboFan) code is ready; a `dispatch` entered once for the whole program would stay
    /// in baseline code, ~1.5x slower (bench/RESULTS.md, "wasmperf branch"). Leaving the
    /// loop once per slice lets the next call run the optimised code (scripts/build-wasm.sh
    /// keeps wasm-opt from inlining `dispatch` back into its single caller).
    #[inline]
    fn dispatch_slices(&mut self, base: usize) -> PyResult<Exit> {
        loop {
            if let Some(exit) = self.dispatch(base)? {
                return Ok(exit);
            }
        }
    }

    /// Runs instructions of the current frame (and frames it calls in-loop) until the frame
    /// at depth `base` returns or yields (`Some`), a slice of instructions is done (`None`),
    /// or an error escapes an instruction. Never inlined: see `dispatch_slices`.
    ///
    /// Its wasm build differs: V8 compiles `dispatch` with its optimising compiler (TurboFan)
    /// while the program runs its baseline code, in time that grows faster than the function,
    /// so there instructions share arms (and their inlined fast paths) and slow paths are out
    /// of line. Natively the arms stay apart: each shared arm tests the instruction again, and
    /// the native interpreter loop is sensitive to any change of its code.
    #[cfg_attr(edge_speed, optimize(speed))]
    #[cfg_attr(not(target_arch = "wasm32"), allow(unused_labels, unreachable_code, unused_variables))]
    #[inline(never)]
    fn dispatch(&mut self, base: usize) -> PyResult<Option<Exit>> {
        let mut code = RunningCode::of(&self.frame);
        let mut pc = self.frame.pc;
        let mut budget = SLICE as i64;
        // The list the last `BinarySliceTemp` made, which only the `StoreSlice` ahead reads
        // (see fuse.rs). Any exception or slice end leaves this function, forgetting it, so a
        // freed and reused heap slot is never mistaken for it.
        let mut slice_temp: Option<ObjRef> = None;
        // The item buffer of the last such list freed, for the next one.
        let mut spare_items: Vec<Value> = Vec::new();
        macro_rules! push {
            ($v:expr) => {{
                let v = $v;
                self.frame.regs.push(v)
            }};
        }
        // A `match`, not `unwrap_or`: that selects between two `Value`s in memory, which
        // keeps every popped value in the stack frame (wasm's is in linear memory).
        macro_rules! pop {
            () => {
                match self.frame.regs.pop() {
                    Some(v) => v,
                    None => Value::None,
                }
            };
        }
        macro_rules! top {
            () => {
                *self.frame.regs.last().unwrap_or(&Value::None)
            };
        }
        macro_rules! save_pc {
            () => {
                self.frame.pc = pc
            };
        }
        // The truth of `v`: a bool decides without calling `truthy` (`and`/`or`, conditions).
        macro_rules! truth {
            ($v:expr) => {
                match $v {
                    Value::Bool(b) => b,
                    v => {
                        save_pc!();
                        tri!(self.truthy(v))
                    }
                }
            };
        }
        // Switches the loop's cached state to the (new) current frame.
        macro_rules! reload {
            () => {{
                code = RunningCode::of(&self.frame);
                pc = self.frame.pc;
            }};
        }
        macro_rules! name {
            ($i:expr) => {
                code.names[$i as usize]
            };
        }
        // The name for an attribute cache's lookups, read only past its inline hits.
        macro_rules! lazy_name {
            ($i:expr) => {
                super::fastattr::LazyName { names: &code.names, index: $i as u32 }
            };
        }
        // A fused `LoadFast(a) <load y> Compare(cop) JumpIfFalse(t)` (bytecode/fuse.rs) with
        // local `x`: the branch when the comparison is inline, else just the `LoadFast`.
        macro_rules! compare_jump {
            ($cop:expr, $a:expr, $x:expr, $y:expr) => {{
                let fast = match ($x, $y) {
                    (Value::Int(x), Value::Int(y)) => super::ops::fast_int_compare(x, y, $cop),
                    (Value::Float(x), Value::Float(y)) => super::ops::fast_float_compare(x, y, $cop),
                    _ => None,
                };
                match (fast, code.ops.get(pc + 2)) {
                    (Some(true), Some(Op::JumpIfFalse(_))) => pc += 3,
                    (Some(false), Some(Op::JumpIfFalse(t))) => pc = *t as usize,
                    _ => {
                        if is_unbound($x) {
                            tri!(Err(unbound_local(&code, $a as usize)));
                        }
                        push!($x);
                    }
                }
            }};
        }
        // Charges `n` instructions to the slice. Only back-edges and returns charge (what ran
        // since: the loop body's length, the returning frame's position), so the loop head
        // does no counting: every endless run passes through one of them (or through a
        // raise, which `execute` counts, or a recursion limit).
        macro_rules! charge {
            ($n:expr) => {{
                budget -= ($n as i64).max(1);
                if budget <= 0 {
                    budget = SLICE as i64;
                    save_pc!();
                    tri!(self.on_slice());
                    return Ok(None);
                }
            }};
        }
        let err: PyErr = 'run: loop {
            // Evaluates a fallible expression; on error records the pc and leaves the loop. On
            // wasm through the one exit after the loop (defined here, inside the loop, to see
            // its label): every site's copy of that bookkeeping made `dispatch` bigger, and
            // V8's optimising compile of it slower.
            #[cfg(target_arch = "wasm32")]
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => break 'run e,
                    }
                };
            }
            #[cfg(not(target_arch = "wasm32"))]
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => {
                            self.frame.pc = pc;
                            self.ops_executed += (SLICE as i64 - budget).max(0) as u64;
                            return Err(e);
                        }
                    }
                };
            }
            // On wasm the instruction is matched where it lies in `code`, so each arm reads
            // its own operands: copied out at the loop head, they were live into every arm,
            // and V8's optimising compiler kept them in stack slots, four stores per
            // instruction. An arm that needs the whole instruction copies it (`op`).
            #[cfg(target_arch = "wasm32")]
            let op_at: &Op = code.ops.get(pc).unwrap_or(&Op::LoadNone);
            #[cfg(not(target_arch = "wasm32"))]
            let op_at: &Op = &match code.ops.get(pc) {
                Some(op) => *op,
                None => Op::LoadNone,
            };
            pc += 1;
            match *op_at {
                Op::Nop => {}
                Op::Pop => {
                    pop!();
                }
                Op::PopIter => {
                    let it = pop!();
                    // Freed first: `dropped` may collect, and a slot it frees could be reused
                    // by an iterator that is still live when `free_loop_iter` would look.
                    self.free_loop_iter(it);
                    if self.fin.armed {
                        save_pc!();
                        tri!(self.dropped(it));
                    }
                }
                Op::Dup => {
                    let v = top!();
                    push!(v);
                }
                Op::Dup2 => {
                    let n = self.frame.regs.len();
                    let (a, b) = (self.frame.regs[n - 2], self.frame.regs[n - 1]);
                    push!(a);
                    push!(b);
                }
                Op::Rot2 => {
                    let n = self.frame.regs.len();
                    self.frame.regs.swap(n - 1, n - 2);
                }
                // In place: a pop and an insert would move every value through memory.
                Op::Rot3 => {
                    let n = self.frame.regs.len();
                    if let [a, b, c] = &mut self.frame.regs[n - 3..] {
                        (*a, *b, *c) = (*c, *a, *b);
                    }
                }
                Op::Rot4 => self.rot4(),
                Op::LoadConst(i) => push!(code.consts[i as usize]),
                Op::LoadNone => push!(Value::None),
                Op::LoadSmallInt(i) => push!(Value::Int(i as i64)),
                Op::LoadFast(i) => {
                    let v = self.frame.regs[i as usize];
                    if is_unbound(v) {
                        tri!(Err(unbound_local(&code, i as usize)));
                    }
                    push!(v);
                }
                // Fused heads (bytecode/fuse.rs): the whole sequence when the operands allow,
                // else just their first instruction, the rest of the sequence following as usual.
                // One arm for both on wasm, so `dispatch` holds one copy of `fast_arith` for them.
                #[cfg(target_arch = "wasm32")]
                Op::FastIntArith(bop, a, _) | Op::FastFastArith(bop, a, _) => {
                    let op = *op_at;
                    let y = match op {
                        Op::FastFastArith(_, _, b) => self.frame.regs[b as usize],
                        Op::FastIntArith(_, _, k) => Value::Int(k as i64),
                        _ => Value::None,
                    };
                    let x = self.frame.regs[a as usize];
                    match super::ops::fast_arith(x, y, bop) {
                        Some(r) => {
                            push!(r);
                            pc += 2;
                        }
                        None => {
                            if is_unbound(x) {
                                tri!(Err(unbound_local(&code, a as usize)));
                            }
                            push!(x);
                        }
                    }
                }
                #[cfg(not(target_arch = "wasm32"))]
                Op::FastIntArith(bop, a, k) => {
                    let v = self.frame.regs[a as usize];
                    match super::ops::fast_arith(v, Value::Int(k as i64), bop) {
                        Some(r) => {
                            push!(r);
                            pc += 2;
                        }
                        None => {
                            if is_unbound(v) {
                                tri!(Err(unbound_local(&code, a as usize)));
                            }
                            push!(v);
                        }
                    }
                }
                #[cfg(not(target_arch = "wasm32"))]
                Op::FastFastArith(bop, a, b) => {
                    let (x, y) = (self.frame.regs[a as usize], self.frame.regs[b as usize]);
                    match super::ops::fast_arith(x, y, bop) {
                        Some(r) => {
                            push!(r);
                            pc += 2;
                        }
                        None => {
                            if is_unbound(x) {
                                tri!(Err(unbound_local(&code, a as usize)));
                            }
                            push!(x);
                        }
                    }
                }
                Op::FastIntCompareJump(cop, a, k) => {
                    let x = self.frame.regs[a as usize];
                    compare_jump!(cop, a, x, Value::Int(k as i64));
                }
                Op::FastFastCompareJump(cop, a, b) => {
                    let (x, y) = (self.frame.regs[a as usize], self.frame.regs[b as usize]);
                    compare_jump!(cop, a, x, y);
                }
                Op::LoadFastInt(a, k) => {
                    let v = self.frame.regs[a as usize];
                    if is_unbound(v) {
                        tri!(Err(unbound_local(&code, a as usize)));
                    }
                    push!(v);
                    push!(Value::Int(k as i64));
                    pc += 1;
                }
                // `x is None` / `x is not None` as a branch: the rest of the sequence is done
                // here (an identity test never fails), so it always skips past it.
                Op::NoneCompareJump(cop, t) => {
                    let v = pop!();
                    if v.is(Value::None) == (cop == CmpOp::Is) {
                        pc += 2;
                    } else {
                        pc = t as usize;
                    }
                }
                // `seq[i]` with `i` local: a list, tuple or dict item replaces the container on
                // the stack; anything else pushes `i` and goes on with that `Subscr`.
                Op::LoadFastSubscr(a) => {
                    let key = self.frame.regs[a as usize];
                    if is_unbound(key) {
                        tri!(Err(unbound_local(&code, a as usize)));
                    }
                    let obj = top!();
                    let item = match super::items::fast_seq_item(&self.heap, obj, key) {
                        Some(v) => Some(v),
                        None => super::items::fast_dict_item(&self.heap, obj, key),
                    };
                    match (item, self.frame.regs.last_mut()) {
                        (Some(v), Some(top)) => {
                            *top = v;
                            pc += 1;
                        }
                        _ => push!(key),
                    }
                }
                Op::LoadFastFast(a, b) => {
                    let (x, y) = (self.frame.regs[a as usize], self.frame.regs[b as usize]);
                    if is_unbound(x) {
                        tri!(Err(unbound_local(&code, a as usize)));
                    }
                    push!(x);
                    if !is_unbound(y) {
                        push!(y);
                        pc += 1;
                    }
                }
                // `LoadAttr` and the fused `LoadFast(a) LoadAttr` and `LoadFast(a) Dup LoadAttr`
                // share one arm on wasm, so `dispatch` holds one copy of `fast_getattr`. A fused
                // head whose cache misses pushes its local and goes on with that `LoadAttr`.
                #[cfg(target_arch = "wasm32")]
                Op::LoadAttr(_) | Op::LoadFastAttr(..) | Op::LoadFastDupAttr(..) => {
                    let op = *op_at;
                    // The object, its name, and the position of the cache (the `LoadAttr`'s).
                    let (obj, n, at) = match op {
                        Op::LoadFastAttr(a, n) | Op::LoadFastDupAttr(a, n) => {
                            let v = self.frame.regs[a as usize];
                            if is_unbound(v) {
                                tri!(Err(unbound_local(&code, a as usize)));
                            }
                            if let Op::LoadFastDupAttr(..) = op {
                                push!(v);
                                (v, n, pc + 1)
                            } else {
                                (v, n, pc)
                            }
                        }
                        Op::LoadAttr(i) => (pop!(), i, pc - 1),
                        _ => continue,
                    };
                    if let Some(site) = code.attr_cache.get(at)
                        && let Some(r) = self.fast_getattr(obj, name!(n), site)
                    {
                        push!(r);
                        pc = at + 1;
                        continue;
                    }
                    match op {
                        Op::LoadAttr(_) => {
                            save_pc!();
                            if tri!(self.load_attr_past_cache(obj, name!(n), &code.attr_cache[at])) {
                                reload!();
                            }
                        }
                        Op::LoadFastAttr(..) => push!(obj),
                        _ => {}
                    }
                }
                // `LoadMethod` and the fused `LoadFast(a) LoadMethod` share one arm on wasm, so
                // `dispatch` holds one copy of `fast_load_method`. The fused head's cache is
                // that of the `LoadMethod` that follows; past it, the general lookup runs here
                // (at that `LoadMethod`'s position, for error locations) rather than there,
                // which would try the cache again.
                #[cfg(target_arch = "wasm32")]
                Op::LoadMethod(_) | Op::LoadFastMethod(..) => {
                    let op = *op_at;
                    let (obj, n) = match op {
                        Op::LoadFastMethod(a, n) => {
                            let v = self.frame.regs[a as usize];
                            if is_unbound(v) {
                                tri!(Err(unbound_local(&code, a as usize)));
                            }
                            if code.attr_cache.get(pc).is_none() {
                                push!(v);
                                continue;
                            }
                            pc += 1;
                            (v, n)
                        }
                        Op::LoadMethod(i) => (pop!(), i),
                        _ => continue,
                    };
                    save_pc!();
                    let site = code.attr_cache.get(pc - 1);
                    let found = match site.and_then(|site| self.fast_load_method(obj, name!(n), site)) {
                        Some(found) => found,
                        None => tri!(self.load_method_past_cache(obj, name!(n), site)),
                    };
                    push!(found.0);
                    push!(found.1.unwrap_or(UNBOUND));
                }
                // The fused heads below test their local for the unbound marker only past the
                // cache's hit, which that marker (no object) never passes.
                #[cfg(not(target_arch = "wasm32"))]
                Op::LoadFastAttr(a, n) => {
                    let v = self.frame.regs[a as usize];
                    // The attribute's inline cache is that of the `LoadAttr` that follows.
                    let site = code.attr_cache.get(pc);
                    if let Some(site) = site
                        && let Some(r) = self.getattr_hit(v, site)
                    {
                        push!(r);
                        pc += 1;
                        continue;
                    }
                    if is_unbound(v) {
                        tri!(Err(unbound_local(&code, a as usize)));
                    }
                    match site.and_then(|site| self.getattr_past_hit(v, lazy_name!(n), site)) {
                        Some(r) => {
                            push!(r);
                            pc += 1;
                        }
                        None => push!(v),
                    }
                }
                #[cfg(not(target_arch = "wasm32"))]
                Op::LoadFastDupAttr(a, n) => {
                    let v = self.frame.regs[a as usize];
                    // The attribute's inline cache is that of the `LoadAttr` after the `Dup`.
                    let site = code.attr_cache.get(pc + 1);
                    if let Some(site) = site
                        && let Some(r) = self.getattr_hit(v, site)
                    {
                        push!(v);
                        push!(r);
                        pc += 2;
                        continue;
                    }
                    if is_unbound(v) {
                        tri!(Err(unbound_local(&code, a as usize)));
                    }
                    push!(v);
                    if let Some(site) = site
                        && let Some(r) = self.getattr_past_hit(v, lazy_name!(n), site)
                    {
                        push!(r);
                        pc += 2;
                    }
                }
                #[cfg(not(target_arch = "wasm32"))]
                Op::LoadFastMethod(a, n) => {
                    let v = self.frame.regs[a as usize];
                    // The method's inline cache is that of the `LoadMethod` that follows; past
                    // it, the general lookup runs here (at that `LoadMethod`'s position, for
                    // error locations) rather than there, which would try the cache again.
                    let Some(site) = code.attr_cache.get(pc) else {
                        if is_unbound(v) {
                            tri!(Err(unbound_local(&code, a as usize)));
                        }
                        push!(v);
                        continue;
                    };
                    let (m, recv) = match self.load_method_hit_lazy(v, lazy_name!(n), site) {
                        Some(found) => {
                            pc += 1;
                            found
                        }
                        None => {
                            if is_unbound(v) {
                                tri!(Err(unbound_local(&code, a as usize)));
                            }
                            pc += 1;
                            match self.load_method_past_hit(v, lazy_name!(n), site) {
                                Some(found) => found,
                                None => {
                                    save_pc!();
                                    tri!(self.load_method_past_cache(v, name!(n), Some(site)))
                                }
                            }
                        }
                    };
                    push!(m);
                    push!(recv.unwrap_or(UNBOUND));
                }
                Op::SwapStoreAttr(n) => {
                    // The store's inline cache is that of the `StoreAttr` that follows.
                    match code.attr_cache.get(pc) {
                        Some(site) if self.store_swapped(name!(n), site) => pc += 1,
                        _ => {
                            let len = self.frame.regs.len();
                            self.frame.regs.swap(len - 1, len - 2);
                        }
                    }
                }
                Op::IntArith(bop, k) => {
                    let k = Value::Int(k as i64);
                    let top = self.frame.regs.last_mut();
                    match top.as_ref().and_then(|top| super::ops::fast_arith(**top, k, bop)) {
                        Some(r) => {
                            if let Some(top) = top {
                                *top = r;
                            }
                            pc += 1;
                        }
                        None => push!(k),
                    }
                }
                Op::CompareJumpIfFalse(cop, t) => {
                    let b = pop!();
                    let a = pop!();
                    let fast = match (a, b) {
                        (Value::Int(x), Value::Int(y)) => super::ops::fast_int_compare(x, y, cop),
                        (Value::Float(x), Value::Float(y)) => super::ops::fast_float_compare(x, y, cop),
                        _ => self.identity_or_member(a, b, cop),
                    };
                    match fast {
                        Some(true) => pc += 1,
                        Some(false) => pc = t as usize,
                        None => {
                            save_pc!();
                            let Some(r) = tri!(self.compare_in_loop(a, b, cop)) else {
                                reload!();
                                continue;
                            };
                            push!(r);
                        }
                    }
                }
                // The top moves into the local's slot: one bounds check and length update.
                Op::StoreFast(i) => {
                    self.frame.regs.swap_remove(i as usize);
                }
                Op::LoadDeref(i) => {
                    let v = tri!(self.load_deref(&code, i as usize));
                    push!(v);
                }
                Op::StoreDeref(i) => self.store_deref(&code, i),
                Op::LoadClosure(i) => {
                    let cell = self.frame.regs[code.varnames.len() + i as usize];
                    push!(cell);
                }
                Op::LoadGlobal(i) => {
                    let site = code.global_cache.get(i as usize);
                    let g = self.frame.globals;
                    let v = match site.and_then(|site| self.cached_global(site, g, || name!(i))) {
                        Some(v) => v,
                        None => {
                            let v = tri!(self.load_global(name!(i)));
                            if let Some(site) = site {
                                self.fill_global_cache(site, g, name!(i));
                            }
                            v
                        }
                    };
                    push!(v);
                }
                Op::StoreGlobal(i) => {
                    let v = pop!();
                    let g = self.frame.globals;
                    self.store_global(&code, i, g, v);
                }
                // Module-level code reads and writes its globals through `LoadGlobal`'s and
                // `StoreGlobal`'s caches: their hits here, the rest out of line.
                Op::LoadName(i) => {
                    let g = self.frame.globals;
                    if self.frame.namespace.is_none_or(|ns| ns == g)
                        && let Some(site) = code.global_cache.get(i as usize)
                        && let Some(v) = self.cached_global(site, g, || name!(i))
                    {
                        push!(v);
                        continue;
                    }
                    let v = tri!(self.load_name(&code, i));
                    push!(v);
                }
                Op::StoreName(i) => {
                    let v = pop!();
                    let g = self.frame.globals;
                    if self.frame.namespace.is_none_or(|ns| ns == g)
                        && let Some(site) = code.global_cache.get(i as usize)
                        && self.cached_global_store(site, g, name!(i), v)
                    {
                        continue;
                    }
                    tri!(self.store_name(&code, i, v));
                }
                #[cfg(not(target_arch = "wasm32"))]
                Op::LoadAttr(i) => {
                    let obj = pop!();
                    if let Some(v) = self.fast_getattr_lazy(obj, lazy_name!(i), &code.attr_cache[pc - 1]) {
                        push!(v);
                        continue;
                    }
                    save_pc!();
                    if tri!(self.load_attr_past_cache(obj, name!(i), &code.attr_cache[pc - 1])) {
                        reload!();
                    }
                }
                Op::StoreAttr(i) => {
                    let obj = pop!();
                    let v = pop!();
                    if self.fast_setattr_lazy(obj, lazy_name!(i), v, &code.attr_cache[pc - 1]) {
                        continue;
                    }
                    save_pc!();
                    tri!(self.store_attr_uncached(obj, name!(i), v));
                }
                #[cfg(not(target_arch = "wasm32"))]
                Op::LoadMethod(i) => {
                    let obj = pop!();
                    save_pc!();
                    let site = &code.attr_cache[pc - 1];
                    let found = match self.fast_load_method_lazy(obj, lazy_name!(i), site) {
                        Some(r) => r,
                        None => tri!(self.load_method_past_cache(obj, name!(i), Some(site))),
                    };
                    match found {
                        (m, Some(recv)) => {
                            push!(m);
                            push!(recv);
                        }
                        (m, None) => {
                            push!(m);
                            push!(UNBOUND);
                        }
                    }
                }
                // One arm for both on wasm, so `dispatch` holds one copy of the inlined call path.
                #[cfg(target_arch = "wasm32")]
                Op::CallMethod(n) | Op::Call(n) => {
                    let op = *op_at;
                    let len = self.frame.regs.len();
                    let mut start = len - n as usize;
                    let f_slot = match op {
                        // `f recv args`, or `f UNBOUND args` when `f` was no bound method.
                        Op::CallMethod(_) => {
                            if !is_unbound(self.frame.regs[start - 1]) {
                                start -= 1;
                            }
                            len - n as usize - 2
                        }
                        _ => start - 1,
                    };
                    let f = self.frame.regs[f_slot];
                    save_pc!();
                    if tri!(self.call_from_stack(f, start, f_slot)) {
                        reload!();
                    }
                }
                #[cfg(not(target_arch = "wasm32"))]
                Op::CallMethod(n) => {
                    let n = n as usize;
                    let len = self.frame.regs.len();
                    let recv = self.frame.regs[len - n - 1];
                    let (start, f) = if is_unbound(recv) {
                        (len - n, self.frame.regs[len - n - 2])
                    } else {
                        (len - n - 1, self.frame.regs[len - n - 2])
                    };
                    save_pc!();
                    if tri!(self.call_from_stack(f, start, len - n - 2)) {
                        reload!();
                    }
                }
                #[cfg(not(target_arch = "wasm32"))]
                Op::Call(n) => {
                    let len = self.frame.regs.len();
                    let start = len - n as usize;
                    let f = self.frame.regs[start - 1];
                    save_pc!();
                    if tri!(self.call_from_stack(f, start, start - 1)) {
                        reload!();
                    }
                }
                Op::Subscr => {
                    let key = pop!();
                    let obj = pop!();
                    let v = match super::items::fast_seq_item(&self.heap, obj, key) {
                        Some(v) => v,
                        None => match super::items::fast_dict_item(&self.heap, obj, key) {
                            Some(v) => v,
                            None => {
                                save_pc!();
                                tri!(self.getitem(obj, key))
                            }
                        },
                    };
                    push!(v);
                }
                Op::StoreSubscr => {
                    let key = pop!();
                    let obj = pop!();
                    let v = pop!();
                    if !super::items::fast_list_store(&mut self.heap, obj, key, v)
                        && !super::items::fast_dict_store(&mut self.heap, obj, key, v)
                    {
                        save_pc!();
                        tri!(self.setitem(obj, key, v));
                    }
                }
                Op::BinarySlice(n) | Op::BinarySliceTemp(n) => {
                    let temp = matches!(*op_at, Op::BinarySliceTemp(_));
                    save_pc!();
                    slice_temp = tri!(self.binary_slice(n, temp, &mut spare_items));
                }
                Op::StoreSlice(n) => {
                    save_pc!();
                    tri!(self.store_slice(n, slice_temp.take(), &mut spare_items));
                }
                // One arm for the three on wasm, so `dispatch` holds one copy of `fast_arith`.
                #[cfg(target_arch = "wasm32")]
                Op::BinaryOp(bop) | Op::InplaceOp(bop) | Op::InplaceStoreAttr(bop, _) => {
                    let op = *op_at;
                    if !fast_top2(&mut self.frame.regs, |a, b| super::ops::fast_arith(a, b, bop)) {
                        let b = pop!();
                        let a = pop!();
                        save_pc!();
                        let r = match op {
                            Op::BinaryOp(_) => self.binop_in_loop(a, b, bop, false),
                            _ => self.inplace_in_loop(a, b, bop),
                        };
                        // None: a Python dunder is the current frame.
                        let Some(r) = tri!(r) else {
                            reload!();
                            continue;
                        };
                        push!(r);
                    }
                    // Fused with the `Rot2 StoreAttr` after it (bytecode/fuse.rs): the store
                    // too, through that `StoreAttr`'s inline cache, when it is a fast one.
                    if let Op::InplaceStoreAttr(_, n) = op
                        && let Some(site) = code.attr_cache.get(pc + 1)
                        && self.fast_store_swapped(name!(n), site)
                    {
                        pc += 2;
                    }
                }
                #[cfg(not(target_arch = "wasm32"))]
                Op::BinaryOp(bop) => {
                    if fast_top2(&mut self.frame.regs, |a, b| super::ops::fast_arith(a, b, bop)) {
                        continue;
                    }
                    let b = pop!();
                    let a = pop!();
                    save_pc!();
                    // None: a Python dunder is the current frame.
                    let Some(r) = tri!(self.binop_in_loop(a, b, bop, false)) else {
                        reload!();
                        continue;
                    };
                    push!(r);
                }
                #[cfg(not(target_arch = "wasm32"))]
                Op::InplaceOp(bop) | Op::InplaceStoreAttr(bop, _) => {
                    let op = *op_at;
                    if !fast_top2(&mut self.frame.regs, |a, b| super::ops::fast_arith(a, b, bop)) {
                        let b = pop!();
                        let a = pop!();
                        save_pc!();
                        let Some(r) = tri!(self.inplace_in_loop(a, b, bop)) else {
                            reload!();
                            continue;
                        };
                        push!(r);
                    }
                    // Fused with the `Rot2 StoreAttr` after it (bytecode/fuse.rs): the store
                    // too, through that `StoreAttr`'s inline cache, when it is a fast one.
                    if let Op::InplaceStoreAttr(_, n) = op
                        && let Some(site) = code.attr_cache.get(pc + 1)
                        && self.fast_store_swapped(name!(n), site)
                    {
                        pc += 2;
                    }
                }
                Op::UnaryNeg => {
                    let v = pop!();
                    save_pc!();
                    let Some(r) = tri!(self.neg_in_loop(v)) else {
                        reload!();
                        continue;
                    };
                    push!(r);
                }
                Op::UnaryNot => {
                    let v = pop!();
                    let t = match v {
                        Value::Bool(b) => b,
                        _ => {
                            save_pc!();
                            tri!(self.truthy(v))
                        }
                    };
                    push!(Value::Bool(!t));
                }
                #[cfg(target_arch = "wasm32")]
                Op::Compare(cop) => {
                    let b = pop!();
                    let a = pop!();
                    let fast = match (a, b) {
                        (Value::Int(x), Value::Int(y)) => super::ops::fast_int_compare(x, y, cop),
                        (Value::Float(x), Value::Float(y)) => super::ops::fast_float_compare(x, y, cop),
                        _ => self.identity_or_member(a, b, cop),
                    };
                    let r = match fast {
                        Some(r) => Value::Bool(r),
                        None => {
                            save_pc!();
                            let Some(r) = tri!(self.compare_in_loop(a, b, cop)) else {
                                reload!();
                                continue;
                            };
                            r
                        }
                    };
                    push!(r);
                }
                #[cfg(not(target_arch = "wasm32"))]
                Op::Compare(cop) => {
                    let b = pop!();
                    let a = pop!();
                    let r = match (a, b) {
                        (Value::Int(x), Value::Int(y)) => match super::ops::fast_int_compare(x, y, cop) {
                            Some(r) => Value::Bool(r),
                            None => {
                                save_pc!();
                                tri!(self.compare(a, b, cop))
                            }
                        },
                        (Value::Float(x), Value::Float(y)) => match super::ops::fast_float_compare(x, y, cop) {
                            Some(r) => Value::Bool(r),
                            None => {
                                save_pc!();
                                tri!(self.compare(a, b, cop))
                            }
                        },
                        _ => match self.identity_or_member(a, b, cop) {
                            Some(r) => Value::Bool(r),
                            None => {
                                save_pc!();
                                let Some(r) = tri!(self.compare_in_loop(a, b, cop)) else {
                                    reload!();
                                    continue;
                                };
                                r
                            }
                        },
                    };
                    push!(r);
                }
                Op::Jump(t) => {
                    let back = (t as usize) < pc;
                    let from = pc;
                    pc = t as usize;
                    if back {
                        charge!(from - pc);
                        self.suspend.backedges_left -= 1;
                        if self.suspend.backedges_left == 0 {
                            save_pc!();
                            tri!(self.on_backedge_budget());
                        }
                    }
                }
                Op::JumpIfFalse(t) => {
                    let v = pop!();
                    let b = truth!(v);
                    if !b {
                        pc = t as usize;
                    }
                }
                Op::JumpIfTrue(t) => {
                    let v = pop!();
                    let b = truth!(v);
                    if b {
                        pc = t as usize;
                    }
                }
                Op::JumpIfFalseOrPop(t) => {
                    let v = top!();
                    let b = truth!(v);
                    if !b {
                        pc = t as usize;
                    } else {
                        pop!();
                    }
                }
                Op::JumpIfTrueOrPop(t) => {
                    let v = top!();
                    let b = truth!(v);
                    if b {
                        pc = t as usize;
                    } else {
                        pop!();
                    }
                }
                Op::GetIter => {
                    save_pc!();
                    tri!(self.get_iter(&code));
                }
                // `ForIterStore` (fuse.rs) stores the item in its local and skips the
                // `StoreFast` after it, which a generator's item, pushed when it yields, meets.
                Op::ForIter(_) | Op::ForIterStore(..) => {
                    let op = *op_at;
                    let (t, store) = match op {
                        Op::ForIterStore(a, t) => (t as usize, Some(a as usize)),
                        Op::ForIter(t) => (t as usize, None),
                        _ => continue,
                    };
                    let it = top!();
                    match self.loop_step(it) {
                        Some(Some(v)) => {
                            match store {
                                Some(a) => {
                                    self.frame.regs[a] = v;
                                    pc += 1;
                                }
                                None => push!(v),
                            }
                            continue;
                        }
                        // The usual end of a loop over a list or range: its own iterator, freed.
                        Some(None) => {
                            pop!();
                            pc = t;
                            continue;
                        }
                        None => {}
                    }
                    save_pc!();
                    tri!(self.for_iter_slow(&code, it, store, t));
                    reload!();
                }
                Op::BuildTuple(n) | Op::BuildList(n) => {
                    let op = *op_at;
                    let v = self.build_seq(n as usize, matches!(op, Op::BuildList(_)));
                    push!(v);
                }
                Op::BuildString(n) => {
                    let v = self.build_string(n as usize);
                    push!(v);
                }
                Op::ListAppend(d) => {
                    let v = pop!();
                    let n = self.frame.regs.len();
                    let l = self.frame.regs[n - d as usize];
                    if let Some(l) = self.heap.list_mut(l) {
                        l.push(v);
                    }
                }
                Op::SetAdd(d) => {
                    save_pc!();
                    tri!(self.set_add_top(d));
                }
                Op::MapAdd(d) => {
                    save_pc!();
                    tri!(self.map_add(d));
                }
                Op::UnpackSequence(n) => {
                    let seq = pop!();
                    // A list or tuple of the right length: straight onto the stack, no copy.
                    if let Some(items) = self.heap.seq_items(seq)
                        && items.len() == n as usize
                    {
                        self.frame.regs.extend(items.iter().rev());
                        continue;
                    }
                    save_pc!();
                    tri!(self.unpack_sequence_general(seq, n as usize));
                }
                // `a, b, ... = seq` into locals (fuse.rs): a list or tuple of the right length
                // goes straight to the `StoreFast`s' slots, which are then skipped.
                Op::UnpackToFast(n) => {
                    let seq = pop!();
                    let n = n as usize;
                    match self.heap.seq_items(seq) {
                        Some(items) if items.len() == n => {
                            for (store, &v) in code.ops[pc..pc + n].iter().zip(items) {
                                if let Op::StoreFast(slot) = *store {
                                    self.frame.regs[slot as usize] = v;
                                }
                            }
                            pc += n;
                        }
                        _ => {
                            save_pc!();
                            tri!(self.unpack_sequence_general(seq, n));
                        }
                    }
                }
                Op::FormatValue(flags) => {
                    save_pc!();
                    match tri!(self.format_value(flags)) {
                        Some(v) => push!(v),
                        // A Python `__repr__`/`__str__` became the current frame.
                        None => reload!(),
                    }
                }
                #[cfg(target_arch = "wasm32")]
                Op::Return | Op::ReturnNone => {
                    let op = *op_at;
                    let v = match op {
                        Op::ReturnNone => Value::None,
                        _ => pop!(),
                    };
                    if self.frames.len() == base {
                        return self.return_from_base(v).map(|v| Some(Exit::Return(v)));
                    }
                    let f = self.pop_frame();
                    let ran = pc;
                    // A plain function's frame goes back to the pool; the rest out of line.
                    if f.generator.is_some() || f.on_return.is_some() || self.fin.armed {
                        let r = self.return_slow(f, v);
                        reload!();
                        tri!(r);
                    } else {
                        self.handled.truncate(f.handled_base);
                        self.recycle_frame(f);
                        reload!();
                        push!(v);
                    }
                    charge!(ran);
                }
                #[cfg(not(target_arch = "wasm32"))]
                Op::Return | Op::ReturnNone => {
                    let op = *op_at;
                    let v = match op {
                        Op::ReturnNone => Value::None,
                        _ => pop!(),
                    };
                    if self.frames.len() == base {
                        let f = self.pop_frame();
                        let hook = f.on_return;
                        self.finish_frame(f);
                        let v = match hook {
                            None => v,
                            Some(h) => self.return_through_hook(h, v)?,
                        };
                        return Ok(Some(Exit::Return(v)));
                    }
                    let f = self.pop_frame();
                    // A plain function's frame, with no hook and no generator to close among its
                    // locals: back to the pool, its value to the caller.
                    if f.generator.is_none() && f.on_return.is_none() && !self.fin.armed {
                        self.handled.truncate(f.handled_base);
                        self.recycle_frame(f);
                        let ran = pc;
                        reload!();
                        push!(v);
                        charge!(ran);
                        continue;
                    }
                    if f.generator.is_some() {
                        // A generator resumed in-loop by `for` or `yield from`/`await` finished.
                        self.handled.truncate(f.handled_base);
                        self.finish_frame(f);
                        reload!();
                        match code.ops.get(pc.wrapping_sub(1)) {
                            Some(Op::ForIter(t)) => {
                                pop!();
                                pc = *t as usize;
                            }
                            Some(Op::ForIterStore(_, t)) => {
                                pop!();
                                pc = *t as usize;
                            }
                            Some(Op::Send(t)) => {
                                pop!();
                                push!(v);
                                pc = *t as usize;
                            }
                            _ => push!(v),
                        }
                        continue;
                    }
                    let hook = f.on_return;
                    self.handled.truncate(f.handled_base);
                    // Its locals go: a generator to close among them is closed on return.
                    let drops_generator = self.fin.armed && self.holds_generator_to_close(&f.regs);
                    // Not a generator's frame: nothing to finish but returning it to the pool.
                    self.recycle_frame(f);
                    let ran = pc;
                    reload!();
                    let result = match hook {
                        None => v,
                        Some(ReturnHook::Init(inst)) if v.is_none() => inst,
                        Some(h) => tri!(self.return_through_hook(h, v)),
                    };
                    push!(result);
                    if drops_generator {
                        save_pc!();
                        tri!(self.close_unreachable());
                    }
                    charge!(ran);
                }
                Op::YieldValue => {
                    let v = pop!();
                    save_pc!();
                    if let Some(exit) = self.yield_up(v, base) {
                        return Ok(Some(exit));
                    }
                    reload!();
                }
                Op::Send(t) => {
                    save_pc!();
                    if let Some(exit) = tri!(self.send(t, base)) {
                        return Ok(Some(exit));
                    }
                    reload!();
                }
                Op::SetupExcept(h) | Op::SetupFinally(h) => {
                    let op = *op_at;
                    let kind = if matches!(op, Op::SetupExcept(_)) { BlockKind::Except } else { BlockKind::Finally };
                    let level = self.frame.regs.len() as u32;
                    self.frame.blocks.push(Block { kind, handler: h, level });
                }
                Op::PopBlock => {
                    self.frame.blocks.pop();
                }
                Op::PopExcept => {
                    if let Some(b) = self.frame.blocks.pop()
                        && b.kind == BlockKind::Handler
                    {
                        self.handled.pop();
                    }
                }
                // The rest (interp/rare.rs): out of line on wasm, their locals out of this frame.
                _ => {
                    save_pc!();
                    // On wasm the callee reads the instruction again from `code`: an `Op`
                    // argument is passed by address there, which kept every decoded
                    // instruction in linear memory (a store per instruction, at the loop head).
                    #[cfg(target_arch = "wasm32")]
                    let r = self.dispatch_rare_current(&code);
                    #[cfg(not(target_arch = "wasm32"))]
                    let r = self.dispatch_rare(*op_at, &code);
                    pc = self.frame.pc;
                    if tri!(r) {
                        reload!();
                    }
                }
            }
        };
        self.frame.pc = pc;
        self.ops_executed += (SLICE as i64 - budget).max(0) as u64;
        Err(err)
    }

    /// Returns `v` from the frame at `base`, the last one this `dispatch` runs: what its
    /// caller gets (the instance for an `__init__`, which must return None). Out of line on
    /// wasm, as the helpers below: what runs once per call from Rust or less need not be
    /// part of the loop V8 optimises (see `dispatch_slices`).
    #[cfg(target_arch = "wasm32")]
    #[inline(never)]
    fn return_from_base(&mut self, v: Value) -> PyResult<Value> {
        let f = self.pop_frame();
        let hook = f.on_return;
        self.finish_frame(f);
        match hook {
            None => Ok(v),
            Some(h) => self.return_through_hook(h, v),
        }
    }

    /// A return to a frame in the loop past the plain case (wasm): a generator resumed in-loop
    /// (by `for`, `yield from`, `await`) finished, its caller's instruction taking its value;
    /// a frame with a return hook (an `__init__`'s instance is the result); or one whose locals
    /// may hold a generator to close. The caller is the current frame on return, with the
    /// frame's result pushed and its pc where it goes on.
    #[cfg_attr(edge_speed, optimize(speed))]
    #[cfg(target_arch = "wasm32")]
    #[inline(never)]
    fn return_slow(&mut self, f: Box<Frame>, v: Value) -> PyResult<()> {
        if f.generator.is_some() {
            self.finish_generator_frame(f);
            let pc = self.frame.pc;
            match self.frame.code.ops.get(pc.wrapping_sub(1)).copied() {
                Some(Op::ForIter(t)) => {
                    self.pop_value();
                    self.frame.pc = t as usize;
                }
                Some(Op::ForIterStore(_, t)) => {
                    self.pop_value();
                    self.frame.pc = t as usize;
                }
                Some(Op::Send(t)) => {
                    self.pop_value();
                    self.frame.regs.push(v);
                    self.frame.pc = t as usize;
                }
                _ => self.frame.regs.push(v),
            }
            return Ok(());
        }
        let hook = f.on_return;
        self.handled.truncate(f.handled_base);
        // Its locals go: a generator to close among them is closed on return.
        let drops_generator = self.fin.armed && self.holds_generator_to_close(&f.regs);
        self.recycle_frame(f);
        let result = match hook {
            None => v,
            Some(ReturnHook::Init(inst)) if v.is_none() => inst,
            Some(h) => self.return_through_hook(h, v)?,
        };
        self.frame.regs.push(result);
        if drops_generator {
            self.close_unreachable()?;
        }
        Ok(())
    }

    /// Releases the frame of a generator resumed in-loop (by `for`, `yield from`, `await`)
    /// that finished.
    #[cfg(target_arch = "wasm32")]
    #[inline(never)]
    fn finish_generator_frame(&mut self, f: Box<Frame>) {
        self.handled.truncate(f.handled_base);
        self.finish_frame(f);
    }

    /// What the caller of a frame with `hook` gets when the frame returned `v`.
    #[inline(never)]
    fn return_through_hook(&mut self, hook: ReturnHook, v: Value) -> PyResult<Value> {
        match hook {
            ReturnHook::Init(_) if !v.is_none() => Err(self.init_returned(v)),
            ReturnHook::Init(inst) => Ok(inst),
            ReturnHook::Cache { wrapper, key } => {
                crate::modules::functools::lru_store(self, Value::Obj(wrapper), key, v)?;
                Ok(v)
            }
            ReturnHook::Text { repr } => self.text_result(repr, v),
            ReturnHook::Operator(h) => self.operator_result(h, v),
        }
    }

    /// The error of an `__init__` that returned `v`, not None.
    #[cold]
    #[inline(never)]
    pub(super) fn init_returned(&self, v: Value) -> PyErr {
        PyErr::type_error(format!("__init__() should return None, not '{}'", self.type_name(v)))
    }

    /// The current generator frame yields `v` (its pc already saved). A generator resumed
    /// in-loop hands `v` to its resumer: a `for` loop takes it; a delegating `yield from`/
    /// `await` yields it in turn (re-running its `Send` when resumed), up to the frame at
    /// `base`, whose resumer is Rust code: then the `Exit` to return.
    fn yield_up(&mut self, v: Value, base: usize) -> Option<Exit> {
        loop {
            if self.frames.len() == base {
                return Some(self.yield_frame(v));
            }
            self.yield_frame(v);
            let pc = self.frame.pc;
            match self.frame.code.ops.get(pc.wrapping_sub(1)) {
                Some(Op::Send(_)) => {
                    self.frame.pc = pc - 1;
                    if self.frame.generator.is_none() {
                        // `run()` drives this coroutine: send None again.
                        self.frame.regs.push(Value::None);
                        return None;
                    }
                }
                _ => {
                    self.frame.regs.push(v);
                    return None;
                }
            }
        }
    }

    /// Whether `g` is a generator (or coroutine, for `await`) that can be resumed in-loop
    /// with `sent`; anything else goes the general way (which raises the proper errors).
    fn can_enter_generator(&self, g: ObjRef, sent: Value, send: bool) -> bool {
        match self.heap.get(g) {
            Obj::Generator(gn) => {
                (gn.kind == GenKind::Generator || (send && gn.kind == GenKind::Coroutine))
                    && !gn.running
                    && gn.frame.is_some()
                    && (gn.started || sent.is_none())
            }
            _ => false,
        }
    }

    /// Resumes generator `g` as the current frame (its caller waits at `ForIter`/`Send`).
    fn enter_generator(&mut self, g: ObjRef, sent: Value) -> PyResult<()> {
        if self.frames.len() >= self.limits.max_recursion {
            return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let Obj::Generator(gn) = self.heap.get_mut(g) else { return Ok(()) };
        let Some(frame) = gn.frame.take() else { return Ok(()) };
        let started = std::mem::replace(&mut gn.started, true);
        gn.running = true;
        let mut frame = frame;
        if started {
            frame.regs.push(sent);
        }
        frame.handled_base = self.handled.len();
        self.push_frame(frame);
        Ok(())
    }

    /// `await v` right after the call that produced `v`: when that call was a host call
    /// (`mark_host_result`), the index of the instruction after the `LoadNone; Send(t)` that
    /// would drive the awaitable (`t`).
    #[inline(never)] // rare: kept out of `dispatch` (V8 compiles all of it on first call)
    fn awaiting_host_result(&mut self, code: &Code, pc: usize, v: Value) -> Option<usize> {
        let (depth, hv) = self.suspend.host_result.take()?;
        if depth != self.frames.len() || !hv.is(v) {
            return None;
        }
        if !matches!(
            code.ops.get(pc.wrapping_sub(2)),
            Some(Op::Call(_) | Op::CallMethod(_) | Op::CallKw(_) | Op::CallMethodKw(_) | Op::CallEx(_))
        ) {
            return None;
        }
        match (code.ops.get(pc), code.ops.get(pc + 1)) {
            (Some(Op::LoadNone), Some(Op::Send(t))) => Some(*t as usize),
            _ => None,
        }
    }

    /// A generator frame finished with `exc`: `StopIteration` escaping a generator becomes
    /// `RuntimeError` (PEP 479), with the original as its cause.
    fn generator_stop_iteration(&mut self, g: ObjRef, exc: ObjRef) -> ObjRef {
        let what = match self.heap.get(g) {
            Obj::Generator(gn) => match gn.kind {
                GenKind::Generator => "generator",
                GenKind::Coroutine => "coroutine",
                GenKind::AsyncGenerator => "async generator",
            },
            _ => return exc,
        };
        self.stop_iteration_as(exc, what)
    }

    /// `exc` leaving a `what` (generator, coroutine): a `StopIteration` becomes RuntimeError.
    fn stop_iteration_as(&mut self, exc: ObjRef, what: &str) -> ObjRef {
        let stop = self.exc_class(ExcKind::StopIteration);
        if !self.is_instance(Value::Obj(exc), stop) {
            return exc;
        }
        let err = self.materialize(PyErr::runtime_error(format!("{what} raised StopIteration")));
        self.set_exc_cause(err, Some(Value::Obj(exc)), true);
        err
    }

    /// The back-edge budget ran out: preempt the run if it may suspend here.
    #[cold]
    fn on_backedge_budget(&mut self) -> PyResult<()> {
        let every = self.suspend.preempt_every;
        self.suspend.backedges_left = if every == 0 { u32::MAX } else { every };
        let s = &self.suspend;
        if every != 0 && s.enabled && s.wait.is_none() && s.run_depth == 1 && self.native_depth == 0 {
            self.suspend.wait = Some(super::WaitReason::Preempt);
            return Err(PyErr::new(ExcKind::SystemError, "run suspended"));
        }
        Ok(())
    }

    /// Saves the current generator frame into its generator and returns to the resumer.
    fn yield_frame(&mut self, v: Value) -> Exit {
        let mut f = self.pop_frame();
        if let Some(g) = f.generator {
            f.handled_base = 0;
            if let Obj::Generator(gn) = self.heap.get_mut(g) {
                gn.frame = Some(f);
                gn.running = false;
            }
        }
        Exit::Yield(v)
    }

    /// Calls the callable `f` whose arguments are `regs[start..]` and whose own stack slot(s)
    /// begin at `f_slot`. Python functions become the current frame (returns true); other
    /// callables run to completion and their result replaces the call's stack slots. A
    /// `super()` call that answers the `LoadMethod` after it too moves the saved pc past that
    /// instruction (also true: the loop reloads the frame's pc).
    // Inlined into the call instructions: a plain function call is one compare away from
    // entering its frame.
    #[inline(always)]
    fn call_from_stack(&mut self, f: Value, start: usize, f_slot: usize) -> PyResult<bool> {
        if let Value::Obj(r) = f
            && let Obj::Function(func) = self.heap.get(r)
            && func.code.call_shape.plain_argc as usize == self.frame.regs.len() - start
        {
            self.enter_plain(r, None, start, f_slot)?;
            return Ok(true);
        }
        self.call_from_stack_general(f, start, f_slot)
    }

    /// `call_from_stack` for everything but a plain function call.
    #[inline(never)]
    fn call_from_stack_general(&mut self, f: Value, start: usize, f_slot: usize) -> PyResult<bool> {
        if let Value::Obj(r) = f
            && let Obj::Function(func) = self.heap.get(r)
            && let Some(missing) = missing_defaults(func, self.frame.regs.len() - start)
        {
            push_defaults(&mut self.frame.regs, func, missing);
            self.enter_plain(r, None, start, f_slot)?;
            return Ok(true);
        }
        if let Value::Obj(r) = f
            && let Obj::Function(func) = self.heap.get(r)
            && func.code.is_generator_like()
            && func.code.binds_positionally(self.frame.regs.len() - start)
        {
            let g = self.generator_from_stack(r, start);
            self.frame.regs.truncate(f_slot);
            self.frame.regs.push(g);
            return Ok(false);
        }
        if let Value::Obj(r) = f {
            match self.heap.get(r) {
                Obj::Class(_) => {
                    if let Some(started) = self.try_fast_instantiate(r, start, f_slot)? {
                        return Ok(started);
                    }
                }
                Obj::Native(n) if n.bound.is_none() => {
                    let (func, name) = (n.func, n.name);
                    if n.kind == NativeKind::Method && self.frame.regs.len() == start {
                        return Err(self.unbound_method_without_receiver(r, name));
                    }
                    if name == "repr"
                        && self.frame.regs.len() == start + 1
                        && self.enter_text_method(textcall::Text::Repr, start, f_slot)?
                    {
                        return Ok(true);
                    }
                    if let Some(r) = self.fast_native(func, start) {
                        self.frame.regs.truncate(f_slot);
                        self.frame.regs.push(r);
                        return Ok(false);
                    }
                    // What `call_direct` does for a native, without the layers in between.
                    let args = Args::from_slice(&self.frame.regs[start..]);
                    self.frame.regs.truncate(f_slot);
                    self.suspend.host_result = None;
                    self.enter_native(name)?;
                    self.suspend.native_direct = self.suspend.run_depth == 1;
                    let r = func(self, args);
                    self.native_depth -= 1;
                    self.frame.regs.push(r?);
                    return Ok(false);
                }
                _ => {}
            }
        }
        let args = Args::from_slice(&self.frame.regs[start..]);
        self.frame.regs.truncate(f_slot);
        self.call_args_in_loop(f, args)
    }

    /// The generator (coroutine, async generator) that calling generator function `func` with
    /// the positional arguments `regs[start..]` makes, when they bind by position: its frame is
    /// filled straight from the stack, without the argument vector and the layers of `call`
    /// (a coroutine chain makes one per `await f(...)`).
    #[inline(never)]
    fn generator_from_stack(&mut self, func: ObjRef, start: usize) -> Value {
        let Obj::Function(f) = self.heap.get(func) else { return Value::None };
        let (code, globals) = (f.code.clone(), f.globals);
        let mut frame = self.take_frame(code.clone(), globals, Some(func));
        let args = &self.frame.regs[start..];
        frame.regs[..args.len()].copy_from_slice(args);
        self.init_cells(func, &code, &mut frame.regs);
        // What `call_direct` clears before any call: no host call's result is being awaited.
        self.suspend.host_result = None;
        self.new_generator(frame)
    }

    /// Calls `f` with bound-up `args` for a call instruction whose slots are already popped:
    /// a Python function (any signature) becomes the current frame (returns true), so waits
    /// inside it can suspend; anything else runs now and its result is pushed.
    fn call_args_in_loop(&mut self, mut f: Value, mut args: Args) -> PyResult<bool> {
        // A Python method bound to its receiver (`d.quantize(q, rounding=r)`): its function,
        // the receiver first, as `Vm::call` would do before running it nested.
        if let Value::Obj(r) = f
            && let Obj::BoundMethod { receiver, func: Value::Obj(fr) } = self.heap.get(r)
            && matches!(self.heap.get(*fr), Obj::Function(_))
        {
            let (receiver, fr) = (*receiver, *fr);
            args.pos.insert(0, receiver);
            f = Value::Obj(fr);
        }
        if let Value::Obj(r) = f
            && let Obj::Function(func) = self.heap.get(r)
            && !func.code.is_generator_like()
        {
            self.check_in_loop_depth()?;
            let frame = self.function_frame(r, args)?;
            self.push_frame(frame);
            return Ok(true);
        }
        if let Some((wrapper, receiver)) = self.lru_wrapper_of(f) {
            return self.call_lru_in_loop(wrapper, receiver, args);
        }
        let r = self.call_direct(f, args)?;
        self.frame.regs.push(r);
        Ok(false)
    }

    /// The `functools.lru_cache` wrapper `f` is, or the one `f` binds to a receiver.
    #[inline]
    fn lru_wrapper_of(&self, f: Value) -> Option<(Value, Option<Value>)> {
        let cls = self.lru_wrapper_class?;
        let Value::Obj(r) = f else { return None };
        let (wrapper, receiver) = match self.heap.get(r) {
            Obj::BoundMethod { receiver, func } => (*func, Some(*receiver)),
            _ => (f, None),
        };
        let Value::Obj(w) = wrapper else { return None };
        match self.heap.get(w) {
            Obj::Instance(i) if i.class == cls => Some((wrapper, receiver)),
            _ => None,
        }
    }

    /// A call of an lru_cache wrapper: a hit pushes the cached result; on a miss a wrapped
    /// Python function becomes the current frame (returns true), its result cached by the
    /// frame's return hook, so memoised recursion costs no host stack.
    fn call_lru_in_loop(&mut self, wrapper: Value, receiver: Option<Value>, mut args: Args) -> PyResult<bool> {
        use crate::modules::functools::{LruLookup, lru_lookup, lru_store};
        if let Some(recv) = receiver {
            args.pos.insert(0, recv);
        }
        let (func, key, store) = match lru_lookup(self, wrapper, &args.pos, &args.kw)? {
            LruLookup::Hit(v) => {
                self.frame.regs.push(v);
                return Ok(false);
            }
            LruLookup::Miss { func, key, store } => (func, key, store),
        };
        if let Value::Obj(r) = func
            && let Obj::Function(fo) = self.heap.get(r)
            && !fo.code.is_generator_like()
        {
            self.check_in_loop_depth()?;
            let mut frame = self.function_frame(r, args)?;
            if store && let Value::Obj(wrapper) = wrapper {
                frame.on_return = Some(ReturnHook::Cache { wrapper, key });
            }
            self.push_frame(frame);
            return Ok(true);
        }
        self.temp_roots.extend([wrapper, key]);
        let r = self.call_direct(func, args);
        self.temp_roots.truncate(self.temp_roots.len() - 2);
        let r = r?;
        if store {
            self.temp_roots.push(r);
            let stored = lru_store(self, wrapper, key, r);
            self.temp_roots.pop();
            stored?;
        }
        self.frame.regs.push(r);
        Ok(false)
    }

    /// A call made by a call instruction: a native it reaches directly may suspend the run
    /// (when this is the outermost loop), and its result may be awaited if it is a host call.
    fn call_direct(&mut self, f: Value, args: Args) -> PyResult<Value> {
        self.suspend.direct_call = self.suspend.run_depth == 1;
        self.suspend.host_result = None;
        let r = self.call(f, args);
        self.suspend.direct_call = false;
        r
    }

    /// `Cls(args)` for the common kinds of class: a plain class (object.__new__, Python
    /// __init__) gets its instance made here and __init__ run as an in-loop frame; an
    /// exception class gets its instance built directly; `bool(x)` is a truth test.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn try_fast_instantiate(&mut self, cls: ObjRef, start: usize, f_slot: usize) -> PyResult<Option<bool>> {
        let nargs = self.frame.regs.len() - start;
        if cls == self.types.bool_ && nargs == 1 {
            let b = self.truthy(self.frame.regs[start])?;
            self.frame.regs.truncate(f_slot);
            self.frame.regs.push(Value::Bool(b));
            return Ok(Some(false));
        }
        if cls == self.types.range
            && let Some((cur, stop, step)) = int_range(&self.frame.regs[start..])
        {
            // `for i in range(n)`: the range object would only be turned into its iterator by
            // the `GetIter` that follows (the call's pc is saved), so that iterator is made
            // here instead, the loop's own (`GetIter` passes an iterator through).
            let ops = &self.frame.code.ops;
            let pc = self.frame.pc;
            let v = match (ops.get(pc), ops.get(pc + 1)) {
                (Some(Op::GetIter), Some(Op::ForIter(_) | Op::ForIterStore(..))) => {
                    self.owned_iter(IterState::Range { cur, stop, step, owned: true })
                }
                (Some(Op::GetIter), _) => self.new_iter(IterState::Range { cur, stop, step, owned: false }),
                _ => self.alloc(Obj::Range { start: cur, stop, step }),
            };
            self.frame.regs.truncate(f_slot);
            self.frame.regs.push(v);
            return Ok(Some(false));
        }
        if cls == self.types.super_ && nargs == 2 {
            let (this, obj) = (self.frame.regs[start], self.frame.regs[start + 1]);
            if let Some(m) = self.super_method_ahead(this, obj) {
                // What that `LoadMethod` would push; the loop resumes after it.
                self.frame.regs.truncate(f_slot);
                // Two pushes: `extend` from an array stays out of line.
                self.frame.regs.push(m);
                self.frame.regs.push(obj);
                self.frame.pc += 1;
                return Ok(Some(true));
            }
            if let Some(s) = self.fast_super(this, obj) {
                self.frame.regs.truncate(f_slot);
                self.frame.regs.push(s);
                return Ok(Some(false));
            }
        }
        let (ir, exception) = match self.ctor_plan(cls) {
            super::ctor::CtorPlan::PythonInit { init, exception } => (init, exception),
            super::ctor::CtorPlan::Exception => {
                let args = self.frame.regs[start..].to_vec();
                let exc = super::natives::construct_exception(self, cls, args);
                self.frame.regs.truncate(f_slot);
                self.frame.regs.push(Value::Obj(exc));
                return Ok(Some(false));
            }
            super::ctor::CtorPlan::NativeNew { new, init } => {
                let r = self.construct_native(cls, new, init, start);
                self.frame.regs.truncate(f_slot);
                self.frame.regs.push(r?);
                return Ok(Some(false));
            }
            super::ctor::CtorPlan::Container { new, init } => {
                let made = match nargs {
                    0 | 1 => self.new_container(cls, self.frame.regs.get(start).copied()),
                    _ => None,
                };
                let r = match made {
                    Some(v) => Ok(v),
                    None => self.construct_native(cls, new, init, start),
                };
                self.frame.regs.truncate(f_slot);
                self.frame.regs.push(r?);
                return Ok(Some(false));
            }
            super::ctor::CtorPlan::OwnNew { .. } | super::ctor::CtorPlan::General => return Ok(None),
        };
        // `self` is the one argument not on the stack.
        let missing = match self.heap.get(ir) {
            Obj::Function(f) => match missing_defaults(f, nargs + 1) {
                Some(missing) => missing,
                None => return Ok(None),
            },
            _ => return Ok(None),
        };
        let inst = if exception {
            // BaseException.__new__ keeps all the arguments as `args`.
            let args = self.frame.regs[start..].to_vec();
            Value::Obj(super::natives::construct_exception(self, cls, args))
        } else {
            self.new_object(cls)
        };
        // Most `__init__`s are called with all their arguments.
        if missing > 0
            && let Obj::Function(f) = self.heap.get(ir)
        {
            push_defaults(&mut self.frame.regs, f, missing);
        }
        self.enter_plain(ir, Some(inst), start, f_slot)?;
        Ok(Some(true))
    }

    /// `set()`, `list()`, `dict()`, and `set(s)`, `frozenset(s)`, `list(l)`, `tuple(l)` of an
    /// exact built-in container that the class copies as it is: made here, the copy with the
    /// layout the constructor's own merge gives (`Set::copy`), instead of through its
    /// argument vectors, two copies of the source table and the merge (`set(d)` per search
    /// branch was ~1400 instructions, `set()` ~1000).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn new_container(&mut self, cls: ObjRef, arg: Option<Value>) -> Option<Value> {
        let types = &self.types;
        let Some(arg) = arg else {
            let empty = match cls {
                c if c == types.set => Obj::Set(crate::value::set::Set::new_boxed()),
                c if c == types.list => Obj::List(Vec::new()),
                c if c == types.dict => Obj::Dict(Box::default()),
                _ => return None,
            };
            return Some(self.alloc(empty));
        };
        let copy = match self.heap.get(arg.as_obj()?) {
            Obj::Set(s) | Obj::FrozenSet(s) if cls == types.set => Obj::Set(Box::new(s.copy())),
            Obj::Set(s) if cls == types.frozenset => Obj::FrozenSet(Box::new(s.copy())),
            Obj::List(items) | Obj::Tuple(items) if cls == types.list => Obj::List(items.to_vec()),
            Obj::List(items) if cls == types.tuple => {
                let items = items.to_vec();
                return Some(self.new_tuple(items));
            }
            Obj::Tuple(_) if cls == types.tuple => return Some(arg),
            _ => return None,
        };
        Some(self.alloc(copy))
    }

    /// `type.__call__` for a class with a built-in `__new__` (`str(i)`, `range(n)`,
    /// `list(it)`...), its arguments the values above `start`: what `type_call` does once its
    /// MRO lookups are known.
    fn construct_native(
        &mut self,
        cls: ObjRef,
        new: NativeFn,
        init: Option<NativeFn>,
        start: usize,
    ) -> PyResult<Value> {
        let mut args = Args::from_slice(&[Value::Obj(cls)]);
        args.pos.extend_from_slice(&self.frame.regs[start..]);
        let init_args = init.map(|_| Args::from_slice(&args.pos));
        if self.native_depth == 0 {
            self.suspend.outer_class = Some(cls);
        }
        self.suspend.host_result = None;
        self.enter_native("__new__")?;
        self.suspend.native_direct = self.suspend.run_depth == 1;
        let obj = new(self, args);
        self.native_depth -= 1;
        let obj = obj?;
        if let (Some(init), Some(mut args)) = (init, init_args)
            && self.is_instance(obj, cls)
        {
            // A built-in __init__ gets the instance itself (it finds the payload of a subclass).
            args.pos[0] = obj;
            self.enter_native("__init__")?;
            self.suspend.native_direct = false;
            let r = init(self, args);
            self.native_depth -= 1;
            let r = r?;
            if !r.is_none() {
                return Err(self.init_returned(r));
            }
        }
        Ok(obj)
    }

    /// RecursionError when a Python frame entered inside the loop would pass the limit.
    #[inline]
    fn check_in_loop_depth(&self) -> PyResult<()> {
        if self.frames.len() >= self.limits.max_recursion {
            return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        Ok(())
    }

    /// Makes function `func` (whose code's `call_shape.plain_argc` is the argument count) the
    /// current frame, its arguments being the values above `start` on the caller's stack,
    /// preceded by the instance when it runs as `__init__` for `init_instance`. Pops the call
    /// down to `f_slot`.
    #[inline(always)]
    fn enter_plain(&mut self, func: ObjRef, init_instance: Option<Value>, start: usize, f_slot: usize) -> PyResult<()> {
        self.check_in_loop_depth()?;
        let handled_base = self.handled.len();
        let pooled = self.frame_pool.pop();
        let Obj::Function(f) = self.heap.get(func) else {
            return Err(PyErr::type_error("not a function"));
        };
        let (globals, shape, stack) = (f.globals, f.code.call_shape, f.code.stacksize);
        let mut frame = match pooled {
            Some(mut frame) => {
                // A recursive call reuses a frame that ran the same code: no reference count
                // traffic.
                if !Rc::ptr_eq(&frame.code, &f.code) {
                    frame.code = f.code.clone();
                }
                frame
            }
            None => Frame::for_code(f.code.clone()),
        };
        frame.pc = 0;
        frame.globals = globals;
        frame.namespace = None;
        frame.generator = None;
        frame.handled_base = handled_base;
        frame.on_return = init_instance.map(ReturnHook::Init);
        frame.func = Some(func);
        let nslots = shape.nslots as usize;
        let regs = &mut frame.regs;
        regs.clear();
        // `reserve` and `resize` behind their own checks, and the arguments pushed one by one
        // (there is room): wasm's size-optimised std leaves those calls out of line, a chain
        // of calls paid on every Python call.
        if regs.capacity() < nslots + stack {
            regs.reserve(nslots + stack);
        }
        if let Some(inst) = init_instance {
            regs.push(inst);
        }
        for &v in &self.frame.regs[start..] {
            regs.push(v);
        }
        // Pushes, not `resize`, which wasm's size-optimised std keeps out of line.
        while regs.len() < nslots {
            regs.push(UNBOUND);
        }
        self.frame.regs.truncate(f_slot);
        if shape.has_cells {
            let Frame { code, regs, .. } = &mut *frame;
            self.init_cells(func, code, regs);
        }
        self.push_frame(frame);
        Ok(())
    }

    // The slow paths of instructions with an inline cache, out of line: their locals (the
    // name as a `String`, results passed through memory) would otherwise enlarge `dispatch`'s
    // stack frame, which wasm keeps in linear memory.

    /// `LoadAttr` past the instance fast paths: a property getter that `site` knows becomes
    /// the current frame (true: its return value lands where the attribute would), as a call
    /// instruction's callee does, rather than running in a nested loop; a class object's
    /// attribute or a namedtuple field comes from `site` when it holds it; else the general
    /// lookup, after which `site` learns about those. The value is pushed.
    #[inline(never)]
    fn load_attr_past_cache(&mut self, obj: Value, key: Value, site: &Cell<AttrCache>) -> PyResult<bool> {
        if let Some(fget) = self.cached_property_getter(obj, site) {
            self.frame.regs.push(obj);
            let at = self.frame.regs.len() - 1;
            self.enter_plain(fget, None, at, at)?;
            return Ok(true);
        }
        if let Some(fget) = self.cached_native_property_getter(obj, site) {
            let v = self.call(Value::Obj(fget), Args::from_slice(&[obj]))?;
            self.frame.regs.push(v);
            return Ok(false);
        }
        let v = match self.cached_class_attr(obj, site).or_else(|| self.cached_tuple_field(obj, site)) {
            Some(v) => v,
            None => {
                let v = self.load_attr_uncached(obj, key)?;
                self.fill_class_attr_cache(obj, key, site);
                self.fill_tuple_field_cache(obj, key, site);
                v
            }
        };
        self.frame.regs.push(v);
        Ok(false)
    }

    /// `LoadAttr` past its inline cache.
    #[cold]
    #[inline(never)]
    fn load_attr_uncached(&mut self, obj: Value, name: Value) -> PyResult<Value> {
        let name = self.name_str(name);
        self.getattr(obj, &name)
    }

    /// `StoreAttr` past its inline cache.
    #[cold]
    #[inline(never)]
    fn store_attr_uncached(&mut self, obj: Value, name: Value, v: Value) -> PyResult<()> {
        let name = self.name_str(name);
        self.setattr(obj, &name, v)
    }

    /// `LoadMethod` past the instance fast paths: a `super()` object's method from `site`
    /// when it holds it, else the general lookup, after which `site` learns about `super`.
    #[inline(never)]
    fn load_method_past_cache(
        &mut self,
        obj: Value,
        key: Value,
        site: Option<&Cell<AttrCache>>,
    ) -> PyResult<(Value, Option<Value>)> {
        let Some(site) = site else { return self.load_method_uncached(obj, key) };
        if let Some(found) = self.cached_super_method(obj, site).or_else(|| self.cached_class_method(obj, site)) {
            return Ok(found);
        }
        let found = self.load_method_uncached(obj, key)?;
        self.fill_super_method_cache(obj, key, site);
        self.fill_class_method_cache(obj, key, site);
        Ok(found)
    }

    /// `LoadMethod` past its inline cache.
    #[cold]
    #[inline(never)]
    fn load_method_uncached(&mut self, obj: Value, name: Value) -> PyResult<(Value, Option<Value>)> {
        let name = self.name_str(name);
        self.load_method(obj, &name)
    }

    /// `UnpackSequence(n)` of anything but a list or tuple of length `n`: the values go onto
    /// the stack, the first on top.
    #[cold]
    #[inline(never)]
    fn unpack_sequence_general(&mut self, seq: Value, n: usize) -> PyResult<()> {
        // A set or dict of the right length (`(v,) = s`): its items (keys) in iteration order,
        // without an iterator object. Its `__iter__` cannot be replaced: a subclass's
        // instance is no `Obj::Set`/`Obj::Dict`.
        if let Value::Obj(r) = seq {
            let base = self.frame.regs.len();
            match self.heap.get(r) {
                Obj::Set(s) | Obj::FrozenSet(s) if s.len() == n => self.frame.regs.extend(s.iter()),
                Obj::Dict(d) if d.len() == n => self.frame.regs.extend(d.iter().map(|e| e.key)),
                _ => {}
            }
            if self.frame.regs.len() > base {
                self.frame.regs[base..].reverse();
                return Ok(());
            }
        }
        let items = self.unpack(seq, n, None)?;
        self.frame.regs.extend(items.into_iter().rev());
        Ok(())
    }

    /// `obj.name` for an immediate call: avoids allocating a bound method for plain methods.
    fn load_method(&mut self, obj: Value, name: &str) -> PyResult<(Value, Option<Value>)> {
        let cls = self.type_of(obj);
        let plain_instance = match obj {
            Value::Obj(r) => !matches!(self.heap.get(r), Obj::Class(_) | Obj::Module(_) | Obj::Super { .. }),
            _ => true,
        };
        let hooks = self.class(cls).hooks;
        if plain_instance
            && !hooks.getattribute
            && let Some(m) = self.lookup_mro(cls, name)
        {
            let kind = match m {
                Value::Obj(r) => match self.heap.get(r) {
                    Obj::Function(_) => Some(false),
                    Obj::Native(n) if n.kind == NativeKind::Method => Some(true),
                    _ => None,
                },
                _ => None,
            };
            if let Some(is_native) = kind {
                // The instance dict can shadow a method.
                let shadowed = self.instance_attr(obj, name);
                if let Some(v) = shadowed {
                    return Ok((v, None));
                }
                let recv = if is_native { self.builtin_value(obj) } else { obj };
                return Ok((m, Some(recv)));
            }
        }
        let v = self.getattr(obj, name)?;
        Ok((v, None))
    }

    fn name_str(&self, v: Value) -> String {
        self.heap.str_of(v).unwrap_or("").to_string()
    }

    fn load_deref(&mut self, code: &Code, i: usize) -> PyResult<Value> {
        let cell = self.frame.regs[code.varnames.len() + i];
        if let Value::Obj(c) = cell
            && let Obj::Cell(Some(v)) = self.heap.get(c)
        {
            return Ok(*v);
        }
        let name = cell_name(code, i);
        if i < code.cellvars.len() {
            Err(PyErr::new(
                ExcKind::UnboundLocalError,
                format!("cannot access local variable '{name}' where it is not associated with a value"),
            ))
        } else {
            Err(PyErr::new(
                ExcKind::NameError,
                format!(
                    "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
                ),
            ))
        }
    }

    fn load_global(&mut self, key: Value) -> PyResult<Value> {
        let g = self.frame.globals;
        if let Some(v) = self.str_key_get(g, key) {
            return Ok(v);
        }
        let b = self.builtins;
        if let Some(v) = self.str_key_get(b, key) {
            return Ok(v);
        }
        let n = self.heap.str_of(key).unwrap_or("").to_string();
        if let Some(v) = crate::modules::lazy_builtins::load(self, &n)? {
            return Ok(v);
        }
        Err(self.name_error(key))
    }

    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn namespace_get(&mut self, ns: ObjRef, key: Value) -> PyResult<Option<Value>> {
        if matches!(self.heap.get(ns), Obj::Dict(_)) {
            return Ok(self.str_key_get(ns, key));
        }
        match self.getitem(Value::Obj(ns), key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, ExcKind::KeyError) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Stores global `names[i]` of `code`: in place through the name's cache when it points
    /// at the entry, else the full store, after which the cache points at the entry. Out of
    /// line on wasm, like the other instructions few loops run (interp/outline.rs).
    #[cfg_attr(edge_speed, optimize(speed))]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn store_global(&mut self, code: &Code, i: u32, g: ObjRef, v: Value) {
        let key = code.names[i as usize];
        let Some(site) = code.global_cache.get(i as usize) else {
            self.str_key_set(g, key, v);
            return;
        };
        if !self.cached_global_store(site, g, key, v) {
            self.str_key_set(g, key, v);
            self.fill_global_cache(site, g, key);
        }
    }

    fn namespace_set(&mut self, ns: ObjRef, key: Value, v: Value) -> PyResult<()> {
        if matches!(self.heap.get(ns), Obj::Dict(_)) {
            self.str_key_set(ns, key, v);
            return Ok(());
        }
        self.setitem(Value::Obj(ns), key, v)
    }

    // Out of line on wasm: inlined into its one caller, `dispatch_rare`, it was a tenth of it.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn make_function(
        &mut self,
        codev: Value,
        qualname: Value,
        defaults: Option<Value>,
        kwdefaults: Option<Value>,
        annotations: Option<Value>,
        closure: Option<Value>,
    ) -> Value {
        let code = match codev {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Code(c) => c.clone(),
                _ => Rc::new(Code::empty()),
            },
            _ => Rc::new(Code::empty()),
        };
        // The compiler's qualname constant matches the code's own: share it rather than
        // allocate a copy per definition (a generator expression defines one per run).
        let qual: Rc<str> = match self.heap.str_of(qualname) {
            Some(q) if *q == *code.qualname => code.qualname.clone(),
            q => q.unwrap_or("").into(),
        };
        let defaults = defaults.and_then(|d| self.heap.tuple(d).cloned()).unwrap_or_default();
        let kwdefaults = kwdefaults
            .and_then(|d| self.heap.dict(d).map(|d| d.iter().map(|e| (e.key, e.value)).collect::<Vec<_>>()))
            .unwrap_or_default()
            .into_iter()
            .map(|(k, v)| (Rc::<str>::from(self.heap.str_of(k).unwrap_or("")), v))
            .collect();
        let closure = closure
            .and_then(|c| self.heap.tuple(c).map(|cells| cells.iter().filter_map(|v| v.as_obj()).collect()))
            .unwrap_or_default();
        let globals = self.frame.globals;
        let module = self.dict_get_str(globals, "__name__").unwrap_or(Value::None);
        let doc = code.docstring.unwrap_or(Value::None);
        self.alloc(Obj::Function(Box::new(Function {
            name: code.name.clone(),
            qualname: qual,
            code,
            globals,
            defaults,
            kwdefaults,
            closure,
            dict: None,
            doc,
            module,
            annotations: annotations.and_then(|a| a.as_obj()),
        })))
    }

    /// Unpacks `seq` into exactly `n` values, or `n` + a list + `after` values for starred
    /// targets. Values come back in source order.
    fn unpack(&mut self, seq: Value, n: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
        let items = match self.heap.seq_items(seq) {
            Some(s) => s.to_vec(),
            None => self.collect_for_unpack_msg(seq)?,
        };
        match after {
            None => {
                if items.len() != n {
                    return Err(if items.len() > n {
                        PyErr::value_error(format!("too many values to unpack (expected {n})"))
                    } else {
                        PyErr::value_error(format!("not enough values to unpack (expected {n}, got {})", items.len()))
                    });
                }
                Ok(items)
            }
            Some(after) => {
                if items.len() < n + after {
                    return Err(PyErr::value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        n + after,
                        items.len()
                    )));
                }
                let mid: Vec<Value> = items[n..items.len() - after].to_vec();
                let mut out: Vec<Value> = items[..n].to_vec();
                let l = self.new_list(mid);
                out.push(l);
                out.extend_from_slice(&items[items.len() - after..]);
                Ok(out)
            }
        }
    }

    fn collect_for_unpack_msg(&mut self, seq: Value) -> PyResult<Vec<Value>> {
        match self.iter(seq) {
            Ok(_) => self.collect(seq),
            Err(_) => Err(PyErr::type_error(format!("cannot unpack non-iterable {} object", self.type_name(seq)))),
        }
    }

    /// The items of `*seq`: in a display or among several `*` arguments (`callee` is `None`),
    /// or as the one `*` argument of a call to `callee`, which the error then names.
    #[inline(never)] // rare: kept out of `dispatch` (V8 compiles all of it on first call)
    pub(crate) fn collect_star(&mut self, seq: Value, callee: Option<Value>) -> PyResult<Vec<Value>> {
        if let Some(s) = self.heap.seq_items(seq) {
            return Ok(s.to_vec());
        }
        match self.iter(seq) {
            Ok(it) => self.collect(it),
            // An `__iter__` that raised TypeError is the program's own error, as in CPython.
            Err(e) if self.has_iter_protocol(seq) => Err(e),
            Err(_) => {
                let what = match callee {
                    Some(f) => format!("{} argument after *", self.function_str(f)),
                    None => "Value after *".to_string(),
                };
                Err(PyErr::type_error(format!("{what} must be an iterable, not {}", self.type_name(seq))))
            }
        }
    }

    /// Whether `iter(v)` has something to try: an `__iter__` that is not None, or the
    /// `__getitem__` sequence protocol.
    pub(crate) fn has_iter_protocol(&self, v: Value) -> bool {
        let cls = self.type_of(v);
        self.lookup_special(cls, "__iter__").is_some_and(|f| !f.is_none())
            || self.lookup_special(cls, "__getitem__").is_some()
    }

    /// How CPython names a callable in argument errors: `module.qualname()`, or
    /// `qualname()` for built-ins.
    pub(crate) fn function_str(&mut self, f: Value) -> String {
        let text = |vm: &mut Self, name: &str| match vm.getattr_opt(f, name) {
            Ok(Some(v)) => vm.heap.str_of(v).map(str::to_string),
            _ => None,
        };
        let Some(qualname) = text(self, "__qualname__") else {
            return self.to_str(f).unwrap_or_else(|_| self.type_name(f).to_string());
        };
        match text(self, "__module__") {
            Some(module) if module != "builtins" => format!("{module}.{qualname}()"),
            _ => format!("{qualname}()"),
        }
    }

    /// `{**m}`, or with `callee` the `**m` of a call to it: duplicate keys are errors then,
    /// and the errors name the callee.
    pub(crate) fn dict_merge(&mut self, target: Value, m: Value, callee: Option<Value>) -> PyResult<()> {
        let entries: Vec<(Value, Value)> = if let Some(d) = self.heap.dict(self.builtin_value(m)) {
            d.iter().map(|e| (e.key, e.value)).collect()
        } else {
            let keys = match self.getattr_opt(m, "keys")? {
                Some(k) => self.call_pos(k, vec![])?,
                None => {
                    let tn = self.type_name(m).to_string();
                    return Err(PyErr::type_error(match callee {
                        Some(f) => format!("{} argument after ** must be a mapping, not {tn}", self.function_str(f)),
                        None => format!("'{tn}' object is not a mapping"),
                    }));
                }
            };
            let keys = self.collect(keys)?;
            let mut out = Vec::with_capacity(keys.len());
            for k in keys {
                let v = self.getitem(m, k)?;
                out.push((k, v));
            }
            out
        };
        for (k, v) in entries {
            if let Some(f) = callee
                && self.dict_get(target, k)?.is_some()
            {
                let ks = self.heap.str_of(k).unwrap_or("").to_string();
                let name = self.function_str(f);
                return Err(PyErr::type_error(format!("{name} got multiple values for keyword argument '{ks}'")));
            }
            self.dict_set(target, k, v)?;
        }
        Ok(())
    }

    #[inline(never)] // rare: kept out of `dispatch` (V8 compiles all of it on first call)
    fn is_mapping(&self, v: Value) -> bool {
        let bv = self.builtin_value(v);
        if self.heap.dict(bv).is_some() {
            return true;
        }
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(_)))
            && self.lookup_mro(self.type_of(v), "keys").is_some()
            && self.lookup_mro(self.type_of(v), "__getitem__").is_some()
    }

    #[inline(never)] // rare: kept out of `dispatch` (V8 compiles all of it on first call)
    fn is_match_sequence(&self, v: Value) -> bool {
        let bv = self.builtin_value(v);
        match bv {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::List(_) | Obj::Tuple(_) | Obj::Range { .. } | Obj::BigRange(_) => true,
                Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_) | Obj::Dict(_) => false,
                Obj::Instance(_) => {
                    let cls = self.type_of(v);
                    self.lookup_mro(cls, "__getitem__").is_some()
                        && self.lookup_mro(cls, "__len__").is_some()
                        && self.lookup_mro(cls, "keys").is_none()
                }
                _ => false,
            },
            _ => false,
        }
    }

    #[inline(never)] // rare: kept out of `dispatch` (V8 compiles all of it on first call)
    fn match_keys(&mut self, subject: Value, keys: Value) -> PyResult<Value> {
        let ks = self.heap.tuple(keys).cloned().unwrap_or_default();
        let mut vals = Vec::with_capacity(ks.len());
        let bv = self.builtin_value(subject);
        for k in ks {
            let v = if self.heap.dict(bv).is_some() {
                self.dict_get(bv, k)?
            } else {
                match self.getitem(subject, k) {
                    Ok(v) => Some(v),
                    Err(e) if self.err_matches(&e, ExcKind::KeyError) => None,
                    Err(e) => return Err(e),
                }
            };
            match v {
                Some(v) => vals.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(vals))
    }

    #[inline(never)] // rare: kept out of `dispatch` (V8 compiles all of it on first call)
    fn match_class(&mut self, subject: Value, cls: Value, npos: usize, names: Value) -> PyResult<Value> {
        let Value::Obj(c) = cls else {
            return Err(PyErr::type_error("called match pattern must be a class"));
        };
        if !matches!(self.heap.get(c), Obj::Class(_)) {
            return Err(PyErr::type_error("called match pattern must be a class"));
        }
        if !self.is_instance(subject, c) {
            return Ok(Value::None);
        }
        let mut out = Vec::new();
        if npos > 0 {
            let self_match = matches!(
                self.class(c).builtin,
                BuiltinKind::Int
                    | BuiltinKind::Bool
                    | BuiltinKind::Float
                    | BuiltinKind::Str
                    | BuiltinKind::Bytes
                    | BuiltinKind::ByteArray
                    | BuiltinKind::List
                    | BuiltinKind::Tuple
                    | BuiltinKind::Dict
                    | BuiltinKind::Set
                    | BuiltinKind::FrozenSet
            ) && self.lookup_mro(c, "__match_args__").is_none();
            if self_match {
                if npos > 1 {
                    return Err(PyErr::type_error(format!(
                        "{}() accepts 1 positional sub-pattern ({npos} given)",
                        self.class_name(c)
                    )));
                }
                out.push(subject);
            } else {
                let ma = match self.getattr_opt(cls, "__match_args__")? {
                    Some(m) => self.heap.tuple(m).cloned().unwrap_or_default(),
                    None => Vec::new(),
                };
                if npos > ma.len() {
                    return Err(PyErr::type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({npos} given)",
                        self.class_name(c),
                        ma.len(),
                        if ma.len() == 1 { "" } else { "s" }
                    )));
                }
                for name in ma.iter().take(npos) {
                    let n = self.heap.str_of(*name).unwrap_or("").to_string();
                    match self.getattr_opt(subject, &n)? {
                        Some(v) => out.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        let kw = self.heap.tuple(names).cloned().unwrap_or_default();
        for name in kw {
            let n = self.heap.str_of(name).unwrap_or("").to_string();
            match self.getattr_opt(subject, &n)? {
                Some(v) => out.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(out))
    }
}

/// A binary instruction's common case in place: when `f` gives a result for the top two
/// values, it replaces them (one length update, instead of two pops and a push).
#[inline(always)]
fn fast_top2(regs: &mut Vec<Value>, f: impl FnOnce(Value, Value) -> Option<Value>) -> bool {
    let n = regs.len();
    let [.., a, b] = regs.as_mut_slice() else { return false };
    let Some(r) = f(*a, *b) else { return false };
    *a = r;
    regs.truncate(n - 1);
    true
}

/// The frame below the outermost one. Out of line: `Frame` built in place would take stack
/// space in every function that pops a frame, `dispatch` among them.
#[cold]
#[inline(never)]
fn empty_frame() -> Box<Frame> {
    Box::new(Frame::empty())
}

fn cell_name(code: &Code, i: usize) -> Rc<str> {
    code.cellvars.iter().chain(code.freevars.iter()).nth(i).cloned().unwrap_or_else(|| "?".into())
}

/// `UnboundLocalError` for reading local slot `i` before assignment.
#[cold]
fn unbound_local(code: &Code, i: usize) -> PyErr {
    let name = code.varnames.get(i).cloned().unwrap_or_else(|| "".into());
    PyErr::new(
        ExcKind::UnboundLocalError,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

#[cfg(test)]
mod gc_tests;

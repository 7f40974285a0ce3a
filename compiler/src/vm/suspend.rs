//! Suspension: a run can stop and wait for its embedder (an event, a timer, an animation
//! frame, an asynchronous host call, a module fetch, or just a turn of the host's event loop)
//! and be resumed later with the answer.
//!
//! The whole run state already lives in `Vm` (`frame` + `frames`), so suspending means
//! leaving the dispatch loop with nothing on the Rust stack. That is possible only when the
//! wait starts in the outermost interpreter loop: from a native called directly by a call
//! instruction (`receive()`, `sleep()`, a host function), from an `import` instruction, or at
//! a loop back-edge (preemption). A wait requested anywhere else (inside a `sorted` key, an
//! `__eq__` run by a dict, an imported module's body, a generator driven by native code)
//! cannot suspend: `sleep` then blocks through the host and the others raise `RuntimeError`.
//!
//! The requesting code sets `vm.wait` and returns an error that travels unchanged up to
//! `execute`, which sees `wait` set and leaves without unwinding.

use super::Vm;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::{Obj, ObjRef, Value};

/// Why a run is waiting on its embedder.
#[derive(Clone, Debug, PartialEq)]
pub enum WaitReason {
    /// `sleep(seconds)` / `time.sleep`: resume (with None) after that long.
    Timer(f64),
    /// `receive()`: resume with the next event message (a `str`).
    Event,
    /// `frame()`: resume with the frame's timestamp (a number) at the next animation frame.
    Frame,
    /// The run used its back-edge budget: let the host's event loop turn, then resume.
    Preempt,
    /// A host native function answered "pending": resume with its result.
    HostCall,
    /// A module must be fetched: register it, then resume (or resume with an error).
    Fetch(String),
}

/// Where a run stands after `start_main` or `resume`.
#[derive(Clone, Debug, PartialEq)]
pub enum RunState {
    Finished,
    Suspended(WaitReason),
}

/// State of suspension support, kept together in `Vm`.
#[derive(Debug)]
pub struct SuspendState {
    /// Set by the embedder when it drives runs with `start_main`/`resume`.
    pub enabled: bool,
    /// Back-edges between preemptions (0: never preempt).
    pub(crate) preempt_every: u32,
    pub(crate) backedges_left: u32,
    /// Nesting of interpreter loops (`run_frame`); suspension needs exactly 1.
    pub(crate) run_depth: u32,
    /// For each nested loop: (index of its first frame, natives on the stack when it began).
    pub(crate) entries: Vec<(usize, usize)>,
    /// The `frames` depth the outermost loop returns at.
    pub(crate) outer_base: usize,
    /// Set by a call instruction just before it calls a non-Python callable.
    pub(crate) direct_call: bool,
    /// Whether the innermost running native was called directly by a call instruction.
    pub(crate) native_direct: bool,
    /// Set by an import instruction of the outermost loop while it imports.
    pub(crate) fetch_site: bool,
    /// Name of the outermost native on the stack (for error messages).
    pub(crate) outer_native: &'static str,
    /// The class last instantiated from Python code: names `list()` when the outermost native
    /// is a constructor's `__init__`/`__new__`.
    pub(crate) outer_class: Option<ObjRef>,
    /// What the run waits for (set from the request until `resume`).
    pub(crate) wait: Option<WaitReason>,
    /// The result of the last host call made by a call instruction, with the frame depth it
    /// was made at: `await host_fn()` accepts exactly that value as a finished awaitable.
    pub(crate) host_result: Option<(usize, Value)>,
}

impl Default for SuspendState {
    fn default() -> Self {
        SuspendState {
            enabled: false,
            preempt_every: 0,
            backedges_left: u32::MAX,
            run_depth: 0,
            entries: Vec::new(),
            outer_base: 0,
            direct_call: false,
            native_direct: false,
            fetch_site: false,
            outer_native: "",
            outer_class: None,
            wait: None,
            host_result: None,
        }
    }
}

/// The error value that carries a suspension up to the dispatch loop (never seen by Python).
fn suspend_marker() -> PyErr {
    PyErr::new(ExcKind::SystemError, "run suspended")
}

impl Vm {
    /// Preempts the run every `n` loop back-edges (0: never). Takes effect only in runs
    /// driven by `start_main`/`resume`.
    pub fn set_preempt(&mut self, n: u32) {
        self.suspend.preempt_every = n;
        self.suspend.backedges_left = if n == 0 { u32::MAX } else { n };
    }

    /// Runs `source` as `__main__` like `run_main`, but the run may stop to wait for the
    /// embedder (`RunState::Suspended`); continue it with `resume`.
    pub fn start_main(&mut self, source: &str, filename: &str) -> PyResult<RunState> {
        self.suspend.enabled = true;
        self.suspend.wait = None;
        match self.run_main(source, filename) {
            Ok(()) => Ok(RunState::Finished),
            Err(e) => self.outcome(e),
        }
    }

    /// Continues a suspended run: `reply` is the waited-for value (the event `str`, the host
    /// call's result, None for timers, fetches and preemption) or an exception raised where
    /// the run waits.
    pub fn resume(&mut self, reply: Result<Value, PyErr>) -> PyResult<RunState> {
        let Some(wait) = self.suspend.wait.take() else {
            return Err(PyErr::runtime_error("resume: the run is not suspended"));
        };
        let pending = match (wait, reply) {
            (WaitReason::Preempt | WaitReason::Fetch(_), Ok(_)) => None,
            (WaitReason::Fetch(_), Err(e)) => {
                // The import instruction was left to run again; skip it to raise at it.
                self.frame.pc += 1;
                Some(e)
            }
            (_, Ok(v)) => {
                self.frame.regs.push(v);
                self.suspend.host_result = Some((self.frames.len(), v));
                None
            }
            (_, Err(e)) => Some(e),
        };
        let base = self.suspend.outer_base;
        match self.reenter_outer(base, pending) {
            Ok(_) => Ok(RunState::Finished),
            Err(e) => self.outcome(e),
        }
    }

    /// Drops a suspended run's frames (the embedder gave up on it).
    pub fn abandon_run(&mut self) {
        self.suspend.wait = None;
        while !self.frames.is_empty() {
            let f = self.pop_frame();
            self.recycle_frame(f);
        }
    }

    /// Whether a wait requested now could suspend the run.
    pub fn can_suspend(&self) -> bool {
        let s = &self.suspend;
        s.enabled && s.wait.is_none() && s.run_depth == 1 && self.native_depth == 1 && s.native_direct
    }

    /// Called by a native that must wait: suspends the run (the native's caller gets the
    /// value `resume` brings), or explains why it cannot. `what` names the caller
    /// (`"receive()"`).
    pub fn request_wait(&mut self, reason: WaitReason, what: &str) -> PyResult<Value> {
        if self.can_suspend() {
            self.suspend.wait = Some(reason);
            return Err(suspend_marker());
        }
        Err(PyErr::runtime_error(format!("{what} cannot wait {}", self.no_suspend_reason())))
    }

    /// Records `v` as the result of a host call, so `await` accepts it (see `host_result`).
    pub fn mark_host_result(&mut self, v: Value) {
        self.suspend.host_result = Some((self.frames.len(), v));
    }

    /// `import` of a module the host is fetching: suspends, or raises `ModuleNotFoundError`
    /// saying why the import cannot wait.
    pub(crate) fn wait_for_fetch(&mut self, name: &str) -> PyErr {
        let s = &self.suspend;
        if s.enabled && s.wait.is_none() && s.run_depth == 1 && self.native_depth == 0 && s.fetch_site {
            self.suspend.wait = Some(WaitReason::Fetch(name.to_string()));
            return suspend_marker();
        }
        let why = if self.native_depth > 0 && self.suspend.run_depth == 1 {
            format!("when called from native code ({})", self.outer_native_name())
        } else {
            self.no_suspend_reason()
        };
        PyErr::new(
            ExcKind::ModuleNotFoundError,
            format!("No module named '{name}' (the host must fetch it, and the import cannot wait {why})"),
        )
    }

    /// Sleeps `seconds`: suspends when possible, else blocks through the host.
    pub fn sleep_or_block(&mut self, seconds: f64) -> PyResult<Value> {
        if self.can_suspend() {
            return self.request_wait(WaitReason::Timer(seconds), "sleep()");
        }
        self.host.sleep(seconds);
        Ok(Value::None)
    }

    /// The suspension (or the error) a run's entry point got.
    fn outcome(&mut self, e: PyErr) -> PyResult<RunState> {
        match self.suspend.wait.clone() {
            Some(w) => Ok(RunState::Suspended(w)),
            None => Err(e),
        }
    }

    /// The outermost native on the stack, as `name()` for messages.
    fn outer_native_name(&self) -> String {
        let s = &self.suspend;
        if matches!(s.outer_native, "__init__" | "__new__")
            && let Some(c) = s.outer_class
            && let Obj::Class(cls) = self.heap.get(c)
        {
            return format!("{}()", cls.name);
        }
        format!("{}()", s.outer_native)
    }

    /// Why a wait requested now cannot suspend, as the end of "X cannot wait ...".
    fn no_suspend_reason(&self) -> String {
        let s = &self.suspend;
        if !s.enabled {
            return "here: this embedder runs programs without suspension".to_string();
        }
        if s.run_depth == 0 {
            return "outside a run".to_string();
        }
        if s.run_depth > 1 {
            let (index, natives) = s.entries.last().copied().unwrap_or((0, 0));
            let entry = if index < self.frames.len() { &self.frames[index] } else { &self.frame };
            let code = &entry.code;
            if code.flags.uses_namespace && !code.flags.class_body {
                return format!("inside the body of a module being imported ({})", code.filename);
            }
            if entry.generator.is_some() {
                return format!(
                    "inside generator {}() driven by native code ({}; iterate it with a for loop instead)",
                    code.qualname,
                    if natives > 0 { self.outer_native_name() } else { "a special method".to_string() }
                );
            }
            if natives > 0 {
                return format!(
                    "inside a callback called from native code ({} calling {})",
                    self.outer_native_name(),
                    code.qualname
                );
            }
            return format!(
                "inside {}(), which the interpreter called implicitly (a special method, property or __init__)",
                code.qualname
            );
        }
        if self.native_depth > 1 {
            return format!("when called from native code ({})", self.outer_native_name());
        }
        "here: only a direct call from Python code can wait".to_string()
    }
}

#[cfg(test)]
mod tests;

//! How much host stack the interpreter may still use.
//!
//! Python-to-Python calls run in one loop and cost no host stack, but Rust code that calls
//! Python (a `sorted` key, a dunder a builtin invokes, `__missing__`, a generator resumed by
//! `next`) nests a loop, and comparing or hashing nested containers recurses in Rust. Each
//! such level costs host stack that `sys.setrecursionlimit` knows nothing about, so these
//! checks raise `RecursionError` before the host stack runs out, whatever the limit says.
//!
//! Native builds measure the stack itself (the address of a local). A wasm module cannot:
//! the engine runs wasm frames on its own native stack, invisible to the module and small
//! (V8: ~984 KB on Node's main thread and a page's, less in a Chromium worker). There the VM
//! counts nesting levels and charges each the most engine stack one was measured to take
//! (`runtime/tests/reentry-probe.mjs` finds the deepest level each kind of re-entry reaches).

use super::Vm;
use crate::error::{ExcKind, PyErr, PyResult};

/// Host stack bytes the interpreter may use, measured from the outermost frame (the CLI runs
/// it on a 512 MiB thread; wasm builds link an 8 MiB stack in linear memory, which holds only
/// the locals whose address is taken).
const STACK_BUDGET: usize = if cfg!(target_arch = "wasm32") { 6 << 20 } else { 384 << 20 };

/// Engine stack (bytes) the wasm VM allows itself unless its embedder says it has more
/// (`Limits::engine_stack`, `edge_set_engine_stack`). The smallest host is a Chromium dedicated
/// worker, which holds about half of what Node's ~984 KB main thread does (~500 KB); with the
/// costs below the heaviest kind the probe knows stops at 65% of the worker's capacity, the
/// rest being margin for the JS runtime below the module and for heavier re-entry paths.
pub(crate) const ENGINE_STACK_BUDGET: usize = 330 << 10;

/// The share of a thread's engine stack an embedder should grant (`edge_set_engine_stack`):
/// the margin `ENGINE_STACK_BUDGET` keeps in a Chromium worker.
pub const ENGINE_STACK_SHARE_PERCENT: usize = 65;

/// Engine stack one nested interpreter loop costs, with the Rust frames between it and the
/// loop below: the worst kind the probe measures in optimised code (Node 20's V8, whose frames
/// are the larger ones), a `__lt__` re-entering through `sorted`, is 3.8 KB a level counting
/// the native it passes through (4.5 KB with the hot functions compiled for speed).
const REENTRY_COST: usize = if cfg!(edge_speed) { 4096 } else { 3584 };

/// Engine stack a native on the Rust stack costs (iterators wrapping iterators: 270 bytes).
const NATIVE_COST: usize = 384;

/// Engine stack one level of Rust recursion over nested containers costs (comparing nested
/// tuples: 600 bytes).
const NESTED_COST: usize = 768;

/// Levels of Rust recursion over nested containers allowed whatever the host stack: CPython
/// 3.13's C recursion limit, so deep comparisons fail where they fail there.
const NESTING_LIMIT: usize = 10_000;

impl Vm {
    /// Notes where the outermost interpreter loop starts on the host stack.
    pub(crate) fn mark_stack_base(&mut self) {
        self.stack_base = stack_marker();
    }

    /// True when one more nested loop or recursion level could overflow the host stack.
    pub(crate) fn stack_exhausted(&self) -> bool {
        if cfg!(target_arch = "wasm32") && self.engine_stack_estimate() > self.limits.engine_stack {
            return true;
        }
        self.stack_base != 0 && self.stack_base.saturating_sub(stack_marker()) > STACK_BUDGET
    }

    /// Engine stack the current nesting takes, by the measured per-level costs (wasm only).
    fn engine_stack_estimate(&self) -> usize {
        self.suspend.run_depth as usize * REENTRY_COST
            + self.native_depth * NATIVE_COST
            + self.rust_nesting * NESTED_COST
    }

    /// Runs `f` one level deeper in a Rust recursion over nested data (comparing, hashing);
    /// `RecursionError` ("maximum recursion depth exceeded{context}") when the host stack
    /// cannot take another level.
    pub(crate) fn nested<T>(&mut self, context: &str, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        if self.rust_nesting >= NESTING_LIMIT || self.stack_exhausted() {
            return Err(PyErr::new(ExcKind::RecursionError, format!("maximum recursion depth exceeded{context}")));
        }
        self.rust_nesting += 1;
        let out = f(self);
        self.rust_nesting -= 1;
        out
    }
}

/// The address of a local: how deep the Rust stack currently is.
#[inline(never)]
fn stack_marker() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

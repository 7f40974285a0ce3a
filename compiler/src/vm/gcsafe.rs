//! Letting the collector run while built-in functions are on the Rust stack.
//!
//! A native's Rust locals are not roots, so by default nothing is collected while one is
//! running (`Vm::native_depth > 0`). That made `list(gen())`, `sum(gen())`,
//! `"".join(gen())`, `list(islice(gen(), n))`... keep every object the generator ever
//! allocated until the native returned: pidigits through `islice` grew to 540 MB (CPython:
//! 10 MB). A native that calls back into Python through the functions here declares that,
//! for the duration of that call, everything it still needs afterwards is rooted: its own
//! arguments and state are passed as `keep`, and the iteration helpers root the iterator and
//! what they have gathered. The collector runs only when every native on the Rust stack is
//! inside such a call (see `Vm::may_collect`).

use super::Vm;
use crate::error::PyResult;
use crate::value::*;

impl Vm {
    /// Whether the Rust frames between the interpreter loops let the collector run: either no
    /// native is running, or each one is inside `gc_safe_step`. `natives_below_ok` discounts
    /// the innermost natives that are known to hold nothing (`gc.collect()` itself).
    pub(crate) fn may_collect(&self, natives_below_ok: usize) -> bool {
        self.native_depth == self.gc_safe_natives + natives_below_ok
    }

    /// Runs `step`, which may run Python code, on behalf of the innermost native, with
    /// `keep` rooted. The level counts as safe only when every native below it is inside such
    /// a call already, so a native that forgets (or cannot) opt in keeps blocking collection
    /// for everything it calls.
    pub(crate) fn gc_safe_step<T>(&mut self, keep: &[Value], step: impl FnOnce(&mut Vm) -> T) -> T {
        let base = self.temp_roots.len();
        for &v in keep {
            self.temp_roots.push(v);
        }
        let counted = self.gc_safe_natives + 1 == self.native_depth;
        self.gc_safe_natives += counted as usize;
        let out = step(self);
        self.gc_safe_natives -= counted as usize;
        self.temp_roots.truncate(base);
        out
    }

    /// `next(it)` for a native whose only values needed afterwards are `keep` (plus `it`).
    pub(crate) fn next_for_native(&mut self, it: Value, keep: &[Value]) -> PyResult<Option<Value>> {
        self.gc_safe_step(keep, |vm| {
            vm.temp_roots.push(it);
            vm.next(it)
        })
    }

    /// `collect(iterable)` for a native whose only values needed afterwards are `keep`: the
    /// items gathered so far are rooted while the iterator runs.
    pub(crate) fn collect_for_native(&mut self, iterable: Value, keep: &[Value]) -> PyResult<Vec<Value>> {
        if self.is_plain_sequence(iterable) {
            return self.collect(iterable);
        }
        self.gc_safe_step(keep, |vm| {
            vm.temp_roots.push(iterable);
            let it = vm.iter(iterable)?;
            vm.take_for_native(it, usize::MAX, &[])
        })
    }

    /// `f(*args)` for a native whose only values needed afterwards are `keep` (the arguments
    /// are the callee's own once it runs).
    pub(crate) fn call_for_native(&mut self, f: Value, args: Vec<Value>, keep: &[Value]) -> PyResult<Value> {
        self.gc_safe_step(keep, |vm| vm.call_pos(f, args))
    }

    /// Up to `n` items of iterator `it` (fewer when it runs out), for a native whose only
    /// values needed afterwards are `keep`; the items gathered so far are rooted.
    pub(crate) fn take_for_native(&mut self, it: Value, n: usize, keep: &[Value]) -> PyResult<Vec<Value>> {
        self.gc_safe_step(keep, |vm| {
            vm.temp_roots.push(it);
            let base = vm.temp_roots.len();
            while vm.temp_roots.len() - base < n {
                match vm.next(it)? {
                    Some(v) => vm.temp_roots.push(v),
                    None => break,
                }
            }
            Ok(vm.temp_roots.split_off(base))
        })
    }

    /// The next item of each of `iters`, rooted until returned, or `Err(i)` when `iters[i]`
    /// ran out (`zip`, `map` over several iterables). Only inside `gc_safe_step`, whose end
    /// unroots them; the caller roots `iters` (they are its own values).
    pub(crate) fn next_of_each(&mut self, iters: &[Value]) -> PyResult<Result<Vec<Value>, usize>> {
        let base = self.temp_roots.len();
        for (i, &it) in iters.iter().enumerate() {
            match self.next(it)? {
                Some(v) => self.temp_roots.push(v),
                None => return Ok(Err(i)),
            }
        }
        Ok(Ok(self.temp_roots.split_off(base)))
    }

    /// `next_of_each` writing the items to `out` (as long as `iters`), not a new Vec: they
    /// are unrooted once the caller's `gc_safe_step` ends, so it must store them before
    /// anything allocates.
    pub(crate) fn next_of_each_into(&mut self, iters: &[Value], out: &mut [Value]) -> PyResult<Result<(), usize>> {
        let base = self.temp_roots.len();
        for (i, &it) in iters.iter().enumerate() {
            match self.next(it)? {
                Some(v) => self.temp_roots.push(v),
                None => return Ok(Err(i)),
            }
        }
        out.copy_from_slice(&self.temp_roots[base..]);
        Ok(Ok(()))
    }

    /// A list, tuple or range: collecting it runs no Python code (and copies it whole).
    pub(crate) fn is_plain_sequence(&self, v: Value) -> bool {
        self.heap.seq_items(v).is_some() || matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Range { .. }))
    }
}

#[cfg(test)]
mod tests {
    use crate::vm::Vm;
    use crate::vm::null_host::NullHost;

    /// A generator (and a sort key) that allocates ~2,000 short-lived objects per item and
    /// calls `_gc.collect()` (which returns how many objects it freed) every ten items.
    const GARBAGE_GEN: &str = r#"
import _gc
freed = 0
class Box:
    def __init__(self, v): self.v = v
def g(n):
    global freed
    for i in range(n):
        junk = [str(j) for j in range(2000)]
        if i % 10 == 9: freed += _gc.collect()
        yield Box(i)
def key(b):
    global freed
    junk = [str(j) for j in range(2000)]
    if b.v % 10 == 9: freed += _gc.collect()
    return [-b.v]
"#;

    #[test]
    fn natives_driving_a_generator_let_it_collect() {
        for (driver, expect) in [
            ("[b.v for b in list(g(50))][-3:]", "[47, 48, 49]"),
            ("sum(b.v for b in g(50))", "1225"),
            ("''.join(str(b.v) for b in g(12))", "'01234567891011'"),
            ("[b.v for b in __import__('itertools').islice(g(50), 25, 29)]", "[25, 26, 27, 28]"),
            ("[b.v for b in list(__import__('itertools').islice(g(50), 20))][-1]", "19"),
            ("[b.v for b in tuple(g(30))][-2:]", "[28, 29]"),
            ("[b.v for b in sorted(g(30), key=lambda b: -b.v)][:2]", "[29, 28]"),
            ("sum(map(lambda b: b.v, g(30)))", "435"),
            ("sum(a.v + b.v for a, b in zip(g(30), g(30)))", "870"),
            ("[b.v for b in __import__('itertools').chain(g(15), g(15))][-2:]", "[13, 14]"),
            ("list(__import__('itertools').accumulate(b.v for b in g(30)))[-1]", "435"),
            ("list(__import__('itertools').accumulate(g(30), lambda t, b: t + b.v, initial=0))[-1]", "435"),
            ("sum(__import__('itertools').starmap(lambda a, b: a.v + b, ((b, 1) for b in g(30))))", "465"),
            ("len(list(__import__('itertools').takewhile(lambda b: b.v < 25, g(30))))", "25"),
            ("len(list(__import__('itertools').dropwhile(lambda b: b.v < 5, g(30))))", "25"),
            ("len(list(__import__('itertools').filterfalse(lambda b: b.v % 2, g(30))))", "15"),
            ("[b.v for b in __import__('itertools').compress(g(30), (i % 3 == 0 for i in range(30)))][-1]", "27"),
            ("[[b.v for b in t] for t in __import__('itertools').batched(g(30), 7)][-1]", "[28, 29]"),
            ("[a.v + b.v for a, b in __import__('itertools').pairwise(g(30))][-1]", "57"),
            ("[a.v for a, b in __import__('itertools').zip_longest(g(30), g(20))][-1]", "29"),
            ("__import__('functools').reduce(lambda t, b: t + b.v, g(30), 0)", "435"),
            ("[b.v for b in sorted([Box(i) for i in range(30)], key=key)][:2]", "[29, 28]"),
            ("(lambda l: (l.sort(key=key), [b.v for b in l][:2])[1])([Box(i) for i in range(30)])", "[29, 28]"),
        ] {
            let mut vm = Vm::new(Box::new(NullHost));
            // Every item must survive the collections made while later ones were produced.
            let src = format!("{GARBAGE_GEN}out = {driver}\nassert out == {expect}, out\nassert freed > 5000, freed\n");
            if let Err(e) = vm.run_main(&src, "<test>") {
                panic!("{driver}: {}", vm.format_exception(&e));
            }
        }
    }
}

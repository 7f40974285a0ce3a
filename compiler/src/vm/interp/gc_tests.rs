//! Collection and the heap limit in loops that raise: each raise leaves `dispatch`, so these
//! must not depend on a loop running a whole op slice without raising.

use crate::vm::Vm;
use crate::vm::null_host::NullHost;

const RAISES: usize = 400_000;

#[test]
fn caught_exceptions_are_collected() {
    let mut vm = Vm::new(Box::new(NullHost));
    let src =
        format!("for i in range({RAISES}):\n    try:\n        raise KeyError(i)\n    except KeyError:\n        pass\n");
    vm.run_main(&src, "<test>").unwrap_or_else(|e| panic!("{e:?}"));
    // Every raise allocates an instance and its args tuple; uncollected, 2 * RAISES stay.
    let live = vm.heap.live();
    assert!(live < RAISES / 2, "{live} objects live after {RAISES} caught exceptions");
}

#[test]
fn heap_limit_holds_in_a_loop_that_raises() {
    let mut vm = Vm::new(Box::new(NullHost));
    vm.limits.max_heap_bytes = Some(4 << 20);
    let src = format!(
        "kept = []\nfor i in range({RAISES}):\n    try:\n        raise KeyError(i)\n    except KeyError as e:\n        kept.append(e)\n"
    );
    let err = vm.run_main(&src, "<test>").expect_err("the heap limit was never enforced");
    let text = vm.format_exception(&err);
    assert!(text.ends_with("MemoryError: heap limit exceeded\n"), "{text}");
}

//! Built-in modules implemented in Rust, instantiated on first import.

pub mod bisect;
pub mod functools;
pub mod heapq;
pub mod itertools;
pub mod math;
pub mod operator;
pub mod random;
pub mod sys;
pub mod time;

use crate::vm::Vm;

/// Makes the Rust modules importable by name.
pub fn register(vm: &mut Vm) {
    vm.register_native_module("bisect", bisect::init);
    vm.register_native_module("functools", functools::init);
    vm.register_native_module("heapq", heapq::init);
    vm.register_native_module("itertools", itertools::init);
    vm.register_native_module("math", math::init);
    vm.register_native_module("operator", operator::init);
    vm.register_native_module("random", random::init);
    vm.register_native_module("sys", sys::init);
    vm.register_native_module("time", time::init);
}

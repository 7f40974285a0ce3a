//! Built-in modules implemented in Rust, instantiated on first import.

pub mod abc;
pub mod bisect;
pub mod collections;
pub mod copy;
pub mod functools;
pub mod heapq;
pub mod io;
pub mod itertools;
pub mod math;
pub mod operator;
pub mod pystd;
pub mod random;
// The JS runtime loads `re` lazily as its own wasm module (std/re/module → runtime/std/re.wasm),
// so compiler_lib.wasm leaves the engine out; native builds have it built in.
#[cfg(not(target_arch = "wasm32"))]
pub mod re;
pub mod string;
pub mod sys;
pub mod time;
pub mod types;
pub mod typing;

use crate::vm::Vm;

/// Makes the Rust modules importable by name.
pub fn register(vm: &mut Vm) {
    vm.register_native_module("abc", abc::init);
    vm.register_native_module("bisect", bisect::init);
    vm.register_native_module("collections", collections::init);
    vm.register_native_module("collections.abc", collections::init_abc);
    vm.register_native_module("_collections_abc", collections::init_abc_alias);
    vm.register_native_module("contextlib", pystd::init_contextlib);
    vm.register_native_module("copy", copy::init);
    vm.register_native_module("enum", pystd::init_enum);
    vm.register_native_module("dataclasses", pystd::init_dataclasses);
    vm.register_native_module("fractions", pystd::init_fractions);
    vm.register_native_module("functools", functools::init);
    vm.register_native_module("heapq", heapq::init);
    vm.register_native_module("io", io::init);
    vm.register_native_module("itertools", itertools::init);
    vm.register_native_module("math", math::init);
    vm.register_native_module("operator", operator::init);
    vm.register_native_module("random", random::init);
    #[cfg(not(target_arch = "wasm32"))]
    {
        vm.register_native_module("re", re::init);
        vm.register_native_module("_re", re::init_native);
    }
    vm.register_native_module("string", string::init);
    vm.register_native_module("statistics", pystd::init_statistics);
    vm.register_native_module("sys", sys::init);
    vm.register_native_module("textwrap", pystd::init_textwrap);
    vm.register_native_module("time", time::init);
    vm.register_native_module("types", types::init);
    types::register_union(vm);
    vm.register_native_module("typing", typing::init);
}

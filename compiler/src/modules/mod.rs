//! Built-in modules implemented in Rust, instantiated on first import. Most library modules
//! are Python (`runtime/std/*.py`, see `stdsrc`); a module with a Rust half has it under a
//! leading-underscore name (`_collections`, `_functools`, ...) that the Python half imports.

pub mod bisect;
pub mod collections;
pub mod copy;
pub mod datetime_fast;
pub mod decimal_fast;
pub mod fast_methods;
pub mod functools;
pub mod gc;
pub mod generic_alias;
pub mod hashlib;
pub mod heapq;
pub mod importlib;
pub mod itertools;
pub mod json_fast;
pub mod lazy_attrs;
pub mod lazy_builtins;
pub mod math;
pub mod operator;
pub mod os;
pub mod pickle_fast;
pub mod random;
// The JS runtime loads `re` lazily as its own wasm module (std/re/module → runtime/std/re.wasm),
// so compiler_lib.wasm leaves the engine out; native builds have it built in.
#[cfg(not(target_arch = "wasm32"))]
pub mod re;
pub mod rematch;
pub mod stdsrc;
pub mod structs;
pub mod sys;
pub mod textwrap;
pub mod time;
pub mod traceback;
pub mod types;
pub mod weakref;
pub mod xmltok;

use crate::vm::Vm;

/// Makes the Rust modules importable by name.
pub fn register(vm: &mut Vm) {
    vm.register_native_module("_collections", collections::init);
    vm.register_native_module("_copy", copy::init);
    vm.register_native_module("_datetime_fast", datetime_fast::init);
    vm.register_native_module("_decimal_fast", decimal_fast::init);
    vm.register_native_module("collections.abc", collections::init_abc);
    vm.register_native_module("_functools", functools::init);
    vm.register_native_module("_fileio", os::init_fileio);
    vm.register_native_module("_gc", gc::init);
    vm.register_native_module("_hashlib", hashlib::init);
    vm.register_native_module("_json_fast", json_fast::init);
    vm.register_native_module("_os", os::init);
    vm.register_native_module("_pickle_fast", pickle_fast::init);
    let open = vm.new_native_fn("open", os::builtin_open);
    vm.dict_set_str(vm.builtins, "open", open);
    vm.register_native_module("_random", random::init);
    vm.register_native_module("_struct", structs::init);
    vm.register_native_module("_textwrap", textwrap::init);
    generic_alias::register(vm);
    vm.register_native_module("_types", types::init);
    vm.register_native_module("_weakref", weakref::init);
    vm.register_native_module("_xmltok", xmltok::init);
    types::register_union(vm);
    vm.register_native_module("bisect", bisect::init);
    vm.register_native_module("heapq", heapq::init);
    vm.register_native_module("importlib", importlib::init);
    vm.register_native_module("itertools", itertools::init);
    vm.register_native_module("math", math::init);
    vm.register_native_module("operator", operator::init);
    vm.register_native_module("_rematch", rematch::init);
    #[cfg(not(target_arch = "wasm32"))]
    {
        vm.register_native_module("re", re::init);
        vm.register_native_module("_re", re::init_native);
    }
    vm.register_native_module("sys", sys::init);
    vm.register_native_module("_traceback", traceback::init);
    vm.register_native_module("time", time::init);
}

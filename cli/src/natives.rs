//! The standard modules written with wasm-pdk (std/*), linked in as native code: the same
//! Rust the JS runtime loads as runtime/std/*.wasm.

use compiler_lib::Vm;

/// Makes `import json`, `import zlib` (...) work in `vm`. Modules are created on first import.
pub fn register(vm: &mut Vm) {
    wasm_pdk::native::register(vm, &edge_json::MODULE);
    wasm_pdk::native::register(vm, &edge_zlib::MODULE);
    wasm_pdk::native::register(vm, &edge_unicodedata::MODULE);
}

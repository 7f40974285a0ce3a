//! `_json_fast`: the common case of the `json` module done inside the VM. The module itself
//! is a wasm-pdk package (`std/json`: a separate `json.wasm` on the web, linked natively in
//! the CLI) that reads and builds values through the handle codec, one call per value; on
//! wasm each call crosses from the guest through JS into compiler_lib and back, which made
//! `json.loads`/`dumps` 4-6x slower than CPython's C json. Here a whole document is one call.
//!
//! Both functions handle exact dict/list/tuple/str/int/float/bool/None with the default
//! decoder (no hooks) and answer `NotImplemented` for anything else, before any effect (no
//! Python code runs): malformed JSON, a subclass, an object for `default`, a lone surrogate
//! escape, nesting past the depth limit. The `json` shim (std/json/src/json.py) then calls
//! the package, which stays the one place that runs hooks and raises CPython's errors
//! (`JSONDecodeError` with its position, `Circular reference detected`, ...). So these two
//! only have to agree with the package on what they accept.

mod decode;
mod encode;

use crate::builtins::args;
use crate::error::PyResult;
use crate::value::*;
use crate::vm::Vm;

/// A flag argument: CPython tests these by truthiness; anything but the usual values is left
/// to the package.
fn flag(v: Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(b),
        Value::Int(i) => Some(i != 0),
        Value::None => Some(false),
        _ => None,
    }
}

/// `loads(s, strict)`: the value of the JSON document `s` (an exact str), or NotImplemented.
fn loads(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("loads", &a, 2, 2)?;
    let (Some(text), Some(strict)) = (vm.heap.str_of(a.pos[0]), flag(a.pos[1])) else {
        return Ok(vm.not_implemented());
    };
    // A copy: values are allocated while the text is read, and the heap may move a short
    // str's inline bytes when it grows.
    let text = text.to_owned();
    Ok(decode::loads(vm, &text, strict).unwrap_or_else(|| vm.not_implemented()))
}

/// `dumps(obj, indent, item_separator, key_separator, sort_keys, ensure_ascii, allow_nan)`:
/// the JSON text of `obj`, or NotImplemented. `indent` is None, a str or an int (spaces).
fn dumps(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check("dumps", &a, 7, 7)?;
    let p = &a.pos;
    let spaces;
    let indent = match p[1] {
        Value::None => None,
        Value::Int(n) if n <= 1024 => {
            spaces = " ".repeat(n.max(0) as usize);
            Some(spaces.as_str())
        }
        v => match vm.heap.str_of(v) {
            Some(s) => Some(s),
            None => return Ok(vm.not_implemented()),
        },
    };
    let heap = &vm.heap;
    let (Some(item_separator), Some(key_separator), Some(sort_keys), Some(ensure_ascii), Some(allow_nan)) =
        (heap.str_of(p[2]), heap.str_of(p[3]), flag(p[4]), flag(p[5]), flag(p[6]))
    else {
        return Ok(vm.not_implemented());
    };
    let opts = encode::Options { indent, item_separator, key_separator, sort_keys, ensure_ascii, allow_nan };
    let Some(text) = encode::dumps(heap, p[0], &opts) else {
        return Ok(vm.not_implemented());
    };
    Ok(if ensure_ascii { vm.new_str(StrText::ascii_owned(text)) } else { vm.new_str(text) })
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_json_fast");
    vm.module_add_fn(m, "loads", loads);
    vm.module_add_fn(m, "dumps", dumps);
    Ok(m)
}

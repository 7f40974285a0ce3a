//! `json`: `loads`/`dumps` natives (module `_json`) under the Python shim `json.py`, which
//! has CPython's signatures, `load`/`dump`, `JSONDecodeError`, `JSONEncoder`/`JSONDecoder`.

mod decode;
mod encode;
mod text;

use wasm_pdk::{PyErr, Value, function, module};

/// `_json.loads(s, strict, object_hook, object_pairs_hook, parse_float, parse_int,
/// parse_constant, error_class, float_type)`: the shim passes every option positionally.
#[allow(clippy::too_many_arguments)]
#[function]
fn loads(
    s: Value,
    strict: bool,
    object_hook: Option<Value>,
    object_pairs_hook: Option<Value>,
    parse_float: Option<Value>,
    parse_int: Option<Value>,
    parse_constant: Option<Value>,
    error_class: Value,
    float_type: Value,
) -> Result<Value, PyErr> {
    let hooks =
        decode::Hooks { strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, float_type };
    decode::loads(&s, &hooks, &error_class)
}

/// `_json.dumps(obj, indent, item_separator, key_separator, sort_keys, ensure_ascii,
/// allow_nan, skipkeys, check_circular, coerce, sort_items)`: `coerce(o)` turns any other
/// object into a JSON-able one (the shim applies subclasses' base values and `default`);
/// `sort_items(d)` sorts a dict's items whose keys are not all str.
#[allow(clippy::too_many_arguments)]
#[function]
fn dumps(
    obj: Value,
    indent: Option<String>,
    item_separator: String,
    key_separator: String,
    sort_keys: bool,
    ensure_ascii: bool,
    allow_nan: bool,
    skipkeys: bool,
    check_circular: bool,
    coerce: Value,
    sort_items: Value,
) -> Result<String, PyErr> {
    let opts = encode::Options {
        indent,
        item_separator,
        key_separator,
        sort_keys,
        ensure_ascii,
        allow_nan,
        skipkeys,
        check_circular,
        coerce,
        sort_items,
    };
    encode::dumps(obj, &opts)
}

module! {
    name: "json",
    functions: [loads, dumps],
    shim: "src/json.py",
}

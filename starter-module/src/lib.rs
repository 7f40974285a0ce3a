//! `starter`: an example module written with wasm-pdk. Each `#[function]` becomes a Python
//! function of the same name; `module!` at the bottom lists them.

use wasm_pdk::{PyErr, Tag, Value, function, module};

/// `add(a, b)`: the sum of two ints (an `OverflowError` past 64 bits).
#[function]
fn add(a: i64, b: i64) -> Result<i64, PyErr> {
    a.checked_add(b).ok_or_else(|| PyErr::overflow_error("add() result does not fit 64 bits"))
}

/// `greet(name, punctuation=None)`: `"hello, NAME!"`.
#[function]
fn greet(name: &str, punctuation: Option<String>) -> String {
    let mut s = String::from("hello, ");
    s.push_str(name);
    s.push_str(punctuation.as_deref().unwrap_or("!"));
    s
}

/// `mean(values)`: the mean of a list of numbers; `ValueError` for an empty list.
#[function]
fn mean(values: Vec<Value>) -> Result<f64, PyErr> {
    if values.is_empty() {
        return Err(PyErr::value_error("mean() of an empty list"));
    }
    let mut total = 0.0;
    for v in &values {
        total += v.as_f64().ok_or_else(|| PyErr::type_error("mean() needs numbers"))?;
    }
    Ok(total / values.len() as f64)
}

/// `describe(x)`: a dict with the value's type name, its repr and its length (or None).
#[function]
fn describe(x: Value) -> Result<Value, PyErr> {
    let d = Value::dict();
    d.set_item(&Value::str("type"), &Value::str(&x.type_name()))?;
    d.set_item(&Value::str("repr"), &Value::str(&x.repr()?))?;
    let len = match x.tag() {
        Tag::Str | Tag::Bytes | Tag::List | Tag::Tuple | Tag::Dict => x.len().map(|n| Value::int(n as i64)),
        _ => None,
    };
    d.set_item(&Value::str("len"), &len.unwrap_or_else(Value::none))?;
    Ok(d)
}

/// `apply(f, x)`: `f(x)` called from Rust; whatever `f` raises propagates unchanged.
#[function]
fn apply(f: Value, x: Value) -> Result<Value, PyErr> {
    f.call(&[x])
}

/// `big_square(n)`: `n * n` for an int of any size, computed from decimal text in Rust.
#[function]
fn big_square(n: Value) -> Result<Value, PyErr> {
    let text = n.int_text().ok_or_else(|| PyErr::type_error("big_square() needs an int"))?;
    let (neg, digits) = match text.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, text.as_str()),
    };
    let d: Vec<u32> = digits.bytes().rev().map(|b| (b - b'0') as u32).collect();
    let mut prod = vec![0u32; d.len() * 2];
    for (i, x) in d.iter().enumerate() {
        let mut carry = 0;
        for (j, y) in d.iter().enumerate() {
            let t = prod[i + j] + x * y + carry;
            prod[i + j] = t % 10;
            carry = t / 10;
        }
        prod[i + d.len()] += carry;
    }
    let _ = neg; // a square is never negative
    let s: String = prod.iter().rev().skip_while(|&&c| c == 0).map(|&c| (b'0' + c as u8) as char).collect();
    Value::int_from_decimal(if s.is_empty() { "0" } else { &s }).ok_or_else(|| PyErr::value_error("bad int"))
}

/// `pair(a, b)`: the tuple `(a, b)`.
#[function]
fn pair(a: Value, b: Value) -> Value {
    Value::tuple(&[a, b])
}

module! {
    name: "starter",
    functions: [add, greet, mean, describe, apply, big_square, pair],
    shim: "src/starter.py",
}

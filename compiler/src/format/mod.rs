//! Text formatting shared by `repr`, `str.format`, f-strings and `%`: CPython's float repr,
//! the format-spec mini-language and printf-style formatting.

pub mod float_repr;
pub mod percent;
pub mod repr;
pub mod spec;
pub mod unicode_tables;

use crate::error::PyResult;
use crate::value::{Obj, Value};

/// Writes the decimal digits of `n` at the end of `buf` (20 bytes hold any u64) and returns
/// where they start: ints printed without going through a big-int conversion.
pub(crate) fn write_decimal(mut n: u64, buf: &mut [u8; 20]) -> usize {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            return at;
        }
    }
}

/// `format(v, spec)` for the built-in scalar types (`str`, `int`, `bool`, `float`, big ints),
/// the way their `__format__` methods do it. `None` for other kinds of values (the caller
/// then uses `type(v).__format__`, and `object.__format__` for an empty spec is `str(v)`).
pub fn format_builtin(heap: &crate::value::Heap, v: Value, spec: &str) -> Option<PyResult<String>> {
    use spec::{IntRef, format_float, format_int, format_str};
    Some(match v {
        Value::Bool(b) if spec.is_empty() => Ok(if b { "True" } else { "False" }.to_string()),
        Value::Bool(b) => format_int(IntRef::Small(b as i64), spec, "bool"),
        Value::Int(i) if spec.is_empty() => Ok(i.to_string()),
        Value::Int(i) => format_int(IntRef::Small(i), spec, "int"),
        Value::Float(f) => format_float(f, spec),
        Value::Obj(r) => match heap.get(r) {
            Obj::Str(s) => format_str(s.as_str(), spec),
            Obj::BigInt(b) => spec::format_bigint(b, spec, "int"),
            _ => return None,
        },
        Value::None => return None,
    })
}

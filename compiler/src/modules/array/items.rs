//! The typecodes of `array.array`: item sizes (x86-64 Linux, as CPython there) and the
//! conversion of one Python value to and from its machine bytes (little-endian), with the
//! errors CPython raises for each C type.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::builtins::functions::index_bigint;
use crate::error::{PyErr, PyResult};
use crate::value::*;
use crate::vm::Vm;

/// Every typecode, in CPython's order (`array.typecodes`).
pub const TYPECODES: &str = "bBuwhHiIlLqQfd";

/// Bytes of one item of `code`; `None` for an unknown typecode.
pub fn itemsize(code: u8) -> Option<usize> {
    Some(match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' | b'u' | b'w' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

pub fn is_unicode(code: u8) -> bool {
    matches!(code, b'u' | b'w')
}

fn overflow(msg: &str) -> PyErr {
    PyErr::overflow_error(msg)
}

/// `value` within `lo..=hi`, or CPython's "<what> is less than minimum" / "greater than maximum".
fn in_range(value: i64, lo: i64, hi: i64, what: &str) -> PyResult<i64> {
    if value < lo {
        return Err(overflow(&format!("{what} is less than minimum")));
    }
    if value > hi {
        return Err(overflow(&format!("{what} is greater than maximum")));
    }
    Ok(value)
}

/// The integer item of `code` for `n`: each C type is checked the way CPython's `array`
/// checks it (some through a wider type first, hence the layered messages).
fn int_item(code: u8, n: &BigInt) -> PyResult<u64> {
    const SHORT: (i64, i64) = (i16::MIN as i64, i16::MAX as i64);
    const INT: (i64, i64) = (i32::MIN as i64, i32::MAX as i64);
    match code {
        b'q' => n.to_i64().map(|v| v as u64).ok_or_else(|| overflow("int too big to convert")),
        b'Q' if n.is_negative() => Err(overflow("can't convert negative int to unsigned")),
        b'Q' => n.to_u64().ok_or_else(|| overflow("int too big to convert")),
        b'I' | b'L' if n.is_negative() => Err(overflow("can't convert negative value to unsigned int")),
        b'I' | b'L' => {
            let v = n.to_u64().ok_or_else(|| overflow("Python int too large to convert to C unsigned long"))?;
            if code == b'I' && v > u32::MAX as u64 {
                return Err(overflow("unsigned int is greater than maximum"));
            }
            Ok(v)
        }
        _ => {
            let v = n.to_i64().ok_or_else(|| overflow("Python int too large to convert to C long"))?;
            let v = match code {
                b'b' => {
                    in_range(v, SHORT.0, SHORT.1, "signed short integer")?;
                    in_range(v, i8::MIN as i64, i8::MAX as i64, "signed char")?
                }
                b'B' => in_range(v, 0, 255, "unsigned byte integer")?,
                b'h' => in_range(v, SHORT.0, SHORT.1, "signed short integer")?,
                b'H' => {
                    in_range(v, INT.0, INT.1, "signed integer")?;
                    in_range(v, 0, u16::MAX as i64, "unsigned short")?
                }
                b'i' => in_range(v, INT.0, INT.1, "signed integer")?,
                _ => v,
            };
            Ok(v as u64)
        }
    }
}

/// Appends the bytes of `value` as an item of `code` to `out`.
pub fn encode(vm: &mut Vm, code: u8, value: Value, out: &mut Vec<u8>) -> PyResult<()> {
    match code {
        b'u' | b'w' => {
            let ch = vm.heap.str_of(value).and_then(|s| {
                let mut chars = s.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => Some(c),
                    _ => None,
                }
            });
            let c = ch.ok_or_else(|| PyErr::type_error("array item must be unicode character"))?;
            out.extend_from_slice(&(c as u32).to_le_bytes());
        }
        b'f' => out.extend_from_slice(&(vm.to_f64(value)? as f32).to_le_bytes()),
        b'd' => out.extend_from_slice(&vm.to_f64(value)?.to_le_bytes()),
        _ => {
            let n = index_bigint(vm, value)?;
            let raw = int_item(code, &n)?;
            let size = itemsize(code).unwrap_or(8);
            out.extend_from_slice(&raw.to_le_bytes()[..size]);
        }
    }
    Ok(())
}

/// The Python value of the item of `code` stored in `bytes` (exactly one item long).
pub fn decode(vm: &mut Vm, code: u8, bytes: &[u8]) -> Value {
    let mut raw = [0u8; 8];
    raw[..bytes.len()].copy_from_slice(bytes);
    let unsigned = u64::from_le_bytes(raw);
    match code {
        b'b' => Value::Int(bytes[0] as i8 as i64),
        b'h' => Value::Int(unsigned as u16 as i16 as i64),
        b'i' => Value::Int(unsigned as u32 as i32 as i64),
        b'l' | b'q' => Value::Int(unsigned as i64),
        b'B' | b'H' | b'I' => Value::Int(unsigned as i64),
        b'L' | b'Q' => vm.new_int_from_i128(unsigned as i128),
        b'f' => Value::Float(f32::from_bits(unsigned as u32) as f64),
        b'd' => Value::Float(f64::from_bits(unsigned)),
        _ => {
            let c = char::from_u32(unsigned as u32).unwrap_or('\u{fffd}');
            vm.new_str(c.to_string())
        }
    }
}

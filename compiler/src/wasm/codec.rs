//! Reading and building values for the handle codec (`host_edge_*`, docs/abi.md).

use num_bigint::BigInt;

use crate::value::str::StrText;
use crate::value::{Obj, Value};
use crate::vm::Vm;

pub const TAG_INVALID: i32 = -1;
pub const TAG_NONE: i32 = 0;
pub const TAG_BOOL: i32 = 1;
pub const TAG_INT: i32 = 2;
pub const TAG_BIGINT: i32 = 3;
pub const TAG_FLOAT: i32 = 4;
pub const TAG_STR: i32 = 5;
pub const TAG_BYTES: i32 = 6;
pub const TAG_LIST: i32 = 7;
pub const TAG_TUPLE: i32 = 8;
pub const TAG_DICT: i32 = 9;
pub const TAG_REF: i32 = 10;
pub const TAG_OTHER: i32 = 11;

/// The codec tag of a value: its exact built-in kind (instances of subclasses are `OTHER`).
pub fn tag(vm: &mut Vm, v: Value) -> i32 {
    match v {
        Value::None => TAG_NONE,
        Value::Bool(_) => TAG_BOOL,
        Value::Int(_) => TAG_INT,
        Value::Float(_) => TAG_FLOAT,
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::BigInt(_) => TAG_BIGINT,
            Obj::Str(_) => TAG_STR,
            Obj::Bytes(_) | Obj::ByteArray(_) => TAG_BYTES,
            Obj::List(_) => TAG_LIST,
            Obj::Tuple(_) => TAG_TUPLE,
            Obj::Dict(_) => TAG_DICT,
            Obj::Instance(_) => {
                if super::session::host_ref_id(vm, v).is_some() {
                    TAG_REF
                } else {
                    TAG_OTHER
                }
            }
            _ => TAG_OTHER,
        },
    }
}

/// An `int` from optionally signed decimal digits (`_` separators allowed, like `int()`).
pub fn int_from_decimal(vm: &mut Vm, text: &str) -> Option<Value> {
    let t = text.trim();
    let (neg, digits) = match t.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if clean.is_empty() || !clean.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut b = BigInt::parse_bytes(clean.as_bytes(), 10)?;
    if neg {
        b = -b;
    }
    Some(vm.new_bigint(b))
}

/// Decimal text of an `int` or `bool`.
pub fn int_to_decimal(vm: &Vm, v: Value) -> Option<String> {
    vm.to_bigint(v).map(|b| b.to_string())
}

/// An `int` that fits i64 (bools as 0/1); `None` otherwise.
pub fn int_of(v: Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(i),
        Value::Bool(b) => Some(b as i64),
        _ => None,
    }
}

/// A float, or an int converted to float; NaN for anything else.
pub fn float_of(vm: &Vm, v: Value) -> f64 {
    match v {
        Value::Float(f) => f,
        Value::Int(i) => i as f64,
        Value::Bool(b) => b as i64 as f64,
        _ => match vm.to_bigint(v) {
            Some(b) => num_traits::ToPrimitive::to_f64(&b).unwrap_or(f64::NAN),
            None => f64::NAN,
        },
    }
}

/// The bytes of a `str` (UTF-8), `bytes` or `bytearray`, borrowed from the heap.
pub fn buf_of(vm: &Vm, v: Value) -> Option<(*const u8, usize)> {
    let Value::Obj(r) = v else { return None };
    match vm.heap.get(r) {
        Obj::Str(s) => Some((s.as_str().as_ptr(), s.as_str().len())),
        Obj::Bytes(b) | Obj::ByteArray(b) => Some((b.as_ptr(), b.len())),
        _ => None,
    }
}

/// Items of a list, tuple or dict; code points of a str; bytes of bytes; -1 otherwise.
pub fn len_of(vm: &Vm, v: Value) -> i32 {
    let Value::Obj(r) = v else { return -1 };
    match vm.heap.get(r) {
        Obj::List(l) | Obj::Tuple(l) => l.len() as i32,
        Obj::Dict(d) => d.len() as i32,
        Obj::Str(s) => s.char_len() as i32,
        Obj::Bytes(b) | Obj::ByteArray(b) => b.len() as i32,
        _ => -1,
    }
}

/// A tuple of ints from little-endian i64s (`host_edge_int_tuple`): one call where building
/// each int and then the tuple would take `n + 1` (and, for a guest, a copy per call).
pub fn int_tuple(vm: &mut Vm, le_bytes: &[u8]) -> Value {
    let items = le_bytes.chunks_exact(8).map(|c| Value::Int(i64::from_le_bytes(c.try_into().unwrap_or([0; 8]))));
    vm.new_tuple(items.collect())
}

/// Rows of `width` ints from `le_bytes` (little-endian i64s) as a list of tuples (a partial
/// last row is left out); `None` for a `width` of 0. Every match of a `finditer` in one codec
/// call instead of one per match.
pub fn int_tuples(vm: &mut Vm, le_bytes: &[u8], width: usize) -> Option<Value> {
    if width == 0 {
        return None;
    }
    let rows = le_bytes.chunks_exact(8 * width).map(|row| int_tuple(vm, row)).collect();
    Some(vm.new_list(rows))
}

/// Code points `start..end` of a str, or bytes `start..end` of bytes or bytearray (as
/// `bytes`), clamped to the value; `None` for other values. Lets a guest take pieces of a
/// value it was given without copying them out and back in.
pub fn slice(vm: &mut Vm, v: Value, start: u32, end: u32) -> Option<Value> {
    let Value::Obj(r) = v else { return None };
    let (start, end) = (start as usize, end as usize);
    match vm.heap.get(r) {
        Obj::Str(s) => {
            let piece = crate::value::str::StrText::from(s.slice_chars(start, end));
            Some(vm.new_str(piece))
        }
        Obj::Bytes(b) | Obj::ByteArray(b) => {
            let end = end.min(b.len());
            let piece = b.get(start.min(end)..end).unwrap_or_default().to_vec();
            Some(vm.new_bytes(piece))
        }
        _ => None,
    }
}

/// Many pieces of `v` (a str, bytes or bytearray) at once, as `slice` makes them: `spans`
/// holds little-endian i32 `(start, end)` pairs, a negative start giving `None`. The pieces
/// form a list, grouped in tuples of `width` when `width` > 1 (a row per `width` spans; a
/// partial last row is left out). `None` for other values or a `width` of 0. One codec call
/// for all the pieces of a `findall` or `split` instead of one per piece.
pub fn slices(vm: &mut Vm, v: Value, spans: &[u8], width: usize) -> Option<Value> {
    if width == 0
        || !matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_)))
    {
        return None;
    }
    let word = |c: &[u8]| i32::from_le_bytes(c.try_into().unwrap_or([0; 4]));
    let pairs = spans.chunks_exact(8).map(|pair| (word(&pair[..4]), word(&pair[4..])));
    // ASCII text (a split or findall of most text): every piece is cut while the text is
    // borrowed, known ASCII, then made a str; no code-point offsets or scans per piece.
    let ascii = match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Str(s) if s.is_ascii() => {
                let t = s.as_str();
                let cut = |(start, end): (i32, i32)| {
                    let end = (end.max(0) as usize).min(t.len());
                    (start >= 0).then(|| StrText::ascii(&t[(start as usize).min(end)..end]))
                };
                Some(pairs.clone().map(cut).collect::<Vec<_>>())
            }
            _ => None,
        },
        _ => None,
    };
    let pieces: Vec<Value> = match ascii {
        Some(texts) => texts.into_iter().map(|t| t.map_or(Value::None, |t| vm.new_str(t))).collect(),
        None => {
            let mut pieces = Vec::with_capacity(spans.len() / 8);
            for (start, end) in pairs {
                pieces.push(if start < 0 { Value::None } else { slice(vm, v, start as u32, end.max(0) as u32)? });
            }
            pieces
        }
    };
    if width == 1 {
        return Some(vm.new_list(pieces));
    }
    let rows = pieces.chunks_exact(width).map(|row| vm.new_tuple(row.to_vec())).collect();
    Some(vm.new_list(rows))
}

/// Element `i` of a list or tuple.
pub fn item(vm: &Vm, v: Value, i: u32) -> Option<Value> {
    vm.heap.seq_items(v).and_then(|items| items.get(i as usize).copied())
}

/// A dict's `(key, value)` pairs as a new list of tuples, in insertion order.
pub fn dict_items(vm: &mut Vm, v: Value) -> Option<Value> {
    let pairs: Vec<(Value, Value)> = vm.heap.dict(v)?.iter().map(|e| (e.key, e.value)).collect();
    let items = pairs.into_iter().map(|(k, val)| vm.new_tuple(vec![k, val])).collect();
    Some(vm.new_list(items))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wasm::session;

    #[test]
    fn tags_and_conversions() {
        let vm = unsafe { session::vm() };
        let big = int_from_decimal(vm, "-123456789012345678901234567890").unwrap();
        assert_eq!(tag(vm, big), TAG_BIGINT);
        assert_eq!(int_to_decimal(vm, big).as_deref(), Some("-123456789012345678901234567890"));
        let small = int_from_decimal(vm, "+1_000").unwrap();
        assert!(matches!(small, Value::Int(1000)));
        assert!(int_from_decimal(vm, "12a").is_none());
        let s = vm.new_str("héllo");
        assert_eq!(tag(vm, s), TAG_STR);
        assert_eq!(len_of(vm, s), 5);
        assert_eq!(buf_of(vm, s).unwrap().1, 6);
        let l = vm.new_list(vec![Value::Int(1), s]);
        assert_eq!(tag(vm, l), TAG_LIST);
        assert!(matches!(item(vm, l, 0), Some(Value::Int(1))));
        assert!(item(vm, l, 2).is_none());
        assert_eq!(float_of(vm, Value::Int(3)), 3.0);
        assert!(float_of(vm, s).is_nan());
        let piece = slice(vm, s, 1, 3).unwrap();
        assert_eq!(vm.heap.pystr(piece).unwrap().as_str(), "él");
        let b = vm.new_bytes(b"abc".to_vec());
        let tail = slice(vm, b, 1, 9).unwrap();
        assert_eq!(vm.heap.bytes(tail).unwrap(), b"bc");
        assert!(slice(vm, Value::Int(1), 0, 1).is_none());
        let t = int_tuple(vm, &[7i64.to_le_bytes(), (-1i64).to_le_bytes()].concat());
        assert_eq!(vm.heap.seq_items(t).unwrap().len(), 2);
        assert!(matches!(item(vm, t, 1), Some(Value::Int(-1))));
    }

    #[test]
    fn many_slices_in_one_call() {
        let vm = unsafe { session::vm() };
        let words = |pairs: &[(i32, i32)]| -> Vec<u8> {
            pairs.iter().flat_map(|&(s, e)| [s.to_le_bytes(), e.to_le_bytes()].concat()).collect()
        };
        let s = vm.new_str("hello world");
        let spans = words(&[(0, 5), (-1, 0), (6, 99)]);
        let flat = slices(vm, s, &spans, 1).unwrap();
        let text = |vm: &Vm, v: Value| vm.heap.pystr(v).map(|p| p.as_str().to_string());
        let items = vm.heap.seq_items(flat).unwrap().to_vec();
        assert_eq!(text(vm, items[0]).as_deref(), Some("hello"));
        assert!(matches!(items[1], Value::None));
        assert_eq!(text(vm, items[2]).as_deref(), Some("world"), "clamped like slice");
        // Rows of two: the third span has no partner and is left out.
        let rows = slices(vm, s, &spans, 2).unwrap();
        let rows = vm.heap.seq_items(rows).unwrap().to_vec();
        assert_eq!(rows.len(), 1);
        let row = vm.heap.seq_items(rows[0]).unwrap().to_vec();
        assert_eq!(text(vm, row[0]).as_deref(), Some("hello"));
        assert!(matches!(row[1], Value::None));
        let b = vm.new_bytes(b"a,b".to_vec());
        let parts = slices(vm, b, &words(&[(0, 1), (2, 3)]), 1).unwrap();
        let parts = vm.heap.seq_items(parts).unwrap().to_vec();
        assert_eq!(vm.heap.bytes(parts[1]).unwrap(), b"b");
        assert!(slices(vm, Value::Int(1), &spans, 1).is_none());
        assert!(slices(vm, s, &spans, 0).is_none());
    }

    #[test]
    fn int_tuples_in_rows() {
        let vm = unsafe { session::vm() };
        let le: Vec<u8> = [1i64, 2, 3, 4, -5].iter().flat_map(|i| i.to_le_bytes()).collect();
        let rows = int_tuples(vm, &le, 2).unwrap();
        let rows = vm.heap.seq_items(rows).unwrap().to_vec();
        assert_eq!(rows.len(), 2, "the partial last row is left out");
        assert!(matches!(item(vm, rows[1], 0), Some(Value::Int(3))));
        assert!(matches!(item(vm, rows[1], 1), Some(Value::Int(4))));
        let empty = int_tuples(vm, &[], 3).unwrap();
        assert_eq!(vm.heap.seq_items(empty).unwrap().len(), 0);
        assert!(int_tuples(vm, &le, 0).is_none());
    }
}

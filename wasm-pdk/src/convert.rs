//! Conversions between Rust argument/return types and Python values.

use crate::err::PyErr;
use crate::value::{Tag, Value};

/// Why an argument could not become the parameter's type.
pub enum Mismatch {
    /// The value is of the wrong type: CPython's "argument N must be EXPECTED, not TYPE".
    Expected(&'static str, Value),
    /// Any other error (an overflow, for example), raised as is.
    Err(PyErr),
}

/// A parameter type of a `#[function]`.
pub trait FromPy: Sized {
    fn from_py(v: Value) -> Result<Self, Mismatch>;
    /// The value of a trailing parameter the caller left out (`Option<T>` only).
    fn missing() -> Option<Self> {
        None
    }
    /// The argument behind handle `h` when one codec call settles it, else `None`. The handle
    /// is left to the host, which releases every argument handle when the call returns: a
    /// scanner loop's native calls take several ints each, and a tag, a read and a drop per
    /// int were most of their cost.
    fn fast(_h: u32) -> Option<Self> {
        None
    }
    /// The argument behind handle `h` (`fast`, else `from_py`).
    fn from_handle(h: u32) -> Result<Self, Mismatch> {
        match Self::fast(h) {
            Some(v) => Ok(v),
            None => Self::from_py(Value::from_raw(h)),
        }
    }
}

/// A return type of a `#[function]`.
pub trait IntoPy {
    fn into_py(self) -> Result<Value, PyErr>;
}

impl FromPy for Value {
    fn from_py(v: Value) -> Result<Self, Mismatch> {
        Ok(v)
    }
}

impl FromPy for i64 {
    /// `host_edge_get_int` is nonzero only for an int or bool that fits (0 is ambiguous).
    fn fast(h: u32) -> Option<Self> {
        let n = unsafe { crate::sys::host_edge_get_int(h) };
        (n != 0).then_some(n)
    }
    fn from_handle(h: u32) -> Result<Self, Mismatch> {
        if let Some(n) = Self::fast(h) {
            return Ok(n);
        }
        // `host_edge_get_int` answered 0: the value is 0, or not an int at all.
        match unsafe { crate::sys::host_edge_tag(h) } {
            crate::sys::TAG_INT | crate::sys::TAG_BOOL => Ok(0),
            _ => Self::from_py(Value::from_raw(h)),
        }
    }
    fn from_py(v: Value) -> Result<Self, Mismatch> {
        match v.tag() {
            Tag::Int | Tag::Bool => Ok(unsafe { crate::sys::host_edge_get_int(v.handle()) }),
            Tag::BigInt => Err(Mismatch::Err(PyErr::overflow_error("Python int too large to convert to C long"))),
            _ => Err(Mismatch::Expected("int", v)),
        }
    }
}

impl FromPy for f64 {
    fn from_py(v: Value) -> Result<Self, Mismatch> {
        match v.as_f64() {
            Some(f) if !(f.is_infinite() && v.tag() == Tag::BigInt) => Ok(f),
            Some(_) => Err(Mismatch::Err(PyErr::overflow_error("int too large to convert to float"))),
            None => Err(Mismatch::Expected("real number", v)),
        }
    }
}

impl FromPy for bool {
    /// Any value, by truthiness (like CPython's `p` converter).
    fn from_py(v: Value) -> Result<Self, Mismatch> {
        v.truthy().map_err(Mismatch::Err)
    }
}

impl FromPy for String {
    fn from_py(v: Value) -> Result<Self, Mismatch> {
        match v.as_string() {
            Some(s) => Ok(s),
            None => Err(Mismatch::Expected("str", v)),
        }
    }
}

impl FromPy for Vec<u8> {
    fn from_py(v: Value) -> Result<Self, Mismatch> {
        match v.tag() {
            Tag::Bytes => Ok(v.as_bytes().unwrap_or_default()),
            _ => Err(Mismatch::Expected("a bytes-like object", v)),
        }
    }
}

impl FromPy for Vec<Value> {
    /// A list or tuple's items.
    fn from_py(v: Value) -> Result<Self, Mismatch> {
        match v.items() {
            Some(items) => Ok(items),
            None => Err(Mismatch::Expected("list", v)),
        }
    }
}

impl<T: FromPy> FromPy for Option<T> {
    /// `None` (or a left-out trailing argument) is `None`.
    fn from_py(v: Value) -> Result<Self, Mismatch> {
        if v.is_none() { Ok(None) } else { T::from_py(v).map(Some) }
    }
    fn missing() -> Option<Self> {
        Some(None)
    }
    fn from_handle(h: u32) -> Result<Self, Mismatch> {
        match T::fast(h) {
            Some(v) => Ok(Some(v)),
            None => Self::from_py(Value::from_raw(h)),
        }
    }
}

impl IntoPy for Value {
    fn into_py(self) -> Result<Value, PyErr> {
        Ok(self)
    }
}

impl IntoPy for () {
    fn into_py(self) -> Result<Value, PyErr> {
        Ok(Value::none())
    }
}

impl IntoPy for i64 {
    fn into_py(self) -> Result<Value, PyErr> {
        Ok(Value::int(self))
    }
}

impl IntoPy for f64 {
    fn into_py(self) -> Result<Value, PyErr> {
        Ok(Value::float(self))
    }
}

impl IntoPy for bool {
    fn into_py(self) -> Result<Value, PyErr> {
        Ok(Value::bool(self))
    }
}

impl IntoPy for String {
    fn into_py(self) -> Result<Value, PyErr> {
        Ok(Value::str(&self))
    }
}

impl IntoPy for &str {
    fn into_py(self) -> Result<Value, PyErr> {
        Ok(Value::str(self))
    }
}

impl IntoPy for Vec<u8> {
    fn into_py(self) -> Result<Value, PyErr> {
        Ok(Value::bytes(&self))
    }
}

impl<T: IntoPy> IntoPy for Vec<T> {
    /// A list.
    fn into_py(self) -> Result<Value, PyErr> {
        let items = self.into_iter().map(T::into_py).collect::<Result<Vec<_>, _>>()?;
        Ok(Value::list(&items))
    }
}

impl<T: IntoPy> IntoPy for Option<T> {
    fn into_py(self) -> Result<Value, PyErr> {
        match self {
            Some(v) => v.into_py(),
            None => Ok(Value::none()),
        }
    }
}

impl<T: IntoPy> IntoPy for Result<T, PyErr> {
    fn into_py(self) -> Result<Value, PyErr> {
        self.and_then(T::into_py)
    }
}

//! `PyErr`: the Python exception a function raises.

use crate::value::Value;

/// An exception to raise in Python. `new("ValueError", "bad")` raises `ValueError('bad')` (any
/// built-in exception name; other names raise `RuntimeError` with the whole text);
/// `PyErr::raise(value)` raises an exception object (e.g. an instance of a class the shim
/// defines); `PyErr::pending()` propagates the exception a callback raised.
#[derive(Debug)]
pub struct PyErr(Repr);

#[derive(Debug)]
enum Repr {
    Msg(&'static str, String),
    Object(Value),
    Pending,
}

impl PyErr {
    #[cold]
    pub fn new(kind: &'static str, msg: impl Into<String>) -> PyErr {
        PyErr(Repr::Msg(kind, msg.into()))
    }
    #[cold]
    pub fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::new("TypeError", msg)
    }
    #[cold]
    pub fn value_error(msg: impl Into<String>) -> PyErr {
        PyErr::new("ValueError", msg)
    }
    #[cold]
    pub fn overflow_error(msg: impl Into<String>) -> PyErr {
        PyErr::new("OverflowError", msg)
    }
    #[cold]
    pub fn index_error(msg: impl Into<String>) -> PyErr {
        PyErr::new("IndexError", msg)
    }
    #[cold]
    pub fn key_error(msg: impl Into<String>) -> PyErr {
        PyErr::new("KeyError", msg)
    }
    #[cold]
    pub fn recursion_error(msg: impl Into<String>) -> PyErr {
        PyErr::new("RecursionError", msg)
    }
    #[cold]
    pub fn runtime_error(msg: impl Into<String>) -> PyErr {
        PyErr::new("RuntimeError", msg)
    }
    /// Raises `exc`, an exception instance or class.
    #[cold]
    pub fn raise(exc: Value) -> PyErr {
        PyErr(Repr::Object(exc))
    }
    /// The exception the host holds for this call (a failed `Value::call`): it propagates
    /// unchanged, traceback and all.
    #[cold]
    pub fn pending() -> PyErr {
        PyErr(Repr::Pending)
    }

    /// The exception's name and message, when it is a `new`-style error.
    pub fn kind_and_message(&self) -> Option<(&str, &str)> {
        match &self.0 {
            Repr::Msg(k, m) => Some((k, m)),
            _ => None,
        }
    }

    /// Writes the error for the host: the status (1 or 2) and, for 1, the message handle.
    pub(crate) fn into_status(self, out: *mut u32) -> i32 {
        match self.0 {
            Repr::Msg(kind, msg) => {
                let mut text = String::with_capacity(kind.len() + 2 + msg.len());
                text.push_str(kind);
                text.push_str(": ");
                text.push_str(&msg);
                unsafe { *out = Value::str(&text).into_raw() };
                1
            }
            Repr::Object(v) => {
                // When `v` is no exception the host makes a TypeError pending instead.
                unsafe { crate::sys::host_edge_raise(v.handle()) };
                2
            }
            Repr::Pending => 2,
        }
    }
}

//! PLACEHOLDER until the formatting branch lands.
use crate::error::{PyErr, PyResult};
use crate::value::Value;
use crate::vm::Vm;
pub fn percent_format(_vm: &mut Vm, _fmt: &str, _args: Value) -> PyResult<String> {
    Err(PyErr::not_implemented("% formatting"))
}
pub fn percent_format_bytes(_vm: &mut Vm, _fmt: &[u8], _args: Value) -> PyResult<Vec<u8>> {
    Err(PyErr::not_implemented("% formatting"))
}

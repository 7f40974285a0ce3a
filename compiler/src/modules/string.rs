//! The `string` module: Python source compiled on first import.

use crate::error::PyResult;
use crate::value::*;
use crate::vm::Vm;

use super::abc::load_py_module;

const SOURCE: &str = include_str!("pysrc/string.py");

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    load_py_module(vm, "string", SOURCE, &[])
}

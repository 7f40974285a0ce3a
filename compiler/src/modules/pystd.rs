//! Library modules written in Python for Edge Python (`dataclasses`, `enum`, `contextlib`,
//! `textwrap`, `fractions`, `statistics`), compiled on first import.

use crate::error::PyResult;
use crate::value::*;
use crate::vm::Vm;

use super::abc::load_py_module;

macro_rules! py_module {
    ($fn_name:ident, $name:literal, $file:literal) => {
        pub fn $fn_name(vm: &mut Vm) -> PyResult<ObjRef> {
            load_py_module(vm, $name, include_str!($file), &[])
        }
    };
}

py_module!(init_dataclasses, "dataclasses", "pysrc/dataclasses.py");
py_module!(init_enum, "enum", "pysrc/enum.py");
py_module!(init_contextlib, "contextlib", "pysrc/contextlib.py");
py_module!(init_textwrap, "textwrap", "pysrc/textwrap.py");
py_module!(init_fractions, "fractions", "pysrc/fractions.py");
py_module!(init_statistics, "statistics", "pysrc/statistics.py");

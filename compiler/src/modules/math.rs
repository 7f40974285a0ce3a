//! TODO(helper)

use crate::error::PyResult;
use crate::value::ObjRef;
use crate::vm::Vm;

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    Ok(vm.new_module("math"))
}

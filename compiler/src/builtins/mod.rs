//! Built-in functions (`len`, `print`, ...) and the methods of the built-in types.
//! Each file registers its part into the VM at start-up.

pub mod args;
pub mod bytes_methods;
pub mod complex_methods;
pub mod dict_methods;
pub mod float_methods;
pub mod functions;
pub mod int_methods;
pub mod list_methods;
pub mod set_methods;
pub mod str_methods;
pub mod tuple_methods;
pub mod waits;

use crate::vm::Vm;

/// Installs every built-in function in the `builtins` namespace and every method on its type.
pub fn init(vm: &mut Vm) {
    functions::register(vm);
    str_methods::register(vm);
    bytes_methods::register(vm);
    complex_methods::register(vm);
    list_methods::register(vm);
    tuple_methods::register(vm);
    dict_methods::register(vm);
    set_methods::register(vm);
    int_methods::register(vm);
    float_methods::register(vm);
    waits::register(vm);
}

//! Native builds: registering a module with a compiler_lib VM, and a small runner for tests.

use std::cell::RefCell;
use std::rc::Rc;

use compiler_lib::{Host, ModuleSource, Stream, Vm};

use crate::ModuleDef;

/// Makes `import NAME` find `module` in this VM (`_NAME` + the shim as `NAME` when it has one).
pub fn register(vm: &mut Vm, module: &'static ModuleDef) {
    compiler_lib::ext::register_native_module(vm, module.name, module.functions, module.shim);
}

/// A host that collects output and has no files, stdin or clock of its own.
struct TestHost {
    out: Rc<RefCell<String>>,
}

impl Host for TestHost {
    fn write(&mut self, _stream: Stream, text: &str) {
        self.out.borrow_mut().push_str(text);
    }
    fn now_ns(&mut self) -> u64 {
        0
    }
    fn monotonic_ns(&mut self) -> u64 {
        0
    }
    fn sleep(&mut self, _seconds: f64) {}
    fn load_module(&mut self, _dotted_name: &str) -> Option<ModuleSource> {
        None
    }
}

/// Runs `source` with `modules` registered: `Ok(output)`, or `Err(output + traceback)`.
pub fn run_python(modules: &[&'static ModuleDef], source: &str) -> Result<String, String> {
    let out = Rc::new(RefCell::new(String::new()));
    let mut vm = Vm::new(Box::new(TestHost { out: out.clone() }));
    for m in modules {
        register(&mut vm, m);
    }
    let result = vm.run_main(source, "<test>");
    let mut text = out.borrow().clone();
    match result {
        Ok(()) => Ok(text),
        Err(e) => {
            text.push_str(&vm.format_exception(&e));
            Err(text)
        }
    }
}

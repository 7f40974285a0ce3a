//! A host that discards output and has no modules, clock or sleep: for unit tests that drive
//! a `Vm` directly.

use super::{Host, ModuleSource, Stream};

pub(crate) struct NullHost;

impl Host for NullHost {
    fn write(&mut self, _stream: Stream, _text: &str) {}
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

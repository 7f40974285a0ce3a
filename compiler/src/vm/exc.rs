//! Exception objects: creating them from `PyErr`, chaining, and CPython-style tracebacks.

use super::Vm;
use crate::error::PyErr;

impl Vm {
    /// The full text CPython prints for an uncaught exception: `Traceback (most recent call
    /// last):`, one `  File "...", line N, in f` entry per frame with its source line, the
    /// chained causes/contexts, and the final `Type: message` line. Ends with a newline.
    pub fn format_exception(&mut self, err: &PyErr) -> String {
        let _ = err;
        todo!()
    }

    /// If `err` is `SystemExit`, the process exit code it asks for (`None` → 0, an int → that
    /// int, anything else → printed to stderr by the caller and 1), else `None`.
    pub fn system_exit_code(&mut self, err: &PyErr) -> Option<i32> {
        let _ = err;
        todo!()
    }
}

//! `__repr__` and `__str__` written in Python, run as frames of the loop when `repr(x)` or an
//! f-string (`{x}`, `{x!s}`, `{x!r}`) asks for them rather than in a nested loop, so a
//! recursive `__repr__` (a tree printing its children) costs no host stack per level.

use super::super::frame::ReturnHook;
use super::Vm;
use crate::error::{PyErr, PyResult};
use crate::value::*;

/// What text a caller wants of a value.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Text {
    /// `format(x, "")`, an f-string field with no conversion or spec.
    Format,
    /// `str(x)`, `!s`.
    Str,
    /// `repr(x)`, `!r`.
    Repr,
}

impl Vm {
    /// When `regs[start]`, the last value on the stack, is an instance whose `want` text comes
    /// from a Python method taking just the instance, makes that method the current frame
    /// (popping the stack down to `f_slot`) and returns true; its return hook checks the
    /// result is a `str`.
    pub(super) fn enter_text_method(&mut self, want: Text, start: usize, f_slot: usize) -> PyResult<bool> {
        let Some((f, repr)) = self.python_text_method(self.frame.regs[start], want) else {
            return Ok(false);
        };
        self.enter_plain(f, None, start, f_slot)?;
        self.frame.on_return = Some(ReturnHook::Text { repr });
        Ok(true)
    }

    /// `FormatValue(flags)` without a spec on an instance (the last value on the stack) whose
    /// text comes from a Python method: that method becomes the current frame (true).
    #[inline(never)]
    pub(super) fn format_value_in_loop(&mut self, flags: u32) -> PyResult<bool> {
        let want = match flags {
            0 => Text::Format,
            1 => Text::Str,
            _ => Text::Repr,
        };
        let at = self.frame.regs.len() - 1;
        self.enter_text_method(want, at, at)
    }

    /// The Python function `want` runs for instance `v`, and whether a non-str result is
    /// `__repr__`'s error (else `__str__`'s).
    fn python_text_method(&self, v: Value, want: Text) -> Option<(ObjRef, bool)> {
        let Value::Obj(r) = v else { return None };
        let Obj::Instance(i) = self.heap.get(r) else { return None };
        let cls = i.class;
        if want == Text::Format && !self.is_object_native(self.lookup_mro(cls, "__format__")?, "__format__") {
            return None;
        }
        if want != Text::Repr {
            let f = self.lookup_mro(cls, "__str__")?;
            if !self.is_object_native(f, "__str__") {
                return self.plain_method(f).map(|f| (f, false));
            }
        }
        // `object.__str__` runs `__repr__` unchecked: a non-str is `__str__`'s error.
        let f = self.lookup_mro(cls, "__repr__")?;
        self.plain_method(f).map(|f| (f, want == Text::Repr))
    }

    /// `f` when it is a Python function taking exactly one positional argument.
    fn plain_method(&self, f: Value) -> Option<ObjRef> {
        let Value::Obj(r) = f else { return None };
        match self.heap.get(r) {
            Obj::Function(func) if func.code.call_shape.plain_argc == 1 => Some(r),
            _ => None,
        }
    }

    /// What the caller of a `__repr__`/`__str__` frame gets for its result `v`: an exact `str`.
    pub(super) fn text_result(&mut self, repr: bool, v: Value) -> PyResult<Value> {
        if self.heap.str_of(v).is_some() {
            return Ok(v);
        }
        // A `str` subclass's instance: its text.
        match self.heap.str_of(self.builtin_value(v)) {
            Some(s) => {
                let s = s.to_string();
                Ok(self.new_str(s))
            }
            None => {
                let name = if repr { "__repr__" } else { "__str__" };
                Err(PyErr::type_error(format!("{name} returned non-string (type {})", self.type_name(v))))
            }
        }
    }
}

//! Bodies of `dispatch`'s instructions whose own work (an allocation, formatting, a copy)
//! dwarfs a call: `dispatch` keeps only the arm that calls them.
//!
//! Why: V8 compiles `dispatch` with its optimising compiler (TurboFan) while the program
//! runs its baseline code, and that compile's time grows faster than the function: each
//! body here made it slower to compile and later to tier up, and none runs faster inline.
//! Natively the compiler may inline them (the native loop keeps its speed that way).

use super::super::Vm;
use crate::error::PyResult;
use crate::value::*;

impl Vm {
    /// `BuildTuple(n)` / `BuildList(n)`: the top `n` values become a tuple or list.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub(super) fn build_seq(&mut self, n: usize, list: bool) -> Value {
        let start = self.frame.regs.len() - n;
        let items = self.frame.regs[start..].to_vec();
        self.frame.regs.truncate(start);
        if list { self.new_list(items) } else { self.new_tuple(items) }
    }

    /// `BuildString(n)`: the top `n` strings joined.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub(super) fn build_string(&mut self, n: usize) -> Value {
        // One exact allocation for the result (an f-string joins several pieces; growing a
        // String reallocated for each), and no copy of the pieces' list.
        let start = self.frame.regs.len() - n;
        let pieces = &self.frame.regs[start..];
        let len: usize = pieces.iter().map(|&it| self.heap.str_of(it).map_or(0, str::len)).sum();
        let mut s = String::with_capacity(len);
        for &it in pieces {
            s.push_str(self.heap.str_of(it).unwrap_or(""));
        }
        self.frame.regs.truncate(start);
        self.new_str(s)
    }

    /// `FormatValue(flags)`: the value (under the spec, when flag 4 says one is on top)
    /// converted by `str`/`repr`/`ascii` (flags & 3) and formatted; None when that takes a
    /// Python `__repr__`/`__str__`, which became the current frame instead (textcall.rs).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub(super) fn format_value(&mut self, flags: u32) -> PyResult<Option<Value>> {
        if flags < 3
            && let Some(&Value::Obj(r)) = self.frame.regs.last()
            && matches!(self.heap.get(r), Obj::Instance(_))
            && self.format_value_in_loop(flags)?
        {
            return Ok(None);
        }
        let spec = if flags & 4 != 0 { self.frame.regs.pop() } else { None };
        let v = self.frame.regs.pop().unwrap_or(Value::None);
        let v = match flags & 3 {
            1 => self.to_str_value(v)?,
            2 => {
                let s = self.repr(v)?;
                self.new_str(s)
            }
            3 => {
                let s = self.repr(v)?;
                let s = crate::format::repr::ascii_escape(&s);
                self.new_str(s)
            }
            _ => v,
        };
        // The spec is copied out of the heap only when there is one (`format` needs the VM).
        let spec = match spec.and_then(|s| self.heap.str_of(s)) {
            Some(s) if !s.is_empty() => s.to_string(),
            _ if self.heap.str_of(v).is_some() => return Ok(Some(v)),
            _ => String::new(),
        };
        let s = self.format(v, &spec)?;
        Ok(Some(self.new_str(s)))
    }
}

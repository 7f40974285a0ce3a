//! Bodies of `dispatch`'s instructions whose own work (an allocation, formatting, a copy)
//! dwarfs a call, for wasm, where `dispatch` keeps only the arm that calls them.
//!
//! Why: V8 compiles `dispatch` with its optimising compiler (TurboFan) while the program
//! runs its baseline code, and that compile's time grows faster than the function: each
//! body here made it slower to compile and later to tier up, and none runs faster inline.
//! Natively these bodies stay in `dispatch`'s arms (see its comment).

use super::super::Vm;
use crate::error::PyResult;
use crate::value::*;

impl Vm {
    /// `BuildTuple(n)` / `BuildList(n)`: the top `n` values become a tuple or list.
    #[inline(never)]
    pub(super) fn build_seq(&mut self, n: usize, list: bool) -> Value {
        let start = self.frame.regs.len() - n;
        let items = self.frame.regs[start..].to_vec();
        self.frame.regs.truncate(start);
        if list { self.new_list(items) } else { self.new_tuple(items) }
    }

    /// `BuildString(n)`: the top `n` strings joined.
    #[inline(never)]
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
    /// converted by `str`/`repr`/`ascii` (flags & 3) and formatted.
    #[inline(never)]
    pub(super) fn format_value(&mut self, flags: u32) -> PyResult<Value> {
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
        let spec_s = spec.and_then(|s| self.heap.str_of(s).map(|s| s.to_string())).unwrap_or_default();
        if spec_s.is_empty() && self.heap.str_of(v).is_some() {
            return Ok(v);
        }
        let s = self.format(v, &spec_s)?;
        Ok(self.new_str(s))
    }

    /// `BinarySlice(n)` / `BinarySliceTemp(n)` (`temp`): `obj[start:stop(:step)]`. A
    /// temporary list slice (fuse.rs) is recorded in `slice_temp` and may reuse `spare`.
    #[inline(never)]
    pub(super) fn binary_slice(
        &mut self,
        n: u32,
        temp: bool,
        slice_temp: &mut Option<ObjRef>,
        spare: &mut Vec<Value>,
    ) -> PyResult<Value> {
        let step = if n == 3 { self.frame.regs.pop().unwrap_or(Value::None) } else { Value::None };
        let [stop, start, obj] = self.pop3();
        let bounds = [start, stop, step];
        let made = if temp { self.list_slice_into(obj, bounds, spare)? } else { None };
        *slice_temp = made.and_then(Value::as_obj);
        match made {
            Some(v) => Ok(v),
            None => self.get_slice(obj, bounds),
        }
    }

    /// `StoreSlice(n)`: `obj[start:stop(:step)] = v`. When `v` is the temporary list the
    /// `BinarySliceTemp` before made (`slice_temp`) and the store copied its items, the list
    /// is freed and its buffer kept in `spare` for the next one.
    #[inline(never)]
    pub(super) fn store_slice(
        &mut self,
        n: u32,
        slice_temp: &mut Option<ObjRef>,
        spare: &mut Vec<Value>,
    ) -> PyResult<()> {
        let step = if n == 3 { self.frame.regs.pop().unwrap_or(Value::None) } else { Value::None };
        let [stop, start, obj] = self.pop3();
        let v = self.frame.regs.pop().unwrap_or(Value::None);
        let temp = slice_temp.take().filter(|&t| v.as_obj() == Some(t));
        let copied = self.set_slice(obj, [start, stop, step], v)?;
        if let (Some(t), true) = (temp, copied) {
            if let Obj::List(items) = self.heap.get_mut(t) {
                *spare = std::mem::take(items);
            }
            self.heap.free_unreachable(t);
        }
        Ok(())
    }

    /// The top three values, popped (the top first).
    fn pop3(&mut self) -> [Value; 3] {
        let mut pop = || self.frame.regs.pop().unwrap_or(Value::None);
        [pop(), pop(), pop()]
    }
}

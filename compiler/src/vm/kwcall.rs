//! `f(a, b=1, **kw)`-style calls (`CallKw`) of a Python function, bound straight from the
//! caller's stack into the new frame: no argument lists, keyword names as `Rc<str>` or new
//! `str` objects. The keyword names are the call's interned constants; those left for a
//! `**kwargs` parameter become its keys as they are (a `str`'s hash is cached), in a dict
//! sized for them. Any binding error leaves the call to the general path, which reports it.

use super::Vm;
use crate::value::dict::Dict;
use crate::value::*;

impl Vm {
    /// Makes `f` the current frame for a `CallKw` whose `names` (a tuple of `str`) name the
    /// last of the values above `start`, the callable sitting just below them. `None` when
    /// the general path must do it (not a plain Python function, or a binding error).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub(crate) fn call_kw_direct(&mut self, f: Value, names: Value, start: usize) -> Option<()> {
        let Value::Obj(fr) = f else { return None };
        let Obj::Function(func) = self.heap.get(fr) else { return None };
        let (code, globals) = (func.code.clone(), func.globals);
        if code.is_generator_like() || self.frames.len() >= self.limits.max_recursion {
            return None;
        }
        let nkw = self.heap.tuple(names)?.len();
        // Which keywords go to `**kwargs`, as bits.
        if nkw > 64 {
            return None;
        }
        let nargs = self.frame.regs.len() - start;
        let npos = nargs.checked_sub(nkw)?;
        let (argc, kwonly) = (code.argcount, code.kwonlyargcount);
        if npos > argc && !code.flags.varargs {
            return None;
        }
        let mut frame = self.take_frame(code.clone(), globals, Some(fr));
        let regs = &mut frame.regs;
        let args = &self.frame.regs[start..];
        let bound = npos.min(argc);
        regs[..bound].copy_from_slice(&args[..bound]);
        // Keywords: a parameter's slot (by the interned name itself, else its text), or the
        // `**kwargs` dict's entries, filled below.
        let params = &code.varnames[code.posonlyargcount..argc + kwonly];
        let mut extra = 0u64;
        let mut ok = true;
        let keys = self.heap.tuple(names)?;
        for (j, (k, &v)) in keys.iter().zip(&args[npos..]).enumerate() {
            let Some(name) = self.heap.str_of(*k) else {
                ok = false;
                break;
            };
            match params.iter().position(|p| same_name(p, name)) {
                Some(i) if super::frame::is_unbound(regs[code.posonlyargcount + i]) => {
                    regs[code.posonlyargcount + i] = v;
                }
                None if code.flags.varkeywords => extra |= 1 << j,
                _ => {
                    ok = false;
                    break;
                }
            }
        }
        let Obj::Function(func) = self.heap.get(fr) else { return None };
        let ndef = func.defaults.len();
        for (i, slot) in regs.iter_mut().enumerate().take(argc).skip(bound) {
            if super::frame::is_unbound(*slot) {
                match (i + ndef).checked_sub(argc) {
                    Some(d) => *slot = func.defaults[d],
                    None => ok = false,
                }
            }
        }
        for (slot, name) in regs[argc..argc + kwonly].iter_mut().zip(&code.varnames[argc..argc + kwonly]) {
            if super::frame::is_unbound(*slot) {
                match func.kwdefaults.iter().find(|(k, _)| k == name) {
                    Some((_, v)) => *slot = *v,
                    None => ok = false,
                }
            }
        }
        if !ok {
            self.recycle_frame(frame);
            return None;
        }
        let mut slot = argc + kwonly;
        if code.flags.varargs {
            let rest = self.frame.regs[start + bound..start + npos].to_vec();
            frame.regs[slot] = self.new_tuple(rest);
            slot += 1;
        }
        if code.flags.varkeywords {
            let d = self.alloc(Obj::Dict(Box::new(Dict::with_capacity(extra.count_ones() as usize))));
            frame.regs[slot] = d;
            if let Value::Obj(dr) = d {
                for j in (0..nkw).filter(|j| extra & (1 << j) != 0) {
                    let Some(&k) = self.heap.tuple(names).and_then(|t| t.get(j)) else { continue };
                    let v = self.frame.regs[start + npos + j];
                    self.str_key_set(dr, k, v);
                }
            }
        }
        self.frame.regs.truncate(start - 1);
        if code.call_shape.has_cells {
            self.init_cells(fr, &code, &mut frame.regs);
        }
        self.push_frame(frame);
        Some(())
    }
}

/// `a == b` for identifier-sized strings, inline: `str`'s `==` calls `memcmp` for every
/// parameter of the same length (a third of a keyword call's binding was spent there).
#[inline]
fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

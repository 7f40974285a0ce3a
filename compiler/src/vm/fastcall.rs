//! Calls to the hottest built-in natives done straight on the operand stack.
//!
//! A call into a native copies its arguments into an `Args`, checks the recursion depth and
//! resets the suspension state: about a hundred instructions before `list.append` does its
//! one push. The natives below are recognised by function pointer and, when their arguments
//! are the plain common case (exact built-in receiver, or a list subclass's list for
//! `append`/`pop`; right count, simple types), done here with no such setup. Anything else (wrong arguments, subclasses, keys whose comparison
//! may run Python code) returns `None` and takes the general path, which raises CPython's
//! errors; so nothing here can fail or run Python code.

use super::Vm;
use crate::builtins::{dict_methods, functions, int_methods, list_methods, set_methods};
use crate::value::Value;
use crate::value::object::{NativeFn, Obj, ObjRef, Payload};

impl Vm {
    /// The result of native `func` called with `self.frame.regs[start..]`, when it is one of
    /// the natives done here and its arguments are the simple case.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub(super) fn fast_native(&mut self, func: NativeFn, start: usize) -> Option<Value> {
        let args = &self.frame.regs[start..];
        if std::ptr::fn_addr_eq(func, list_methods::list_append as NativeFn) {
            let [l, x] = *args else { return None };
            let Obj::List(v) = self.heap.get_mut(self.list_receiver(l)?) else { return None };
            v.push(x);
            return Some(Value::None);
        }
        if std::ptr::fn_addr_eq(func, list_methods::list_pop as NativeFn) {
            let (l, i) = match *args {
                [l] => (l, -1),
                [l, Value::Int(i)] => (l, i),
                _ => return None,
            };
            let Obj::List(v) = self.heap.get_mut(self.list_receiver(l)?) else { return None };
            let len = v.len() as i64;
            let at = if i < 0 { i + len } else { i };
            if !(0..len).contains(&at) {
                return None;
            }
            // The last item (`stack.pop()`) without `remove`'s shifting set-up.
            if at == len - 1 {
                return v.pop();
            }
            return Some(v.remove(at as usize));
        }
        if std::ptr::fn_addr_eq(func, functions::builtin_len as NativeFn) {
            let [x] = *args else { return None };
            let n = match self.heap.get(x.as_obj()?) {
                Obj::Str(s) => s.char_len(),
                Obj::List(l) | Obj::Tuple(l) => l.len(),
                Obj::Dict(d) => d.len(),
                Obj::Set(s) | Obj::FrozenSet(s) => s.len(),
                Obj::Bytes(b) | Obj::ByteArray(b) => b.len(),
                _ => return None,
            };
            return Some(Value::Int(n as i64));
        }
        if std::ptr::fn_addr_eq(func, dict_methods::dict_get as NativeFn) {
            let (d, key, default) = match *args {
                [d, key] => (d, key, Value::None),
                [d, key, default] => (d, key, default),
                _ => return None,
            };
            return super::items::simple_dict_lookup(&self.heap, d, key).map(|v| v.unwrap_or(default));
        }
        // A plain set (not a frozenset, not a subclass) and a key whose hash and comparisons
        // run no Python code.
        if std::ptr::fn_addr_eq(func, set_methods::set_add as NativeFn) {
            let [s, key] = *args else { return None };
            self.set_add_native(s.as_obj()?, key)?;
            return Some(Value::None);
        }
        if std::ptr::fn_addr_eq(func, set_methods::set_discard as NativeFn) {
            let [s, key] = *args else { return None };
            let r = s.as_obj()?;
            if !matches!(self.heap.get(r), Obj::Set(_)) {
                return None;
            }
            let (_, pos) = self.find_key_native(r, key)?;
            if let (Some(p), Obj::Set(set)) = (pos, self.heap.get_mut(r)) {
                set.remove_at(p);
            }
            return Some(Value::None);
        }
        if std::ptr::fn_addr_eq(func, int_methods::int_bit_length as NativeFn) {
            let [Value::Int(i)] = *args else { return None };
            return Some(Value::Int(64 - i64::from(i.unsigned_abs().leading_zeros())));
        }
        if std::ptr::fn_addr_eq(func, functions::builtin_isinstance as NativeFn) {
            let [obj, spec] = *args else { return None };
            return functions::isinstance_fast(self, obj, spec).map(Value::Bool);
        }
        // `getattr(obj, name)` and friends with a computed name, where the attribute
        // instructions' fast path answers (their general path took ~1000 instructions).
        if std::ptr::fn_addr_eq(func, functions::builtin_getattr as NativeFn) {
            let (&[obj, name] | &[obj, name, _]) = args else { return None };
            return self.getattr_by_name(obj, name);
        }
        if std::ptr::fn_addr_eq(func, functions::builtin_hasattr as NativeFn) {
            let [obj, name] = *args else { return None };
            return self.getattr_by_name(obj, name).map(|_| Value::Bool(true));
        }
        if std::ptr::fn_addr_eq(func, functions::builtin_setattr as NativeFn) {
            let [obj, name, value] = *args else { return None };
            return self.setattr_by_name(obj, name, value).then_some(Value::None);
        }
        if std::ptr::fn_addr_eq(func, functions::builtin_sum as NativeFn) {
            let [seq] = *args else { return None };
            let (Obj::List(items) | Obj::Tuple(items)) = self.heap.get(seq.as_obj()?) else { return None };
            let mut total: i64 = 0;
            for &item in items {
                let Value::Int(i) = item else { return None };
                total = total.checked_add(i)?;
            }
            return Some(Value::Int(total));
        }
        None
    }

    /// The list that `list.append`/`list.pop` called on `l` works on: `l` itself, or the list
    /// an instance of a `list` subclass wraps (`OrderedCollection(list)` in deltablue, whose
    /// appends took the general path's `Args` and payload lookup, ~300 instructions).
    #[inline]
    fn list_receiver(&self, l: Value) -> Option<ObjRef> {
        let r = l.as_obj()?;
        match self.heap.get(r) {
            Obj::List(_) => Some(r),
            Obj::Instance(i) => match i.payload {
                Payload::Builtin(Value::Obj(b))
                    if matches!(self.heap.get(b), Obj::List(_)) && self.is_subclass(i.class, self.types.list) =>
                {
                    Some(b)
                }
                _ => None,
            },
            _ => None,
        }
    }
}

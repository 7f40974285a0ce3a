//! `Value`: an owned handle to a Python value, released on drop.

use crate::err::PyErr;
use crate::sys;

/// What kind of value a handle names (`host_edge_tag`): exact built-in types; instances of
/// subclasses are `Other`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    None,
    Bool,
    /// An int that fits i64.
    Int,
    /// An int that does not fit i64.
    BigInt,
    Float,
    Str,
    /// bytes or bytearray.
    Bytes,
    List,
    Tuple,
    Dict,
    HostRef,
    Other,
    Invalid,
}

/// A Python value held through a handle. Handles live until dropped or until the native call
/// returns, whichever is first; a `Value` drops its handle.
#[derive(Debug)]
pub struct Value(u32);

impl Drop for Value {
    fn drop(&mut self) {
        unsafe { sys::host_edge_drop(self.0) }
    }
}

/// A handle the host just made, or the pending exception (0 means it failed).
fn made(h: u32) -> Result<Value, PyErr> {
    if h == 0 { Err(PyErr::pending()) } else { Ok(Value(h)) }
}

fn handles(items: &[Value]) -> Vec<u32> {
    items.iter().map(|v| v.0).collect()
}

impl Value {
    /// Takes ownership of a raw handle.
    pub fn from_raw(h: u32) -> Value {
        Value(h)
    }
    /// Gives up ownership: the handle is not dropped.
    pub fn into_raw(self) -> u32 {
        let h = self.0;
        std::mem::forget(self);
        h
    }
    /// Another handle to the same object.
    pub fn dup(&self) -> Value {
        // The codec has no "dup": a 1-tuple's item is the same object under a new handle.
        let t = Value::tuple(std::slice::from_ref(self));
        t.item(0).unwrap_or_else(Value::none)
    }
    /// The raw handle (still owned by this value).
    pub fn handle(&self) -> u32 {
        self.0
    }

    // ---- building ----

    pub fn none() -> Value {
        Value(unsafe { sys::host_edge_none() })
    }
    pub fn bool(v: bool) -> Value {
        Value(unsafe { sys::host_edge_bool(v as i32) })
    }
    pub fn int(v: i64) -> Value {
        Value(unsafe { sys::host_edge_int(v) })
    }
    /// An int of any size from decimal text (`-` sign and `_` allowed); `None` if malformed.
    pub fn int_from_decimal(text: &str) -> Option<Value> {
        let h = unsafe { sys::host_edge_int_parse(text.as_ptr(), text.len()) };
        (h != 0).then_some(Value(h))
    }
    pub fn float(v: f64) -> Value {
        Value(unsafe { sys::host_edge_float(v) })
    }
    pub fn str(s: &str) -> Value {
        Value(unsafe { sys::host_edge_str(s.as_ptr(), s.len()) })
    }
    pub fn bytes(b: &[u8]) -> Value {
        Value(unsafe { sys::host_edge_bytes(b.as_ptr(), b.len()) })
    }
    pub fn list(items: &[Value]) -> Value {
        let hs = handles(items);
        Value(unsafe { sys::host_edge_list(hs.as_ptr(), hs.len()) })
    }
    pub fn tuple(items: &[Value]) -> Value {
        let hs = handles(items);
        Value(unsafe { sys::host_edge_tuple(hs.as_ptr(), hs.len()) })
    }
    /// A tuple of ints in one codec call.
    pub fn int_tuple(items: &[i64]) -> Value {
        Value(unsafe { sys::host_edge_int_tuple(items.as_ptr(), items.len()) })
    }
    /// Rows of `width` ints (`items` in order) as a list of tuples, in one codec call.
    pub fn int_tuples(items: &[i64], width: usize) -> Result<Value, PyErr> {
        made(unsafe { sys::host_edge_int_tuples(items.as_ptr(), items.len(), width) })
    }
    /// Code points `start..end` of this str, or bytes of this bytes/bytearray, as a new str /
    /// bytes (clamped), without copying it through the guest; `None` for other values.
    /// Linear in the text for non-ASCII str (code points are counted from the start).
    pub fn slice(&self, start: usize, end: usize) -> Option<Value> {
        let h = unsafe { sys::host_edge_slice(self.0, start as u32, end as u32) };
        (h != 0).then_some(Value(h))
    }
    /// Many pieces of this str / bytes / bytearray in one codec call: a list of the `spans`
    /// (`[start, end]`; a negative start gives `None`), grouped in tuples of `width` when
    /// `width` > 1. `None` for other values.
    pub fn slices(&self, spans: &[[i32; 2]], width: usize) -> Option<Value> {
        let h = unsafe { sys::host_edge_slices(self.0, spans.as_ptr().cast(), spans.len(), width) };
        (h != 0).then_some(Value(h))
    }
    /// A list from raw handles (not consumed), for builders that collect handles themselves.
    pub fn list_of_handles(hs: &[u32]) -> Value {
        Value(unsafe { sys::host_edge_list(hs.as_ptr(), hs.len()) })
    }
    pub fn dict() -> Value {
        Value(unsafe { sys::host_edge_dict() })
    }
    /// A `HostRef` (JS runtime only: fails natively, where there are no host objects).
    pub fn host_ref(id: u32) -> Result<Value, PyErr> {
        match unsafe { sys::host_edge_ref(id) } {
            0 => Err(PyErr::runtime_error("HostRef needs the JavaScript runtime")),
            h => Ok(Value(h)),
        }
    }

    // ---- reading ----

    pub fn tag(&self) -> Tag {
        match unsafe { sys::host_edge_tag(self.0) } {
            sys::TAG_NONE => Tag::None,
            sys::TAG_BOOL => Tag::Bool,
            sys::TAG_INT => Tag::Int,
            sys::TAG_BIGINT => Tag::BigInt,
            sys::TAG_FLOAT => Tag::Float,
            sys::TAG_STR => Tag::Str,
            sys::TAG_BYTES => Tag::Bytes,
            sys::TAG_LIST => Tag::List,
            sys::TAG_TUPLE => Tag::Tuple,
            sys::TAG_DICT => Tag::Dict,
            sys::TAG_REF => Tag::HostRef,
            sys::TAG_OTHER => Tag::Other,
            _ => Tag::Invalid,
        }
    }
    pub fn is_none(&self) -> bool {
        self.tag() == Tag::None
    }
    /// An int or bool that fits i64. One codec call unless it is 0 (which `host_edge_get_int`
    /// also answers for every other value).
    pub fn as_i64(&self) -> Option<i64> {
        match unsafe { sys::host_edge_get_int(self.0) } {
            0 => matches!(self.tag(), Tag::Int | Tag::Bool).then_some(0),
            n => Some(n),
        }
    }
    /// Decimal text of any int (big ones included).
    pub fn int_text(&self) -> Option<String> {
        match self.tag() {
            Tag::Int | Tag::Bool => Some(unsafe { sys::host_edge_get_int(self.0) }.to_string()),
            Tag::BigInt => self.repr().ok(),
            _ => None,
        }
    }
    /// A float, or an int converted.
    pub fn as_f64(&self) -> Option<f64> {
        matches!(self.tag(), Tag::Float | Tag::Int | Tag::Bool | Tag::BigInt)
            .then(|| unsafe { sys::host_edge_get_float(self.0) })
    }
    /// Python truthiness (`bool(v)`); a raising `__bool__` gives an error.
    pub fn truthy(&self) -> Result<bool, PyErr> {
        match unsafe { sys::host_edge_get_bool(self.0) } {
            -1 => Err(PyErr::runtime_error("bool() of this value failed")),
            b => Ok(b != 0),
        }
    }
    /// The UTF-8 of a str or the content of bytes, copied out.
    pub fn as_bytes(&self) -> Option<Vec<u8>> {
        let n = unsafe { sys::host_edge_buf_len(self.0) };
        if n < 0 {
            return None;
        }
        let mut buf = Vec::with_capacity(n as usize);
        unsafe {
            sys::host_edge_buf_read(self.0, buf.as_mut_ptr());
            buf.set_len(n as usize);
        }
        Some(buf)
    }
    /// A str's text.
    pub fn as_string(&self) -> Option<String> {
        if self.tag() != Tag::Str {
            return None;
        }
        // The host's str is valid UTF-8.
        self.as_bytes().map(|b| String::from_utf8(b).unwrap_or_default())
    }
    /// Items of a list/tuple/dict, code points of a str, bytes of bytes.
    pub fn len(&self) -> Option<usize> {
        let n = unsafe { sys::host_edge_len(self.0) };
        (n >= 0).then_some(n as usize)
    }
    pub fn is_empty(&self) -> bool {
        self.len() == Some(0)
    }
    /// Item `i` of a list or tuple.
    pub fn item(&self, i: usize) -> Option<Value> {
        let h = unsafe { sys::host_edge_item(self.0, i as u32) };
        (h != 0).then_some(Value(h))
    }
    /// All items of a list or tuple.
    pub fn items(&self) -> Option<Vec<Value>> {
        if !matches!(self.tag(), Tag::List | Tag::Tuple) {
            return None;
        }
        let n = self.len()?;
        (0..n).map(|i| self.item(i)).collect()
    }
    /// A dict's `(key, value)` pairs in insertion order.
    pub fn dict_items(&self) -> Option<Vec<(Value, Value)>> {
        let list = unsafe { sys::host_edge_dict_items(self.0) };
        if list == 0 {
            return None;
        }
        let list = Value(list);
        let pairs = list.items()?;
        pairs.into_iter().map(|p| Some((p.item(0)?, p.item(1)?))).collect()
    }
    /// `d[key] = value` on a dict.
    pub fn set_item(&self, key: &Value, value: &Value) -> Result<(), PyErr> {
        match unsafe { sys::host_edge_dict_set(self.0, key.0, value.0) } {
            0 => Ok(()),
            _ => Err(PyErr::type_error("unhashable key or not a dict")),
        }
    }
    /// The id of a `HostRef`.
    pub fn host_ref_id(&self) -> Option<u32> {
        let id = unsafe { sys::host_edge_get_ref(self.0) };
        (id >= 0).then_some(id as u32)
    }
    /// `repr(v)`.
    pub fn repr(&self) -> Result<String, PyErr> {
        let s = made(unsafe { sys::host_edge_repr_str(self.0) })?;
        Ok(s.as_string().unwrap_or_default())
    }
    /// `type(v).__name__`.
    pub fn type_name(&self) -> String {
        let h = unsafe { sys::host_edge_type_name(self.0) };
        if h == 0 { String::from("?") } else { Value(h).as_string().unwrap_or_default() }
    }
    /// `id(v)`: equal for the same object.
    pub fn id(&self) -> i64 {
        unsafe { sys::host_edge_id(self.0) }
    }
    /// `self(*args)`. An exception raised by the callee comes back as `PyErr::pending()`:
    /// return it with `?` and Python sees it unchanged.
    pub fn call(&self, args: &[Value]) -> Result<Value, PyErr> {
        let t = Value::tuple(args);
        made(unsafe { sys::host_edge_call(self.0, t.0) })
    }
}

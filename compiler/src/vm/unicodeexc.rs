//! `UnicodeDecodeError`, `UnicodeEncodeError` and `UnicodeTranslateError`: their checked
//! constructors, their `encoding`/`object`/`start`/`end`/`reason` attributes and CPython's
//! `str()` of them.
//!
//! The attributes are read from `args` (codecs raise these errors lazily, see
//! `CodecFailure`, and never run `__init__`); assigning one stores it in the instance dict,
//! which attribute lookup and `str()` consult first.

use super::Vm;
use crate::builtins::args;
use crate::error::{ExcKind, PyErr, PyResult, unicode_error_escape};
use crate::value::*;

/// Which of the three classes an exception belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Flavor {
    Decode,
    Encode,
    Translate,
}

impl Flavor {
    /// The attribute names in the order of the constructor's arguments.
    fn fields(self) -> &'static [&'static str] {
        match self {
            Flavor::Translate => &["object", "start", "end", "reason"],
            _ => &["encoding", "object", "start", "end", "reason"],
        }
    }
}

const FIELDS: [&str; 5] = ["encoding", "object", "start", "end", "reason"];

impl Vm {
    pub(crate) fn install_unicode_errors(&mut self) {
        use NativeKind::Method;
        let decode = self.exc_class(ExcKind::UnicodeDecodeError);
        self.add_methods(decode, &[("__init__", decode_init, Method), ("__str__", unicode_error_str, Method)]);
        let encode = self.exc_class(ExcKind::UnicodeEncodeError);
        self.add_methods(encode, &[("__init__", encode_init, Method), ("__str__", unicode_error_str, Method)]);
        let translate = self.exc_class(ExcKind::UnicodeTranslateError);
        self.add_methods(translate, &[("__init__", translate_init, Method), ("__str__", unicode_error_str, Method)]);
    }

    fn unicode_flavor(&self, r: ObjRef) -> Option<Flavor> {
        let is = |k| self.is_instance(Value::Obj(r), self.exc_class(k));
        if is(ExcKind::UnicodeDecodeError) {
            Some(Flavor::Decode)
        } else if is(ExcKind::UnicodeEncodeError) {
            Some(Flavor::Encode)
        } else if is(ExcKind::UnicodeTranslateError) {
            Some(Flavor::Translate)
        } else {
            None
        }
    }

    /// `e.encoding`, `e.object`, ... of a Unicode error as its constructor set them; `None`
    /// for other names and exceptions. Never initialised (a subclass `__init__` that did not
    /// call the base one): `None`, and `0` for the positions, as CPython's empty members.
    pub(crate) fn unicode_error_field(&mut self, r: ObjRef, name: &str) -> Option<Value> {
        if !FIELDS.contains(&name) {
            return None;
        }
        let flavor = self.unicode_flavor(r)?;
        let fields = flavor.fields();
        let args = self.exception_args(r);
        let at = fields.iter().position(|f| *f == name);
        Some(match at {
            Some(i) if args.len() == fields.len() => args[i],
            _ if matches!(name, "start" | "end") => Value::Int(0),
            _ => Value::None,
        })
    }

    /// CPython's `str()` of a Unicode error ("'utf-8' codec can't decode byte 0xff in
    /// position 0: invalid start byte"); `None` for other exceptions.
    pub(crate) fn unicode_error_text(&mut self, r: ObjRef) -> PyResult<Option<String>> {
        let Some(flavor) = self.unicode_flavor(r) else { return Ok(None) };
        let obj = Value::Obj(r);
        let object = self.getattr(obj, "object")?;
        if object.is_none() {
            return Ok(Some(String::new()));
        }
        let reason = self.getattr(obj, "reason")?;
        let reason = self.to_str(reason)?;
        let start = self.getattr(obj, "start")?;
        let start = self.index_i64(start)?;
        let end = self.getattr(obj, "end")?;
        let end = self.index_i64(end)?;
        let prefix = match flavor {
            Flavor::Translate => String::new(),
            _ => {
                let encoding = self.getattr(obj, "encoding")?;
                format!("'{}' codec ", self.to_str(encoding)?)
            }
        };
        let verb = match flavor {
            Flavor::Decode => "decode",
            Flavor::Encode => "encode",
            Flavor::Translate => "translate",
        };
        let one = self.unicode_error_unit(flavor, object, start, end);
        let what = match one {
            Some(unit) => format!("{unit} in position {start}"),
            None if flavor == Flavor::Decode => format!("bytes in position {start}-{}", end.wrapping_sub(1)),
            None => format!("characters in position {start}-{}", end.wrapping_sub(1)),
        };
        Ok(Some(format!("{prefix}can't {verb} {what}: {reason}")))
    }

    /// "byte 0xff" / "character '\xe9'" when the error covers exactly one unit inside `object`.
    fn unicode_error_unit(&self, flavor: Flavor, object: Value, start: i64, end: i64) -> Option<String> {
        if end != start.wrapping_add(1) || start < 0 {
            return None;
        }
        let at = usize::try_from(start).ok()?;
        if flavor == Flavor::Decode {
            let b = self.heap.bytes(self.builtin_value(object))?;
            return b.get(at).map(|b| format!("byte 0x{b:02x}"));
        }
        let s = self.heap.str_of(self.builtin_value(object))?;
        let c = s.chars().nth(at)?;
        Some(format!("character '{}'", unicode_error_escape(c as u32)))
    }
}

fn decode_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    unicode_init(vm, a, Flavor::Decode, "UnicodeDecodeError")
}

fn encode_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    unicode_init(vm, a, Flavor::Encode, "UnicodeEncodeError")
}

fn translate_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    unicode_init(vm, a, Flavor::Translate, "UnicodeTranslateError")
}

/// The checks of CPython's constructors; `args` keeps the arguments (a bytes-like object
/// made `bytes`).
fn unicode_init(vm: &mut Vm, a: Args, flavor: Flavor, name: &str) -> PyResult<Value> {
    let Some(Value::Obj(r)) = a.pos.first().copied() else { return Ok(Value::None) };
    if !a.kw.is_empty() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    let given = &a.pos[1..];
    let want = flavor.fields().len();
    if given.len() != want {
        return Err(PyErr::type_error(format!("function takes exactly {want} arguments ({} given)", given.len())));
    }
    let mut checked = Vec::with_capacity(want);
    for (i, (&field, &v)) in flavor.fields().iter().zip(given).enumerate() {
        let v = match field {
            "encoding" | "reason" => str_field(vm, v, i + 1)?,
            "object" if flavor == Flavor::Decode => bytes_field(vm, v)?,
            "object" => str_field(vm, v, i + 1)?,
            _ => ssize_field(vm, v)?,
        };
        checked.push(v);
    }
    vm.set_exception_args(r, checked);
    Ok(Value::None)
}

fn str_field(vm: &Vm, v: Value, n: usize) -> PyResult<Value> {
    if vm.heap.str_of(v).is_some() {
        return Ok(v);
    }
    Err(PyErr::type_error(format!("argument {n} must be str, not {}", vm.type_name(v))))
}

fn bytes_field(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if let Value::Obj(r) = v
        && matches!(vm.heap.get(r), Obj::Bytes(_))
    {
        return Ok(v);
    }
    let inner = vm.builtin_value(v);
    if let Some(b) = vm.heap.bytes(inner) {
        let b = b.to_vec();
        return Ok(vm.new_bytes(b));
    }
    if let Some(b) = crate::builtins::bytes_methods::buffer_bytes(vm, v)? {
        return Ok(vm.new_bytes(b));
    }
    Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

fn ssize_field(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if vm.to_bigint(v).is_some() && !matches!(v, Value::Int(_) | Value::Bool(_)) {
        return Err(PyErr::overflow_error("Python int too large to convert to C ssize_t"));
    }
    vm.index_i64(v).map(Value::Int)
}

fn unicode_error_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_pos("__str__", a.pos.len().saturating_sub(1), 0, 0)?;
    let Some(Value::Obj(r)) = a.pos.first().copied() else { return Ok(vm.new_str("")) };
    match vm.unicode_error_text(r)? {
        Some(s) => Ok(vm.new_str(s)),
        None => Ok(vm.new_str("")),
    }
}

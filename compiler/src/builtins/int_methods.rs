//! Methods of `int` (and so of `bool`, which inherits them).

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use crate::builtins::args;
use crate::error::{PyErr, PyResult};
use crate::syntax::ast::BinOp;
use crate::value::hash::{hash_bigint, hash_int};
use crate::value::num::{self, Num, NumResult};
use crate::value::*;
use crate::vm::Vm;

/// An int operand: small or big.
#[derive(Clone, Debug)]
pub enum IntVal {
    Small(i64),
    Big(BigInt),
}

impl IntVal {
    pub fn as_num(&self) -> Num<'_> {
        match self {
            IntVal::Small(i) => Num::Int(*i),
            IntVal::Big(b) => Num::Big(b),
        }
    }
    pub fn to_big(&self) -> BigInt {
        match self {
            IntVal::Small(i) => BigInt::from(*i),
            IntVal::Big(b) => b.clone(),
        }
    }
}

/// The int value of `v` (an int, bool, or instance of an int subclass).
pub fn int_of(vm: &Vm, v: Value) -> Option<IntVal> {
    match vm.builtin_value(v) {
        Value::Int(i) => Some(IntVal::Small(i)),
        Value::Bool(b) => Some(IntVal::Small(b as i64)),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::BigInt(b) => Some(IntVal::Big(b.clone())),
            _ => None,
        },
        _ => None,
    }
}

/// A Python value from a numeric result.
pub fn num_value(vm: &mut Vm, r: NumResult) -> Value {
    match r {
        NumResult::Int(i) => Value::Int(i),
        NumResult::Big(b) => vm.new_bigint(b),
        NumResult::Float(f) => Value::Float(f),
    }
}

fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<IntVal> {
    let v =
        *args.pos.first().ok_or_else(|| PyErr::type_error(format!("unbound method int.{name}() needs an argument")))?;
    int_of(vm, v).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{name}' for 'int' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))
    })
}

fn binary(vm: &mut Vm, args: Args, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    args::check_method(name, &args, 1, 1)?;
    let a = this(vm, &args, name)?;
    let Some(b) = int_of(vm, args.pos[1]) else {
        return Ok(vm.not_implemented());
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    match num::binop(x.as_num(), y.as_num(), op)? {
        Some(r) => Ok(num_value(vm, r)),
        None => Ok(vm.not_implemented()),
    }
}

macro_rules! int_binops {
    ($( $f:ident, $rf:ident, $name:literal, $rname:literal, $op:ident; )*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> { binary(vm, args, $name, BinOp::$op, false) }
            fn $rf(vm: &mut Vm, args: Args) -> PyResult<Value> { binary(vm, args, $rname, BinOp::$op, true) }
        )*
        const BINOPS: &[(&str, NativeFn)] = &[ $( ($name, $f), ($rname, $rf), )* ];
    };
}

int_binops! {
    int_add, int_radd, "__add__", "__radd__", Add;
    int_sub, int_rsub, "__sub__", "__rsub__", Sub;
    int_mul, int_rmul, "__mul__", "__rmul__", Mult;
    int_truediv, int_rtruediv, "__truediv__", "__rtruediv__", Div;
    int_floordiv, int_rfloordiv, "__floordiv__", "__rfloordiv__", FloorDiv;
    int_mod, int_rmod, "__mod__", "__rmod__", Mod;
    int_lshift, int_rlshift, "__lshift__", "__rlshift__", LShift;
    int_rshift, int_rrshift, "__rshift__", "__rrshift__", RShift;
    int_and, int_rand, "__and__", "__rand__", BitAnd;
    int_or, int_ror, "__or__", "__ror__", BitOr;
    int_xor, int_rxor, "__xor__", "__rxor__", BitXor;
}

fn divmod_impl(vm: &mut Vm, args: Args, name: &str, reflected: bool) -> PyResult<Value> {
    args::check_method(name, &args, 1, 1)?;
    let a = this(vm, &args, name)?;
    let Some(b) = int_of(vm, args.pos[1]) else {
        return Ok(vm.not_implemented());
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let q = num::binop(x.as_num(), y.as_num(), BinOp::FloorDiv)?.expect("int floordiv");
    let r = num::binop(x.as_num(), y.as_num(), BinOp::Mod)?.expect("int mod");
    let (q, r) = (num_value(vm, q), num_value(vm, r));
    Ok(vm.new_tuple(vec![q, r]))
}

fn int_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    divmod_impl(vm, args, "__divmod__", false)
}
fn int_rdivmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    divmod_impl(vm, args, "__rdivmod__", true)
}

fn pow_impl(vm: &mut Vm, args: Args, name: &str, reflected: bool) -> PyResult<Value> {
    args::check_method(name, &args, 1, 2)?;
    let a = this(vm, &args, name)?;
    let Some(b) = int_of(vm, args.pos[1]) else {
        return Ok(vm.not_implemented());
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    if let Some(&m) = args.pos.get(2)
        && !m.is_none()
    {
        let Some(m) = int_of(vm, m) else {
            return Ok(vm.not_implemented());
        };
        let r = num::pow_mod(&x.to_big(), &y.to_big(), &m.to_big())?;
        return Ok(vm.new_bigint(r));
    }
    match num::binop(x.as_num(), y.as_num(), BinOp::Pow)? {
        Some(r) => Ok(num_value(vm, r)),
        None => Ok(vm.not_implemented()),
    }
}

fn int_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pow_impl(vm, args, "__pow__", false)
}
fn int_rpow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pow_impl(vm, args, "__rpow__", true)
}

fn compare(vm: &mut Vm, args: Args, name: &str, f: fn(std::cmp::Ordering) -> bool) -> PyResult<Value> {
    args::check_method(name, &args, 1, 1)?;
    let a = this(vm, &args, name)?;
    let Some(b) = int_of(vm, args.pos[1]) else {
        return Ok(vm.not_implemented());
    };
    let o = num::compare(a.as_num(), b.as_num()).expect("ints are ordered");
    Ok(Value::Bool(f(o)))
}

fn int_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__eq__", |o| o.is_eq())
}
fn int_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ne__", |o| o.is_ne())
}
fn int_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__lt__", |o| o.is_lt())
}
fn int_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__le__", |o| o.is_le())
}
fn int_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__gt__", |o| o.is_gt())
}
fn int_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ge__", |o| o.is_ge())
}

/// The plain int (never bool or subclass) with the value of `self`.
fn plain(vm: &mut Vm, v: IntVal) -> Value {
    match v {
        IntVal::Small(i) => Value::Int(i),
        IntVal::Big(b) => vm.new_bigint(b),
    }
}

fn unary(
    vm: &mut Vm,
    args: Args,
    name: &str,
    f: fn(BigInt) -> BigInt,
    small: fn(i64) -> Option<i64>,
) -> PyResult<Value> {
    args::check_method(name, &args, 0, 0)?;
    let v = this(vm, &args, name)?;
    Ok(match v {
        IntVal::Small(i) => match small(i) {
            Some(r) => Value::Int(r),
            None => vm.new_bigint(f(BigInt::from(i))),
        },
        IntVal::Big(b) => vm.new_bigint(f(b)),
    })
}

fn int_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__neg__", |b| -b, |i| i.checked_neg())
}
fn int_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__pos__", |b| b, Some)
}
fn int_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__abs__", |b| b.abs(), |i| i.checked_abs())
}
fn int_invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__invert__", |b| -b - 1, |i| Some(!i))
}

/// `__int__`, `__index__`, `__trunc__`, `__floor__`, `__ceil__`, `conjugate`, `real`,
/// `numerator`: the plain int value.
fn int_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = this(vm, &args, "__int__")?;
    if args.pos.len() > 1 {
        return Err(PyErr::type_error("method takes no arguments"));
    }
    Ok(plain(vm, v))
}

fn int_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("__bool__", &args, 0, 0)?;
    let v = this(vm, &args, "__bool__")?;
    Ok(Value::Bool(match v {
        IntVal::Small(i) => i != 0,
        IntVal::Big(_) => true,
    }))
}

fn int_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("__float__", &args, 0, 0)?;
    let v = this(vm, &args, "__float__")?;
    Ok(Value::Float(match v {
        IntVal::Small(i) => i as f64,
        IntVal::Big(b) => num::bigint_to_f64(&b)?,
    }))
}

fn int_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::list_methods::expect_args("__round__", &args, 0, 1)?;
    let v = this(vm, &args, "__round__")?;
    let nd = match args.pos.get(1) {
        None | Some(Value::None) => return Ok(plain(vm, v)),
        Some(&n) => n,
    };
    let nd = match int_of(vm, nd) {
        Some(IntVal::Small(i)) => i,
        Some(IntVal::Big(b)) => {
            if b.sign() == Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        None => vm.index_i64(nd)?,
    };
    if nd >= 0 {
        return Ok(plain(vm, v));
    }
    let r = num::round_int(&v.to_big(), nd);
    Ok(num_value(vm, r))
}

fn int_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("__hash__", &args, 0, 0)?;
    let v = this(vm, &args, "__hash__")?;
    Ok(Value::Int(match v {
        IntVal::Small(i) => hash_int(i),
        IntVal::Big(b) => hash_bigint(&b),
    }))
}

fn int_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("__repr__", &args, 0, 0)?;
    let me = args.pos[0];
    if let Value::Bool(b) = vm.builtin_value(me) {
        // bool's own __repr__ normally wins; keep this correct if it is missing.
        return Ok(vm.new_str(if b { "True" } else { "False" }));
    }
    let v = this(vm, &args, "__repr__")?;
    let s = match v {
        IntVal::Small(i) => i.to_string(),
        IntVal::Big(b) => num::int_to_decimal(&b)?,
    };
    Ok(vm.new_str(s))
}

fn int_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("__format__", &args, 1, 1)?;
    let v = this(vm, &args, "__format__")?;
    let spec = format_spec_arg(vm, args.pos[1])?;
    if spec.is_empty() {
        let s = vm.to_str(args.pos[0])?;
        return Ok(vm.new_str(s));
    }
    let p = plain(vm, v);
    let s = vm.format(p, &spec)?;
    Ok(vm.new_str(s))
}

/// The `format_spec` argument of `__format__`, with CPython's error for non-str.
pub fn format_spec_arg(vm: &Vm, v: Value) -> PyResult<String> {
    match vm.heap.str_of(v) {
        Some(s) => Ok(s.to_string()),
        None => Err(PyErr::type_error(format!("__format__() argument must be str, not {}", vm.type_name(v)))),
    }
}

pub(crate) fn int_bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("int.bit_length", &args, 0, 0)?;
    let v = this(vm, &args, "bit_length")?;
    Ok(Value::Int(match v {
        IntVal::Small(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
        IntVal::Big(b) => b.bits() as i64,
    }))
}

fn int_bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("int.bit_count", &args, 0, 0)?;
    let v = this(vm, &args, "bit_count")?;
    Ok(Value::Int(match v {
        IntVal::Small(i) => i.unsigned_abs().count_ones() as i64,
        IntVal::Big(b) => b.magnitude().count_ones() as i64,
    }))
}

fn int_is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("int.is_integer", &args, 0, 0)?;
    this(vm, &args, "is_integer")?;
    Ok(Value::Bool(true))
}

fn int_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("int.as_integer_ratio", &args, 0, 0)?;
    let v = this(vm, &args, "as_integer_ratio")?;
    let p = plain(vm, v);
    Ok(vm.new_tuple(vec![p, Value::Int(1)]))
}

fn int_zero(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "imag")?;
    Ok(Value::Int(0))
}

fn int_one(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "denominator")?;
    Ok(Value::Int(1))
}

fn byteorder_arg(vm: &Vm, v: Option<Value>) -> PyResult<bool> {
    let Some(v) = v else { return Ok(false) };
    match vm.heap.str_of(v) {
        Some("big") => Ok(false),
        Some("little") => Ok(true),
        Some(_) => Err(PyErr::value_error("byteorder must be either 'little' or 'big'")),
        None => Err(PyErr::type_error(format!("to_bytes() argument 'byteorder' must be str, not {}", vm.type_name(v)))),
    }
}

fn int_to_bytes(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args::check_kw("to_bytes", &args, &["length", "byteorder", "signed"])?;
    let total = args.pos.len() - 1 + args.kw.len();
    if total > 3 {
        return Err(PyErr::type_error(format!("to_bytes() takes at most 3 arguments ({total} given)")));
    }
    let v = this(vm, &args, "to_bytes")?.to_big();
    let length = match args::arg_or_kw(&mut args, 1, "length") {
        Some(l) => vm.index_i64(l)?,
        None => 1,
    };
    let little = byteorder_arg(vm, args::arg_or_kw(&mut args, 2, "byteorder"))?;
    let signed = match args.take_kw("signed") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    if length < 0 {
        return Err(PyErr::value_error("length argument must be non-negative"));
    }
    if length > 1 << 30 {
        return Err(PyErr::new(crate::error::ExcKind::MemoryError, ""));
    }
    if !signed && v.sign() == Sign::Minus {
        return Err(PyErr::overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed { v.to_signed_bytes_be() } else { v.to_bytes_be().1 };
    if v.is_zero() {
        bytes.clear();
    }
    let len = length as usize;
    if bytes.len() > len {
        // A leading sign byte may be droppable.
        return Err(PyErr::overflow_error("int too big to convert"));
    }
    let fill = if signed && v.sign() == Sign::Minus { 0xff } else { 0 };
    let mut out = vec![fill; len - bytes.len()];
    out.extend_from_slice(&bytes);
    if little {
        out.reverse();
    }
    Ok(vm.new_bytes(out))
}

fn int_from_bytes(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args::check_kw("from_bytes", &args, &["bytes", "byteorder", "signed"])?;
    let cls = args.pos[0];
    let data = args::arg_or_kw(&mut args, 1, "bytes")
        .ok_or_else(|| PyErr::type_error("from_bytes() missing required argument 'bytes' (pos 1)"))?;
    let little = byteorder_arg(vm, args::arg_or_kw(&mut args, 2, "byteorder"))?;
    let signed = match args.take_kw("signed") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let mut bytes = match vm.heap.bytes(data) {
        Some(b) => b.to_vec(),
        None => {
            // bytes(data) as CPython's PyObject_Bytes takes it: an iterable of ints, but no
            // str and no int count.
            if vm.heap.str_of(data).is_some() || !vm.has_iter_protocol(data) {
                return Err(PyErr::type_error(format!("cannot convert '{}' object to bytes", vm.type_name(data))));
            }
            let items = vm.collect(data)?;
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                let b = vm.index_i64(it)?;
                if !(0..=255).contains(&b) {
                    return Err(PyErr::value_error("bytes must be in range(0, 256)"));
                }
                out.push(b as u8);
            }
            out
        }
    };
    if little {
        bytes.reverse();
    }
    let n = if signed { BigInt::from_signed_bytes_be(&bytes) } else { BigInt::from_bytes_be(Sign::Plus, &bytes) };
    let v = vm.new_bigint(n);
    if cls.as_obj() == Some(vm.types.int) {
        return Ok(v);
    }
    if cls.as_obj() == Some(vm.types.bool_) {
        return Ok(Value::Bool(!matches!(v, Value::Int(0))));
    }
    vm.call_pos(cls, vec![v])
}

fn int_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let given = args.pos.len().saturating_sub(1) + args.kw.len();
    if given > 2 {
        return Err(PyErr::type_error(format!("int() takes at most 2 arguments ({given} given)")));
    }
    args::check_kw("int", &args, &["base"])?;
    let cls = vm.new_target(vm.types.int, args.pos.first().copied())?;
    let x = args.pos.get(1).copied();
    let base = args::arg_or_kw(&mut args, 2, "base");
    let v = int_from_args(vm, x, base)?;
    if cls == vm.types.int {
        return Ok(v);
    }
    Ok(vm.new_builtin_instance(cls, v))
}

/// `int(x)` / `int(x, base)`.
pub fn int_from_args(vm: &mut Vm, x: Option<Value>, base: Option<Value>) -> PyResult<Value> {
    let Some(x) = x else {
        if base.is_some() {
            return Err(PyErr::type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        let b = vm.index_i64(b)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(PyErr::value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let s = if let Some(s) = vm.heap.str_of(x) {
            s.to_string()
        } else if let Some(bytes) = vm.heap.bytes(x) {
            String::from_utf8_lossy(bytes).into_owned()
        } else {
            return Err(PyErr::type_error("int() can't convert non-string with explicit base"));
        };
        let r = num::parse_int(&s, b as u32)?;
        return Ok(num_value(vm, r));
    }
    if let Some(i) = int_of(vm, x) {
        return Ok(plain(vm, i));
    }
    let b = vm.builtin_value(x);
    if let Value::Float(f) = b {
        let r = num::float_to_int(f)?;
        return Ok(num_value(vm, r));
    }
    if let Some(s) = vm.heap.str_of(b) {
        if let Some(v) = num::plain_decimal(s) {
            return Ok(Value::Int(v));
        }
        let s = s.to_string();
        let r = num::parse_int(&s, 10)?;
        return Ok(num_value(vm, r));
    }
    if let Some(bytes) = vm.heap.bytes(b) {
        let s = String::from_utf8_lossy(bytes).into_owned();
        let r = num::parse_int(&s, 10).map_err(|_| {
            PyErr::value_error(format!("invalid literal for int() with base 10: {}", bytes_repr(bytes)))
        })?;
        return Ok(num_value(vm, r));
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(r) = vm.call_dunder_opt(x, name, &[])? {
            if let Some(i) = int_of(vm, r) {
                return Ok(plain(vm, i));
            }
            return Err(PyErr::type_error(format!("{name} returned non-int (type {})", vm.type_name(r))));
        }
    }
    Err(PyErr::type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(x)
    )))
}

fn bytes_repr(b: &[u8]) -> String {
    let mut s = String::from("b'");
    for &c in b {
        match c {
            b'\'' => s.push_str("\\'"),
            b'\\' => s.push_str("\\\\"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\t' => s.push_str("\\t"),
            0x20..=0x7e => s.push(c as char),
            _ => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s.push('\'');
    s
}

fn int_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = this(vm, &args, "__getnewargs__")?;
    let p = plain(vm, v);
    Ok(vm.new_tuple(vec![p]))
}

fn int_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = this(vm, &args, "__sizeof__")?;
    let digits = match v {
        IntVal::Small(0) => 0,
        IntVal::Small(i) => (64 - i.unsigned_abs().leading_zeros()).div_ceil(30) as i64,
        IntVal::Big(b) => b.bits().div_ceil(30) as i64,
    };
    Ok(Value::Int(24 + 4 * digits.max(1)))
}

/// Adds a read-only property computed by `f` to class `cls`.
pub fn add_property(vm: &mut Vm, cls: ObjRef, name: &'static str, f: NativeFn) {
    let getter = vm.new_native_fn(name, f);
    let prop = vm.alloc(Obj::Property(Box::new(Property::read_only(getter, Value::None))));
    vm.class_set_attr(cls, name, prop);
}

pub fn register(vm: &mut Vm) {
    use NativeKind::*;
    let t = vm.types.int;
    for &(name, f) in BINOPS {
        vm.add_method(t, name, f, Method);
    }
    let methods: &[(&'static str, NativeFn)] = &[
        ("__divmod__", int_divmod),
        ("__rdivmod__", int_rdivmod),
        ("__pow__", int_pow),
        ("__rpow__", int_rpow),
        ("__eq__", int_eq),
        ("__ne__", int_ne),
        ("__lt__", int_lt),
        ("__le__", int_le),
        ("__gt__", int_gt),
        ("__ge__", int_ge),
        ("__neg__", int_neg),
        ("__pos__", int_pos),
        ("__abs__", int_abs),
        ("__invert__", int_invert),
        ("__bool__", int_bool),
        ("__index__", int_self),
        ("__int__", int_self),
        ("__trunc__", int_self),
        ("__floor__", int_self),
        ("__ceil__", int_self),
        ("conjugate", int_self),
        ("__float__", int_float),
        ("__round__", int_round),
        ("__hash__", int_hash),
        ("__repr__", int_repr),
        ("__format__", int_format),
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("is_integer", int_is_integer),
        ("as_integer_ratio", int_as_integer_ratio),
        ("to_bytes", int_to_bytes),
        ("__getnewargs__", int_getnewargs),
        ("__sizeof__", int_sizeof),
    ];
    for &(name, f) in methods {
        vm.add_method(t, name, f, Method);
    }
    vm.add_method(t, "from_bytes", int_from_bytes, ClassMethod);
    vm.add_method(t, "__new__", int_new, StaticMethod);
    add_property(vm, t, "real", int_self);
    add_property(vm, t, "numerator", int_self);
    add_property(vm, t, "imag", int_zero);
    add_property(vm, t, "denominator", int_one);
}

/// `i64` value of a small int result, if any (helper for callers outside this module).
pub fn small(v: &IntVal) -> Option<i64> {
    match v {
        IntVal::Small(i) => Some(*i),
        IntVal::Big(b) => b.to_i64(),
    }
}

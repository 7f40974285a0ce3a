//! Methods of `float`.

use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

use crate::builtins::args;
use crate::builtins::int_methods::{add_property, int_of, num_value};
use crate::error::{PyErr, PyResult};
use crate::syntax::ast::BinOp;
use crate::value::hash::hash_float;
use crate::value::num::{self, Num};
use crate::value::*;
use crate::vm::Vm;

fn float_of(vm: &Vm, v: Value) -> Option<f64> {
    match vm.builtin_value(v) {
        Value::Float(f) => Some(f),
        _ => None,
    }
}

fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<f64> {
    let v = *args
        .pos
        .first()
        .ok_or_else(|| PyErr::type_error(format!("unbound method float.{name}() needs an argument")))?;
    float_of(vm, v).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{name}' for 'float' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))
    })
}

/// The other operand as a float, `None` when it is not an int or float.
fn other_f64(vm: &Vm, v: Value) -> Option<PyResult<f64>> {
    if let Some(f) = float_of(vm, v) {
        return Some(Ok(f));
    }
    let i = int_of(vm, v)?;
    Some(match i.as_num() {
        Num::Int(i) => Ok(i as f64),
        Num::Big(b) => num::bigint_to_f64(b),
        Num::Float(f) => Ok(f),
    })
}

fn binary(vm: &mut Vm, args: Args, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    args::check_method(name, &args, 1, 1)?;
    let a = this(vm, &args, name)?;
    let Some(b) = other_f64(vm, args.pos[1]) else {
        return Ok(vm.not_implemented());
    };
    let b = b?;
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    Ok(Value::Float(num::float_binop(x, y, op)?))
}

macro_rules! float_binops {
    ($( $f:ident, $rf:ident, $name:literal, $rname:literal, $op:ident; )*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> { binary(vm, args, $name, BinOp::$op, false) }
            fn $rf(vm: &mut Vm, args: Args) -> PyResult<Value> { binary(vm, args, $rname, BinOp::$op, true) }
        )*
        const BINOPS: &[(&str, NativeFn)] = &[ $( ($name, $f), ($rname, $rf), )* ];
    };
}

float_binops! {
    float_add, float_radd, "__add__", "__radd__", Add;
    float_sub, float_rsub, "__sub__", "__rsub__", Sub;
    float_mul, float_rmul, "__mul__", "__rmul__", Mult;
    float_truediv, float_rtruediv, "__truediv__", "__rtruediv__", Div;
    float_floordiv, float_rfloordiv, "__floordiv__", "__rfloordiv__", FloorDiv;
    float_mod, float_rmod, "__mod__", "__rmod__", Mod;
}

fn divmod_impl(vm: &mut Vm, args: Args, name: &str, reflected: bool) -> PyResult<Value> {
    args::check_method(name, &args, 1, 1)?;
    let a = this(vm, &args, name)?;
    let Some(b) = other_f64(vm, args.pos[1]) else {
        return Ok(vm.not_implemented());
    };
    let b = b?;
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    if y == 0.0 {
        return Err(PyErr::zero_division("float divmod()"));
    }
    let (q, r) = num::float_divmod(x, y);
    Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)]))
}

fn float_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    divmod_impl(vm, args, "__divmod__", false)
}
fn float_rdivmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    divmod_impl(vm, args, "__rdivmod__", true)
}

/// `x ** y` for floats, with CPython's complex result for a negative base and a
/// non-integral exponent.
pub fn float_pow_value(vm: &mut Vm, x: f64, y: f64) -> PyResult<Value> {
    if x < 0.0 && x.is_finite() && y.is_finite() && y != y.floor() {
        let (re, im) = num::complex_pow_real(x, y);
        return Ok(vm.alloc(Obj::Complex(re, im)));
    }
    Ok(Value::Float(num::float_pow(x, y)?))
}

fn pow_impl(vm: &mut Vm, args: Args, name: &str, reflected: bool) -> PyResult<Value> {
    args::check_method(name, &args, 1, 2)?;
    let a = this(vm, &args, name)?;
    let Some(b) = other_f64(vm, args.pos[1]) else {
        return Ok(vm.not_implemented());
    };
    let b = b?;
    if args.pos.get(2).is_some_and(|m| !m.is_none()) {
        return Err(PyErr::type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    float_pow_value(vm, x, y)
}

fn float_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pow_impl(vm, args, "__pow__", false)
}
fn float_rpow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pow_impl(vm, args, "__rpow__", true)
}

fn compare(vm: &mut Vm, args: Args, name: &str, f: fn(Option<std::cmp::Ordering>) -> bool) -> PyResult<Value> {
    args::check_method(name, &args, 1, 1)?;
    let a = this(vm, &args, name)?;
    let other = args.pos[1];
    let o = if let Some(b) = float_of(vm, other) {
        a.partial_cmp(&b)
    } else if let Some(i) = int_of(vm, other) {
        num::compare(Num::Float(a), i.as_num())
    } else {
        return Ok(vm.not_implemented());
    };
    Ok(Value::Bool(f(o)))
}

fn float_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__eq__", |o| o.is_some_and(|o| o.is_eq()))
}
fn float_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ne__", |o| !o.is_some_and(|o| o.is_eq()))
}
fn float_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__lt__", |o| o.is_some_and(|o| o.is_lt()))
}
fn float_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__le__", |o| o.is_some_and(|o| o.is_le()))
}
fn float_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__gt__", |o| o.is_some_and(|o| o.is_gt()))
}
fn float_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ge__", |o| o.is_some_and(|o| o.is_ge()))
}

fn unary(vm: &mut Vm, args: Args, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    args::check_method(name, &args, 0, 0)?;
    Ok(Value::Float(f(this(vm, &args, name)?)))
}

fn float_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__neg__", |x| -x)
}
fn float_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__pos__", |x| x)
}
fn float_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__abs__", f64::abs)
}
fn float_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "__float__", |x| x)
}

fn float_zero(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "imag")?;
    Ok(Value::Float(0.0))
}

fn float_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("__bool__", &args, 0, 0)?;
    Ok(Value::Bool(this(vm, &args, "__bool__")? != 0.0))
}

fn to_int(vm: &mut Vm, args: Args, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    args::check_method(name, &args, 0, 0)?;
    let x = this(vm, &args, name)?;
    let r = num::float_to_int(f(x))?;
    Ok(num_value(vm, r))
}

fn float_trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_int(vm, args, "__trunc__", f64::trunc)
}
fn float_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_int(vm, args, "__floor__", f64::floor)
}
fn float_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_int(vm, args, "__ceil__", f64::ceil)
}

fn float_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::list_methods::expect_args("__round__", &args, 0, 1)?;
    let x = this(vm, &args, "__round__")?;
    match args.pos.get(1) {
        None | Some(Value::None) => {
            let r = num::round_float_to_int(x)?;
            Ok(num_value(vm, r))
        }
        Some(&n) => {
            let nd = match int_of(vm, n) {
                Some(i) => match i.as_num() {
                    Num::Int(i) => i,
                    Num::Big(b) => {
                        if b.sign() == Sign::Minus {
                            i64::MIN
                        } else {
                            i64::MAX
                        }
                    }
                    Num::Float(_) => 0,
                },
                None => vm.index_i64(n)?,
            };
            Ok(Value::Float(num::round_float(x, nd)?))
        }
    }
}

fn float_is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("float.is_integer", &args, 0, 0)?;
    let x = this(vm, &args, "is_integer")?;
    Ok(Value::Bool(x.is_finite() && x == x.trunc()))
}

fn float_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("float.as_integer_ratio", &args, 0, 0)?;
    let x = this(vm, &args, "as_integer_ratio")?;
    let (n, d) = num::float_as_ratio(x)?;
    let (n, d) = (vm.new_bigint(n), vm.new_bigint(d));
    Ok(vm.new_tuple(vec![n, d]))
}

fn float_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("__hash__", &args, 0, 0)?;
    Ok(Value::Int(hash_float(this(vm, &args, "__hash__")?)))
}

/// `repr(float)`: the shortest round-tripping digits, in CPython's layout (exponent form
/// when the decimal point position is <= -4 or > 16, else fixed with at least one decimal).
pub fn py_float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0.0".into() } else { "0.0".into() };
    }
    // Rust's `{:e}` gives the shortest round-tripping digits: "d.ddde[-]x".
    let sci = format!("{:e}", x.abs());
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let mut digits: String = mant.chars().filter(|c| *c != '.').collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    // When two shortest candidates are equally close (an exact tie), CPython's dtoa picks
    // the even one; recompute the last digit with exact round-half-even arithmetic.
    if let Some(even) = exact_digits(x.abs(), digits.len(), exp)
        && even.len() == digits.len()
        && crate::value::float_parse::parse_decimal(&format!("{even}e{}", exp - (digits.len() as i32 - 1)))
            == Some(x.abs())
    {
        digits = even;
    }
    let decpt = exp + 1;
    let mut out = String::new();
    if x < 0.0 {
        out.push('-');
    }
    if decpt <= -4 || decpt > 16 {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let e = decpt - 1;
        out.push_str(&format!("e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs()));
    } else if decpt <= 0 {
        out.push_str("0.");
        out.push_str(&"0".repeat((-decpt) as usize));
        out.push_str(&digits);
    } else if decpt as usize >= digits.len() {
        out.push_str(&digits);
        out.push_str(&"0".repeat(decpt as usize - digits.len()));
        out.push_str(".0");
    } else {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    }
    out
}

/// The `n` significant decimal digits of `x` (positive, finite) whose first digit has
/// weight `10**exp`, correctly rounded half-to-even from the exact binary value.
fn exact_digits(x: f64, n: usize, exp: i32) -> Option<String> {
    let (num, den) = num::float_as_ratio(x).ok()?;
    let shift = n as i64 - 1 - exp as i64;
    let ten = BigInt::from(10u32);
    let (num, den) =
        if shift >= 0 { (num * ten.pow(shift as u32), den) } else { (num, den * ten.pow((-shift) as u32)) };
    let q = &num / &den;
    let r = &num - &q * &den;
    let twice = r * 2u32;
    let q = match twice.cmp(&den) {
        std::cmp::Ordering::Greater => q + 1u32,
        std::cmp::Ordering::Equal if (&q % 2u32) == BigInt::from(1u32) => q + 1u32,
        _ => q,
    };
    Some(q.to_string())
}

fn float_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("__repr__", &args, 0, 0)?;
    let x = this(vm, &args, "__repr__")?;
    Ok(vm.new_str(py_float_repr(x)))
}

fn float_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("__format__", &args, 1, 1)?;
    let x = this(vm, &args, "__format__")?;
    let spec = crate::builtins::int_methods::format_spec_arg(vm, args.pos[1])?;
    if spec.is_empty() {
        let s = vm.to_str(args.pos[0])?;
        return Ok(vm.new_str(s));
    }
    let s = vm.format(Value::Float(x), &spec)?;
    Ok(vm.new_str(s))
}

/// `float.hex()` text, CPython's `float_hex`.
pub fn float_hex_str(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0x0.0p+0".into() } else { "0x0.0p+0".into() };
    }
    let (m, e) = crate::value::hash::frexp(x.abs());
    let shift = 1 - (-1021 - e).max(0);
    let mut m = num::ldexp(m, shift);
    let e = e - shift;
    let mut s = String::new();
    if x < 0.0 {
        s.push('-');
    }
    s.push_str("0x");
    let d = m as u32;
    s.push(char::from_digit(d, 16).unwrap_or('0'));
    m -= d as f64;
    s.push('.');
    for _ in 0..13 {
        m *= 16.0;
        let d = m as u32;
        s.push(char::from_digit(d, 16).unwrap_or('0'));
        m -= d as f64;
    }
    s.push_str(&format!("p{}{}", if e < 0 { '-' } else { '+' }, e.abs()));
    s
}

fn float_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("float.hex", &args, 0, 0)?;
    let x = this(vm, &args, "hex")?;
    Ok(vm.new_str(float_hex_str(x)))
}

/// `m * 2**e` correctly rounded to a float; `None` on overflow.
fn scale_to_f64(m: &BigInt, e: i64) -> Option<f64> {
    if m.is_zero() {
        return Some(0.0);
    }
    let bits = m.bits() as i64;
    // Exponent of the last kept bit: 53 significant bits, no lower than 2**-1074.
    let lsb = (bits + e - 53).max(-1074);
    let (q, e2) = if lsb > e {
        let drop = (lsb - e) as u64;
        let kept = m >> drop;
        let low = m - (&kept << drop);
        let half = BigInt::from(1) << (drop - 1);
        let up = low > half || (low == half && (&kept & BigInt::from(1)) == BigInt::from(1));
        (if up { kept + 1 } else { kept }, lsb)
    } else {
        (m.clone(), e)
    };
    let f = num::ldexp(q.to_f64()?, e2.clamp(-2000, 2000) as i32);
    if f.is_infinite() { None } else { Some(f) }
}

/// `float.fromhex(s)`.
pub fn parse_hex_float(s: &str) -> PyResult<f64> {
    let invalid = || PyErr::value_error("invalid hexadecimal floating-point string");
    let t = s.trim_matches(num::is_py_space);
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(if neg { f64::NEG_INFINITY } else { f64::INFINITY });
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let b = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match b.find('p') {
        Some(i) => (&b[..i], Some(&b[i + 1..])),
        None => (b, None),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(invalid());
    }
    let digits: String = format!("{int_part}{frac_part}");
    if !digits.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(invalid());
    }
    let exp: i64 = match exp {
        Some(e) => {
            let ok = {
                let e2 = e.strip_prefix(['+', '-']).unwrap_or(e);
                !e2.is_empty() && e2.chars().all(|c| c.is_ascii_digit())
            };
            if !ok {
                return Err(invalid());
            }
            e.parse::<i64>().unwrap_or(if e.starts_with('-') { i64::MIN / 4 } else { i64::MAX / 4 })
        }
        None => 0,
    };
    let m = BigInt::parse_bytes(digits.as_bytes(), 16).unwrap_or_default();
    let e = exp.saturating_sub(4 * frac_part.len() as i64);
    let f = scale_to_f64(&m, e.clamp(-1 << 40, 1 << 40))
        .ok_or_else(|| PyErr::overflow_error("hexadecimal value too large to represent as a float"))?;
    Ok(if neg { -f } else { f })
}

fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("float.fromhex", &args, 1, 1)?;
    let s = match vm.heap.str_of(args.pos[1]) {
        Some(s) => s.to_string(),
        None => {
            return Err(PyErr::type_error("bad argument type for built-in operation"));
        }
    };
    let f = Value::Float(parse_hex_float(&s)?);
    let cls = args.pos[0];
    if cls.as_obj() == Some(vm.types.float) {
        return Ok(f);
    }
    vm.call_pos(cls, vec![f])
}

fn float_getformat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check_method("__getformat__", &args, 1, 1)?;
    match vm.heap.str_of(args.pos[1]) {
        Some("double") | Some("float") => Ok(vm.new_str("IEEE, little-endian")),
        Some(_) => Err(PyErr::value_error("__getformat__() argument 1 must be 'double' or 'float'")),
        None => Err(PyErr::type_error("__getformat__() argument must be str")),
    }
}

fn float_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = this(vm, &args, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![Value::Float(x)]))
}

/// `float(x)`.
pub fn float_from_value(vm: &mut Vm, x: Value) -> PyResult<f64> {
    let b = vm.builtin_value(x);
    if let Value::Float(f) = b {
        return Ok(f);
    }
    if let Some(i) = int_of(vm, b) {
        return match i.as_num() {
            Num::Int(i) => Ok(i as f64),
            Num::Big(b) => num::bigint_to_f64(b),
            Num::Float(f) => Ok(f),
        };
    }
    if let Some(s) = vm.heap.str_of(b) {
        let s = s.to_string();
        return num::parse_float(&s);
    }
    if let Some(bytes) = vm.heap.bytes(b) {
        let s = String::from_utf8_lossy(bytes).into_owned();
        return num::parse_float(&s);
    }
    if let Some(r) = vm.call_dunder_opt(x, "__float__", &[])? {
        return match float_of(vm, r) {
            Some(f) => Ok(f),
            None => Err(PyErr::type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(x),
                vm.type_name(r)
            ))),
        };
    }
    if let Some(r) = vm.call_dunder_opt(x, "__index__", &[])?
        && let Some(i) = int_of(vm, r)
    {
        return match i.as_num() {
            Num::Int(i) => Ok(i as f64),
            Num::Big(b) => num::bigint_to_f64(b),
            Num::Float(f) => Ok(f),
        };
    }
    Err(PyErr::type_error(format!("float() argument must be a string or a real number, not '{}'", vm.type_name(x))))
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("float() takes no keyword arguments"));
    }
    if args.pos.len() > 2 {
        return Err(PyErr::type_error(format!("float expected at most 1 argument, got {}", args.pos.len() - 1)));
    }
    let cls = vm.new_target(vm.types.float, args.pos.first().copied())?;
    let f = match args.pos.get(1) {
        Some(&x) => float_from_value(vm, x)?,
        None => 0.0,
    };
    if cls == vm.types.float {
        return Ok(Value::Float(f));
    }
    Ok(vm.new_builtin_instance(cls, Value::Float(f)))
}

pub fn register(vm: &mut Vm) {
    use NativeKind::*;
    let t = vm.types.float;
    for &(name, f) in BINOPS {
        vm.add_method(t, name, f, Method);
    }
    let methods: &[(&'static str, NativeFn)] = &[
        ("__divmod__", float_divmod),
        ("__rdivmod__", float_rdivmod),
        ("__pow__", float_pow),
        ("__rpow__", float_rpow),
        ("__eq__", float_eq),
        ("__ne__", float_ne),
        ("__lt__", float_lt),
        ("__le__", float_le),
        ("__gt__", float_gt),
        ("__ge__", float_ge),
        ("__neg__", float_neg),
        ("__pos__", float_pos),
        ("__abs__", float_abs),
        ("__bool__", float_bool),
        ("__float__", float_self),
        ("conjugate", float_self),
        ("__int__", float_trunc),
        ("__trunc__", float_trunc),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("__round__", float_round),
        ("is_integer", float_is_integer),
        ("as_integer_ratio", float_as_integer_ratio),
        ("__hash__", float_hash),
        ("__repr__", float_repr),
        ("__format__", float_format),
        ("hex", float_hex),
        ("__getnewargs__", float_getnewargs),
    ];
    for &(name, f) in methods {
        vm.add_method(t, name, f, Method);
    }
    vm.add_methods(
        t,
        &[
            ("fromhex", float_fromhex, ClassMethod),
            ("__getformat__", float_getformat, ClassMethod),
            ("__new__", float_new, StaticMethod),
        ],
    );
    add_property(vm, t, "real", float_self);
    add_property(vm, t, "imag", float_zero);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_roundtrip() {
        assert_eq!(float_hex_str(1.5), "0x1.8000000000000p+0");
        assert_eq!(float_hex_str(0.1), "0x1.999999999999ap-4");
        assert_eq!(float_hex_str(-0.0), "-0x0.0p+0");
        assert_eq!(float_hex_str(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_hex_str(f64::NAN), "nan");
        assert_eq!(parse_hex_float("0x1.8p1").unwrap(), 3.0);
        assert_eq!(parse_hex_float(" -0x1p-1074 ").unwrap(), -5e-324);
        assert_eq!(parse_hex_float("inf").unwrap(), f64::INFINITY);
        assert_eq!(parse_hex_float("0x1.999999999999ap-4").unwrap(), 0.1);
        assert!(parse_hex_float("x").is_err());
        assert!(parse_hex_float("0x1p1024").is_err());
        assert_eq!(parse_hex_float("0x1.fffffffffffff8p0").unwrap(), 2.0);
        assert_eq!(parse_hex_float("0x1.fffffffffffff7p0").unwrap(), 1.9999999999999998);
        assert_eq!(parse_hex_float("1p-1075").unwrap(), 0.0);
        assert_eq!(parse_hex_float("3p-1076").unwrap(), 5e-324);
    }

    #[test]
    fn complex_pow() {
        assert_eq!(num::complex_pow_real(-8.0, 1.0 / 3.0), (1.0000000000000002, 1.7320508075688772));
        assert_eq!(num::complex_pow_real(-1.0, 0.5), (6.123233995736766e-17, 1.0));
        assert_eq!(num::complex_pow_real(-2.0, 0.5), (8.659560562354934e-17, std::f64::consts::SQRT_2));
    }

    #[test]
    fn repr_matches_cpython() {
        let data = "0=0.0 8000000000000000=-0.0 3ff0000000000000=1.0 3fb999999999999a=0.1 4341c37937e08000=1e+16 430c6bf526340000=1000000000000000.0 437b69b4ba630f35=1.2345678901234568e+17 3f1a36e2eb1c432d=0.0001 3ee4f8b588e368f1=1e-05 3e8421f5f40d8376=1.5e-07 1=5e-324 7fefffffffffffff=1.7976931348623157e+308 c004000000000000=-2.5 4059000000000000=100.0 3fd5555555555555=0.3333333333333333 7ff0000000000000=inf fff0000000000000=-inf 7ff8000000000000=nan 40c81cd6c8b43958=12345.678 44b52d02c7e14af6=1e+23 4480f0cf064dd592=1e+22 3f50624dd2f1a9fc=0.001 c2c7d4fc88363add=-52407074581621.73 c3a484020911b56d=-7.391544078297146e+17 c3326fa25b750d5f=-5189292690574687.0 bbc4846f0d7aa39d=-8.689422815203738e-21 41fe7597983b4dce=8176368003.706495 bea026443cd9a346=-4.812919713439847e-07 c1f6f783be018110=-6165117920.094009 42d2a1fcf2f13768=81947771258077.62 c3d0688391f1b266=-4.729358260133009e+18 3ea83a50063e83c4=7.220442168506446e-07 42839ff376043e27=2697213165703.769 bba4ca55669376a9=-2.2012655822557425e-21 3c83c32c7d5d3309=3.428229507391851e-17 c36e405948060dbb=-6.812001204754377e+16 bbfafd2d4595c0c4=-9.144219413210801e-20 3f45349cc381a35e=0.0006471410224665288 c081082554090282=-545.0182266906634 415056376b05b806=4282589.67222405 c31dda6b0f6fa786=-2100731919985121.5 bd3f2cf269867420=-1.1075788789847873e-13 3d01100902ebcfd8=7.577333206760833e-15 c2359ca999323514=-92822673714.20734 c15597994b38b9be=-5660261.175337253 3fac911954d2337a=0.05579451713956636 c098a41e766f91fa=-1577.0297486718032 42aaede78971f0f4=14804547057912.477 434e3971eb25e41b=1.7014821481072694e+16 c01568b996f53e56=-5.35227046844337 3be57c12956673d4=3.639642732699333e-20 43a3c8c1b5174e7b=7.128011327935113e+17";
        for item in data.split(' ') {
            let (bits, want) = item.split_once('=').unwrap();
            let x = f64::from_bits(u64::from_str_radix(bits, 16).unwrap());
            assert_eq!(py_float_repr(x), want, "{bits}");
        }
    }

    #[test]
    fn repr_matches_cpython_random() {
        for line in include_str!("../value/testdata/float_reprs.txt").lines() {
            let (bits, want) = line.split_once('=').unwrap();
            let x = f64::from_bits(u64::from_str_radix(bits, 16).unwrap());
            assert_eq!(py_float_repr(x), want, "{bits}");
        }
    }
}

//! The `math` module, matching CPython 3.13's results and error messages.

pub mod lehmer;
pub mod special;

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::builtins::args;
use crate::builtins::functions::numeric::float_to_int;
use crate::builtins::functions::{expect_args, index_bigint, is_int, no_kwargs, no_more_kwargs};
use crate::bytecode::opcode::BinOp;
use crate::error::{PyErr, PyResult};
use crate::value::*;
use crate::vm::Vm;

use special::{FsumErr, MathErr, MathResult};

fn domain() -> PyErr {
    PyErr::value_error("math domain error")
}

fn range_err() -> PyErr {
    PyErr::overflow_error("math range error")
}

fn lift(r: MathResult) -> PyResult<Value> {
    match r {
        Ok(f) => Ok(Value::Float(f)),
        Err(MathErr::Domain) => Err(domain()),
        Err(MathErr::Range) => Err(range_err()),
    }
}

/// A float argument (ints, `__float__`, `__index__`), with CPython's TypeError.
fn arg_f64(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f),
        Value::Int(i) => Ok(i as f64),
        _ => vm.to_f64(v),
    }
}

/// Like CPython's `math_1`: NaN from non-NaN is a domain error; inf from finite is a range
/// error when `can_overflow`, else a domain error.
fn math_1(vm: &mut Vm, args: &Args, name: &str, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    args::check(name, args, 1, 1)?;
    let x = arg_f64(vm, args.pos[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_err() } else { domain() });
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($($fname:ident = $pyname:literal, $f:expr, $ovf:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                math_1(vm, &args, $pyname, $f, $ovf)
            }
        )*
    };
}

unary! {
    m_acos = "acos", f64::acos, false;
    m_acosh = "acosh", special::acosh, false;
    m_asin = "asin", f64::asin, false;
    m_asinh = "asinh", special::asinh, false;
    m_atan = "atan", f64::atan, false;
    m_atanh = "atanh", special::atanh, false;
    m_cbrt = "cbrt", special::cbrt, false;
    m_cos = "cos", f64::cos, false;
    m_cosh = "cosh", f64::cosh, true;
    m_erf = "erf", special::erf, false;
    m_erfc = "erfc", special::erfc, false;
    m_exp = "exp", f64::exp, true;
    m_exp2 = "exp2", f64::exp2, true;
    m_expm1 = "expm1", f64::exp_m1, true;
    m_fabs = "fabs", f64::abs, false;
    m_sin = "sin", f64::sin, false;
    m_sinh = "sinh", f64::sinh, true;
    m_sqrt = "sqrt", f64::sqrt, false;
    m_tan = "tan", f64::tan, false;
    m_tanh = "tanh", f64::tanh, false;
}

fn m_log1p(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("log1p", &args, 1, 1)?;
    let x = arg_f64(vm, args.pos[0])?;
    if x <= -1.0 {
        return Err(domain());
    }
    Ok(Value::Float(x.ln_1p()))
}

fn m_gamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("gamma", &args, 1, 1)?;
    let x = arg_f64(vm, args.pos[0])?;
    lift(special::gamma(x))
}

fn m_lgamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("lgamma", &args, 1, 1)?;
    let x = arg_f64(vm, args.pos[0])?;
    lift(special::lgamma(x))
}

// ---- rounding to int ----

fn round_to_int(vm: &mut Vm, args: Args, name: &str, dunder: &'static str, f: fn(f64) -> f64) -> PyResult<Value> {
    args::check(name, &args, 1, 1)?;
    let v = args.pos[0];
    match v {
        Value::Float(x) => return float_to_int(vm, f(x)),
        Value::Int(_) => return Ok(v),
        Value::Bool(b) => return Ok(Value::Int(b as i64)),
        _ => {}
    }
    if is_int(vm, v) {
        return Ok(v);
    }
    if let Some(r) = vm.call_dunder_opt(v, dunder, &[])? {
        return Ok(r);
    }
    if dunder == "__trunc__" {
        return Err(PyErr::type_error(format!("type {} doesn't define __trunc__ method", vm.type_name(v))));
    }
    let x = vm.to_f64(v)?;
    float_to_int(vm, f(x))
}

fn m_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    round_to_int(vm, args, "ceil", "__ceil__", f64::ceil)
}

fn m_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    round_to_int(vm, args, "floor", "__floor__", f64::floor)
}

fn m_trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    round_to_int(vm, args, "trunc", "__trunc__", f64::trunc)
}

// ---- integer functions ----

fn int_arg(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    index_bigint(vm, v)
}

/// Product of the integers in `lo..=hi` by binary splitting.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut acc = BigInt::from(lo);
        for i in lo + 1..=hi {
            acc *= i;
        }
        return acc;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

fn m_factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("factorial", &args, 1, 1)?;
    let n = int_arg(vm, args.pos[0])?;
    if n.is_negative() {
        return Err(PyErr::value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64().filter(|&n| n <= i64::MAX as u64) else {
        return Err(PyErr::overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    if n > 1_000_000 {
        return Err(PyErr::new(crate::error::ExcKind::MemoryError, ""));
    }
    let r = range_product(1, n.max(1));
    Ok(vm.new_bigint(r))
}

fn m_gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("gcd", &args)?;
    let mut g = BigInt::zero();
    for &v in &args.pos {
        let x = int_arg(vm, v)?;
        g = lehmer::gcd(&g, &x);
    }
    Ok(vm.new_bigint(g))
}

fn m_lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("lcm", &args)?;
    let mut l = BigInt::one();
    for &v in &args.pos {
        let x = int_arg(vm, v)?;
        if l.is_zero() || x.is_zero() {
            l = BigInt::zero();
            continue;
        }
        let g = lehmer::gcd(&l, &x);
        l = (&l / &g * &x).abs();
    }
    Ok(vm.new_bigint(l))
}

fn comb_perm_args(vm: &mut Vm, n: Value, k: Value) -> PyResult<(BigInt, BigInt)> {
    let n = int_arg(vm, n)?;
    let k = int_arg(vm, k)?;
    if n.is_negative() {
        return Err(PyErr::value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(PyErr::value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

/// `n * (n-1) * ... * (n-k+1)`.
fn falling(n: &BigInt, k: u64) -> BigInt {
    if k == 0 {
        return BigInt::one();
    }
    if k < 32 {
        let mut acc = n.clone();
        for i in 1..k {
            acc *= n - i;
        }
        return acc;
    }
    let h = k / 2;
    falling(n, h) * falling(&(n - h), k - h)
}

fn m_comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("comb", &args)?;
    expect_args("comb", args.pos.len(), 2, 2)?;
    let (n, k) = comb_perm_args(vm, args.pos[0], args.pos[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64() else {
        return Err(PyErr::overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    let r = falling(&n, k) / range_product(1, k.max(1));
    Ok(vm.new_bigint(r))
}

fn m_perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("perm", &args)?;
    expect_args("perm", args.pos.len(), 1, 2)?;
    let kv = args.pos.get(1).copied().unwrap_or(Value::None);
    if kv.is_none() {
        let n = int_arg(vm, args.pos[0])?;
        if n.is_negative() {
            return Err(PyErr::value_error("n must be a non-negative integer"));
        }
        let Some(n) = n.to_u64() else {
            return Err(PyErr::overflow_error("factorial() argument should not exceed 9223372036854775807"));
        };
        let r = range_product(1, n.max(1));
        return Ok(vm.new_bigint(r));
    }
    let (n, k) = comb_perm_args(vm, args.pos[0], kv)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_u64() else {
        return Err(PyErr::overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    let r = falling(&n, k);
    Ok(vm.new_bigint(r))
}

fn m_isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("isqrt", &args, 1, 1)?;
    let n = int_arg(vm, args.pos[0])?;
    if n.is_negative() {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    let r = n.sqrt();
    Ok(vm.new_bigint(r))
}

fn m_prod(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let start = args.take_kw("start").unwrap_or(Value::Int(1));
    no_more_kwargs("prod", &args)?;
    if args.pos.len() != 1 {
        return Err(PyErr::type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.pos.len()
        )));
    }
    let it = vm.iter(args.pos[0])?;
    let mut acc = start;
    while let Some(v) = vm.next(it)? {
        acc = match (acc, v) {
            (Value::Int(a), Value::Int(b)) => match a.checked_mul(b) {
                Some(p) => Value::Int(p),
                None => vm.binop(acc, v, BinOp::Mult)?,
            },
            (Value::Float(a), Value::Float(b)) => Value::Float(a * b),
            _ => vm.binop(acc, v, BinOp::Mult)?,
        };
    }
    Ok(acc)
}

// ---- fsum, sumprod, hypot, dist ----

fn fsum_err(e: FsumErr) -> PyErr {
    match e {
        FsumErr::Overflow => PyErr::overflow_error("intermediate overflow in fsum"),
        FsumErr::InfMinusInf => PyErr::value_error("-inf + inf in fsum"),
    }
}

fn m_fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("fsum", &args, 1, 1)?;
    let it = vm.iter(args.pos[0])?;
    let mut s = special::Fsum::new();
    while let Some(v) = vm.next(it)? {
        let x = arg_f64(vm, v)?;
        s.add(x).map_err(fsum_err)?;
    }
    Ok(Value::Float(s.result().map_err(fsum_err)?))
}

fn m_sumprod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("sumprod", &args)?;
    expect_args("sumprod", args.pos.len(), 2, 2)?;
    let p = vm.collect(args.pos[0])?;
    let q = vm.collect(args.pos[1])?;
    if p.len() != q.len() {
        return Err(PyErr::value_error("Inputs are not the same length"));
    }
    let all_int = p.iter().chain(q.iter()).all(|&v| is_int(vm, v));
    if all_int {
        let mut acc = BigInt::zero();
        for (&a, &b) in p.iter().zip(q.iter()) {
            acc += vm.to_bigint(a).unwrap_or_default() * vm.to_bigint(b).unwrap_or_default();
        }
        return Ok(vm.new_bigint(acc));
    }
    let all_num = p.iter().chain(q.iter()).all(|&v| matches!(v, Value::Float(_)) || is_int(vm, v));
    let has_float = p.iter().chain(q.iter()).any(|&v| matches!(v, Value::Float(_)));
    if all_num && has_float {
        // Exact products summed with a correctly rounded sum.
        let mut s = special::Fsum::new();
        let mut ok = true;
        for (&a, &b) in p.iter().zip(q.iter()) {
            let (x, y) = match (vm.to_f64(a), vm.to_f64(b)) {
                (Ok(x), Ok(y)) => (x, y),
                _ => {
                    ok = false;
                    break;
                }
            };
            let (hi, lo) = special::two_product(x, y);
            if !hi.is_finite() {
                ok = false;
                break;
            }
            if s.add(hi).is_err() || s.add(lo).is_err() {
                ok = false;
                break;
            }
        }
        if ok && let Ok(r) = s.result() {
            return Ok(Value::Float(r));
        }
    }
    let mut acc = Value::Int(0);
    for (&a, &b) in p.iter().zip(q.iter()) {
        let m = vm.binop(a, b, BinOp::Mult)?;
        acc = vm.binop(acc, m, BinOp::Add)?;
    }
    Ok(acc)
}

fn norm_of(mut coords: Vec<f64>) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for c in coords.iter_mut() {
        *c = c.abs();
        found_nan |= c.is_nan();
        if *c > max {
            max = *c;
        }
    }
    special::vector_norm(&mut coords, max, found_nan)
}

fn m_hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("hypot", &args)?;
    let mut coords = Vec::with_capacity(args.pos.len());
    for &v in &args.pos {
        coords.push(arg_f64(vm, v)?);
    }
    Ok(Value::Float(norm_of(coords)))
}

fn m_dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("dist", &args)?;
    expect_args("dist", args.pos.len(), 2, 2)?;
    let p = vm.collect(args.pos[0])?;
    let q = vm.collect(args.pos[1])?;
    if p.len() != q.len() {
        return Err(PyErr::value_error("both points must have the same number of dimensions"));
    }
    let mut coords = Vec::with_capacity(p.len());
    for (&a, &b) in p.iter().zip(q.iter()) {
        let x = arg_f64(vm, a)?;
        let y = arg_f64(vm, b)?;
        coords.push(x - y);
    }
    Ok(Value::Float(norm_of(coords)))
}

// ---- logarithms ----

/// `func(x)` for an int or float argument, handling ints beyond the float range through
/// their bit length like CPython's `loghelper`.
fn log_helper(vm: &mut Vm, v: Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(Obj::BigInt(b)) = v.as_obj().map(|r| vm.heap.get(r)) {
        if !b.is_positive() {
            return Err(domain());
        }
        if let Some(f) = b.to_f64().filter(|f| f.is_finite()) {
            return Ok(func(f));
        }
        // x = m * 2**e with 0.5 <= m < 1, m correctly rounded from the top bits.
        let bits = b.bits();
        let shift = bits - 55;
        let mut top = b >> shift;
        let low_mask = (BigInt::one() << shift) - 1;
        if !(b & &low_mask).is_zero() {
            top |= BigInt::one();
        }
        let m = top.to_f64().unwrap_or(0.0) / 2f64.powi(55);
        let e = bits as f64;
        return Ok(func(m) + func(2.0) * e);
    }
    let x = arg_f64(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(func(x))
}

fn m_log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("log", &args)?;
    expect_args("log", args.pos.len(), 1, 2)?;
    let num = log_helper(vm, args.pos[0], f64::ln)?;
    if let Some(&b) = args.pos.get(1) {
        let den = log_helper(vm, b, f64::ln)?;
        if den == 0.0 {
            return Err(PyErr::zero_division("float division by zero"));
        }
        return Ok(Value::Float(num / den));
    }
    Ok(Value::Float(num))
}

fn m_log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("log2", &args, 1, 1)?;
    Ok(Value::Float(log_helper(vm, args.pos[0], f64::log2)?))
}

fn m_log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("log10", &args, 1, 1)?;
    Ok(Value::Float(log_helper(vm, args.pos[0], f64::log10)?))
}

// ---- two-argument float functions ----

fn two_floats(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    no_kwargs(name, args)?;
    expect_args(name, args.pos.len(), 2, 2)?;
    Ok((arg_f64(vm, args.pos[0])?, arg_f64(vm, args.pos[1])?))
}

/// `math.pow` with CPython's handling of IEEE special values.
pub fn float_pow(x: f64, y: f64) -> MathResult {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(r);
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(MathErr::Domain);
    }
    if r.is_infinite() {
        return Err(if x == 0.0 { MathErr::Domain } else { MathErr::Range });
    }
    Ok(r)
}

fn m_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, "pow")?;
    lift(float_pow(x, y))
}

fn m_atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (y, x) = two_floats(vm, &args, "atan2")?;
    Ok(Value::Float(y.atan2(x)))
}

fn m_copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

fn m_fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(Value::Float(r))
}

fn m_remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, "remainder")?;
    lift(special::remainder(x, y))
}

fn m_degrees(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("degrees", &args, 1, 1)?;
    let x = arg_f64(vm, args.pos[0])?;
    Ok(Value::Float(x * (180.0 / std::f64::consts::PI)))
}

fn m_radians(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("radians", &args, 1, 1)?;
    let x = arg_f64(vm, args.pos[0])?;
    Ok(Value::Float(x * (std::f64::consts::PI / 180.0)))
}

fn m_frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("frexp", &args, 1, 1)?;
    let x = arg_f64(vm, args.pos[0])?;
    let (m, e) = special::frexp(x);
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn m_ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("ldexp", &args)?;
    expect_args("ldexp", args.pos.len(), 2, 2)?;
    let x = arg_f64(vm, args.pos[0])?;
    let ev = args.pos[1];
    if matches!(ev, Value::Float(_)) || !is_int(vm, ev) && vm.builtin_value(ev).is(ev) && !matches!(ev, Value::Obj(_)) {
        return Err(PyErr::type_error("Expected an int as second argument to ldexp."));
    }
    let e = index_bigint(vm, ev).map_err(|_| PyErr::type_error("Expected an int as second argument to ldexp."))?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let e = crate::builtins::functions::big_to_i64_saturating(&e);
    let r = special::ldexp(x, e);
    if r.is_infinite() {
        return Err(range_err());
    }
    Ok(Value::Float(r))
}

fn m_modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("modf", &args, 1, 1)?;
    let x = arg_f64(vm, args.pos[0])?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    Ok(vm.new_tuple(vec![Value::Float(frac), Value::Float(int)]))
}

fn m_isclose(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let a = args::arg_or_kw(&mut args, 0, "a");
    let b = args::arg_or_kw(&mut args, 1, "b");
    let rel = args.take_kw("rel_tol");
    let abs_t = args.take_kw("abs_tol");
    no_more_kwargs("isclose", &args)?;
    if args.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    let (Some(a), Some(b)) = (a, b) else {
        let which = if a.is_none() { "'a' (pos 1)" } else { "'b' (pos 2)" };
        return Err(PyErr::type_error(format!("isclose() missing required argument {which}")));
    };
    let a = arg_f64(vm, a)?;
    let b = arg_f64(vm, b)?;
    let rel_tol = match rel {
        Some(v) => arg_f64(vm, v)?,
        None => 1e-9,
    };
    let abs_tol = match abs_t {
        Some(v) => arg_f64(vm, v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    let close = diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol;
    Ok(Value::Bool(close))
}

fn m_isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("isfinite", &args, 1, 1)?;
    Ok(Value::Bool(arg_f64(vm, args.pos[0])?.is_finite()))
}

fn m_isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("isinf", &args, 1, 1)?;
    Ok(Value::Bool(arg_f64(vm, args.pos[0])?.is_infinite()))
}

fn m_isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("isnan", &args, 1, 1)?;
    Ok(Value::Bool(arg_f64(vm, args.pos[0])?.is_nan()))
}

fn m_nextafter(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let steps = args.take_kw("steps");
    no_more_kwargs("nextafter", &args)?;
    expect_args("nextafter", args.pos.len(), 2, 2)?;
    let x = arg_f64(vm, args.pos[0])?;
    let y = arg_f64(vm, args.pos[1])?;
    let n = match steps {
        None | Some(Value::None) => 1u64,
        Some(s) => {
            let s = index_bigint(vm, s)?;
            if s.is_negative() {
                return Err(PyErr::value_error("steps must be a non-negative integer"));
            }
            s.to_u64().unwrap_or(u64::MAX)
        }
    };
    Ok(Value::Float(special::nextafter(x, y, n)))
}

fn m_ulp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args::check("ulp", &args, 1, 1)?;
    let x = arg_f64(vm, args.pos[0])?;
    Ok(Value::Float(special::ulp(x)))
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("math");
    let fns: &[(&'static str, NativeFn)] = &[
        ("acos", m_acos),
        ("acosh", m_acosh),
        ("asin", m_asin),
        ("asinh", m_asinh),
        ("atan", m_atan),
        ("atan2", m_atan2),
        ("atanh", m_atanh),
        ("cbrt", m_cbrt),
        ("ceil", m_ceil),
        ("comb", m_comb),
        ("copysign", m_copysign),
        ("cos", m_cos),
        ("cosh", m_cosh),
        ("degrees", m_degrees),
        ("dist", m_dist),
        ("erf", m_erf),
        ("erfc", m_erfc),
        ("exp", m_exp),
        ("exp2", m_exp2),
        ("expm1", m_expm1),
        ("fabs", m_fabs),
        ("factorial", m_factorial),
        ("floor", m_floor),
        ("fmod", m_fmod),
        ("frexp", m_frexp),
        ("fsum", m_fsum),
        ("gamma", m_gamma),
        ("gcd", m_gcd),
        ("hypot", m_hypot),
        ("isclose", m_isclose),
        ("isfinite", m_isfinite),
        ("isinf", m_isinf),
        ("isnan", m_isnan),
        ("isqrt", m_isqrt),
        ("lcm", m_lcm),
        ("ldexp", m_ldexp),
        ("lgamma", m_lgamma),
        ("log", m_log),
        ("log10", m_log10),
        ("log1p", m_log1p),
        ("log2", m_log2),
        ("modf", m_modf),
        ("nextafter", m_nextafter),
        ("perm", m_perm),
        ("pow", m_pow),
        ("prod", m_prod),
        ("radians", m_radians),
        ("remainder", m_remainder),
        ("sin", m_sin),
        ("sinh", m_sinh),
        ("sqrt", m_sqrt),
        ("sumprod", m_sumprod),
        ("tan", m_tan),
        ("tanh", m_tanh),
        ("trunc", m_trunc),
        ("ulp", m_ulp),
    ];
    for &(n, f) in fns {
        vm.module_add_fn(m, n, f);
    }
    vm.module_set(m, "pi", Value::Float(std::f64::consts::PI));
    vm.module_set(m, "e", Value::Float(std::f64::consts::E));
    vm.module_set(m, "tau", Value::Float(std::f64::consts::TAU));
    vm.module_set(m, "inf", Value::Float(f64::INFINITY));
    vm.module_set(m, "nan", Value::Float(f64::NAN));
    Ok(m)
}

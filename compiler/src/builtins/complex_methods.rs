//! `complex`: construction, arithmetic and methods.

use crate::builtins::args;
use crate::error::{PyErr, PyResult};
use crate::syntax::ast::BinOp;
use crate::value::{Args, NativeKind, Obj, Value};
use crate::vm::Vm;

/// The complex value of a number: complex, float, int or bool (`None` otherwise).
pub fn as_complex(vm: &Vm, v: Value) -> Option<(f64, f64)> {
    match vm.builtin_value(v) {
        Value::Int(i) => Some((i as f64, 0.0)),
        Value::Bool(b) => Some((b as i64 as f64, 0.0)),
        Value::Float(f) => Some((f, 0.0)),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Complex(re, im) => Some((*re, *im)),
            Obj::BigInt(b) => num_traits::ToPrimitive::to_f64(b).map(|f| (f, 0.0)),
            _ => None,
        },
        Value::None => None,
    }
}

fn is_complex(vm: &Vm, v: Value) -> bool {
    matches!(vm.builtin_value(v), Value::Obj(r) if matches!(vm.heap.get(r), Obj::Complex(..)))
}

/// `a op b` when either operand is complex and the other a number; `Ok(None)` otherwise.
pub fn binop(vm: &mut Vm, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
    if !is_complex(vm, a) && !is_complex(vm, b) {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (as_complex(vm, a), as_complex(vm, b)) else { return Ok(None) };
    let r = match op {
        BinOp::Add => (x.0 + y.0, x.1 + y.1),
        BinOp::Sub => (x.0 - y.0, x.1 - y.1),
        BinOp::Mult => (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0),
        BinOp::Div => div(x, y)?,
        BinOp::Pow => pow(x, y)?,
        _ => return Ok(None),
    };
    Ok(Some(vm.alloc(Obj::Complex(r.0, r.1))))
}

/// Complex division, scaled like CPython's to avoid needless overflow.
fn div(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    let (br, bi) = b;
    if br == 0.0 && bi == 0.0 {
        return Err(PyErr::zero_division("division by zero"));
    }
    if br.abs() >= bi.abs() {
        let ratio = bi / br;
        let denom = br + bi * ratio;
        Ok(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        Ok(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    }
}

fn mul(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

fn pow(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    if b.1 == 0.0 && b.0 == b.0.trunc() && b.0.abs() <= 100.0 {
        // Integer exponent: repeated squaring, as CPython does for small ints.
        let mut n = b.0 as i64;
        if n == 0 {
            return Ok((1.0, 0.0));
        }
        let invert = n < 0;
        n = n.abs();
        let mut result = (1.0, 0.0);
        let mut base = a;
        while n > 0 {
            if n & 1 == 1 {
                result = mul(result, base);
            }
            base = mul(base, base);
            n >>= 1;
        }
        return if invert { div((1.0, 0.0), result) } else { Ok(result) };
    }
    if b == (0.0, 0.0) {
        return Ok((1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(PyErr::zero_division("zero to a negative or complex power"));
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

fn recv(vm: &Vm, a: &Args) -> PyResult<(f64, f64)> {
    a.pos
        .first()
        .and_then(|v| as_complex(vm, *v))
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'complex' object"))
}

fn complex_new(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let cls = a.pos.first().copied().unwrap_or(Value::None);
    let real = args::arg_or_kw(&mut a, 1, "real");
    let imag = args::arg_or_kw(&mut a, 2, "imag");
    args::check_kw("complex", &a, &[])?;
    if a.pos.len() > 3 {
        return Err(PyErr::type_error(format!("complex() takes at most 2 arguments ({} given)", a.pos.len() - 1)));
    }
    let (re, im) = match (real, imag) {
        (None, None) => (0.0, 0.0),
        (Some(r), imag) => {
            if let Some(s) = vm.heap.str_of(r) {
                if imag.is_some() {
                    return Err(PyErr::type_error("complex() can't take second arg if first is a string"));
                }
                let s = s.to_string();
                parse(&s).ok_or_else(|| PyErr::value_error("complex() arg is a malformed string"))?
            } else {
                let r = number(vm, r, "first")?;
                let i = match imag {
                    Some(i) => Some(number(vm, i, "second")?),
                    None => None,
                };
                combine(r, i)
            }
        }
        (None, Some(i)) => {
            let i = number(vm, i, "second")?;
            combine(Number { re: 0.0, im: 0.0, is_complex: false }, Some(i))
        }
    };
    let v = vm.alloc(Obj::Complex(re, im));
    match cls {
        Value::Obj(c) if c != vm.types.complex => Ok(vm.new_builtin_instance(c, v)),
        _ => Ok(v),
    }
}

/// An argument of `complex()`: its value, and whether it was complex (only then does its
/// imaginary part take part, so `complex(1.0, -0.0)` keeps the negative zero).
struct Number {
    re: f64,
    im: f64,
    is_complex: bool,
}

/// `real + imag*1j` as CPython computes it, part by part.
fn combine(r: Number, i: Option<Number>) -> (f64, f64) {
    let Some(i) = i else {
        return (r.re, r.im);
    };
    let re = if i.is_complex { r.re - i.im } else { r.re };
    let im = if r.is_complex { i.re + r.im } else { i.re };
    (re, im)
}

fn number(vm: &mut Vm, v: Value, which: &str) -> PyResult<Number> {
    let complex = |(re, im)| Number { re, im, is_complex: true };
    if let Some((re, im)) = as_complex(vm, v) {
        return Ok(Number { re, im, is_complex: is_complex(vm, v) });
    }
    if let Some(c) = vm.call_dunder_opt(v, "__complex__", &[])?
        && let Some(c) = as_complex(vm, c)
    {
        return Ok(complex(c));
    }
    if let Some(f) = vm.call_dunder_opt(v, "__float__", &[])?
        && let Value::Float(f) = f
    {
        return Ok(Number { re: f, im: 0.0, is_complex: false });
    }
    Err(PyErr::type_error(format!("complex() {which} argument must be a string or a number, not {}", vm.type_name(v))))
}

/// Parses `"1+2j"`, `"(3j)"`, `" -1.5e3-2J "`, `"inf"`.
fn parse(s: &str) -> Option<(f64, f64)> {
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        t = inner.trim();
    }
    if t.is_empty() || t.contains(char::is_whitespace) {
        return None;
    }
    let num = |x: &str| -> Option<f64> {
        let x = x.replace('_', "");
        match x.to_ascii_lowercase().as_str() {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            "inf" | "+inf" | "infinity" | "+infinity" => Some(f64::INFINITY),
            "-inf" | "-infinity" => Some(f64::NEG_INFINITY),
            "nan" | "+nan" | "-nan" => Some(f64::NAN),
            other => crate::value::float_parse::parse_decimal(other),
        }
    };
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Find the sign that splits real and imaginary parts (not one after an exponent).
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        return match split {
            Some(i) => Some((num(&body[..i]).filter(|_| !body[..i].is_empty())?, num(&body[i..])?)),
            None => Some((0.0, num(body)?)),
        };
    }
    let re = num(t).filter(|_| !matches!(t, "+" | "-"))?;
    Some((re, 0.0))
}

fn complex_conjugate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (re, im) = recv(vm, &a)?;
    Ok(vm.alloc(Obj::Complex(re, -im)))
}

fn complex_abs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (re, im) = recv(vm, &a)?;
    let r = re.hypot(im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(PyErr::overflow_error("absolute value too large"));
    }
    Ok(Value::Float(r))
}

/// `complex.__complex__`: the value itself, or an exact `complex` of a subclass instance.
fn complex_complex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(&v) = a.pos.first() else {
        return Err(PyErr::type_error("unbound method complex.__complex__() needs an argument"));
    };
    if !is_complex(vm, v) {
        let t = vm.type_name(v);
        return Err(PyErr::type_error(format!(
            "descriptor '__complex__' for 'complex' objects doesn't apply to a '{t}' object"
        )));
    }
    args::check_method("complex.__complex__", &a, 0, 0)?;
    let (re, im) = recv(vm, &a)?;
    if vm.type_of(a.pos[0]) == vm.types.complex {
        return Ok(a.pos[0]);
    }
    Ok(vm.alloc(Obj::Complex(re, im)))
}

fn complex_neg(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (re, im) = recv(vm, &a)?;
    Ok(vm.alloc(Obj::Complex(-re, -im)))
}

fn complex_pos(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (re, im) = recv(vm, &a)?;
    Ok(vm.alloc(Obj::Complex(re, im)))
}

fn complex_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::check_pos("__eq__", a.pos.len(), 2, 2)?;
    let x = recv(vm, &a)?;
    Ok(match as_complex(vm, a.pos[1]) {
        Some(y) => Value::Bool(x == y),
        None => vm.not_implemented(),
    })
}

fn complex_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let r = complex_eq(vm, a)?;
    Ok(match r {
        Value::Bool(b) => Value::Bool(!b),
        other => other,
    })
}

fn complex_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (re, im) = recv(vm, &a)?;
    let hr = crate::value::hash::hash_float(re);
    let hi = crate::value::hash::hash_float(im);
    let h = hr.wrapping_add(hi.wrapping_mul(1_000_003));
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn complex_bool(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (re, im) = recv(vm, &a)?;
    Ok(Value::Bool(re != 0.0 || im != 0.0))
}

macro_rules! arith {
    ($name:ident, $op:expr, $reflected:expr) => {
        fn $name(vm: &mut Vm, a: Args) -> PyResult<Value> {
            args::check_pos("complex operator", a.pos.len(), 2, 2)?;
            let (x, y) = if $reflected { (a.pos[1], a.pos[0]) } else { (a.pos[0], a.pos[1]) };
            if as_complex(vm, y).is_none() || as_complex(vm, x).is_none() {
                return Ok(vm.not_implemented());
            }
            let (cx, cy) = (as_complex(vm, x).unwrap_or_default(), as_complex(vm, y).unwrap_or_default());
            let x = vm.alloc(Obj::Complex(cx.0, cx.1));
            let y = vm.alloc(Obj::Complex(cy.0, cy.1));
            Ok(binop(vm, x, y, $op)?.unwrap_or(vm.not_implemented()))
        }
    };
}

arith!(complex_add, BinOp::Add, false);
arith!(complex_radd, BinOp::Add, true);
arith!(complex_sub, BinOp::Sub, false);
arith!(complex_rsub, BinOp::Sub, true);
arith!(complex_mul, BinOp::Mult, false);
arith!(complex_rmul, BinOp::Mult, true);
arith!(complex_truediv, BinOp::Div, false);
arith!(complex_rtruediv, BinOp::Div, true);
arith!(complex_pow, BinOp::Pow, false);
arith!(complex_rpow, BinOp::Pow, true);

pub fn register(vm: &mut Vm) {
    use NativeKind::*;
    let c = vm.types.complex;
    vm.add_methods(
        c,
        &[
            ("__new__", complex_new, StaticMethod),
            ("conjugate", complex_conjugate, Method),
            ("__complex__", complex_complex, Method),
            ("__abs__", complex_abs, Method),
            ("__neg__", complex_neg, Method),
            ("__pos__", complex_pos, Method),
            ("__eq__", complex_eq, Method),
            ("__ne__", complex_ne, Method),
            ("__hash__", complex_hash, Method),
            ("__bool__", complex_bool, Method),
            ("__add__", complex_add, Method),
            ("__radd__", complex_radd, Method),
            ("__sub__", complex_sub, Method),
            ("__rsub__", complex_rsub, Method),
            ("__mul__", complex_mul, Method),
            ("__rmul__", complex_rmul, Method),
            ("__truediv__", complex_truediv, Method),
            ("__rtruediv__", complex_rtruediv, Method),
            ("__pow__", complex_pow, Method),
            ("__rpow__", complex_rpow, Method),
        ],
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_complex_strings() {
        assert_eq!(parse("1+2j"), Some((1.0, 2.0)));
        assert_eq!(parse(" (3j) "), Some((0.0, 3.0)));
        assert_eq!(parse("-1.5e3-2J"), Some((-1500.0, -2.0)));
        assert_eq!(parse("j"), Some((0.0, 1.0)));
        assert_eq!(parse("-j"), Some((0.0, -1.0)));
        assert_eq!(parse("1e-3+1e+3j"), Some((0.001, 1000.0)));
        assert_eq!(parse("2"), Some((2.0, 0.0)));
        assert_eq!(parse("1 + 2j"), None);
        assert_eq!(parse(""), None);
    }

    #[test]
    fn integer_powers_are_exact() {
        assert_eq!(pow((0.0, 1.0), (2.0, 0.0)).unwrap(), (-1.0, 0.0));
        assert_eq!(pow((1.0, 1.0), (0.0, 0.0)).unwrap(), (1.0, 0.0));
    }
}

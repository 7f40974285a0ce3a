//! `round`, `pow`, `divmod`, and the string parsers behind `int()` and `float()`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

use crate::builtins::int_methods::num_value;
use crate::bytecode::opcode::BinOp;
use crate::error::{PyErr, PyResult};
use crate::value::num;
use crate::value::*;
use crate::vm::Vm;

use super::{expect_args, index_clamped, is_int, no_more_kwargs};

// ---- round ----

pub(crate) fn builtin_round(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let number = crate::builtins::args::arg_or_kw(&mut args, 0, "number");
    let ndigits = crate::builtins::args::arg_or_kw(&mut args, 1, "ndigits");
    no_more_kwargs("round", &args)?;
    if args.pos.len() > 2 {
        return Err(PyErr::type_error(format!("round() takes at most 2 arguments ({} given)", args.pos.len())));
    }
    let Some(number) = number else {
        return Err(PyErr::type_error("round() missing required argument 'number' (pos 1)"));
    };
    let ndigits = ndigits.filter(|v| !v.is_none());
    match number {
        Value::Float(f) => match ndigits {
            None => float_round_to_int(vm, f),
            Some(nd) => {
                let nd = index_clamped(vm, nd)?;
                Ok(Value::Float(num::round_float(f, nd)?))
            }
        },
        _ if is_int(vm, number) => match ndigits {
            None => Ok(match number {
                Value::Bool(b) => Value::Int(b as i64),
                v => v,
            }),
            Some(nd) => {
                let nd = index_clamped(vm, nd)?;
                if nd >= 0 {
                    return Ok(match number {
                        Value::Bool(b) => Value::Int(b as i64),
                        v => v,
                    });
                }
                let x = vm.to_bigint(number).unwrap_or_default();
                let r = num::round_int(&x, nd);
                Ok(num_value(vm, r))
            }
        },
        _ => {
            let pos: &[Value] = match &ndigits {
                Some(nd) => std::slice::from_ref(nd),
                None => &[],
            };
            match vm.call_dunder_opt(number, "__round__", pos)? {
                Some(r) => Ok(r),
                None => {
                    Err(PyErr::type_error(format!("type {} doesn't define __round__ method", vm.type_name(number))))
                }
            }
        }
    }
}

/// Converts an integral-valued float to an int value, with CPython's errors for inf/nan.
pub(crate) fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    let b = float_to_bigint(t);
    Ok(vm.new_bigint(b))
}

/// Exact integer value of a finite, integral float.
pub(crate) fn float_to_bigint(f: f64) -> BigInt {
    let neg = f.is_sign_negative();
    let (mant, e) = num::mantissa_exponent(f);
    let m = BigInt::from(mant);
    let v = if e >= 0 { m << (e as usize) } else { m >> ((-e) as usize) };
    if neg { -v } else { v }
}

fn float_round_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    let r = f.round_ties_even();
    float_to_int(vm, r)
}

// ---- pow ----

pub(crate) fn builtin_pow(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let base = crate::builtins::args::arg_or_kw(&mut args, 0, "base");
    let exp = crate::builtins::args::arg_or_kw(&mut args, 1, "exp");
    let m = crate::builtins::args::arg_or_kw(&mut args, 2, "mod");
    no_more_kwargs("pow", &args)?;
    if args.pos.len() > 3 {
        return Err(PyErr::type_error(format!("pow() takes at most 3 arguments ({} given)", args.pos.len())));
    }
    let Some(base) = base else {
        return Err(PyErr::type_error("pow() missing required argument 'base' (pos 1)"));
    };
    let Some(exp) = exp else {
        return Err(PyErr::type_error("pow() missing required argument 'exp' (pos 2)"));
    };
    match m {
        None | Some(Value::None) => vm.binop(base, exp, BinOp::Pow),
        Some(m) => {
            if is_int(vm, base) && is_int(vm, exp) && is_int(vm, m) {
                let (b, e, m) = (
                    vm.to_bigint(base).unwrap_or_default(),
                    vm.to_bigint(exp).unwrap_or_default(),
                    vm.to_bigint(m).unwrap_or_default(),
                );
                let r = int_pow_mod(&b, &e, &m)?;
                return Ok(vm.new_bigint(r));
            }
            if let Some(r) = vm.call_dunder_opt(base, "__pow__", &[exp, m])?
                && !vm.is_not_implemented(r)
            {
                return Ok(r);
            }
            if [base, exp, m]
                .iter()
                .all(|&v| matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_)) || is_int(vm, v))
            {
                return Err(PyErr::type_error("pow() 3rd argument not allowed unless all arguments are integers"));
            }
            Err(PyErr::type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                vm.type_name(base),
                vm.type_name(exp),
                vm.type_name(m)
            )))
        }
    }
}

/// `pow(b, e, m)` for ints with Python semantics (result has the sign of `m`; negative
/// exponents use the modular inverse).
pub fn int_pow_mod(b: &BigInt, e: &BigInt, m: &BigInt) -> PyResult<BigInt> {
    if m.is_zero() {
        return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
    }
    let neg_mod = m.is_negative();
    let am = m.abs();
    let mut base = b.mod_floor(&am);
    let mut exp = e.clone();
    if exp.is_negative() {
        base = mod_inverse(&base, &am)
            .ok_or_else(|| PyErr::value_error("base is not invertible for the given modulus"))?;
        exp = -exp;
    }
    let mut r = if am.is_one() { BigInt::zero() } else { base.modpow(&exp, &am) };
    if neg_mod && !r.is_zero() {
        r -= &am;
    }
    Ok(r)
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.extended_gcd(m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(m))
}

// ---- divmod ----

pub(crate) fn builtin_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("divmod", &args)?;
    expect_args("divmod", args.pos.len(), 2, 2)?;
    let (a, b) = (args.pos[0], args.pos[1]);
    let numeric = |vm: &Vm, v: Value| matches!(v, Value::Float(_)) || is_int(vm, v);
    if numeric(vm, a) && numeric(vm, b) {
        if let (Value::Float(_), _) | (_, Value::Float(_)) = (a, b) {
            let (x, y) = (vm.to_f64(a)?, vm.to_f64(b)?);
            if y == 0.0 {
                return Err(PyErr::zero_division("float divmod()"));
            }
            let (q, r) = crate::value::num::float_divmod(x, y);
            return Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)]));
        }
        let q = vm.binop(a, b, BinOp::FloorDiv)?;
        let r = vm.binop(a, b, BinOp::Mod)?;
        return Ok(vm.new_tuple(vec![q, r]));
    }
    if let Some(r) = vm.call_dunder_opt(a, "__divmod__", &[b])?
        && !vm.is_not_implemented(r)
    {
        return Ok(r);
    }
    if let Some(r) = vm.call_dunder_opt(b, "__rdivmod__", &[a])?
        && !vm.is_not_implemented(r)
    {
        return Ok(r);
    }
    Err(PyErr::type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name(a),
        vm.type_name(b)
    )))
}

/// CPython's limit on decimal string conversions (`sys.get_int_max_str_digits()`).
pub const INT_MAX_STR_DIGITS: usize = 4300;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn divmod_and_pow_mod() {
        assert_eq!(crate::value::num::float_divmod(7.5, 2.0), (3.0, 1.5));
        assert_eq!(int_pow_mod(&BigInt::from(2), &BigInt::from(-1), &BigInt::from(5)).unwrap(), BigInt::from(3));
        assert_eq!(int_pow_mod(&BigInt::from(3), &BigInt::from(4), &BigInt::from(-5)).unwrap(), BigInt::from(-4));
    }
}

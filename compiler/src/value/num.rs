//! TODO(helper H3): Python numeric semantics over int (i64 or big) and float operands.
//! The VM handles the hottest small-int cases inline and calls here for everything else.

use num_bigint::BigInt;

use crate::error::PyResult;
use crate::syntax::ast::BinOp;

/// A numeric operand borrowed from a value.
#[derive(Clone, Copy, Debug)]
pub enum Num<'a> {
    Int(i64),
    Big(&'a BigInt),
    Float(f64),
}

/// A numeric result; `Big` results that fit in i64 are normalised by the VM.
#[derive(Clone, Debug, PartialEq)]
pub enum NumResult {
    Int(i64),
    Big(BigInt),
    Float(f64),
}

/// `a op b` for ints and floats (bools are passed as `Int`), with Python semantics: floor
/// division and modulo round toward negative infinity, `/` is true division (correctly
/// rounded for ints), `**` with a negative int exponent gives a float, shifts by negative
/// counts raise `ValueError`, division by zero raises `ZeroDivisionError` with CPython's
/// message, float overflow in `**` raises `OverflowError`. `@` is not numeric: returns
/// `Ok(None)` for unsupported combinations (the VM then raises TypeError).
pub fn binop(a: Num, b: Num, op: BinOp) -> PyResult<Option<NumResult>> {
    let _ = (a, b, op);
    todo!()
}

/// Numeric comparison with exact int/float semantics; `None` when unordered (NaN).
pub fn compare(a: Num, b: Num) -> Option<std::cmp::Ordering> {
    let _ = (a, b);
    todo!()
}

/// `pow(a, b, m)` for ints.
pub fn pow_mod(a: &BigInt, b: &BigInt, m: &BigInt) -> PyResult<BigInt> {
    let _ = (a, b, m);
    todo!()
}

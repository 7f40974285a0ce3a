//! PLACEHOLDER until the formatting branch lands.
use crate::error::PyResult;
pub fn format_int(i: &num_bigint::BigInt, _spec: &str) -> PyResult<String> {
    Ok(i.to_string())
}
pub fn format_float(f: f64, _spec: &str) -> PyResult<String> {
    Ok(f.to_string())
}
pub fn format_str(s: &str, _spec: &str) -> PyResult<String> {
    Ok(s.to_string())
}

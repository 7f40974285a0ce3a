//! PLACEHOLDER until the formatting branch lands.
pub fn float_repr(f: f64) -> String {
    format!("{f:?}")
}

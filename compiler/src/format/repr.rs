//! PLACEHOLDER until the formatting branch lands.
pub fn str_repr(s: &str) -> String {
    format!("'{s}'")
}
pub fn bytes_repr(b: &[u8]) -> String {
    format!("b'{}'", String::from_utf8_lossy(b))
}
pub fn ascii_escape(s: &str) -> String {
    s.to_string()
}

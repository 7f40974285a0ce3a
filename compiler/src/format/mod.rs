//! Text formatting shared by `repr`, `str.format`, f-strings and `%`: CPython's float repr,
//! the format-spec mini-language and printf-style formatting.

pub mod float_repr;
pub mod percent;
pub mod repr;
pub mod spec;
pub mod unicode_tables;

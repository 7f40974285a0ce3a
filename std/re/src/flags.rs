//! The flag bits, with CPython's values (they are visible to Python as `re.I` etc.).

pub const TEMPLATE: u32 = 1;
pub const IGNORECASE: u32 = 2;
pub const LOCALE: u32 = 4;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const UNICODE: u32 = 32;
pub const VERBOSE: u32 = 64;
pub const DEBUG: u32 = 128;
pub const ASCII: u32 = 256;

/// Flags that choose the character semantics; at most one may be set.
pub const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;

/// CPython's MAXREPEAT (repeat counts must be below it) and MAXGROUPS.
pub const MAXREPEAT: u64 = 4_294_967_295;
pub const MAXGROUPS: u64 = 2_147_483_647;

//! Value representation.
//!
//! A `Value` is 16 bytes and `Copy`: `None`, `bool`, small `int` (i64) and `float` never
//! allocate. Everything else lives in the `Heap` and is named by an `ObjRef` (a slot index).
//! The heap is collected by a mark-sweep GC that runs only at safe points of the interpreter
//! loop, so Rust code in builtins may hold `Value`s in locals freely between allocations.

pub mod bigdiv;
pub mod dict;
pub mod float_parse;
pub mod hash;
pub mod heap;
pub mod num;
pub mod object;
pub mod set;
pub mod shape;
pub mod str;

pub use dict::Dict;
pub use heap::Heap;
pub use object::*;
pub use str::{PyStr, StrText};

// A whole-word tag: the payload then starts at byte 8 for every variant, and a `Value` moves
// as two words. With rustc's default layout (a byte tag, `Bool` at byte 1, `ObjRef` at byte
// 4) copies went field by field (five loads and stores, the pieces spilled between them):
// fib -4% instructions, richards -5%, fannkuch -6%, a loop of locals -12%.
#[derive(Clone, Copy, Debug)]
#[repr(u64)]
pub enum Value {
    None,
    Bool(bool),
    /// An `int` that fits in i64. Larger ints are `Obj::BigInt`; the two ranges never overlap.
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

/// Index of a heap slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjRef(pub u32);

const _: () = assert!(std::mem::size_of::<Value>() == 16);
const _: () = assert!(std::mem::size_of::<Option<Value>>() == 16);

impl Value {
    /// Identity comparison (`is`): same immediate value or same object.
    #[inline]
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a == b,
            _ => false,
        }
    }

    #[inline]
    pub fn as_obj(self) -> Option<ObjRef> {
        match self {
            Value::Obj(r) => Some(r),
            _ => None,
        }
    }

    #[inline]
    pub fn is_none(self) -> bool {
        matches!(self, Value::None)
    }
}

impl From<ObjRef> for Value {
    fn from(r: ObjRef) -> Value {
        Value::Obj(r)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}
impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}

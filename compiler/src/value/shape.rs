//! Shapes ("hidden classes") for instance attributes.
//!
//! An instance keeps its attribute values in a plain vector, and a shape id that names the
//! attribute keys in insertion order. Instances that gain the same attributes in the same
//! order share the shape, so the keys are stored once, not once per instance as a dict would,
//! and an inline cache can remember "in shape S, `x` is value 3" for good: a shape's keys
//! never change. Adding an attribute moves the instance to a child shape (found through the
//! parent's transition list, created on first use).
//!
//! Instances fall back to a real `dict` (see `Attrs::Dict`) when their `__dict__` is asked for,
//! an attribute is deleted, or the table grows past its limits.

use super::Value;

/// The shape of an instance without attributes.
pub const EMPTY_SHAPE: u32 = 0;
/// Most attributes an instance keeps in shape form.
pub const MAX_SHAPED_ATTRS: usize = 48;
/// Most shapes per VM; past this, new attribute layouts use dicts.
const MAX_SHAPES: usize = 1 << 16;
/// Most transitions out of one shape (beyond that the layout is not shared enough to pay).
const MAX_CHILDREN: usize = 32;

#[derive(Debug)]
struct Shape {
    /// Keys (str objects) in insertion order.
    keys: Vec<Value>,
    /// (key, child shape) for each attribute added to an instance of this shape.
    children: Vec<(Value, u32)>,
    parent: u32,
    /// Largest attribute count reached by any descendant: the capacity to give a value
    /// vector when it first grows, so instances are allocated once at their final size.
    grow_to: u32,
}

#[derive(Debug)]
pub struct Shapes {
    shapes: Vec<Shape>,
}

impl Default for Shapes {
    fn default() -> Shapes {
        Shapes::new()
    }
}

impl Shapes {
    pub fn new() -> Shapes {
        Shapes { shapes: vec![Shape { keys: Vec::new(), children: Vec::new(), parent: EMPTY_SHAPE, grow_to: 1 }] }
    }

    #[inline]
    pub fn keys(&self, shape: u32) -> &[Value] {
        &self.shapes[shape as usize].keys
    }

    /// Capacity to reserve for the value vector of an instance of `shape`.
    #[inline]
    pub fn grow_to(&self, shape: u32) -> usize {
        self.shapes[shape as usize].grow_to as usize
    }

    /// Position of `key` in `shape`; `same(stored, key)` decides equality of two str keys.
    #[inline]
    pub fn index_of(&self, shape: u32, key: Value, same: impl Fn(Value, Value) -> bool) -> Option<usize> {
        let keys = &self.shapes[shape as usize].keys;
        if let Some(i) = keys.iter().position(|k| k.is(key)) {
            return Some(i);
        }
        keys.iter().position(|&k| same(k, key))
    }

    /// The shape after adding `key` to `shape`, creating it on first use. `None` when the
    /// limits are reached (the instance should switch to a dict).
    pub fn child(&mut self, shape: u32, key: Value, same: impl Fn(Value, Value) -> bool) -> Option<u32> {
        let s = &self.shapes[shape as usize];
        if let Some(&(_, c)) = s.children.iter().find(|(k, _)| k.is(key) || same(*k, key)) {
            return Some(c);
        }
        if s.keys.len() >= MAX_SHAPED_ATTRS || s.children.len() >= MAX_CHILDREN || self.shapes.len() >= MAX_SHAPES {
            return None;
        }
        let mut keys = Vec::with_capacity(s.keys.len() + 1);
        keys.extend_from_slice(&s.keys);
        keys.push(key);
        let n = keys.len() as u32;
        let id = self.shapes.len() as u32;
        self.shapes.push(Shape { keys, children: Vec::new(), parent: shape, grow_to: n });
        self.shapes[shape as usize].children.push((key, id));
        // Ancestors learn how far their instances end up growing.
        let mut p = shape;
        loop {
            let sh = &mut self.shapes[p as usize];
            if sh.grow_to >= n {
                break;
            }
            sh.grow_to = n;
            if p == EMPTY_SHAPE {
                break;
            }
            p = sh.parent;
        }
        Some(id)
    }

    /// Every key of every shape (GC roots).
    pub fn trace(&self, out: &mut Vec<Value>) {
        for s in &self.shapes {
            out.extend(s.children.iter().map(|(k, _)| *k));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::ObjRef;

    fn key(n: u32) -> Value {
        Value::Obj(ObjRef(n))
    }

    #[test]
    fn same_insertion_order_shares_a_shape() {
        let mut s = Shapes::new();
        let never = |_: Value, _: Value| false;
        let a = s.child(EMPTY_SHAPE, key(1), never).unwrap();
        let ab = s.child(a, key(2), never).unwrap();
        assert_eq!(s.child(EMPTY_SHAPE, key(1), never), Some(a));
        assert_eq!(s.child(a, key(2), never), Some(ab));
        let b = s.child(EMPTY_SHAPE, key(2), never).unwrap();
        assert_ne!(b, a);
        assert_eq!(s.index_of(ab, key(2), never), Some(1));
        assert_eq!(s.index_of(b, key(1), never), None);
        assert_eq!(s.grow_to(EMPTY_SHAPE), 2);
        assert_eq!(s.grow_to(a), 2);
        assert_eq!(s.grow_to(b), 1);
    }

    #[test]
    fn stops_at_the_attribute_limit() {
        let mut s = Shapes::new();
        let mut sh = EMPTY_SHAPE;
        for i in 0..MAX_SHAPED_ATTRS as u32 {
            sh = s.child(sh, key(i + 1), |_, _| false).unwrap();
        }
        assert_eq!(s.child(sh, key(999), |_, _| false), None);
    }
}

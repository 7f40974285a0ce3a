//! TODO(helper): see format/mod.rs

//! With the `embed-std` feature (the default; the native CLI uses it), writes
//! `$OUT_DIR/std_sources.rs`: every `runtime/std/*.py` as `(module name, source)`, so the
//! crate can import the pure-Python standard library without a host. The wasm build turns the
//! feature off and its host serves those files instead (they are fetched only when imported).
use std::{env, fs, path::PathBuf};

fn main() {
    let std_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap()).join("../runtime/std");
    println!("cargo:rerun-if-changed={}", std_dir.display());
    println!("cargo:rerun-if-changed=build.rs");
    let out = PathBuf::from(env::var("OUT_DIR").unwrap()).join("std_sources.rs");
    let mut entries = Vec::new();
    if env::var_os("CARGO_FEATURE_EMBED_STD").is_some() {
        for entry in fs::read_dir(&std_dir).expect("runtime/std is missing") {
            let path = entry.expect("unreadable runtime/std entry").path();
            let Some(name) = path.file_name().and_then(|n| n.to_str()).and_then(|n| n.strip_suffix(".py")) else {
                continue;
            };
            let abs = fs::canonicalize(&path).expect("unreadable runtime/std file");
            entries.push((name.to_string(), abs));
        }
    }
    // Sorted, so `source` can binary-search.
    entries.sort();
    let mut text = String::from("pub(super) static STD_SOURCES: &[(&str, &str)] = &[\n");
    for (name, path) in entries {
        text.push_str(&format!("    ({name:?}, include_str!({:?})),\n", path.display().to_string()));
    }
    text.push_str("];\n");
    fs::write(out, text).expect("cannot write std_sources.rs");
}

//! The wasm-pdk standard modules linked into the CLI (cli/src/natives.rs), replaying the
//! CPython 3.13 fixtures: std/NAME/tests/cases.py must print cases.expected byte for byte.
//! runtime/tests/std.test.mjs replays the same files on the .wasm builds in Node.

use std::path::Path;
use std::process::Command;

fn replay(module: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../std").join(module).join("tests");
    let out = Command::new(env!("CARGO_BIN_EXE_edge")).arg("cases.py").current_dir(&dir).output().expect("run edge");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{module}: {stderr}");
    let got = String::from_utf8_lossy(&out.stdout);
    let want = std::fs::read_to_string(dir.join("cases.expected")).expect("cases.expected");
    if got != want {
        let first = got.lines().zip(want.lines()).position(|(g, w)| g != w).unwrap_or(0);
        panic!(
            "{module}: output differs from CPython at line {}:\n  edge:    {:?}\n  cpython: {:?}",
            first + 1,
            got.lines().nth(first),
            want.lines().nth(first)
        );
    }
    assert!(want.lines().count() > 300, "{module}: too few cases");
}

/// Every std/NAME/ with tests/cases.py (json, and re once its branch lands).
#[test]
fn std_modules_match_cpython() {
    let std = Path::new(env!("CARGO_MANIFEST_DIR")).join("../std");
    let mut names: Vec<String> = std::fs::read_dir(&std)
        .expect("std/")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("tests/cases.py").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.iter().any(|n| n == "json"), "{names:?}");
    for name in &names {
        replay(name);
    }
}

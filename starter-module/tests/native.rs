//! The starter module linked natively into a compiler_lib VM. Each `tests/py/NAME.py` must
//! print `NAME.expected` (and, if `NAME.expected_err` exists, fail with that last traceback
//! line); runtime/tests/pdk.test.mjs runs the same files on the module's .wasm in Node.

use std::path::Path;

use starter_module::MODULE;
use wasm_pdk::native::run_python;

#[test]
fn python_cases() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/py");
    let mut ran = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/py") {
        let path = entry.expect("dir entry").path();
        if path.extension().is_none_or(|e| e != "py") {
            continue;
        }
        let src = std::fs::read_to_string(&path).expect("case source");
        let expected = std::fs::read_to_string(path.with_extension("expected")).expect("expected output");
        let expected_err = std::fs::read_to_string(path.with_extension("expected_err")).ok();
        match (run_python(&[&MODULE], &src), expected_err) {
            (Ok(out), None) => assert_eq!(out, expected, "{}", path.display()),
            (Err(out), Some(err)) => {
                assert!(out.starts_with(&expected), "{}: {out}", path.display());
                assert!(out.ends_with(&err), "{}: {out}", path.display());
            }
            (got, want) => panic!("{}: got {got:?}, expected error {want:?}", path.display()),
        }
        ran += 1;
    }
    assert!(ran >= 4, "only {ran} cases found");
}

//! Parser and lexer tests. `ast_cases.txt` holds snippets with the output of CPython 3.13's
//! `ast.dump(ast.parse(snippet))`, generated once.

use super::dump::dump;
use super::*;

fn parse(src: &str) -> Module {
    match parse_module(src) {
        Ok(m) => m,
        Err(e) => panic!("parse failed for {:?}: {:?}", src, e),
    }
}

fn err(src: &str) -> SyntaxError {
    match parse_module(src) {
        Ok(m) => panic!("expected an error for {:?}, got {:?}", src, m),
        Err(e) => e,
    }
}

#[test]
fn syntax_ast_cases_match_cpython() {
    let data = include_str!("ast_cases.txt");
    let mut failures = Vec::new();
    let mut n = 0;
    for case in data.split("\n=====\n") {
        let (src, expected) = case.split_once("\n-----\n").unwrap();
        n += 1;
        match parse_module(src) {
            Ok(m) => {
                let got = dump(&m);
                if got != expected.trim_end() {
                    failures.push(format!(
                        "SOURCE:\n{}\nEXPECTED:\n{}\nGOT:\n{}\n",
                        src,
                        expected.trim_end(),
                        got
                    ));
                }
            }
            Err(e) => failures.push(format!("SOURCE:\n{}\nERROR: {:?}\n", src, e)),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        n,
        failures.join("\n")
    );
}

/// Manual check: `PARSE_DIR=/path cargo test -p compiler_lib syntax_parse_dir -- --ignored --nocapture`
#[test]
#[ignore]
fn syntax_parse_dir() {
    let dir = std::env::var("PARSE_DIR").unwrap();
    let mut files = Vec::new();
    fn walk(p: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(p).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                if std::env::var("PARSE_RECURSIVE").is_ok() {
                    walk(&p, out);
                }
            } else if p.extension().is_some_and(|x| x == "py") {
                out.push(p);
            }
        }
    }
    walk(std::path::Path::new(&dir), &mut files);
    files.sort();
    let (mut ok, mut bad) = (0, 0);
    for f in &files {
        let Ok(src) = std::fs::read_to_string(f) else {
            continue;
        };
        match parse_module(&src) {
            Ok(_) => ok += 1,
            Err(e) => {
                bad += 1;
                println!("{}: {:?}", f.display(), e);
            }
        }
    }
    println!("ok {} failed {}", ok, bad);
}

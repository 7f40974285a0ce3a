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

#[test]
fn syntax_deep_nesting_is_an_error_not_a_crash() {
    for (open, close) in [("(", ")"), ("[", "]"), ("{", "}")] {
        let src = format!("x = {}1{}\n", open.repeat(10_000), close.repeat(10_000));
        let e = err(&src);
        assert_eq!(e.msg, "too many nested parentheses");
    }
    for prefix in ["-", "not ", "~", "lambda: ", "await ", "+"] {
        let src = format!("x = {}1\n", prefix.repeat(10_000));
        let _ = parse_module(&src);
    }
    let src = format!("x = {}\n", "f'{".repeat(500) + &"}'".repeat(500));
    let _ = parse_module(&src);
    let src = "x = 2".to_string() + &"**2".repeat(10_000);
    let _ = parse_module(&src);
    let src = "x = a".to_string() + &".b".repeat(10_000) + &"(1)".repeat(5000);
    let _ = parse_module(&src);
    let mut src = String::new();
    for i in 0..300 {
        src.push_str(&" ".repeat(i));
        src.push_str("if x:\n");
    }
    src.push_str(&" ".repeat(300));
    src.push_str("pass\n");
    let _ = parse_module(&src);
    let src = "x = 1 if y else ".repeat(10_000) + "2";
    let _ = parse_module(&src);
    let src = "match x:\n case ".to_string() + &"[".repeat(150) + &"]".repeat(150) + ": pass\n";
    let _ = parse_module(&src);
    let src =
        "match x:\n case ".to_string() + &"(".repeat(190) + "a" + &")".repeat(190) + ": pass\n";
    let _ = parse_module(&src);
}

const BIG_PROGRAM: &str = include_str!("ast_cases.txt");

#[test]
fn syntax_every_prefix_parses_or_errors() {
    // every prefix of a large program (cut at char boundaries) must not panic
    let src: String = BIG_PROGRAM
        .split("\n=====\n")
        .map(|c| c.split_once("\n-----\n").unwrap().0)
        .collect::<Vec<_>>()
        .join("\n");
    let idx: Vec<usize> = src.char_indices().map(|(i, _)| i).collect();
    for &i in idx.iter() {
        let _ = parse_module_here(&src[..i]);
    }
    // and some deterministic garbage: swapping bytes around
    let bytes: Vec<char> = src.chars().collect();
    let mut seed: u64 = 12345;
    for _ in 0..3000 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let a = (seed >> 33) as usize % bytes.len();
        let len = 1 + (seed >> 20) as usize % 200;
        let b = (seed >> 7) as usize % bytes.len();
        let mut s: String = bytes[a.min(b)..(a.min(b) + len).min(bytes.len())]
            .iter()
            .collect();
        s.push_str(
            &bytes[a.max(b)..(a.max(b) + len).min(bytes.len())]
                .iter()
                .collect::<String>(),
        );
        let _ = parse_module_here(&s);
    }
}

#[test]
#[ignore]
fn syntax_parse_env() {
    let src = std::fs::read_to_string(std::env::var("PARSE_FILE").unwrap()).unwrap();
    println!("{:?}", parse_module(&src).map(|m| dump(&m)));
}

/// `error_cases.txt`: snippets with CPython 3.13's `type|msg|lineno|offset-1`.
#[test]
fn syntax_error_cases_match_cpython() {
    let data = include_str!("error_cases.txt");
    let mut failures = Vec::new();
    let mut n = 0;
    for case in data.split("\n=====\n") {
        let (src, expected) = case.split_once("\n-----\n").unwrap();
        n += 1;
        let got = match parse_module_here(src) {
            Ok(_) => "OK".to_string(),
            Err(e) => format!("{}|{}|{}|{}", e.kind.name(), e.msg, e.line, e.col),
        };
        if got != expected.trim_end() {
            failures.push(format!(
                "SOURCE:\n{}\nEXPECTED: {}\nGOT:      {}\n",
                src,
                expected.trim_end(),
                got
            ));
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

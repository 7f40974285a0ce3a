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
                    failures.push(format!("SOURCE:\n{}\nEXPECTED:\n{}\nGOT:\n{}\n", src, expected.trim_end(), got));
                }
            }
            Err(e) => failures.push(format!("SOURCE:\n{}\nERROR: {:?}\n", src, e)),
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), n, failures.join("\n"));
}

/// The most deeply nesting sources the parser must refuse or take without overflowing.
fn parse_deep_nestings() {
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
    let src = "match x:\n case ".to_string() + &"(".repeat(190) + "a" + &")".repeat(190) + ": pass\n";
    let _ = parse_module(&src);
}

#[test]
fn syntax_deep_nesting_is_an_error_not_a_crash() {
    parse_deep_nestings();
}

/// On a thread that declared its stack, a parse runs in place (no thread of its own) when
/// `PARSE_STACK` is left: that much must hold the deepest nesting the parser takes.
#[test]
fn syntax_deep_nesting_fits_the_stack_a_parse_in_place_takes() {
    let size = PARSE_STACK + (2 << 20);
    std::thread::Builder::new()
        .stack_size(size)
        .spawn(move || {
            crate::syntax::stack_room::declare_thread_stack(size);
            assert!(crate::syntax::stack_room::room().unwrap() >= PARSE_STACK);
            parse_deep_nestings();
        })
        .unwrap()
        .join()
        .unwrap();
}

const BIG_PROGRAM: &str = include_str!("ast_cases.txt");

#[test]
fn syntax_every_prefix_parses_or_errors() {
    // every prefix of a large program (cut at char boundaries) must not panic
    let src: String =
        BIG_PROGRAM.split("\n=====\n").map(|c| c.split_once("\n-----\n").unwrap().0).collect::<Vec<_>>().join("\n");
    let idx: Vec<usize> = src.char_indices().map(|(i, _)| i).collect();
    for &i in idx.iter() {
        let _ = parse_module_here(&src[..i]);
    }
    // and some deterministic garbage: swapping bytes around
    let bytes: Vec<char> = src.chars().collect();
    let mut seed: u64 = 12345;
    for _ in 0..3000 {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let a = (seed >> 33) as usize % bytes.len();
        let len = 1 + (seed >> 20) as usize % 200;
        let b = (seed >> 7) as usize % bytes.len();
        let mut s: String = bytes[a.min(b)..(a.min(b) + len).min(bytes.len())].iter().collect();
        s.push_str(&bytes[a.max(b)..(a.max(b) + len).min(bytes.len())].iter().collect::<String>());
        let _ = parse_module_here(&s);
    }
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
            failures.push(format!("SOURCE:\n{}\nEXPECTED: {}\nGOT:      {}\n", src, expected.trim_end(), got));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), n, failures.join("\n"));
}

fn first_expr(src: &str) -> Expr {
    match parse(src).body.into_iter().next().unwrap().kind {
        StmtKind::Expr(e) => e,
        k => panic!("not an expression statement: {:?}", k),
    }
}

#[test]
fn syntax_spans_are_character_columns() {
    let e = first_expr("'héllo' + x\n");
    assert_eq!(e.span, Span::new(1, 0, 1, 11));
    let m = parse("s = 'é'; y = 1\n");
    assert_eq!(m.body[1].span, Span::new(1, 9, 1, 14));
    let m = parse("def f():\n    return 1\n\nx = 2\n");
    assert_eq!(m.body[0].span, Span::new(1, 0, 2, 12));
    assert_eq!(m.body[1].span, Span::new(4, 0, 4, 5));
}

#[test]
fn syntax_numbers() {
    let c = |s: &str| match first_expr(s).kind {
        ExprKind::Constant(c) => c,
        k => panic!("{:?}", k),
    };
    assert_eq!(c("1_000"), Constant::Int(1000));
    assert_eq!(c("0xff"), Constant::Int(255));
    assert_eq!(c("0o17"), Constant::Int(15));
    assert_eq!(c("0b101"), Constant::Int(5));
    assert_eq!(c("1."), Constant::Float(1.0));
    assert_eq!(c(".5"), Constant::Float(0.5));
    assert_eq!(c("1e3"), Constant::Float(1000.0));
    assert_eq!(c("1_0.0_1"), Constant::Float(10.01));
    assert_eq!(c("3j"), Constant::Imag(3.0));
    assert_eq!(c("9223372036854775807"), Constant::Int(i64::MAX));
    assert!(matches!(c("9223372036854775808"), Constant::BigInt(_)));
    assert_eq!(c("00"), Constant::Int(0));
    assert!(err("x = 0_7\n").msg.starts_with("leading zeros"));
}

#[test]
fn syntax_strings() {
    let c = |s: &str| match first_expr(s).kind {
        ExprKind::Constant(c) => c,
        k => panic!("{:?}", k),
    };
    assert_eq!(c(r#""\x41\101\u00e9\N{BULLET}""#), Constant::Str("AAé•".into()));
    assert_eq!(c(r#"b'\xff\n'"#), Constant::Bytes(vec![255, 10]));
    assert_eq!(c(r#"r'\n'"#), Constant::Str("\\n".into()));
    assert_eq!(c("'a' \"b\" '''c'''"), Constant::Str("abc".into()));
    assert_eq!(c("'a\\\nb'"), Constant::Str("ab".into()));
    assert_eq!(err("b'é'\n").msg, "bytes can only contain ASCII literal characters");
    assert_eq!(err("x = 'a' b'b'\n").msg, "cannot mix bytes and nonbytes literals");
    assert!(err("'\\N{NO SUCH NAME}'\n").msg.contains("unknown Unicode character name"));
}

#[test]
fn syntax_unicode_names_from_the_compact_table() {
    let c = |s: &str| match first_expr(s).kind {
        ExprKind::Constant(Constant::Str(s)) => s,
        k => panic!("{:?}", k),
    };
    // First and last names of runs, hyphenated words, rare (two-byte) words, lower case.
    let cases = [
        ("SPACE", '\u{20}'),
        ("HYPHEN-MINUS", '-'),
        ("NO-BREAK SPACE", '\u{a0}'),
        ("latin small letter a with diaeresis", '\u{e4}'),
        ("GREEK CAPITAL LETTER OMEGA", '\u{3a9}'),
        ("ANGSTROM SIGN", '\u{212b}'),
        ("LEFT-TO-RIGHT ISOLATE", '\u{2066}'),
        ("DOUBLE CURLY LOOP", '\u{27bf}'),
        ("CYCLONE", '\u{1f300}'),
        ("SHOOTING STAR", '\u{1f320}'),
        ("PERSON WITH FOLDED HANDS", '\u{1f64f}'),
    ];
    for (name, ch) in cases {
        assert_eq!(c(&format!("'\\N{{{name}}}'")), ch.to_string(), "{name}");
    }
    assert!(err("'\\N{LATIN SMALL LETTER}'\n").msg.contains("unknown Unicode character name"));
    assert!(err("'\\N{SPACE SPACE}'\n").msg.contains("unknown Unicode character name"));
}

#[test]
fn syntax_fstring_parts() {
    let ExprKind::JoinedStr(parts) = first_expr("f'{x = }'").kind else { panic!() };
    assert_eq!(parts[0], FStringPart::Literal("x = ".into()));
    assert!(matches!(parts[1], FStringPart::Field { conversion: Some('r'), format_spec: None, .. }));
    let ExprKind::JoinedStr(parts) = first_expr("f'{x=:>4}'").kind else { panic!() };
    assert!(matches!(parts[1], FStringPart::Field { conversion: None, format_spec: Some(_), .. }));
    let ExprKind::JoinedStr(parts) = first_expr("f'{x=!s:>4}'").kind else { panic!() };
    assert!(matches!(parts[1], FStringPart::Field { conversion: Some('s'), format_spec: Some(_), .. }));
    // nested same quotes and nested f-strings
    let _ = first_expr("f\"{d[\"k\"]:{w}} {f'{1}'}\"");
    // multi-line triple-quoted with expressions
    let _ = first_expr("f'''{\n  a +\n  b\n}'''");
    assert_eq!(err("f'{x!q}'\n").msg, "f-string: invalid conversion character 'q': expected 's', 'r', or 'a'");
}

#[test]
fn syntax_indentation_and_tabs() {
    let m = parse("if x:\n\tif y:\n\t\tpass\n\n  # comment\nz = 1\n");
    assert_eq!(m.body.len(), 2);
    let e = err("if x:\n        a\n\tb\n");
    assert_eq!(e.kind, SyntaxErrorKind::TabError);
    assert_eq!(e.msg, "inconsistent use of tabs and spaces in indentation");
    let m = parse("x = [1,\n  2,\n    3]\ny = 1 + \\\n  2\n");
    assert_eq!(m.body.len(), 2);
    let m = parse("if x: y = 1; z = 2\nelse: pass\n");
    assert_eq!(m.body.len(), 1);
    // CRLF and no trailing newline
    assert_eq!(parse("a = 1\r\nif a:\r\n    b = 2").body.len(), 2);
}

#[test]
fn syntax_soft_keywords_as_names() {
    let m = parse("match = 1\nmatch(x)\nmatch[0]\ncase = 2\ntype = 3\ntype(x)\n_ = 4\nmatch.x = 5\n");
    assert_eq!(m.body.len(), 8);
    let m = parse("match x:\n    case 1:\n        pass\n");
    assert!(matches!(m.body[0].kind, StmtKind::Match { .. }));
}

#[test]
fn syntax_precedence() {
    let d = |s: &str| dump(&parse(s));
    assert_eq!(
        d("-2**2"),
        "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=2))))])"
    );
    assert_eq!(
        d("2**3**2"),
        "Module(body=[Expr(value=BinOp(left=Constant(value=2), op=Pow(), right=BinOp(left=Constant(value=3), op=Pow(), right=Constant(value=2))))])"
    );
    assert_eq!(
        d("a - b - c"),
        "Module(body=[Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Sub(), right=Name(id='b', ctx=Load())), op=Sub(), right=Name(id='c', ctx=Load())))])"
    );
}

/// `span_cases.txt`: CPython 3.13's `ast.dump(tree, include_attributes=True)` (no f-strings,
/// whose literal parts carry no span in our AST).
#[test]
fn syntax_span_cases_match_cpython() {
    let data = include_str!("span_cases.txt");
    let mut failures = Vec::new();
    let mut n = 0;
    for case in data.split("\n=====\n") {
        let (src, expected) = case.split_once("\n-----\n").unwrap();
        n += 1;
        match parse_module_here(src) {
            Ok(m) => {
                let got = super::dump::dump_with_spans(&m);
                if got != expected.trim_end() {
                    failures.push(format!("SOURCE:\n{}\nEXPECTED:\n{}\nGOT:\n{}\n", src, expected.trim_end(), got));
                }
            }
            Err(e) => failures.push(format!("SOURCE:\n{}\nERROR: {:?}\n", src, e)),
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), n, failures.join("\n"));
}

#[test]
fn syntax_parse_expression_for_eval() {
    let e = parse_expression("  1 + 2\n\n").unwrap();
    assert!(matches!(e.kind, ExprKind::BinOp { .. }));
    let e = parse_expression("a, b").unwrap();
    assert!(matches!(e.kind, ExprKind::Tuple(_)));
    assert!(parse_expression("x = 1").is_err());
    assert!(parse_expression("").is_err());
}

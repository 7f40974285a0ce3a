//! Replays fixtures.txt (CPython 3.13's results, written by gen_fixtures.py) on the engine.

use edge_re::*;

fn unesc(s: &str) -> Vec<u32> {
    let cs: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        if cs[i] == '\\' {
            let (n, skip) = match cs[i + 1] {
                '\\' => (0x5c, 2),
                'x' => (2, 2),
                'u' => (4, 2),
                'U' => (8, 2),
                c => panic!("bad fixture escape \\{c}"),
            };
            if skip == 2 && n == 0x5c {
                out.push(0x5c);
                i += 2;
                continue;
            }
            let hex: String = cs[i + 2..i + 2 + n].iter().collect();
            out.push(u32::from_str_radix(&hex, 16).unwrap());
            i += 2 + n;
        } else {
            out.push(cs[i] as u32);
            i += 1;
        }
    }
    out
}

fn esc(cps: &[u32]) -> String {
    let mut s = String::new();
    for &n in cps {
        let ch = char::from_u32(n).unwrap_or('?');
        if ch == '\\' {
            s.push_str("\\\\");
        } else if "|~\t".contains(ch) || !(0x20..0x7f).contains(&n) {
            if n < 0x100 {
                s.push_str(&format!("\\x{n:02x}"));
            } else if n < 0x10000 {
                s.push_str(&format!("\\u{n:04x}"));
            } else {
                s.push_str(&format!("\\U{n:08x}"));
            }
        } else {
            s.push(ch);
        }
    }
    s
}

/// (is_text, code points) from an `s:`/`b:` field.
fn field(f: &str) -> (bool, Vec<u32>) {
    (f.starts_with("s:"), unesc(&f[2..]))
}

fn kind_name(e: &Error) -> &'static str {
    match e.kind {
        ErrorKind::Pattern => "PatternError",
        ErrorKind::Overflow => "OverflowError",
        ErrorKind::Value => "ValueError",
        ErrorKind::Index => "IndexError",
        ErrorKind::Recursion => "RecursionError",
    }
}

fn err_text(e: &Error) -> String {
    let pos = e.pos.map_or("-".to_string(), |p| p.to_string());
    format!("{}|{}|{}", kind_name(e), esc(&e.msg.chars().map(|c| c as u32).collect::<Vec<_>>()), pos)
}

fn unlimited(_: u64) -> bool {
    true
}

fn spans_text(prog: &Program, m: &Option<Search>) -> String {
    let Some(m) = m else { return "None".into() };
    let sp: Vec<String> = (0..=prog.groups as usize)
        .map(|g| {
            let (s, e) = (m.spans[2 * g], m.spans[2 * g + 1]);
            if s == usize::MAX { "-1,-1".into() } else { format!("{s},{e}") }
        })
        .collect();
    format!("{}|{}", sp.join(" "), m.lastindex.map_or("-".into(), |l| l.to_string()))
}

fn run_case(line: &str) -> Result<(), String> {
    let f: Vec<&str> = line.split('\t').collect();
    let flags_at = if f[0] == "M" { 2 } else { 1 };
    let flags: u32 = f[flags_at].parse().unwrap();
    let (is_text, pat) = field(f[flags_at + 1]);
    let compiled = compile(&pat, is_text, flags, CharProps::CORE);
    let got = match f[0] {
        "E" => match compiled {
            Err(e) => err_text(&e),
            Ok(_) => "compiled".into(),
        },
        "M" => {
            let prog = compiled.map_err(|e| err_text(&e))?;
            let (_, text) = field(f[4]);
            let mode = match f[1] {
                "match" => Mode::Match,
                "search" => Mode::Search,
                _ => Mode::Full,
            };
            let m = prog.search(&text[..], 0, text.len(), mode, false, &mut unlimited).unwrap();
            spans_text(&prog, &m)
        }
        "F" => {
            let prog = compiled.map_err(|e| err_text(&e))?;
            let (_, text) = field(f[3]);
            let ms = find_all(&prog, &text[..], 0, text.len(), 0, &mut unlimited).unwrap();
            ms.iter().map(|m| format!("{},{}", m.spans[0], m.spans[1])).collect::<Vec<_>>().join(" ")
        }
        "S" => {
            let (_, repl) = field(f[3]);
            let (_, text) = field(f[4]);
            let count: usize = f[5].parse().unwrap();
            match compiled.and_then(|p| parse_template(&repl, is_text, p.groups, &p.names).map(|t| (p, t))) {
                Err(e) => format!("!{}", err_text(&e)),
                Ok((prog, t)) => {
                    let (out, n) = substitute(&prog, &t, &text[..], count, &mut unlimited).unwrap();
                    format!("{}|{n}", esc(&out))
                }
            }
        }
        "P" => {
            let prog = compiled.map_err(|e| err_text(&e))?;
            let (_, text) = field(f[3]);
            let maxsplit: usize = f[4].parse().unwrap();
            let parts = split(&prog, &text[..], maxsplit, &mut unlimited).unwrap();
            parts.iter().map(|p| p.map_or("~".into(), |(s, e)| esc(&text[s..e]))).collect::<Vec<_>>().join("|")
        }
        k => panic!("unknown fixture kind {k}"),
    };
    let want = f[f.len() - 1];
    if got == want { Ok(()) } else { Err(format!("got {got:?}, CPython {want:?}")) }
}

#[test]
fn cpython_fixtures() {
    let data = include_str!("fixtures.txt");
    let mut failures = Vec::new();
    let mut n = 0;
    for line in data.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
        n += 1;
        if let Err(e) = run_case(line) {
            failures.push(format!("{line}\n    {e}"));
        }
    }
    assert!(n > 500, "fixtures missing ({n} cases)");
    assert!(failures.is_empty(), "{} of {n} cases differ from CPython:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn budget_hook_stops_catastrophic_backtracking() {
    let pat: Vec<u32> = "(a*)*b".chars().map(|c| c as u32).collect();
    let prog = compile(&pat, true, 0, CharProps::CORE).unwrap();
    let text = [b'a'; 30];
    let mut spent = 0u64;
    let mut hook = |n: u64| {
        spent += n;
        spent < 1_000_000
    };
    let r = prog.search(&text[..], 0, text.len(), Mode::Match, false, &mut hook);
    assert_eq!(r, Err(Interrupted));
    assert!(spent >= 1_000_000);
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let src: String = "(".repeat(5000) + &")".repeat(5000);
    let pat: Vec<u32> = src.chars().map(|c| c as u32).collect();
    let e = compile(&pat, true, 0, CharProps::CORE).err().expect("refused");
    assert_eq!(e.kind, ErrorKind::Recursion);
}

#[test]
fn long_subjects_do_not_grow_the_rust_stack() {
    let pat: Vec<u32> = "(?:a|b)*c".chars().map(|c| c as u32).collect();
    let prog = compile(&pat, true, 0, CharProps::CORE).unwrap();
    let mut text = vec![b'a'; 200_000];
    text.push(b'c');
    let m = prog.search(&text[..], 0, text.len(), Mode::Match, false, &mut unlimited).unwrap().unwrap();
    assert_eq!(m.spans[1], 200_001);
}

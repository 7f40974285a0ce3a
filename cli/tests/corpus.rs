//! The corpus: every `tests/corpus/**/*.py` runs under `edge` and must reproduce CPython 3.13.
//!
//! Beside `name.py` sit `name.expected` (stdout, byte for byte), and for programs that exit
//! with a non-zero code `name.expected_code` and `name.expected_err` (the whole stderr, the
//! program's directory written as `<DIR>`: tracebacks, carets included, must match CPython's).
//! An optional `name.stdin` is fed to standard input.
//! `scripts/regen-expected.sh` rewrites them all with CPython 3.13.
//!
//! Files named `*.wip.py` are a wishlist: run and reported, never failing the test. When
//! CPython 3.13 is installed (`PYENV_VERSION=3.13.0 python3`) the stored expectations are
//! also checked against a live CPython run, so they cannot drift.
//!
//! Helper modules are not programs: files whose name starts with `_` and everything inside a
//! directory with an `__init__.py` (a package) or whose name starts with `_` are skipped.
//!
//! Environment: `EDGE_CORPUS_FILTER=substr` runs only matching paths, `EDGE_CORPUS_TIMEOUT`
//! sets the per-program timeout in seconds (default 10, 30 for debug builds), `EDGE_REQUIRE_CPYTHON=1` fails when
//! CPython 3.13 is missing instead of only warning.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const THREADS: usize = 2;
/// Per-program timeout: unoptimized (debug) builds of the VM get more time. A hang detector,
/// not a speed test: the heaviest programs take ~3 s of CPU and twice the wall time that on a
/// machine busy with other builds (10 s timed them out there).
const DEFAULT_TIMEOUT_SECS: f64 = if cfg!(debug_assertions) { 30.0 } else { 20.0 };

struct Outcome {
    stdout: String,
    stderr: String,
    code: Option<i32>,
    timed_out: bool,
}

struct Expectation {
    stdout: String,
    code: i32,
    /// The whole expected stderr, the program's directory written as `<DIR>`.
    stderr: Option<String>,
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root").to_path_buf()
}

fn is_helper_dir(dir: &Path) -> bool {
    dir.join("__init__.py").is_file() || dir.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('_'))
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => panic!("cannot read {}: {e}", dir.display()),
    };
    entries.sort();
    for path in entries {
        if path.is_dir() {
            if !is_helper_dir(&path) {
                collect(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "py")
            && !path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('_'))
        {
            out.push(path);
        }
    }
}

/// `dir/name.py` → `dir/name.<ext>` (keeping a `.wip` part: `name.wip.expected`).
fn sibling(py: &Path, ext: &str) -> PathBuf {
    py.with_extension(ext)
}

fn run_with_timeout(mut cmd: Command, stdin: Option<Vec<u8>>, timeout: Duration) -> Outcome {
    cmd.stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() });
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap_or_else(|e| panic!("cannot spawn {cmd:?}: {e}"));
    if let Some(data) = stdin {
        let mut pipe = child.stdin.take().expect("stdin pipe");
        std::thread::spawn(move || {
            let _ = pipe.write_all(&data);
        });
    }
    let mut so = child.stdout.take().expect("stdout pipe");
    let mut se = child.stderr.take().expect("stderr pipe");
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = so.read_to_end(&mut buf);
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = se.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if start.elapsed() > timeout => {
                timed_out = true;
                let _ = child.kill();
                break child.wait().ok();
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(_) => break None,
        }
    };
    let stdout = String::from_utf8_lossy(&out_reader.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    Outcome { stdout, stderr, code: status.and_then(|s| s.code()), timed_out }
}

fn run_program(exe: &Path, args: &[&str], py: &Path, timeout: Duration) -> Outcome {
    let mut cmd = Command::new(exe);
    cmd.args(args).arg(py.file_name().expect("file name")).current_dir(py.parent().expect("parent"));
    let stdin = std::fs::read(sibling(py, "stdin")).ok();
    run_with_timeout(cmd, stdin, timeout)
}

fn run_cpython(py: &Path, timeout: Duration) -> Outcome {
    let mut cmd = Command::new("python3");
    cmd.env("PYENV_VERSION", "3.13.0")
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env_remove("PYTHONPATH");
    cmd.arg(py.file_name().expect("file name")).current_dir(py.parent().expect("parent"));
    let stdin = std::fs::read(sibling(py, "stdin")).ok();
    run_with_timeout(cmd, stdin, timeout)
}

fn cpython_available() -> bool {
    Command::new("python3")
        .env("PYENV_VERSION", "3.13.0")
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).starts_with("Python 3.13"))
        .unwrap_or(false)
}

fn load_expectation(py: &Path) -> Result<Expectation, String> {
    let stdout = std::fs::read_to_string(sibling(py, "expected"))
        .map_err(|_| "no .expected file (run scripts/regen-expected.sh)".to_string())?;
    let code = match std::fs::read_to_string(sibling(py, "expected_code")) {
        Ok(text) => text.trim().parse().map_err(|_| format!("bad .expected_code: {text:?}"))?,
        Err(_) => 0,
    };
    let stderr = std::fs::read_to_string(sibling(py, "expected_err")).ok();
    Ok(Expectation { stdout, code, stderr })
}

fn show(line: Option<&str>) -> String {
    match line {
        Some(l) => format!("{l:?}"),
        None => "<end of output>".to_string(),
    }
}

/// The first mismatching line, with one line of context and the next few lines of each side.
fn diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.split_inclusive('\n').collect();
    let a: Vec<&str> = actual.split_inclusive('\n').collect();
    let first = (0..e.len().max(a.len())).find(|&i| e.get(i) != a.get(i)).unwrap_or(0);
    let mut text =
        format!("    first difference at line {} ({} lines expected, {} produced):\n", first + 1, e.len(), a.len());
    if first > 0 {
        text += &format!("      same    : {}\n", show(e.get(first - 1).copied()));
    }
    for (label, side) in [("expected", &e), ("actual  ", &a)] {
        let shown: Vec<String> = (first..first + 3).map_while(|i| side.get(i).map(|l| format!("{l:?}"))).collect();
        let body = if shown.is_empty() { "<end of output>".to_string() } else { shown.join("\n                ") };
        text += &format!("      {label}: {body}\n");
    }
    text
}

/// Compares a run with the expectation; `None` when it matches.
fn check(who: &str, exp: &Expectation, got: &Outcome, dir: &Path) -> Option<String> {
    let mut problems = String::new();
    if got.timed_out {
        problems += &format!("  {who}: timed out\n");
    }
    if got.stdout != exp.stdout {
        problems += &format!("  {who}: stdout differs\n{}", diff(&exp.stdout, &got.stdout));
    }
    if got.code != Some(exp.code) {
        let code = got.code.map_or("killed".to_string(), |c| c.to_string());
        problems += &format!("  {who}: exit code {code}, expected {}\n", exp.code);
    }
    if let Some(want) = &exp.stderr {
        // Tracebacks name files by absolute path, as CPython does.
        let have = got.stderr.replace(&dir.display().to_string(), "<DIR>");
        if &have != want {
            problems += &format!("  {who}: stderr differs\n{}", diff(want, &have));
        }
    }
    if !problems.is_empty() && !got.stderr.is_empty() {
        let tail: Vec<&str> = got.stderr.lines().rev().take(4).collect();
        problems += &format!("    stderr tail: {:?}\n", tail.into_iter().rev().collect::<Vec<_>>());
    }
    if problems.is_empty() { None } else { Some(problems) }
}

#[test]
fn corpus() {
    let root = repo_root();
    let corpus_dir = root.join("tests/corpus");
    let mut files = Vec::new();
    collect(&corpus_dir, &mut files);
    if let Ok(filter) = std::env::var("EDGE_CORPUS_FILTER") {
        files.retain(|p| p.to_string_lossy().contains(&filter));
    }
    assert!(!files.is_empty(), "no corpus programs found under {}", corpus_dir.display());

    let timeout = Duration::from_secs_f64(
        std::env::var("EDGE_CORPUS_TIMEOUT").ok().and_then(|t| t.parse().ok()).unwrap_or(DEFAULT_TIMEOUT_SECS),
    );
    let live = cpython_available();
    if !live {
        let msg = "corpus: CPython 3.13 not found (PYENV_VERSION=3.13.0 python3): expectations NOT re-checked";
        assert!(std::env::var("EDGE_REQUIRE_CPYTHON").map_or(true, |v| v != "1"), "{msg}");
        eprintln!("{msg}");
    }
    let exe = PathBuf::from(env!("CARGO_BIN_EXE_edge"));

    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, bool, Option<String>)>> = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..THREADS {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(py) = files.get(i) else { break };
                    let wip = py.to_string_lossy().ends_with(".wip.py");
                    let problem = match load_expectation(py) {
                        Err(msg) => Some(format!("  {msg}\n")),
                        Ok(exp) => {
                            let parent = py.parent().expect("parent");
                            let dir = std::fs::canonicalize(parent).unwrap_or_else(|_| parent.to_path_buf());
                            let mut p = String::new();
                            let drift = if live {
                                check("CPython 3.13 vs stored expectation", &exp, &run_cpython(py, timeout * 3), &dir)
                            } else {
                                None
                            };
                            if let Some(drift) = drift {
                                p += &drift;
                                p += "  (expectation drift: run scripts/regen-expected.sh and review)\n";
                            }
                            let got = run_program(&exe, &[], py, timeout);
                            if let Some(m) = check("edge", &exp, &got, &dir) {
                                p += &m;
                            }
                            if p.is_empty() { None } else { Some(p) }
                        }
                    };
                    results.lock().unwrap().push((i, wip, problem));
                }
            });
        }
    });

    let mut results = results.into_inner().unwrap();
    results.sort_by_key(|r| r.0);
    let (mut passed, mut failed, mut wishlist, mut wish_passing) = (0, 0, 0, 0);
    let mut report = String::new();
    for (i, wip, problem) in &results {
        let rel = files[*i].strip_prefix(&root).unwrap_or(&files[*i]).display().to_string();
        match (wip, problem) {
            (true, None) => {
                wishlist += 1;
                wish_passing += 1;
                report += &format!("WISH {rel}: passes now (rename it without .wip)\n");
            }
            (true, Some(p)) => {
                wishlist += 1;
                // Drift is a real failure even for wishlist files.
                if p.contains("expectation drift") {
                    failed += 1;
                    report += &format!("FAIL {rel} (wishlist, stale expectation)\n{p}");
                } else {
                    report += &format!("wish {rel}: not yet\n");
                }
            }
            (false, None) => passed += 1,
            (false, Some(p)) => {
                failed += 1;
                report += &format!("FAIL {rel}\n{p}");
            }
        }
    }
    eprint!("{report}");
    let summary =
        format!("corpus: {passed} passed, {failed} failed, {wishlist} wishlist ({wish_passing} of them passing)");
    eprintln!("{summary}");
    println!("{summary}");
    assert_eq!(failed, 0, "{summary}");
}

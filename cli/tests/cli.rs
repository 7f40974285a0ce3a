//! Behaviour of the `edge` command line itself: options, exit codes, argv, stdin.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn edge(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_edge"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn edge");
    let mut pipe = child.stdin.take().expect("stdin");
    pipe.write_all(stdin.as_bytes()).expect("write stdin");
    drop(pipe);
    child.wait_with_output().expect("wait edge")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn version() {
    let out = edge(&["--version"], "");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "Edge Python 0.1.0 (Python 3.13 compatible)\n");
}

#[test]
fn help() {
    let out = edge(&["--help"], "");
    assert_eq!(out.status.code(), Some(0));
    let help = text(&out.stdout);
    for word in ["usage: edge", "-c", "--max-ops", "--max-heap", "--recursion-limit"] {
        assert!(help.contains(word), "help lacks {word}: {help}");
    }
}

#[test]
fn usage_errors_exit_2() {
    for args in [&["--bogus"][..], &["-c"], &["--max-ops"], &["--max-heap", "12Q", "x.py"], &["--recursion-limit", "x"]]
    {
        let out = edge(args, "");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(text(&out.stderr).contains("usage: edge"), "{args:?}: {}", text(&out.stderr));
    }
}

#[test]
fn missing_file() {
    let out = edge(&["definitely_missing_file.py"], "");
    assert_eq!(out.status.code(), Some(2));
    let cwd = std::env::current_dir().unwrap();
    let expected = format!(
        "edge: can't open file '{}': [Errno 2] No such file or directory\n",
        cwd.join("definitely_missing_file.py").display()
    );
    assert_eq!(text(&out.stderr), expected);
    assert!(out.stdout.is_empty());
}

/// A run that reached the program: not an internal error (exit 70 = Rust panic).
fn ran_or_internal_error(out: &Output) -> bool {
    let err = text(&out.stderr);
    assert_ne!(out.status.code(), Some(70), "internal error: {err}");
    assert!(!err.contains("panicked"), "{err}");
    true
}

#[test]
fn dash_c_argv() {
    let out = edge(&["-c", "import sys; print(sys.argv)", "a", "--max-ops", "b"], "");
    if ran_or_internal_error(&out) {
        assert_eq!(text(&out.stdout), "['-c', 'a', '--max-ops', 'b']\n");
        assert_eq!(out.status.code(), Some(0));
    }
}

#[test]
fn stdin_program() {
    let out = edge(&["-", "x"], "import sys\nprint(sys.argv, 6 * 7)\n");
    if ran_or_internal_error(&out) {
        assert_eq!(text(&out.stdout), "['-', 'x'] 42\n");
    }
    let out = edge(&[], "print('piped')\n");
    if ran_or_internal_error(&out) {
        assert_eq!(text(&out.stdout), "piped\n");
    }
}

#[test]
fn exit_codes() {
    let cases: &[(&str, i32, &str)] = &[
        ("raise SystemExit(4)", 4, ""),
        ("import sys; sys.exit()", 0, ""),
        ("import sys; sys.exit('bye')", 1, "bye\n"),
        ("print('x'); 1/0", 1, "ZeroDivisionError: division by zero\n"),
    ];
    for (code, status, err_tail) in cases {
        let out = edge(&["-c", code], "");
        if ran_or_internal_error(&out) {
            assert_eq!(out.status.code(), Some(*status), "{code}");
            assert!(text(&out.stderr).ends_with(err_tail), "{code}: {}", text(&out.stderr));
        }
    }
}

/// An uncaught `KeyboardInterrupt` prints its traceback and ends the process by SIGINT, as
/// CPython does (a shell shows status 130).
#[cfg(unix)]
#[test]
fn keyboard_interrupt_ends_by_sigint() {
    use std::os::unix::process::ExitStatusExt;
    let out = edge(&["-c", "print('x')\nraise KeyboardInterrupt('stop')"], "");
    if ran_or_internal_error(&out) {
        assert_eq!(out.status.signal(), Some(2), "{:?}", out.status);
        assert_eq!(text(&out.stdout), "x\n");
        assert!(text(&out.stderr).ends_with("KeyboardInterrupt: stop\n"), "{}", text(&out.stderr));
    }
    let caught = edge(&["-c", "try:\n    raise KeyboardInterrupt\nexcept KeyboardInterrupt:\n    print('caught')"], "");
    assert_eq!(caught.status.code(), Some(0));
}

#[test]
fn stdout_flushed_before_stderr() {
    let out = edge(&["-c", "import sys\nprint('out1')\nprint('err', file=sys.stderr)\nprint('out2')"], "");
    if ran_or_internal_error(&out) {
        assert_eq!(text(&out.stdout), "out1\nout2\n");
        assert_eq!(text(&out.stderr), "err\n");
    }
}

#[test]
fn limits_raise_python_errors() {
    let out = edge(&["--max-ops", "10000", "-c", "while True: pass"], "");
    if ran_or_internal_error(&out) {
        assert_eq!(out.status.code(), Some(1));
        assert!(text(&out.stderr).contains("ResourceLimitError"), "{}", text(&out.stderr));
    }
    let out = edge(&["--recursion-limit", "50", "-c", "def f(n): return f(n+1)\nf(0)"], "");
    if ran_or_internal_error(&out) {
        assert_eq!(out.status.code(), Some(1));
        assert!(text(&out.stderr).contains("RecursionError"), "{}", text(&out.stderr));
    }
}

#[test]
fn runaway_regex_stops_at_the_op_limit() {
    // (a*)*b on 30 a's backtracks exponentially: the engine's step budget is the op limit.
    let started = std::time::Instant::now();
    let out = edge(&["--max-ops", "2000000", "-c", "import re\nprint(re.match('(a*)*b', 'a' * 30))"], "");
    if ran_or_internal_error(&out) {
        assert_eq!(out.status.code(), Some(1));
        assert!(
            text(&out.stderr).contains("ResourceLimitError: instruction budget of 2000000 exceeded"),
            "{}",
            text(&out.stderr)
        );
        assert!(started.elapsed() < std::time::Duration::from_secs(20));
    }
}

fn cpython_313() -> bool {
    Command::new("python3")
        .env("PYENV_VERSION", "3.13.0")
        .arg("--version")
        .output()
        .is_ok_and(|o| text(&o.stdout).starts_with("Python 3.13"))
}

/// Every example runs cleanly, and prints what CPython 3.13 prints when it is installed.
#[test]
fn examples_run() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().join("examples");
    let mut paths: Vec<_> = std::fs::read_dir(&root)
        .expect("examples/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no examples found");
    let live = cpython_313();
    for path in paths {
        let out = Command::new(env!("CARGO_BIN_EXE_edge")).arg(&path).output().expect("run edge");
        assert_eq!(out.status.code(), Some(0), "{}: {}", path.display(), text(&out.stderr));
        if live {
            let cp = Command::new("python3").env("PYENV_VERSION", "3.13.0").arg(&path).output().expect("run CPython");
            assert_eq!(text(&out.stdout), text(&cp.stdout), "{} differs from CPython", path.display());
        }
    }
}

/// Reference cycles are collected: 200k cyclic pairs fit in a 32 MiB heap limit.
#[test]
fn cycles_are_collected_under_heap_limit() {
    let program = "class N:\n    def __init__(self):\n        self.o = None\n\
                   for i in range(200_000):\n    a = N(); b = N(); a.o = b; b.o = a\nprint('done')\n";
    let out = edge(&["--max-heap", "32M", "-c", program], "");
    ran_or_internal_error(&out);
    assert_eq!(text(&out.stdout), "done\n", "stderr: {}", text(&out.stderr));
    assert_eq!(out.status.code(), Some(0));
}

/// Containers that grow after they were made count against the heap limit (the allocator
/// meters them), and garbage built that way is collected before it reaches the limit.
#[test]
fn container_growth_counts_against_heap_limit() {
    for grow in ["l = []\nwhile True:\n    l.append(1)\n", "d = {}\ni = 0\nwhile True:\n    d[i] = i; i += 1\n"] {
        let out = edge(&["--max-heap", "48M", "-c", grow], "");
        ran_or_internal_error(&out);
        assert_eq!(out.status.code(), Some(1), "{grow}");
        assert!(text(&out.stderr).ends_with("MemoryError: heap limit exceeded\n"), "{grow}: {}", text(&out.stderr));
    }
    let garbage = "for i in range(40_000):\n    d = {k: k for k in range(100)}\nprint(len(d))\n";
    let out = edge(&["--max-heap", "48M", "-c", garbage], "");
    ran_or_internal_error(&out);
    assert_eq!(text(&out.stdout), "100\n", "stderr: {}", text(&out.stderr));
}

#[test]
fn sequence_doubling_hits_heap_limit() {
    for start in ["'x'", "[1]", "b'x'", "(1,)"] {
        let program = format!(
            "s = {start}\ntry:\n    for _ in range(64): s = s + s\nexcept MemoryError:\n    print('MemoryError')\n\
             try:\n    t = [0] * (2**31 - 1)\nexcept MemoryError:\n    print('MemoryError')\n"
        );
        let out = edge(&["--max-heap", "64M", "-c", &program], "");
        ran_or_internal_error(&out);
        assert_eq!(text(&out.stdout), "MemoryError\nMemoryError\n", "{start}: {}", text(&out.stderr));
    }
}

#[test]
fn op_budget_holds_against_handlers_and_generators() {
    for program in [
        "while True:\n    try:\n        1/0\n    except ZeroDivisionError:\n        pass\n",
        "def f():\n    try:\n        f()\n    finally:\n        f()\nf()\n",
        "def g():\n    while True:\n        yield 1\nprint(sum(g()))\n",
        // No loop at all: the budget is charged at returns too.
        "def f(n):\n    return f(n - 1) + f(n - 1) if n else 0\nprint(f(60))\n",
    ] {
        let out = edge(&["--max-ops", "100000", "-c", program], "");
        ran_or_internal_error(&out);
        assert_eq!(out.status.code(), Some(1), "{program}");
        assert!(text(&out.stderr).contains("ResourceLimitError"), "{program}: {}", text(&out.stderr));
    }
}

#[test]
fn receive_reads_stdin_lines_until_eof() {
    let src = "import time\nt = time.monotonic()\nsleep(0.05)\nframe()\nprint(time.monotonic() - t >= 0.05)\n\
               async def main():\n    return await receive()\nprint(run(main()))\n\
               while True:\n    try:\n        m = receive()\n    except EOFError as e:\n        print('EOF:', e)\n        break\n    print('got', m)\n";
    let out = edge(&["-c", src], "first\nsecond\nthird");
    if ran_or_internal_error(&out) {
        assert_eq!(
            text(&out.stdout),
            "True\nfirst\ngot second\ngot third\nEOF: receive(): no more events (end of input)\n"
        );
        assert_eq!(out.status.code(), Some(0));
    }
}

#[test]
fn run_builtin_checks_its_argument_count() {
    // `run` is a Python-level function built by hand (not compiled): calls must bind its
    // parameters like any other function's.
    for (call, message) in [
        ("run()", "TypeError: run() missing 1 required positional argument: 'coro'"),
        ("run(1, 2)", "TypeError: run() takes 1 positional argument but 2 were given"),
    ] {
        let out = edge(&["-c", call], "");
        if ran_or_internal_error(&out) {
            assert_eq!(out.status.code(), Some(1), "{call}");
            assert!(text(&out.stderr).contains(message), "{call}: {}", text(&out.stderr));
        }
    }
}

/// `print(..., flush=True)` and `sys.stdout.flush()` reach a pipe while the program still runs.
#[test]
fn flush_reaches_the_pipe_at_once() {
    use std::io::{BufRead, BufReader};
    let program =
        "import sys\nprint('one', flush=True)\nsys.stdout.write('two\\n')\nsys.stdout.flush()\nwhile True: pass\n";
    let mut child = Command::new(env!("CARGO_BIN_EXE_edge"))
        .args(["-c", program])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn edge");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let wait = std::time::Duration::from_secs(20);
    let lines: Vec<_> = (0..2).map_while(|_| rx.recv_timeout(wait).ok()).collect();
    child.kill().expect("kill edge");
    let _ = child.wait();
    assert_eq!(lines, ["one", "two"]);
}

//! `edge`: run a Python file, a `-c` string, stdin, or an interactive prompt.

mod args;
mod host;
mod mialloc;
mod natives;
mod repl;

use std::io::{IsTerminal, Read};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use compiler_lib::Vm;

use args::{Command, Program};
use host::{CliHost, Output, SharedOutput};

/// Exit code for an internal error (a Rust panic), like `EX_SOFTWARE`.
const EXIT_INTERNAL: i32 = 70;
/// Exit code for usage errors and unreadable programs, like CPython.
const EXIT_USAGE: i32 = 2;
/// The VM runs on a thread with a large stack so deep Python recursion hits
/// `RecursionError` long before the native stack runs out.
const VM_STACK_BYTES: usize = 512 << 20;

// Counts what the program holds, so the collector is paced and `--max-heap` enforced on real
// bytes (compiler_lib::alloc_meter). Underneath, mimalloc rather than glibc's malloc: the VM
// makes many small short-lived allocations (frames, generators, strings, AST nodes) that
// overflow glibc's per-size caches into its slow paths (`_int_malloc`, `malloc_consolidate`
// were 10-30% of profiles); mimalloc made the benchmarks 13% faster (geometric mean, 18
// workloads; exceptions -35%, decimal -30%, hexiom -22%) for 3% more peak memory.
#[global_allocator]
static ALLOCATOR: compiler_lib::alloc_meter::MeteredAlloc<mialloc::Mi> =
    compiler_lib::alloc_meter::MeteredAlloc(mialloc::Mi);

// mimalloc's options (mimalloc.h, `mi_option_e`); the crate exposes them only with a feature
// whose dependency this machine's registry lacks, so the two calls are declared here.
unsafe extern "C" {
    fn mi_option_get(option: std::ffi::c_int) -> std::ffi::c_long;
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}
/// `mi_option_purge_delay`, whose default is 10 (ms).
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

/// Keeps the memory the VM frees mapped instead of handing it back to the OS 10 ms later.
/// The collector frees its garbage in bulk and the program allocates as much again right
/// after; purged pages were faulted back in and zeroed by the kernel (hexiom: 78,000 page
/// faults, ~10% of its time; 190 without purging). A run's peak memory is unchanged.
fn keep_freed_memory() {
    // SAFETY: plain option calls, made before the VM's thread starts. The default is checked
    // first, so a mimalloc whose option numbering differs is left as it is.
    unsafe {
        if mi_option_get(MI_OPTION_PURGE_DELAY) == 10 {
            mi_option_set(MI_OPTION_PURGE_DELAY, -1);
        }
    }
}

/// The last panic's message, recorded by the panic hook instead of printing it.
static PANIC_MESSAGE: Mutex<Option<String>> = Mutex::new(None);

/// Exit status for an uncaught `KeyboardInterrupt` where the process cannot end by SIGINT
/// (128 + SIGINT, what a shell reports for CPython there).
const EXIT_INTERRUPTED: i32 = 130;

/// Set when the program ended with an uncaught `KeyboardInterrupt`.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

fn main() {
    keep_freed_memory();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = match args::parse(&args) {
        Err(args::UsageError(msg)) => {
            eprintln!("{msg}\n{}\nTry `edge -h' for more information.", args::USAGE);
            EXIT_USAGE
        }
        Ok(Command::Help) => {
            print!("{}", args::HELP);
            0
        }
        Ok(Command::Version) => {
            println!("{}", args::VERSION_LINE);
            0
        }
        Ok(Command::Run { program, argv, limits }) => run_on_big_stack(program, argv, limits),
    };
    if INTERRUPTED.load(Ordering::Relaxed) {
        end_by_sigint();
    }
    std::process::exit(code);
}

/// Like CPython after an uncaught `KeyboardInterrupt`: the process ends by SIGINT with its
/// default action, so a parent (a shell, a build tool) sees it was interrupted and stops too.
#[cfg(unix)]
fn end_by_sigint() {
    // SAFETY: resets one signal to its default action and sends it to this process; the
    // output was flushed by the interpreter thread, which has ended.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::kill(libc::getpid(), libc::SIGINT);
    }
}

#[cfg(not(unix))]
fn end_by_sigint() {}

fn run_on_big_stack(program: Program, argv: Vec<String>, limits: compiler_lib::Limits) -> i32 {
    std::panic::set_hook(Box::new(|info| {
        let msg = match info.payload().downcast_ref::<&str>() {
            Some(s) => s.to_string(),
            None => info.payload().downcast_ref::<String>().cloned().unwrap_or_else(|| "unknown panic".into()),
        };
        let location = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        if let Ok(mut slot) = PANIC_MESSAGE.lock() {
            *slot = Some(format!("{msg}{location}"));
        }
    }));
    let worker = std::thread::Builder::new()
        .name("edge-vm".into())
        .stack_size(VM_STACK_BYTES)
        .spawn(move || run_guarded(program, argv, limits));
    match worker {
        Ok(handle) => handle.join().unwrap_or_else(|_| internal_error(None)),
        Err(e) => {
            eprintln!("edge: cannot start the interpreter thread: {e}");
            EXIT_INTERNAL
        }
    }
}

fn internal_error(out: Option<&SharedOutput>) -> i32 {
    if let Some(out) = out
        && let Ok(mut o) = out.try_borrow_mut()
    {
        o.flush();
    }
    let msg = PANIC_MESSAGE.lock().ok().and_then(|mut m| m.take()).unwrap_or_else(|| "unknown panic".into());
    eprintln!("edge: internal error: {msg}");
    EXIT_INTERNAL
}

/// Loads the program, runs it, and converts panics into exit code 70.
fn run_guarded(program: Program, argv: Vec<String>, limits: compiler_lib::Limits) -> i32 {
    compiler_lib::alloc_meter::enable_on_this_thread();
    compiler_lib::syntax::stack_room::declare_thread_stack(VM_STACK_BYTES);
    let out = Output::new_shared();
    let result = catch_unwind(AssertUnwindSafe(|| run(program, argv, limits, &out)));
    let code = match result {
        Ok(code) => code,
        Err(_) => internal_error(Some(&out)),
    };
    if let Ok(mut o) = out.try_borrow_mut() {
        o.flush();
    }
    code
}

fn run(program: Program, argv: Vec<String>, limits: compiler_lib::Limits, out: &SharedOutput) -> i32 {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let (source, filename, search_dir) = match program {
        Program::File(path) => {
            let abs = cwd.join(&path);
            match std::fs::read(&path) {
                Ok(bytes) => {
                    let dir = abs.parent().map(Path::to_path_buf).unwrap_or_else(|| cwd.clone());
                    let dir = std::fs::canonicalize(&dir).unwrap_or(dir);
                    // Like CPython 3.9+, `__main__.__file__` (and so the traceback) is the
                    // absolute path; `sys.argv[0]` stays as given.
                    let file = normalize(&abs).display().to_string();
                    match compiler_lib::syntax::encoding::decode_source(&bytes) {
                        Ok(src) => (src.into_owned(), file, dir),
                        Err(e) => {
                            eprintln!("SyntaxError: {}", e.file_message(&file));
                            return 1;
                        }
                    }
                }
                Err(e) => {
                    let abs = normalize(&abs);
                    eprintln!("edge: can't open file '{}': {}", abs.display(), errno_text(&e));
                    return EXIT_USAGE;
                }
            }
        }
        Program::Code(code) => (code, "<string>".to_string(), cwd),
        Program::Stdin => (read_all_stdin(), "<stdin>".to_string(), cwd),
        Program::Default => {
            if std::io::stdin().is_terminal() {
                let mut vm = new_vm(out, cwd, argv, limits);
                return repl::run(&mut vm, out);
            }
            (read_all_stdin(), "<stdin>".to_string(), cwd)
        }
    };
    let mut vm = new_vm(out, search_dir, argv, limits);
    let code = match vm.run_main(&source, &filename) {
        Ok(()) => 0,
        Err(err) => {
            // Contract: for SystemExit, `system_exit_code` returns the status and has already
            // written a non-int, non-None code (its str() and a newline) to the host's stderr.
            match vm.system_exit_code(&err) {
                Some(code) => code,
                None => {
                    let text = vm.format_exception(&err);
                    out.borrow_mut().write_stderr(&text);
                    if vm.err_matches(&err, compiler_lib::ExcKind::KeyboardInterrupt) {
                        INTERRUPTED.store(true, Ordering::Relaxed);
                        EXIT_INTERRUPTED
                    } else {
                        1
                    }
                }
            }
        }
    };
    vm.run_exit_functions();
    // The process exits right after (output is flushed through `out`): freeing the heap
    // object by object would only burn time, up to 5% of a short run. No Python code runs
    // when the VM is dropped, so nothing observable is skipped.
    std::mem::forget(vm);
    code
}

fn new_vm(out: &SharedOutput, search_dir: PathBuf, argv: Vec<String>, limits: compiler_lib::Limits) -> Vm {
    let mut vm = Vm::new(Box::new(CliHost::new(out.clone(), search_dir)));
    natives::register(&mut vm);
    // EDGE_DIS=1 prints the bytecode of every compiled module to stderr.
    vm.dump_bytecode = std::env::var_os("EDGE_DIS").is_some();
    vm.argv = argv;
    vm.limits = limits;
    vm
}

fn read_all_stdin() -> String {
    let mut bytes = Vec::new();
    let _ = std::io::stdin().lock().read_to_end(&mut bytes);
    String::from_utf8_lossy(&bytes).into_owned()
}

/// `[Errno 2] No such file or directory`, as CPython words OS errors.
fn errno_text(e: &std::io::Error) -> String {
    let text = e.to_string();
    // Rust renders "No such file or directory (os error 2)"; CPython puts the number first.
    match (e.raw_os_error(), text.rfind(" (os error ")) {
        (Some(n), Some(at)) => format!("[Errno {n}] {}", &text[..at]),
        (Some(n), None) => format!("[Errno {n}] {text}"),
        _ => text,
    }
}

/// Removes `.` components (CPython shows `/cwd/x.py` for `./x.py`).
fn normalize(path: &Path) -> PathBuf {
    path.components().filter(|c| !matches!(c, std::path::Component::CurDir)).collect()
}

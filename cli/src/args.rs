//! Command-line parsing for `edge` (hand-rolled: the grammar is tiny).

use compiler_lib::Limits;

pub const VERSION_LINE: &str = "Edge Python 0.1.0 (Python 3.13 compatible)";

pub const USAGE: &str = "usage: edge [option] ... [-c cmd | file | -] [arg] ...";

pub const HELP: &str = "\
usage: edge [option] ... [-c cmd | file | -] [arg] ...
Options:
  -c CODE              run the program passed as a string (sys.argv[0] is '-c')
  -                    read the program from standard input (sys.argv[0] is '-')
  --max-ops N          stop with ResourceLimitError after N executed instructions
  --max-heap BYTES     raise MemoryError when the heap grows past BYTES
                       (suffixes K, M and G are accepted, e.g. 256M)
  --recursion-limit N  maximum Python call depth (default 1000)
  -h, --help           print this help message and exit
  -V, --version        print the version and exit
Arguments:
  file                 program read from a script file
  arg ...              further arguments, available in sys.argv[1:]
With no file and no -c, edge starts an interactive prompt when standard input is
a terminal, and otherwise runs the program read from standard input.
";

/// Where the program comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Program {
    File(String),
    Code(String),
    Stdin,
    /// No program given: REPL on a terminal, else stdin.
    Default,
}

#[derive(Debug, Clone)]
pub enum Command {
    Run { program: Program, argv: Vec<String>, limits: Limits },
    Help,
    Version,
}

/// A usage error: the message printed before the usage line (exit code 2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageError(pub String);

pub fn parse(args: &[String]) -> Result<Command, UsageError> {
    let mut limits = Limits::default();
    let mut i = 0;
    while i < args.len() {
        let arg = args[i].as_str();
        // `--opt=value` and `--opt value` are both accepted.
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_string())),
            _ => (arg, None),
        };
        let value = |i: &mut usize| -> Result<String, UsageError> {
            if let Some(v) = inline.clone() {
                return Ok(v);
            }
            *i += 1;
            args.get(*i).cloned().ok_or_else(|| UsageError(format!("Argument expected for the {name} option")))
        };
        match name {
            "-h" | "--help" | "-?" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--max-ops" => {
                let v = value(&mut i)?;
                limits.max_ops = Some(parse_count(&v, name)?);
            }
            "--max-heap" => {
                let v = value(&mut i)?;
                limits.max_heap_bytes = Some(parse_bytes(&v)?);
            }
            "--recursion-limit" => {
                let v = value(&mut i)?;
                let n = parse_count(&v, name)?;
                if n == 0 {
                    return Err(UsageError("--recursion-limit must be at least 1".into()));
                }
                limits.max_recursion = usize::try_from(n).unwrap_or(usize::MAX);
            }
            "-c" => {
                let code = value(&mut i)?;
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[i + 1..].iter().cloned());
                return Ok(Command::Run { program: Program::Code(code), argv, limits });
            }
            "-" => {
                let mut argv = vec!["-".to_string()];
                argv.extend(args[i + 1..].iter().cloned());
                return Ok(Command::Run { program: Program::Stdin, argv, limits });
            }
            "--" => {
                return Ok(match args.get(i + 1) {
                    Some(file) => {
                        Command::Run { program: Program::File(file.clone()), argv: args[i + 1..].to_vec(), limits }
                    }
                    None => Command::Run { program: Program::Default, argv: vec![String::new()], limits },
                });
            }
            _ if arg.starts_with('-') => return Err(UsageError(format!("unknown option {arg}"))),
            _ => {
                return Ok(Command::Run { program: Program::File(arg.to_string()), argv: args[i..].to_vec(), limits });
            }
        }
        i += 1;
    }
    Ok(Command::Run { program: Program::Default, argv: vec![String::new()], limits })
}

fn parse_count(text: &str, option: &str) -> Result<u64, UsageError> {
    text.trim()
        .replace('_', "")
        .parse::<u64>()
        .map_err(|_| UsageError(format!("invalid value for {option}: '{text}' (expected a non-negative integer)")))
}

/// `1048576`, `512K`, `64M`, `2G` (binary multiples; a trailing `B`/`iB` is allowed).
pub fn parse_bytes(text: &str) -> Result<usize, UsageError> {
    let err =
        || UsageError(format!("invalid value for --max-heap: '{text}' (expected BYTES with optional K/M/G suffix)"));
    let t = text.trim().to_ascii_uppercase();
    let t = t.strip_suffix("IB").or_else(|| t.strip_suffix('B')).unwrap_or(&t);
    let (digits, shift) = match t.chars().last() {
        Some('K') => (&t[..t.len() - 1], 10),
        Some('M') => (&t[..t.len() - 1], 20),
        Some('G') => (&t[..t.len() - 1], 30),
        _ => (t, 0),
    };
    let n: u64 = digits.parse().map_err(|_| err())?;
    let bytes = n.checked_mul(1u64 << shift).ok_or_else(err)?;
    usize::try_from(bytes).map_err(|_| err())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<Command, UsageError> {
        parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    fn run(args: &[&str]) -> (Program, Vec<String>, Limits) {
        match p(args) {
            Ok(Command::Run { program, argv, limits }) => (program, argv, limits),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn file_and_args() {
        let (prog, argv, _) = run(&["x.py", "a", "--max-ops", "3"]);
        assert_eq!(prog, Program::File("x.py".into()));
        assert_eq!(argv, ["x.py", "a", "--max-ops", "3"]);
    }

    #[test]
    fn code_and_stdin() {
        let (prog, argv, _) = run(&["-c", "print(1)", "z"]);
        assert_eq!(prog, Program::Code("print(1)".into()));
        assert_eq!(argv, ["-c", "z"]);
        let (prog, argv, _) = run(&["-", "q"]);
        assert_eq!(prog, Program::Stdin);
        assert_eq!(argv, ["-", "q"]);
        let (prog, argv, _) = run(&[]);
        assert_eq!(prog, Program::Default);
        assert_eq!(argv, [""]);
    }

    #[test]
    fn limits() {
        let (_, _, l) = run(&["--max-ops", "1000", "--max-heap=64M", "--recursion-limit", "50", "f.py"]);
        assert_eq!(l.max_ops, Some(1000));
        assert_eq!(l.max_heap_bytes, Some(64 << 20));
        assert_eq!(l.max_recursion, 50);
        assert_eq!(parse_bytes("2k").unwrap(), 2048);
        assert_eq!(parse_bytes("1G").unwrap(), 1 << 30);
        assert_eq!(parse_bytes("123").unwrap(), 123);
        assert!(parse_bytes("12X").is_err());
        assert!(parse_bytes("").is_err());
    }

    #[test]
    fn errors() {
        assert!(p(&["--bogus"]).is_err());
        assert!(p(&["-c"]).is_err());
        assert!(p(&["--max-ops", "x", "f.py"]).is_err());
        assert!(matches!(p(&["--version"]), Ok(Command::Version)));
        assert!(matches!(p(&["-h"]), Ok(Command::Help)));
    }
}

//! The interactive prompt: `>>> ` / `... `, blocks end at an empty line.

use compiler_lib::Vm;

use crate::args::VERSION_LINE;
use crate::host::{SharedOutput, read_stdin_line};

/// What is still open at the end of some source text.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct OpenState {
    /// Unclosed `(`, `[`, `{`.
    pub brackets: usize,
    /// Inside a triple-quoted string.
    pub in_triple: bool,
    /// The last logical line ends with `:` or `\` (a block header or a continuation).
    pub wants_more: bool,
}

/// Scans Python source for open brackets, unterminated triple-quoted strings and a trailing
/// `:`/`\`, skipping comments and string contents.
pub fn scan(src: &str) -> OpenState {
    let chars: Vec<char> = src.chars().collect();
    let mut depth: usize = 0;
    let mut i = 0;
    let mut last_significant: Option<char> = None;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '#' => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '\'' | '"' => {
                let triple = i + 2 < chars.len() && chars[i + 1] == c && chars[i + 2] == c;
                if triple {
                    i += 3;
                    loop {
                        if i >= chars.len() {
                            return OpenState { brackets: depth, in_triple: true, wants_more: true };
                        }
                        if chars[i] == '\\' {
                            i += 2;
                            continue;
                        }
                        if chars[i] == c && chars.get(i + 1) == Some(&c) && chars.get(i + 2) == Some(&c) {
                            i += 3;
                            break;
                        }
                        i += 1;
                    }
                } else {
                    i += 1;
                    while i < chars.len() && chars[i] != c && chars[i] != '\n' {
                        if chars[i] == '\\' {
                            i += 1;
                        }
                        i += 1;
                    }
                    i += 1;
                }
                last_significant = Some('"');
                continue;
            }
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if !c.is_whitespace() {
            last_significant = Some(c);
        }
        i += 1;
    }
    let wants_more = matches!(last_significant, Some(':') | Some('\\'));
    OpenState { brackets: depth, in_triple: false, wants_more }
}

/// Whether the REPL should read another line before running `buffer`. A block (its first
/// line ended with `:`) continues until an empty line; brackets and strings until closed.
pub fn needs_more(buffer: &str, in_block: bool, last_line: &str) -> bool {
    let st = scan(buffer);
    if st.brackets > 0 || st.in_triple {
        return true;
    }
    if in_block {
        return !last_line.trim().is_empty();
    }
    st.wants_more
}

/// Runs the prompt loop; returns the process exit code.
pub fn run(vm: &mut Vm, out: &SharedOutput) -> i32 {
    out.borrow_mut().write_stderr(&format!("{VERSION_LINE}\nType Ctrl-D to exit.\n"));
    loop {
        let mut buffer = String::new();
        let mut in_block = false;
        let mut prompt = ">>> ";
        loop {
            {
                let mut o = out.borrow_mut();
                o.write_stdout(prompt);
                o.flush();
            }
            let Some(line) = read_stdin_line() else {
                out.borrow_mut().write_stdout("\n");
                out.borrow_mut().flush();
                if buffer.trim().is_empty() {
                    return 0;
                }
                break;
            };
            if buffer.is_empty() && line.trim().is_empty() {
                break;
            }
            buffer.push_str(&line);
            buffer.push('\n');
            if !in_block {
                let st = scan(&buffer);
                in_block = st.wants_more && st.brackets == 0 && !st.in_triple && !line.trim_end().ends_with('\\');
            }
            if !needs_more(&buffer, in_block, &line) {
                break;
            }
            prompt = "... ";
        }
        if buffer.trim().is_empty() {
            continue;
        }
        if let Err(err) = vm.run_interactive(&buffer) {
            if let Some(code) = vm.system_exit_code(&err) {
                out.borrow_mut().flush();
                return code;
            }
            let text = vm.format_exception(&err);
            out.borrow_mut().write_stderr(&text);
        }
        out.borrow_mut().flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn continuation() {
        assert!(!needs_more("x = 1\n", false, "x = 1"));
        assert!(needs_more("if x:\n", true, "if x:"));
        assert!(needs_more("if x:\n    y\n", true, "    y"));
        assert!(!needs_more("if x:\n    y\n\n", true, ""));
        assert!(needs_more("f(1,\n", false, "f(1,"));
        assert!(!needs_more("f(1,\n 2)\n", false, " 2)"));
        assert!(needs_more("s = '''abc\n", false, "s = '''abc"));
        assert!(!needs_more("s = '''abc\n'''\n", false, "'''"));
        assert!(!needs_more("s = '(' # [\n", false, "s = '(' # ["));
        assert!(needs_more("x = 1 + \\\n", false, "x = 1 + \\"));
        assert!(!needs_more("d = {'a': 1}\n", false, "d = {'a': 1}"));
        assert!(scan("for i in x:\n").wants_more);
        assert!(scan("if (a and\n    b):  # note\n").wants_more);
        assert!(!scan("if a:\n    b\n").wants_more);
    }
}

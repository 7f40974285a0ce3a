//! The lexer: source text to tokens, with INDENT/DEDENT and f-string handling.
//!
//! `tokenize` turns a whole module into a token vector. F-strings become a single
//! `FString` token whose body the parser re-scans; to find where an f-string ends the
//! lexer runs itself recursively in "f-string expression" mode over each replacement
//! field (`tokenize_fexpr`), which is also what the parser uses to get a field's tokens.

use super::token::{Tok, Token};
use super::{EOF_END_COL, SyntaxError, SyntaxErrorKind};

const MAX_PARENS: usize = 200;

pub struct Lexer<'a> {
    src: &'a str,
    b: &'a [u8],
    pos: usize,
    line: u32,
    line_start: usize,
    /// Open brackets: (byte, line, col).
    parens: Vec<(u8, u32, u32)>,
    indents: Vec<u32>,
    alt_indents: Vec<u32>,
    at_line_start: bool,
    /// Lexing a replacement field of an f-string: stop at `}` `!` `:` `=` at depth 0.
    fmode: bool,
    /// Nesting depth of f-strings (limits recursion).
    fdepth: u32,
    pub tokens: Vec<Token>,
    /// SyntaxWarnings so far, in source order.
    pub warnings: Vec<Warning>,
    col_cache: std::cell::Cell<(usize, u32)>,
}

/// A SyntaxWarning found while reading the source: where it is issued (a byte offset, which
/// orders the tokenizer's warnings among the parser's), its line and its message.
#[derive(Clone, Debug, PartialEq)]
pub struct Warning {
    pub at: u32,
    pub line: u32,
    pub msg: String,
}

/// What `tokenize` read: the tokens (up to the error, if any) and the warnings it issued.
pub struct Lexed {
    pub tokens: Vec<Token>,
    pub warnings: Vec<Warning>,
    pub error: Option<SyntaxError>,
}

pub fn tokenize(src: &str) -> Lexed {
    let bom = if src.starts_with('\u{feff}') { 3 } else { 0 };
    let mut lx = Lexer::new(src, bom, 1, bom, false, 0);
    // The std modules run one token per 3.7 to 5.3 bytes: one allocation instead of a dozen
    // doublings, each copying every token so far (at one per five bytes, most modules still
    // paid the last doubling).
    lx.tokens.reserve(src.len() / 3 + 16);
    let error = lx.run().err();
    Lexed { tokens: lx.tokens, warnings: lx.warnings, error }
}

/// An f-string replacement field's tokens (ending with `FStop`), its warnings and the
/// position after it: (pos, line, line_start).
pub type FieldTokens = (Vec<Token>, Vec<Warning>, usize, u32, usize);

/// Tokenizes an f-string replacement field starting at byte `pos`.
pub fn tokenize_fexpr(
    src: &str,
    pos: usize,
    line: u32,
    line_start: usize,
    fdepth: u32,
) -> Result<FieldTokens, SyntaxError> {
    let mut lx = Lexer::new(src, pos, line, line_start, true, fdepth);
    lx.run()?;
    Ok((lx.tokens, lx.warnings, lx.pos, lx.line, lx.line_start))
}

pub fn is_id_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
}

pub fn is_id_continue(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric() || (!c.is_ascii() && (c.is_alphanumeric() || is_combining(c)))
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F | 0x200C | 0x200D | 0xFE00..=0xFE0F | 0xE0100..=0xE01EF | 0xB7 | 0x387)
        || (c as u32 >= 0x900 && (c as u32) < 0x1000 && !c.is_alphabetic() && !c.is_whitespace() && !c.is_control())
}

impl<'a> Lexer<'a> {
    fn new(src: &'a str, pos: usize, line: u32, line_start: usize, fmode: bool, fdepth: u32) -> Lexer<'a> {
        Lexer {
            src,
            b: src.as_bytes(),
            pos,
            line,
            line_start,
            parens: Vec::new(),
            indents: vec![0],
            alt_indents: vec![0],
            at_line_start: !fmode,
            fmode,
            fdepth,
            tokens: Vec::new(),
            warnings: Vec::new(),
            col_cache: std::cell::Cell::new((line_start, 0)),
        }
    }

    fn peek(&self) -> u8 {
        *self.b.get(self.pos).unwrap_or(&0)
    }

    fn peek_at(&self, n: usize) -> u8 {
        *self.b.get(self.pos + n).unwrap_or(&0)
    }

    /// Character column of byte offset `pos` on the current line. Incremental (positions
    /// are mostly queried in increasing order), so long lines stay linear.
    fn col_at(&self, pos: usize) -> u32 {
        let (cpos, ccol) = self.col_cache.get();
        let (from, base) = if cpos >= self.line_start && cpos <= pos { (cpos, ccol) } else { (self.line_start, 0) };
        let s = &self.b[from..pos];
        let col = base + if s.is_ascii() { s.len() as u32 } else { self.src[from..pos].chars().count() as u32 };
        self.col_cache.set((pos, col));
        col
    }

    fn col(&self) -> u32 {
        self.col_at(self.pos)
    }

    fn err_at(&self, msg: impl Into<String>, line: u32, col: u32) -> SyntaxError {
        SyntaxError::new(msg, line, col, col + 1)
    }

    fn err_here(&self, msg: impl Into<String>) -> SyntaxError {
        let c = self.col();
        self.err_at(msg, self.line, c)
    }

    /// The line number and character length of the source's last line (its final line
    /// break not counted).
    fn last_line_end(&self) -> (u32, u32) {
        let mut end = self.b.len();
        if self.b[..end].ends_with(b"\n") {
            end -= 1;
        }
        if self.b[..end].ends_with(b"\r") {
            end -= 1;
        }
        let text = &self.b[..end];
        // Line feeds, plus the carriage returns that end a line alone (rare: counted only when
        // there is one, as this runs over the whole source).
        let mut breaks = text.iter().filter(|&&c| c == b'\n').count();
        if text.contains(&b'\r') {
            breaks += text.iter().enumerate().filter(|&(i, &c)| c == b'\r' && text.get(i + 1) != Some(&b'\n')).count();
        }
        let line = 1 + breaks as u32;
        let start = text.iter().rposition(|&c| c == b'\n' || c == b'\r').map_or(0, |i| i + 1);
        (line, self.src[start..end].chars().count() as u32)
    }

    /// A token of the end of input: it spans nothing, and its `end_col` is `EOF_END_COL`.
    fn push_at_eof(&mut self, kind: Tok, line: u32, col: u32) {
        let at = self.b.len() as u32;
        self.tokens.push(Token { kind, start: at, end: at, line, col, end_line: line, end_col: EOF_END_COL });
    }

    fn push(&mut self, kind: Tok, start: usize, line: u32, col: u32) {
        let end_col = self.col();
        self.tokens.push(Token {
            kind,
            start: start as u32,
            end: self.pos as u32,
            line,
            col,
            end_line: self.line,
            end_col,
        });
    }

    fn newline_at(&mut self) {
        // self.pos is at '\n' or '\r'
        if self.peek() == b'\r' && self.peek_at(1) == b'\n' {
            self.pos += 2;
        } else {
            self.pos += 1;
        }
        self.line += 1;
        self.line_start = self.pos;
    }

    fn run(&mut self) -> Result<(), SyntaxError> {
        loop {
            if self.at_line_start {
                self.at_line_start = false;
                if self.indentation()? {
                    continue;
                }
            }
            // skip whitespace
            loop {
                match self.peek() {
                    b' ' | b'\t' | b'\x0c' => self.pos += 1,
                    b'\\' if self.peek_at(1) == b'\n' || (self.peek_at(1) == b'\r') => {
                        self.pos += 1;
                        self.newline_at();
                        if self.pos >= self.b.len() {
                            return Err(self.err_here("unexpected EOF while parsing"));
                        }
                    }
                    _ => break,
                }
            }
            let start = self.pos;
            let line = self.line;
            let col = self.col();
            let c = self.peek();
            if self.pos >= self.b.len() {
                if self.fmode {
                    return Err(self.err_here("f-string: expecting '}'"));
                }
                if let Some(&(p, l, c)) = self.parens.last() {
                    return Err(self.err_at(format!("'{}' was never closed", p as char), l, c));
                }
                if let Some(last) = self.tokens.last()
                    && last.kind != Tok::Newline
                    && last.kind != Tok::Dedent
                    && last.kind != Tok::Indent
                {
                    self.push(Tok::Newline, start, line, col);
                    let t = self.tokens.last_mut().unwrap();
                    t.end_col += 1;
                }
                // CPython places what it finds at the end of input on the last line, after
                // its text, with no end (`end_offset` -1): not on a line past the end.
                let (line, col) = self.last_line_end();
                for _ in 1..self.indents.len() {
                    self.push_at_eof(Tok::Dedent, line, col);
                }
                self.indents.truncate(1);
                self.push_at_eof(Tok::EndMarker, line, col);
                return Ok(());
            }
            match c {
                b'#' => {
                    while self.pos < self.b.len() && !matches!(self.peek(), b'\n' | b'\r') {
                        self.pos += 1;
                    }
                }
                b'\n' | b'\r' => {
                    if self.parens.is_empty() && !self.fmode {
                        self.newline_at();
                        let t = Token {
                            kind: Tok::Newline,
                            start: start as u32,
                            end: start as u32 + 1,
                            line,
                            col,
                            end_line: line,
                            end_col: col + 1,
                        };
                        self.tokens.push(t);
                        self.at_line_start = true;
                    } else {
                        self.newline_at();
                    }
                }
                b'\\' => {
                    return Err(self.err_here("unexpected character after line continuation character"));
                }
                b'0'..=b'9' => {
                    self.number()?;
                    self.push(Tok::Number, start, line, col);
                }
                b'.' if self.peek_at(1).is_ascii_digit() => {
                    self.number()?;
                    self.push(Tok::Number, start, line, col);
                }
                b'"' | b'\'' => {
                    let r = self.string(start, line, col, false, false);
                    if let Err(e) = r {
                        if self.fmode && e.msg.starts_with("unterminated string") {
                            return Err(self.err_at("f-string: expecting '}'", line, col));
                        }
                        return Err(e);
                    }
                }
                _ if c == b'_' || c.is_ascii_alphabetic() || c >= 0x80 => {
                    self.name_or_string(start, line, col)?;
                }
                _ => {
                    if self.fmode && self.parens.is_empty() {
                        let stop = match c {
                            b'}' | b':' => true,
                            b'!' => self.peek_at(1) != b'=',
                            b'=' => self.peek_at(1) != b'=',
                            _ => false,
                        };
                        if stop {
                            self.push(Tok::FStop, start, line, col);
                            return Ok(());
                        }
                    }
                    let kind = self.operator()?;
                    match kind {
                        Tok::LPar | Tok::LSqb | Tok::LBrace => {
                            if self.parens.len() >= MAX_PARENS {
                                return Err(self.err_at("too many nested parentheses", line, col));
                            }
                            self.parens.push((c, line, col));
                        }
                        Tok::RPar | Tok::RSqb | Tok::RBrace => match self.parens.pop() {
                            None => {
                                return Err(self.err_at(format!("unmatched '{}'", c as char), line, col));
                            }
                            Some((o, ol, _)) => {
                                let want = match o {
                                    b'(' => b')',
                                    b'[' => b']',
                                    _ => b'}',
                                };
                                if want != c {
                                    let msg = if ol != line {
                                        format!(
                                            "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                            c as char, o as char, ol
                                        )
                                    } else {
                                        format!(
                                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                            c as char, o as char
                                        )
                                    };
                                    return Err(self.err_at(msg, line, col));
                                }
                            }
                        },
                        _ => {}
                    }
                    self.push(kind, start, line, col);
                }
            }
        }
    }

    /// Handles the start of a logical line. Returns true if the line was blank (skipped).
    fn indentation(&mut self) -> Result<bool, SyntaxError> {
        let mut col: u32 = 0;
        let mut alt: u32 = 0;
        loop {
            match self.peek() {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        let c = self.peek();
        if self.pos >= self.b.len() {
            return Ok(false);
        }
        if c == b'#' || c == b'\n' || c == b'\r' {
            while self.pos < self.b.len() && !matches!(self.peek(), b'\n' | b'\r') {
                self.pos += 1;
            }
            if self.pos < self.b.len() {
                self.newline_at();
            }
            self.at_line_start = true;
            return Ok(true);
        }
        if c == b'\\' && matches!(self.peek_at(1), b'\n' | b'\r') {
            // A continuation line starting with a backslash: indentation counts from here.
        }
        let top = *self.indents.last().unwrap();
        let alt_top = *self.alt_indents.last().unwrap();
        let start = self.pos;
        let line = self.line;
        let tab_err = |s: &Self| {
            let mut e = s.err_at("inconsistent use of tabs and spaces in indentation", line, 0);
            e.kind = SyntaxErrorKind::TabError;
            e
        };
        if col == top {
            if alt != alt_top {
                return Err(tab_err(self));
            }
        } else if col > top {
            if alt <= alt_top {
                return Err(tab_err(self));
            }
            if self.indents.len() >= 100 {
                let mut e = self.err_at("too many levels of indentation", line, 0);
                e.kind = SyntaxErrorKind::IndentationError;
                return Err(e);
            }
            self.indents.push(col);
            self.alt_indents.push(alt);
            let c = self.col();
            self.tokens.push(Token {
                kind: Tok::Indent,
                start: self.line_start as u32,
                end: start as u32,
                line,
                col: 0,
                end_line: line,
                end_col: c,
            });
        } else {
            while self.indents.len() > 1 && col < *self.indents.last().unwrap() {
                self.indents.pop();
                self.alt_indents.pop();
                let c = self.col();
                self.tokens.push(Token {
                    kind: Tok::Dedent,
                    start: start as u32,
                    end: start as u32,
                    line,
                    col: c,
                    end_line: line,
                    end_col: c,
                });
            }
            if col != *self.indents.last().unwrap() {
                let mut eol = self.pos;
                while eol < self.b.len() && !matches!(self.b[eol], b'\n' | b'\r') {
                    eol += 1;
                }
                let c = self.src[self.line_start..eol].chars().count() as u32;
                let mut e = self.err_at("unindent does not match any outer indentation level", line, c);
                e.kind = SyntaxErrorKind::IndentationError;
                return Err(e);
            }
            if alt != *self.alt_indents.last().unwrap() {
                return Err(tab_err(self));
            }
        }
        Ok(false)
    }

    fn name_or_string(&mut self, start: usize, line: u32, col: u32) -> Result<(), SyntaxError> {
        // string prefix?
        let mut i = 0;
        let (mut raw, mut bytes, mut f, mut u) = (false, false, false, false);
        while i < 3 {
            match self.peek_at(i) {
                b'r' | b'R' if !raw => raw = true,
                b'b' | b'B' if !bytes && !f && !u => bytes = true,
                b'f' | b'F' if !f && !bytes && !u => f = true,
                b'u' | b'U' if i == 0 => u = true,
                b'"' | b'\'' if i > 0 => break,
                _ => {
                    i = 99;
                    break;
                }
            }
            i += 1;
        }
        if i < 3 && matches!(self.peek_at(i), b'"' | b'\'') && !(u && i > 1) {
            self.pos += i;
            return self.string(start, line, col, f, raw);
        }
        // An identifier: its ASCII run is read byte by byte (nearly every name in real source);
        // only one that runs into a non-ASCII character takes the Unicode rules below.
        let ascii_end = self.b[self.pos..]
            .iter()
            .position(|&c| !(c == b'_' || c.is_ascii_alphanumeric()))
            .map_or(self.b.len(), |n| self.pos + n);
        if ascii_end > self.pos && self.b.get(ascii_end).is_none_or(|&c| c < 0x80) {
            self.pos = ascii_end;
            let kind = Tok::keyword(&self.src[start..self.pos]).unwrap_or(Tok::Name);
            self.push(kind, start, line, col);
            return Ok(());
        }
        let rest = &self.src[self.pos..];
        let mut len = 0;
        for (k, ch) in rest.char_indices() {
            let ok = if k == 0 { is_id_start(ch) } else { is_id_continue(ch) };
            if !ok {
                if k == 0 {
                    return Err(self.invalid_char(ch));
                }
                break;
            }
            len = k + ch.len_utf8();
        }
        self.pos += len;
        let kind = Tok::keyword(&self.src[start..self.pos]).unwrap_or(Tok::Name);
        self.push(kind, start, line, col);
        Ok(())
    }

    fn invalid_char(&self, ch: char) -> SyntaxError {
        let msg = if ch.is_whitespace() || ch.is_control() || (ch as u32) == 0xFEFF || (ch as u32) == 0x200B {
            format!("invalid non-printable character U+{:04X}", ch as u32)
        } else {
            format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
        };
        self.err_here(msg)
    }

    /// Scans a string literal; `self.pos` is at the opening quote.
    fn string(&mut self, start: usize, line: u32, col: u32, f: bool, raw: bool) -> Result<(), SyntaxError> {
        let q = self.peek();
        let triple = self.peek_at(1) == q && self.peek_at(2) == q;
        self.pos += if triple { 3 } else { 1 };
        if f {
            if self.fdepth >= 150 {
                return Err(self.err_at("too many nested f-strings", line, col));
            }
            self.fstring_literal(q, triple, raw, false, line, col)?;
            self.push(Tok::FString, start, line, col);
            return Ok(());
        }
        loop {
            let c = self.peek();
            if self.pos >= self.b.len() {
                return Err(self.unterminated(triple, false, line, col));
            }
            match c {
                b'\\' => {
                    self.pos += 1;
                    match self.peek() {
                        b'\n' | b'\r' => self.newline_at(),
                        0 if self.pos >= self.b.len() => {}
                        _ => self.pos += 1,
                    }
                }
                b'\n' | b'\r' => {
                    if !triple {
                        return Err(self.unterminated(triple, false, line, col));
                    }
                    self.newline_at();
                }
                _ if c == q => {
                    if !triple {
                        self.pos += 1;
                        break;
                    }
                    if self.peek_at(1) == q && self.peek_at(2) == q {
                        self.pos += 3;
                        break;
                    }
                    self.pos += 1;
                }
                _ => self.pos += 1,
            }
        }
        self.push(Tok::String, start, line, col);
        Ok(())
    }

    fn unterminated(&self, triple: bool, f: bool, line: u32, col: u32) -> SyntaxError {
        let what = if f { "f-string" } else { "string" };
        // At end of input right after a newline, CPython reports the line that newline ends.
        let at_line = if self.pos >= self.b.len() && self.b.last() == Some(&b'\n') && self.line > 1 {
            self.line - 1
        } else {
            self.line
        };
        let msg = if triple {
            format!("unterminated triple-quoted {} literal (detected at line {})", what, at_line)
        } else {
            format!("unterminated {} literal (detected at line {})", what, self.line)
        };
        self.err_at(msg, line, col)
    }

    /// Scans the literal part of an f-string (or of a format spec when `in_spec`).
    /// Leaves `pos` after the closing quote, or at the `}` ending a format spec.
    fn fstring_literal(
        &mut self,
        q: u8,
        triple: bool,
        raw: bool,
        in_spec: bool,
        line: u32,
        col: u32,
    ) -> Result<(), SyntaxError> {
        loop {
            let c = self.peek();
            if self.pos >= self.b.len() {
                return Err(self.unterminated(triple, true, line, col));
            }
            match c {
                b'\\' => {
                    self.pos += 1;
                    match self.peek() {
                        b'\n' | b'\r' => self.newline_at(),
                        b'{' | b'}' => {}
                        b'N' if !raw && self.peek_at(1) == b'{' => {
                            while self.pos < self.b.len() && !matches!(self.peek(), b'}' | b'\n') {
                                self.pos += 1;
                            }
                            if self.peek() == b'}' {
                                self.pos += 1;
                            }
                        }
                        0 if self.pos >= self.b.len() => {}
                        _ => self.pos += 1,
                    }
                }
                b'\n' | b'\r' => {
                    if !triple {
                        if in_spec {
                            return Err(self.err_here(
                                "f-string: newlines are not allowed in format specifiers for single quoted f-strings",
                            ));
                        }
                        return Err(self.unterminated(triple, true, line, col));
                    }
                    self.newline_at();
                }
                b'{' => {
                    if self.peek_at(1) == b'{' && !in_spec {
                        self.pos += 2;
                        continue;
                    }
                    self.pos += 1;
                    self.fstring_field(q, triple, raw, line, col)?;
                }
                b'}' => {
                    if in_spec {
                        return Ok(());
                    }
                    if self.peek_at(1) == b'}' {
                        self.pos += 2;
                        continue;
                    }
                    return Err(self.err_here("f-string: single '}' is not allowed"));
                }
                _ if c == q => {
                    if !triple {
                        if in_spec {
                            return Err(self.err_here("f-string: expecting '}'"));
                        }
                        self.pos += 1;
                        return Ok(());
                    }
                    if self.peek_at(1) == q && self.peek_at(2) == q {
                        if in_spec {
                            return Err(self.err_here("f-string: expecting '}'"));
                        }
                        self.pos += 3;
                        return Ok(());
                    }
                    self.pos += 1;
                }
                _ => self.pos += 1,
            }
        }
    }

    /// Scans a replacement field; `pos` is just after `{`. Leaves `pos` after the `}`.
    fn fstring_field(&mut self, q: u8, triple: bool, raw: bool, line: u32, col: u32) -> Result<(), SyntaxError> {
        let (toks, warnings, p, l, ls) =
            tokenize_fexpr(self.src, self.pos, self.line, self.line_start, self.fdepth + 1)?;
        // CPython tokenizes replacement fields with the rest: their warnings are the tokenizer's.
        self.warnings.extend(warnings);
        if toks.len() == 1 {
            let t = toks[0];
            let msg = match self.b[t.start as usize] {
                b'!' => "f-string: valid expression required before '!'",
                b':' => "f-string: valid expression required before ':'",
                b'=' => "f-string: valid expression required before '='",
                _ => "f-string: valid expression required before '}'",
            };
            return Err(self.err_at(msg, t.line, t.col));
        }
        self.pos = p;
        self.line = l;
        self.line_start = ls;
        if self.peek() == b'=' {
            self.pos += 1;
            // whitespace, comments and (in multi-line fields) newlines may follow
            loop {
                match self.peek() {
                    b' ' | b'\t' | b'\x0c' => self.pos += 1,
                    b'#' => {
                        while self.pos < self.b.len() && !matches!(self.peek(), b'\n' | b'\r') {
                            self.pos += 1;
                        }
                    }
                    b'\n' | b'\r' => self.newline_at(),
                    _ => break,
                }
            }
        }
        if self.peek() == b'!' {
            self.pos += 1;
            let s = self.pos;
            while self.peek().is_ascii_alphanumeric() {
                self.pos += 1;
            }
            if s == self.pos {
                return Err(self.err_here("f-string: missing conversion character"));
            }
            let conv = &self.src[s..self.pos];
            if !matches!(conv, "r" | "s" | "a") {
                return Err(self.err_at(
                    format!("f-string: invalid conversion character '{}': expected 's', 'r', or 'a'", conv),
                    self.line,
                    self.col_at(s),
                ));
            }
            self.skip_ws();
        }
        if self.peek() == b':' {
            self.pos += 1;
            self.fstring_literal(q, triple, raw, true, line, col)?;
        }
        if self.peek() != b'}' {
            if self.pos >= self.b.len() {
                return Err(self.unterminated(triple, true, line, col));
            }
            return Err(self.err_here("f-string: expecting '}'"));
        }
        self.pos += 1;
        Ok(())
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), b' ' | b'\t' | b'\x0c') {
            self.pos += 1;
        }
    }

    fn digits(&mut self, radix: u32) -> Result<bool, SyntaxError> {
        // digits with single underscores between them; returns whether any digit was read
        let mut any = false;
        loop {
            let c = self.peek();
            if (c as char).is_digit(radix) {
                self.pos += 1;
                any = true;
            } else if c == b'_' && any {
                self.pos += 1;
                if !(self.peek() as char).is_digit(radix) {
                    let c = self.col_at(self.pos - 1);
                    return Err(self.err_at(self.bad_number_msg(radix), self.line, c));
                }
            } else {
                return Ok(any);
            }
        }
    }

    fn bad_number_msg(&self, radix: u32) -> &'static str {
        match radix {
            16 => "invalid hexadecimal literal",
            8 => "invalid octal literal",
            2 => "invalid binary literal",
            _ => "invalid decimal literal",
        }
    }

    fn number(&mut self) -> Result<(), SyntaxError> {
        let start = self.pos;
        if self.peek() == b'0' && matches!(self.peek_at(1), b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
            let radix = match self.peek_at(1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                _ => 2,
            };
            self.pos += 2;
            if self.peek() == b'_' {
                self.pos += 1;
            }
            if !self.digits(radix)? {
                if radix != 16 && self.peek().is_ascii_digit() {
                    let which = if radix == 8 { "octal" } else { "binary" };
                    let d = self.peek() as char;
                    return Err(self.err_here(format!("invalid digit '{}' in {} literal", d, which)));
                }
                let c = self.col_at(self.pos - 1);
                return Err(self.err_at(self.bad_number_msg(radix), self.line, c));
            }
            if radix != 16 && self.peek().is_ascii_digit() {
                let which = if radix == 8 { "octal" } else { "binary" };
                let d = self.peek() as char;
                return Err(self.err_here(format!("invalid digit '{}' in {} literal", d, which)));
            }
            return self.end_of_number(NumberKind::Radix(radix), start);
        }
        let mut is_float = false;
        if self.peek() != b'.' {
            self.digits(10)?;
        }
        if self.peek() == b'.' {
            is_float = true;
            self.pos += 1;
            if self.peek() == b'_' {
                return Err(self.err_here("invalid decimal literal"));
            }
            self.digits(10)?;
        }
        if matches!(self.peek(), b'e' | b'E') {
            let save = self.pos;
            self.pos += 1;
            if matches!(self.peek(), b'+' | b'-') {
                self.pos += 1;
            }
            if !self.peek().is_ascii_digit() {
                // `1else` is allowed (deprecated): back off if followed by a keyword
                self.pos = save;
                if self.peek_keyword_after() {
                    self.warn_number_end(NumberKind::Decimal, start);
                    return Ok(());
                }
                let c = self.col_at(save - 1);
                return Err(self.err_at("invalid decimal literal", self.line, c));
            }
            self.digits(10)?;
            is_float = true;
        }
        let mut kind = NumberKind::Decimal;
        if matches!(self.peek(), b'j' | b'J') {
            self.pos += 1;
            is_float = true;
            kind = NumberKind::Imaginary;
        }
        if !is_float {
            let s = &self.b[start..self.pos];
            if s.len() > 1 && s[0] == b'0' && s.iter().any(|&d| d != b'0' && d != b'_') {
                // CPython's caret covers the leading zeros (and underscores) only.
                let zeros = s.iter().take_while(|&&d| d == b'0' || d == b'_').count();
                self.pos = start;
                let e = SyntaxError::new(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    self.line,
                    self.col(),
                    self.col_at(start + zeros),
                );
                return Err(e);
            }
        }
        self.end_of_number(kind, start)
    }

    fn peek_keyword_after(&self) -> bool {
        let rest = &self.src[self.pos..];
        ["and", "else", "for", "if", "in", "is", "not", "or"]
            .iter()
            .any(|k| rest.starts_with(k) && !rest[k.len()..].chars().next().is_some_and(is_id_continue))
    }

    fn end_of_number(&mut self, kind: NumberKind, start: usize) -> Result<(), SyntaxError> {
        let c = self.src[self.pos..].chars().next();
        if let Some(c) = c
            && is_id_continue(c)
        {
            if self.peek_keyword_after() {
                self.warn_number_end(kind, start);
                return Ok(());
            }
            let c = self.col_at(start);
            return Err(self.err_at(self.bad_number_msg(kind.radix()), self.line, c));
        }
        Ok(())
    }

    /// CPython 3.13 still reads `1if x else 2` (a number run into a keyword) but warns.
    fn warn_number_end(&mut self, kind: NumberKind, start: usize) {
        let msg = match kind {
            NumberKind::Imaginary => "invalid imaginary literal",
            NumberKind::Decimal => "invalid decimal literal",
            NumberKind::Radix(radix) => self.bad_number_msg(radix),
        };
        self.warnings.push(Warning { at: start as u32, line: self.line, msg: msg.to_string() });
    }

    fn operator(&mut self) -> Result<Tok, SyntaxError> {
        let c = self.peek();
        let c1 = self.peek_at(1);
        let c2 = self.peek_at(2);
        let (t, n) = match (c, c1, c2) {
            (b'*', b'*', b'=') => (Tok::DoubleStarEqual, 3),
            (b'/', b'/', b'=') => (Tok::DoubleSlashEqual, 3),
            (b'<', b'<', b'=') => (Tok::LeftShiftEqual, 3),
            (b'>', b'>', b'=') => (Tok::RightShiftEqual, 3),
            (b'.', b'.', b'.') => (Tok::Ellipsis, 3),
            (b'*', b'*', _) => (Tok::DoubleStar, 2),
            (b'/', b'/', _) => (Tok::DoubleSlash, 2),
            (b'<', b'<', _) => (Tok::LeftShift, 2),
            (b'>', b'>', _) => (Tok::RightShift, 2),
            (b'=', b'=', _) => (Tok::EqEqual, 2),
            (b'!', b'=', _) => (Tok::NotEqual, 2),
            (b'<', b'>', _) => return Err(self.err_here("invalid syntax")),
            (b'<', b'=', _) => (Tok::LessEqual, 2),
            (b'>', b'=', _) => (Tok::GreaterEqual, 2),
            (b'-', b'>', _) => (Tok::RArrow, 2),
            (b':', b'=', _) => (Tok::ColonEqual, 2),
            (b'+', b'=', _) => (Tok::PlusEqual, 2),
            (b'-', b'=', _) => (Tok::MinEqual, 2),
            (b'*', b'=', _) => (Tok::StarEqual, 2),
            (b'/', b'=', _) => (Tok::SlashEqual, 2),
            (b'%', b'=', _) => (Tok::PercentEqual, 2),
            (b'&', b'=', _) => (Tok::AmperEqual, 2),
            (b'|', b'=', _) => (Tok::VBarEqual, 2),
            (b'^', b'=', _) => (Tok::CircumflexEqual, 2),
            (b'@', b'=', _) => (Tok::AtEqual, 2),
            (b'(', _, _) => (Tok::LPar, 1),
            (b')', _, _) => (Tok::RPar, 1),
            (b'[', _, _) => (Tok::LSqb, 1),
            (b']', _, _) => (Tok::RSqb, 1),
            (b'{', _, _) => (Tok::LBrace, 1),
            (b'}', _, _) => (Tok::RBrace, 1),
            (b':', _, _) => (Tok::Colon, 1),
            (b',', _, _) => (Tok::Comma, 1),
            (b';', _, _) => (Tok::Semi, 1),
            (b'+', _, _) => (Tok::Plus, 1),
            (b'-', _, _) => (Tok::Minus, 1),
            (b'*', _, _) => (Tok::Star, 1),
            (b'/', _, _) => (Tok::Slash, 1),
            (b'|', _, _) => (Tok::VBar, 1),
            (b'&', _, _) => (Tok::Amper, 1),
            (b'<', _, _) => (Tok::Less, 1),
            (b'>', _, _) => (Tok::Greater, 1),
            (b'=', _, _) => (Tok::Equal, 1),
            (b'.', _, _) => (Tok::Dot, 1),
            (b'%', _, _) => (Tok::Percent, 1),
            (b'~', _, _) => (Tok::Tilde, 1),
            (b'^', _, _) => (Tok::CircumFlex, 1),
            (b'@', _, _) => (Tok::At, 1),
            (b'!', _, _) => (Tok::Exclamation, 1),
            _ => {
                let ch = self.src[self.pos..].chars().next().unwrap_or(' ');
                if ch.is_ascii() && !ch.is_ascii_control() {
                    return Err(self.err_here("invalid syntax"));
                }
                return Err(self.invalid_char(ch));
            }
        };
        self.pos += n;
        Ok(t)
    }
}

/// What a number literal is, for the messages about its end.
#[derive(Clone, Copy)]
enum NumberKind {
    Decimal,
    Imaginary,
    Radix(u32),
}

impl NumberKind {
    fn radix(self) -> u32 {
        match self {
            NumberKind::Radix(r) => r,
            _ => 10,
        }
    }
}

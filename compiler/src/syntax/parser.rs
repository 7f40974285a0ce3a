//! Recursive-descent parser: tokens to `ast::Module`.
//!
//! Expressions use one function per precedence level (binary operators by precedence
//! climbing). Assignment targets are parsed as expressions and validated afterwards.
//! F-string tokens are re-scanned here (`fstring.rs` logic lives in `parse_fstring`).

use super::ast::*;
use super::lexer::{Warning, tokenize, tokenize_fexpr};
use super::token::{Tok, Token};
use super::{SyntaxError, SyntaxErrorKind};

#[cfg(test)]
mod dump;
mod strings;
mod unicode_names;

/// Recursion budget. Each nested expression, statement block or pattern costs one unit.
/// Native builds parse on a thread with a large stack and allow what CPython's parser does
/// for the simplest nestings (`-` or `not` repeated ~5975 times); wasm allows what fits the
/// engine's stack.
#[cfg(not(target_arch = "wasm32"))]
const MAX_DEPTH: u32 = 5975;
#[cfg(target_arch = "wasm32")]
const MAX_DEPTH: u32 = 100;

/// How deep an expression tree may nest before compiling it is refused with CPython's
/// `RecursionError` ("maximum recursion depth exceeded during compilation"). Operator and
/// trailer chains (`a + b + c`, `a.b.c()`) are parsed in a loop but nest one tree level per
/// link, and the compiler (and dropping the tree) recurses once per level. Native builds
/// take what CPython 3.13 takes (its compiler stops at 10000 levels counting the root); a
/// wasm engine's stack is far smaller (about 500 KB in a browser worker), and 1000 levels
/// leave most of it to the code around the compiler.
#[cfg(not(target_arch = "wasm32"))]
const MAX_TREE_DEPTH: u32 = 9998;
#[cfg(target_arch = "wasm32")]
const MAX_TREE_DEPTH: u32 = 1000;

type PResult<T> = Result<T, SyntaxError>;

/// Stack a parse may take: `MAX_DEPTH` levels of the deepest-costing nesting (`lambda:`
/// repeated) measured 6 MB in a release build; unoptimised frames are several times larger.
#[cfg(not(target_arch = "wasm32"))]
const PARSE_STACK: usize = if cfg!(debug_assertions) { 128 << 20 } else { 32 << 20 };

/// Parses a module. On native targets a parse that could nest deeper than the current
/// thread's stack allows (a thread that did not declare its size, see stack_room.rs) runs
/// on a thread with a large stack, so deeply nested (but legal) code cannot overflow it.
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let roomy = super::stack_room::room().is_some_and(|room| room >= PARSE_STACK);
        if source.len() > 256 && !roomy {
            let r = std::thread::scope(|sc| {
                std::thread::Builder::new()
                    .stack_size(256 << 20)
                    .spawn_scoped(sc, || parse_module_here(source))
                    .ok()
                    .map(|h| h.join())
            });
            if let Some(Ok(r)) = r {
                return r;
            }
        }
    }
    parse_module_here(source)
}

/// Parses the input of `eval()`: one expression list (a bare tuple is allowed), surrounded by
/// optional whitespace and newlines.
pub fn parse_expression(source: &str) -> Result<Expr, SyntaxError> {
    let lexed = tokenize(source);
    if let Some(e) = lexed.error {
        return Err(e);
    }
    let toks = lexed.tokens;
    let mut p = Parser::new(source, toks);
    while matches!(p.peek(), Tok::Newline | Tok::Indent) {
        p.advance();
    }
    let e = p.star_expressions()?;
    while matches!(p.peek(), Tok::Newline | Tok::Dedent) {
        p.advance();
    }
    if p.peek() != Tok::EndMarker {
        return Err(p.invalid());
    }
    Ok(e)
}

fn parse_module_here(source: &str) -> Result<Module, SyntaxError> {
    let lexed = tokenize(source);
    if let Some(mut e) = lexed.error {
        // CPython's parser reads the statements before a tokenizer error, warning about
        // their strings, before the error stops it.
        let mut p = Parser::new(source, whole_lines(lexed.tokens));
        let mut body = Vec::new();
        while p.peek() != Tok::EndMarker && p.statement(&mut body).is_ok() {}
        e.warnings = in_source_order(lexed.warnings, p.warnings);
        return Err(e);
    }
    let mut p = Parser::new(source, lexed.tokens);
    let mut body = Vec::new();
    while p.peek() != Tok::EndMarker {
        if let Err(mut e) = p.statement(&mut body) {
            let mut lexer_warnings = lexed.warnings;
            // CPython reads on past most errors (looking for a tokenizer error to report
            // instead, or in its second pass), but not past an unexpected indent.
            if e.msg == "unexpected indent" {
                let at = byte_offset(source, e.line, e.col);
                lexer_warnings.retain(|w| (w.at as usize) < at);
            }
            e.warnings = in_source_order(lexer_warnings, std::mem::take(&mut p.warnings));
            return Err(e);
        }
    }
    Ok(Module { body, warnings: in_source_order(lexed.warnings, p.warnings) })
}

/// The byte offset of 1-based `line`, 0-based character `col` in `source`.
fn byte_offset(source: &str, line: u32, col: u32) -> usize {
    let start: usize = source.split_inclusive('\n').take(line.saturating_sub(1) as usize).map(str::len).sum();
    let rest = &source[start.min(source.len())..];
    start + rest.char_indices().nth(col as usize).map_or(rest.len(), |(i, _)| i)
}

/// The tokenizer's and the parser's warnings merged as CPython issues them: each where its
/// token (a number's start, a string's end) is read.
fn in_source_order(mut lexer: Vec<Warning>, parser: Vec<Warning>) -> Vec<(u32, String)> {
    lexer.extend(parser);
    lexer.sort_by_key(|w| w.at);
    lexer.into_iter().map(|w| (w.line, w.msg)).collect()
}

/// The tokens of the complete logical lines of a token stream cut short, with the blocks
/// still open closed and an end marker: a stream the parser takes like a whole module's.
fn whole_lines(mut toks: Vec<Token>) -> Vec<Token> {
    let cut = toks.iter().rposition(|t| t.kind == Tok::Newline).map_or(0, |i| i + 1);
    toks.truncate(cut);
    let depth = toks.iter().fold(0i64, |d, t| match t.kind {
        Tok::Indent => d + 1,
        Tok::Dedent => d - 1,
        _ => d,
    });
    let end = toks.last().map_or(
        Token { kind: Tok::EndMarker, start: 0, end: 0, line: 1, col: 0, end_line: 1, end_col: 0 },
        |t| Token {
            kind: Tok::EndMarker,
            start: t.end,
            end: t.end,
            line: t.end_line,
            col: t.end_col,
            end_line: t.end_line,
            end_col: t.end_col,
        },
    );
    toks.extend((0..depth.max(0)).map(|_| Token { kind: Tok::Dedent, ..end }));
    toks.push(end);
    toks
}

struct Parser<'a> {
    src: &'a str,
    /// Names of the parameter list being parsed (duplicate detection).
    param_names: Vec<String>,
    /// Position of the f-string token being re-scanned (for escape errors).
    fstr_pos: (u32, u32),
    toks: Vec<Token>,
    i: usize,
    depth: u32,
    fdepth: u32,
    /// SyntaxWarnings so far.
    warnings: Vec<Warning>,
    /// End (byte offset) of the f-string token being re-scanned: where CPython warns about
    /// the escapes of its literal parts.
    fstr_end: u32,
}

fn bx(e: Expr) -> Box<Expr> {
    Box::new(e)
}

fn tok_span(t: &Token) -> Span {
    Span::new(t.line, t.col, t.end_line, t.end_col)
}

impl<'a> Parser<'a> {
    fn new(src: &'a str, toks: Vec<Token>) -> Self {
        Parser {
            src,
            param_names: Vec::new(),
            fstr_pos: (0, 0),
            fstr_end: 0,
            toks,
            i: 0,
            depth: 0,
            fdepth: 0,
            warnings: Vec::new(),
        }
    }

    /// Notes the SyntaxWarning CPython's tokenizer gives a literal body with an unknown escape.
    /// `at` is the end of the literal's token, where CPython's parser issues the warning.
    fn check_escapes(&mut self, body: &str, bytes: bool, line: u32, at: u32) {
        if let Some(msg) = strings::invalid_escape(body, bytes) {
            self.warnings.push(Warning { at, line, msg });
        }
    }

    // ----- token helpers -----
    fn tok(&self) -> Token {
        self.toks[self.i.min(self.toks.len() - 1)]
    }
    fn peek(&self) -> Tok {
        self.tok().kind
    }
    fn peek_n(&self, n: usize) -> Tok {
        self.toks[(self.i + n).min(self.toks.len() - 1)].kind
    }
    fn advance(&mut self) -> Token {
        let t = self.tok();
        if self.i < self.toks.len() - 1 {
            self.i += 1;
        }
        t
    }
    fn eat(&mut self, k: Tok) -> bool {
        if self.peek() == k {
            self.advance();
            true
        } else {
            false
        }
    }
    fn text(&self, t: &Token) -> &'a str {
        &self.src[t.start as usize..t.end as usize]
    }
    fn is_name(&self, s: &str) -> bool {
        let t = self.tok();
        t.kind == Tok::Name && self.text(&t) == s
    }
    fn prev(&self) -> Token {
        self.toks[self.i.saturating_sub(1)]
    }
    fn start(&self) -> (u32, u32) {
        let t = self.tok();
        (t.line, t.col)
    }
    fn finish(&self, s: (u32, u32)) -> Span {
        let p = self.prev();
        Span::new(s.0, s.1, p.end_line, p.end_col)
    }
    fn mk(&self, kind: ExprKind, s: (u32, u32)) -> Expr {
        Expr { kind, span: self.finish(s) }
    }

    // ----- errors -----
    fn err_tok(&self, msg: impl Into<String>, t: &Token) -> SyntaxError {
        let mut e = SyntaxError::new(msg, t.line, t.col, t.end_col);
        if t.end_line != t.line {
            e.end_col = t.col + 1;
        }
        if t.kind == Tok::Indent && e.msg == "invalid syntax" {
            e.msg = "unexpected indent".into();
            e.kind = SyntaxErrorKind::IndentationError;
        } else if t.kind == Tok::Dedent && e.msg == "invalid syntax" {
            e.msg = "unexpected unindent".into();
            e.kind = SyntaxErrorKind::IndentationError;
        }
        e
    }
    fn err_here(&self, msg: impl Into<String>) -> SyntaxError {
        let t = self.tok();
        self.err_tok(msg, &t)
    }
    fn err_span(&self, msg: impl Into<String>, s: Span) -> SyntaxError {
        SyntaxError::new(msg, s.line, s.col, if s.end_line == s.line { s.end_col } else { s.col + 1 })
    }
    fn invalid(&self) -> SyntaxError {
        self.err_here("invalid syntax")
    }
    fn expect(&mut self, k: Tok) -> PResult<Token> {
        if self.peek() == k { Ok(self.advance()) } else { Err(self.invalid()) }
    }
    fn expect_colon(&mut self) -> PResult<()> {
        if self.eat(Tok::Colon) {
            Ok(())
        } else if matches!(self.peek(), Tok::Newline | Tok::EndMarker) || self.peek() != Tok::Colon {
            // CPython reports "expected ':'" at the token after the header
            let p = self.prev();
            if self.peek() == Tok::Newline || self.peek() == Tok::EndMarker {
                Err(SyntaxError::new("expected ':'", p.end_line, p.end_col, p.end_col + 1))
            } else {
                Err(self.invalid())
            }
        } else {
            Err(self.invalid())
        }
    }
    fn name(&mut self) -> PResult<String> {
        let t = self.tok();
        if t.kind == Tok::Name {
            self.advance();
            Ok(self.text(&t).to_string())
        } else {
            Err(self.invalid())
        }
    }
    /// Levels a chain link adds below `e`: the length of its left spine (`a.b` in `a.b.c`,
    /// `a + b` in `a + b + c`), walked once when a chain starts on an already nested operand.
    fn spine_len(e: &Expr) -> u32 {
        let mut n = 0;
        let mut cur = e;
        loop {
            cur = match &cur.kind {
                ExprKind::BinOp { left, .. } => left,
                ExprKind::Attribute { value, .. } | ExprKind::Subscript { value, .. } => value,
                ExprKind::Call { func, .. } => func,
                _ => return n,
            };
            n += 1;
        }
    }

    /// One more link on a chain whose tree is `levels` deep below the current nesting.
    fn chain_link(&self, levels: u32) -> PResult<()> {
        if self.depth.saturating_add(levels) > MAX_TREE_DEPTH {
            let t = self.tok();
            let mut e =
                SyntaxError::new("maximum recursion depth exceeded during compilation", t.line, t.col, t.end_col);
            e.kind = SyntaxErrorKind::RecursionError;
            return Err(e);
        }
        Ok(())
    }

    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            // More than 200 open brackets is the lexer's "too many nested parentheses"; any
            // other nesting this deep is what CPython's parser refuses as too complex.
            let mut e = self.err_here("Parser stack overflowed - Python source too complex to parse");
            e.kind = SyntaxErrorKind::MemoryError;
            return Err(e);
        }
        Ok(())
    }

    // ----- statements -----
    fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        self.enter()?;
        let r = self.statement_inner(out);
        self.depth -= 1;
        r
    }

    /// The wasm engine compiles a function whole on its first call, and every program runs
    /// this one: the statements a short program may not have are parsed by functions kept out
    /// of line (`#[inline(never)]`), so a start-up compiles only what it parses.
    fn statement_inner(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let t = self.tok();
        match t.kind {
            Tok::Indent => {
                let mut e = self.err_tok("unexpected indent", &t);
                e.col = t.end_col.saturating_sub(1);
                e.kind = SyntaxErrorKind::IndentationError;
                return Err(e);
            }
            Tok::Def | Tok::Class | Tok::At => {
                let s = self.decorated()?;
                out.push(s);
            }
            Tok::If => {
                let s = self.if_stmt()?;
                out.push(s);
            }
            Tok::While => {
                let s = self.while_stmt()?;
                out.push(s);
            }
            Tok::For => {
                let s = self.for_stmt(false, self.start())?;
                out.push(s);
            }
            Tok::With => {
                let s = self.with_stmt(false, self.start())?;
                out.push(s);
            }
            Tok::Try => {
                let s = self.try_stmt()?;
                out.push(s);
            }
            Tok::Async => {
                let st = self.start();
                self.advance();
                let s = match self.peek() {
                    Tok::Def => self.funcdef(Vec::new(), true, st)?,
                    Tok::For => self.for_stmt(true, st)?,
                    Tok::With => self.with_stmt(true, st)?,
                    _ => return Err(self.invalid()),
                };
                out.push(s);
            }
            Tok::Name if self.is_name("match") => {
                if let Some(s) = self.try_match()? {
                    out.push(s);
                } else {
                    self.simple_stmts(out)?;
                }
            }
            _ => self.simple_stmts(out)?,
        }
        Ok(())
    }

    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let s = self.simple_stmt()?;
            out.push(s);
            if self.eat(Tok::Semi) {
                if matches!(self.peek(), Tok::Newline | Tok::EndMarker) {
                    break;
                }
                continue;
            }
            break;
        }
        if !self.eat(Tok::Newline) && self.peek() != Tok::EndMarker {
            return Err(self.invalid());
        }
        Ok(())
    }

    /// A block after a compound statement header (the `:` already consumed).
    fn block(&mut self, what: &str, line: u32) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if self.eat(Tok::Newline) {
            if !self.eat(Tok::Indent) {
                let t = self.tok();
                let mut e = self.err_tok(format!("expected an indented block after {} on line {}", what, line), &t);
                e.kind = SyntaxErrorKind::IndentationError;
                return Err(e);
            }
            while !matches!(self.peek(), Tok::Dedent | Tok::EndMarker) {
                self.statement(&mut body)?;
            }
            self.eat(Tok::Dedent);
        } else {
            if matches!(self.peek(), Tok::EndMarker) {
                return Err(self.invalid());
            }
            self.simple_stmts(&mut body)?;
        }
        Ok(body)
    }

    fn stmt_end(&self, s: (u32, u32), body: &[Stmt]) -> Span {
        match body.last() {
            Some(b) => Span::new(s.0, s.1, b.span.end_line, b.span.end_col),
            None => self.finish(s),
        }
    }

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let s = self.start();
        let t = self.tok();
        let kind = match t.kind {
            Tok::Pass => {
                self.advance();
                StmtKind::Pass
            }
            Tok::Break => {
                self.advance();
                StmtKind::Break
            }
            Tok::Continue => {
                self.advance();
                StmtKind::Continue
            }
            Tok::Return => {
                self.advance();
                if self.at_simple_end() {
                    StmtKind::Return(None)
                } else {
                    StmtKind::Return(Some(self.star_expressions()?))
                }
            }
            Tok::Global | Tok::Nonlocal => {
                self.advance();
                let mut names = vec![self.name()?];
                while self.eat(Tok::Comma) {
                    names.push(self.name()?);
                }
                if t.kind == Tok::Global { StmtKind::Global(names) } else { StmtKind::Nonlocal(names) }
            }
            Tok::Del => {
                self.advance();
                let mut targets = Vec::new();
                loop {
                    let e = self.star_target()?;
                    self.check_del(&e)?;
                    targets.push(e);
                    if !self.eat(Tok::Comma) || self.at_simple_end() {
                        break;
                    }
                }
                StmtKind::Delete(targets)
            }
            Tok::Assert => {
                self.advance();
                let test = self.expression()?;
                let msg = if self.eat(Tok::Comma) { Some(self.expression()?) } else { None };
                StmtKind::Assert { test, msg }
            }
            Tok::Raise => {
                self.advance();
                if self.at_simple_end() {
                    StmtKind::Raise { exc: None, cause: None }
                } else {
                    let exc = self.expression()?;
                    let cause = if self.eat(Tok::From) { Some(self.expression()?) } else { None };
                    StmtKind::Raise { exc: Some(exc), cause }
                }
            }
            Tok::Import => self.import_names()?,
            Tok::From => self.import_from()?,
            Tok::Name
                if self.is_name("type")
                    && self.peek_n(1) == Tok::Name
                    && matches!(self.peek_n(2), Tok::Equal | Tok::LSqb) =>
            {
                self.type_alias()?
            }
            Tok::Name
                if self.is_name("print")
                    && matches!(self.peek_n(1), Tok::String | Tok::Number | Tok::Name | Tok::FString) =>
            {
                return self.legacy_print(&t);
            }
            _ => return self.expr_stmt(),
        };
        Ok(Stmt { kind, span: self.finish(s) })
    }

    fn at_simple_end(&self) -> bool {
        matches!(self.peek(), Tok::Newline | Tok::Semi | Tok::EndMarker)
    }

    fn dotted_name(&mut self) -> PResult<String> {
        let mut n = self.name()?;
        while self.eat(Tok::Dot) {
            n.push('.');
            n.push_str(&self.name()?);
        }
        Ok(n)
    }

    /// `type X[T] = value` after `type` was seen (see `statement_inner`).
    #[inline(never)]
    fn type_alias(&mut self) -> PResult<StmtKind> {
        self.advance();
        let name = self.name()?;
        let type_params = if self.peek() == Tok::LSqb { self.type_params()? } else { Vec::new() };
        self.expect(Tok::Equal)?;
        let value = self.expression()?;
        Ok(StmtKind::TypeAlias { name, type_params, value })
    }

    /// A statement starting `print <value>`: CPython's legacy-print error when it is Python 2's
    /// print statement, else an expression statement (see `statement_inner`).
    #[inline(never)]
    fn legacy_print(&mut self, t: &Token) -> PResult<Stmt> {
        let save = self.i;
        let depth0 = self.depth;
        self.advance();
        let e = self.expression();
        self.depth = depth0;
        let ok = e.is_ok() && self.at_simple_end();
        self.i = save;
        if ok {
            // reproduce CPython's legacy print message
            self.advance();
            let _ = self.expression();
            let end = self.prev();
            return Err(SyntaxError::new(
                "Missing parentheses in call to 'print'. Did you mean print(...)?",
                t.line,
                t.col,
                end.end_col,
            ));
        }
        self.expr_stmt()
    }

    /// `import a.b [as c], ...` after its keyword's token.
    #[inline(never)] // see `statement_inner`
    fn import_names(&mut self) -> PResult<StmtKind> {
        self.advance();
        if self.at_simple_end() {
            return Err(self.err_here("Expected one or more names after 'import'"));
        }
        let mut names = Vec::new();
        loop {
            let st = self.start();
            let name = self.dotted_name()?;
            let asname = if self.eat(Tok::As) { Some(self.name()?) } else { None };
            names.push(Alias { name, asname, span: self.finish(st) });
            if !self.eat(Tok::Comma) {
                break;
            }
        }
        Ok(StmtKind::Import(names))
    }

    #[inline(never)] // see `statement_inner`
    fn import_from(&mut self) -> PResult<StmtKind> {
        self.advance();
        let mut level = 0;
        loop {
            match self.peek() {
                Tok::Dot => level += 1,
                Tok::Ellipsis => level += 3,
                _ => break,
            }
            self.advance();
        }
        let module = if self.peek() == Tok::Name { Some(self.dotted_name()?) } else { None };
        if module.is_none() && level == 0 {
            return Err(self.invalid());
        }
        self.expect(Tok::Import)?;
        let mut names = Vec::new();
        if self.at_simple_end() {
            return Err(self.err_here("Expected one or more names after 'import'"));
        }
        if self.peek() == Tok::Star {
            let t = self.advance();
            names.push(Alias { name: "*".into(), asname: None, span: tok_span(&t) });
        } else {
            let paren = self.eat(Tok::LPar);
            loop {
                let st = self.start();
                let name = self.name()?;
                let asname = if self.eat(Tok::As) { Some(self.name()?) } else { None };
                names.push(Alias { name, asname, span: self.finish(st) });
                if !self.eat(Tok::Comma) {
                    break;
                }
                if paren && self.peek() == Tok::RPar {
                    break;
                }
                if !paren && self.at_simple_end() {
                    return Err(self.err_here("trailing comma not allowed without surrounding parentheses"));
                }
            }
            if paren {
                self.expect(Tok::RPar)?;
            }
        }
        Ok(StmtKind::ImportFrom { module, names, level })
    }

    fn expr_stmt(&mut self) -> PResult<Stmt> {
        let s = self.start();
        let first_kind = self.peek();
        let first = if self.peek() == Tok::Yield { self.yield_expr()? } else { self.star_expressions()? };
        let t = self.tok();
        if t.kind == Tok::Colon {
            // annotated assignment
            self.check_ann_target(&first)?;
            self.advance();
            let annotation = self.expression()?;
            let value = if self.eat(Tok::Equal) {
                Some(if self.peek() == Tok::Yield { self.yield_expr()? } else { self.star_expressions()? })
            } else {
                None
            };
            let simple = matches!(first.kind, ExprKind::Name(_)) && first_kind != Tok::LPar;
            return Ok(Stmt {
                kind: StmtKind::AnnAssign { target: first, annotation, value, simple },
                span: self.finish(s),
            });
        }
        if let Some(op) = t.kind.aug_op() {
            self.check_aug_target(&first)?;
            self.advance();
            let value = if self.peek() == Tok::Yield { self.yield_expr()? } else { self.star_expressions()? };
            return Ok(Stmt { kind: StmtKind::AugAssign { target: first, op, value }, span: self.finish(s) });
        }
        if t.kind == Tok::Equal {
            let mut targets = vec![first];
            let mut value;
            loop {
                self.advance();
                value = if self.peek() == Tok::Yield { self.yield_expr()? } else { self.star_expressions()? };
                if let ExprKind::Starred(_) = value.kind {
                    return Err(self.err_span("can't use starred expression here", value.span));
                }
                if self.peek() != Tok::Equal {
                    break;
                }
                targets.push(value);
            }
            let single = targets.len() == 1;
            for tg in &targets {
                self.check_target(tg, single)?;
            }
            return Ok(Stmt { kind: StmtKind::Assign { targets, value }, span: self.finish(s) });
        }
        if !self.at_simple_end() {
            return Err(self.juxtaposed_error(&first));
        }
        if let ExprKind::Starred(_) = first.kind {
            return Err(self.err_span("can't use starred expression here", first.span));
        }
        Ok(Stmt { kind: StmtKind::Expr(first), span: self.finish(s) })
    }

    /// Error for an expression followed by something unexpected.
    fn juxtaposed_error(&self, _prev: &Expr) -> SyntaxError {
        let t = self.tok();
        if t.kind == Tok::ColonEqual {
            return self.invalid();
        }
        self.invalid()
    }

    /// `[T, *Ts, **P]` after a name, with CPython's checks (non-empty, no duplicates,
    /// defaults last, bounds only on TypeVars).
    fn type_params(&mut self) -> PResult<Vec<TypeParam>> {
        let open = self.expect(Tok::LSqb)?;
        let mut params: Vec<TypeParam> = Vec::new();
        while self.peek() != Tok::RSqb {
            params.push(self.type_param()?);
            if !self.eat(Tok::Comma) {
                break;
            }
        }
        if params.is_empty() && self.peek() == Tok::RSqb {
            return Err(SyntaxError::new(
                "Type parameter list cannot be empty",
                open.line,
                open.end_col,
                open.end_col + 1,
            ));
        }
        self.expect(Tok::RSqb)?;
        let mut seen_default = false;
        for (i, p) in params.iter().enumerate() {
            if params[..i].iter().any(|q| q.name == p.name) {
                return Err(self.err_span(format!("duplicate type parameter '{}'", p.name), p.span));
            }
            if p.default.is_some() {
                seen_default = true;
            } else if seen_default {
                let msg = format!("non-default type parameter '{}' follows default type parameter", p.name);
                return Err(self.err_span(msg, p.span));
            }
        }
        Ok(params)
    }

    fn type_param(&mut self) -> PResult<TypeParam> {
        let s = self.start();
        let kind = if self.eat(Tok::Star) {
            TypeParamKind::TypeVarTuple
        } else if self.eat(Tok::DoubleStar) {
            TypeParamKind::ParamSpec
        } else {
            TypeParamKind::TypeVar
        };
        let name = self.name()?;
        let mut span = self.finish(s);
        let mut bound = None;
        if self.peek() == Tok::Colon {
            let colon = self.start();
            self.advance();
            let b = self.expression()?;
            let what = match kind {
                TypeParamKind::TypeVar => None,
                TypeParamKind::TypeVarTuple => Some("TypeVarTuple"),
                TypeParamKind::ParamSpec => Some("ParamSpec"),
            };
            if let Some(what) = what {
                return Err(self.err_span(format!("cannot use bound with {what}"), self.finish(colon)));
            }
            bound = Some(b);
        }
        let mut default = None;
        if self.eat(Tok::Equal) {
            let d = self.start();
            default = Some(if kind == TypeParamKind::TypeVarTuple && self.eat(Tok::Star) {
                let value = self.bitwise_or()?;
                self.mk(ExprKind::Starred(Box::new(value)), d)
            } else {
                self.expression()?
            });
        }
        if bound.is_some() || default.is_some() {
            span = Span { end_line: self.prev().end_line, end_col: self.prev().end_col, ..span };
        }
        Ok(TypeParam { kind, name, bound, default, span })
    }

    #[inline(never)] // see `statement_inner`
    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat(Tok::At) {
            let d = self.named_expression()?;
            self.equals_hint(&d)?;
            decorators.push(d);
            if !self.eat(Tok::Newline) {
                return Err(self.invalid());
            }
        }
        let s = self.start();
        match self.peek() {
            Tok::Def => self.funcdef(decorators, false, s),
            Tok::Async if self.peek_n(1) == Tok::Def => {
                self.advance();
                self.funcdef(decorators, true, s)
            }
            Tok::Class => self.classdef(decorators),
            _ => Err(self.invalid()),
        }
    }

    fn funcdef(&mut self, decorators: Vec<Expr>, is_async: bool, s: (u32, u32)) -> PResult<Stmt> {
        let def = self.expect(Tok::Def)?;
        let name = self.name()?;
        let type_params = if self.peek() == Tok::LSqb { self.type_params()? } else { Vec::new() };
        if self.peek() != Tok::LPar {
            return Err(self.err_here("expected '('"));
        }
        self.advance();
        let args = self.parameters(Tok::RPar)?;
        self.expect(Tok::RPar)?;
        let returns = if self.eat(Tok::RArrow) { Some(self.expression()?) } else { None };
        self.expect_colon()?;
        let body = self.block("function definition", def.line)?;
        let span = self.stmt_end(s, &body);
        Ok(Stmt {
            kind: StmtKind::FunctionDef(Box::new(FunctionDef {
                name,
                args,
                body,
                decorators,
                returns,
                is_async,
                type_params,
            })),
            span,
        })
    }

    fn classdef(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let s = self.start();
        let ct = self.advance();
        let name = self.name()?;
        let type_params = if self.peek() == Tok::LSqb { self.type_params()? } else { Vec::new() };
        let (mut bases, mut keywords) = (Vec::new(), Vec::new());
        if self.eat(Tok::LPar) {
            let (a, k) = self.call_args()?;
            if let Some(g) = a.iter().find(|x| matches!(x.kind, ExprKind::GeneratorExp { .. })) {
                // CPython points at the `for`
                let sp = g.span;
                let src_line = self.src.lines().nth(sp.line as usize - 1).unwrap_or("");
                let from = src_line.char_indices().nth(sp.col as usize).map(|x| x.0).unwrap_or(0);
                let col = src_line[from..]
                    .find(" for")
                    .map(|i| src_line[..from + i + 1].chars().count())
                    .unwrap_or(sp.col as usize);
                return Err(SyntaxError::new("invalid syntax", sp.line, col as u32, col as u32 + 3));
            }
            bases = a;
            keywords = k;
        }
        self.expect_colon()?;
        let body = self.block("class definition", ct.line)?;
        let span = self.stmt_end(s, &body);
        Ok(Stmt {
            kind: StmtKind::ClassDef(Box::new(ClassDef { name, bases, keywords, body, decorators, type_params })),
            span,
        })
    }

    /// Parameters up to (not including) `close` (`)` for def, `:` for lambda).
    fn parameters(&mut self, close: Tok) -> PResult<Arguments> {
        let annotations = close == Tok::RPar;
        let outer_names = std::mem::take(&mut self.param_names);
        let r = self.parameters_inner(close, annotations);
        self.param_names = outer_names;
        r
    }

    fn parameters_inner(&mut self, close: Tok, annotations: bool) -> PResult<Arguments> {
        let mut a = Arguments::default();
        let mut seen_default = false;
        let mut seen_star = false;
        let mut seen_slash = false;
        loop {
            if self.peek() == close {
                break;
            }
            let t = self.tok();
            match t.kind {
                Tok::Slash => {
                    if seen_slash {
                        return Err(self.err_here("/ may appear only once"));
                    }
                    if seen_star {
                        return Err(self.err_here("/ must be ahead of *"));
                    }
                    if a.args.is_empty() {
                        return Err(self.err_here("at least one argument must precede /"));
                    }
                    self.advance();
                    seen_slash = true;
                    a.posonlyargs = std::mem::take(&mut a.args);
                }
                Tok::Star => {
                    if seen_star {
                        return Err(self.err_here("* argument may appear only once"));
                    }
                    self.advance();
                    seen_star = true;
                    if self.peek() == Tok::Comma {
                        if matches!(self.peek_n(1), Tok::DoubleStar) || self.peek_n(1) == close {
                            return Err(self.err_tok("named arguments must follow bare *", &t));
                        }
                    } else if self.peek() == close {
                        return Err(self.err_tok("named arguments must follow bare *", &t));
                    } else {
                        let arg = self.param(annotations, true)?;
                        if self.peek() == Tok::Equal {
                            return Err(self.err_here("var-positional argument cannot have default value"));
                        }
                        a.vararg = Some(arg);
                    }
                }
                Tok::DoubleStar => {
                    self.advance();
                    let arg = self.param(annotations, false)?;
                    if self.peek() == Tok::Equal {
                        return Err(self.err_here("var-keyword argument cannot have default value"));
                    }
                    a.kwarg = Some(arg);
                    self.eat(Tok::Comma);
                    if self.peek() != close {
                        return Err(self.err_here("arguments cannot follow var-keyword argument"));
                    }
                    break;
                }
                Tok::Name => {
                    let arg = self.param(annotations, false)?;
                    let default = if self.eat(Tok::Equal) {
                        if matches!(self.peek(), Tok::Comma | Tok::RPar | Tok::Colon) {
                            let eq = self.prev();
                            return Err(self.err_tok("expected default value expression", &eq));
                        }
                        Some(self.expression()?)
                    } else {
                        None
                    };
                    if seen_star {
                        a.kwonlyargs.push(arg);
                        a.kw_defaults.push(default);
                    } else {
                        match default {
                            Some(d) => {
                                seen_default = true;
                                a.defaults.push(d);
                            }
                            None if seen_default => {
                                return Err(self.err_span(
                                    "parameter without a default follows parameter with a default",
                                    arg.span,
                                ));
                            }
                            None => {}
                        }
                        a.args.push(arg);
                    }
                }
                _ => return Err(self.invalid()),
            }
            if !self.eat(Tok::Comma) {
                break;
            }
        }
        Ok(a)
    }

    fn param(&mut self, annotations: bool, star: bool) -> PResult<Arg> {
        let s = self.start();
        let name = self.name()?;
        if self.param_names.contains(&name) {
            return Err(self.err_span(format!("duplicate argument '{}' in function definition", name), self.finish(s)));
        }
        self.param_names.push(name.clone());
        let annotation = if annotations && self.eat(Tok::Colon) {
            Some(if star && self.peek() == Tok::Star { self.star_expression()? } else { self.expression()? })
        } else {
            None
        };
        Ok(Arg { name, annotation, span: self.finish(s) })
    }

    #[inline(never)] // see `statement_inner`
    fn if_stmt(&mut self) -> PResult<Stmt> {
        let s = self.start();
        let t = self.advance();
        let what = if t.kind == Tok::If { "'if' statement" } else { "'elif' statement" };
        let test = self.condition()?;
        self.expect_colon()?;
        let body = self.block(what, t.line)?;
        let orelse = if self.peek() == Tok::Elif { vec![self.if_stmt()?] } else { self.else_block()? };
        let span = self.stmt_end(s, if orelse.is_empty() { &body } else { &orelse });
        Ok(Stmt { kind: StmtKind::If { test, body, orelse }, span })
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if self.peek() == Tok::Else {
            let t = self.advance();
            self.expect_colon()?;
            self.block("'else' statement", t.line)
        } else {
            Ok(Vec::new())
        }
    }

    /// A named expression (the test of `if`/`elif`/`while`, a guard, a subscript) with CPython's
    /// hint for a stray `=`.
    fn condition(&mut self) -> PResult<Expr> {
        let e = self.named_expression()?;
        self.equals_hint(&e)?;
        Ok(e)
    }

    /// CPython's invalid_named_expression, for the places its grammar reads a named expression
    /// (conditions, display elements, groups, subscripts, decorators, guards): `a = b` there,
    /// not followed by another `=` or `:=`, gets the "Maybe you meant '=='" hint.
    fn equals_hint(&mut self, e: &Expr) -> PResult<()> {
        if self.peek() != Tok::Equal {
            return Ok(());
        }
        let assignable = match &e.kind {
            ExprKind::Name(_) => true,
            ExprKind::List(_)
            | ExprKind::ListComp { .. }
            | ExprKind::Tuple(_)
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Constant(Constant::True | Constant::False | Constant::None)
            | ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Starred(_) => return Ok(()),
            ExprKind::UnaryOp { op: UnaryOp::Not, .. } => return Ok(()),
            _ => false,
        };
        let (save, depth0) = (self.i, self.depth);
        self.advance();
        let rhs_end = self.bitwise_or().ok().map(|_| self.prev());
        let chained = matches!(self.peek(), Tok::Equal | Tok::ColonEqual);
        self.i = save;
        self.depth = depth0;
        let Some(end) = rhs_end else { return Ok(()) };
        if chained {
            return Ok(());
        }
        if !assignable {
            let msg = format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", Self::expr_name(e));
            return Err(self.err_span(msg, e.span));
        }
        let end_col = if end.end_line == e.span.line { end.end_col } else { e.span.col + 1 };
        Err(SyntaxError::new(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            e.span.line,
            e.span.col,
            end_col,
        ))
    }

    #[inline(never)] // see `statement_inner`
    fn while_stmt(&mut self) -> PResult<Stmt> {
        let s = self.start();
        let t = self.advance();
        let test = self.condition()?;
        self.expect_colon()?;
        let body = self.block("'while' statement", t.line)?;
        let orelse = self.else_block()?;
        let span = self.stmt_end(s, if orelse.is_empty() { &body } else { &orelse });
        Ok(Stmt { kind: StmtKind::While { test, body, orelse }, span })
    }

    fn for_stmt(&mut self, is_async: bool, s: (u32, u32)) -> PResult<Stmt> {
        let t = self.advance();
        let target = self.star_targets()?;
        if !self.eat(Tok::In) {
            return Err(self.invalid());
        }
        let iter = self.star_expressions()?;
        self.expect_colon()?;
        let body = self.block("'for' statement", t.line)?;
        let orelse = self.else_block()?;
        let span = self.stmt_end(s, if orelse.is_empty() { &body } else { &orelse });
        Ok(Stmt { kind: StmtKind::For { target, iter, body, orelse, is_async }, span })
    }

    fn star_targets(&mut self) -> PResult<Expr> {
        let s = self.start();
        let first = self.star_target()?;
        if self.peek() != Tok::Comma {
            self.check_target(&first, false)?;
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma) {
            if self.peek() == Tok::In || self.peek() == Tok::Equal {
                break;
            }
            elts.push(self.star_target()?);
        }
        let e = self.mk(ExprKind::Tuple(elts), s);
        self.check_target(&e, false)?;
        Ok(e)
    }

    fn star_target(&mut self) -> PResult<Expr> {
        let s = self.start();
        if self.eat(Tok::Star) {
            let v = self.star_target()?;
            return Ok(self.mk(ExprKind::Starred(bx(v)), s));
        }
        self.bitwise_or()
    }

    fn with_stmt(&mut self, is_async: bool, s: (u32, u32)) -> PResult<Stmt> {
        let t = self.advance();
        let mut items = Vec::new();
        let mut parsed = false;
        if self.peek() == Tok::LPar {
            // try the parenthesised form `with (a as b, c):`
            let save = self.i;
            let depth0 = self.depth;
            self.advance();
            let r: PResult<Vec<WithItem>> = (|| {
                let mut items = Vec::new();
                loop {
                    if self.peek() == Tok::RPar {
                        break;
                    }
                    items.push(self.with_item()?);
                    if !self.eat(Tok::Comma) {
                        break;
                    }
                }
                self.expect(Tok::RPar)?;
                if self.peek() != Tok::Colon {
                    return Err(self.invalid());
                }
                Ok(items)
            })();
            match r {
                Ok(v) if !v.is_empty() => {
                    items = v;
                    parsed = true;
                }
                _ => {
                    self.i = save;
                    self.depth = depth0;
                }
            }
        }
        if !parsed {
            loop {
                items.push(self.with_item()?);
                if !self.eat(Tok::Comma) {
                    break;
                }
            }
        }
        self.expect_colon()?;
        let body = self.block("'with' statement", t.line)?;
        let span = self.stmt_end(s, &body);
        Ok(Stmt { kind: StmtKind::With { items, body, is_async }, span })
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context_expr = self.expression()?;
        let optional_vars = if self.eat(Tok::As) {
            let e = self.star_target()?;
            self.check_target(&e, false)?;
            Some(e)
        } else {
            None
        };
        Ok(WithItem { context_expr, optional_vars })
    }

    #[inline(never)] // see `statement_inner`
    fn try_stmt(&mut self) -> PResult<Stmt> {
        let s = self.start();
        let t = self.advance();
        self.expect_colon()?;
        let body = self.block("'try' statement", t.line)?;
        let mut handlers = Vec::new();
        let mut is_star = false;
        while self.peek() == Tok::Except {
            let hs = self.start();
            let et = self.advance();
            let star = self.eat(Tok::Star);
            if handlers.is_empty() {
                is_star = star;
            } else if star != is_star {
                return Err(self.err_tok("cannot have both 'except' and 'except*' on the same 'try'", &et));
            }
            let (typ, name) = if self.peek() == Tok::Colon {
                if star {
                    return Err(self.err_here("expected one or more exception types"));
                }
                (None, None)
            } else {
                let e = self.expression()?;
                let e = if self.peek() == Tok::Comma {
                    let mut elts = vec![e];
                    while self.eat(Tok::Comma) {
                        if matches!(self.peek(), Tok::Colon | Tok::As) {
                            break;
                        }
                        elts.push(self.expression()?);
                    }
                    let sp = Span::new(elts[0].span.line, elts[0].span.col, self.prev().end_line, self.prev().end_col);
                    return Err(self.err_span("multiple exception types must be parenthesized", sp));
                } else {
                    e
                };
                let name = if self.eat(Tok::As) { Some(self.name()?) } else { None };
                (Some(e), name)
            };
            self.expect_colon()?;
            let what = if star { "'except*' statement" } else { "'except' statement" };
            let hbody = self.block(what, et.line)?;
            let span = self.stmt_end(hs, &hbody);
            handlers.push(ExceptHandler { typ, name, body: hbody, span });
        }
        let orelse = if !handlers.is_empty() { self.else_block()? } else { Vec::new() };
        let finalbody = if self.peek() == Tok::Finally {
            let ft = self.advance();
            self.expect_colon()?;
            self.block("'finally' statement", ft.line)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            return Err(self.err_here("expected 'except' or 'finally' block"));
        }
        let last = if !finalbody.is_empty() {
            &finalbody
        } else if !orelse.is_empty() {
            &orelse
        } else {
            &handlers.last().unwrap().body
        };
        let span = self.stmt_end(s, last);
        Ok(Stmt { kind: StmtKind::Try { body, handlers, orelse, finalbody, is_star }, span })
    }

    // ----- match -----
    #[inline(never)] // see `statement_inner`
    fn try_match(&mut self) -> PResult<Option<Stmt>> {
        let save = self.i;
        let depth0 = self.depth;
        let s = self.start();
        let mt = self.advance();
        if !starts_expr_kind(self.peek()) || self.peek() == Tok::Yield {
            self.i = save;
            return Ok(None);
        }
        let subject = match self.match_subject() {
            Ok(e) if self.peek() == Tok::Colon => e,
            _ => {
                self.i = save;
                self.depth = depth0;
                return Ok(None);
            }
        };
        self.advance();
        if !self.eat(Tok::Newline) {
            self.i = save;
            return Ok(None);
        }
        if !self.eat(Tok::Indent) {
            let mut e =
                self.err_here(format!("expected an indented block after 'match' statement on line {}", mt.line));
            e.kind = SyntaxErrorKind::IndentationError;
            return Err(e);
        }
        let mut cases = Vec::new();
        while self.is_name("case") {
            let ct = self.advance();
            let pattern = self.patterns()?;
            let guard = if self.eat(Tok::If) { Some(self.condition()?) } else { None };
            self.expect_colon()?;
            let body = self.block("'case' statement", ct.line)?;
            cases.push(MatchCase { pattern, guard, body });
        }
        if cases.is_empty() {
            return Err(self.invalid());
        }
        if !self.eat(Tok::Dedent) && self.peek() != Tok::EndMarker {
            return Err(self.invalid());
        }
        let span = self.stmt_end(s, &cases.last().unwrap().body);
        Ok(Some(Stmt { kind: StmtKind::Match { subject, cases }, span }))
    }

    fn match_subject(&mut self) -> PResult<Expr> {
        let s = self.start();
        let first = if self.peek() == Tok::Star { self.star_expression()? } else { self.named_expression()? };
        if self.peek() != Tok::Comma {
            if matches!(first.kind, ExprKind::Starred(_)) {
                return Err(self.invalid());
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma) {
            if self.peek() == Tok::Colon {
                break;
            }
            elts.push(if self.peek() == Tok::Star { self.star_expression()? } else { self.named_expression()? });
        }
        Ok(self.mk(ExprKind::Tuple(elts), s))
    }

    fn patterns(&mut self) -> PResult<Pattern> {
        let s = self.start();
        let first = self.maybe_star_pattern()?;
        if self.peek() != Tok::Comma {
            if matches!(first.kind, PatternKind::MatchStar(_)) {
                return Ok(Pattern { kind: PatternKind::MatchSequence(vec![first]), span: self.finish(s) });
            }
            return Ok(first);
        }
        let mut pats = vec![first];
        while self.eat(Tok::Comma) {
            if matches!(self.peek(), Tok::Colon | Tok::If) {
                break;
            }
            pats.push(self.maybe_star_pattern()?);
        }
        Ok(Pattern { kind: PatternKind::MatchSequence(pats), span: self.finish(s) })
    }

    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        let s = self.start();
        if self.eat(Tok::Star) {
            let n = self.name()?;
            let name = if n == "_" { None } else { Some(n) };
            return Ok(Pattern { kind: PatternKind::MatchStar(name), span: self.finish(s) });
        }
        self.pattern()
    }

    fn pattern(&mut self) -> PResult<Pattern> {
        self.enter()?;
        let r = self.pattern_inner();
        self.depth -= 1;
        r
    }

    fn pattern_inner(&mut self) -> PResult<Pattern> {
        let s = self.start();
        let first = self.closed_pattern()?;
        let mut p = if self.peek() == Tok::VBar {
            let mut alts = vec![first];
            while self.eat(Tok::VBar) {
                alts.push(self.closed_pattern()?);
            }
            Pattern { kind: PatternKind::MatchOr(alts), span: self.finish(s) }
        } else {
            first
        };
        while self.eat(Tok::As) {
            let t = self.tok();
            let n = self.name()?;
            if n == "_" {
                return Err(self.err_tok("cannot use '_' as a target", &t));
            }
            p = Pattern {
                kind: PatternKind::MatchAs { pattern: Some(Box::new(p)), name: Some(n) },
                span: self.finish(s),
            };
        }
        Ok(p)
    }

    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let s = self.start();
        let t = self.tok();
        let kind = match t.kind {
            Tok::None | Tok::True | Tok::False => {
                self.advance();
                PatternKind::MatchSingleton(match t.kind {
                    Tok::None => Constant::None,
                    Tok::True => Constant::True,
                    _ => Constant::False,
                })
            }
            Tok::Number | Tok::Minus => PatternKind::MatchValue(self.signed_number_pattern()?),
            Tok::String | Tok::FString => {
                let e = self.strings()?;
                if matches!(e.kind, ExprKind::JoinedStr(_)) {
                    return Err(self.err_span("patterns may only match literals and attribute lookups", e.span));
                }
                PatternKind::MatchValue(e)
            }
            Tok::Name => {
                let n = self.name()?;
                if self.peek() != Tok::Dot && self.peek() != Tok::LPar {
                    PatternKind::MatchAs { pattern: None, name: if n == "_" { None } else { Some(n) } }
                } else {
                    let mut e = self.mk(ExprKind::Name(n), s);
                    while self.eat(Tok::Dot) {
                        let a = self.name()?;
                        e = self.mk(ExprKind::Attribute { value: bx(e), attr: a }, s);
                    }
                    if self.eat(Tok::LPar) { self.class_pattern(e)? } else { PatternKind::MatchValue(e) }
                }
            }
            Tok::LPar => {
                self.advance();
                if self.eat(Tok::RPar) {
                    PatternKind::MatchSequence(Vec::new())
                } else {
                    let first = self.maybe_star_pattern()?;
                    if self.eat(Tok::RPar) {
                        if matches!(first.kind, PatternKind::MatchStar(_)) {
                            PatternKind::MatchSequence(vec![first])
                        } else {
                            // group pattern: keep the inner span
                            return Ok(first);
                        }
                    } else {
                        let mut pats = vec![first];
                        while self.eat(Tok::Comma) {
                            if self.peek() == Tok::RPar {
                                break;
                            }
                            pats.push(self.maybe_star_pattern()?);
                        }
                        self.expect(Tok::RPar)?;
                        PatternKind::MatchSequence(pats)
                    }
                }
            }
            Tok::LSqb => {
                self.advance();
                let mut pats = Vec::new();
                while self.peek() != Tok::RSqb {
                    pats.push(self.maybe_star_pattern()?);
                    if !self.eat(Tok::Comma) {
                        break;
                    }
                }
                self.expect(Tok::RSqb)?;
                PatternKind::MatchSequence(pats)
            }
            Tok::LBrace => {
                self.advance();
                let (mut keys, mut patterns, mut rest) = (Vec::new(), Vec::new(), None);
                while self.peek() != Tok::RBrace {
                    if self.eat(Tok::DoubleStar) {
                        rest = Some(self.name()?);
                        self.eat(Tok::Comma);
                        break;
                    }
                    let kt = self.tok();
                    let key = match kt.kind {
                        Tok::None | Tok::True | Tok::False => self.atom()?,
                        Tok::String | Tok::FString => self.strings()?,
                        Tok::Number | Tok::Minus => self.signed_number_pattern()?,
                        Tok::Name => {
                            let ks = self.start();
                            let n = self.name()?;
                            let mut e = self.mk(ExprKind::Name(n), ks);
                            if self.peek() != Tok::Dot {
                                return Err(self.invalid());
                            }
                            while self.eat(Tok::Dot) {
                                let a = self.name()?;
                                e = self.mk(ExprKind::Attribute { value: bx(e), attr: a }, ks);
                            }
                            e
                        }
                        _ => return Err(self.invalid()),
                    };
                    self.expect(Tok::Colon)?;
                    keys.push(key);
                    patterns.push(self.pattern()?);
                    if !self.eat(Tok::Comma) {
                        break;
                    }
                }
                self.expect(Tok::RBrace)?;
                PatternKind::MatchMapping { keys, patterns, rest }
            }
            _ => return Err(self.invalid()),
        };
        Ok(Pattern { kind, span: self.finish(s) })
    }

    fn class_pattern(&mut self, cls: Expr) -> PResult<PatternKind> {
        let (mut patterns, mut kwd_attrs, mut kwd_patterns) = (Vec::new(), Vec::new(), Vec::new());
        while self.peek() != Tok::RPar {
            if self.peek() == Tok::Name && self.peek_n(1) == Tok::Equal {
                kwd_attrs.push(self.name()?);
                self.advance();
                kwd_patterns.push(self.pattern()?);
            } else {
                let p = self.pattern()?;
                if !kwd_attrs.is_empty() {
                    return Err(self.err_span("positional patterns follow keyword patterns", p.span));
                }
                patterns.push(p);
            }
            if !self.eat(Tok::Comma) {
                break;
            }
        }
        self.expect(Tok::RPar)?;
        Ok(PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns })
    }

    fn signed_number_pattern(&mut self) -> PResult<Expr> {
        let s = self.start();
        let neg = self.eat(Tok::Minus);
        if self.peek() != Tok::Number {
            return Err(self.invalid());
        }
        let mut e = self.atom()?;
        if neg {
            e = self.mk(ExprKind::UnaryOp { op: UnaryOp::USub, operand: bx(e) }, s);
        }
        if matches!(self.peek(), Tok::Plus | Tok::Minus) {
            let op = if self.advance().kind == Tok::Plus { BinOp::Add } else { BinOp::Sub };
            if self.peek() != Tok::Number {
                return Err(self.invalid());
            }
            let r = self.atom()?;
            if !matches!(r.kind, ExprKind::Constant(Constant::Imag(_))) {
                return Err(self.err_span("imaginary number required in complex literal", r.span));
            }
            e = self.mk(ExprKind::BinOp { left: bx(e), op, right: bx(r) }, s);
        }
        Ok(e)
    }

    // ----- target validation -----
    fn expr_name(e: &Expr) -> &'static str {
        match &e.kind {
            ExprKind::Call { .. } => "function call",
            ExprKind::Constant(Constant::True) => "True",
            ExprKind::Constant(Constant::False) => "False",
            ExprKind::Constant(Constant::None) => "None",
            ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
            ExprKind::Constant(_) => "literal",
            ExprKind::JoinedStr(_) => "f-string expression",
            ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
            ExprKind::Compare { .. } => "comparison",
            ExprKind::Lambda { .. } => "lambda",
            ExprKind::IfExp { .. } => "conditional expression",
            ExprKind::NamedExpr { .. } => "named expression",
            ExprKind::Dict { .. } => "dict literal",
            ExprKind::Set(_) => "set display",
            ExprKind::ListComp { .. } => "list comprehension",
            ExprKind::SetComp { .. } => "set comprehension",
            ExprKind::DictComp { .. } => "dict comprehension",
            ExprKind::GeneratorExp { .. } => "generator expression",
            ExprKind::Await(_) => "await expression",
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
            ExprKind::Starred(_) => "starred",
            ExprKind::Name(_) => "name",
            ExprKind::Attribute { .. } => "attribute",
            ExprKind::Subscript { .. } => "subscript",
            ExprKind::List(_) => "list",
            ExprKind::Tuple(_) => "tuple",
            ExprKind::Slice { .. } => "slice",
        }
    }

    fn check_target(&self, e: &Expr, single: bool) -> PResult<()> {
        match &e.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            ExprKind::Starred(v) => self.check_target(v, false),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                for x in elts {
                    self.check_target(x, false)?;
                }
                Ok(())
            }
            _ => {
                let what = Self::expr_name(e);
                if let ExprKind::Yield(_) | ExprKind::YieldFrom(_) = e.kind {
                    return Err(self.err_span("assignment to yield expression not possible", e.span));
                }
                let plain = matches!(
                    e.kind,
                    ExprKind::Constant(Constant::True | Constant::False | Constant::None)
                        | ExprKind::GeneratorExp { .. }
                        | ExprKind::Yield(_)
                        | ExprKind::YieldFrom(_)
                        | ExprKind::NamedExpr { .. }
                        | ExprKind::Compare { .. }
                );
                let msg = if single && !plain {
                    format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", what)
                } else {
                    format!("cannot assign to {}", what)
                };
                Err(self.err_span(msg, e.span))
            }
        }
    }

    fn check_del(&self, e: &Expr) -> PResult<()> {
        match &e.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                for x in elts {
                    self.check_del(x)?;
                }
                Ok(())
            }
            _ => Err(self.err_span(format!("cannot delete {}", Self::expr_name(e)), e.span)),
        }
    }

    fn check_aug_target(&self, e: &Expr) -> PResult<()> {
        match &e.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            _ => Err(self.err_span(
                format!("'{}' is an illegal expression for augmented assignment", Self::expr_name(e)),
                e.span,
            )),
        }
    }

    fn check_ann_target(&self, e: &Expr) -> PResult<()> {
        match &e.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            ExprKind::Tuple(_) => Err(self.err_span("only single target (not tuple) can be annotated", e.span)),
            ExprKind::List(_) => Err(self.err_span("only single target (not list) can be annotated", e.span)),
            _ => Err(self.err_span("illegal target for annotation", e.span)),
        }
    }

    // ----- expressions -----
    /// `a, *b, c` (a tuple without parentheses) or a single expression.
    fn star_expressions(&mut self) -> PResult<Expr> {
        let s = self.start();
        let first = self.star_expression()?;
        if self.peek() != Tok::Comma {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma) {
            if !self.starts_expr() {
                break;
            }
            elts.push(self.star_expression()?);
        }
        Ok(self.mk(ExprKind::Tuple(elts), s))
    }

    fn starts_expr(&self) -> bool {
        starts_expr_kind(self.peek())
    }

    /// At a `*` where CPython's grammar tries a starred expression (call arguments, subscripts,
    /// a display's first element): no operand after it is "Invalid star expression".
    fn star_operand_check(&self) -> PResult<()> {
        let t = self.toks[(self.i + 1).min(self.toks.len() - 1)];
        if starts_expr_kind(t.kind) && !matches!(t.kind, Tok::Star | Tok::Yield) {
            Ok(())
        } else {
            Err(self.err_tok("Invalid star expression", &t))
        }
    }

    /// After `*a` / `**a` (started at `s`) where an argument is expected: `= b` there is an
    /// assignment CPython reports on the whole `*a = b`.
    fn unpack_assign_check(&mut self, s: (u32, u32), what: &str) -> PResult<()> {
        if self.peek() != Tok::Equal {
            return Ok(());
        }
        let (save, depth0) = (self.i, self.depth);
        self.advance();
        let valued = self.expression().is_ok();
        let end = self.prev();
        self.i = save;
        self.depth = depth0;
        if !valued {
            return Ok(());
        }
        let end_col = if end.end_line == s.0 { end.end_col } else { s.1 + 1 };
        Err(SyntaxError::new(format!("cannot assign to {what} argument unpacking"), s.0, s.1, end_col))
    }

    /// A display's first element or a subscript element, where `*` gets CPython's checks.
    fn starred_element(&mut self) -> PResult<Expr> {
        if self.peek() != Tok::Star {
            return self.star_named_expression();
        }
        self.star_operand_check()?;
        let s = self.start();
        let e = self.star_named_expression_raw()?;
        self.unpack_assign_check(s, "iterable")?;
        Ok(e)
    }

    fn star_expression(&mut self) -> PResult<Expr> {
        if self.peek() == Tok::Star {
            let s = self.start();
            self.advance();
            let v = self.bitwise_or()?;
            return Ok(self.mk(ExprKind::Starred(bx(v)), s));
        }
        self.expression()
    }

    fn star_named_expression(&mut self) -> PResult<Expr> {
        let e = self.star_named_expression_raw()?;
        self.equals_hint(&e)?;
        Ok(e)
    }

    /// For f-string fields, where `=` after the expression asks for its text.
    fn star_named_expression_raw(&mut self) -> PResult<Expr> {
        if self.peek() == Tok::Star {
            let s = self.start();
            self.advance();
            let v = self.bitwise_or()?;
            return Ok(self.mk(ExprKind::Starred(bx(v)), s));
        }
        self.named_expression()
    }

    fn named_expression(&mut self) -> PResult<Expr> {
        if self.peek() == Tok::Name && self.peek_n(1) == Tok::ColonEqual {
            let s = self.start();
            let n = self.name()?;
            let target = self.mk(ExprKind::Name(n), s);
            self.advance();
            let value = self.expression()?;
            return Ok(self.mk(ExprKind::NamedExpr { target: bx(target), value: bx(value) }, s));
        }
        let e = self.expression()?;
        if self.peek() == Tok::ColonEqual {
            return Err(
                self.err_span(format!("cannot use assignment expressions with {}", Self::expr_name(&e)), e.span)
            );
        }
        Ok(e)
    }

    fn expression(&mut self) -> PResult<Expr> {
        self.enter()?;
        let r = self.expression_inner();
        self.depth -= 1;
        r
    }

    fn expression_inner(&mut self) -> PResult<Expr> {
        if self.peek() == Tok::Lambda {
            return self.lambda();
        }
        let s = self.start();
        let body = self.disjunction()?;
        if self.peek() == Tok::If {
            self.advance();
            let test = self.disjunction()?;
            if self.peek() != Tok::Else {
                return Err(self.err_span("expected 'else' after 'if' expression", self.finish(s)));
            }
            self.advance();
            let orelse = self.expression()?;
            return Ok(self.mk(ExprKind::IfExp { test: bx(test), body: bx(body), orelse: bx(orelse) }, s));
        }
        Ok(body)
    }

    fn lambda(&mut self) -> PResult<Expr> {
        let s = self.start();
        self.advance();
        let args = self.parameters(Tok::Colon)?;
        if self.peek() != Tok::Colon {
            return Err(self.invalid());
        }
        self.advance();
        let body = self.expression()?;
        Ok(self.mk(ExprKind::Lambda { args: Box::new(args), body: bx(body) }, s))
    }

    fn disjunction(&mut self) -> PResult<Expr> {
        let s = self.start();
        let first = self.conjunction()?;
        if self.peek() != Tok::Or {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat(Tok::Or) {
            values.push(self.conjunction()?);
        }
        Ok(self.mk(ExprKind::BoolOp { op: BoolOp::Or, values }, s))
    }

    fn conjunction(&mut self) -> PResult<Expr> {
        let s = self.start();
        let first = self.inversion()?;
        if self.peek() != Tok::And {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat(Tok::And) {
            values.push(self.inversion()?);
        }
        Ok(self.mk(ExprKind::BoolOp { op: BoolOp::And, values }, s))
    }

    fn inversion(&mut self) -> PResult<Expr> {
        if self.peek() == Tok::Not {
            self.enter()?;
            let s = self.start();
            self.advance();
            let v = self.inversion()?;
            self.depth -= 1;
            return Ok(self.mk(ExprKind::UnaryOp { op: UnaryOp::Not, operand: bx(v) }, s));
        }
        self.comparison()
    }

    fn comparison(&mut self) -> PResult<Expr> {
        let s = self.start();
        let left = self.bitwise_or()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        loop {
            let op = match self.peek() {
                Tok::EqEqual => CmpOp::Eq,
                Tok::NotEqual => CmpOp::NotEq,
                Tok::Less => CmpOp::Lt,
                Tok::LessEqual => CmpOp::LtE,
                Tok::Greater => CmpOp::Gt,
                Tok::GreaterEqual => CmpOp::GtE,
                Tok::In => CmpOp::In,
                Tok::Is => {
                    if self.peek_n(1) == Tok::Not {
                        self.advance();
                        CmpOp::IsNot
                    } else {
                        CmpOp::Is
                    }
                }
                Tok::Not if self.peek_n(1) == Tok::In => {
                    self.advance();
                    CmpOp::NotIn
                }
                _ => break,
            };
            self.advance();
            ops.push(op);
            comparators.push(self.bitwise_or()?);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        Ok(self.mk(ExprKind::Compare { left: bx(left), ops, comparators }, s))
    }

    fn binop_of(k: Tok) -> Option<(BinOp, u8)> {
        Some(match k {
            Tok::VBar => (BinOp::BitOr, 1),
            Tok::CircumFlex => (BinOp::BitXor, 2),
            Tok::Amper => (BinOp::BitAnd, 3),
            Tok::LeftShift => (BinOp::LShift, 4),
            Tok::RightShift => (BinOp::RShift, 4),
            Tok::Plus => (BinOp::Add, 5),
            Tok::Minus => (BinOp::Sub, 5),
            Tok::Star => (BinOp::Mult, 6),
            Tok::Slash => (BinOp::Div, 6),
            Tok::DoubleSlash => (BinOp::FloorDiv, 6),
            Tok::Percent => (BinOp::Mod, 6),
            Tok::At => (BinOp::MatMult, 6),
            _ => return None,
        })
    }

    fn bitwise_or(&mut self) -> PResult<Expr> {
        self.binary(1)
    }

    /// Precedence climbing over the left-associative binary operators.
    fn binary(&mut self, min: u8) -> PResult<Expr> {
        let s = self.start();
        let mut left = self.factor()?;
        let mut levels = None;
        while let Some((op, prec)) = Self::binop_of(self.peek()) {
            if prec < min {
                break;
            }
            let n = levels.get_or_insert_with(|| Self::spine_len(&left));
            *n += 1;
            self.chain_link(*n)?;
            self.advance();
            let right = self.binary(prec + 1)?;
            left = self.mk(ExprKind::BinOp { left: bx(left), op, right: bx(right) }, s);
        }
        Ok(left)
    }

    fn factor(&mut self) -> PResult<Expr> {
        let op = match self.peek() {
            Tok::Plus => UnaryOp::UAdd,
            Tok::Minus => UnaryOp::USub,
            Tok::Tilde => UnaryOp::Invert,
            _ => return self.power(),
        };
        self.enter()?;
        let s = self.start();
        self.advance();
        let v = self.factor()?;
        self.depth -= 1;
        Ok(self.mk(ExprKind::UnaryOp { op, operand: bx(v) }, s))
    }

    fn power(&mut self) -> PResult<Expr> {
        let s = self.start();
        let base = if self.peek() == Tok::Await {
            self.advance();
            let v = self.primary()?;
            self.mk(ExprKind::Await(bx(v)), s)
        } else {
            self.primary()?
        };
        if self.eat(Tok::DoubleStar) {
            self.enter()?;
            let e = self.factor()?;
            self.depth -= 1;
            return Ok(self.mk(ExprKind::BinOp { left: bx(base), op: BinOp::Pow, right: bx(e) }, s));
        }
        Ok(base)
    }

    fn primary(&mut self) -> PResult<Expr> {
        let s = self.start();
        let mut e = self.atom()?;
        let mut levels = None;
        loop {
            if matches!(self.peek(), Tok::Dot | Tok::LPar | Tok::LSqb) {
                let n = levels.get_or_insert_with(|| Self::spine_len(&e));
                *n += 1;
                self.chain_link(*n)?;
            }
            match self.peek() {
                Tok::Dot => {
                    self.advance();
                    let attr = self.name()?;
                    e = self.mk(ExprKind::Attribute { value: bx(e), attr }, s);
                }
                Tok::LPar => {
                    self.advance();
                    let (args, keywords) = self.call_args()?;
                    e = self.mk(ExprKind::Call { func: bx(e), args, keywords }, s);
                }
                Tok::LSqb => {
                    self.advance();
                    let slice = self.slices()?;
                    self.expect(Tok::RSqb)?;
                    e = self.mk(ExprKind::Subscript { value: bx(e), slice: bx(slice) }, s);
                }
                _ => return Ok(e),
            }
        }
    }

    fn slices(&mut self) -> PResult<Expr> {
        let s = self.start();
        let first = self.slice()?;
        if self.peek() != Tok::Comma {
            if matches!(first.kind, ExprKind::Starred(_)) {
                return Ok(self.mk(ExprKind::Tuple(vec![first]), s));
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma) {
            if self.peek() == Tok::RSqb {
                break;
            }
            elts.push(self.slice()?);
        }
        Ok(self.mk(ExprKind::Tuple(elts), s))
    }

    fn slice(&mut self) -> PResult<Expr> {
        let s = self.start();
        if self.peek() == Tok::Star {
            return self.starred_element();
        }
        let lower = if self.peek() != Tok::Colon { Some(self.condition()?) } else { None };
        if self.peek() != Tok::Colon {
            return lower.ok_or_else(|| self.invalid());
        }
        self.advance();
        let upper = if !matches!(self.peek(), Tok::Colon | Tok::Comma | Tok::RSqb) {
            Some(bx(self.expression()?))
        } else {
            None
        };
        let step = if self.eat(Tok::Colon) {
            if !matches!(self.peek(), Tok::Comma | Tok::RSqb) { Some(bx(self.expression()?)) } else { None }
        } else {
            None
        };
        Ok(self.mk(ExprKind::Slice { lower: lower.map(bx), upper, step }, s))
    }

    /// Arguments of a call (after `(`); consumes the `)`.
    fn call_args(&mut self) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let open = self.prev();
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen_kw_unpack = false;
        let mut count = 0;
        while self.peek() != Tok::RPar {
            count += 1;
            let s = self.start();
            let t = self.tok();
            match t.kind {
                Tok::Star => {
                    self.star_operand_check()?;
                    self.advance();
                    let v = self.expression()?;
                    self.unpack_assign_check(s, "iterable")?;
                    let e = self.mk(ExprKind::Starred(bx(v)), s);
                    if matches!(self.peek(), Tok::For | Tok::Async) {
                        self.no_star_in_comp(&e)?;
                    }
                    if seen_kw_unpack {
                        let k = keywords.last().map(|k| k.span).unwrap_or(e.span);
                        return Err(SyntaxError::new(
                            "iterable argument unpacking follows keyword argument unpacking",
                            k.end_line,
                            k.end_col,
                            k.end_col + 1,
                        ));
                    }
                    args.push(e);
                }
                Tok::DoubleStar => {
                    self.advance();
                    let v = self.expression()?;
                    self.unpack_assign_check(s, "keyword")?;
                    seen_kw_unpack = true;
                    keywords.push(Keyword { arg: None, value: v, span: self.finish(s) });
                }
                Tok::Name if self.peek_n(1) == Tok::Equal => {
                    let n = self.name()?;
                    let eq = self.advance();
                    let name_eq = Span::new(s.0, s.1, eq.end_line, eq.end_col);
                    if matches!(self.peek(), Tok::Comma | Tok::RPar) {
                        return Err(self.err_span("expected argument value expression", name_eq));
                    }
                    let v = self.expression()?;
                    if matches!(self.peek(), Tok::For | Tok::Async) {
                        return Err(
                            self.err_span("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", name_eq)
                        );
                    }
                    keywords.push(Keyword { arg: Some(n), value: v, span: self.finish(s) });
                }
                _ => {
                    let e = self.named_expression()?;
                    if self.peek() == Tok::Equal {
                        let eq = self.tok();
                        let msg = if let ExprKind::Constant(Constant::True | Constant::False | Constant::None) = e.kind
                        {
                            format!("cannot assign to {}", Self::expr_name(&e))
                        } else {
                            "expression cannot contain assignment, perhaps you meant \"==\"?".to_string()
                        };
                        let span = Span::new(e.span.line, e.span.col, eq.end_line, eq.end_col);
                        return Err(self.err_span(msg, span));
                    }
                    let e = if matches!(self.peek(), Tok::For | Tok::Async) {
                        let gens = self.comprehension_clauses()?;
                        let span = if count == 1 && self.peek() == Tok::RPar {
                            let c = self.tok();
                            Span::new(open.line, open.col, c.end_line, c.end_col)
                        } else {
                            Span::new(e.span.line, e.span.col, self.prev().end_line, self.prev().end_col)
                        };
                        if count != 1 || self.peek() != Tok::RPar {
                            return Err(self.err_span("Generator expression must be parenthesized", span));
                        }
                        Expr { kind: ExprKind::GeneratorExp { elt: bx(e), generators: gens }, span }
                    } else {
                        e
                    };
                    if !keywords.is_empty() {
                        let msg = if seen_kw_unpack {
                            "positional argument follows keyword argument unpacking"
                        } else {
                            "positional argument follows keyword argument"
                        };
                        let end = e.span.end_col;
                        return Err(SyntaxError::new(msg, e.span.end_line, end, end + 1));
                    }
                    args.push(e);
                }
            }
            if !self.eat(Tok::Comma) {
                if self.peek() != Tok::RPar && self.starts_expr() {
                    let last = args.last().map(|a| a.span).or(keywords.last().map(|k| k.span)).unwrap();
                    let save = self.i;
                    let depth0 = self.depth;
                    let next_ok = self.expression().is_ok();
                    self.depth = depth0;
                    let end = self.prev();
                    self.i = save;
                    if next_ok {
                        return Err(SyntaxError::new(
                            "invalid syntax. Perhaps you forgot a comma?",
                            last.line,
                            last.col,
                            if end.end_line == last.line { end.end_col } else { last.col + 1 },
                        ));
                    }
                }
                break;
            }
        }
        if self.peek() != Tok::RPar {
            return Err(self.invalid());
        }
        self.advance();
        for (i, k) in keywords.iter().enumerate() {
            if let Some(name) = &k.arg
                && keywords[..i].iter().any(|o| o.arg.as_ref() == Some(name))
            {
                return Err(self.err_span(format!("keyword argument repeated: {}", name), k.span));
            }
        }
        Ok((args, keywords))
    }

    fn no_star_in_comp(&self, e: &Expr) -> PResult<()> {
        if let ExprKind::Starred(_) = e.kind {
            return Err(self.err_span("iterable unpacking cannot be used in comprehension", e.span));
        }
        Ok(())
    }

    fn comprehension_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut gens = Vec::new();
        loop {
            let is_async = if self.peek() == Tok::Async && self.peek_n(1) == Tok::For {
                self.advance();
                true
            } else {
                false
            };
            if !self.eat(Tok::For) {
                break;
            }
            let target = self.star_targets()?;
            if !self.eat(Tok::In) {
                return Err(self.invalid());
            }
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat(Tok::If) {
                ifs.push(self.disjunction()?);
            }
            gens.push(Comprehension { target, iter, ifs, is_async });
        }
        Ok(gens)
    }

    fn yield_expr(&mut self) -> PResult<Expr> {
        let s = self.start();
        self.advance();
        if self.eat(Tok::From) {
            let v = self.expression()?;
            return Ok(self.mk(ExprKind::YieldFrom(bx(v)), s));
        }
        if matches!(
            self.peek(),
            Tok::RPar | Tok::RSqb | Tok::RBrace | Tok::Newline | Tok::Semi | Tok::EndMarker | Tok::Equal | Tok::FStop
        ) || !self.starts_expr()
        {
            return Ok(self.mk(ExprKind::Yield(None), s));
        }
        let v = self.star_expressions()?;
        Ok(self.mk(ExprKind::Yield(Some(bx(v))), s))
    }

    fn atom(&mut self) -> PResult<Expr> {
        let s = self.start();
        let t = self.tok();
        let kind = match t.kind {
            Tok::Name => {
                self.advance();
                ExprKind::Name(self.text(&t).to_string())
            }
            Tok::None => {
                self.advance();
                ExprKind::Constant(Constant::None)
            }
            Tok::True => {
                self.advance();
                ExprKind::Constant(Constant::True)
            }
            Tok::False => {
                self.advance();
                ExprKind::Constant(Constant::False)
            }
            Tok::Ellipsis => {
                self.advance();
                ExprKind::Constant(Constant::Ellipsis)
            }
            Tok::Number => {
                self.advance();
                ExprKind::Constant(strings::parse_number(self.text(&t)))
            }
            Tok::String | Tok::FString => return self.strings(),
            Tok::LPar => return self.paren(),
            Tok::LSqb => {
                self.advance();
                if self.eat(Tok::RSqb) {
                    ExprKind::List(Vec::new())
                } else {
                    let first = self.starred_element()?;
                    if matches!(self.peek(), Tok::For | Tok::Async) {
                        self.no_star_in_comp(&first)?;
                        let generators = self.comprehension_clauses()?;
                        self.expect(Tok::RSqb)?;
                        ExprKind::ListComp { elt: bx(first), generators }
                    } else {
                        let elts = self.seq_rest(first, Tok::RSqb)?;
                        ExprKind::List(elts)
                    }
                }
            }
            Tok::LBrace => return self.brace(),
            Tok::Yield => return Err(self.invalid()),
            Tok::Star => {
                return Err(self.invalid());
            }
            _ => return Err(self.invalid()),
        };
        Ok(self.mk(kind, s))
    }

    /// Rest of a comma-separated display after its first element; consumes `close`.
    fn seq_rest(&mut self, first: Expr, close: Tok) -> PResult<Vec<Expr>> {
        let mut elts = vec![first];
        loop {
            if self.eat(close) {
                return Ok(elts);
            }
            if !self.eat(Tok::Comma) {
                return Err(self.comma_error(&elts));
            }
            if self.eat(close) {
                return Ok(elts);
            }
            elts.push(self.star_named_expression()?);
        }
    }

    fn comma_error(&mut self, elts: &[Expr]) -> SyntaxError {
        if self.starts_expr()
            && let Some(last) = elts.last()
        {
            let save = self.i;
            let depth0 = self.depth;
            let ok = self.expression().is_ok();
            self.depth = depth0;
            let end = self.prev();
            self.i = save;
            if ok {
                return SyntaxError::new(
                    "invalid syntax. Perhaps you forgot a comma?",
                    last.span.line,
                    last.span.col,
                    if end.end_line == last.span.line { end.end_col } else { last.span.col + 1 },
                );
            }
        }
        self.invalid()
    }

    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn paren(&mut self) -> PResult<Expr> {
        let s = self.start();
        self.advance();
        if self.eat(Tok::RPar) {
            return Ok(self.mk(ExprKind::Tuple(Vec::new()), s));
        }
        if self.peek() == Tok::Yield {
            let e = self.yield_expr()?;
            self.expect(Tok::RPar)?;
            return Ok(e);
        }
        let first = self.starred_element()?;
        if matches!(self.peek(), Tok::For | Tok::Async) {
            self.no_star_in_comp(&first)?;
            let generators = self.comprehension_clauses()?;
            self.expect(Tok::RPar)?;
            return Ok(self.mk(ExprKind::GeneratorExp { elt: bx(first), generators }, s));
        }
        if self.eat(Tok::RPar) {
            if matches!(first.kind, ExprKind::Starred(_)) {
                return Err(self.err_span("cannot use starred expression here", first.span));
            }
            return Ok(first);
        }
        if self.peek() != Tok::Comma {
            return Err(self.comma_error(std::slice::from_ref(&first)));
        }
        let elts = self.seq_rest(first, Tok::RPar)?;
        Ok(self.mk(ExprKind::Tuple(elts), s))
    }

    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn brace(&mut self) -> PResult<Expr> {
        let s = self.start();
        self.advance();
        if self.eat(Tok::RBrace) {
            return Ok(self.mk(ExprKind::Dict { keys: Vec::new(), values: Vec::new() }, s));
        }
        if self.eat(Tok::DoubleStar) {
            let v = self.bitwise_or()?;
            return self.dict_rest(None, v, s);
        }
        let first = self.starred_element()?;
        if self.eat(Tok::Colon) {
            let v = self.expression()?;
            if matches!(self.peek(), Tok::For | Tok::Async) {
                let generators = self.comprehension_clauses()?;
                self.expect(Tok::RBrace)?;
                return Ok(self.mk(ExprKind::DictComp { key: bx(first), value: bx(v), generators }, s));
            }
            return self.dict_rest(Some(first), v, s);
        }
        if matches!(self.peek(), Tok::For | Tok::Async) {
            self.no_star_in_comp(&first)?;
            let generators = self.comprehension_clauses()?;
            self.expect(Tok::RBrace)?;
            return Ok(self.mk(ExprKind::SetComp { elt: bx(first), generators }, s));
        }
        let elts = self.seq_rest(first, Tok::RBrace)?;
        Ok(self.mk(ExprKind::Set(elts), s))
    }

    fn dict_rest(&mut self, k: Option<Expr>, v: Expr, s: (u32, u32)) -> PResult<Expr> {
        let mut keys = vec![k];
        let mut values = vec![v];
        loop {
            if self.eat(Tok::RBrace) {
                break;
            }
            if !self.eat(Tok::Comma) {
                let last = values.last().cloned().into_iter().collect::<Vec<_>>();
                return Err(self.comma_error(&last));
            }
            if self.eat(Tok::RBrace) {
                break;
            }
            if self.eat(Tok::DoubleStar) {
                keys.push(None);
                values.push(self.bitwise_or()?);
            } else {
                let k = self.expression()?;
                if !self.eat(Tok::Colon) {
                    return Err(self.err_span("':' expected after dictionary key", k.span));
                }
                keys.push(Some(k));
                values.push(self.expression()?);
            }
        }
        Ok(self.mk(ExprKind::Dict { keys, values }, s))
    }

    // ----- strings -----
    /// One or more adjacent string tokens.
    fn strings(&mut self) -> PResult<Expr> {
        let s = self.start();
        let mut parts: Vec<FStringPart> = Vec::new();
        let mut any_f = false;
        let mut bytes: Option<bool> = None;
        let mut buf = String::new();
        let mut bbuf: Vec<u8> = Vec::new();
        while matches!(self.peek(), Tok::String | Tok::FString) {
            let t = self.advance();
            let text = self.text(&t);
            let info = strings::prefix_info(text);
            match bytes {
                None => bytes = Some(info.bytes),
                Some(b) if b != info.bytes => {
                    while matches!(self.peek(), Tok::String | Tok::FString) {
                        self.advance();
                    }
                    let e = self.prev();
                    return Err(SyntaxError::new(
                        "cannot mix bytes and nonbytes literals",
                        e.end_line,
                        e.end_col,
                        e.end_col + 1,
                    ));
                }
                _ => {}
            }
            if t.kind == Tok::FString {
                any_f = true;
                if !buf.is_empty() {
                    push_lit(&mut parts, std::mem::take(&mut buf));
                }
                self.fstring(&t, info, &mut parts)?;
            } else if info.bytes {
                strings::decode_bytes(text, info, &mut bbuf).map_err(|m| self.err_tok(m, &t))?;
                if !info.raw {
                    self.check_escapes(&text[info.body_start..text.len() - info.quote_len], true, t.line, t.end);
                }
            } else {
                let mut sbuf = String::new();
                let body = &text[info.body_start..text.len() - info.quote_len];
                strings::decode_str(body, info.raw, &mut sbuf).map_err(|m| self.err_tok(m, &t))?;
                if !info.raw {
                    self.check_escapes(body, false, t.line, t.end);
                }
                if any_f {
                    push_lit(&mut parts, sbuf);
                } else {
                    buf.push_str(&sbuf);
                }
            }
        }
        let kind = if bytes == Some(true) {
            ExprKind::Constant(Constant::Bytes(bbuf))
        } else if any_f {
            if !buf.is_empty() {
                push_lit(&mut parts, buf);
            }
            ExprKind::JoinedStr(parts)
        } else {
            ExprKind::Constant(Constant::Str(buf))
        };
        Ok(self.mk(kind, s))
    }

    /// Re-scans an f-string token into parts.
    fn fstring(&mut self, t: &Token, info: strings::PrefixInfo, parts: &mut Vec<FStringPart>) -> PResult<()> {
        if self.fdepth > 150 {
            return Err(self.err_tok("too many nested f-strings", t));
        }
        let body_start = t.start as usize + info.body_start;
        let body_end = t.end as usize - info.quote_len;
        self.fstr_pos = (t.line, t.col);
        self.fstr_end = t.end;
        // line bookkeeping for sub-lexers
        let mut line = t.line;
        let mut line_start = {
            // byte offset of the start of the token's line
            let before = &self.src[..t.start as usize];
            before.rfind('\n').map(|p| p + 1).unwrap_or(0)
        };
        let mut pos = body_start;
        self.fparts(&mut pos, body_end, &mut line, &mut line_start, info.raw, false, parts)?;
        Ok(())
    }

    /// Scans literal text and fields from `pos` up to `end` (or up to the `}` closing a format
    /// spec when `in_spec`).
    #[allow(clippy::too_many_arguments)]
    fn fparts(
        &mut self,
        pos: &mut usize,
        end: usize,
        line: &mut u32,
        line_start: &mut usize,
        raw: bool,
        in_spec: bool,
        parts: &mut Vec<FStringPart>,
    ) -> PResult<()> {
        let b = self.src.as_bytes();
        let mut lit_start = *pos;
        let mut lit = String::new();
        let flush = |this: &mut Self, from: usize, to: usize, line: u32, lit: &mut String| -> PResult<()> {
            if from < to {
                let src = this.src;
                strings::decode_str(&src[from..to], raw, lit)
                    .map_err(|m| SyntaxError::new(m, this.fstr_pos.0, this.fstr_pos.1, this.fstr_pos.1 + 1))?;
                if !raw {
                    this.check_escapes(&src[from..to], false, line, this.fstr_end);
                }
            }
            Ok(())
        };
        while *pos < end {
            let c = b[*pos];
            match c {
                b'\n' => {
                    *pos += 1;
                    *line += 1;
                    *line_start = *pos;
                }
                b'\\' => {
                    *pos += 1;
                    if *pos < end {
                        if b[*pos] == b'N' && !raw && *pos + 1 < end && b[*pos + 1] == b'{' {
                            while *pos < end && b[*pos] != b'}' {
                                *pos += 1;
                            }
                            *pos += 1;
                        } else if b[*pos] == b'{' || b[*pos] == b'}' {
                        } else {
                            if b[*pos] == b'\n' {
                                *line += 1;
                                *line_start = *pos + 1;
                            }
                            *pos += 1;
                        }
                    }
                }
                b'{' if !in_spec && *pos + 1 < end && b[*pos + 1] == b'{' => {
                    flush(self, lit_start, *pos + 1, *line, &mut lit)?;
                    *pos += 2;
                    lit_start = *pos;
                }
                b'}' if !in_spec && *pos + 1 < end && b[*pos + 1] == b'}' => {
                    flush(self, lit_start, *pos + 1, *line, &mut lit)?;
                    *pos += 2;
                    lit_start = *pos;
                }
                b'}' if in_spec => break,
                b'{' => {
                    flush(self, lit_start, *pos, *line, &mut lit)?;
                    *pos += 1;
                    self.ffield(pos, end, line, line_start, raw, &mut lit, parts)?;
                    lit_start = *pos;
                }
                _ => *pos += 1,
            }
        }
        flush(self, lit_start, (*pos).min(end), *line, &mut lit)?;
        if !lit.is_empty() {
            push_lit(parts, lit);
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn ffield(
        &mut self,
        pos: &mut usize,
        end: usize,
        line: &mut u32,
        line_start: &mut usize,
        raw: bool,
        lit: &mut String,
        parts: &mut Vec<FStringPart>,
    ) -> PResult<()> {
        let expr_start = *pos;
        // The field's `{` is the byte before its expression.
        let open = (*line, self.src[*line_start..expr_start].chars().count().saturating_sub(1) as u32);
        let (toks, _, p, l, ls) = tokenize_fexpr(self.src, *pos, *line, *line_start, self.fdepth + 1)?;
        let mut sub = Parser { depth: self.depth, fdepth: self.fdepth + 1, ..Parser::new(self.src, toks) };
        sub.fexpr_start_check()?;
        let parsed = if sub.peek() == Tok::Yield { sub.yield_expr() } else { sub.star_expressions_f() };
        let value = match parsed {
            Ok(v) => v,
            // The expression ran into the end of the field (`f"{1 +}"`).
            // CPython points at the last token of the incomplete expression.
            Err(e) if e.msg == "invalid syntax" && sub.peek() == Tok::FStop => {
                let last = sub.toks[sub.i.saturating_sub(1)];
                return Err(sub.err_tok("f-string: expecting '=', or '!', or ':', or '}'", &last));
            }
            Err(e) => return Err(e),
        };
        if sub.peek() != Tok::FStop {
            let t = sub.tok();
            if sub.starts_expr() {
                return Err(sub.comma_error(std::slice::from_ref(&value)));
            }
            if t.kind == Tok::EndMarker {
                return Err(sub.err_here("f-string: expecting '}'"));
            }
            return Err(sub.err_here("f-string: expecting '=', or '!', or ':', or '}'"));
        }
        self.warnings.append(&mut sub.warnings);
        *pos = p;
        *line = l;
        *line_start = ls;
        let b = self.src.as_bytes();
        let mut conversion = None;
        let mut self_doc = false;
        if b[*pos] == b'=' {
            *pos += 1;
            let mut seg = expr_start;
            while *pos < end {
                match b[*pos] {
                    b' ' | b'\t' | b'\x0c' => *pos += 1,
                    b'#' => {
                        lit.push_str(&self.src[seg..*pos]);
                        while *pos < end && !matches!(b[*pos], b'\n' | b'\r') {
                            *pos += 1;
                        }
                        seg = *pos;
                    }
                    b'\n' => {
                        *pos += 1;
                        *line += 1;
                        *line_start = *pos;
                    }
                    _ => break,
                }
            }
            lit.push_str(&self.src[seg..*pos]);
            self_doc = true;
        }
        if !lit.is_empty() {
            push_lit(parts, std::mem::take(lit));
        }
        if b[*pos] == b'!' {
            *pos += 1;
            conversion = Some(b[*pos] as char);
            *pos += 1;
            while *pos < end && matches!(b[*pos], b' ' | b'\t') {
                *pos += 1;
            }
        }
        let mut format_spec = None;
        if b[*pos] == b':' {
            *pos += 1;
            let mut spec = Vec::new();
            self.fdepth += 1;
            let r = self.fparts(pos, end, line, line_start, raw, true, &mut spec);
            self.fdepth -= 1;
            r?;
            format_spec = Some(spec);
        }
        if *pos >= end || b[*pos] != b'}' {
            let col = self.src[*line_start..(*pos).min(self.src.len())].chars().count() as u32;
            return Err(SyntaxError::new("f-string: expecting '}'", *line, col, col + 1));
        }
        *pos += 1;
        if self_doc && conversion.is_none() && format_spec.is_none() {
            conversion = Some('r');
        }
        let close = self.src[*line_start..*pos].chars().count() as u32;
        let span = Span::new(open.0, open.1, *line, close);
        parts.push(FStringPart::Field { value: bx(value), conversion, format_spec, span });
        Ok(())
    }

    /// CPython's errors for a field that cannot start an expression (`f"{not}"`, `f"{**a}"`)
    /// and for a bare lambda, whose `:` CPython reads as the start of the format spec.
    fn fexpr_start_check(&self) -> PResult<()> {
        const NO_EXPR: &str = "f-string: expecting a valid expression after '{'";
        let first = self.tok();
        let second = self.peek_n(1);
        match first.kind {
            Tok::Lambda => {
                let stop = self.toks.iter().find(|t| t.kind == Tok::FStop);
                match stop {
                    Some(stop)
                        if self.src.as_bytes().get(stop.start as usize) == Some(&b':') && stop.line == first.line =>
                    {
                        Err(SyntaxError::new(
                            "f-string: lambda expressions are not allowed without parentheses",
                            first.line,
                            first.col,
                            stop.col + 1,
                        ))
                    }
                    _ => Err(self.err_tok(NO_EXPR, &first)),
                }
            }
            Tok::DoubleStar => Err(self.err_tok(NO_EXPR, &first)),
            Tok::Star | Tok::Not | Tok::Await if second == Tok::FStop || !starts_expr_kind(second) => {
                Err(self.err_tok(NO_EXPR, &first))
            }
            k if k.is_keyword() && !starts_expr_kind(k) => Err(self.err_tok(NO_EXPR, &first)),
            _ => Ok(()),
        }
    }

    /// Expression list inside an f-string field (a bare tuple is allowed).
    fn star_expressions_f(&mut self) -> PResult<Expr> {
        let s = self.start();
        let first = self.star_named_expression_raw()?;
        if self.peek() != Tok::Comma {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma) {
            if self.peek() == Tok::FStop {
                break;
            }
            elts.push(self.star_named_expression_raw()?);
        }
        Ok(self.mk(ExprKind::Tuple(elts), s))
    }
}

fn push_lit(parts: &mut Vec<FStringPart>, s: String) {
    if s.is_empty() {
        return;
    }
    if let Some(FStringPart::Literal(prev)) = parts.last_mut() {
        prev.push_str(&s);
    } else {
        parts.push(FStringPart::Literal(s));
    }
}

fn starts_expr_kind(kind: Tok) -> bool {
    matches!(
        kind,
        Tok::Name
            | Tok::Number
            | Tok::String
            | Tok::FString
            | Tok::LPar
            | Tok::LSqb
            | Tok::LBrace
            | Tok::Minus
            | Tok::Plus
            | Tok::Tilde
            | Tok::Star
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Not
            | Tok::Lambda
            | Tok::Await
            | Tok::Ellipsis
            | Tok::Yield
    )
}

#[cfg(test)]
mod tests;

//! AST to bytecode.
//!
//! Two passes: `scope::build` resolves every name (local, cell, free, global), then the code
//! generator walks the tree once per code object, emitting `Op`s with symbolic labels that
//! are patched to absolute instruction indices when the code object is finished. Jump
//! operands are absolute op indices.

mod expr;
pub(crate) mod fasthash;
mod fold;
mod future;
mod pattern;
pub(crate) mod scope;
mod stack;
mod stmt;
#[cfg(all(test, feature = "disasm"))]
mod tests;
mod try_star;
mod unparse;
mod warn;

use fasthash::Map as HashMap;
use std::rc::Rc;

use crate::bytecode::jumps::jump_target;
use crate::bytecode::{Code, CodeFlags, Op, Pos};
use crate::syntax::SyntaxError;
use crate::syntax::ast::*;
use crate::value::{Obj, Value};
use crate::vm::Vm;
use scope::{NameScope, ScopeId, ScopeKind, SymTable};

/// Compiles a module (a file's contents).
pub fn compile_module(vm: &mut Vm, module: &Module, filename: &str, source: &str) -> Result<Rc<Code>, SyntaxError> {
    let _ = source;
    compile(vm, module, filename, false)
}

/// Compiles one interactive input: expression statements at top level print their value.
pub fn compile_interactive(
    vm: &mut Vm,
    module: &Module,
    filename: &str,
    source: &str,
) -> Result<Rc<Code>, SyntaxError> {
    let _ = source;
    compile(vm, module, filename, true)
}

/// Compiles the input of `eval()`: a module whose code returns the expression's value.
pub fn compile_eval(vm: &mut Vm, expr: &Expr, filename: &str) -> Result<Rc<Code>, SyntaxError> {
    let module =
        Module { body: vec![Stmt { kind: StmtKind::Expr(expr.clone()), span: expr.span }], warnings: Vec::new() };
    let future = future::Future::default();
    let mut st = scope::build(&module, future.annotations)?;
    vm.syntax_warnings.append(&mut st.warnings);
    let mut c =
        Compiler { vm, st, units: Vec::new(), filename: filename.into(), interactive: false, eval: true, future };
    c.module(&module)
}

fn compile(vm: &mut Vm, module: &Module, filename: &str, interactive: bool) -> Result<Rc<Code>, SyntaxError> {
    // The parser's warnings were issued even if compiling fails.
    vm.syntax_warnings.extend(module.warnings.iter().cloned());
    let future = future::Future::scan(module)?;
    let mut st = scope::build(module, future.annotations)?;
    let mut compiler_warnings = std::mem::take(&mut st.warnings);
    let mut c = Compiler { vm, st, units: Vec::new(), filename: filename.into(), interactive, eval: false, future };
    let code = c.module(module);
    // CPython's code generator warns as it goes: not from the statement it stopped at on.
    if let Err(e) = &code {
        compiler_warnings.retain(|(line, _)| *line < e.line);
    }
    c.vm.syntax_warnings.append(&mut compiler_warnings);
    code
}

pub(crate) fn err_at(msg: impl Into<String>, span: Span) -> SyntaxError {
    let end = if span.end_line == span.line { span.end_col } else { span.col };
    SyntaxError::new(msg, span.line, span.col, end)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Label(u32);

#[derive(Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    Int(i64),
    Float(u64),
    Str(String),
    Bytes(Vec<u8>),
    Names(Vec<String>),
}

/// A block the code generator is inside of, for unwinding on `break`/`continue`/`return`.
#[derive(Clone)]
enum FBlock<'a> {
    For {
        brk: Label,
        cont: Label,
    },
    While {
        brk: Label,
        cont: Label,
    },
    /// `try` body with `except` clauses (a `SetupExcept` block is active).
    TryExcept,
    /// `try` body or `except` handlers guarded by a `finally` (a `SetupFinally` block).
    TryFinally(&'a [Stmt]),
    /// Inside an `except` clause body (a Handler block is active).
    Handler(Option<String>),
    /// Inside a `finally` body on the exception path: `[exc]` and a Handler block.
    FinallyExc,
    /// Inside a `with` body: `[exit]` on the stack and a Finally block.
    With,
    /// Inside a `finally` body inlined by `return`: the return value is on the stack.
    PopValue,
    /// Inside an `async with` body: `[aexit]` on the stack and a Finally block.
    AsyncWith,
    /// Inside an `except*` clause body (nothing may jump out of it).
    ExceptStar,
}

struct Unit<'a> {
    scope: ScopeId,
    kind: ScopeKind,
    name: String,
    qualname: String,
    /// A generic's hidden scope: the qualified name of the definition made inside it, as
    /// the enclosing unit names it (CPython's qualnames skip annotation scopes).
    inner_qualname: Option<String>,
    /// A generic's hidden scope in a class body: implicit globals are read with `LoadName`
    /// from the class namespace first (see `Op::UseCallerNamespace`).
    sees_class_names: bool,
    firstlineno: u32,
    ops: Vec<Op>,
    positions: Vec<Pos>,
    consts: Vec<Value>,
    const_keys: HashMap<ConstKey, u32>,
    names: Vec<Value>,
    name_idx: HashMap<String, u32>,
    varnames: Vec<String>,
    var_idx: HashMap<String, u32>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    labels: Vec<u32>,
    fblocks: Vec<FBlock<'a>>,
    pos: Pos,
    flags: CodeFlags,
    argcount: usize,
    posonlyargcount: usize,
    kwonlyargcount: usize,
    docstring: Option<Value>,
    /// Class bodies: names assigned as `self.<name>` in nested functions (each once; sorted
    /// when emitted).
    static_attributes: Vec<String>,
    /// Comprehensions being compiled inline into this unit, innermost last: each scope with
    /// the hidden slots that hold its own names (see `comprehension_inline`).
    inlined: Vec<(ScopeId, Vec<(String, u32)>)>,
    /// Hidden slots of finished inline comprehensions, free for the next one to reuse.
    spare_slots: Vec<(String, u32)>,
}

pub(crate) struct Compiler<'v, 'a> {
    vm: &'v mut Vm,
    st: SymTable,
    units: Vec<Unit<'a>>,
    filename: Rc<str>,
    interactive: bool,
    /// `eval()` input: the module is one expression whose value the code returns.
    eval: bool,
    future: future::Future,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ctx {
    Load,
    Store,
    Del,
}

type CResult<T = ()> = Result<T, SyntaxError>;

/// A docstring: the first statement, when it is a string constant expression.
fn docstring_of(body: &[Stmt]) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str(s)), .. })) => Some(s),
        _ => None,
    }
}

/// Docstring indentation cleanup done by CPython 3.13's compiler: tabs expanded, leading
/// spaces of the first line removed, and the common indentation of the other non-blank
/// lines removed from all following lines.
pub(crate) fn clean_doc(doc: &str) -> String {
    let mut text = String::with_capacity(doc.len());
    let mut col = 0;
    for ch in doc.chars() {
        match ch {
            '\t' => {
                let n = 8 - col % 8;
                text.extend(std::iter::repeat_n(' ', n));
                col += n;
            }
            '\n' | '\r' => {
                text.push(ch);
                col = 0;
            }
            _ => {
                text.push(ch);
                col += 1;
            }
        }
    }
    let mut lines = text.split('\n');
    let first = lines.next().unwrap_or("");
    let rest: Vec<&str> = lines.collect();
    let margin = rest
        .iter()
        .filter_map(|l| {
            let indent = l.len() - l.trim_start_matches(' ').len();
            (indent < l.len()).then_some(indent)
        })
        .min()
        .unwrap_or(0);
    let mut out = first.trim_start_matches(' ').to_string();
    for l in rest {
        out.push('\n');
        let indent = l.len() - l.trim_start_matches(' ').len();
        out.push_str(&l[indent.min(margin)..]);
    }
    out
}

fn pos_of(span: Span) -> Pos {
    if span.line == 0 {
        return Pos::default();
    }
    let clamp = |n: u32| n.min(u16::MAX as u32) as u16;
    match span.end_line.checked_sub(span.line) {
        Some(more) if more <= u16::MAX as u32 => {
            Pos { line: span.line, more_lines: more as u16, col: clamp(span.col), end_col: clamp(span.end_col) }
        }
        _ => Pos { line: span.line, ..Pos::default() },
    }
}

impl<'v, 'a> Compiler<'v, 'a> {
    // ---------------------------------------------------------------- units

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("no compilation unit")
    }

    fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().expect("no compilation unit")
    }

    fn push_unit(&mut self, scope: ScopeId, name: &str, qualname: String, firstlineno: u32) {
        let s = &self.st.scopes[scope];
        let kind = s.kind;
        let mut varnames = Vec::new();
        if kind.is_function_like() {
            varnames.extend(s.params.iter().cloned());
            varnames.extend(s.other_locals());
        }
        let var_idx = varnames.iter().enumerate().map(|(i, n)| (n.clone(), i as u32)).collect();
        let mut flags = CodeFlags::default();
        match kind {
            ScopeKind::Module => flags.uses_namespace = true,
            ScopeKind::Class => {
                flags.uses_namespace = true;
                flags.class_body = true;
            }
            _ => {
                if s.is_async && s.generator {
                    flags.async_generator = true;
                } else if s.is_async {
                    flags.coroutine = true;
                } else if s.generator {
                    flags.generator = true;
                }
            }
        }
        let unit = Unit {
            scope,
            kind,
            name: name.to_string(),
            qualname,
            inner_qualname: None,
            sees_class_names: false,
            firstlineno,
            ops: Vec::new(),
            positions: Vec::new(),
            consts: Vec::new(),
            const_keys: HashMap::default(),
            names: Vec::new(),
            name_idx: HashMap::default(),
            varnames,
            var_idx,
            cellvars: s.cellvars.clone(),
            freevars: s.freevars.clone(),
            labels: Vec::new(),
            fblocks: Vec::new(),
            pos: Pos { line: firstlineno, ..Pos::default() },
            flags,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            docstring: None,
            static_attributes: Default::default(),
            inlined: Vec::new(),
            spare_slots: Vec::new(),
        };
        self.units.push(unit);
    }

    fn pop_unit(&mut self) -> CResult<Rc<Code>> {
        let u = self.units.pop().expect("no compilation unit");
        let mut ops = u.ops;
        for op in ops.iter_mut() {
            if let Some(l) = jump_target(op) {
                let t = u.labels.get(l as usize).copied().unwrap_or(u32::MAX);
                if t == u32::MAX {
                    return Err(SyntaxError::new("internal compiler error: unbound label", u.firstlineno, 0, 0));
                }
                *op = crate::bytecode::jumps::with_jump_target(*op, t);
            }
        }
        let stacksize = stack::max_depth(&ops);
        crate::bytecode::fuse::fuse(&mut ops);
        let cell_params = u
            .cellvars
            .iter()
            .enumerate()
            .filter_map(|(ci, n)| {
                let s = &self.st.scopes[u.scope];
                if s.params.contains(n) { u.var_idx.get(n).map(|&vi| (ci, vi as usize)) } else { None }
            })
            .collect();
        let code = Code {
            name: u.name.as_str().into(),
            qualname: u.qualname.as_str().into(),
            filename: self.filename.clone(),
            firstlineno: u.firstlineno,
            ops,
            positions: u.positions,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames.iter().map(|s| Rc::from(s.as_str())).collect(),
            cellvars: u.cellvars.iter().map(|s| Rc::from(s.as_str())).collect(),
            freevars: u.freevars.iter().map(|s| Rc::from(s.as_str())).collect(),
            cell_params,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags: u.flags,
            stacksize,
            docstring: u.docstring,
            attr_cache: Vec::new(),
            global_cache: Vec::new(),
            call_shape: crate::bytecode::CallShape { plain_argc: u32::MAX, has_cells: false, nslots: 0 },
        };
        let mut code = code.with_call_shape();
        code.attr_cache = (0..code.ops.len()).map(|_| Default::default()).collect();
        code.global_cache = (0..code.names.len()).map(|_| Default::default()).collect();
        Ok(Rc::new(code))
    }

    // ---------------------------------------------------------------- emission

    fn emit(&mut self, op: Op) {
        let u = self.unit();
        let p = u.pos;
        u.ops.push(op);
        u.positions.push(p);
    }

    /// A `yield` or `await` is about to be emitted. Inside a `try` or `with`, closing the
    /// generator suspended there runs code: the VM starts watching for dropped generators
    /// (vm/genfinal.rs), a cost no program without such a suspension point pays.
    fn note_suspension(&mut self) {
        let in_block = self.unit_ref().fblocks.iter().any(|f| !matches!(f, FBlock::For { .. } | FBlock::While { .. }));
        if in_block {
            self.vm.arm_generator_finalizers();
        }
    }

    fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(u32::MAX);
        Label(u.labels.len() as u32 - 1)
    }

    fn bind(&mut self, l: Label) {
        let u = self.unit();
        u.labels[l.0 as usize] = u.ops.len() as u32;
    }

    fn set_pos(&mut self, span: Span) -> Pos {
        let u = self.unit();
        let old = u.pos;
        u.pos = pos_of(span);
        old
    }

    fn restore_pos(&mut self, p: Pos) {
        self.unit().pos = p;
    }

    fn add_const_value(&mut self, key: Option<ConstKey>, make: impl FnOnce(&mut Vm) -> Value) -> u32 {
        if let Some(k) = &key
            && let Some(&i) = self.unit_ref().const_keys.get(k)
        {
            return i;
        }
        let v = make(self.vm);
        let u = self.units.last_mut().expect("unit");
        u.consts.push(v);
        let i = u.consts.len() as u32 - 1;
        if let Some(k) = key {
            u.const_keys.insert(k, i);
        }
        i
    }

    fn const_str(&mut self, s: &str) -> u32 {
        let owned = s.to_string();
        self.add_const_value(Some(ConstKey::Str(owned)), |vm| {
            if crate::builtins::str_methods::is_identifier(s) { vm.intern(s) } else { vm.new_str(s) }
        })
    }

    fn load_str(&mut self, s: &str) {
        let i = self.const_str(s);
        self.emit(Op::LoadConst(i));
    }

    /// A constant tuple of strings (keyword names, `from` import lists).
    fn const_names_tuple(&mut self, names: &[String]) -> u32 {
        self.add_const_value(Some(ConstKey::Names(names.to_vec())), |vm| {
            let items = names.iter().map(|n| vm.intern(n)).collect();
            vm.new_tuple(items)
        })
    }

    fn load_constant(&mut self, c: &Constant) {
        match c {
            Constant::None => self.emit(Op::LoadNone),
            Constant::True => {
                let i = self.add_const_value(None, |_| Value::Bool(true));
                self.emit(Op::LoadConst(i));
            }
            Constant::False => {
                let i = self.add_const_value(None, |_| Value::Bool(false));
                self.emit(Op::LoadConst(i));
            }
            Constant::Int(i) => self.load_int(*i),
            Constant::BigInt(b) => {
                let b = b.clone();
                let i = self.add_const_value(None, |vm| vm.new_bigint(b));
                self.emit(Op::LoadConst(i));
            }
            Constant::Float(f) => {
                let f = *f;
                let i = self.add_const_value(Some(ConstKey::Float(f.to_bits())), |_| Value::Float(f));
                self.emit(Op::LoadConst(i));
            }
            Constant::Imag(f) => {
                let f = *f;
                let i = self.add_const_value(None, |vm| vm.alloc(Obj::Complex(0.0, f)));
                self.emit(Op::LoadConst(i));
            }
            Constant::Str(s) => self.load_str(s),
            Constant::Bytes(b) => {
                let b2 = b.clone();
                let i = self.add_const_value(Some(ConstKey::Bytes(b.clone())), |vm| vm.new_bytes(b2));
                self.emit(Op::LoadConst(i));
            }
            Constant::Ellipsis => {
                let i = self.add_const_value(None, |vm| vm.singletons.ellipsis);
                self.emit(Op::LoadConst(i));
            }
        }
    }

    fn load_int(&mut self, i: i64) {
        if let Ok(small) = i32::try_from(i) {
            self.emit(Op::LoadSmallInt(small));
        } else {
            let idx = self.add_const_value(Some(ConstKey::Int(i)), |_| Value::Int(i));
            self.emit(Op::LoadConst(idx));
        }
    }

    fn name_index(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.unit_ref().name_idx.get(name) {
            return i;
        }
        let v = self.vm.intern(name);
        let u = self.unit();
        u.names.push(v);
        let i = u.names.len() as u32 - 1;
        u.name_idx.insert(name.to_string(), i);
        i
    }

    fn mangle<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        scope::mangle(self.st.scopes[self.unit_ref().scope].private.as_deref(), name)
    }

    /// Slot of a cell or free variable in `cellvars ++ freevars`.
    fn deref_index(&self, name: &str) -> Option<u32> {
        let u = self.unit_ref();
        if let Some(i) = u.cellvars.iter().position(|n| n == name) {
            return Some(i as u32);
        }
        u.freevars.iter().position(|n| n == name).map(|i| (u.cellvars.len() + i) as u32)
    }

    fn var_index(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.unit_ref().var_idx.get(name) {
            return i;
        }
        let u = self.unit();
        u.varnames.push(name.to_string());
        let i = u.varnames.len() as u32 - 1;
        u.var_idx.insert(name.to_string(), i);
        i
    }

    /// The hidden slot of `name` when an inline comprehension being compiled binds it: the
    /// innermost one whose scope resolves it `Local` (any other resolution defers outward).
    fn inlined_slot(&self, name: &str) -> Option<u32> {
        let u = self.unit_ref();
        u.inlined.iter().rev().find_map(|(sid, slots)| {
            (self.st.scopes[*sid].lookup(name) == NameScope::Local)
                .then(|| slots.iter().find(|(n, _)| n == name).map(|&(_, i)| i))
                .flatten()
        })
    }

    /// Loads, stores or deletes a variable.
    fn name_op(&mut self, raw: &str, ctx: Ctx) {
        let name = self.mangle(raw);
        if !self.unit_ref().inlined.is_empty()
            && let Some(i) = self.inlined_slot(&name)
        {
            self.emit(match ctx {
                Ctx::Load => Op::LoadFast(i),
                Ctx::Store => Op::StoreFast(i),
                Ctx::Del => Op::DeleteFast(i),
            });
            return;
        }
        let (kind, scope) = {
            let u = self.unit_ref();
            (u.kind, self.st.scopes[u.scope].lookup(&name))
        };
        let deref = self.deref_index(&name);
        match kind {
            ScopeKind::Module => {
                let i = self.name_index(&name);
                self.emit(match ctx {
                    Ctx::Load => Op::LoadName(i),
                    Ctx::Store => Op::StoreName(i),
                    Ctx::Del => Op::DeleteName(i),
                });
            }
            ScopeKind::Class => match (scope, deref) {
                (NameScope::GlobalExplicit, _) => {
                    let i = self.name_index(&name);
                    self.emit(match ctx {
                        Ctx::Load => Op::LoadGlobal(i),
                        Ctx::Store => Op::StoreGlobal(i),
                        Ctx::Del => Op::DeleteGlobal(i),
                    });
                }
                (NameScope::Free, Some(d)) => self.emit(match ctx {
                    Ctx::Load => Op::LoadClassDeref(d),
                    Ctx::Store => Op::StoreDeref(d),
                    Ctx::Del => Op::DeleteDeref(d),
                }),
                _ => {
                    let i = self.name_index(&name);
                    self.emit(match ctx {
                        Ctx::Load => Op::LoadName(i),
                        Ctx::Store => Op::StoreName(i),
                        Ctx::Del => Op::DeleteName(i),
                    });
                }
            },
            _ => match (scope, deref) {
                (NameScope::Cell | NameScope::Free, Some(d)) => self.emit(match ctx {
                    Ctx::Load => Op::LoadDeref(d),
                    Ctx::Store => Op::StoreDeref(d),
                    Ctx::Del => Op::DeleteDeref(d),
                }),
                (NameScope::Local, _) => {
                    let i = self.var_index(&name);
                    self.emit(match ctx {
                        Ctx::Load => Op::LoadFast(i),
                        Ctx::Store => Op::StoreFast(i),
                        Ctx::Del => Op::DeleteFast(i),
                    });
                }
                (NameScope::GlobalImplicit, _) if ctx == Ctx::Load && self.unit_ref().sees_class_names => {
                    let i = self.name_index(&name);
                    self.emit(Op::LoadName(i));
                }
                _ => {
                    let i = self.name_index(&name);
                    self.emit(match ctx {
                        Ctx::Load => Op::LoadGlobal(i),
                        Ctx::Store => Op::StoreGlobal(i),
                        Ctx::Del => Op::DeleteGlobal(i),
                    });
                }
            },
        }
    }

    /// The qualified name for a function or class called `name` defined in the current unit.
    fn qualname_for(&self, name: &str) -> String {
        let u = self.unit_ref();
        if let Some(q) = &u.inner_qualname {
            return q.clone();
        }
        let scope = &self.st.scopes[u.scope];
        if let Some(comp) = scope.comp
            && comp != scope::CompKind::Gen
        {
            // CPython 3.13 inlines every list, set and dict comprehension: what one defines is
            // named as if its enclosing scope defined it, even when this one has a frame.
            let outer = u.qualname.strip_suffix(comp.code_name()).unwrap_or(&u.qualname);
            return format!("{outer}{name}");
        }
        match u.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => {
                if self.st.scopes[u.scope].lookup(name) == NameScope::GlobalExplicit {
                    name.to_string()
                } else {
                    format!("{}.<locals>.{}", u.qualname, name)
                }
            }
        }
    }

    /// Pushes the closure (if any), the code and its qualname, and emits `MakeFunction`.
    fn make_function(&mut self, code: Rc<Code>, mut flags: u32, span: Span) -> CResult {
        if !code.freevars.is_empty() {
            for fv in code.freevars.iter() {
                let Some(i) = self.deref_index(fv) else {
                    return Err(err_at(format!("internal compiler error: no cell for '{fv}'"), span));
                };
                self.emit(Op::LoadClosure(i));
            }
            self.emit(Op::BuildTuple(code.freevars.len() as u32));
            flags |= 8;
        }
        let qual = code.qualname.clone();
        let ci = self.add_const_value(None, |vm| vm.alloc(Obj::Code(code)));
        self.emit(Op::LoadConst(ci));
        self.load_str(&qual);
        self.emit(Op::MakeFunction(flags));
        Ok(())
    }

    // ---------------------------------------------------------------- module

    fn module(&mut self, m: &'a Module) -> CResult<Rc<Code>> {
        let first = m.body.first().map(|s| s.span.line).unwrap_or(1);
        self.push_unit(0, "<module>", "<module>".to_string(), first.max(1));
        if self.st.scopes[0].has_annotations {
            self.emit(Op::SetupAnnotations);
        }
        if self.eval
            && let [Stmt { kind: StmtKind::Expr(e), .. }] = &m.body[..]
        {
            self.expr(e)?;
            self.emit(Op::Return);
            return self.pop_unit();
        }
        let mut body: &[Stmt] = &m.body;
        if !self.interactive
            && let Some(doc) = docstring_of(body)
        {
            let p = self.set_pos(body[0].span);
            let i = self.add_const_value(None, |vm| vm.new_str(clean_doc(doc)));
            let v = self.unit_ref().consts[i as usize];
            self.unit().docstring = Some(v);
            self.emit(Op::LoadConst(i));
            self.name_op("__doc__", Ctx::Store);
            self.restore_pos(p);
            body = &body[1..];
        }
        for s in body {
            self.stmt(s)?;
        }
        self.emit(Op::LoadNone);
        self.emit(Op::Return);
        self.pop_unit()
    }

    // ---------------------------------------------------------------- functions

    /// Emits defaults, kw-defaults and annotations for a parameter list; returns the flags.
    fn function_extras(&mut self, args: &'a Arguments, returns: Option<&'a Expr>, annotations: bool) -> CResult<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple(args.defaults.len() as u32));
            flags |= 1;
        }
        let mut nkw = 0;
        for (a, d) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = d {
                let n = self.mangle(&a.name);
                self.load_str(&n);
                self.expr(d)?;
                nkw += 1;
            }
        }
        if nkw > 0 {
            self.emit(Op::BuildMap(nkw));
            flags |= 2;
        }
        if annotations {
            let mut n = 0;
            let all = args
                .args
                .iter()
                .chain(&args.posonlyargs)
                .chain(args.vararg.iter())
                .chain(&args.kwonlyargs)
                .chain(args.kwarg.iter());
            for a in all {
                if let Some(ann) = &a.annotation {
                    let name = self.mangle(&a.name);
                    self.load_str(&name);
                    self.annotation(ann)?;
                    n += 1;
                }
            }
            if let Some(r) = returns {
                self.load_str("return");
                self.annotation(r)?;
                n += 1;
            }
            if n > 0 {
                self.emit(Op::BuildMap(n));
                flags |= 4;
            }
        }
        Ok(flags)
    }

    /// An annotation's value: the evaluated expression, or under `from __future__ import
    /// annotations` its source text.
    fn annotation(&mut self, ann: &'a Expr) -> CResult<()> {
        if self.future.annotations {
            self.load_str(&unparse::annotation(ann));
            return Ok(());
        }
        match &ann.kind {
            // `*args: *Ts` stores the single item of unpacking `Ts`.
            ExprKind::Starred(inner) => {
                self.expr(inner)?;
                self.emit(Op::UnpackSequence(1));
            }
            _ => self.expr(ann)?,
        }
        Ok(())
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let u = self.unit();
        u.posonlyargcount = args.posonlyargs.len();
        u.argcount = args.posonlyargs.len() + args.args.len();
        u.kwonlyargcount = args.kwonlyargs.len();
        u.flags.varargs = args.vararg.is_some();
        u.flags.varkeywords = args.kwarg.is_some();
    }

    /// A `def`, stored under its name unless `store` is false (a generic's, left on the
    /// stack for its hidden scope to return).
    fn function_def(&mut self, f: &'a FunctionDef, span: Span, store: bool) -> CResult {
        for d in &f.decorators {
            self.expr(d)?;
        }
        let flags = self.function_extras(&f.args, f.returns.as_ref(), true)?;
        let Some(sid) = self.st.scope_of(f) else {
            return Err(err_at("internal compiler error: unknown scope", span));
        };
        let name = self.mangle(&f.name);
        let qual = self.qualname_for(&name);
        let first = f.decorators.first().map(|d| d.span.line).unwrap_or(span.line);
        let _ = first;
        self.push_unit(sid, &f.name, qual, span.line);
        self.set_arg_counts(&f.args);
        let mut body: &'a [Stmt] = &f.body;
        if let Some(doc) = docstring_of(body) {
            let v = self.vm.new_str(clean_doc(doc));
            self.unit().docstring = Some(v);
            body = &body[1..];
        }
        for s in body {
            self.stmt(s)?;
        }
        self.restore_pos(Pos::default());
        self.emit(Op::LoadNone);
        self.emit(Op::Return);
        let code = self.pop_unit()?;
        self.make_function(code, flags, span)?;
        for _ in &f.decorators {
            self.emit(Op::Call(1));
        }
        if store {
            self.name_op(&f.name, Ctx::Store);
        }
        Ok(())
    }

    #[inline(never)] // see `stmt_inner`
    fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> CResult {
        let flags = self.function_extras(args, None, false)?;
        let Some(sid) = self.st.scope_of(e) else {
            return Err(err_at("internal compiler error: unknown scope", e.span));
        };
        let qual = self.qualname_for("<lambda>");
        self.push_unit(sid, "<lambda>", qual, e.span.line);
        self.set_arg_counts(args);
        self.unit().pos = pos_of(body.span);
        self.expr(body)?;
        if self.st.scopes[sid].generator {
            // A lambda containing `yield` is a generator whose return value is discarded.
            self.emit(Op::Pop);
            self.emit(Op::LoadNone);
        }
        self.emit(Op::Return);
        let code = self.pop_unit()?;
        self.make_function(code, flags, e.span)
    }

    fn class_def(&mut self, c: &'a ClassDef, span: Span, store: bool) -> CResult {
        for d in &c.decorators {
            self.expr(d)?;
        }
        self.emit(Op::LoadBuildClass);
        let Some(sid) = self.st.scope_of(c) else {
            return Err(err_at("internal compiler error: unknown scope", span));
        };
        let name = self.mangle(&c.name);
        let qual = self.qualname_for(&name);
        self.push_unit(sid, &c.name, qual.clone(), span.line);
        self.name_op("__name__", Ctx::Load);
        self.name_op("__module__", Ctx::Store);
        self.load_str(&qual);
        self.name_op("__qualname__", Ctx::Store);
        let first = c.decorators.first().map(|d| d.span.line).unwrap_or(span.line);
        self.load_int(first as i64);
        self.name_op("__firstlineno__", Ctx::Store);
        if self.st.scopes[sid].has_annotations {
            self.emit(Op::SetupAnnotations);
        }
        let mut body: &'a [Stmt] = &c.body;
        if let Some(doc) = docstring_of(body) {
            let p = self.set_pos(body[0].span);
            let i = self.add_const_value(None, |vm| vm.new_str(clean_doc(doc)));
            let v = self.unit_ref().consts[i as usize];
            self.unit().docstring = Some(v);
            self.emit(Op::LoadConst(i));
            self.name_op("__doc__", Ctx::Store);
            self.restore_pos(p);
            body = &body[1..];
        }
        for s in body {
            self.stmt(s)?;
        }
        // Sorted here, once, as CPython's tuple is (a Vec: a BTreeSet costs kilobytes of wasm).
        let mut attrs = self.unit_ref().static_attributes.clone();
        attrs.sort_unstable();
        let t = self.const_names_tuple(&attrs);
        self.emit(Op::LoadConst(t));
        self.name_op("__static_attributes__", Ctx::Store);
        let cell = self.unit_ref().cellvars.iter().position(|n| n == "__class__");
        match cell {
            Some(i) => self.emit(Op::LoadClosure(i as u32)),
            None => self.emit(Op::LoadNone),
        }
        self.emit(Op::Return);
        let code = self.pop_unit()?;
        self.make_function(code, 0, span)?;
        self.load_str(&c.name);
        self.call_args(2, &c.bases, &c.keywords)?;
        for _ in &c.decorators {
            self.emit(Op::Call(1));
        }
        if store {
            self.name_op(&c.name, Ctx::Store);
        }
        Ok(())
    }

    /// A lowered generic definition (syntax/generics.rs): the hidden scope is compiled as
    /// an argument-less function, called at once; its result is decorated and stored.
    #[inline(never)] // see `stmt_inner`
    fn generic_def(&mut self, g: &'a GenericDef, span: Span) -> CResult {
        for d in &g.decorators {
            self.expr(d)?;
        }
        let Some(sid) = self.st.scope_of(&g.scope) else {
            return Err(err_at("internal compiler error: unknown scope", span));
        };
        let inner_qualname = self.qualname_for(&self.mangle(&g.target));
        let qual = self.qualname_for(&g.scope.name);
        self.push_unit(sid, &g.scope.name, qual, span.line);
        self.unit().inner_qualname = Some(inner_qualname);
        if g.in_class {
            self.unit().sees_class_names = true;
            self.emit(Op::UseCallerNamespace);
        }
        for s in &g.scope.body {
            self.stmt(s)?;
        }
        match &g.inner {
            Some(Stmt { kind: StmtKind::FunctionDef(f), span }) => {
                self.function_def(f, *span, false)?;
                // f.__type_params__ = (T, ...), f staying on the stack to be returned.
                self.emit(Op::Dup);
                for p in &g.params {
                    self.name_op(p, Ctx::Load);
                }
                self.emit(Op::BuildTuple(g.params.len() as u32));
                self.emit(Op::Rot2);
                let attr = self.name_index("__type_params__");
                self.emit(Op::StoreAttr(attr));
                self.emit(Op::Return);
            }
            Some(Stmt { kind: StmtKind::ClassDef(c), span }) => {
                self.class_def(c, *span, false)?;
                self.emit(Op::Return);
            }
            _ => {}
        }
        let code = self.pop_unit()?;
        self.make_function(code, 0, span)?;
        self.emit(Op::Call(0));
        for _ in &g.decorators {
            self.emit(Op::Call(1));
        }
        self.name_op(&g.target, Ctx::Store);
        Ok(())
    }
}

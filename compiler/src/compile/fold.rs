//! A generator expression passed alone to `sum`, `any`, `all`, `list`, `tuple`, `set` or a
//! `join` method.
//!
//! Besides its generator code, the expression gets a folding variant: the same loop run as a
//! plain frame that folds each item into the result (an accumulator on its stack, as a list
//! comprehension keeps its list) and returns it. `FoldCall` runs that variant when the callee
//! turns out to be the built-in at run time, and otherwise makes the generator and calls the
//! callee with it as `Call` would. No generator object, no switch of frames per item.
//!
//! The folding code is named `<genexpr>` like the generator's, so what goes wrong inside the
//! expression has its traceback entry; the steps that stand for the built-in's own work have
//! no position (line 0), which the VM leaves out of tracebacks as CPython, where that work
//! runs in the built-in, does (vm/interp/fold.rs).

use super::*;
use crate::bytecode::Fold;

impl<'v, 'a> Compiler<'v, 'a> {
    /// `f(<genexpr>)` for a callee named like a built-in that folds: compiled here (true).
    pub(super) fn fold_call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult<bool> {
        let ([arg], []) = (args, keywords) else {
            return Ok(false);
        };
        let ExprKind::GeneratorExp { elt, generators } = &arg.kind else {
            return Ok(false);
        };
        let fold = match &func.kind {
            ExprKind::Name(name) => match name.as_str() {
                "sum" => Fold::Sum,
                "any" => Fold::Any,
                "all" => Fold::All,
                "list" => Fold::List,
                "tuple" => Fold::Tuple,
                "set" => Fold::Set,
                _ => return Ok(false),
            },
            ExprKind::Attribute { attr, .. } if attr == "join" => Fold::Join,
            _ => return Ok(false),
        };
        let Some(sid) = self.st.scope_of(arg) else {
            return Ok(false);
        };
        if self.st.scopes[sid].is_async || generators.iter().any(|g| g.is_async) {
            return Ok(false);
        }
        match &func.kind {
            // As `call` loads a method: `[method receiver]`.
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let saved = self.set_pos(func.span);
                let a = self.mangle(attr);
                let i = self.name_index(&a);
                self.emit(Op::LoadMethod(i));
                self.restore_pos(saved);
            }
            _ => self.expr(func)?,
        }
        let qual = self.qualname_for("<genexpr>");
        // The generator, for a callee that is not the built-in.
        self.push_unit(sid, "<genexpr>", qual.clone(), arg.span.line);
        self.unit().argcount = 1;
        self.unit().pos = pos_of(arg.span);
        let i = self.var_index(".0");
        self.emit(Op::LoadFast(i));
        self.comp_loop(super::scope::CompKind::Gen, generators, 0, elt, None)?;
        self.emit(Op::LoadNone);
        self.emit(Op::Return);
        let gen_code = self.pop_unit()?;
        // The folding variant.
        self.push_unit(sid, "<genexpr>", qual, arg.span.line);
        self.unit().argcount = 1;
        self.unit().flags.generator = false;
        self.unit().flags.fold = true;
        self.unit().pos = pos_of(arg.span);
        match fold {
            Fold::Sum => {
                self.emit_unplaced(Op::LoadSmallInt(0));
                self.emit_unplaced(Op::LoadNone);
            }
            Fold::List | Fold::Tuple | Fold::Join => self.emit_unplaced(Op::BuildList(0)),
            Fold::Set => self.emit_unplaced(Op::BuildSet(0)),
            Fold::Any | Fold::All => {}
        }
        let decided = self.new_label();
        self.fold_loop(fold, generators, 0, elt, decided)?;
        match fold {
            Fold::Sum => self.emit_unplaced(Op::SumEnd),
            Fold::Tuple => self.emit_unplaced(Op::ListToTuple),
            Fold::Join => self.emit_unplaced(Op::JoinEnd),
            Fold::Any | Fold::All => self.load_bool(fold == Fold::All),
            Fold::List | Fold::Set => {}
        }
        self.emit_unplaced(Op::Return);
        if matches!(fold, Fold::Any | Fold::All) {
            // An item decided: the frame returns with its loops' iterators still on its stack.
            self.bind(decided);
            self.load_bool(fold == Fold::Any);
            self.emit_unplaced(Op::Return);
        }
        let mut fold_code = self.pop_unit()?;
        if fold == Fold::Join
            && let Some(code) = Rc::get_mut(&mut fold_code)
        {
            // The separator `FoldCall` leaves under the operand stack.
            code.stacksize += 1;
        }
        self.make_function(gen_code, 0, arg.span)?;
        self.first_iter(&generators[0])?;
        let k = self.add_const_value(None, |vm| vm.alloc(Obj::Code(fold_code)));
        self.emit(Op::FoldCall(fold, k));
        Ok(true)
    }

    /// The loops of a folding generator expression (`comp_loop` for `CompKind::Gen` with the
    /// `yield` replaced by the fold step); `decided` is where `any`/`all` jump on an item
    /// that decides.
    fn fold_loop(
        &mut self,
        fold: Fold,
        generators: &'a [Comprehension],
        gi: usize,
        elt: &'a Expr,
        decided: Label,
    ) -> CResult {
        let g = &generators[gi];
        if gi == 0 {
            let i = self.var_index(".0");
            self.emit(Op::LoadFast(i));
        } else {
            self.expr(&g.iter)?;
            self.emit(Op::GetIter);
        }
        let top = self.new_label();
        let end = self.new_label();
        self.bind(top);
        self.emit(Op::ForIter(end.0));
        self.store(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, top)?;
        }
        if gi + 1 < generators.len() {
            self.fold_loop(fold, generators, gi + 1, elt, decided)?;
        } else {
            // The accumulator lies below one iterator per loop.
            let depth = generators.len() as u32 + 1;
            self.expr(elt)?;
            self.emit_unplaced(match fold {
                Fold::Sum => Op::SumAdd(depth),
                Fold::Any => Op::JumpIfTrue(decided.0),
                Fold::All => Op::JumpIfFalse(decided.0),
                Fold::List | Fold::Tuple | Fold::Join => Op::ListAppend(depth),
                Fold::Set => Op::SetAdd(depth),
            });
        }
        self.emit(Op::Jump(top.0));
        self.bind(end);
        Ok(())
    }

    /// Emits `op` with no source position: the built-in's work, not the expression's.
    fn emit_unplaced(&mut self, op: Op) {
        let saved = self.unit().pos;
        self.unit().pos = Pos::default();
        self.emit(op);
        self.unit().pos = saved;
    }

    fn load_bool(&mut self, b: bool) {
        let i = self.add_const_value(None, |_| Value::Bool(b));
        self.emit_unplaced(Op::LoadConst(i));
    }
}

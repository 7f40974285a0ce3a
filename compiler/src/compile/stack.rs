//! Maximum operand-stack depth of a finished instruction list (jump targets resolved).

use crate::bytecode::Op;
use crate::bytecode::jumps::jump_target;

/// `(fallthrough delta, jump delta, falls through)` for one instruction.
fn effect(op: &Op) -> (i32, i32, bool) {
    use Op::*;
    let n = |x: u32| x as i32;
    match *op {
        Nop | Rot2 | SwapStoreAttr(_) | Rot3 | Rot4 | DeleteFast(_) | ClearFast(_) | DeleteDeref(_)
        | DeleteGlobal(_) | DeleteName(_) => (0, 0, true),
        Pop | PopIter => (-1, 0, true),
        // Depths are computed before fusion (bytecode/fuse.rs); a fused head counts as the
        // first instruction of its sequence.
        FastIntArith(..)
        | FastFastArith(..)
        | FastIntCompareJump(..)
        | FastFastCompareJump(..)
        | LoadFastInt(..)
        | LoadFastFast(..)
        | LoadFastAttr(..)
        | LoadFastDupAttr(..)
        | LoadFastMethod(..)
        | LoadFastSubscr(_)
        | NoneCompareJump(..)
        | ReturnNone
        | IntArith(..) => (1, 0, true),
        CompareJumpIfFalse(..) => (-1, 0, true),
        Dup => (1, 0, true),
        Dup2 => (2, 0, true),
        LoadConst(_) | LoadNone | LoadSmallInt(_) | LoadFast(_) | LoadDeref(_) | LoadClosure(_) | LoadClassDeref(_)
        | LoadGlobal(_) | LoadName(_) => (1, 0, true),
        StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) => (-1, 0, true),
        LoadAttr(_) => (0, 0, true),
        StoreAttr(_) => (-2, 0, true),
        DeleteAttr(_) => (-1, 0, true),
        LoadMethod(_) => (1, 0, true),
        CallMethod(k) => (-n(k) - 1, 0, true),
        Subscr => (-1, 0, true),
        StoreSubscr => (-3, 0, true),
        DeleteSubscr => (-2, 0, true),
        BinarySlice(k) | BinarySliceTemp(k) => (-n(k), 0, true),
        StoreSlice(k) => (-n(k) - 2, 0, true),
        DeleteSlice(k) => (-n(k) - 1, 0, true),
        BinaryOp(_) | InplaceOp(_) | InplaceStoreAttr(..) | Compare(_) => (-1, 0, true),
        UnaryNeg | UnaryPos | UnaryNot | UnaryInvert => (0, 0, true),
        Jump(_) => (0, 0, false),
        JumpIfFalse(_) | JumpIfTrue(_) => (-1, -1, true),
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => (-1, 0, true),
        GetIter => (0, 0, true),
        ForIter(_) | ForIterStore(..) => (1, -1, true),
        BuildTuple(k) | BuildList(k) | BuildSet(k) | BuildString(k) | BuildSlice(k) => (1 - n(k), 0, true),
        BuildMap(k) => (1 - 2 * n(k), 0, true),
        ListAppend(_) | SetAdd(_) => (-1, 0, true),
        MapAdd(_) => (-2, 0, true),
        ListExtend(_) | SetUpdate(_) | DictUpdate(_) | DictMerge(_) => (-1, 0, true),
        ListToTuple => (0, 0, true),
        FoldCall(fold, _) => (if fold == crate::bytecode::Fold::Join { -3 } else { -2 }, 0, true),
        SumAdd(_) | SumEnd | JoinEnd => (-1, 0, true),
        UnpackSequence(k) | UnpackToFast(k) => (n(k) - 1, 0, true),
        UnpackEx(a, b) => (a as i32 + b as i32, 0, true),
        FormatValue(f) => (if f & 4 != 0 { -1 } else { 0 }, 0, true),
        Call(k) => (-n(k), 0, true),
        CallKw(k) => (-n(k) - 1, 0, true),
        CallMethodKw(k) => (-n(k) - 2, 0, true),
        CallEx(k) => (-1 - n(k), 0, true),
        MakeFunction(f) => (-1 - (f & 0xF).count_ones() as i32, 0, true),
        Return => (-1, 0, false),
        YieldValue => (0, 0, true),
        // The compiler always targets the next instruction; only the jump path is real.
        Send(_) => (-1, -1, true),
        GetYieldFromIter | GetAwaitable => (0, 0, true),
        SetupExcept(_) | SetupFinally(_) => (0, 1, true),
        SetupWith(_) => (1, 1, true),
        SetupAsyncWith => (1, 0, true),
        AsyncWithBlock(_) => (0, 0, true),
        PopBlock | PopExcept => (0, 0, true),
        Reraise => (-1, 0, false),
        Raise(_) => (0, 0, false),
        CheckExcMatch => (0, 0, true),
        WithExit => (-1, 0, true),
        WithExcept => (1, 0, true),
        ImportName(_) => (-1, 0, true),
        ImportFrom(_) => (1, 0, true),
        ImportStar => (-1, 0, true),
        LoadBuildClass | LoadAssertionError => (1, 0, true),
        SetupAnnotations | UseCallerNamespace => (0, 0, true),
        PrintExpr => (-1, 0, true),
        GetLen | MatchMapping | MatchSequence | MatchKeys => (1, 0, true),
        MatchClass(_) => (-2, 0, true),
        CopyDictWithoutKeys => (-1, 0, true),
        GetAIter => (0, 0, true),
        GetANext => (1, 0, true),
        EndAsyncFor => (-2, 0, true),
        CheckEgMatch(_) => (0, -1, true),
        ReraiseStar => (-3, 0, true),
    }
}

/// Walks every reachable path, recording the deepest stack seen.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn max_depth(ops: &[Op]) -> usize {
    let mut depth: Vec<i32> = vec![-1; ops.len() + 1];
    let mut work = vec![(0usize, 0i32)];
    let mut max = 0i32;
    while let Some((pc, d)) = work.pop() {
        // The bound guards against unbalanced loops in malformed code.
        if pc >= ops.len() || depth[pc] >= d || d as usize > 4 * ops.len() + 64 {
            continue;
        }
        depth[pc] = d;
        let (fall, jump, falls) = effect(&ops[pc]);
        max = max.max(d).max(d + fall).max(d + jump);
        if let Some(t) = jump_target(&ops[pc]) {
            work.push((t as usize, (d + jump).max(0)));
        }
        if falls {
            work.push((pc + 1, (d + fall).max(0)));
        }
    }
    max.max(0) as usize + 1
}

/// Checks that every instruction is reached with one stack depth and never underflows.
#[cfg(test)]
pub(crate) fn check(ops: &[Op]) -> Result<(), String> {
    let mut depth: Vec<Option<i32>> = vec![None; ops.len() + 1];
    let mut work = vec![(0usize, 0i32)];
    while let Some((pc, d)) = work.pop() {
        if pc >= ops.len() {
            continue;
        }
        if d < 0 {
            return Err(format!("stack underflow at {pc}"));
        }
        match depth[pc] {
            Some(old) if old == d => continue,
            Some(old) => return Err(format!("depth mismatch at {pc}: {old} vs {d}")),
            None => depth[pc] = Some(d),
        }
        let (fall, jump, falls) = effect(&ops[pc]);
        if let Some(t) = jump_target(&ops[pc]) {
            work.push((t as usize, d + jump));
        }
        if falls {
            work.push((pc + 1, d + fall));
        }
    }
    Ok(())
}

//! Fused instructions: common sequences done by one dispatch.
//!
//! A fused instruction replaces only the *first* instruction of its sequence; the others stay
//! in place after it. When its operands allow (small ints, floats, bound locals) it does the
//! whole sequence and skips past the rest; otherwise it does just that first instruction and
//! the next one runs as usual. So jumps into the middle of a sequence, error positions,
//! stack depths and every slow path stay exactly those of the unfused code, and fusions may
//! overlap (the instruction after a fused head may itself be a fused head).

use super::Op;
use super::opcode::CmpOp;

/// Rewrites the heads of fusable sequences in a finished instruction list (jump targets
/// resolved, stack depth already computed).
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn fuse(ops: &mut [Op]) {
    mark_slice_temps(ops);
    for i in 0..ops.len() {
        let next = ops.get(i + 1).copied();
        let third = ops.get(i + 2).copied();
        let branches = matches!(ops.get(i + 3), Some(Op::JumpIfFalse(_)));
        let fused = match (ops[i], next, third) {
            (Op::LoadFast(a), Some(Op::LoadSmallInt(k)), Some(Op::Compare(op))) if branches => {
                slot(a).map(|a| Op::FastIntCompareJump(op, a, k))
            }
            (Op::LoadFast(a), Some(Op::LoadFast(b)), Some(Op::Compare(op))) if branches => {
                slot(a).zip(slot(b)).map(|(a, b)| Op::FastFastCompareJump(op, a, b))
            }
            (Op::LoadFast(a), Some(Op::LoadSmallInt(k)), Some(Op::BinaryOp(op) | Op::InplaceOp(op))) => {
                slot(a).map(|a| Op::FastIntArith(op, a, k))
            }
            (Op::LoadFast(a), Some(Op::LoadFast(b)), Some(Op::BinaryOp(op) | Op::InplaceOp(op))) => {
                slot(a).zip(slot(b)).map(|(a, b)| Op::FastFastArith(op, a, b))
            }
            (Op::LoadFast(a), Some(Op::LoadAttr(n)), _) => slot(a).map(|a| Op::LoadFastAttr(a, n)),
            (Op::LoadFast(a), Some(Op::Dup), Some(Op::LoadAttr(n))) => slot(a).map(|a| Op::LoadFastDupAttr(a, n)),
            (Op::LoadFast(a), Some(Op::LoadMethod(n)), _) => slot(a).map(|a| Op::LoadFastMethod(a, n)),
            (Op::LoadNone, Some(Op::Return), _) => Some(Op::ReturnNone),
            (Op::LoadNone, Some(Op::Compare(op @ (CmpOp::Is | CmpOp::IsNot))), Some(Op::JumpIfFalse(t))) => {
                Some(Op::NoneCompareJump(op, t))
            }
            (Op::LoadFast(a), Some(Op::Subscr), _) => slot(a).map(Op::LoadFastSubscr),
            (Op::Rot2, Some(Op::StoreAttr(n)), _) => Some(Op::SwapStoreAttr(n)),
            (Op::InplaceOp(op), Some(Op::Rot2), Some(Op::StoreAttr(n))) => Some(Op::InplaceStoreAttr(op, n)),
            (Op::LoadFast(a), Some(Op::LoadSmallInt(k)), _) => slot(a).map(|a| Op::LoadFastInt(a, k)),
            (Op::LoadFast(a), Some(Op::LoadFast(b)), _) => slot(a).zip(slot(b)).map(|(a, b)| Op::LoadFastFast(a, b)),
            (Op::LoadSmallInt(k), Some(Op::BinaryOp(op) | Op::InplaceOp(op)), _) => Some(Op::IntArith(op, k)),
            (Op::Compare(op), Some(Op::JumpIfFalse(t)), _) => Some(Op::CompareJumpIfFalse(op, t)),
            (Op::ForIter(t), Some(Op::StoreFast(a)), _) => {
                slot(a).zip(u16::try_from(t).ok()).map(|(a, t)| Op::ForIterStore(a, t))
            }
            _ => None,
        };
        if let Some(f) = fused.or_else(|| unpack_to_fast(&ops[i..])) {
            ops[i] = f;
        }
    }
}

/// The instruction a fused head stands for (itself for any other instruction): what the
/// listing shows and what stack-depth analysis sees.
pub fn unfused(op: Op) -> Op {
    match op {
        Op::FastIntArith(_, a, _)
        | Op::FastFastArith(_, a, _)
        | Op::FastIntCompareJump(_, a, _)
        | Op::FastFastCompareJump(_, a, _)
        | Op::LoadFastInt(a, _)
        | Op::LoadFastFast(a, _)
        | Op::LoadFastAttr(a, _)
        | Op::LoadFastDupAttr(a, _)
        | Op::LoadFastMethod(a, _)
        | Op::LoadFastSubscr(a) => Op::LoadFast(a as u32),
        Op::ReturnNone | Op::NoneCompareJump(..) => Op::LoadNone,
        Op::SwapStoreAttr(_) => Op::Rot2,
        Op::InplaceStoreAttr(op, _) => Op::InplaceOp(op),
        Op::IntArith(_, k) => Op::LoadSmallInt(k),
        Op::UnpackToFast(n) => Op::UnpackSequence(n),
        Op::CompareJumpIfFalse(op, _) => Op::Compare(op),
        Op::ForIterStore(_, t) => Op::ForIter(t as u32),
        Op::BinarySliceTemp(n) => Op::BinarySlice(n),
        other => other,
    }
}

/// `UnpackSequence(n)` whose `n` items all go to locals by the `StoreFast`s right after it.
fn unpack_to_fast(ops: &[Op]) -> Option<Op> {
    let Op::UnpackSequence(n) = ops[0] else { return None };
    let stores = ops.get(1..=n as usize)?;
    (n > 0 && stores.iter().all(|op| matches!(op, Op::StoreFast(_)))).then_some(Op::UnpackToFast(n))
}

/// A local slot index small enough for a fused operand.
fn slot(i: u32) -> Option<u16> {
    u16::try_from(i).ok()
}

/// Marks each `BinarySlice` whose result is the value of a `StoreSlice` a few instructions
/// on, with only loads and operators in between (`perm[:k + 1] = perm[k::-1]`): nothing can
/// take a reference to the new list there (Python code has no access to the operand stack,
/// and `gc.get_objects`/`get_referrers` do not exist), so the store may free it. No jump may
/// land inside the sequence, so the store is reached only through the slice.
fn mark_slice_temps(ops: &mut [Op]) {
    let mut targets: Vec<usize> = ops.iter().filter_map(super::jumps::jump_target).map(|t| t as usize).collect();
    targets.sort_unstable();
    for i in 0..ops.len() {
        let Op::BinarySlice(n) = ops[i] else { continue };
        let Some(end) = consumer_store(ops, i + 1) else { continue };
        let lo = targets.partition_point(|&t| t <= i);
        if targets.get(lo).is_some_and(|&t| t <= end) {
            continue;
        }
        ops[i] = Op::BinarySliceTemp(n);
    }
}

/// The position of the `StoreSlice` that consumes the value on top of the stack at `from`,
/// if only side-effect-free pushes and operators on the values above it come first.
fn consumer_store(ops: &[Op], from: usize) -> Option<usize> {
    // Values pushed above the slice's result.
    let mut above: u32 = 0;
    for (j, op) in ops.iter().enumerate().skip(from).take(16) {
        match *op {
            Op::LoadFast(_) | Op::LoadNone | Op::LoadSmallInt(_) | Op::LoadConst(_) | Op::LoadGlobal(_) => above += 1,
            Op::BinaryOp(_) if above >= 2 => above -= 1,
            Op::UnaryNeg if above >= 1 => {}
            Op::StoreSlice(k) if above == k + 1 => return Some(j),
            _ => return None,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::ast::BinOp;

    /// `perm[:k + 1] = perm[k::-1]` with `perm` in slot 0 and `k` in slot 1.
    fn prefix_reversal() -> Vec<Op> {
        vec![
            Op::LoadFast(0),
            Op::LoadFast(1),
            Op::LoadNone,
            Op::LoadSmallInt(-1),
            Op::BinarySlice(3),
            Op::LoadFast(0),
            Op::LoadNone,
            Op::LoadFast(1),
            Op::LoadSmallInt(1),
            Op::BinaryOp(BinOp::Add),
            Op::StoreSlice(2),
        ]
    }

    #[test]
    fn a_slice_only_a_slice_store_reads_is_marked() {
        let mut ops = prefix_reversal();
        mark_slice_temps(&mut ops);
        assert_eq!(ops[4], Op::BinarySliceTemp(3));
        assert_eq!(unfused(ops[4]), Op::BinarySlice(3));
    }

    #[test]
    fn a_slice_that_is_stored_or_jumped_past_is_not_marked() {
        // `x = a[k::-1]` first: the store's value is not the slice.
        let mut ops = prefix_reversal();
        ops.insert(5, Op::StoreFast(2));
        ops.insert(6, Op::LoadFast(2));
        mark_slice_temps(&mut ops);
        assert_eq!(ops[4], Op::BinarySlice(3));
        // A jump landing between the slice and the store.
        let mut ops = prefix_reversal();
        ops.push(Op::Jump(7));
        mark_slice_temps(&mut ops);
        assert_eq!(ops[4], Op::BinarySlice(3));
        // The slice is a bound of the store, not its value.
        let mut ops = vec![
            Op::LoadFast(0),
            Op::LoadFast(1),
            Op::LoadNone,
            Op::LoadNone,
            Op::BinarySlice(2),
            Op::LoadNone,
            Op::StoreSlice(2),
        ];
        mark_slice_temps(&mut ops);
        assert_eq!(ops[4], Op::BinarySlice(2));
    }

    #[test]
    fn augmented_attribute_assignment_is_fused_at_both_ends() {
        // `x.a += y` with `x` in slot 0 and `y` in slot 1.
        let plain = vec![
            Op::LoadFast(0),
            Op::Dup,
            Op::LoadAttr(3),
            Op::LoadFast(1),
            Op::InplaceOp(BinOp::Add),
            Op::Rot2,
            Op::StoreAttr(3),
        ];
        let mut ops = plain.clone();
        fuse(&mut ops);
        assert_eq!(ops[0], Op::LoadFastDupAttr(0, 3));
        assert_eq!(ops[4], Op::InplaceStoreAttr(BinOp::Add, 3));
        assert_eq!(ops[5], Op::SwapStoreAttr(3));
        // The rest of each sequence stays for when the fused head cannot do it all.
        assert_eq!(ops[1..4], plain[1..4]);
        assert_eq!(ops[6], plain[6]);
        let unfused: Vec<Op> = ops.iter().map(|&op| unfused(op)).collect();
        assert_eq!(unfused, plain);
    }

    #[test]
    fn method_calls_on_locals_and_none_returns_are_fused() {
        // `x.m(y)` with `x` in slot 0, then `return None`.
        let plain = vec![
            Op::LoadFast(0),
            Op::LoadMethod(2),
            Op::LoadFast(1),
            Op::CallMethod(1),
            Op::Pop,
            Op::LoadNone,
            Op::Return,
        ];
        let mut ops = plain.clone();
        fuse(&mut ops);
        assert_eq!(ops[0], Op::LoadFastMethod(0, 2));
        assert_eq!(ops[5], Op::ReturnNone);
        assert_eq!(ops[1..5], plain[1..5]);
        assert_eq!(ops[6], Op::Return);
        let unfused: Vec<Op> = ops.iter().map(|&op| unfused(op)).collect();
        assert_eq!(unfused, plain);
    }

    #[test]
    fn unpacking_into_locals_only_is_fused() {
        let mut ops = vec![Op::UnpackSequence(2), Op::StoreFast(0), Op::StoreFast(1)];
        fuse(&mut ops);
        assert_eq!(ops, [Op::UnpackToFast(2), Op::StoreFast(0), Op::StoreFast(1)]);
        assert_eq!(unfused(ops[0]), Op::UnpackSequence(2));
        // A target that is not a local, or too few instructions left.
        for mut ops in [
            vec![Op::UnpackSequence(2), Op::StoreFast(0), Op::StoreGlobal(1)],
            vec![Op::UnpackSequence(3), Op::StoreFast(0), Op::StoreFast(1)],
        ] {
            let before = ops.clone();
            fuse(&mut ops);
            assert_eq!(ops, before);
        }
    }
}

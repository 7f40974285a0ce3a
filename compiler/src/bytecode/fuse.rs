//! Fused instructions: common sequences done by one dispatch.
//!
//! A fused instruction replaces only the *first* instruction of its sequence; the others stay
//! in place after it. When its operands allow (small ints, floats, bound locals) it does the
//! whole sequence and skips past the rest; otherwise it does just that first instruction and
//! the next one runs as usual. So jumps into the middle of a sequence, error positions,
//! stack depths and every slow path stay exactly those of the unfused code, and fusions may
//! overlap (the instruction after a fused head may itself be a fused head).

use super::Op;

/// Rewrites the heads of fusable sequences in a finished instruction list (jump targets
/// resolved, stack depth already computed).
pub fn fuse(ops: &mut [Op]) {
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
            (Op::LoadFast(a), Some(Op::LoadSmallInt(k)), _) => slot(a).map(|a| Op::LoadFastInt(a, k)),
            (Op::LoadFast(a), Some(Op::LoadFast(b)), _) => slot(a).zip(slot(b)).map(|(a, b)| Op::LoadFastFast(a, b)),
            (Op::LoadSmallInt(k), Some(Op::BinaryOp(op) | Op::InplaceOp(op)), _) => Some(Op::IntArith(op, k)),
            (Op::Compare(op), Some(Op::JumpIfFalse(t)), _) => Some(Op::CompareJumpIfFalse(op, t)),
            _ => None,
        };
        if let Some(f) = fused {
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
        | Op::LoadFastAttr(a, _) => Op::LoadFast(a as u32),
        Op::IntArith(_, k) => Op::LoadSmallInt(k),
        Op::CompareJumpIfFalse(op, _) => Op::Compare(op),
        other => other,
    }
}

/// A local slot index small enough for a fused operand.
fn slot(i: u32) -> Option<u16> {
    u16::try_from(i).ok()
}

//! Jump targets of branching instructions (used by the compiler to patch and check jumps).

use super::Op;

/// The jump target of a branching instruction (an absolute op index), if it has one.
pub fn jump_target(op: &Op) -> Option<u32> {
    match *op {
        Op::Jump(t)
        | Op::JumpIfFalse(t)
        | Op::JumpIfTrue(t)
        | Op::JumpIfFalseOrPop(t)
        | Op::JumpIfTrueOrPop(t)
        | Op::ForIter(t)
        | Op::Send(t)
        | Op::SetupExcept(t)
        | Op::SetupFinally(t)
        | Op::SetupWith(t)
        | Op::AsyncWithBlock(t)
        | Op::CheckEgMatch(t) => Some(t),
        _ => None,
    }
}

/// `op` with its jump target replaced (ops without a target are returned unchanged).
pub fn with_jump_target(op: Op, t: u32) -> Op {
    match op {
        Op::Jump(_) => Op::Jump(t),
        Op::JumpIfFalse(_) => Op::JumpIfFalse(t),
        Op::JumpIfTrue(_) => Op::JumpIfTrue(t),
        Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(t),
        Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(t),
        Op::ForIter(_) => Op::ForIter(t),
        Op::Send(_) => Op::Send(t),
        Op::SetupExcept(_) => Op::SetupExcept(t),
        Op::SetupFinally(_) => Op::SetupFinally(t),
        Op::SetupWith(_) => Op::SetupWith(t),
        Op::AsyncWithBlock(_) => Op::AsyncWithBlock(t),
        Op::CheckEgMatch(_) => Op::CheckEgMatch(t),
        other => other,
    }
}

//! The instruction set. A stack machine; each instruction is 8 bytes (`Op` is a tag plus
//! at most a u32 operand, or two u16s), so dispatch is one `match` on a dense enum.
//!
//! Stack effects are written `[before] -> [after]`, top of stack rightmost.

/// Binary operator selector for `BinaryOp` / `InplaceOp`.
pub use crate::syntax::ast::BinOp;
/// Comparison selector for `Compare`.
pub use crate::syntax::ast::CmpOp;

/// The built-in a generator expression passed alone to it is folded by (`FoldCall`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fold {
    Sum,
    Any,
    All,
    List,
    Tuple,
    Set,
    /// `str.join`, called as a method: its separator sits at the bottom of the folding frame's
    /// operand stack.
    Join,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    Nop,
    /// `[a] -> []`
    Pop,
    /// `[iterator] -> []`: a `for` loop left early (`break`, `return`) drops its iterator: freed
    /// at once when the loop owns it (`Vm::loop_iter`); a suspended generator is closed, as
    /// CPython's refcounting does (vm/genfinal.rs).
    PopIter,
    /// `[a] -> [a a]`
    Dup,
    /// `[a b] -> [a b a b]`
    Dup2,
    /// `[a b] -> [b a]`
    Rot2,
    /// `[a b c] -> [c a b]`
    Rot3,
    /// `[a b c d] -> [d a b c]`
    Rot4,

    /// `[] -> [consts[i]]`
    LoadConst(u32),
    LoadNone,
    /// `[] -> [int]` for small integer literals.
    LoadSmallInt(i32),

    /// Fast locals. Loading an unbound slot raises `UnboundLocalError`.
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Unbinds a fast local that may be unbound already: an inline comprehension's hidden
    /// slot once it is done (compile/expr.rs `comprehension_inline`).
    ClearFast(u32),
    /// Cell slots (index into cellvars ++ freevars, i.e. slot `nvarnames + i`).
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// `[] -> [cell]`: the cell object itself, to build a closure.
    LoadClosure(u32),
    /// Class body reading a free variable: namespace first, then the cell.
    LoadClassDeref(u32),

    /// Module globals then builtins; operand indexes `names`.
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Namespace dict (module/class body), then globals, then builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),

    /// `[obj] -> [obj.name]`
    LoadAttr(u32),
    /// `[value obj] -> []`
    StoreAttr(u32),
    /// `[obj] -> []`
    DeleteAttr(u32),
    /// `[obj] -> [meth self]` or `[obj] -> [callable NULL]`: lets `CallMethod` skip binding.
    LoadMethod(u32),
    /// `[meth self_or_null args*n] -> [result]`
    CallMethod(u32),

    /// `[obj key] -> [obj[key]]`
    Subscr,
    /// `[value obj key] -> []`
    StoreSubscr,
    /// `[obj key] -> []`
    DeleteSubscr,
    /// `obj[a:b]` (operand 2) or `obj[a:b:c]` (3) without a slice object:
    /// `[obj a b (c)] -> [obj[a:b:c]]`. Types other than the builtin sequences get one built.
    BinarySlice(u32),
    /// `[value obj a b (c)] -> []`
    StoreSlice(u32),
    /// `[obj a b (c)] -> []`
    DeleteSlice(u32),

    /// `[a b] -> [a op b]`
    BinaryOp(BinOp),
    /// `[a b] -> [a op= b]` (tries `__iop__` first)
    InplaceOp(BinOp),
    /// `[a] -> [-a]`
    UnaryNeg,
    UnaryPos,
    UnaryNot,
    UnaryInvert,
    /// `[a b] -> [a op b]` for `<`, `==`, `in`, `is`, ... (all ten comparison operators).
    Compare(CmpOp),

    Jump(u32),
    /// Pops the condition.
    JumpIfFalse(u32),
    JumpIfTrue(u32),
    /// `and` / `or`: jump keeping the value, or pop it and fall through.
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),

    /// `[iterable] -> [iterator]`
    GetIter,
    /// `[it] -> [it next]`, or pops `it` and jumps when exhausted.
    ForIter(u32),

    /// `[items*n] -> [tuple]`
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// `[k1 v1 ... kn vn] -> [dict]`
    BuildMap(u32),
    /// `[s1..sn] -> [s1+...+sn]` (f-strings)
    BuildString(u32),
    /// `[start stop] -> [slice]` or `[start stop step] -> [slice]`
    BuildSlice(u32),
    /// Comprehension helpers: `[coll <depth-1 items> v] -> [coll <...>]`, `coll` being at
    /// distance `depth` below the value.
    ListAppend(u32),
    SetAdd(u32),
    /// `[dict ... k v] -> [dict ...]`
    MapAdd(u32),
    /// `[list ... iterable] -> [list ...]` (for `[*a, *b]`)
    ListExtend(u32),
    SetUpdate(u32),
    /// `[dict ... mapping] -> [dict ...]` (`{**a}`)
    DictUpdate(u32),
    /// Like `DictUpdate` but duplicate keys raise `TypeError` (`f(**a, **b)`).
    DictMerge(u32),
    /// `[list] -> [tuple]`
    ListToTuple,

    /// `[seq] -> [item_n-1 ... item_0]` (item 0 on top)
    UnpackSequence(u32),
    /// `a, *b, c = seq`: `[seq] -> [after items..., list, before items...]` (first on top).
    UnpackEx(u16, u16),

    /// `[value] -> [str]` or `[value spec] -> [str]`. Low 2 bits: conversion
    /// (0 none, 1 `!s`, 2 `!r`, 3 `!a`); bit 2: a format spec is on the stack.
    FormatValue(u32),

    /// `[f args*n] -> [result]`
    Call(u32),
    /// `[f args*n names_tuple] -> [result]`; the last `len(names)` args are keywords.
    CallKw(u32),
    /// `[meth self args*n names_tuple] -> [result]` (or `[callable NULL ...]`, as
    /// `LoadMethod` left them): `obj.m(a, k=v)` without a bound method object.
    CallMethodKw(u32),
    /// `[f args_tuple] -> [r]`, or `[f args_tuple kwargs_dict] -> [r]` when operand is 1.
    CallEx(u32),
    /// `[code qualname] -> [function]`, consuming extras first as flagged:
    /// bit 0: positional defaults tuple, bit 1: kw-only defaults dict, bit 2: annotations
    /// dict, bit 3: closure tuple of cells. Extras are pushed in that order below `code`.
    MakeFunction(u32),

    /// `[value] -> []`, returns from the frame.
    Return,
    /// `[value] -> [sent]` (suspends the generator frame).
    YieldValue,
    /// `[iter value] -> [iter result]` or, on StopIteration, `[result]` and jump. Drives
    /// `yield from` / `await`: sends `value` into `iter`; if it yields, this frame yields the
    /// same value and re-executes this instruction when resumed.
    Send(u32),
    /// `[x] -> [iter]`: `iter(x)` unless `x` is a generator/coroutine.
    GetYieldFromIter,
    /// `[x] -> [awaitable-iter]`
    GetAwaitable,

    /// Pushes an exception-handler block whose handler starts at the operand.
    SetupExcept(u32),
    /// Pushes a `finally` block (same unwinding as `SetupExcept`).
    SetupFinally(u32),
    /// `[mgr] -> [exit enter_result]`, pushes a finally block for the handler at operand.
    SetupWith(u32),
    /// `[mgr] -> [aexit aenter_awaitable]` (async with; no block yet: an exception while
    /// awaiting `__aenter__` does not call `__aexit__`).
    SetupAsyncWith,
    /// `[aexit entered] -> [aexit entered]`: once `__aenter__` is awaited, pushes the finally
    /// block for the handler at operand, unwinding to below `entered` (as `SetupWith`'s).
    AsyncWithBlock(u32),
    /// Pops the innermost block (leaving a protected region normally).
    PopBlock,
    /// Leaves an `except` handler: pops its handler block and restores the exception that
    /// was being handled before it.
    PopExcept,
    /// `[exc] -> (raises)`: re-raises keeping the traceback.
    Reraise,
    /// `raise` (0), `raise e` (1), `raise e from c` (2).
    Raise(u32),
    /// `[exc type] -> [exc bool]`: does `exc` match the `except` clause's type (or tuple)?
    CheckExcMatch,
    /// `[exit] -> []`: normal exit of a `with` block, calls `exit(None, None, None)`.
    WithExit,
    /// `[exit exc] -> [exit exc suppress]`: calls `exit(type, exc, tb)`.
    WithExcept,

    /// `[level fromlist] -> [module]`
    ImportName(u32),
    /// `[module] -> [module attr]`
    ImportFrom(u32),
    /// `[module] -> []`, binds all public names in the namespace.
    ImportStar,

    /// `[] -> [__build_class__]`
    LoadBuildClass,
    /// `[] -> [AssertionError]`
    LoadAssertionError,
    /// Creates `__annotations__` in the namespace if absent.
    SetupAnnotations,
    /// A generic's hidden scope inside a class body: names it does not bind are looked up in
    /// the class namespace (its caller's) before the globals, as CPython's annotation scopes
    /// do; it reads them with `LoadName`.
    UseCallerNamespace,
    /// REPL: print `repr` of a non-None value and bind `_`.
    PrintExpr,

    // Structural pattern matching (`match`).
    /// `[subject] -> [subject len]`
    GetLen,
    /// `[subject] -> [subject bool]`: is it a mapping?
    MatchMapping,
    /// `[subject] -> [subject bool]`: is it a sequence (not str/bytes/bytearray)?
    MatchSequence,
    /// `[subject keys_tuple] -> [subject keys_tuple values_tuple_or_None]`
    MatchKeys,
    /// `[subject cls kwnames_tuple] -> [attrs_tuple_or_None]` with operand = positional count.
    MatchClass(u32),
    /// `[subject keys_tuple] -> [dict]`: copy of a mapping without the given keys.
    CopyDictWithoutKeys,

    // Added by the compiler for `async for` (the VM side is to be implemented).
    /// `[obj] -> [aiter]`: `type(obj).__aiter__(obj)`; raises `TypeError` ("'async for'
    /// requires an object with __aiter__ method, got T") if missing.
    GetAIter,
    /// `[aiter] -> [aiter awaitable]`: calls `type(aiter).__anext__(aiter)` and turns the
    /// result into an awaitable iterator as `GetAwaitable` does. The compiler follows it with
    /// `LoadNone; Send(..)` to await it. `StopAsyncIteration` raised while awaiting ends the loop
    /// through the `SetupExcept` block around it (see `EndAsyncFor`).
    GetANext,
    /// `[aiter exc] -> []` in the `SetupExcept` handler of an `async for`: if `exc` is a
    /// `StopAsyncIteration`, pops both, pops the Handler block (restoring the previously
    /// handled exception, like `PopExcept`) and continues with the next instruction (the
    /// loop's `else`); otherwise re-raises `exc` like `Reraise`.
    EndAsyncFor,

    // `except*` (PEP 654).
    /// `[exc type] -> [rest match]`, or `[rest]` and a jump to the target when nothing
    /// matched: validates the clause type, splits `exc` (a group, a naked exception or None)
    /// into the matching subgroup (a naked exception is wrapped in a group) and the rest. On
    /// a match the handled exception becomes `match`.
    CheckEgMatch(u32),
    /// `[orig list rest] -> []`: appends `rest` to `list` (the exceptions raised by the
    /// `except*` clauses) and raises what leaves the statement (like `Reraise`), or falls
    /// through when everything was handled.
    ReraiseStar,

    // Fused instructions (see `fuse.rs`): each stands first in its sequence, the rest of which
    // follows it unchanged.
    /// `LoadFast(a) LoadSmallInt(k) BinaryOp(op)` (or `InplaceOp(op)`).
    FastIntArith(BinOp, u16, i32),
    /// `LoadFast(a) LoadFast(b) BinaryOp(op)` (or `InplaceOp(op)`).
    FastFastArith(BinOp, u16, u16),
    /// `LoadFast(a) LoadSmallInt(k) Compare(op) JumpIfFalse(t)` (`t` is read from the jump).
    FastIntCompareJump(CmpOp, u16, i32),
    /// `LoadFast(a) LoadFast(b) Compare(op) JumpIfFalse(t)` (`t` is read from the jump).
    FastFastCompareJump(CmpOp, u16, u16),
    /// `LoadFast(a) LoadSmallInt(k)`.
    LoadFastInt(u16, i32),
    /// `LoadFast(a) LoadFast(b)`.
    LoadFastFast(u16, u16),
    /// `LoadFast(a) LoadAttr(name)`.
    LoadFastAttr(u16, u32),
    /// `LoadFast(a) Dup LoadAttr(name)`: the head of `x.name op= v`.
    LoadFastDupAttr(u16, u32),
    /// `LoadFast(a) LoadMethod(name)`: the head of `x.name(...)`.
    LoadFastMethod(u16, u32),
    /// `LoadNone Return`: falling off the end of a function, or `return`.
    ReturnNone,
    /// `Rot2 StoreAttr(name)`: the tail of `x.name op= v` (and of `a.x, b.y = ...`).
    SwapStoreAttr(u32),
    /// `InplaceOp(op) Rot2 StoreAttr(name)`: the operator and the tail of `x.name op= v`.
    InplaceStoreAttr(BinOp, u32),
    /// `LoadSmallInt(k) BinaryOp(op)` (or `InplaceOp(op)`).
    IntArith(BinOp, i32),
    /// `UnpackSequence(n)` followed by `n` `StoreFast`s (`a, b = pair` into locals).
    UnpackToFast(u32),
    /// `Compare(op) JumpIfFalse(t)`.
    CompareJumpIfFalse(CmpOp, u32),
    /// `LoadNone Compare(op) JumpIfFalse(t)` with `op` `is` or `is not`: `if x is None`.
    NoneCompareJump(CmpOp, u32),
    /// `LoadFast(a) Subscr`: `seq[i]` with `i` a local.
    LoadFastSubscr(u16),
    /// `ForIter(t) StoreFast(slot)` as `(slot, t)`: the head of `for x in ...` into a local.
    ForIterStore(u16, u16),
    /// `BinarySlice(n)` whose result only the `StoreSlice` ahead reads (`a[:k] = a[k::-1]`):
    /// a new list it makes may be freed by that store once its items are copied.
    BinarySliceTemp(u32),

    // A generator expression consumed by a built-in (`sum(x*x for x in xs)`): when the callee
    // is that built-in, the expression's loop runs as a plain frame folding each item into
    // the result, with no generator (vm/interp/fold.rs).
    /// `[callee genexpr-function iterator] -> [result]`: `const` is the folding variant of
    /// the generator expression's code; any other callee gets the generator, as `Call` would.
    /// For `Fold::Join` the callee is a `LoadMethod` pair (`[method receiver ...]`).
    FoldCall(Fold, u32),
    /// `[total state <depth-1 items> v] -> [total state ...]`: one step of `sum` (`state` is
    /// None on the int path, the compensation on the float path, True on the general one).
    SumAdd(u32),
    /// `[total state] -> [sum]`
    SumEnd,
    /// `[separator list] -> [str]`: `separator.join(list)`.
    JoinEnd,
}

const _: () = assert!(std::mem::size_of::<Op>() == 8);

use std::rc::Rc;

use crate::bytecode::Code;
use crate::bytecode::disasm::disassemble;
use crate::vm::Vm;
use crate::vm::null_host::NullHost;

fn compile_src(src: &str) -> (Vm, Rc<Code>) {
    let mut vm = Vm::new(Box::new(NullHost));
    let m = crate::syntax::parse_module(src).expect("parse");
    let code = super::compile_module(&mut vm, &m, "<test>", src).unwrap_or_else(|e| panic!("{e}"));
    (vm, code)
}

fn dis(src: &str) -> String {
    let (vm, code) = compile_src(src);
    check_all(&vm, &code, src);
    disassemble(&vm, &code)
}

fn compile_err(src: &str) -> String {
    let mut vm = Vm::new(Box::new(NullHost));
    let m = crate::syntax::parse_module(src).expect("parse");
    match super::compile_module(&mut vm, &m, "<test>", src) {
        Ok(_) => panic!("expected a SyntaxError for {src:?}"),
        Err(e) => e.into_info().msg,
    }
}

/// The disassembly with line numbers and op indices stripped.
fn ops(src: &str) -> String {
    dis(src)
        .lines()
        .map(
            |l| {
                if l.starts_with("Disassembly") || l.len() < 10 {
                    l.to_string()
                } else {
                    l[10..].trim_end().to_string()
                }
            },
        )
        .collect::<Vec<_>>()
        .join("\n")
}

/// The code object nested in `code`'s constants whose qualname is `q`.
fn find_code(vm: &Vm, code: &Rc<Code>, q: &str) -> Option<Rc<Code>> {
    if &*code.qualname == q {
        return Some(code.clone());
    }
    for &c in &code.consts {
        if let crate::Value::Obj(r) = c
            && let crate::Obj::Code(inner) = vm.heap.get(r)
            && let Some(f) = find_code(vm, inner, q)
        {
            return Some(f);
        }
    }
    None
}

fn names(v: &[Rc<str>]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[test]
fn show() {
    let src = std::env::var("SRC").unwrap_or_default();
    if !src.is_empty() {
        println!("{}", dis(&src));
    }
}

#[test]
fn golden_assign_and_call() {
    assert_eq!(
        ops("x = 1\nprint(x + 2)\n"),
        "Disassembly of <module>:
LoadSmallInt(1)
StoreName(0)             (x)
LoadName(1)              (print)
LoadName(0)              (x)
LoadSmallInt(2)
BinaryOp(Add)
Call(1)
Pop
LoadNone
Return"
    );
}

#[test]
fn golden_chained_compare_and_method_call() {
    assert_eq!(
        ops("def f(a, b, c):\n    return a < b < c.m(1)\n"),
        "Disassembly of <module>:
LoadConst(0)             (<code f>)
LoadConst(1)             ('f')
MakeFunction(0)
StoreName(0)             (f)
LoadNone
Return

Disassembly of f:
LoadFast(0)              (a)
LoadFast(1)              (b)
Dup
Rot3
Compare(Lt)
JumpIfFalseOrPop(12)
LoadFast(2)              (c)
LoadMethod(0)            (m)
LoadSmallInt(1)
CallMethod(1)
Compare(Lt)
Jump(14)
Rot2
Pop
Return
LoadNone
Return"
    );
}

#[test]
fn golden_for_break_and_listcomp() {
    assert_eq!(
        ops("for i in r:\n    if i: break\nelse:\n    pass\ny = [j for j in i]\n"),
        "Disassembly of <module>:
LoadName(0)              (r)
GetIter
ForIter(9)
StoreName(1)             (i)
LoadName(1)              (i)
JumpIfFalse(8)
PopIter
Jump(9)
Jump(2)
LoadConst(0)             (<code <listcomp>>)
LoadConst(1)             ('<listcomp>')
MakeFunction(0)
LoadName(1)              (i)
GetIter
Call(1)
StoreName(2)             (y)
LoadNone
Return

Disassembly of <listcomp>:
BuildList(0)
LoadFast(0)              (.0)
ForIter(7)
StoreFast(1)             (j)
LoadFast(1)              (j)
ListAppend(2)
Jump(2)
Return"
    );
}

#[test]
fn golden_try_except() {
    assert_eq!(
        ops("try:\n    a\nexcept E as e:\n    b\n"),
        "Disassembly of <module>:
SetupExcept(5)
LoadName(0)              (a)
Pop
PopBlock
Jump(17)
LoadName(1)              (E)
CheckExcMatch
JumpIfFalse(16)
StoreName(2)             (e)
LoadName(3)              (b)
Pop
PopExcept
LoadNone
StoreName(2)             (e)
DeleteName(2)            (e)
Jump(17)
Reraise
LoadNone
Return"
    );
}

#[test]
fn golden_with_and_return() {
    assert_eq!(
        ops("def f():\n    with m as v:\n        return v\n"),
        "Disassembly of <module>:
LoadConst(0)             (<code f>)
LoadConst(1)             ('f')
MakeFunction(0)
StoreName(0)             (f)
LoadNone
Return

Disassembly of f:
LoadGlobal(0)            (m)
SetupWith(11)
StoreFast(0)             (v)
LoadFast(0)              (v)
PopBlock
Rot2
WithExit
Return
PopBlock
WithExit
Jump(17)
WithExcept
JumpIfTrue(14)
Reraise
Pop
PopExcept
Pop
LoadNone
Return"
    );
}

#[test]
fn scopes_locals_cells_frees() {
    let src = "def f(a, b):\n    c = 1\n    def g(x):\n        nonlocal c\n        c = x + a\n        return d\n    return g\n";
    let (vm, code) = compile_src(src);
    let f = find_code(&vm, &code, "f").unwrap();
    assert_eq!(names(&f.varnames), ["a", "b", "g"]);
    assert_eq!(names(&f.cellvars), ["a", "c"]);
    assert_eq!(f.cell_params, vec![(0, 0)]);
    assert!(f.freevars.is_empty());
    let g = find_code(&vm, &code, "f.<locals>.g").unwrap();
    assert_eq!(names(&g.varnames), ["x"]);
    assert_eq!(names(&g.freevars), ["a", "c"]);
    assert!(ops(src).contains("LoadGlobal(0)            (d)"));
}

#[test]
fn scopes_class_skipped_and_class_cell() {
    let src = "def outer():\n    y = 1\n    class C:\n        y = 2\n        def m(self):\n            return y, super().m()\n        z = y\n    return C\n";
    let (vm, code) = compile_src(src);
    let c = find_code(&vm, &code, "outer.<locals>.C").unwrap();
    assert!(c.flags.class_body && c.flags.uses_namespace);
    assert_eq!(names(&c.cellvars), ["__class__"]);
    assert_eq!(names(&c.freevars), ["y"]);
    let m = find_code(&vm, &code, "outer.<locals>.C.m").unwrap();
    assert_eq!(names(&m.freevars), ["__class__", "y"]);
    let d = ops(src);
    assert!(d.lines().any(|l| l.starts_with("LoadName(") && l.ends_with("(y)")), "{d}");
    assert!(d.contains("LoadClosure(0)           (__class__)\nReturn"), "{d}");
}

#[test]
fn scopes_class_free_uses_loadclassderef() {
    let src = "def f():\n    x = 1\n    class C:\n        print(x)\n    return C\n";
    assert!(ops(src).contains("LoadClassDeref(0)        (x)"));
}

#[test]
fn scopes_walrus_in_comprehension_and_globals() {
    let src = "def f(xs):\n    [last := x for x in xs]\n    return last\ndef g():\n    global G\n    G = 1\n";
    let (vm, code) = compile_src(src);
    let f = find_code(&vm, &code, "f").unwrap();
    // The comprehension runs inline: `last` is a plain local of `f`, `x` a hidden slot.
    assert!(f.cellvars.is_empty());
    assert_eq!(names(&f.varnames), ["xs", "last", "x"]);
    assert!(find_code(&vm, &code, "f.<locals>.<listcomp>").is_none());
    assert!(ops(src).contains("StoreGlobal(0)           (G)"));
}

#[test]
fn golden_inline_listcomp() {
    assert_eq!(
        ops("def f(x):
    return [x for x in x if x]
"),
        "Disassembly of <module>:
LoadConst(0)             (<code f>)
LoadConst(1)             ('f')
MakeFunction(0)
StoreName(0)             (f)
LoadNone
Return

Disassembly of f:
BuildList(0)
LoadFast(0)              (x)
GetIter
SetupFinally(14)
ForIter(11)
StoreFast(1)             (x)
LoadFast(1)              (x)
JumpIfFalse(4)
LoadFast(1)              (x)
ListAppend(2)
Jump(4)
PopBlock
ClearFast(1)             (x)
Jump(16)
ClearFast(1)             (x)
Reraise
Return
LoadNone
Return"
    );
}

#[test]
fn inline_comprehensions_and_the_ones_kept_as_functions() {
    let src = "def f(r):\n    a = [[y for y in x] for x in r]\n    b = [lambda: x for x in r]\n    c = (x for x in r)\n    return a, b, c\n[x for x in range(2)]\nclass C:\n    z = {x: 1 for x in 'ab'}\n";
    let (vm, code) = compile_src(src);
    let f = find_code(&vm, &code, "f").unwrap();
    // Nested comprehensions inline, each with hidden slots of its own; the closure's
    // comprehension keeps its frame and its cell.
    assert_eq!(names(&f.varnames), ["r", "a", "b", "c", "x", "y"]);
    assert!(find_code(&vm, &code, "f.<locals>.<listcomp>").is_some());
    assert!(find_code(&vm, &code, "f.<locals>.<genexpr>").is_some());
    assert!(find_code(&vm, &code, "<listcomp>").is_some());
    assert!(find_code(&vm, &code, "C.<dictcomp>").is_some());
    // What a kept comprehension defines is named as CPython 3.13, which inlines it.
    assert!(find_code(&vm, &code, "f.<locals>.<lambda>").is_some());
}

#[test]
fn code_flags_and_params() {
    let src = "def f(a, /, b, *args, c, d=1, **kw):\n    yield a\nasync def g():\n    await h()\nasync def ag():\n    yield 1\n";
    let (vm, code) = compile_src(src);
    let f = find_code(&vm, &code, "f").unwrap();
    assert_eq!(names(&f.varnames), ["a", "b", "c", "d", "args", "kw"]);
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (2, 1, 2));
    assert!(f.flags.generator && f.flags.varargs && f.flags.varkeywords);
    assert!(find_code(&vm, &code, "g").unwrap().flags.coroutine);
    assert!(find_code(&vm, &code, "ag").unwrap().flags.async_generator);
}

#[test]
fn docstrings() {
    let (vm, code) = compile_src("'''mod'''\ndef f():\n    'fdoc'\n    return 1\nclass C:\n    'cdoc'\n");
    assert!(code.docstring.is_some());
    let f = find_code(&vm, &code, "f").unwrap();
    assert_eq!(vm.heap.str_of(f.docstring.unwrap()), Some("fdoc"));
    assert!(ops("'''mod'''\n").contains("StoreName(0)             (__doc__)"));
}

#[test]
fn interactive_prints_expressions() {
    let mut vm = Vm::new(Box::new(NullHost));
    let m = crate::syntax::parse_module("1 + 2\nx = 3\n").unwrap();
    let code = super::compile_interactive(&mut vm, &m, "<stdin>", "").unwrap();
    assert!(disassemble(&vm, &code).contains("PrintExpr"));
}

#[test]
fn compiles_every_construct() {
    let src = r#"
import a.b.c
import a.b as d
from .m import x as y, z
from . import w
from m import *
x = y = 1
a, *b, c = t
[p, q] = 1, 2
o.attr = v
o[1:2] = v
o[1, ::2] += 3
o.n -= 1
x **= 2
del x, o.attr, o[0]
ann: int = 5
only: str
o.at: int
if a and not b or c:
    pass
elif d:
    pass
else:
    pass
while x < 10:
    x += 1
    if x == 3:
        continue
else:
    pass
assert x, "msg"
assert y
raise E from F
def gen(n=1, *, k, m=2):
    yield n
    yield from range(k)
    x = yield
    return 3
async def co(a: int) -> str:
    await a
    return a
l = lambda a, *b, **c: (a, b, c)
s = {1, 2, *t}
dd = {1: 2, **e, 3: 4}
f"{x}{y!s:{w}.{p}}" f"{z=}"
b"bytes"; 1.5; 2j; ...; None; True; False; 10**100; -5; -2.5; not x; ~x; +x
f(*a, *b, k=1, **kw)
f(a, k=2)
o.m(*a)
x if y else z
(n := 10)
{k: v for k, v in items if k}
{s for s in x}
list(g for g in x)
x[1:2, ...]
class K(Base, metaclass=Meta, **kw):
    a: int
    def __init__(self):
        self.__private = 1
    @property
    def p(self):
        return __class__
@dec1
@dec2(arg)
def decorated():
    global gg
    gg = 1
def outer():
    v = 0
    def inner():
        nonlocal v
        v += 1
        try:
            return v
        except E as e:
            return e
        finally:
            v = 0
    return inner
def loops():
    for i in x:
        with a as b, c:
            try:
                if i:
                    break
                continue
            except:
                return
    while True:
        try:
            break
        finally:
            pass
"#;
    let (vm, code) = compile_src(src);
    let d = disassemble(&vm, &code);
    assert!(d.contains("StoreAttr") && d.contains("(_K__private)"), "{d}");
    assert!(d.contains("ImportStar"));
    assert!(d.contains("UnpackEx(1, 1)"));
    assert!(d.contains("SetupAnnotations"));
}

#[test]
fn jump_targets_in_range_and_stacksize() {
    let (_vm, code) =
        compile_src("for i in x:\n    try:\n        f(i, [a, b], {c: d})\n    except E:\n        break\n");
    for op in &code.ops {
        if let Some(t) = crate::bytecode::jumps::jump_target(op) {
            assert!((t as usize) < code.ops.len());
        }
    }
    assert!(code.stacksize >= 6, "{}", code.stacksize);
}

#[test]
fn syntax_errors() {
    let cases: &[(&str, &str)] = &[
        ("return 1\n", "'return' outside function"),
        ("class C:\n    return\n", "'return' outside function"),
        ("break\n", "'break' outside loop"),
        ("def f():\n    continue\n", "'continue' not properly in loop"),
        ("yield 1\n", "'yield' outside function"),
        ("class C:\n    yield\n", "'yield' outside function"),
        ("await x\n", "'await' outside function"),
        ("def f():\n    await x\n", "'await' outside async function"),
        ("def f():\n    x\n    global x\n", "name 'x' is used prior to global declaration"),
        ("def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration"),
        ("def f(x):\n    global x\n", "name 'x' is parameter and global"),
        ("def f():\n    x: int\n    global x\n", "annotated name 'x' can't be global"),
        ("def g():\n    v = 1\n    def f(v):\n        nonlocal v\n", "name 'v' is parameter and nonlocal"),
        (
            "def g():\n    v = 1\n    def f():\n        v\n        nonlocal v\n",
            "name 'v' is used prior to nonlocal declaration",
        ),
        (
            "def g():\n    v = 1\n    def f():\n        v = 2\n        nonlocal v\n",
            "name 'v' is assigned to before nonlocal declaration",
        ),
        (
            "def g():\n    v = 1\n    def f():\n        v: int\n        nonlocal v\n",
            "annotated name 'v' can't be nonlocal",
        ),
        ("def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found"),
        ("nonlocal x\n", "nonlocal declaration not allowed at module level"),
        ("async def f():\n    yield 1\n    return 2\n", "'return' with value in async generator"),
        ("*a = b\n", "starred assignment target must be in a list or tuple"),
        ("a, *b, *c = d\n", "multiple starred expressions in assignment"),
        ("def f(a, a):\n    pass\n", "duplicate argument 'a' in function definition"),
        ("[(yield x) for x in y]\n", "'yield' inside list comprehension"),
        (
            "class C:\n    [(z := 1) for x in y]\n",
            "assignment expression within a comprehension cannot be used in a class body",
        ),
        ("[x := 1 for x in y]\n", "assignment expression cannot rebind comprehension iteration variable 'x'"),
        ("def f():\n    from m import *\n", "import * only allowed at module level"),
        ("f(a=1, a=2)\n", "keyword argument repeated: a"),
    ];
    for (src, msg) in cases {
        let Ok(m) = crate::syntax::parse_module(src) else {
            continue;
        };
        let mut vm = Vm::new(Box::new(NullHost));
        match super::compile_module(&mut vm, &m, "<test>", src) {
            Ok(_) => panic!("no error for {src:?}"),
            Err(e) => assert_eq!(&e.msg, msg, "for {src:?}"),
        }
    }
    assert_eq!(compile_err("def f():\n    nonlocal x\n"), "no binding for nonlocal 'x' found");
}

#[test]
fn golden_match_sequence_with_capture() {
    assert_eq!(
        ops("match p:\n    case [1, x]:\n        a\n    case _:\n        b\n"),
        "Disassembly of <module>:
LoadName(0)              (p)
Dup
MatchSequence
JumpIfFalse(17)
GetLen
LoadSmallInt(2)
Compare(Eq)
JumpIfFalse(17)
UnpackSequence(2)
LoadSmallInt(1)
Compare(Eq)
JumpIfFalse(17)
StoreName(1)             (x)
Pop
LoadName(2)              (a)
Pop
Jump(22)
Pop
Pop
LoadName(3)              (b)
Pop
Jump(22)
LoadNone
Return"
    );
}

#[test]
fn match_patterns_compile() {
    let src = "match p:\n    case {'k': v, **kw}:\n        a\n    case Point(1, y=yy) | None:\n        b\n    case (1 | 2) as n if n:\n        c\n    case [*_, last] | (last,):\n        d\n    case str() | -1 | 2+3j | Color.RED:\n        e\n";
    let (_vm, code) = compile_src(src);
    let d = ops(src);
    for op in ["MatchMapping", "MatchKeys", "CopyDictWithoutKeys", "MatchClass(1)", "UnpackEx(0, 1)"] {
        assert!(d.contains(op), "{op} missing in {d}");
    }
    assert!(code.stacksize >= 5);
}

#[test]
fn async_constructs() {
    let src = "async def f():\n    async for x in y:\n        break\n    async with a as b:\n        return [i async for i in b]\n";
    let d = ops(src);
    for op in ["GetAIter", "GetANext", "EndAsyncFor", "SetupAsyncWith", "GetAwaitable"] {
        assert!(d.contains(op), "{op} missing in {d}");
    }
    assert_eq!(compile_err("def f():\n    async with a:\n        pass\n"), "'async with' outside async function");
}

#[test]
fn interactive_prints_nested_top_level_expressions() {
    let mut vm = Vm::new(Box::new(NullHost));
    let m = crate::syntax::parse_module("for i in r:\n    i\ndef f():\n    x\n").unwrap();
    let code = super::compile_interactive(&mut vm, &m, "<stdin>", "").unwrap();
    let d = disassemble(&vm, &code);
    assert_eq!(d.matches("PrintExpr").count(), 1, "{d}");
}

/// Compiles every `.py` file under `$COMPILE_DIR` (e.g. CPython's `Lib/`): nothing may panic.
#[test]
fn compile_directory_without_panics() {
    let Ok(dir) = std::env::var("COMPILE_DIR") else {
        return;
    };
    let mut stack = vec![std::path::PathBuf::from(dir)];
    let (mut ok, mut parse_err, mut compile_err) = (0, 0, 0);
    while let Some(p) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&p) else {
            continue;
        };
        for e in entries.flatten() {
            let path = e.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "py") {
                let Ok(src) = std::fs::read_to_string(&path) else {
                    continue;
                };
                let Ok(m) = crate::syntax::parse_module(&src) else {
                    parse_err += 1;
                    continue;
                };
                let mut vm = Vm::new(Box::new(NullHost));
                match super::compile_module(&mut vm, &m, "<test>", &src) {
                    Ok(code) => {
                        ok += 1;
                        check_all(&vm, &code, &path.display().to_string());
                    }
                    Err(e) => {
                        compile_err += 1;
                        println!("{}: {e}", path.display());
                    }
                }
            }
        }
    }
    println!("ok {ok}, parse errors {parse_err}, compile errors {compile_err}");
}

/// Verifies stack discipline of `code` and every nested code object.
fn check_all(vm: &Vm, code: &Rc<Code>, what: &str) {
    if let Err(e) = super::stack::check(&code.ops) {
        panic!("{what}: {}: {e}\n{}", code.qualname, disassemble(vm, code));
    }
    for &c in &code.consts {
        if let crate::Value::Obj(r) = c
            && let crate::Obj::Code(inner) = vm.heap.get(r)
        {
            check_all(vm, inner, what);
        }
    }
}

#[test]
fn break_in_finally_after_return_keeps_stack_balanced() {
    let src = "def g(x):\n    for c in [0, 1]:\n        while c < 20:\n            try:\n                return c\n            finally:\n                if x:\n                    break\n                continue\n    return 1\n";
    let d = dis(src);
    assert!(d.contains("Return"));
}

#[test]
fn class_static_attributes_and_firstlineno() {
    let src = "@d\nclass C:\n    def m(self):\n        self.b = 1\n        self.a, x = 1, 2\n        self.c.d = 3\n        self.e += 1\n";
    let d = ops(src);
    assert!(d.contains("(('a', 'b'))\nStoreName(5)             (__static_attributes__)"), "{d}");
    assert!(d.contains("LoadSmallInt(1)\nStoreName(3)             (__firstlineno__)"), "{d}");
}

#[test]
fn docstrings_are_cleaned_like_cpython_313() {
    assert_eq!(
        super::clean_doc("  First\n        indented more\n      less\n\n    end   "),
        "First\n    indented more\n  less\n\nend   "
    );
    assert_eq!(super::clean_doc("\n    x\n    "), "\nx\n");
    assert_eq!(super::clean_doc("a\n\tb"), "a\nb");
}

#[test]
fn except_star_uses_eg_ops_and_keeps_stack_balanced() {
    let src = "def f():\n    try:\n        g()\n    except* ValueError as e:\n        for i in e.exceptions:\n            if i:\n                break\n    except* (TypeError, KeyError):\n        raise\n    else:\n        pass\n    finally:\n        h()\n    return 1\n";
    let d = dis(src);
    assert_eq!(d.matches("CheckEgMatch").count(), 2, "{d}");
    assert_eq!(d.matches("ReraiseStar").count(), 1, "{d}");
    const MSG: &str = "'break', 'continue' and 'return' cannot appear in an except* block";
    for body in [
        "return 1",
        "for x in y:\n            pass\n        return",
        "try:\n            pass\n        finally:\n            return",
    ] {
        let src = format!("def f():\n    try:\n        pass\n    except* E:\n        {body}\n");
        assert_eq!(compile_err(&src), MSG, "{src}");
    }
    assert_eq!(compile_err("while x:\n    try:\n        pass\n    except* E:\n        continue\n"), MSG);
    dis("while x:\n    try:\n        pass\n    except* E:\n        def f():\n            return 1\n");
}

#[test]
fn swap_assignment_builds_no_tuple() {
    let two = ops("a, b = b, a\n");
    assert!(!two.contains("BuildTuple") && !two.contains("UnpackSequence"), "{two}");
    assert!(
        two.contains("(b)\nLoadName(1)              (a)\nRot2\nStoreName(1)             (a)\nStoreName(0)"),
        "{two}"
    );
    let three = ops("x, y, z = z, x, y\n");
    assert!(three.contains("Rot3\nRot2\nStoreName"), "{three}");
    // Distinct locals are stored in reverse instead of rotated; a repeated name is not.
    let local = ops("def f(a, b, c):\n    a, b, c = c, a, b\n");
    assert!(local.contains("(b)\nStoreFast(2)             (c)\nStoreFast(1)             (b)\nStoreFast(0)"), "{local}");
    assert!(!local.contains("Rot"), "{local}");
    let repeated = ops("def f(a, b):\n    a, a = b, b\n");
    assert!(repeated.contains("Rot2\nStoreFast(0)             (a)\nStoreFast(0)"), "{repeated}");
    assert!(!three.contains("BuildTuple"), "{three}");
    // Other shapes keep the general unpacking.
    for src in [
        "a, b = c\n",
        "a, *b = c, d\n",
        "a, b = c, d, e\n",
        "a, b, c, d = e, f, g, h\n",
        "a, b = *c, d\n",
        "a = b = c, d\n",
    ] {
        let o = ops(src);
        assert!(o.contains("Unpack") || !o.contains("Rot2"), "{src}: {o}");
    }
}

#[test]
fn slices_compile_to_slice_instructions() {
    // Two- and three-operand slices keep their bounds on the stack.
    let o = ops("a[1:b]\na[::2] = v\ndel a[:-1]\n");
    let slice_ops: Vec<&str> = o.lines().filter(|l| l.contains("Slice") || l.contains("Subscr")).collect();
    assert_eq!(slice_ops, ["BinarySlice(2)", "StoreSlice(3)", "DeleteSlice(2)"]);
    // Other keys, tuples of slices and augmented assignment still build a slice object.
    let o = ops("a[1:2, 3]\na[1:2] += v\na[i]\n");
    let slice_ops: Vec<&str> = o.lines().filter(|l| l.contains("Slice") || l.contains("Subscr")).collect();
    assert_eq!(slice_ops, ["BuildSlice(2)", "Subscr", "BuildSlice(2)", "Subscr", "StoreSubscr", "Subscr"]);
}

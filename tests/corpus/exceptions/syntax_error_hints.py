# CPython 3.13's hints and caret ranges for a stray `=` in a named expression, keyword arguments
# without a value, `*` with no operand, assignments to `*a`/`**a`, and f-string fields that
# cannot start an expression (bare lambdas).
import traceback

SOURCES = [
    'if x = 1:\n    pass', 'if x = y = 1:\n    pass', 'while a.b = 3:\n    pass', 'if x = 1 + 2 * 3 :\n    pass',
    'if f(x) = 2:\n    pass', '[x = 1]', 'if 0: pass\nelif x = 5: pass', 'y = (x = 1)', '{a = 1}', '[a, b = 2]',
    'x[a = 1]', 'x[a.b = 1]', '@d = 1\ndef f(): pass', 'match x:\n    case 1 if y = 2: pass', 'if x < y = 2: pass',
    'if not x = 2: pass', 'if -x = 1: pass', 'if a + b = c: pass', 'if None = 1: pass', 'if x = 1 if y else 2: pass',
    'print(a, b=)', 'f(a=)', 'f(a=, b=1)', 'f(a=\n)', 'f(True=1)', 'f(a.b=1)', 'f(a=1 for a in b)',
    'f(*)', 'f(a, *)', 'f(* )', 'f(a, *, b)', 'f(x=1, *)', '[*]', '[*, 1]', '(*)', '(*,)', '{*}', 'a[*]', 'a[1, *]',
    'f(*if)', '[*if]', 'x = [1, *]', 'f(*a=1, b)', 'f(* a = 1)', 'f(*a = b = c)', 'f(**a = b)', 'f(a, **b=1, c)',
    'x[a, *b=1]', '[*a=1]', 'f(*x for x in y)',
    'f"{*}"', 'f"{**a}"', 'f"{if}"', 'f"{not}"', 'f"{await}"', 'f"{lambda}"', 'f"{lambda x}"', 'f"{lambda x: 1}"',
    'f"{lambda: 1}"', 'f"{ lambda x, y: 1}"', 'f"{x:{lambda y: 1}}"',
]
for s in SOURCES:
    try:
        compile(s, 'f', 'exec')
    except SyntaxError as e:
        print(repr(s), e.lineno, e.offset, e.end_lineno, e.end_offset)
        print("".join(traceback.format_exception_only(e)), end="")
    else:
        print(repr(s), 'compiles')
x = 1
print(f"{x=}", f"{x = }", f"{(lambda v: v * 2)(x)}", f"{not x=}")

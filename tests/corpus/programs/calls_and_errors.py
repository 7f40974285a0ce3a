def f(a, b=2, /, c=3, *args, d, e=5, **kw): return (a, b, c, args, d, e, kw)
print(f(1, d=4), f(1, 2, 3, 4, 5, d=6, z=7))
for call in ["f()", "f(1)", "f(1, d=1, d2=2, a=3)", "f(a=1, d=2)", "f(1, 2, 3, c=4, d=5)"]:
    try: eval(call)
    except TypeError as e: print("TypeError:", e)
def g(x, *, y): pass
for call in ["g(1, 2)", "g(1, y=2, z=3)", "g()", "len()", "len(1, 2)", "int('x')", "abs('a')", "[].pop()", "{}.pop('k')", "'abc'.index('z')", "(1,2).index(5)", "sum(['a'])", "max([])", "divmod(1, 0)", "1 + 'a'", "'a' * 'b'", "[1][2]", "{}['k']", "x_undefined", "int.foo", "(1).foo", "open('/nonexistent/x')", "float('abc')", "chr(-1)", "1 < 'a'", "hash([])", "iter(5)", "next(iter([]))", "range(1.5)", "'%d' % 'x'", "'{}'.format()", "b'a' + 'b'", "[].sort(key=1)", "sorted([1, 'a'])", "tuple()[0]", "import_nothing"]:
    try: eval(call)
    except Exception as e: print(type(e).__name__ + ":", e)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
i = outer(); print(i(), i())
fs = [lambda: n for n in range(3)]; print([h() for h in fs])
fs = [lambda n=n: n for n in range(3)]; print([h() for h in fs])
a, *b, c = "hello"; print(a, b, c); (x, y), z = (1, 2), 3; print(x, y, z)
print(*[1, 2], sep="-", end="!\n"); print({**{"a": 1}, "b": 2}, [*range(3), *"ab"])
print(__name__, type(__builtins__).__name__ in ("module", "dict"))
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump(); print(counter)
print((lambda *a, **k: (a, k))(1, 2, x=3), (lambda: (yield))().__class__.__name__)
print(any(x > 2 for x in [1, 3]), all([]), list(filter(None, [0, 1, "", "a"])), list(map(lambda x, y: x + y, [1, 2], [3, 4])))
print(list(zip("ab", [1, 2, 3])), list(enumerate("ab", start=1)), dict(zip("ab", range(2))))
try: list(zip([1], [1, 2], strict=True))
except ValueError as e: print("ValueError:", e)
print(isinstance(True, int), issubclass(bool, int), type(1) is int, int.__mro__, bool.__bases__)
print(getattr(f, "__name__"), f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_varnames[:3])
x = 10
print(eval("x + 1"), exec("y_ = x * 2") or y_, compile("1+1", "<s>", "eval").co_filename)
print(globals()["x"], "x" in locals(), vars()["x"], [n for n in dir() if n.startswith("__")], __spec__, __package__)
print(len(dir([])) > 30)
print(round(3.14159, 3), abs(-3), pow(2, 10), 7 / 2, 7 // 2, -7 / 2, 2 ** -1, 10 ** 20, 1 / 3 * 3 == 1.0)
print(int(3.9), int(-3.9), float(7), complex(1, 2) * 1j, (1 + 2j).conjugate(), abs(3 + 4j), str(1e100), 1e-7, 123456789012345678901234567890 * 3)

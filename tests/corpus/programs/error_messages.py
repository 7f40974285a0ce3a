# The messages of common built-in errors (conversions, indexing, calls, arithmetic, unpacking).
import functools
cases = [
    lambda: int("12a"), lambda: int("0x1f", 16) , lambda: int("", 10), lambda: float("1e"), lambda: [1][5], lambda: (1,)[-3],
    lambda: {}["k"], lambda: {"a": 1}[["x"]], lambda: "abc".index("z"), lambda: [1, 2].index(3), lambda: [].pop(), lambda: {}.popitem(),
    lambda: set().pop(), lambda: "a" + 1, lambda: 1 + "a", lambda: [1] * "2", lambda: None(), lambda: len(5), lambda: iter(5),
    lambda: next(iter([])), lambda: zip([1], [1, 2], strict=True).__next__() and list(zip([1], [1, 2], strict=True)),
    lambda: (lambda a, b: 0)(1), lambda: (lambda a: 0)(1, 2), lambda: (lambda *, k: 0)(), lambda: (lambda a: 0)(b=1), lambda: dict(a=1, **{"a": 2}),
    lambda: sorted([1, "a"]), lambda: max([]), lambda: min(1), lambda: divmod(1, 0), lambda: 1 % 0, lambda: 2 ** -1 % 0, lambda: pow(2, -1, 4),
    lambda: int(float("inf")), lambda: int(float("nan")), lambda: chr(-1), lambda: ord("ab"), lambda: bytes([300]), lambda: "x".join([1]),
    lambda: tuple(1), lambda: hash([]), lambda: {[]: 1}, lambda: frozenset([[]]), lambda: object().x, lambda: setattr(object(), "x", 1),
    lambda: [].sort(key=1), lambda: sum(["a", "b"]), lambda: sum([[1]], []) and sum(["a"], ""), lambda: range(1.5), lambda: range(0, 5, 0),
    lambda: list(range(10))[::0], lambda: "abc"[1.0], lambda: {1, 2} + {3}, lambda: reversed(5), lambda: abs("x"), lambda: round("x"),
    lambda: functools.reduce(lambda a, b: a, []), lambda: print(sep=1), lambda: "{:d}".format(1.5), lambda: "%d %d" % (1,), lambda: int("١٢z"),
    lambda: type("X", (int, str), {}), lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: getattr(1, 2), lambda: [1, 2, 3][1:2:0],
    lambda: memoryview("x"), lambda: complex("1+"), lambda: int("9" * 5000), lambda: bytes.fromhex("zz"), lambda: "a".encode("nope"),
]
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, "ok", repr(r)[:40])
    except Exception as e:
        print(i, type(e).__name__, e)
a, *b, c = [1, 2]
print(a, b, c)
for bad in [[1, 2, 3], [1]]:
    try:
        x, y = bad
    except ValueError as e:
        print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    x, y = 5
except TypeError as e:
    print(e)

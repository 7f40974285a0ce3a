import sys
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally:
            print("fin", i)
    return i
print(g())
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k")
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("values", eg.exceptions)
except* TypeError as eg:
    print("types", eg.exceptions)
class E(Exception):
    def __init__(self, code): super().__init__(f"code {code}"); self.code = code
try: raise E(5)
except E as e: print(e, e.code, e.args)
l = [1]; l.append(l); print(l)
d = {}; d["self"] = d; print(d)
print([1.0, 2.5, 1e100, float("inf")], (1,), (), {1: (2, 3)}, {1, 2, 3}, frozenset({3}), set())
print(sorted([(1, "b"), (0, "z"), (1, "a")]), sorted([3, 1, 2], key=lambda x: -x))
d = {i: i * i for i in range(10)}
for k in [2, 5, 7]: del d[k]
d[5] = 0; print(d, list(d.keys())[:3], list(d.values())[-1])
s = {"apple", "banana", "cherry", 1, 2, 3, (1, 2)}
print(len(s), 1 in s, s - {1, 2, 3, (1, 2)} == {"apple", "banana", "cherry"})
print(sorted({10, 3, 7, 1, 100, 42, 8}), {5, 1, 3} | {2})
print(2 ** 64, -2 ** 63, 10 ** 30 // 3, (10 ** 30) % 7, 123456789 ** 3, -(2 ** 100) // 3, int("9" * 50) + 1)
print(f"{2**70:,}", f"{-1234567.891:,.2f}", f"{255:08b}", f"{3.0:.0f}", f"{0.000012345:.3g}", f"{1234.5:e}", f"{-0.0}")
print(0.1 * 3, 1.1 * 1.1, 100.0 / 3, 2.0 ** 0.5, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 3.14159265358979)
print(round(0.5), round(1.5), round(2.675, 2), round(-1.5), int(1e20), float(2 ** 60), 7.0 // 2, -7.0 % 3)
x = 10
def outer():
    x = 20
    def inner():
        global x
        x += 1
        return x
    return inner(), x
print(outer(), x)
class K:
    attr = "class"
    def __init__(self): self.attr = "inst"
k = K(); print(k.attr, K.attr, vars(k), K.__dict__["attr"])
sys.setrecursionlimit(100)
def rec(n): return rec(n + 1)
try: rec(0)
except RecursionError as e: print("RecursionError:", e)
print("a b".split(" ", 1), "  x  ".strip(), "abc"[::-1], "abcdef"[1:5:2], "x".join("abc"), "ab" * 3, "abc".upper().lower().title())
print("Hello World".find("o"), "Hello".rfind("l"), "a-b-c".rsplit("-", 1), "hello world".capitalize(), "ß".upper(), "İ".lower().encode())
print("%r %s %a" % ("é", b"x", "é"), str(1.0), str(10**16 * 1.0), repr(1e-7), 1e-4, 123e-20)
print(list(map(lambda x, y: x + y, [1, 2], [3, 4])), list(filter(None, [0, 1, "", "a"])), list(enumerate("ab", 1)))
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(nums.index(4), nums.count(1), sorted(nums)[len(nums) // 2], max(nums), sum(nums) / len(nums))
it = iter(nums); print(next(it), next(it), list(it)[-1], next(iter([]), "default"))
print(type(None).__name__, type(...).__name__, NotImplemented, Ellipsis, type(print).__name__, type(len))
print(int.__name__, str.__mro__, bool.__bases__, object.__subclasses__ is not None)
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)), hash(-1), hash(2**61), hash(0.5))

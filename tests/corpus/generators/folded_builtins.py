# A generator expression passed alone to sum/any/all/list/tuple/set runs folded by the
# built-in when the name means it; everything observable must stay as with a generator.
import os
import sys
import traceback
from fractions import Fraction


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)
        here = os.path.dirname(os.path.abspath(__file__)) + os.sep
        print(traceback.format_exc().replace(here, ""), end="")


xs = list(range(10))
k = 3
print(sum(x * k for x in xs), sum(x for x in []), sum(x for row in [[1, 2], [3]] for x in row))
print(sum(x for x in [0.1] * 10), sum(x for x in [1, 2**70, 0.1]), sum(x for x in [True, 2, 3.5, True]))
print(sum(x for x in [1, Fraction(1, 2), 0.1, 0.2, 0.3]), sum(x for x in [2**63 - 1, 1, 1]))
print(sum(x for x in [1e308, 1e308, -1e308]), sum(x for x in [1.0, float("inf")]), sum(x for x in [-0.0]))
print(list(x + 1 for x in xs if x % 2), tuple(x for x in "abc"), sorted(set(x % 3 for x in xs)))
print(list(x for x in []), tuple(x for x in ()), set(x for x in ()))
print(any(x > 3 for x in xs), all(x < 40 for x in xs), any(x for x in []), all(x for x in []))
print(list((x, y) for x in range(3) if x for y in range(x)))

# Laziness: any/all stop at the deciding item.
seen = []


def note(x):
    seen.append(x)
    return x


print(any(note(x) > 2 for x in xs), seen)
seen.clear()
print(all(note(x) < 2 for x in xs), seen)

# The iterable is evaluated (and made an iterator) before the call, in the enclosing scope.
show(lambda: sum(x for x in 5))
# Errors inside the expression: traceback entry of <genexpr>; of the built-in: none.
show(lambda: sum(1 / x for x in [1, 0]))
show(lambda: sum(x for x in [1, "a"]))
show(lambda: set(x for x in [[1]]))
show(lambda: list(next(it) for it in [iter([])]))
show(lambda: any(next(it) for it in [iter([])]))


class Bad:
    def __bool__(self):
        raise ValueError("no truth")

    def __add__(self, other):
        raise StopIteration


show(lambda: any(x for x in [Bad()]))
show(lambda: sum(x for x in [Bad()]))
show(lambda: sum(y for y in [0, Bad()]))


# Closures and class bodies.
def outer(n):
    return sum(x * n for x in range(n)), list(y + n for y in range(n))


print(outer(4))


class C:
    vals = [1, 2, 3]
    total = sum(v for v in vals)
    doubled = list(v * 2 for v in vals)


print(C.total, C.doubled)

# Rebinding the built-in's name: the callee gets a real generator.
def sum(g):
    return type(g).__name__, [v for v in g]


print(sum(x for x in range(3)))
del sum
print(sum(x for x in range(3)))


def check_local():
    list = lambda g: ("local", next(g))
    return list(x for x in "xy")


print(check_local())

import builtins

saved = builtins.any
builtins.any = lambda g: ("patched", g.__name__)
print(any(x for x in [1]))
builtins.any = saved
print(any(x for x in [1]))

# A generator inside the expression is closed when any() stops early.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen closed")


print(any(x for x in gen()))
print("after any")

# Recursion through a folded expression.
def depth(n):
    return 0 if n == 0 else 1 + sum(depth(n - 1) for _ in range(1))


print(depth(200))
try:
    depth(100000)
except RecursionError:
    print("RecursionError")

# Collections in the middle of folding keep the items.
import gc


def churn(i):
    if i % 50 == 0:
        gc.collect()
    return [i] * 3


print(len(list(churn(i) for i in range(500))), sum(len(churn(i)) for i in range(500)))
print(tuple(str(i) for i in range(5)), set(str(i % 2) for i in range(500)) == {"0", "1"})

# str.join over a generator expression.
print("".join(str(x) for x in range(5)), ", ".join(c.upper() for c in "abc"), repr("-".join(s for s in [])))
sep = "+"
print(sep.join(str(x * x) for x in range(4) if x), "".join(w for line in ["ab cd", "ef"] for w in line.split()))
show(lambda: "".join(x for x in ["a", 1]))
show(lambda: "".join(1 / x for x in [0]))
print(b"-".join(bytes([65 + x]) for x in range(3)))


class MyStr(str):
    pass


class Joiner:
    def join(self, g):
        return ("Joiner", list(g))


print(MyStr("/").join(x for x in "ab"), Joiner().join(x for x in "ab"))
show(lambda: None.join(x for x in "ab"))

# Errors of * and ** arguments name the callee as CPython does (`module.qualname()`), a lone
# `f(*xs)` calls `__iter__` once, and an `__iter__` that raises TypeError keeps its own error.
import math


def f(*a, **k):
    return a, k


class C:
    def m(self, *a):
        pass


class It:
    def __iter__(self):
        print("iter called")
        return iter([1, 2])


class Bad:
    def __iter__(self):
        raise TypeError("own error")


class G:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError


print(f(*It()), [*It()], f(0, *It()), f(*G()), f(*(x for x in range(3))), f(*"ab", **{"z": 1}))
cases = ["f(*5)", "print(*5)", "C().m(*5)", "len(*5)", "f(**5)", "print(**5)", "C().m(**[])", "[*5]", "(*5,)",
         "{*5}", "{**5}", "f(**{1: 2})", "f(a=1, **{'a': 2})", "(lambda: 0)(*5)", "f(1, *5)", "f(*[1], *5)",
         "f(*5, 1)", "f(x=1, **5)", "f(**{}, **5)", "f(*[], **5)", "print(*[1], **5)", "f(**{'a': 1}, **{'a': 2})",
         "f(*Bad())", "[*Bad()]", "f(1, *Bad())", "class K(*5): pass", "f(*[1], **{'a': 1}, **{'a': 2})", "dict(**5)",
         "int(**{'x': 1})", "f(*None)", "math.cos(*5)", "str.join(*5)", "f(**{'a': 1}, a=2)", "int.from_bytes(1)",
         "int.from_bytes([300])", "int.from_bytes('ab')", "int.from_bytes(None)", "int.from_bytes(object())",
         "int.from_bytes(C())", "int.from_bytes(1.5)", "int.from_bytes(It())", "int.from_bytes(x for x in (1, 2))"]
for s in cases:
    try:
        exec(s)
    except Exception as e:
        print(s, "|", type(e).__name__, "|", e)
for fn in [math.cos, str.join, "a".join, len, print, [].append, dict.fromkeys, int.from_bytes, sorted]:
    print(fn.__qualname__, getattr(fn, "__module__", None))

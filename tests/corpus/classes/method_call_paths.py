# `local.name(...)` through every kind of attribute: the method-call fast path must find
# what a plain attribute lookup finds, and notice changes to classes and instances.
class A:
    def m(self, x=1):
        return ("A.m", x)
    @classmethod
    def c(cls):
        return ("A.c", cls.__name__)
    @staticmethod
    def s(y):
        return ("A.s", y)
    @property
    def p(self):
        return lambda: "property result"

class B(A):
    def m(self, x=2):
        return ("B.m", x, super().m(x + 1))

class G:
    def __getattr__(self, name):
        return lambda *a: ("getattr", name, a)

class Slotted:
    __slots__ = ("f",)
    def m(self):
        return "Slotted.m"

def calls(o):
    out = []
    for _ in range(3):
        out.append(o.m())
    return out

a, b = A(), B()
print(calls(a), calls(b))
for o in (a, b, a, b):
    print(o.m(), o.m(5), o.c(), o.s(3), o.p())

# The class's method replaced while a call site is warm.
def run_twice(o):
    return [o.m() for _ in range(2)]

print(run_twice(a))
A.m = lambda self, x=0: ("patched A.m", x)
print(run_twice(a), run_twice(b))
del A.m
try:
    run_twice(a)
except AttributeError as e:
    print("AttributeError:", e)
A.m = lambda self, x=0: ("restored", x)

# An instance attribute shadows the method (and stops shadowing when deleted).
a.m = lambda: "instance callable"
print(run_twice(a))
del a.m
print(run_twice(a))

# __getattr__ only for names the class lacks; __slots__ instances; built-in containers.
g = G()
print(g.anything(1, 2), g.other())
sl = Slotted()
print(sl.m(), run_twice(sl))
sl.f = len
print(sl.f("abc"))
items = [3, 1, 2]
items.sort()
items.append(4)
d = {"k": 1}
print(items, d.get("k"), d.get("x", 0), "a,b".split(","))

# The receiver is an unbound local: UnboundLocalError as usual.
def unbound():
    if False:
        o = None
    return o.m()

try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

# Functions falling off the end, bare `return` and `return None` all give None.
def f1():
    pass

def f2():
    return

def f3(x):
    if x:
        return None
    x = 1

def gen():
    yield 1
    return

print(f1(), f2(), f3(True), f3(False), list(gen()))

class InitReturns:
    def __init__(self):
        return None

print(type(InitReturns()).__name__)

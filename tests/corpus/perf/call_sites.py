# Call and method sites that see many kinds of callee and receiver: the interpreter caches what
# each site found, and every kind must still behave as the general path does.

# One LoadMethod site, receivers of several built-in and user types in turn.
class Box:
    def __init__(self, items):
        self.items = items
    def append(self, x):
        self.items.append(x * 10)
        return "box"
    def count(self, x):
        return -1

class MyList(list):
    def append(self, x):
        super().append(x + 100)
        return "mylist"

class Shadow:
    def count(self, x):
        return "class"

s = Shadow()
s.count = lambda x: "instance"
receivers = [[1, 2], Box([]), MyList([5]), (1, 2, 2), "a-b-b", b"abb", bytearray(b"bb"), {1: 2}, {2, 3}, frozenset({4}), s]
for r in receivers:
    try:
        arg = "b" if isinstance(r, str) else b"b" if isinstance(r, (bytes, bytearray)) else 2
        print(type(r).__name__, r.count(arg) if not isinstance(r, (dict, set, frozenset)) else r.copy())
    except AttributeError as e:
        print("AttributeError", e)
for _ in range(3):
    for r in [[], Box([]), MyList()]:
        print(r.append(7), r if isinstance(r, list) else r.items)

# A method missing on one receiver kind: the error comes from the general path.
for r in [[3, 1], (3, 1), "31"]:
    try:
        r.sort()
        print(r)
    except AttributeError as e:
        print(e)

# Native methods called with wrong arguments still raise TypeError with CPython's text.
for args in [(), (1, 2, 3)]:
    try:
        [].append(*args)
    except TypeError as e:
        print(e)

# One call site, callees of every kind: plain, defaults, closures, generators, classes,
# bound methods, natives, callable instances.
def plain(a, b):
    return a + b
def defaults(a, b=5):
    return a * b
def make(k):
    def inner(a, b):
        return a - b + k
    return inner
def gen(a, b):
    yield a
    yield b
class Pair:
    def __init__(self, a, b):
        self.t = (a, b)
    def __repr__(self):
        return f"Pair{self.t}"
class Adder:
    def __call__(self, a, b):
        return ("called", a, b)
def star(*args):
    return args
def kwonly(a, b, *, c=3):
    return a + b + c
callees = [plain, defaults, make(100), gen, Pair, Adder(), max, star, kwonly, Box([0]).items.insert, divmod, Pair(1, 2).__init__]
for f in callees:
    r = f(7, 3)
    print(list(r) if type(r).__name__ == "generator" else r)

# Recursion through the plain path keeps the limit and the traceback.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError", e)
def boom(n):
    if n == 0:
        return 1 // n
    return boom(n - 1)
try:
    boom(3)
except ZeroDivisionError:
    import traceback
    print(traceback.format_exc().replace(__file__, "call_sites.py"))

# A function whose code changes under a call site (reassigned __code__ is not supported
# everywhere, so swap the function object instead).
def f1(x):
    return x + 1
def f2(x, y=2):
    return x * y
g = f1
out = []
for i in range(4):
    out.append(g(i))
    g = f2 if g is f1 else f1
print(out)

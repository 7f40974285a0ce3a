# A recursive __repr__/__str__ reached through repr() or an f-string field ({x}, {x!s}, {x!r})
# runs as a frame of the interpreter loop: it recurses as deep as plain recursion on every
# target, with CPython's results and errors.


class Chain:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "end" if self.n == 0 else f"Chain({Chain(self.n - 1)!r})"


class Up:
    def __init__(self, n):
        self.n = n

    def __str__(self):
        return "top" if self.n == 0 else f"<{Up(self.n - 1)}>"


class Via:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "v" if self.n == 0 else "(" + repr(Via(self.n - 1)) + ")"


print(len(repr(Chain(900))), repr(Chain(2)))
print(len(f"{Up(900)}"), f"{Up(2)!s}", str(Up(1)))
print(len(repr(Via(900))), f"{Via(3)}")


class Node:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids

    def __repr__(self):
        inner = ", ".join(repr(k) for k in self.kids)
        return f"Node({self.v!r}{', ' if inner else ''}{inner})"


t = Node("a", Node(2), Node(3.5, Node(None)))
print(repr(t), f"{t}", f"{t!r:>10}", [t], str(t))


class Bad:
    def __repr__(self):
        return 5


class BadStr:
    def __str__(self):
        return None


class Sub(str):
    pass


class SubRepr:
    def __repr__(self):
        return Sub("sub")


class Fmt:
    def __format__(self, spec):
        return "F" + spec

    def __repr__(self):
        return "R"


class Boom:
    def __repr__(self):
        raise ValueError("no repr")


class Custom(Exception):
    def __str__(self):
        return "custom"


print(f"{SubRepr()!r}", f"{SubRepr()}", repr(SubRepr()) == "sub")
print(f"{Fmt()}", f"{Fmt():x}", f"{Fmt()!r}", f"{Fmt()!r:>3}")
print(f"{Custom()}", repr(Custom()), f"{ValueError('x')}")
for f in (lambda: repr(Bad()), lambda: f"{Bad()!r}", lambda: f"{Bad()}", lambda: f"{BadStr()}", lambda: str(BadStr()), lambda: f"{Boom()!r}"):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    repr(Chain(5000))
except RecursionError as e:
    print("RecursionError:", e)
print(repr(Chain(1)))

# Class calls take per-class shortcuts (cached until a class changes): each must behave like
# the general type.__call__.
import sys


class Custom(Exception):
    pass


class WithInit(ValueError):
    def __init__(self, a, b=2):
        super().__init__(a + b)
        self.extra = a


class NoSuper(KeyError):
    def __init__(self, x):
        self.x = x


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def show(make):
    try:
        e = make()
    except Exception as ex:
        print("error", type(ex).__name__, ex)
        return
    if isinstance(e, BaseException):
        print(type(e).__name__, repr(e), e.args, str(e), getattr(e, "filename", None), getattr(e, "x", None))
    else:
        print(type(e).__name__, e)


for make in [
    lambda: Custom(1),
    lambda: Custom(),
    lambda: Custom(1, 2, 3),
    lambda: KeyError("k"),
    lambda: WithInit(1),
    lambda: WithInit(1, 5),
    lambda: WithInit(),
    lambda: NoSuper(3),
    lambda: OSError(2, "nf"),
    lambda: OSError(2, "nf", "f.txt"),
    lambda: OSError(1, 2, 3, 4, 5, 6),
    lambda: FileNotFoundError(2, "x", "y"),
    lambda: OSError("a", "b", "c"),
    lambda: bool([]),
    lambda: bool([1]),
    lambda: bool(),
    lambda: bool(0, 1),
    lambda: Point(1),
    lambda: StopIteration(5),
]:
    show(make)

try:
    raise Custom("boom")
except Custom as c:
    print(c.args, c.__traceback__ is not None)


class Meta(type):
    def __call__(cls, *a):
        print("meta call", a)
        return 42


class M(Exception, metaclass=Meta):
    pass


print(M(1))

# Changing a class after its first instantiation must be seen by the next one.
print(repr(Custom(7)))
Custom.__init__ = lambda self, *a: print("patched", a)
print(repr(Custom(7)))
del Custom.__init__
print(repr(Custom(8)))
p = Point(1, 2)
print(p.x + p.y)


class Other(Point):
    pass


print(Other(5, 6).y)
Other.__new__ = lambda cls, *a: "new!"
print(Other(3, 4))
Point.__init__ = lambda self, *a: 1
try:
    Point(1, 2)
except TypeError as e:
    print("TypeError", e)


# Frames are recycled: deep recursion past the pool size, then errors at the limit.
class Link:
    def __init__(self, depth):
        self.next = Link(depth - 1) if depth else None


def length(node):
    return 1 + length(node.next) if node else 0


chain = None
for i in range(1500):
    chain = Link(0) if chain is None else chain
    node = Link(0)
    node.next = chain
    chain = node
sys.setrecursionlimit(2500)
print(length(chain), length(Link(50)))


def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError as r:
    print("RecursionError", r)
print(length(Link(10)))

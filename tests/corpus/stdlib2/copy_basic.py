import copy

a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]["k"] is a[2]["k"], c)
t = (1, 2, [3]); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t)
t2 = (1, 2, "x"); print(copy.deepcopy(t2) is t2)
s = {1, 2}; print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(frozenset(s)))
cyc = [1]; cyc.append(cyc)
dc = copy.deepcopy(cyc); print(dc[1] is dc, dc[1] is cyc, len(dc))
d = {"a": 1}; d["self"] = d
dd = copy.deepcopy(d); print(dd["self"] is dd, dd["a"])


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point([1], 2)
p2 = copy.copy(p); p3 = copy.deepcopy(p)
print(p2, p3, p2.x is p.x, p3.x is p.x, type(p3).__name__)


class Hooked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("copy hook")
        return Hooked(self.v + 1)

    def __deepcopy__(self, memo):
        print("deepcopy hook", type(memo).__name__)
        return Hooked(self.v + 100)


print(copy.copy(Hooked(1)).v, copy.deepcopy(Hooked(1)).v, copy.deepcopy([Hooked(2)])[0].v)


class Node:
    def __init__(self):
        self.children = []
        self.parent = None


root = Node(); kid = Node(); kid.parent = root; root.children.append(kid)
r2 = copy.deepcopy(root)
print(r2.children[0].parent is r2, r2 is root, r2.children[0] is kid)
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo)
print(copy.copy(3), copy.copy("s"), copy.copy(None), copy.deepcopy(len) is len, copy.copy(int) is int)


class L(list):
    pass


l = L([1, [2]]); l.tag = "t"
l2 = copy.copy(l); l3 = copy.deepcopy(l)
print(type(l2).__name__, l2, l2.tag, l3, l3[1] is l[1], l3.tag)
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque
P = namedtuple("P", "a b")
print(copy.deepcopy(P([1], 2)), copy.copy(P(1, 2)))
print(copy.deepcopy(OrderedDict(a=[1])), copy.copy(defaultdict(list, a=[1])), copy.deepcopy(Counter("aab")))
print(copy.deepcopy(deque([1, [2]], maxlen=5)))
print(copy.replace(P(1, 2), b=5))
try:
    copy.replace([1], a=2)
except TypeError as e:
    print("TypeError", e)

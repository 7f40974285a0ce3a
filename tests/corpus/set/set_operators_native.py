# Set operators between built-in sets: the result's type (the left operand's), its
# iteration order (tables with deletions, resizes, mixed numeric keys), and keys whose
# equality runs __eq__ (computed through the set methods instead).
class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, o):
        print("eq", self.v)
        return isinstance(o, K) and self.v == o.v


a = {1, 2, 3, 4.0, 17, -5}
b = {3, 4, 9, 25, -5}
pairs = [(a, b), (b, a), (a, a), (frozenset(a), b), (a, frozenset(b)), (set(), a), (a, set())]
for x, y in pairs:
    for r in (x - y, x & y, x | y, x ^ y):
        print(type(r).__name__, r)

k1, k2, k3 = K(1), K(1), K(2)
s = {k1, k3}
t = {k2}
print(len(s - t), len(s & t), len(s | t), len(s ^ t))

big = set(range(100))
small = {5, 500, 7}
print(sorted(big - small)[:5], big & small, small & big, len(big | small), len(big ^ small))

d = set(range(20))
for i in range(0, 20, 3):
    d.discard(i)
print(d - {4, 5}, d & {4, 5, 100}, d | {100, 4}, d ^ {4, 100}, {100, 4} ^ d)


class S(set):
    pass


print(type(S([1]) - {1}), type({1} - S([1])), {1, 2} - S([1]), S([1, 2]) & {2})
try:
    {1} - [1]
except TypeError as e:
    print(e)
print({1, True, 1.0} | {2}, {1} & {1.0}, {1.0} & {1}, {0, False} ^ {False})
dom = {1, 2, 3, 7}
for v in sorted(dom):
    dom = dom - {v}
    print(dom, frozenset(dom) | {v})
# In-place operators keep mutating a set, and make a new frozenset.
s = {1, 2, 3}
alias = s
s -= {2}
s |= {9}
s &= {1, 9, 3}
s ^= {4}
print(s is alias, alias)
f = frozenset({1, 2})
g = f
f -= {1}
print(f is g, f, g, type(f).__name__)

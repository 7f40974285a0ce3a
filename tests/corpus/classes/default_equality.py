from collections import deque
class P: pass
class Q(P): pass
a, b = P(), P()
print(a == a, a == b, a != b, a != a, a in [b, a], a in deque([b]), [b, a].index(a))
P.__eq__ = lambda self, other: True
print(a == b, Q() == a, a != b, b in deque([a]))
del P.__eq__
print(a == b, a != b)
P.__ne__ = lambda self, other: "ne!"
print(a != b, a == b)
del P.__ne__
class R:
    def __eq__(self, other): return isinstance(other, R)
print(R() == R(), R() != R(), R() == 1, 1 == R(), P() == R(), R() == P())
class S(R): pass
print(S() == R(), deque([S()]).count(R()), [R()].remove(S()) if True else 0)
print(a.__eq__(b), a.__ne__(b), a.__eq__(a), object() == object())
m1, m2 = a.__repr__, a.__repr__
print(m1 == m2, m1 != m2, m1 is m2)
print(P == P, P != Q, type == type, len == len, print != len)

# namedtuple fields and indexing through the tuple fast paths: subclasses that override
# them, class changes, errors.
from collections import namedtuple

P = namedtuple("P", "x y")
Q = namedtuple("Q", ["a", "b", "c"], defaults=[3])


def read(p):
    return p.x + p[1] + p[-2]


total = 0
for i in range(5):
    p = P(i, 2)
    total += read(p)
print(total, P(1, 2), Q(1, 2), Q(1, 2).c, Q(1, 2)[2])


class R(P):
    __slots__ = ()

    @property
    def x(self):
        return "R.x"

    def __getitem__(self, i):
        return "R[" + str(i) + "]"


class S(P):
    __slots__ = ()


def fields(p):
    return [p.x, p.y, p[0], p[1]]


for _ in range(2):
    print(fields(P(1, 2)), fields(R(3, 4)), fields(S(5, 6)))

# Changing the class after the sites have been filled.
S.y = property(lambda self: "new y")
S.__getitem__ = lambda self, i: "S[" + str(i) + "]"
print(fields(S(5, 6)), fields(P(7, 8)))
del S.y
del S.__getitem__
print(fields(S(5, 6)))

# Errors keep their messages.
p = P(1, 2)
for _ in range(2):
    for key in (2, -3, "x", 1.0):
        try:
            p[key]
        except (IndexError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        p.z
    except AttributeError as e:
        print("AttributeError:", e)
print(p[True], p[0:1], p._fields, p._asdict())

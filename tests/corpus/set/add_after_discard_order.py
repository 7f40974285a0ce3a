# `s.add(k)` finds the key or its slot in one walk: dummies left by discards are reused
# (the last on the probe path) and iteration order stays CPython's.
import random

rng = random.Random(5)
s = set()
for step in range(3000):
    k = rng.randrange(200)
    if rng.random() < 0.4:
        s.discard(k)
    else:
        s.add(k)
    if step % 500 == 0:
        print(len(s), list(s)[:12])
print(len(s), list(s))

t = {0, 8, 16, 24}
t.discard(8)
t.discard(16)
t.add(32)
t.add(40)
t.add(8)
print(list(t))

u = set()
for k in ["a", "b", 1, 2.0, 2, True, (1, 2), (1, 2), "a", 1.0, -1, -2, 2**70, 2**70]:
    u.add(k)
print(sorted(map(repr, u)), len(u))


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v, other)
        return self.v == other


v = {1, 2, 3}
v.add(K(2))
print(len(v))
v.add(5)
v.add(K(9))
print(len(v))
fs = frozenset([1, 2])
try:
    fs.add(3)
except AttributeError as e:
    print("AttributeError", e)
w = {1}
try:
    w.add([1])
except TypeError as e:
    print("TypeError", e)
print({x % 7 for x in range(100)}, {(x, x % 3) for x in range(6)})

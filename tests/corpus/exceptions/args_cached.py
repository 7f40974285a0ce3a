# e.args answers from the attribute cache while neither the class nor the instance has an
# 'args' of its own; anything that changes that takes the general path again.
class C(Exception):
    pass


class D(Exception):
    args = "class attr"


class E(Exception):
    @property
    def args(self):
        return "prop"


class G(Exception):
    def __getattribute__(self, n):
        return "ga:" + n


def f(e):
    return e.args


for x in [C(1, 2), D(3), E(4), KeyError("k"), C(), ValueError(), G(5), C(1, 2)]:
    print(type(x).__name__, f(x), f(x))
c = C(1)
c.args = (7, 8)
print(f(c))
c.foo = 1
print(f(c), c.args)
C.args = "patched"
print(f(C(9)))
del C.args
print(f(C(9)))
try:
    raise C("x", 1)
except C as e:
    print(e.args[0], e.args)
# Deleting and re-adding a name (what 'except ... as e' does at module level) many times.
for i in range(200):
    try:
        raise ValueError(i)
    except ValueError as e:
        last = e.args
print(last, "e" in globals())
g = {}
for i in range(1000):
    g["e"] = i
    del g["e"]
    g["f%d" % (i % 3)] = i
print(g, len(g))
d = {}
for r in range(50):
    for k in range(30):
        d[k] = r
    for k in range(0, 30, 2):
        del d[k]
    d["x%d" % r] = r
    if r % 7 == 0:
        del d["x%d" % r]
print(len(d), list(d)[:10], list(d)[-5:], d.get(4), d.get(5))

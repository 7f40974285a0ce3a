class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"
class Q(P):
    def __str__(self):
        return f"<{self.x}, {self.y}>"
p = P(1, "a")
q = Q(2, "b")
print(p, repr(p), str(p))
print(q, repr(q), str(q), f"{q}", f"{q!r}")
print([p, q], (q,), {"k": q})
print("%s and %r" % (q, q))
class OnlyStr:
    def __str__(self):
        return "only str"
o = OnlyStr()
print(o, str(o))
print(repr(o).startswith("<__main__.OnlyStr object at 0x"))
class F:
    def __format__(self, spec):
        return f"F[{spec}]"
print(f"{F():>10}", format(F(), "abc"), "{:xyz}".format(F()))

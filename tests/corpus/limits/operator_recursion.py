# Recursion through operator dunders (__add__, __radd__, __lt__, __eq__, __neg__, __iadd__)
# and through methods called with keywords runs as frames of the interpreter loop: it
# recurses as deep as plain recursion on every target (900 levels at the default limit),
# with CPython's RecursionError beyond.


class Peano:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return other if self.n == 0 else Peano(self.n - 1) + (other + 1)

    def __radd__(self, other):
        return other if self.n == 0 else (other + 1) + Peano(self.n - 1)

    def __lt__(self, other):
        return self.n < other.n if self.n == 0 or other.n == 0 else Peano(self.n - 1) < Peano(other.n - 1)

    def __eq__(self, other):
        return self.n == other.n if self.n == 0 else Peano(self.n - 1) == Peano(other.n - 1)

    def __neg__(self):
        return 0 if self.n == 0 else -Peano(self.n - 1) - 1

    def __iadd__(self, other):
        if self.n == 0:
            return other
        p = Peano(self.n - 1)
        p += other + 1
        return p

    __hash__ = None


print(Peano(900) + 0, 0 + Peano(900), Peano(899) < Peano(900), Peano(900) == Peano(900))
print(Peano(900) != Peano(900), -Peano(900))
q = Peano(900)
q += 5
print(q)


class Walker:
    def walk(self, n, *, acc=0):
        return acc if n == 0 else self.walk(n - 1, acc=acc + n)

    def spread(self, n, **kw):
        return len(kw) if n == 0 else self.spread(n - 1, **kw)


w = Walker()
print(w.walk(900), w.spread(900, a=1, b=2))

for expr in ("Peano(10**4) + 0", "0 + Peano(10**4)", "Peano(10**4) < Peano(10**4)", "-Peano(10**4)", "w.walk(10**4)"):
    try:
        eval(expr)
    except RecursionError as e:
        print(expr, "->", type(e).__name__, e)

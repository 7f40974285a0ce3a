# Calls that leave trailing parameters to their defaults enter the function directly;
# everything about defaults must behave as before.
def f(a, b=10, c=[]):
    c.append(a)
    return a, b, len(c)


print(f(1), f(2), f(3, 4), f(5, 6, []), f(7))
f.__defaults__ = (20, [])
print(f(8), f(9))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)


def g(a, b=1, *, k=2):
    return a + b + k


print(g(1), g(1, 2), g(1, k=5))
try:
    g()
except TypeError as e:
    print(e)


class Point:
    def __init__(self, x, y=0, label=None):
        self.x, self.y, self.label = x, y, label

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy, self.label)


p = Point(1).moved(2).moved(3, 4)
print(p.x, p.y, p.label, Point(5, label="z").label)
try:
    Point()
except TypeError as e:
    print(e)


class Err(Exception):
    def __init__(self, msg, code=7):
        super().__init__(msg)
        self.code = code


try:
    raise Err("boom")
except Err as e:
    print(e, e.code, e.args)


def rec(n, acc=0):
    return acc if n == 0 else rec(n - 1, acc + n)


print(rec(100))

# Keyword calls of Python functions bound straight from the stack: **kwargs, defaults,
# keyword-only parameters, *args, positional-only names, closures, and the errors.
def f(a, b=1, *args, c, d=4, **kw):
    return a, b, args, c, d, kw


def g(a, /, **kw):
    return a, kw


def h(x, y=2, z=3):
    return x, y, z


def only_kw(a, **kw):
    kw["added"] = a
    return sorted(kw.items())


def outer(n):
    def inner(a, b=n, **kw):
        return a + b + len(kw) + n
    return inner


for _ in range(2):
    print(f(1, c=3))
    print(f(1, 2, 3, 4, c=3, z=1, y=2, d=5))
    print(f(1, **{"c": 1, "q": 2}))
    print(g(1, a=2), h(1, z=5), h(x=0), h(1, y=None))
    print(only_kw(1, b=2, c=3), only_kw(a=0))
    print(outer(10)(1, b=2, c=3), outer(1)(a=1))
    for call in (lambda: f(1), lambda: f(), lambda: f(1, 2, c=1, b=3), lambda: h(1, q=2),
                 lambda: h(y=2), lambda: g(a=1), lambda: h(1, 2, 3, x=4), lambda: h(1, 2, 3, 4)):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)


def gen(a, b=2, **kw):
    yield a + b + len(kw)


print(list(gen(1, b=3, c=4)))


def deep(n, step=1, **kw):
    return 0 if n == 0 else 1 + deep(n - step, step=step, **kw)


print(deep(100, step=1, x=1))
try:
    deep(10**6, step=1)
except RecursionError:
    print("RecursionError")
t = 0
for i in range(1000):
    t += len(only_kw(i, b=2, c=3))
print(t)

# Keyword arguments bound straight into the frame: names of equal length, non-ASCII
# names, defaults, keyword-only parameters, **kwargs, closures, and the errors.


def f(a, b=1, c=2):
    return (a, b, c)


def g(ab, ba, aa, *, bb=5):
    return (ab, ba, aa, bb)


def h(x, **kw):
    return (x, sorted(kw.items()))


def uni(ä, ö=2, *, ü=3):
    return (ä, ö, ü)


for i in range(3):
    print(f(i), f(i, c=3), f(i, b=4), f(a=i, c=5, b=6))
    print(g(1, 2, aa=3), g(1, ba=2, aa=3, bb=4), g(aa=1, ba=2, ab=3))
    print(h(1, y=2, z=3), h(x=1), h(1, xx=2))
    print(uni(1), uni(ä=1, ü=9), uni(1, ö=5))

for call in (
    lambda: f(1, d=2),
    lambda: f(1, 2, b=3),
    lambda: g(1, 2, 3, cc=4),
    lambda: g(1, 2, bb=3),
    lambda: uni(1, ä=2),
    lambda: f(b=2),
):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def outer(n):
    def inner(a, scale=1):
        return (a + n) * scale

    return inner


add3 = outer(3)
print([add3(i, scale=2) for i in range(4)], add3(a=1))


def counter():
    count = 0

    def bump(by=1):
        nonlocal count
        count += by
        return count

    return bump


bump = counter()
print(bump(), bump(by=5), bump())


def captures_param(x, y=10):
    return lambda: x + y


print(captures_param(1)(), captures_param(1, y=2)(), captures_param(y=3, x=4)())

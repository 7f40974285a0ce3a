# List, set and dict comprehensions run in their enclosing frame (PEP 709, CPython 3.12+):
# iteration variables stay isolated, everything else behaves as in CPython 3.13.


def isolation():
    x = "outer"
    r = [x for x in range(3)]
    print(r, x)
    d = {x: x * 2 for x in "ab"}
    print(d, x)
    s = {x % 2 for x in range(5)}
    print(sorted(s), x)
    print([x for x in [x]])  # the first iterable is evaluated outside
    print(locals())


def unbound_after():
    [y for y in range(3)]
    try:
        print(y)  # noqa: F821
    except NameError as e:
        print(type(e).__name__, e)
    print(locals())


def unbound_inside():
    try:
        [1 for a in range(2) for b in [b]]  # noqa: F821
    except UnboundLocalError as e:
        print(type(e).__name__, e)


def empty():
    z = 5
    print([z for z in []], z)
    print(locals())


def nested():
    m = [[i * j for j in range(4) if j] for i in range(3)]
    print(m)
    print([(i, j) for i in range(3) if i for j in range(i) if j != 1])
    print([[i for i in range(i)] for i in range(4)])
    print({k: [v for v in range(k)] for k in range(3)})
    print([y for x in [[1, 2], [3]] for y in x])


def walrus():
    print([(last := n * n) for n in range(4)], last)
    total = 0
    print([(total := total + n) for n in range(5)], total)
    print([[(inner := j) for j in range(i)] for i in range(3)], inner)


def closures():
    fs = [lambda: x for x in range(3)]
    print([f() for f in fs])
    gs = [lambda x=x: x for x in range(3)]
    print([g() for g in gs])
    k = 10
    hs = [lambda: k + i for i in range(2)]
    print([h() for h in hs])
    print(fs[0].__qualname__, hs[0].__qualname__)
    print([(lambda: 1) for _ in range(1)][0].__qualname__)
    print(list(v for v in range(3)), next(v for v in "q"))
    print([sum(a * b for a, b in zip(row, row)) for row in [[1, 2], [3, 4]]])
    print([list(c + r for c in "xy") for r in "ab"])


def locals_inside():
    outer = 1
    print([sorted(locals()) for item in range(1)])
    print(outer)


def shadow_param(x):
    print([x for x in range(x)], x)


def after_error():
    x = "kept"
    try:
        [1 // (x - 2) for x in range(5)]
    except ZeroDivisionError as e:
        print("caught", e, x)
    print([x for x in range(2)], x)


class Base:
    def who(self):
        return "Base"


class Derived(Base):
    def who(self):
        return [super().who() + str(i) for i in range(2)]


class Body:
    a = 3
    b = [n for n in range(a)]  # the first iterable sees class names
    try:
        c = [a for _ in range(2)]
    except NameError as e:
        c = str(e)
    d = {n: n for n in "ab"}


def generator_with_comp():
    for i in range(3):
        yield [i * j for j in range(3)]


isolation()
unbound_after()
unbound_inside()
empty()
nested()
walrus()
closures()
locals_inside()
shadow_param(3)
after_error()
print(Derived().who())
print(Body.b, Body.c, Body.d)
print(list(generator_with_comp()))
x = "module"
print([x for x in range(2)], x)
print({x: 1 for x in "ab"}, x)
print([x * 2 for x in [x]])


def locals_after_error():
    x = "kept"
    try:
        [1 // (x - 2) for x in range(5)]
    except ZeroDivisionError:
        print(sorted(locals().items()))


locals_after_error()

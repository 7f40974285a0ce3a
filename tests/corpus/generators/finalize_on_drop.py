# A generator suspended inside try/finally or with is closed (GeneratorExit thrown at its
# yield) as soon as the program drops it, as CPython's reference counting does: a for loop
# left by break, return or an exception, del, and a function returning its locals.
import contextlib


def g(name):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", name)


for x in g("break"):
    print(x)
    break
print("after break")


def first():
    for x in g("return"):
        return x


print(first())

try:
    for x in g("raise"):
        raise ValueError
except ValueError:
    print("caught")

it = g("del")
next(it)
del it
print("deleted")


def local():
    it = g("local")
    next(it)
    return "returned"


print(local())


def fast_del():
    it = g("del local")
    next(it)
    del it
    print("after del local")


fast_del()


class CM:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        print("enter", self.n)
        return self

    def __exit__(self, typ, exc, tb):
        print("exit", self.n, typ.__name__ if typ else None)
        return False


def in_with():
    with CM("w"):
        yield 1
        yield 2


for x in in_with():
    break
print("after with")


@contextlib.contextmanager
def managed():
    print("cm enter")
    try:
        yield
    finally:
        print("cm exit")


def uses_cm():
    with managed():
        yield 1
        yield 2


for x in uses_cm():
    break
print("after contextmanager")


def outer():
    try:
        yield from g("delegate")
    finally:
        print("outer cleanup")


for x in outer():
    break
print("after delegation")


def holder():
    held = g("held")
    next(held)
    try:
        yield 1
    finally:
        print("holder cleanup")


for x in holder():
    break
print("after holder")


def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise


for x in catches_exit():
    break
print("after except")


def nested():
    for a in g("outer loop"):
        for b in g("inner loop"):
            return a, b


print(nested())

# Plain generators (nothing to run on close) and finished ones are just dropped.
def plain():
    yield 1
    yield 2


for i in range(3):
    for x in plain():
        break
for x in g("finished"):
    pass
print("end")

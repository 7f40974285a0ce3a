# Generators and coroutines made by call instructions and by special methods, then driven by
# next/send/throw/close and through yield from / await chains: names, argument binding,
# closures, return values and exceptions crossing each level.


def counter(start, step):
    n = start
    while True:
        got = yield n
        if got is not None:
            n = got
        n += step


c = counter(10, 3)
print(c.__name__, c.__qualname__, next(c), next(c), c.send(100), next(c))
c.close()
print(next(c, "done"))


def outer(k):
    scale = k * 2

    def gen(a, b):
        # `scale` and `a` are cells: the frame's cells are set up when the generator is made.
        total = a

        def bump():
            nonlocal total
            total += b * scale

        for _ in range(3):
            bump()
            yield total

    return gen


g = outer(5)(1, 2)
print(type(g).__name__, g.__qualname__, list(g))


def with_default(a, b=7):
    yield a + b


print(list(with_default(1)), list(with_default(1, 2)), list(with_default(b=3, a=4)))


def star(*args, **kw):
    yield args
    yield sorted(kw.items())


print(list(star(1, 2, x=3)))


def returner(n):
    for i in range(n):
        yield i
    return n * 10


def delegator(n):
    got = yield from returner(n)
    yield ("returned", got)


print(list(delegator(3)))


def catcher():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            yield ("caught", e.args[0])
        except GeneratorExit:
            print("closing catcher")
            raise


def middle():
    r = yield from catcher()
    return r


m = middle()
print(next(m), m.throw(KeyError("k1")), next(m))
try:
    m.throw(ValueError("v"))
except ValueError as e:
    print("escaped", e)
print(next(m, "finished"))
m2 = middle()
next(m2)
m2.close()


def bad():
    yield 1
    raise StopIteration("inside")


try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

try:
    g = counter(0, 1)
    g.send(5)
except TypeError as e:
    print("TypeError:", e)


class Ticket:
    # `__await__` and `__iter__` written as generators: made through the special-method call.
    def __init__(self, value):
        self.value = value

    def __await__(self):
        got = yield ("waiting", self.value)
        return (self.value, got)

    def __iter__(self):
        yield from range(self.value)


async def leaf(x):
    v = await Ticket(x)
    return v


async def branch(x):
    a = await leaf(x)
    b = await leaf(x + 1)
    return [a, b]


async def root(n):
    out = []
    for i in range(n):
        out.append(await branch(i))
    return out


def drive(coro):
    sent = None
    log = []
    try:
        while True:
            y = coro.send(sent)
            log.append(y)
            sent = len(log)
    except StopIteration as e:
        return e.value, log


value, log = drive(root(2))
print(value)
print(log)
print(list(Ticket(4)), sum(Ticket(5)))


async def failing(x):
    await Ticket(x)
    raise LookupError(f"no {x}")


async def guarded():
    try:
        await failing(3)
    except LookupError as e:
        return "handled " + str(e)


print(drive(guarded()))

co = leaf(9)
print(type(co).__name__, co.__qualname__, co.send(None))
try:
    co.throw(ZeroDivisionError("thrown in"))
except ZeroDivisionError as e:
    print("thrown through:", e)
co2 = branch(1)
co2.send(None)
co2.close()

try:
    co2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def twice():
    c = leaf(1)
    drive(c)
    return await c


try:
    drive(twice())
except RuntimeError as e:
    print("RuntimeError:", e)

# Many short-lived coroutines and generators in a loop (made and finished each iteration).
total = 0
for i in range(2000):
    v, _ = drive(leaf(i))
    total += v[0] + v[1]
    total += sum(returner(3))
print(total)

# Async generators (PEP 525): __anext__/asend/athrow/aclose, async for, async comprehensions,
# aiter()/anext(), and the errors CPython raises. Driven by hand (no event loop) and by asyncio.
import asyncio
import types


class Tick:
    """An awaitable that suspends once, passing `tag` up to whoever drives the coroutine."""

    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return got


async def counter(n):
    try:
        for i in range(n):
            got = await Tick(f"tick{i}")
            received = yield (i, got)
            if received is not None:
                print("  received", received)
    finally:
        print("  counter finally")


def drive(coro, sends=()):
    """Runs a coroutine by hand, printing what it yields; returns its result."""
    sends = list(sends)
    value = None
    while True:
        try:
            out = coro.send(value)
        except StopIteration as e:
            return e.value
        print("  loop got", out)
        value = sends.pop(0) if sends else None


async def by_hand():
    g = counter(3)
    print(type(g).__name__, g.__aiter__() is g, g.ag_running, g.__name__)
    print(await g.__anext__())
    print(await g.asend("hello"))
    try:
        await g.athrow(ValueError("boom"))
    except ValueError as e:
        print("athrow raised", repr(e))
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("exhausted", repr(e))
    print("aclose after end:", await g.aclose())
    return "by_hand done"


print(drive(by_hand(), sends=["a", "b", "c"]))


async def gen_values():
    yield 1
    yield 2
    yield 3


async def comprehensions():
    print([x async for x in gen_values()])
    print({x: x * x async for x in gen_values() if x != 2})
    squares = (x * x async for x in gen_values())
    print(type(squares).__name__, [s async for s in squares])
    total = 0
    async for x in gen_values():
        total += x
    print("total", total)


asyncio.run(comprehensions())


async def early_close():
    g = counter(10)
    print(await anext(g))
    print(await g.aclose())
    print(await anext(g, "default after close"))
    g2 = counter(5)
    print("never started:", await g2.aclose())


drive(early_close())


async def errors():
    async def stops():
        yield 1
        raise StopAsyncIteration

    try:
        print([x async for x in stops()])
    except RuntimeError as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)

    async def stubborn():
        try:
            yield 1
        except GeneratorExit:
            yield 2

    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print(e)

    aw = gen_values().__anext__()
    print(await aw)
    try:
        await aw
    except RuntimeError as e:
        print(e)

    g = gen_values()
    try:
        g.asend(5).send(None)
    except TypeError as e:
        print(e)
    for bad in (lambda: next(gen_values()), lambda: iter(gen_values())):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)
    try:
        await anext([1])
    except TypeError as e:
        print(e)
    try:
        aiter(5)
    except TypeError as e:
        print(e)
    print(hasattr(gen_values(), "send"), hasattr(gen_values(), "asend"))
    print(isinstance(gen_values(), types.AsyncGeneratorType))
    for aw in (gen_values().asend(None), gen_values().aclose()):
        print(type(aw).__name__)
        aw.close()


asyncio.run(errors())


class AsyncRange:
    """A class-based async iterator next to the generator-based one."""

    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i


async def mixed():
    it = aiter(AsyncRange(3))
    print(await anext(it), await anext(it), await anext(it), await anext(it, "end"))

    async def pairs():
        async for a in AsyncRange(2):
            async for b in gen_values():
                yield a, b
    print([p async for p in pairs()])

    async def delegating():
        async for x in gen_values():
            await asyncio.sleep(0)
            yield x * 10
    print([x async for x in delegating()])


asyncio.run(mixed())


class Stopper:
    """`yield from`/`await` take the value of a StopIteration raised by `__next__`."""

    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration(42)

    def __await__(self):
        return self


def delegate():
    got = yield from Stopper()
    print("yield from got", got)


list(delegate())


async def awaits():
    print("await got", await Stopper())


drive(awaits())

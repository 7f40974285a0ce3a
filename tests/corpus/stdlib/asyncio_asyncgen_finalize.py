# asyncio closes an async generator left by `async for` (break, return, an exception) in a
# task of its own running aclose() (the finalizer hook of sys.set_asyncgen_hooks), and
# asyncio.run closes the ones still alive at the end (shutdown_asyncgens).
import asyncio
import sys


class ACM:
    async def __aenter__(self):
        print("aenter")
        return self

    async def __aexit__(self, typ, exc, tb):
        await asyncio.sleep(0)
        print("aexit", typ.__name__ if typ else None)


async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        print("agen cleanup", name)


async def with_agen():
    async with ACM():
        yield 1
        yield 2


async def awaits_in_finally():
    try:
        yield 1
    finally:
        await asyncio.sleep(0)
        print("finally after await")


async def consume():
    async for x in with_agen():
        print("got", x)
        return x


async def main():
    async for x in agen("break"):
        print(x)
        break
    print("after break")
    await asyncio.sleep(0)
    print("after sleep")
    print(await consume())
    for i in range(3):
        await asyncio.sleep(0)
        print("tick", i)
    async for x in awaits_in_finally():
        break
    for i in range(4):
        await asyncio.sleep(0)
        print("tock", i)
    try:
        async for x in agen("raise"):
            raise ValueError("v")
    except ValueError:
        print("caught")
    kept = agen("kept")
    print(await kept.__anext__())
    await asyncio.sleep(0.01)
    print("main end")


print(sys.get_asyncgen_hooks())
asyncio.run(main())
print(sys.get_asyncgen_hooks())
print("done")

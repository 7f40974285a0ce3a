# types.coroutine: a marked generator function's generators can be awaited (CO_ITERABLE_COROUTINE);
# other callables are wrapped; plain generators still cannot be awaited.
import types, asyncio, inspect

@types.coroutine
def yielder():
    yield
    return 5

async def fib(n):
    if n <= 1:
        r = await yielder()
        return n + r - 5
    return await fib(n - 1) + await fib(n - 2)

def run(c):
    steps = 0
    try:
        while True:
            c.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps

print(run(fib(10)))
print(yielder.__code__.co_flags & 0x100 != 0, inspect.isgeneratorfunction(yielder))
def plain_gen():
    yield 1
print(plain_gen.__code__.co_flags & 0x100)

def not_gen():
    return plain_gen()
w = types.coroutine(not_gen)
async def use():
    return await w()
c = use()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value)

@types.coroutine
def sleeper(n):
    for i in range(n):
        yield None
    return n * 10

async def main():
    a = await sleeper(3)
    b = await asyncio.gather(*(asyncio.sleep(0, result=i) for i in range(3)))
    return a, b
print(asyncio.run(main()))

async def bad():
    await plain_gen()
try:
    bad().send(None)
except TypeError as e:
    print(e)
try:
    types.coroutine(5)
except TypeError as e:
    print(e)

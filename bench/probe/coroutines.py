# async/await chains driven by asyncio, plus a raw coroutine send() loop.
import asyncio


async def leaf(x):
    return x * 2 + 1


async def chain(depth, x):
    if depth == 0:
        return await leaf(x)
    return await chain(depth - 1, x) + 1


async def worker(q, results):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            break
        total += await chain(5, item)
    results.append(total)


async def main():
    acc = 0
    for i in range(2000):
        acc += await chain(10, i)
    q = asyncio.Queue()
    results = []
    tasks = [asyncio.create_task(worker(q, results)) for _ in range(4)]
    for i in range(6000):
        await q.put(i)
    for _ in tasks:
        await q.put(None)
    await asyncio.gather(*tasks)
    gathered = await asyncio.gather(*(chain(3, i) for i in range(3000)))
    return acc, sum(results), sum(gathered)


class Wait:
    def __await__(self):
        v = yield "tick"
        return v


async def stepper(n):
    s = 0
    for i in range(n):
        s += await Wait()
    return s


def drive(n):
    c = stepper(n)
    c.send(None)
    i = 0
    try:
        while True:
            i += 1
            c.send(i)
    except StopIteration as e:
        return e.value


print(asyncio.run(main()))
print(drive(100000))

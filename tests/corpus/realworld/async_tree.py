# A tree of asyncio tasks (async_tree): gather fan-out, sleeps of zero, a semaphore, results.
import asyncio

class Tree:
    def __init__(self, depth, width):
        self.depth, self.width = depth, width
        self.calls = 0
        self.sem = asyncio.Semaphore(7)

    async def leaf(self, n):
        async with self.sem:
            await asyncio.sleep(0)
            self.calls += 1
            return n * n % 97

    async def node(self, depth, n):
        if depth == 0:
            return await self.leaf(n)
        results = await asyncio.gather(*(self.node(depth - 1, n * self.width + i) for i in range(self.width)))
        return sum(results) % 10007

async def producer_consumer(n):
    q = asyncio.Queue(maxsize=4)
    seen = []

    async def produce():
        for i in range(n):
            await q.put(i)
        await q.put(None)

    async def consume():
        while (item := await q.get()) is not None:
            seen.append(item * 3)

    await asyncio.gather(produce(), consume())
    return sum(seen), len(seen)

async def main():
    t = Tree(5, 4)
    r = await t.node(t.depth, 1)
    print("tree", r, t.calls)
    print("queue", await producer_consumer(500))
    tasks = [asyncio.create_task(asyncio.sleep(0, result=i)) for i in range(50)]
    done = await asyncio.wait_for(asyncio.gather(*tasks), timeout=5)
    print("tasks", sum(done))
    async def fails(i):
        await asyncio.sleep(0)
        if i % 3 == 0:
            raise ValueError(i)
        return i
    res = await asyncio.gather(*(fails(i) for i in range(10)), return_exceptions=True)
    print([type(x).__name__ if isinstance(x, Exception) else x for x in res])

asyncio.run(main())

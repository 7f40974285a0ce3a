import asyncio

async def worker(name, q, out):
    while True:
        item = await q.get()
        out.append((name, item))
        await asyncio.sleep(0)
        q.task_done()

async def slow(n):
    await asyncio.sleep(0.01 * n)
    return n * 10

async def fails():
    await asyncio.sleep(0)
    raise ValueError("bad")

async def main():
    print(await asyncio.gather(slow(3), slow(1), slow(2)))
    t = asyncio.create_task(slow(1))
    print(type(t).__name__, t.done())
    print(await t, t.done(), t.result())
    q = asyncio.Queue()
    out = []
    workers = [asyncio.create_task(worker(f"w{i}", q, out)) for i in range(2)]
    for i in range(5):
        q.put_nowait(i)
    await q.join()
    for w in workers:
        w.cancel()
    print(sorted(x for _, x in out), q.empty(), q.qsize())
    try:
        await asyncio.wait_for(slow(50), timeout=0.02)
    except TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(slow(1), timeout=1))
    print(await asyncio.gather(fails(), slow(1), return_exceptions=True))
    try:
        await asyncio.gather(fails(), slow(1))
    except ValueError as e:
        print("gather raised", e)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "woken"
    wt = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await wt)
    lock = asyncio.Lock()
    order = []
    async def crit(i):
        async with lock:
            order.append(i)
            await asyncio.sleep(0)
            order.append(i)
    await asyncio.gather(*(crit(i) for i in range(3)))
    print(order)
    t2 = asyncio.create_task(slow(100))
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("cancelled", t2.cancelled())
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout block")
    return "main done"

print(asyncio.run(main()))
try:
    asyncio.run(5)
except ValueError as e:
    print(e)

"""asyncio producer/consumer pipeline: queues, gather, tasks, locks, timeouts, async generators."""
import asyncio
from dataclasses import dataclass

@dataclass(order=True)
class Job:
    priority: int
    jid: int
    payload: str = ""

async def producer(q, n, start):
    for i in range(n):
        await q.put(Job((i * 7 + start) % 5, start * 1000 + i, f"p{start}-{i}"))
        if i % 50 == 0:
            await asyncio.sleep(0)
    return n

async def worker(name, q, results, lock, stats):
    while True:
        job = await q.get()
        try:
            if job.jid % 97 == 13:
                raise ValueError(f"bad job {job.jid}")
            h = 0
            for ch in job.payload:
                h = (h * 131 + ord(ch)) % 1000003
            async with lock:
                results.append((job.jid, h))
                stats[name] = stats.get(name, 0) + 1
        except ValueError as e:
            stats["errors"] = stats.get("errors", 0) + 1
            stats.setdefault("last_error", str(e))
        finally:
            q.task_done()

async def ticker(n):
    for i in range(n):
        yield i * i
        await asyncio.sleep(0)

async def slow(x):
    await asyncio.sleep(10)
    return x

async def fails(x):
    await asyncio.sleep(0)
    raise KeyError(x)

async def compute(x):
    await asyncio.sleep(0)
    return x * x

async def main():
    q = asyncio.PriorityQueue()
    results = []
    stats = {}
    lock = asyncio.Lock()
    workers = [asyncio.create_task(worker(f"w{i}", q, results, lock, stats), name=f"w{i}") for i in range(4)]
    produced = await asyncio.gather(*(producer(q, 1500, s) for s in range(3)))
    await q.join()
    for w in workers:
        w.cancel()
    outcome = await asyncio.gather(*workers, return_exceptions=True)
    print("produced", produced, "results", len(results), [type(o).__name__ for o in outcome])
    chk = 0
    for jid, h in sorted(results):
        chk = (chk * 31 + jid + h) % 1000000007
    print("checksum", chk, stats["errors"], stats["last_error"], sorted(k for k in stats if k.startswith("w")))
    squares = [v async for v in ticker(200) if v % 3 == 0]
    print(len(squares), sum(squares))
    try:
        await asyncio.wait_for(slow(1), timeout=0.01)
    except TimeoutError as e:
        print("timeout", type(e).__name__)
    res = await asyncio.gather(compute(3), fails("k"), compute(4), return_exceptions=True)
    print(res)
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(compute(5))
            tg.create_task(fails("tg"))
    except* KeyError as eg:
        print("taskgroup", repr(eg.exceptions[0]), t1.done())
    ev = asyncio.Event()
    order = []

    async def waiter(i):
        await ev.wait()
        order.append(i)

    ts = [asyncio.create_task(waiter(i)) for i in range(5)]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*ts)
    sem = asyncio.Semaphore(2)
    active = [0, 0]

    async def limited(i):
        async with sem:
            active[0] += 1
            active[1] = max(active[1], active[0])
            await asyncio.sleep(0)
            active[0] -= 1
            return i

    done = await asyncio.gather(*(limited(i) for i in range(10)))
    print(order, done, active)
    t = asyncio.create_task(compute(9))
    print(t.get_name().startswith("Task-"), await t, t.result(), t.done(), t.cancelled())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "fut-ok")
    print(await fut, asyncio.iscoroutinefunction(compute), asyncio.iscoroutine(compute(1).__await__) if False else "")
    done, pending = await asyncio.wait([asyncio.create_task(compute(i)) for i in range(3)])
    print(sorted(t.result() for t in done), len(pending))
    total = 0
    for rnd in range(500):
        vals = await asyncio.gather(*(compute(i) for i in range(20)))
        total += sum(vals) + rnd
    print("rounds", total)

asyncio.run(main())

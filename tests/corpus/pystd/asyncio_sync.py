# asyncio's synchronisation primitives and task helpers: Semaphore, BoundedSemaphore,
# Condition, PriorityQueue, LifoQueue, wait, as_completed, shield, TaskGroup.
# Delays differ by 50 ms or more, so a loaded machine does not reorder their wake-ups.
import asyncio

log = []


async def worker(name, sem, delay):
    async with sem:
        log.append(f"{name} in")
        await asyncio.sleep(delay)
        log.append(f"{name} out")


async def semaphores():
    sem = asyncio.Semaphore(2)
    print(sem.locked())
    await asyncio.gather(*(worker(n, sem, 0.05 * (i + 1)) for i, n in enumerate("abcd")))
    print(log)
    print(sem.locked(), sem._value)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


async def conditions():
    cond = asyncio.Condition()
    items = []
    seen = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            seen.append((name, items.pop(0)))

    tasks = [asyncio.create_task(consumer(n)) for n in ("c1", "c2", "c3")]
    await asyncio.sleep(0)
    for i in range(3):
        async with cond:
            items.append(i)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    print(sorted(seen))
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)


async def queues():
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        await pq.put(item)
    print([await pq.get() for _ in range(3)])
    lq = asyncio.LifoQueue(maxsize=3)
    for i in range(3):
        lq.put_nowait(i)
    print(lq.full(), [lq.get_nowait() for _ in range(3)], lq.empty())
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


async def waiting():
    tasks = [asyncio.create_task(job(n, d)) for n, d in (("slow", 0.25), ("fast", 0.05), ("mid", 0.15))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(pending)
    print(sorted(t.result() for t in done), len(pending))
    tasks = [asyncio.create_task(job("boom", 0.05, fail=True)), asyncio.create_task(job("late", 0.25))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print([type(t.exception()).__name__ for t in done], len(pending))
    await asyncio.wait(pending)
    done, pending = await asyncio.wait([asyncio.create_task(job("x", 1))], timeout=0.05)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    order = []
    for aw in asyncio.as_completed([job("c", 0.15), job("a", 0.05), job("b", 0.1)]):
        order.append(await aw)
    print(order)
    order = []
    async for task in asyncio.as_completed([job("z", 0.1), job("y", 0.05)]):
        order.append(task.result())
    print(order)


async def shielding():
    inner = asyncio.create_task(job("inner", 0.1))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled")
    print(await inner, inner.cancelled())


async def groups():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("one", 0.05))
        t2 = tg.create_task(job("two", 0.1))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("bad", 0.05, fail=True))
            slow = tg.create_task(job("slow", 1))
    except* ValueError as eg:
        print("caught", type(eg).__name__, [str(e) for e in eg.exceptions], slow.cancelled())


async def coro_fn():
    pass


async def main():
    await semaphores()
    await conditions()
    await queues()
    await waiting()
    await shielding()
    await groups()
    print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(print),
          asyncio.iscoroutinefunction(lambda: None))


asyncio.run(main())

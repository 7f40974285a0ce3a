# A semaphore guarding thousands of tasks (permits go first come, first served; each acquire
# used to scan the whole queue of waiters), and a waiter cancelled while queued.
import asyncio


async def worker(sem, i, order):
    async with sem:
        order.append(i)
        await asyncio.sleep(0)


async def main():
    sem = asyncio.Semaphore(3)
    order = []
    await asyncio.gather(*(worker(sem, i, order) for i in range(3000)))
    print(len(order), order[:8], order == sorted(order), sem.locked())
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    t1 = asyncio.create_task(worker(sem, 1, order))
    t2 = asyncio.create_task(worker(sem, 2, order))
    await asyncio.sleep(0)
    t1.cancel()
    await asyncio.sleep(0)
    sem.release()
    await t2
    print(t1.cancelled(), order[-1], len(sem._waiters), sem.locked())


asyncio.run(main())

# asyncio.to_thread, loop.run_in_executor (default and given pools), wrap_future, isfuture;
# executor calls run in a new thread's empty context, as in CPython.
import asyncio
import contextvars
import threading
from concurrent.futures import ThreadPoolExecutor

request_id = contextvars.ContextVar("request_id", default="-")


def work(x):
    return x * 2, request_id.get()


def fail():
    raise OSError("disk")


async def main():
    request_id.set("r1")
    print(await asyncio.to_thread(work, 21))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, work, 5))
    with ThreadPoolExecutor(thread_name_prefix="pool") as pool:
        print(await loop.run_in_executor(pool, lambda: threading.current_thread().name))
        results = await asyncio.gather(*(loop.run_in_executor(pool, pow, 2, n) for n in range(5)))
        print(results)
    try:
        await asyncio.to_thread(fail)
    except OSError as e:
        print("raised", e)
    fut = asyncio.wrap_future(ThreadPoolExecutor().submit(sum, [1, 2, 3]))
    print(asyncio.isfuture(fut), await fut)
    print(asyncio.isfuture(42), asyncio.isfuture(asyncio.sleep(0)) if False else False)

asyncio.run(main())

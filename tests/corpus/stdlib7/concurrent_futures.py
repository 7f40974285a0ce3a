# concurrent.futures: executors, futures, map, as_completed, wait, callbacks, errors and states.
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
import threading, time

def square(x):
    return x * x

def boom(x):
    raise ValueError(f"bad {x}")

with ThreadPoolExecutor(max_workers=4) as ex:
    futs = [ex.submit(square, i) for i in range(5)]
    print([f.result() for f in futs])
    print(sorted(f.result() for f in as_completed(futs)))
    print(list(ex.map(square, range(6))))
    print(list(ex.map(pow, [2, 3], [5, 2])))
    f = ex.submit(boom, 3)
    print(type(f.exception()).__name__, f.exception(), f.done(), f.cancelled(), f.running())
    try:
        f.result()
    except ValueError as e:
        print("raised", e)
    done, not_done = wait(futs)
    print(len(done), len(not_done))
    it = ex.map(boom, [1, 2])
    try:
        next(it)
    except ValueError as e:
        print("map raised", e)
    print(ex.submit(lambda: threading.current_thread().name).result().startswith("ThreadPoolExecutor-"))
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print(e)
f = cf.Future()
print(f.done(), f.cancel(), f.cancelled(), f.done())
f2 = cf.Future()
f2.set_result(5)
print(f2.result(), f2.done())
try:
    f2.set_result(6)
except cf.InvalidStateError as e:
    print("invalid:", str(e).split(":")[0])
calls = []
f2.add_done_callback(lambda fut: calls.append(fut.result()))
f3 = cf.Future()
f3.add_done_callback(lambda fut: calls.append(("late", fut.exception())))
f3.set_exception(KeyError("k"))
print(calls)
try:
    f.result()
except cf.CancelledError as e:
    print("cancelled", type(e).__mro__[1].__name__)
f4 = cf.Future()
try:
    f4.result(timeout=0.01)
except TimeoutError as e:
    print("timeout", type(e) is TimeoutError)
print(cf.wait([f4, f2], timeout=0.01, return_when=cf.FIRST_COMPLETED).done == {f2})
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print(e)
def init(x):
    print("init", x)
with ThreadPoolExecutor(2, initializer=init, initargs=("A",)) as ex:
    print(ex.submit(square, 7).result())
with cf.ProcessPoolExecutor() as ex:
    print(list(ex.map(square, [1, 2, 3])))
print(cf.ALL_COMPLETED, cf.FIRST_EXCEPTION, issubclass(cf.BrokenExecutor, RuntimeError))
print(cf.Future.__module__, ThreadPoolExecutor.__module__, cf.CancelledError.__module__)
total = 0
with ThreadPoolExecutor() as ex:
    for fut in as_completed([ex.submit(sum, range(n)) for n in range(10)]):
        total += fut.result()
print(total)

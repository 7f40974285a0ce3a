# queue (single-threaded use) and graphlib (orders, groups, cycles, errors).
import queue
from graphlib import CycleError, TopologicalSorter

q = queue.Queue(maxsize=3)
for i in range(3):
    q.put(i * 10)
print(q.qsize(), q.full(), q.empty())
try:
    q.put_nowait(99)
except queue.Full:
    print("Full")
print([q.get() for _ in range(3)], q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=0.001)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
for _ in range(3):
    q.task_done()
q.join()
try:
    q.task_done()
except ValueError as e:
    print("ValueError", e)

lifo = queue.LifoQueue()
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    lifo.put(item)
    pq.put(item)
print([lifo.get() for _ in range(4)], [pq.get() for _ in range(4)])
sq = queue.SimpleQueue()
for i in range(5):
    sq.put_nowait(i)
print(sq.qsize(), [sq.get() for _ in range(5)], sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print("SimpleQueue Empty")
q = queue.Queue()
q.put("last")
q.shutdown()
print(q.get())
for call in (q.get, lambda: q.put(1)):
    try:
        call()
    except queue.ShutDown as e:
        print("ShutDown", repr(e))
q = queue.Queue()
q.put(1)
q.put(2)
q.shutdown(immediate=True)
print(q.qsize(), q.unfinished_tasks, queue.Queue[int], issubclass(queue.Empty, Exception))


class Tagged(queue.Queue):
    def _put(self, item):
        super()._put(("tag", item))


t = Tagged()
t.put(5)
print(t.get())

graph = {"d": {"b", "c"}, "c": ["a"], "b": ["a"], "e": ["d", "a"], "f": []}
graph = {k: sorted(v) for k, v in graph.items()}
print(list(TopologicalSorter(graph).static_order()))
ts = TopologicalSorter()
ts.add("compile", "fetch", "configure")
ts.add("configure", "fetch")
ts.add("test", "compile")
ts.add("package", "compile", "docs")
ts.prepare()
rounds = []
while ts.is_active():
    ready = ts.get_ready()
    rounds.append(sorted(ready))
    ts.done(*ready)
print(rounds, bool(ts))
numbers = TopologicalSorter({n: [d for d in range(1, n) if n % d == 0] for n in range(1, 25)})
print(list(numbers.static_order()))

for g in ({1: [2], 2: [3], 3: [1]}, {"a": ["b"], "b": ["c"], "c": ["d"], "d": ["b"]}, {0: [0]},
          {1: [2, 3], 2: [4], 3: [4], 4: [5], 5: [3]}):
    try:
        list(TopologicalSorter(g).static_order())
    except CycleError as e:
        print("CycleError", e.args[0], e.args[1])

ts = TopologicalSorter({"x": ["y"]})
for call in (ts.get_ready, ts.is_active, lambda: ts.done("x")):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
ts.prepare()
for call in (ts.prepare, lambda: ts.add("z"), lambda: ts.done("x"), lambda: ts.done("nope")):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
print(ts.get_ready())
ts.done("y")
try:
    ts.done("y")
except ValueError as e:
    print("ValueError", e)
print(ts.get_ready(), ts.is_active(), TopologicalSorter[str])

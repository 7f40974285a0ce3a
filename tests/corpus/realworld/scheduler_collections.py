# A job scheduler and log analyser leaning on heapq, bisect, Counter, defaultdict, deque,
# OrderedDict and ChainMap: event simulation with a priority queue, sliding windows,
# percentile lookups and top-k reports.
import heapq
import bisect
from collections import Counter, defaultdict, deque, OrderedDict, ChainMap


class Lcg:
    def __init__(self, seed):
        self.x = seed

    def __call__(self, n):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.x >> 33) % n


rand = Lcg(42)
jobs = [(rand(50), f"job{i:02d}", rand(9) + 1, ["io", "cpu", "net"][rand(3)]) for i in range(40)]

# Event-driven simulation of 3 workers.
events = []
for arrive, name, dur, kind in jobs:
    heapq.heappush(events, (arrive, 0, name, dur, kind))
free_workers = [0, 1, 2]
waiting = deque()
finished = OrderedDict()
busy_time = defaultdict(int)
seq = 1
while events:
    t, typ, name, dur, kind = heapq.heappop(events)
    if typ == 0:
        waiting.append((name, dur, kind, t))
    else:
        free_workers.append(dur)  # dur carries the worker id on completion events
        free_workers.sort()
        finished[name] = t
    while waiting and free_workers:
        wname, wdur, wkind, wt = waiting.popleft()
        worker = free_workers.pop(0)
        busy_time[worker] += wdur
        heapq.heappush(events, (t + wdur, 1, wname, worker, wkind))
        seq += 1
print("finished", len(finished), list(finished.items())[:6], "last", next(reversed(finished)))
print("busy", sorted(busy_time.items()), "makespan", max(finished.values()))

kinds = Counter(kind for _, _, _, kind in jobs)
durations = Counter()
for _, _, dur, kind in jobs:
    durations[kind] += dur
print(kinds.most_common(), durations, kinds + durations, durations - kinds, kinds & durations, kinds | Counter(io=99))
print(sorted(kinds.elements())[:5], kinds.total(), Counter("mississippi").most_common(2), Counter(a=3, b=-1).most_common())
c = Counter(a=1)
c.update({"a": 2, "b": 1})
c.subtract(["a", "c"])
print(c, +c, -c, c["zzz"], dict(c))

# Percentiles with bisect over a sorted latency list.
latencies = sorted(rand(1000) for _ in range(200))
for p in (50, 90, 99):
    print(f"p{p}", latencies[min(len(latencies) - 1, p * len(latencies) // 100)], end=" ")
print()
print(bisect.bisect_left(latencies, 500), bisect.bisect_right(latencies, 500), bisect.bisect(latencies, -1))
grades = [60, 70, 80, 90]
print([("FDCBA")[bisect.bisect(grades, s)] for s in (33, 60, 75, 89, 90, 100)])
insorted = []
for v in (5, 1, 4, 1, 5, 9, 2, 6):
    bisect.insort(insorted, v)
bisect.insort_left(insorted, 4)
print(insorted, bisect.bisect_left(insorted, 4, lo=2, hi=5), bisect.bisect_right([(1, "a"), (2, "b")], (1, "z")))
records = [("b", 3), ("a", 1), ("c", 2)]
records.sort(key=lambda r: r[1])
print(bisect.bisect_left(records, 2, key=lambda r: r[1]), records)

# Sliding window statistics with deque(maxlen).
window = deque(maxlen=5)
means = []
for v in latencies[:20]:
    window.append(v)
    means.append(round(sum(window) / len(window), 2))
print(means[-5:], window, window.maxlen)
d = deque(range(10))
d.rotate(3)
d.appendleft(-1)
d.extendleft([-2, -3])
print(d, d.index(5), d.count(0), d[3], d[-1], list(reversed(d))[:3])
d.rotate(-4)
del d[0]
d.remove(9)
print(d, len(d), 7 in d, d.popleft(), d.pop())

# Top-k with heapq helpers.
scores = {f"user{i}": (i * 37) % 101 for i in range(30)}
print(heapq.nlargest(4, scores.items(), key=lambda kv: kv[1]), heapq.nsmallest(3, scores.values()))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11])), list(heapq.merge(["c", "a"], ["d", "b"], key=str.upper, reverse=True)))
h = [5, 3, 8, 1]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)

# Graph adjacency with defaultdict(set) and a BFS.
edges = [(rand(12), rand(12)) for _ in range(25)]
adj = defaultdict(set)
for a, b in edges:
    if a != b:
        adj[a].add(b)
        adj[b].add(a)
dist = {0: 0}
queue = deque([0])
while queue:
    node = queue.popleft()
    for n in sorted(adj[node]):
        if n not in dist:
            dist[n] = dist[node] + 1
            queue.append(n)
print(sorted(dist.items()), sorted((k, sorted(v)) for k, v in adj.items())[:3])
nested = defaultdict(lambda: defaultdict(list))
for arrive, name, dur, kind in jobs[:10]:
    nested[kind][dur % 3].append(name)
print({k: dict(v) for k, v in sorted(nested.items())})

defaults = {"color": "red", "size": "M", "qty": 1}
user = {"size": "L"}
cm = ChainMap(user, defaults)
cm["qty"] = 3
print(cm["color"], cm["size"], cm["qty"], len(cm), sorted(cm), user, cm.maps[1] is defaults, dict(cm.new_child({"color": "blue"})))
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od == OrderedDict.fromkeys("acd"), od == {"d": None, "c": None, "a": None})

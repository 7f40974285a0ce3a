# A collection while a __slots__ member is unset, or while a suspended generator has a local
# not yet assigned, must skip those empty slots (the collector crashed on them).
class Node:
    __slots__ = ("payload", "link")

    def __init__(self, n):
        self.payload = [str(i) for i in range(n)]


nodes = [Node(30000) for _ in range(20)]


def later():
    yield 1
    late = 5
    yield late


gen = later()
next(gen)
junk = [[str(i) for i in range(1000)] for _ in range(400)]
print(len(junk), next(gen), len(nodes[3].payload))
try:
    nodes[0].link
except AttributeError as e:
    print(e)


# Built-ins that drain a generator (list, sum, join, islice, map, sorted) collect the
# garbage it makes as it runs, and keep every item it produced. Each item leaves ~130 KB of
# garbage (few, large objects: quick to make), so every pass crosses the collector's 16 MB
# trigger a couple of times.
from itertools import islice


class Box:
    def __init__(self, v):
        self.v = v


def boxes(n):
    for i in range(n):
        junk = [bytes(600) for j in range(200)]
        yield Box(i)


print([b.v for b in list(boxes(300))][-3:])
print(sum(b.v for b in boxes(300)))
print(len("".join(str(b.v) for b in boxes(300))))
print([b.v for b in islice(boxes(300), 290, 293)])
print(sum(map(lambda b: b.v * 2, boxes(300))))
print([b.v for b in sorted(boxes(300), key=lambda b: -b.v)][:3])
print(len(set(boxes(300))), len(dict((b.v, b) for b in boxes(300))))
d = {"k": Box(-1)}
d |= ((b.v, b) for b in boxes(300))
print(len(d), d["k"].v, d[299].v)
d = dict(((b.v, b) for b in boxes(300)), extra=Box(7))
print(d["extra"].v, d[150].v)
from collections import Counter, deque
print(Counter(b.v % 3 for b in boxes(300)), len(deque(boxes(300), maxlen=5)))
print(max(boxes(300), key=lambda b: b.v).v, any(b.v < 0 for b in boxes(300)))
print(sum(a.v - b.v for a, b in zip(boxes(300), boxes(300))), list(zip(boxes(2), "ab"))[1][1])

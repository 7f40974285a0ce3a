import heapq
import random
import itertools
from dataclasses import dataclass, field
from enum import Enum, auto, IntFlag
from typing import NamedTuple
from functools import total_ordering, lru_cache, singledispatch, partial, cached_property
from abc import ABC, abstractmethod


class Kind(Enum):
    ARRIVE = auto()
    START = auto()
    DONE = auto()


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: Kind = field(compare=False)
    customer: int = field(compare=False, default=-1)


class Stats(NamedTuple):
    served: int
    mean_wait: float
    max_queue: int


class Server(ABC):
    @abstractmethod
    def service_time(self, rng): ...


class Teller(Server):
    def __init__(self, rate):
        self.rate = rate

    def service_time(self, rng):
        return rng.expovariate(self.rate)

    @cached_property
    def label(self):
        return f"Teller(rate={self.rate})"


def simulate(seed=7, n=200):
    rng = random.Random(seed)
    counter = itertools.count()
    events = []
    t = 0.0
    for c in range(n):
        t += rng.expovariate(1.0)
        heapq.heappush(events, Event(t, next(counter), Kind.ARRIVE, c))
    teller = Teller(1.1)
    busy = False
    queue = []
    arrive = {}
    waits = []
    max_q = 0
    while events:
        ev = heapq.heappop(events)
        if ev.kind is Kind.ARRIVE:
            arrive[ev.customer] = ev.time
            queue.append(ev.customer)
            max_q = max(max_q, len(queue))
        elif ev.kind is Kind.DONE:
            busy = False
        if not busy and queue:
            c = queue.pop(0)
            waits.append(ev.time - arrive[c])
            busy = True
            heapq.heappush(events, Event(ev.time + teller.service_time(rng), next(counter), Kind.DONE, c))
    return Stats(len(waits), sum(waits) / len(waits), max_q), teller


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))


@singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x:+d}"


@describe.register(list)
def _(x):
    return "list of " + ", ".join(describe(i) for i in x)


@lru_cache(maxsize=None)
def paths(r, c):
    return 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)


stats, teller = simulate()
print(stats, f"{stats.mean_wait:.6f}", teller.label, stats._asdict())
print(sorted(Version(v) for v in ["1.10", "1.2", "1.2.1", "0.9"]), Version("1.0") >= Version("0.9"))
print(describe(5), describe([1, "a"]), describe(2.5))
print(paths(16, 16), paths.cache_info())
print(Perm.R | Perm.W, Perm(7), Perm.R in Perm(5), list(Kind), Kind.DONE.value, Kind["START"])
rng = random.Random(123)
print(rng.random(), rng.randint(1, 100), rng.choice("abcdef"), rng.sample(range(20), 5))
print(rng.uniform(1, 2), rng.gauss(0, 1), rng.shuffle(l := list(range(10))) or l, rng.getrandbits(40))
print(rng.choices("xyz", weights=[1, 2, 3], k=6), rng.randrange(0, 100, 7), rng.triangular(0, 1))
add3 = partial(lambda a, b, c: a * 100 + b * 10 + c, 1, c=3)
print(add3(2), add3.args, add3.keywords)
print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.pairwise("abcd")),
      list(itertools.batched(range(7), 3)) if hasattr(itertools, "batched") else None)
for k, g in itertools.groupby(sorted("mississippi")):
    print(k, len(list(g)), end="; ")
print()

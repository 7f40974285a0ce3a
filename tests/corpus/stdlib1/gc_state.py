import itertools, functools, heapq, random, operator
g = itertools.groupby(sorted([str(i % 7) for i in range(1000)]))
k, grp = next(g)
a, b = itertools.tee(iter([str(i) * 3 for i in range(100)]))
next(a)
c = itertools.cycle([str(i) + "x" for i in range(5)])
next(c)
acc = itertools.accumulate([[i] for i in range(50)])
next(acc)
p = functools.partial(lambda *x: x, [1, 2], "a" + "b")
ig = operator.itemgetter("k" + "ey")
@functools.lru_cache(maxsize=50)
def f(x): return [x] * 3
for i in range(200): f(i % 70)
junk = []
for i in range(300000):
    junk.append([i, str(i)])
    if len(junk) > 1000: junk = []
print(len(list(grp)), next(a), list(b)[:2], next(c), next(c), next(acc)[:3], p(1), ig({"key": 5}), f(65), f.cache_info())
print([k for k, _ in g])

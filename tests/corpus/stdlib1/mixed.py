import random, operator, functools, itertools, bisect, heapq
random.seed("abc", version=1); print(random.random())
random.seed(b"abc", version=1); print(random.random())
random.seed("", version=1); print(random.random())
d = {"a": 1}
print(operator.ior(d, {"b": 2}), d)
for f in [lambda: operator.matmul(1, 2), lambda: operator.pow(2, -1), lambda: operator.mod(1, 0), lambda: operator.getitem({}, "x"),
          lambda: operator.neg("a"), lambda: operator.invert(1.5), lambda: operator.lshift(1, -1), lambda: operator.contains(1, 2)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(operator.attrgetter("real", "imag")(3+4j), operator.itemgetter(-1)("xyz"), operator.methodcaller("count", "a")("banana"))
print(functools.reduce(operator.concat, [[1], [2], [3]]), list(itertools.accumulate("abc", operator.add)))
print(sorted(["b", "A", "c"], key=str.lower), bisect.bisect(["a", "b"], "b"), heapq.nlargest(2, {"x": 3, "y": 1, "z": 2}))

# Sorts whose keys are all ints, floats or strs, or tuples with one such kind per position,
# are ordered natively; anything else takes the general path. Both must agree with CPython.
import random

rng = random.Random(7)
words = ["".join(rng.choice("abcé ñZ9") for _ in range(rng.randrange(0, 5))) for _ in range(300)]
print(sorted(words)[:12], sorted(words)[-5:])
print(sorted(words, reverse=True)[:8])
ints = [rng.randrange(-50, 50) for _ in range(200)]
print(sorted(ints)[:10], sorted(ints, reverse=True)[:10])
# Stability: equal keys keep their order, forward and reversed.
recs = [(w, i) for i, w in enumerate(words)]
print(sorted(recs, key=lambda r: len(r[0]))[:10])
print(sorted(recs, key=lambda r: (len(r[0]), r[0][:1]), reverse=True)[:10])
# Bools count as ints; -0.0 equals 0.0 (stable); floats with ints at one position.
print(sorted([(True, "b"), (0, "a"), (1, "a"), (False, "c")]))
print(sorted([(0.0, "x"), (-0.0, "y"), (-1.5, "z"), (0.0, "w")]))
print(sorted([(1, "a"), (0.5, "b"), (2, "c"), (1.0, "d")]))
print(sorted([0.0, -0.0, 1, True, 0.5, False]))
# Different lengths: a prefix sorts first.
print(sorted([("a", 1, 2), ("a",), ("a", 1), (), ("a", 0, 9)]))
# NaN (compares False both ways) and big ints go the general way.
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]), sorted([(2, 10**40), (2, -10**40), (1, 0)]))
# Tuples and non-tuples, strs and ints: CPython's TypeError.
for bad in ([(1,), 1], ["a", 1], [("a",), ("b",), (1,)], [1, "a"]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError:", e)
data = list(words[:20])
data.sort(key=lambda w: (w[:1], -len(w)))
print(data)
# A str subclass is not a plain str: its own __lt__ runs.
class Loud(str):
    def __lt__(self, other):
        print("lt", str(self), str(other))
        return str.__lt__(self, other)
print(sorted([Loud("b"), Loud("a")]))

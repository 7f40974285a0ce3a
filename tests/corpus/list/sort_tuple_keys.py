# Sorts, min and max over tuple keys (compared without the general path when the items are
# ints, floats, strs and tuples of them), and what must still go the general way.
words = "pear fig apple kiwi banana cherry date elderberry grape lemon lime mango".split() * 3
print(sorted(words, key=lambda w: (w[0], len(w))))
print(sorted(words, key=lambda w: (len(w), w), reverse=True)[:6])
# Stability: equal keys keep their order, reversed or not.
pairs = [(i % 3, i) for i in range(20)]
print(sorted(pairs, key=lambda p: (p[0],)))
print(sorted(pairs, key=lambda p: (p[0],), reverse=True))
# Mixed numbers, nested tuples, bools, prefixes.
keys = [(1, 2.5), (1, 2), (True, 3), (0.5,), (1,), (1, (2, "a")), (1, (2,)), (), (1, 2, 0), (-1, "z")]
try:
    print(sorted(keys))
except TypeError as e:
    print("TypeError", e)
keys2 = [(1, 2.5), (1, 2), (True, 3), (0.5,), (1,), (), (1, 2, 0), (-1, 9)]
print(sorted(keys2))
print(min(keys2), max(keys2))
# NaN never compares less: the order CPython's comparisons give.
nan = float("nan")
print(sorted([(1, nan), (1, 0.0), (0, nan), (1, -1.0)]))
print(sorted([(nan, 1), (nan, 0)]))
# Mixed types inside the tuples raise TypeError with CPython's message.
for bad in ([(1, "a"), (1, 2)], [("x", 1), (2, 1)], [(1, None), (1, 2)], [(1, [1]), (1, (1,))]):
    try:
        print(sorted(bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    print(min([(1, "a"), (1, 2)], key=lambda t: t))
except TypeError as e:
    print("TypeError:", e)
try:
    print(max([(1, 2), (1, "b")]))
except TypeError as e:
    print("TypeError:", e)
# Equal tuples that are not identical, and lists in keys (the general path).
print(sorted([[2, 1], [1, 2], [1, 1]], key=lambda l: (l[0], l)))
# A key function raising: the error propagates, the list is left as it was.
data = [3, 1, 2]
def boom(x):
    if x == 2:
        raise ValueError("no key for 2")
    return (x, -x)
try:
    data.sort(key=boom)
except ValueError as e:
    print("ValueError:", e, data)
# User classes in tuples use their own comparisons.
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return "Rev(%d)" % self.v
print(sorted([(1, Rev(1)), (1, Rev(3)), (0, Rev(2))]))
print(min([(2, "b"), (1, "z"), (1, "a")], key=lambda t: t), max([(2, "b"), (1, "z"), (2, "a")]))
print(min(["bb", "a", "ccc"], key=lambda s: (len(s), s)), max(["bb", "a", "ccc", "ddd"], key=lambda s: (len(s),)))
# Big ints and str subclasses inside tuples.
class S(str):
    def __lt__(self, other):
        return str.__gt__(self, other)
print(sorted([(10**30, "a"), (1, "b"), (10**30, "0")]))
print(sorted([(1, S("a")), (1, S("b"))]))

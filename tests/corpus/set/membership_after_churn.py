# `x in s` on sets whose tables are full of dummies (add/discard churn), frozensets, keys
# that are equal but not identical, and a key compared by a Python __eq__.
used = set()
names = ["I", "L", "T", "S", "O", "P", "V", "."]
hits = misses = 0
for round_ in range(200):
    for a in names[round_ % 8:] + names[: round_ % 8]:
        used.add(a)
        for b in names:
            if b in used:
                hits += 1
            else:
                misses += 1
        if round_ % 3:
            used.discard(a)
print(hits, misses, sorted(used))

# Equal but not the same object: a str built at run time, and 1 / 1.0 / True.
s = {"".join(["ab", "c"]), 1, 2.5}
print("abc" in s, "ab" + "c" in s, 1.0 in s, True in s, 2.5 in s, 3 not in s)
fs = frozenset(range(0, 100, 7))
print(sum(1 for i in range(100) if i in fs), 49 in fs, 50 not in fs)


class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k


ks = {Key(i) for i in range(20)}
for i in range(0, 20, 2):
    ks.discard(Key(i))
print(sum(Key(i) in ks for i in range(20)), Key(3) in ks, Key(4) in ks)
# An unhashable item still raises.
try:
    [1] in s
except TypeError as e:
    print("TypeError", e)

# `in` / `not in` on sets, frozensets and dict keys with mixed key types: equal numbers of
# different types, hash collisions, user __eq__/__hash__, and tables with many deletions.

s = {1, "a", 2.5, (1, 2), None, True, frozenset({3})}
for k in [1, 1.0, True, "a", "b", 2.5, (1, 2), (1, 2.0), None, False, 0, frozenset({3}), 3]:
    print(repr(k), k in s, k not in s)

f = frozenset(s)
print(1.0 in f, "a" in f, "z" not in f, (1, 2) in f)

d = {1: "one", "x": "ex", 2.0: "two"}
for k in [1, 1.0, True, 2, 2.0, "x", "y"]:
    print(repr(k), k in d, k not in d)

# Ints that collide modulo the table size, and -1 / -2 (same hash in CPython).
big = (1 << 61) - 1
t = {0, big, -1, -2, 2 * big}
for k in [0, big, -1, -2, 2 * big, 1, 3 * big, -3]:
    print(k, k in t)


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        print("eq", self.n, other if not isinstance(other, Key) else other.n)
        if isinstance(other, Key):
            return self.n == other.n
        return self.n == other


u = {Key(1), Key(2), "s"}
print(Key(1) in u)
print(Key(3) in u)
print(2 in u)
print("s" in u)
print(1 in {Key(1)})


class Collide:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, Collide) and self.name == other.name


c = {Collide("a"), Collide("b"), 7}
print(Collide("b") in c, Collide("z") in c, 7 in c, 7.0 in c)


class BadHash:
    def __hash__(self):
        raise ValueError("no hash")


try:
    BadHash() in {1, 2}
except ValueError as e:
    print("ValueError", e)
try:
    [1] in {1, 2}
except TypeError as e:
    print("TypeError", e)
print({1} in {frozenset({1})})

# Adds and discards leave dummies: lookups of absent keys must still end correctly.
names = ["I", "L", "T", "S", "O", "P", "V", "."]
used = set()
hits = 0
for i in range(2000):
    nm = names[(i * 7) % 8]
    if nm in used:
        used.discard(nm)
        hits += 1
    else:
        used.add(nm)
    if i % 3 == 0 and "Q" not in used:
        hits += 2
print(hits, sorted(used))
nums = set(range(100))
for i in range(0, 100, 3):
    nums.discard(i)
print(sum(1 for i in range(-5, 120) if i in nums), 99 in nums, 99.0 in nums, 0 in nums)
# A str subclass with its own __eq__ looked up among plain strs.


class Loose(str):
    def __hash__(self):
        return hash(str(self).lower())

    def __eq__(self, other):
        return str(self).lower() == str(other).lower()


ls = {Loose("AbC")}
print("abc" in ls, Loose("ABC") in ls, "abd" in ls)

# `in`, set.add / discard / remove and dict lookups: the native path (str, int, float and
# tuple keys) and the fallback it must leave to Python code (user __eq__, unhashable keys).

s = {"I", "L", 1, (2, 3), 4.5}
print("I" in s, "X" in s, 1 in s, 1.0 in s, True in s, (2, 3) in s, (2, 4) in s)
print("I" not in s, "X" not in s, 4.5 in s, 9 not in s)
print(2 ** 70 in {2 ** 70}, 2 ** 70 in {1})
nan = float("nan")
print(nan in {nan}, nan in [nan])

d = {"a": 1, 7: 2, (1, (2, 3)): 3}
print("a" in d, "b" in d, 7 in d, 7.0 in d, (1, (2, 3)) in d, (1, (2, 4)) in d)
fs = frozenset(["x", "y"])
print("x" in fs, "z" not in fs)

# Add/discard cycles leave dummy slots; lookups must still find and miss correctly.
used = set()
for rnd in range(200):
    for name in "ILTSOPV.":
        used.add(name)
    for name in "ILTSOPV.":
        if rnd % 3 and name in "TS":
            continue
        used.discard(name)
    used.discard("never")
print(sorted(used), len(used), "T" in used, "I" in used)
try:
    used.remove("I")
except KeyError as e:
    print("KeyError", e)
used.remove("T")
print(sorted(used))

try:
    [] in s
except TypeError as e:
    print("TypeError", e)
try:
    used.discard([])
except TypeError as e:
    print("TypeError", e)
# A set argument is looked up as a frozenset.
ss = {frozenset({1})}
print({1} in ss)
ss.discard({1})
print(ss)


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("eq called")
        return other == self.v


s2 = {Key("I"), 5}
print("I" in s2)
print(5 in s2)
s2.discard("I")
print(len(s2))
s3 = {"I"}
print(Key("I") in s3)
d2 = {Key(3): "k"}
print(3 in d2)

# Methods of ints, floats and bools are cached per call site: the receiver varies.
for v in [5, 2 ** 80, True, 0, -9]:
    print(v.bit_length(), end=" ")
print()
for v in [1.0, 2.5, -0.0]:
    print(v.is_integer(), end=" ")
print()
for v in [3, 3.5, False]:
    print(v.as_integer_ratio(), end=" ")
print()

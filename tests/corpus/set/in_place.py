# Methods that change or read one set in place (add, discard, update, |=, in...): results,
# errors, and partial updates match CPython, and a loop of single adds stays linear.

s = set()
for i in range(100000):
    s.add(i % 50000)
print(len(s), 49999 in s, s.__contains__(50000))
for i in range(0, 100000, 2):
    s.discard(i)
print(len(s), s.__len__())

class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v % 3)
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return f"Key({self.v})"

t = {Key(1), Key(4)}
t.add(Key(7)); t.add(Key(1))
print(sorted(k.v for k in t), Key(4) in t, t.__contains__(Key(10)))
t.remove(Key(4))
try:
    t.remove(Key(4))
except KeyError as e:
    print("KeyError", e)

# update applies each argument in turn: a failure keeps what came before.
u = {1, 2}
try:
    u.update([3, 4], [5, [6]], [7])
except TypeError as e:
    print("TypeError:", e)
print(sorted(u))

def gen():
    yield 10
    yield 11
    raise ValueError("gen failed")
try:
    u.update(gen())
except ValueError as e:
    print("ValueError:", e)
print(sorted(u))

u.update(u, {20}, {30: 1}, "ab", range(3))
print(sorted(u, key=str))
u.difference_update({1, 2}, [10], u)
print(u)
v = {1, 2, 3}
v.symmetric_difference_update([3, 4, 4])
print(v)
v.symmetric_difference_update(v)
print(v)
w = {1, 2, 3}
w |= {4}
w -= {1}
w ^= {2, 5}
w &= {3, 4, 5, 6}
print(w)
w |= w; w -= w
print(w)
print({1, 2}.issubset(range(5)), {1, 2}.issuperset([1]), {1, 2}.isdisjoint(x for x in [3, 4]))
print(frozenset([1]).issubset({1}), frozenset([1, 2]).isdisjoint(frozenset([2])))
print(frozenset([1, 2]).__contains__(2), frozenset([1, 2]).__len__())

class S(set):
    pass
x = S([1])
x.add(2); x.update([3]); x |= {4}
print(type(x).__name__, sorted(x), len(x), 4 in x)

for call in (
    lambda: set.add(frozenset(), 1),
    lambda: set.update([1], [2]),
    lambda: set.discard({1}, [1]),
    lambda: set.__contains__([1], 1),
    lambda: {1}.add([2]),
    lambda: {1}.issubset(5),
    lambda: set.__len__(5),
):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print({frozenset([1])} == {frozenset([1])}, {1}.__contains__({1}) if False else {frozenset([1])}.__contains__({1}))

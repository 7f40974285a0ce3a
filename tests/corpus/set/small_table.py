# Sets start with 8 inline slots and move to a heap table when they grow: order, copies,
# clear, pop and comparisons must not depend on which one a set holds.
a = {7}
b = {v for v in range(5)}
c = set(range(40))
print(a, b, len(c), list(c)[:10])
for s in (a, b, c):
    t = s.copy()
    t.add(99)
    print(len(s), len(t), 99 in s, 99 in t, s <= t, t > s)
c.clear()
print(c, len(c))
c.update("hello world")
print(sorted(c), len(c))
grow = set()
for i in range(30):
    grow.add(i * 7)
    if i % 4 == 0:
        grow.discard(i * 7 - 14)
print(list(grow))
while len(grow) > 20:
    grow.pop()
print(sorted(grow))
print(frozenset({1, 2}) == frozenset(range(1, 3)), hash(frozenset({1, 2})) == hash(frozenset([2, 1])))
print({7} == {7}, {7} != {8}, {1, 2} - {2}, {1, 2} | set(range(10, 20)), {1, 2} & {2, 3}, {1, 2} ^ {2, 3})
d = [set(range(i)) for i in range(12)]
e = [set(x) for x in d]
print(all(x == y for x, y in zip(d, e)), [len(x) for x in e])
(only,) = {42}
print(only)

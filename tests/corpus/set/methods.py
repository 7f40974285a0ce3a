s = {1, 2, 3}
print(s.issubset({1, 2, 3, 4}), s.issuperset([1, 2]), s.isdisjoint((4, 5)), s.isdisjoint([3]))
print(s <= {1, 2, 3}, s < {1, 2, 3}, s >= {1}, s > {1, 2, 3}, s == frozenset({1, 2, 3}))
print(s != {1, 2}, {1} < {1, 2})
t = s.copy()
t.add(4)
print(s, t)
t.remove(4)
t.discard(100)
print(t)
try:
    t.remove(100)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {1} | [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset().add(1)
except AttributeError as e:
    print(type(e).__name__, e)
print(repr(set()), repr(frozenset()), repr(frozenset([1, 2])))
print(hash(frozenset({1, 2, 3})) == hash(frozenset([3, 2, 1])))
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({"a"})) == hash(frozenset({"a"})))
print({frozenset({1}), frozenset({2})} == {frozenset({2}), frozenset({1})})
print(set() in {frozenset()})
u = {1, 2}
u.update([3], (4,), {5: 6})
print(u)
u.intersection_update([1, 2, 3], {2, 3})
print(u)
u.difference_update([3])
print(u)
u.symmetric_difference_update([2, 9])
print(u)
u.clear()
print(u, len(u))
print(frozenset([1, 2]).copy(), set.union({1}, {2}))
print(len({1, 2, 3}), 2 in {1, 2, 3}, 5 not in {1, 2})
class S(set):
    pass
x = S([1, 2])
print(x, type(x | {3}).__name__)

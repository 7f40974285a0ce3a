# The types of the iterators of dicts (reversed), OrderedDicts, and of cmp_to_key's wrappers,
# with CPython's names and mutation errors.
import collections
import functools

print(type(reversed({})))
d = {"a": 1, "b": 2, "c": 3}
print(type(reversed(d.keys())).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
del d["b"]
print(list(reversed(d)), list(reversed(d.items())))
it = reversed(d)
print(next(it))
d["z"] = 26
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)

od = collections.OrderedDict(x=1, y=2)
print(type(iter(od)), type(reversed(od)).__name__)
print(list(od), list(reversed(od)), [k for k in od])
od.move_to_end("x")
print(list(od), list(reversed(od)))
it = iter(od)
print(next(it))
od["w"] = 0
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
print(list(it))


class Sub(collections.OrderedDict):
    pass


s = Sub(a=1)
s["b"] = 2
print(type(iter(s)).__name__, list(s), list(reversed(s)), dict(s), sorted(s))

K = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(type(K), type(K(1)), type(K).__name__, type(K).__module__)
print(repr(K).split(" at ")[0], repr(K(1)).split(" at ")[0])
print(sorted([3, 1, 2], key=K), sorted("bca", key=functools.cmp_to_key(lambda a, b: ord(b) - ord(a))))
print(K(2) < K(3), K(2) > K(3), K(2) == K(2), K(2) != K(2), K(2) <= K(2), K(2) >= K(3))
print(K(obj=5).obj, K(5)(6).obj, K.obj)
for f in [lambda: K(), lambda: K(1, 2), lambda: K(1) < 1, lambda: hash(K(1)), lambda: K(1) == 1]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print(max([4, 9, 2], key=K), min([4, 9, 2], key=K))

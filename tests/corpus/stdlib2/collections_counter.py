from collections import Counter, defaultdict, OrderedDict

c = Counter("abracadabra")
print(c)
print(c.most_common(), c.most_common(2), c["z"], c.total())
print(sorted(c.elements()))
c.update("aaz"); print(c)
c.update({"b": 5}); print(c)
c.subtract("aaaa"); print(c)
c.subtract(b=10); print(c)
print(+c, -c)
a = Counter(a=3, b=1, c=-2); b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a & b, a | b)
print(Counter(), Counter([]) == Counter(), Counter(a=1) == Counter(a=1, b=0))
print(Counter({"x": 2, "y": 2, "z": 3}).most_common())
del c["a"]; del c["nope"]; print(c)
print(isinstance(c, dict), type(c).__name__, list(Counter("hello").keys()))
x = Counter(a=2); x += Counter(a=-5, b=1); print(x)
print(Counter("aab").most_common(0), Counter(cats=4, dogs=8).most_common(1))
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    Counter(3)
except TypeError as e:
    print("TypeError", e)
words = "the quick brown the lazy the end quick".split()
print(Counter(words).most_common(2))
print(dict(Counter(words)))

dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd["a"], len(dd))
print(dd.default_factory, isinstance(dd, dict))
di = defaultdict(int)
for ch in "mississippi":
    di[ch] += 1
print(di, dict(di))
dn = defaultdict()
print(dn)
try:
    dn["x"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
print(defaultdict(lambda: "z", a=1)["q"])
print(dd.copy(), type(dd.copy()).__name__, "a" in dd, dd.get("zz"), "zz" in dd)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], dict(nested["x"]))

od = OrderedDict(a=1, b=2, c=3)
print(od)
od.move_to_end("a"); print(od)
od.move_to_end("c", last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([("x", 1), ("y", 2)]) == OrderedDict([("y", 2), ("x", 1)]))
print(OrderedDict([("x", 1), ("y", 2)]) == {"y": 2, "x": 1})
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    od.move_to_end("nope")
except KeyError as e:
    print("KeyError", e)
print(list(od.keys()), list(OrderedDict.fromkeys("abc", 0).items()))

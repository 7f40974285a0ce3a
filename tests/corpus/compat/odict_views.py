from collections import OrderedDict
from collections.abc import KeysView, ItemsView, ValuesView
od = OrderedDict(a=1, b=2)
k, v, i = od.keys(), od.values(), od.items()
print(type(k), type(v).__name__, type(i).__qualname__, type(k).__module__)
print(isinstance(k, KeysView), isinstance(i, ItemsView), isinstance(v, ValuesView), issubclass(type(k), type({}.keys())))
print(k & {"a"}, sorted(k | {"z"}), "a" in k, ("a", 1) in i, 2 in v, len(k), list(k), list(v), list(i))
od["c"] = 3; print(k, v, i)
print(k == {"a", "b", "c"}, i == {("a", 1), ("b", 2), ("c", 3)})
class Sub(OrderedDict): pass
print(Sub(x=1).keys(), dict(a=1).keys())
for key in od.keys(): print(key, end=" ")
print()
for key, val in od.items(): print(key, val, end=" ")
print()
try:
    type(k)()
except TypeError as e:
    print("TypeError", e)
print(od, list(reversed(od.keys())), list(reversed(od.items())))
print(OrderedDict().keys(), repr(OrderedDict(x=[1]).values()))

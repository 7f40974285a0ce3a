# Iterating instances of built-in container subclasses that keep (or replace) __iter__.
from collections import Counter, defaultdict, OrderedDict
class L(list):
    pass
class L2(list):
    def __iter__(self):
        yield "custom"
class D(dict):
    pass
class T(tuple):
    pass
class S(str):
    pass
class Weird(list):
    __iter__ = list.__reversed__
for obj in (L([1, 2, 3]), L2([1]), D(a=1, b=2), T((4, 5)), Counter("abca"), defaultdict(int, x=1), Weird([1, 2, 3]), frozenset({1}) | set()):
    print(type(obj).__name__, list(obj), [x for x in obj], type(iter(obj)).__name__)
print(list(S("xy")), list(OrderedDict(z=1, y=2)))
l = L([1, 2])
for x in l:
    if len(l) < 5:
        l.append(x * 10)
print(l)

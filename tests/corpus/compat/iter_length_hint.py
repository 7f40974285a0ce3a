# __length_hint__ of the built-in iterators (operator.length_hint), OrderedDict views' odict_iterator,
# view.mapping as a mappingproxy of the mapping itself (a dict subclass's instance), and the
# iterator and view types that cannot be instantiated.
from collections import OrderedDict, defaultdict, Counter
import operator
od = OrderedDict(a=1, b=2, c=3)
for v in [od.keys(), od.values(), od.items(), od]:
    r = reversed(v)
    print(type(r).__name__, type(r).__qualname__, repr(type(r)), operator.length_hint(r), list(r))
d = {"x": 1, "y": 2}
for v in [d, d.keys(), d.values(), d.items(), {}]:
    r = reversed(v)
    print(type(r).__name__, hasattr(r, "__length_hint__"), r.__length_hint__(), operator.length_hint(r), list(r), r.__length_hint__())
class D(dict): pass
class O(OrderedDict): pass
for m in [D(a=1), defaultdict(int, a=1), Counter("aab"), O(a=1), od, d]:
    k = m.keys()
    print(type(k).__name__, repr(k.mapping), type(k.mapping).__name__, repr(m.values().mapping), repr(m.items().mapping))
r = reversed(d)
next(r)
print(r.__length_hint__(), operator.length_hint(iter(d)), iter(d).__length_hint__(), iter(d.items()).__length_hint__())
rk = reversed(od.keys()); next(rk); print(operator.length_hint(rk))
print(type(iter(od)).__name__, type(iter(od.items())).__name__, type(iter(od.values())).__name__)
try:
    type(reversed(od.keys()))()
except TypeError as e:
    print(e)
d2 = {1: 2}
r = reversed(d2)
d2[3] = 4
try:
    next(r)
except RuntimeError as e:
    print(e)
import operator
for it in [iter([1,2]), iter((1,)), iter({1:2}), iter({1}), iter('ab'), iter(range(3)), reversed([1,2]), reversed(range(3)), iter({}.items()), iter(b'ab'), iter(bytearray(b'a')), reversed('ab'), reversed((1,2)), map(str,[1]), zip([1],[2]), enumerate([1]), (x for x in []), iter(__import__('collections').deque([1])), reversed(__import__('collections').deque([1])), reversed({1:2}), reversed({1:2}.values()), reversed({1:2}.items()), iter({1:2}.values())]:
    h = hasattr(it, '__length_hint__')
    print(type(it).__name__, h, operator.length_hint(it), it.__length_hint__() if h else None)
for it in [iter([]), iter(()), iter({}), reversed({}), iter(set()), iter(''), reversed([]), iter(OrderedDict()), {}.keys(), iter(range(1)), iter(b'')]:
    try:
        print(type(it)())
    except TypeError as e:
        print(e)
d = {"a": 1, "b": 2, "c": 3}
it = iter(d)
next(it)
print(it.__length_hint__())
d["z"] = 0
print(it.__length_hint__())
s = {1, 2, 3}
si = iter(s)
next(si)
print(si.__length_hint__())
s.add(4)
print(si.__length_hint__())
st = iter("héllo")
next(st)
print(type(st).__name__, st.__length_hint__())
print(iter(range(2, 10**15, 3)).__length_hint__())
od2 = OrderedDict(a=1)
ki = iter(od2.keys())
od2["b"] = 2
try:
    next(ki)
except RuntimeError as e:
    print(e)

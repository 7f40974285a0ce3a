# OrderedDict.move_to_end/popitem (native): order, errors and messages as CPython 3.13,
# subclasses, and an LRU-style churn (entries deleted and re-added) that keeps the order.
from collections import OrderedDict
d = OrderedDict(a=1, b=2, c=3)
for call in (lambda: d.move_to_end(), lambda: d.move_to_end(1, 2, 3), lambda: d.move_to_end("a", foo=1), lambda: d.popitem(1, 2), lambda: d.popitem(foo=1), lambda: d.move_to_end("zz"), lambda: OrderedDict().popitem(), lambda: OrderedDict().popitem(last=False), lambda: d.move_to_end([])):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
d.move_to_end("a"); print(d); d.move_to_end("a", last=False); print(d); d.move_to_end("c", False); print(d)
print(d.popitem(), d.popitem(last=False), d, d.popitem(0))
class S(OrderedDict):
    pass
s = S.fromkeys("abcde"); s.move_to_end("b"); print(s, s.popitem(False), type(s.popitem()))
e = OrderedDict((i, i) for i in range(1000))
for i in range(100000):
    k = (i * 7) % 1000
    if k in e: e.move_to_end(k)
    if i % 5 == 0:
        e.popitem(last=False); e[k + 1000 + i] = i
print(len(e), list(e)[:3], list(e.items())[-2:], next(iter(e)), next(reversed(e)))
# A plain dict used as a queue: deleting from the front and adding at the back.
q = {}
for i in range(50000):
    q[i] = i
    if len(q) > 64:
        del q[next(iter(q))]
print(len(q), next(iter(q)), list(q)[-1], sum(q))
# move_to_end(last=False) with a key equal to, but not the same object as, the stored one.
eq = OrderedDict([(1, "int"), (2, "two"), (3, "three")])
eq.move_to_end(1.0, last=False); eq.move_to_end(3.0, last=False); eq.move_to_end(2.0)
print(eq, len(eq))

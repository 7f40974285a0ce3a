# Error messages name natively defined module types module.name, as CPython names its C types
# (collections.deque, array.array, itertools.chain...), and a deque is never mistaken for the
# list it keeps its items in.
import array, itertools, functools, operator, time, types, sys, collections
objs = [collections.deque(), array.array('i'), iter(array.array('i')), itertools.chain(), itertools.count(),
        functools.partial(print), operator.itemgetter(1), time.localtime(0)[:0] or time.gmtime(0),
        sys.stdout, collections.Counter(), iter([]), {}.keys(), map(abs, []), zip(), enumerate([]), reversed([])]
for o in objs:
    try:
        o[0:1:2, 3]
    except Exception as e:
        print(type(e).__name__, e)
    try:
        o < 1.5j
    except Exception as e:
        print(type(e).__name__, e)
    print(type(o).__name__, type(o).__module__, type(o).__qualname__)
for a, b in [(collections.deque(), [1]), (collections.deque([1]), collections.deque([2])), (collections.deque([1]), (1,))]:
    try:
        print(a < b, a == b)
    except TypeError as e:
        print("TypeError", e)
print(collections.deque([1, 2]) == [1, 2], [1, 2] == collections.deque([1, 2]))

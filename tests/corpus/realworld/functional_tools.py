from functools import singledispatch, cached_property, partial, reduce, wraps, cmp_to_key
from itertools import groupby, accumulate, product, permutations, combinations, chain, islice, starmap, zip_longest, pairwise, batched, count, cycle, takewhile, dropwhile, tee, filterfalse, compress, repeat
import operator
from collections import OrderedDict, deque, ChainMap

@singledispatch
def describe(x):
    return "object"
@describe.register
def _(x: int):
    return "int %d" % x
@describe.register(list)
def _(x):
    return "list of %d" % len(x)
@describe.register(str)
def _(x):
    return "str %r" % x
print([describe(v) for v in (1, "a", [1, 2], 2.5, True, (1,))])

class Circle:
    def __init__(self, r):
        self.r = r
        self.calls = 0
    @cached_property
    def area(self):
        self.calls += 1
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area, c.area, c.calls, "area" in c.__dict__)
del c.area
print(c.area, c.calls)

def logged(fn):
    @wraps(fn)
    def inner(*a, **k):
        return ("called", fn.__name__, fn(*a, **k))
    return inner
@logged
def add(a, b=2):
    "adds"
    return a + b
print(add(1), add(1, b=5), add.__name__, add.__doc__, add.__wrapped__(3))
p = partial(int, base=2)
print(p("1011"), p.func, p.keywords, partial(pow, 2)(10), reduce(operator.mul, range(1, 11)), reduce(lambda a, b: a + [b], "abc", []))
print(sorted(["b", "A", "c", "B"], key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
data = [("a", 1), ("a", 2), ("b", 3), ("c", 4), ("c", 5)]
print([(k, [v for _, v in g]) for k, g in groupby(data, key=operator.itemgetter(0))])
print(list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4], max, initial=2)))
print(len(list(product("ab", repeat=3))), list(permutations(range(3), 2))[:4], list(combinations("abcd", 2)))
print(list(islice(chain.from_iterable(repeat([1, 2], 3)), 1, 5)), list(starmap(pow, [(2, 3), (3, 2)])))
print(list(zip_longest("ab", "xyz", fillvalue="-")), list(pairwise("abcd")), list(batched(range(7), 3)))
print(list(takewhile(lambda x: x < 3, count())), list(dropwhile(lambda x: x < 3, [1, 4, 2])), list(islice(cycle("xy"), 5)))
a, b = tee(iter(range(4)))
print(list(a), list(b), list(filterfalse(None, [0, 1, "", "x"])), list(compress("abcdef", [1, 0, 1, 0, 1])))
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False))
dq = deque(range(10), maxlen=5)
dq.rotate(2); dq.appendleft(-1)
print(dq, dq.maxlen, dq.count(7), list(reversed(dq)))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
cm2 = cm.new_child({"c": 4})
print(cm["a"], cm["b"], dict(cm2), cm2.parents, len(cm2))
print(operator.attrgetter("real", "imag")(3 + 4j), operator.methodcaller("split", ",")("a,b"), list(map(operator.neg, [1, -2])))

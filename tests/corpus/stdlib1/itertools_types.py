import itertools
c = itertools.count(3)
print(type(c), type(c).__name__, isinstance(c, itertools.count), type(c) is itertools.count, c.__next__(), next(c), iter(c) is c, c.__iter__() is c)
ch = itertools.chain.from_iterable(["ab"])
print(type(ch) is itertools.chain, list(ch), type(itertools.islice("a", 1)).__name__, type(itertools.product("a")).__name__)
class MyChain(itertools.chain):
    def extra(self): return "extra"
m = MyChain("ab", "c")
print(type(m).__name__, m.extra(), list(m), isinstance(m, itertools.chain))
g = itertools.groupby("aab")
print(type(g).__name__, [(k, list(v)) for k, v in g])
it = itertools.takewhile(lambda x: x < 3, range(10))
print(type(it).__name__, list(it))
print(repr(itertools.count(2, 3)), repr(itertools.repeat("r", 2)))

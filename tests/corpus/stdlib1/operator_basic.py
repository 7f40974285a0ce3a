import operator as o
from operator import itemgetter, attrgetter, methodcaller

print(o.add(1, 2), o.sub(5, 3), o.mul(3, 4), o.truediv(7, 2), o.floordiv(7, 2), o.mod(7, 3), o.pow(2, 10))
print(o.neg(5), o.pos(-5), o.abs(-3.5), o.inv(5), o.invert(0), o.lshift(1, 5), o.rshift(64, 2))
print(o.and_(12, 10), o.or_(12, 10), o.xor(12, 10), o.not_(0), o.not_([1]), o.truth(""), o.truth(3))
print(o.is_(None, None), o.is_not(1, None), o.eq(1, 1.0), o.ne(1, 2), o.lt(1, 2), o.le(2, 2), o.gt(1, 2), o.ge(3, 2))
print(o.contains([1, 2, 3], 2), o.countOf([1, 2, 1, 1], 1), o.indexOf("abcb", "b"), o.concat([1], [2]), o.concat("ab", "cd"))
l = [1, 2, 3]
print(o.getitem(l, 1), o.getitem(l, slice(0, 2)), o.setitem(l, 0, 9), l, o.delitem(l, 1), l)
print(o.length_hint([1, 2, 3]), o.length_hint(iter(range(10))), o.length_hint(object(), 7), o.index(5), o.index(True))
x = [1]
y = o.iadd(x, [2])
print(x, y, x is y, o.iadd(1, 2), o.isub(5, 1), o.imul("ab", 2), o.ipow(2, 3), o.iconcat([1], (2,)))
print(o.itruediv(1, 4), o.ifloordiv(9, 2), o.imod(9, 4), o.ilshift(1, 3), o.irshift(8, 1), o.iand(6, 3), o.ior(6, 3), o.ixor(6, 3))
print(o.call(max, 1, 5, 3), o.call(sorted, [3, 1], reverse=True), o.__add__(1, 2), o.__not__(1))
print(o.matmul.__name__ if hasattr(o.matmul, "__name__") else "")

g = itemgetter(1)
print(g([10, 20, 30]), g("xyz"), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 5}), itemgetter(slice(1, None))([1, 2, 3]))
print(repr(g), repr(itemgetter(1, "a")), type(g).__name__, type(g))
data = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(data, key=itemgetter(1)), sorted(data, key=itemgetter(0)), max(data, key=itemgetter(1)))


class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"


p = P("ann", P("bob"))
print(attrgetter("name")(p), attrgetter("child.name")(p), attrgetter("name", "child.name")(p))
print(repr(attrgetter("x")), repr(attrgetter("x.y", "z")))
print(methodcaller("greet", "hi")(p), methodcaller("greet", "yo", punct="?")(p), methodcaller("upper")("abc"))
print(repr(methodcaller("f", 1, k="v")), repr(methodcaller("g")))
print(list(map(methodcaller("split", ","), ["a,b", "c"])))
print(isinstance(g, itemgetter), itemgetter.__name__ if hasattr(itemgetter, "__name__") else "")
for f in [lambda: o.add(1), lambda: o.neg(), lambda: o.not_(1, 2), lambda: itemgetter(), lambda: attrgetter(1),
          lambda: methodcaller(), lambda: methodcaller(1), lambda: attrgetter("a")(1), lambda: itemgetter(5)([1]),
          lambda: o.index(1.5), lambda: o.indexOf([1], 2), lambda: o.length_hint(1, "a"), lambda: o.concat(1, 2),
          lambda: o.iconcat(1, 2), lambda: o.add(a=1, b=2), lambda: itemgetter(1)(), lambda: itemgetter(1)([1, 2], 3),
          lambda: o.length_hint(), lambda: o.countOf(1, 1), lambda: o.call(), lambda: itemgetter(1, k=2),
          lambda: o.add(1, "a"), lambda: o.lt(1, "a"), lambda: o.truediv(1, 0), lambda: attrgetter("child.nope")(p)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

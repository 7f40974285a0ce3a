# Edge cases of fast paths: tuple hashing in place, == between unrelated built-in types,
# iterating dict views, adding instance attributes through a cached transition, and
# operator dunders found as static or class methods.


# Tuple hashes: in-place result must equal the general one (nested, mixed, user items).
class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, o):
        return isinstance(o, H) and o.h == self.h


flat = (1, 2.5, "a", None, True, b"x", 10**30, -1, (), frozenset({1, 2}), range(3))
print(hash(flat) == hash(tuple(list(flat))))
deep = (0,)
for i in range(12):
    deep = (i, deep, "x")
print(hash(deep) == hash(tuple(list(deep))), deep == tuple(list(deep)))
d = {deep: "deep", (H(5), 1): "user", (1, (2, (3, H(-1)))): "nested user"}
print(d[deep], d[(H(5), 1)], d[(1, (2, (3, H(-1))))])
print(hash((H(-1),)) == hash((-2,)), hash((H(7), 1)) == hash((7, 1)))
for bad in [(1, [2]), (1, (2, {3: 4})), ((((((((((([],),),),),),),),),),),)]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError", e)
print(hash((1.0, 2)) == hash((1, 2.0)), hash((-1,)) == hash((-2,)))
grid = {(r, c): r * 10 + c for r in range(4) for c in range(4)}
print(sum(grid[(r, c)] for r in range(4) for c in range(4)), (3, 3) in grid, (4, 0) in grid)


# == and != between values of different built-in types, and with user types in the mix.
pairs = [(1, "1"), ("a", b"a"), ([], ()), ({}, set()), (range(0), []), (None, 0), (1.0, "1.0"),
         (frozenset(), {}), (1, 1.0), (True, 1), (set(), frozenset()), (b"a", bytearray(b"a")),
         (1 + 0j, 1), (2**70, "x"), (None, None), ((1,), [1])]
for a, b in pairs:
    print(repr(a), repr(b), a == b, a != b, b == a, b != a)


class AlwaysEq:
    def __eq__(self, o):
        return True

    def __ne__(self, o):
        return False


class MyStr(str):
    def __eq__(self, o):
        return o == 1 or str.__eq__(self, o)

    __hash__ = str.__hash__


class MyInt(int):
    pass


print(1 == AlwaysEq(), "x" != AlwaysEq(), AlwaysEq() == [], [] != AlwaysEq())
print(MyStr("s") == 1, 1 == MyStr("s"), MyStr("s") == "s", MyStr("s") != 1, 1 != MyStr("s"))
print(MyInt(3) == 3, MyInt(3) == "3", "3" == MyInt(3), 3.0 == MyInt(3))
for a, b in [(1, "a"), ([], ())]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError", e)
print([1, "a", None, (1,)].count("a"), [1, "a", None].index(None), "a" in [1, 2.0, None, "a"])


# Iterating dict views (keys, values, items) directly and through builtins.
dd = {"b": 2, "a": 1, "c": 3}
print(list(dd.keys()), list(dd.values()), list(dd.items()))
print(sorted(dd.items()), sorted(dd.values()), min(dd.keys()), max(dd.items()))
print([k for k in dd.keys()], tuple(v for v in dd.values()), dict(dd.items()) == dd)
ks = dd.keys()
it = iter(ks)
print(next(it), type(it).__name__, type(iter(dd.items())).__name__, type(iter(dd.values())).__name__)
try:
    for k in dd.keys():
        dd[k + k] = 0
except RuntimeError as e:
    print("RuntimeError", e)


class D(dict):
    def __iter__(self):
        return iter(["overridden"])


sd = D(x=1, y=2)
print(list(sd), list(sd.keys()), list(sd.items()), list(sd.values()))


# Instance attributes added by the same store sites on many instances.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


ps = [P(i, -i) for i in range(5)]
print([(p.x, p.y) for p in ps], [sorted(vars(p)) for p in ps[:2]])


class S:
    __slots__ = ("a",)

    def __init__(self, a, extra):
        self.a = a
        if extra:
            self.b = 1


for extra in (False, False, True):
    try:
        print(S(1, extra).a)
    except AttributeError as e:
        print("AttributeError", e)


class Q:
    def __init__(self, v):
        self.v = v


qs = [Q(1), Q(2)]


def logging_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)


Q.__setattr__ = logging_setattr
q = Q(3)
print(q.v, [x.v for x in qs])
del Q.__setattr__


class Prop:
    def __init__(self, v):
        self.v = v


Prop(1), Prop(2)
Prop.v = property(lambda self: 42, lambda self, value: print("property set", value))
print(Prop(5).v)


# Operator dunders as static and class methods, and with NotImplemented.
class Weird:
    @staticmethod
    def __add__(a, b=None):
        return ("static", a, b)

    @classmethod
    def __sub__(cls, other):
        return ("class", cls.__name__, other)

    def __mul__(self, other):
        return NotImplemented

    def __rmul__(self, other):
        return ("rmul", other)

    def __abs__(self):
        return "abs"


w = Weird()
print(w + 1, w - 2, 3 * w, abs(w), round(2.5), round(2.675, 2))
try:
    w * w
except TypeError as e:
    print("TypeError", e)


# Ordering tuples and lists item by item (sorts, min, max with tuple keys).
class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        print("Rev.__lt__", self.v, o.v)
        return self.v > o.v

    def __eq__(self, o):
        print("Rev.__eq__", self.v, o.v)
        return self.v == o.v

    def __repr__(self):
        return f"Rev({self.v})"


nan = float("nan")
cases = [((1, 2), (1, 3)), ((1, 2), (1, 2, 0)), ((1, "b"), (1, "a")), ((True, 2), (1, 3)), ((1, 2.5), (1.0, 2)),
         ((nan, 1), (nan, 2)), ((1, (2, "x")), (1, (2, "y"))), ((0, Rev(1)), (0, Rev(2))), ([1, [2]], [1, [3]]),
         (("a", None), ("a", None)), ((2**70, 1), (2**70, 0)), ((), ()), ((1,), ())]
for a, b in cases:
    print(a < b, a > b, a == b, a != b)
    if not isinstance(a[-1:], (tuple, list)) or not any(isinstance(x, Rev) for x in a):
        print(a <= b, a >= b)
for a, b in [((1, None), (1, 2)), ((1, "a"), (1, 2)), ([None], [None, 1])]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError", e)
pairs = [((r % 3, -r, str(r)), r) for r in range(12)]
print(sorted(pairs)[:4], min(pairs), max(pairs, key=lambda p: (p[0][1] % 4, p[1])))
print(sorted([(0.5, "b"), (0.5, "a"), (-1, "z"), (True, "t"), (1, "o")]))
print(sorted([(Rev(1), 1), (Rev(2), 2)]))

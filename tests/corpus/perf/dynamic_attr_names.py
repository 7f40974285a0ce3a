# getattr/hasattr/setattr with computed names: the fast path through per-name sites must give
# what the general path gives for every kind of class and attribute.


class Plain:
    kind = "plain"

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b


class Sub(Plain):
    kind = "sub"


class WithProp:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        return self._x * 10

    @x.setter
    def x(self, v):
        self._x = v + 1


class Hooked:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        if name == "a":
            return "hooked a"
        return object.__getattribute__(self, name)


class Fallback:
    def __init__(self):
        self.a = 1

    def __getattr__(self, name):
        return "fallback " + name


class Guarded:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, ("guarded", value))


class Slotted:
    __slots__ = ("a",)


class Raising:
    @property
    def bad(self):
        raise ValueError("not an AttributeError")

    @property
    def missing(self):
        raise AttributeError("from property")


def names(base):
    # Built at run time, so never the same object as the interned name.
    return "".join(list(base))


objs = [Plain(1, 2), Sub(3, 4), Plain(5, 6)]
for _ in range(3):
    for o in objs:
        print(getattr(o, names("a")), getattr(o, names("b")), getattr(o, names("kind")),
              getattr(o, names("total"))(), hasattr(o, names("a")), hasattr(o, names("zz")),
              getattr(o, names("zz"), "dflt"))

# The same name on instances whose shapes differ, then after a class attribute changes.
q = Plain(7, 8)
del q.a
q.c = 9
print(getattr(q, "c"), getattr(q, "kind"), hasattr(q, "a"), getattr(q, "a", "gone"))
Plain.kind = "changed"
print([getattr(o, names("kind")) for o in objs])
objs[0].kind = "own"
print([getattr(o, names("kind")) for o in objs])

w = WithProp()
print(getattr(w, names("x")))
setattr(w, names("x"), 5)
print(getattr(w, names("x")), w._x)

h = Hooked()
print(getattr(h, names("a")), hasattr(h, "a"), getattr(h, "nope", "dflt"))

f = Fallback()
print(getattr(f, names("a")), getattr(f, names("b")), hasattr(f, "anything"))

g = Guarded()
for i in range(3):
    setattr(g, names("v"), i)
    print(g.v, getattr(g, "v"))

s = Slotted()
setattr(s, names("a"), 3)
print(getattr(s, "a"))
try:
    setattr(s, names("b"), 4)
except AttributeError as e:
    print("AttributeError:", e)

r = Raising()
try:
    hasattr(r, names("bad"))
except ValueError as e:
    print("ValueError:", e)
print(hasattr(r, names("missing")), getattr(r, "missing", "dflt"))

# setattr of a new attribute, then read by instruction and by getattr, in a loop.
for i in range(4):
    p = Plain(i, i)
    setattr(p, names("extra"), i * i)
    setattr(p, "a", -i)
    print(p.extra, getattr(p, "extra"), p.a, getattr(p, names("a")))

# Names that are not plain str, and non-str names.
class Name(str):
    pass


print(getattr(objs[1], Name("a")))
for bad in (1, None, b"a"):
    try:
        getattr(objs[0], bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        setattr(objs[0], bad, 1)
    except TypeError as e:
        print("TypeError:", e)
try:
    getattr(objs[0], "missing_attr")
except AttributeError as e:
    print("AttributeError:", e)

# Classes and modules as the object.
import math
print(getattr(Plain, "kind"), getattr(math, names("pi")), hasattr(Plain, "total"))
setattr(Plain, names("kind"), "set on class")
print(objs[1].kind, getattr(objs[0], "kind"), getattr(objs[2], names("kind")))

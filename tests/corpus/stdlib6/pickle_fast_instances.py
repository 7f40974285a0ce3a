# pickle.dumps / loads of graphs holding instances of plain classes (run natively in Edge),
# and of classes with hooks, slots or odd names (left to the Python Pickler): the bytes of
# every protocol, what loading gives back, and the errors.
import io
import pickle


class Rec:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __repr__(self):
        return "Rec(%r, %r)" % (self.a, self.b)


class Empty:
    pass


class Base:
    def __init__(self):
        self.base = 1


class Derived(Base):
    def __init__(self):
        super().__init__()
        self.extra = [1, 2]


class Slots:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1
        self.y = "why"


class Reducer:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reducer, (self.v,))


class GetState:
    def __init__(self):
        self.v = 5
        self.hidden = "no"

    def __getstate__(self):
        return {"v": self.v}


class SetState:
    def __init__(self):
        self.v = 7

    def __setstate__(self, state):
        self.v = state["v"] * 10
        self.restored = True


class NewArgs:
    def __new__(cls, n=0):
        self = object.__new__(cls)
        self.n = n
        return self

    def __getnewargs__(self):
        return (self.n,)


class Outer:
    class Inner:
        def __init__(self):
            self.i = 3


def dump_load(label, obj, protos=range(6)):
    for proto in protos:
        try:
            data = pickle.dumps(obj, proto)
        except Exception as e:
            print(label, proto, "dumps", type(e).__name__, e)
            continue
        print(label, proto, data)
        try:
            back = pickle.loads(data)
        except Exception as e:
            print(label, proto, "loads", type(e).__name__, e)
            continue
        print(label, proto, "->", describe(back))


def describe(x, seen=None):
    seen = {} if seen is None else seen
    if id(x) in seen:
        return "<#%d>" % seen[id(x)]
    if isinstance(x, (list, tuple, dict, set, frozenset)) or hasattr(x, "__dict__") and not isinstance(x, type):
        seen[id(x)] = len(seen)
    if isinstance(x, list):
        return "[" + ", ".join(describe(i, seen) for i in x) + "]"
    if isinstance(x, tuple):
        return "(" + ", ".join(describe(i, seen) for i in x) + ",)"
    if isinstance(x, dict):
        return "{" + ", ".join(describe(k, seen) + ": " + describe(v, seen) for k, v in x.items()) + "}"
    if isinstance(x, (set, frozenset)):
        return type(x).__name__ + "(" + ", ".join(sorted(repr(i) for i in x)) + ")"
    if isinstance(x, Slots):
        return "Slots(%r, %r)" % (x.x, x.y)
    if hasattr(x, "__dict__") and not isinstance(x, type):
        return type(x).__qualname__ + describe(vars(x), seen)
    return repr(x)


r = Rec(1, "x")
dump_load("plain", r)
dump_load("empty", Empty())
dump_load("shared", [r, r, Rec(2, r)])
me = Rec(None, None)
me.a = me
me.b = [me, (me,)]
dump_load("cycle", me)
dump_load("containers", {"k": Rec(1, 2), "t": (Rec(3, 4), Empty()), "l": [Empty(), Rec(5, {6})]})
dump_load("nested", Rec(Rec(Rec(1, 2), Derived()), [Base()]))
dump_load("two classes", [Empty(), Rec(0, 0), Empty(), Derived()])
dump_load("class and instance", [Rec, Rec(1, 1), Rec, Empty, Empty()])
dump_load("dunder attr", Rec("__a", {"__x__": 1}))
d = Rec(1, 2)
vars(d)["z"] = 3
dump_load("real dict", [d, vars(d)])
inst_key = Rec(9, 9)
dump_load("instance key", {inst_key: 1, (inst_key, 2): inst_key})
dump_load("bytes and sets", [Rec(b"by", {1, 2}), b"by", b"", frozenset([Rec(1, 1)])])
dump_load("unicode", Rec("héllo €", "\n\\"))

# Classes the Python Pickler handles (hooks, slots, nesting): still CPython's bytes.
dump_load("slots", Slots())
dump_load("reduce", [Reducer(3), Reducer(3)])
dump_load("getstate", GetState())
dump_load("setstate", [SetState(), SetState()])
dump_load("newargs", NewArgs(4))
dump_load("nested class", [Outer.Inner(), Rec(1, Outer.Inner())])


def local_class():
    class Local:
        pass
    return Local()


dump_load("local", [Rec(1, 2), local_class()], protos=(0, 2, 4, 5))
dump_load("local class", local_class().__class__, protos=(0, 4))

# After pickling, a class has the __slotnames__ copyreg._slotnames caches.
class Fresh:
    def __init__(self):
        self.q = 1


print("slotnames before", "__slotnames__" in vars(Fresh))
pickle.dumps(Fresh(), 2)
print("slotnames after", vars(Fresh).get("__slotnames__"))

# fix_imports=False names builtins and copyreg as Python 3 does.
for proto in range(3):
    data = pickle.dumps([Rec(b"x", {1}), b""], proto, fix_imports=False)
    print("no fix_imports", proto, data, describe(pickle.loads(data, fix_imports=False)))
    try:
        print("load fixed with no fix_imports", describe(pickle.loads(pickle.dumps(Rec(1, 2), proto), fix_imports=False)))
    except Exception as e:
        print("load fixed with no fix_imports", type(e).__name__, e)

# Framing and pieces: a big graph of instances, dumped to a file and as bytes.
big = [Rec(i, "s" * (i % 50)) for i in range(4000)]
for proto in (4, 5):
    f = io.BytesIO()
    pickle.dump(big, f, proto)
    data = pickle.dumps(big, proto)
    back = pickle.loads(data)
    print("big", proto, len(data), f.getvalue() == data, data[:40], data[-30:],
          [(x.a, x.b) for x in back[::997]])

# The pieces a file gets: one write per full frame, then the rest.
class Sizes:
    def __init__(self):
        self.sizes = []

    def write(self, data):
        self.sizes.append(len(data))


for proto in (4, 5):
    for label, obj in [("instances", big), ("lists", [[i, "t" * (i % 40)] for i in range(6000)]),
                       ("getstate", [GetState() for i in range(9000)])]:
        w = Sizes()
        pickle.dump(obj, w, proto)
        data = pickle.dumps(obj, proto)
        print("pieces", label, proto, w.sizes, len(data), data[:12])

# A set holding instances, and a class that defines __eq__ and __hash__: loads leaves hashing
# to Python.
class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        print("eq called")
        return isinstance(other, Key) and self.k == other.k

    def __hash__(self):
        print("hash called")
        return hash(self.k)


data = pickle.dumps({Key(1): "one"}, 4)
print("hash key", data)
back = pickle.loads(data)
print("hash key back", [(k.k, v) for k, v in back.items()])

# Pickles of instances written by hand: bad states and wrong arguments go to the Python
# Unpickler, which reports them.
for data in [
    b"\x80\x04\x95\x1d\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x03Rec\x94\x93\x94K\x01\x85\x81.",
    b"\x80\x04\x8c\x08__main__\x8c\x03Rec\x93)\x81K\x05b.",
    b"\x80\x04\x8c\x08__main__\x8c\x03Rec\x93)\x81}K\x01K\x02sb.",
    b"\x80\x04\x8c\x08__main__\x8c\x07Missing\x93)\x81.",
    b"\x80\x04\x8c\x0bno_such_mod\x8c\x03Rec\x93)\x81.",
    b"\x80\x04\x8c\x08__main__\x8c\x03Rec\x93)\x81}\x8c\x0c__setstate__K\x01sb}\x8c\x01aK\x02sb.",
    b"c__main__\nRec\n)\x81.",
]:
    try:
        print("hand", describe(pickle.loads(data)))
    except Exception as e:
        print("hand", type(e).__name__, str(e).split(" on ")[0])

# A class whose name now means another object, a reductor in copyreg's table, an extension
# code: all the Python Pickler's.
class Gone:
    pass


g = Gone()


class Gone:
    pass


dump_load("redefined", [g], protos=(0, 2, 4))

import copyreg


class Tabled:
    def __init__(self):
        self.t = 1


copyreg.pickle(Tabled, lambda obj: (Tabled, ()))
dump_load("dispatch table", [Tabled(), Rec(1, 2)], protos=(1, 2, 4))
del copyreg.dispatch_table[Tabled]


class Ext:
    def __init__(self):
        self.e = 2


copyreg.add_extension("__main__", "Ext", 200)
dump_load("extension", [Ext(), Rec(3, 4)], protos=(1, 2, 4))
copyreg.remove_extension("__main__", "Ext", 200)
dump_load("extension removed", [Ext(), Rec(3, 4)], protos=(2, 4))

# pickle.dumps must write CPython's exact bytes for every protocol; loads must read them back.
import pickle


class Plain:
    def __init__(self, a):
        self.a = a
        self.b = [a, a]


class WithState:
    def __init__(self):
        self.x = 1
        self.cache = "zap"

    def __getstate__(self):
        return {"x": self.x}

    def __setstate__(self, s):
        self.__dict__.update(s)
        self.cache = None


class NewArgs:
    def __new__(cls, n):
        o = object.__new__(cls)
        o.n = n
        return o

    def __getnewargs__(self):
        return (self.n,)


class Slots:
    __slots__ = ("p", "q")

    def __init__(self):
        self.p = 1
        self.q = "two"


class L(list):
    pass


class D(dict):
    pass


class I(int):
    pass


class Red:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Red, (self.v,))


class Outer:
    class Inner:
        class Deepest:
            pass


def func():
    pass


def digest(d):
    return len(d), d[:40], d[-40:], sum(d), sum(i * b for i, b in enumerate(d)) % 1000003


shared = [1, 2]
rec = []
rec.append(rec)
recd = {}
recd["self"] = recd
rect = ([],)
rect[0].append(rect)
values = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
    2**63, -2**64, 2**100, 10**300, -(10**300), 0.0, -0.0, 1.5, 1e100, 1e-300, float("inf"), float("-inf"),
    "", "a", "héllo", "x\n\\y\r\x00\x1a", "\u1234\U0001f600", "a" * 300, b"", b"a", b"\x00\xff" * 200,
    bytearray(), bytearray(b"xy"), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2],
    list(range(1001)), list(range(2500)), {}, {"a": 1}, {1: 2, 3: 4}, {i: i for i in range(1001)},
    {i: 0 for i in range(2000)}, set(), {1}, {1, 2, 3}, set(range(1000)), frozenset(), frozenset({5}),
    frozenset({1, 2}), [shared, shared, (shared,)], rec, recd, rect, Plain(3), [Plain(1), Plain(1)],
    WithState(), NewArgs(7), Slots(), L([1, 2]), L(range(1001)), D(a=1), I(5), Red(9), Outer,
    Outer.Inner, Outer.Inner.Deepest, func, len, int, type(None), ..., NotImplemented, 1 + 2j,
    range(1, 9, 2), ValueError("bad", 1), [[i] for i in range(300)], ["dup", "dup"],
]
plain_types = (int, float, str, bytes, tuple, list, dict, set, frozenset, bytearray)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        try:
            d = pickle.dumps(v, proto)
        except Exception as e:
            print(proto, type(v).__name__, "error", type(e).__name__, e)
            continue
        print(proto, type(v).__name__, d if len(d) < 200 else digest(d))
        try:
            back = pickle.loads(d)
        except Exception as e:
            print("  load error", type(e).__name__, e)
            continue
        if type(v) in plain_types and v is not rec and v is not recd and v is not rect and " at 0x" not in repr(v):
            assert back == v and type(back) is type(v), (proto, v)
        again = pickle.dumps(back, proto)
        if again != d:
            print("  dumps(loads(d)) differs:", again if len(again) < 200 else digest(again))
print(rec is rec[0], pickle.loads(pickle.dumps(rec))[0][0][0] is not None)
r = pickle.loads(pickle.dumps(rect, 2))
print(r[0][0] is r, type(r).__name__)
p = pickle.loads(pickle.dumps([Plain(4)] * 2, 4))
print(p[0] is p[1], p[0].a, p[0].b, type(p[0]).__name__)
w = pickle.loads(pickle.dumps(WithState(), 3))
print(w.x, w.cache)
s = pickle.loads(pickle.dumps(Slots(), 4))
print(s.p, s.q)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)

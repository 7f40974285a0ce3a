# pickle.dumps / loads run natively for built-in values and hand everything else to the
# Python Pickler / Unpickler from the start: the bytes, the loaded objects and the errors
# must be the same either way (and CPython's).
import io
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyStr(str):
    pass


class MyInt(int):
    pass


def show(label, obj, protos=range(6)):
    for proto in protos:
        try:
            b = pickle.dumps(obj, proto)
        except Exception as e:
            print(label, proto, "dumps", type(e).__name__, e)
            continue
        try:
            back = pickle.loads(b)
            same = back == obj
        except Exception as e:
            same = type(e).__name__ + ": " + str(e)
        print(label, proto, b.hex() if len(b) < 300 else len(b), same)


# Built-in values the native pickler leaves to Python before some protocol.
show("bytes", [b"abc", b"", b"abc"])
show("set", [{1, 2}, frozenset([3])])
show("bytearray", bytearray(b"xyz"))
# Objects that are never native: instances, subclasses, classes, functions.
p = Point(1, "a")
show("instance", [p, p, {"k": Point(2.5, None)}])
show("subclasses", [MyList([1, 2]), MyDict(a=1), MyStr("s"), MyInt(7)])
show("globals", [len, Point, None, print])
show("range", [range(3), slice(1, 2)])

# Unpicklable objects: the Python Pickler's errors.
for bad in [lambda: 1, (i for i in []), [1, 2, lambda: 3]]:
    for proto in (0, 2, 4):
        try:
            pickle.dumps(bad, proto)
        except Exception as e:
            print("unpicklable", proto, type(e).__name__)

# Arguments.
for kwargs in [{"protocol": 6}, {"protocol": -1}, {"protocol": 4, "buffer_callback": print},
               {"protocol": 5, "buffer_callback": print}, {"protocol": True}]:
    try:
        print("args", kwargs.get("protocol"), pickle.dumps([1, "a"], **kwargs).hex())
    except Exception as e:
        print("args", type(e).__name__, e)

# Truncated and malformed pickles.
good = pickle.dumps({"a": [1, 2.5, "x" * 10, (None, True)]}, 4)
for n in (0, 1, 5, 12, len(good) - 1):
    try:
        print("truncated", n, pickle.loads(good[:n]))
    except Exception as e:
        print("truncated", n, type(e).__name__, e)
for data in [b"Z.", b"h\x05.", b"]q\x00h\x01.", b"K\x01K\x02s.", b"(K\x01t", b"0.", b"\x80\x09N.",
             b"I12\n.", b"I 12\n.", b"I1_0\n.", b"F1.5\n.", b"Finf\n.", b"L123L\n.", b"L-99999999999999999999999L\n.",
             b"Vcaf\xe9 \\u20ac\\U0001f600\n.", b"X\x02\x00\x00\x00\xc3\xa9.",
             b"}(K\x01]K\x02u.", b"](K\x01K\x02e.", b"\x8f(K\x01K\x01\x90.", b"(K\x01K\x02d.", b"(K\x01K\x02K\x03d.",
             b"K\x01\x94K\x02\x94h\x00h\x01\x86.", b"N\x95\xff\x00\x00\x00\x00\x00\x00\x00.",
             b"cbuiltins\nlen\n.", b"\x8c\x08builtins\x8c\x03abs\x93.", b"S'py2'\n.", b"U\x03abc.", b"(K\x01K\x02l.",
             b"K\x05p-1\n.", b"K\x05p3\ng3\n.", b"N2t.", b"(N1N.", b"K\x01\x8a\x00\x8a\x02\xff\x7f\x8a\x01\x80t."]:
    try:
        print("load", data.hex(), repr(pickle.loads(data)))
    except Exception as e:
        print("load", data.hex(), type(e).__name__, e)
try:
    pickle.loads("text")
except TypeError as e:
    print("str", e)
print(pickle.loads(bytearray(pickle.dumps([1, 2]))), pickle.loads(memoryview(pickle.dumps((3,)))))

# Files: the pieces pickle.dump writes, which Pickler.dump also writes.
class Pieces:
    def __init__(self):
        self.parts = []

    def write(self, b):
        self.parts.append(len(b))


big = [("k%d" % i, i * 1.5, "v" * (i % 50)) for i in range(6000)]
for proto in (2, 4, 5):
    a, b = Pieces(), Pieces()
    pickle.dump(big, a, proto)
    pickle.Pickler(b, proto).dump(big)
    print("pieces", proto, a.parts == b.parts, len(a.parts), sum(a.parts))
try:
    pickle.dump([1], object())
except TypeError as e:
    print("nowrite", e)
f = io.BytesIO()
pickle.dump({"x": 1}, f)
pickle.dump([2], f)
f.seek(0)
print(pickle.load(f), pickle.load(f))

# Large payloads outside frames, full batches, deep nesting (past the native depth limit).
for obj in ["y" * 70000, b"z" * 70000, bytearray(b"w" * 70000), [1] * 1000, [1] * 2001,
            dict.fromkeys(range(1000)), dict.fromkeys(range(2000), "v"), set(range(1000)),
            frozenset(range(1001))]:
    for proto in (3, 4, 5):
        b = pickle.dumps(obj, proto)
        print("large", type(obj).__name__, proto, len(b), b[:24].hex(), b[-12:].hex(), pickle.loads(b) == obj)
deep = []
cur = deep
for i in range(400):
    cur.append([i, "d"])
    cur = cur[-1]
for proto in range(6):
    b = pickle.dumps(deep, proto)
    print("deep", proto, len(b), pickle.loads(b) == deep)

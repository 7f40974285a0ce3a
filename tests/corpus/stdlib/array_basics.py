import array, struct
for tc in "bBhHiIlLqQ":
    a = array.array(tc)
    for v in (2**70, -2**70):
        try: a.append(v)
        except Exception as e: print(tc, v > 0, type(e).__name__, e)
    print(tc, a.itemsize)
for tc, v in [("b", 128), ("b", -129), ("B", 256), ("B", -1), ("h", 2**15), ("H", -1), ("i", 2**31), ("I", -1), ("I", 2**32), ("l", 2**63), ("L", -1), ("q", 2**63), ("Q", -1), ("b", 1.5), ("f", "x"), ("w", 5), ("w", "ab")]:
    try: array.array(tc, [v])
    except Exception as e: print(tc, v, type(e).__name__, e)
try: array.array("z")
except Exception as e: print(type(e).__name__, e)
a = array.array("i", [1, 2, 3])
print(a, repr(array.array("d")), array.array("w", "hé"), array.array("f", [1.5]), a[1], a[-1], a[1:], a[::-1], len(a), a.itemsize, a.typecode, a.tolist())
a.append(4); a.extend([5, 6]); a.extend(array.array("i", [7])); a.insert(0, 0); print(a, a.pop(), a.pop(0), a.index(3), a.count(3), 3 in a)
a.remove(3); a.reverse(); print(a, a.tobytes(), array.array("h", b"\x01\x00\x02\x00"), bytes(array.array("B", [65, 66])))
b = array.array("i"); b.frombytes(a.tobytes()); print(b == a, b, a + b, a * 2, array.array("i", [1]) < array.array("i", [2]))
a[0] = 99; a[1:3] = array.array("i", [7, 8, 9]); print(a); del a[0]; print(a)
for bad in [lambda: a.__setitem__(slice(1, 2), [1]), lambda: a.extend(array.array("d", [1.0])), lambda: a.frombytes(b"abc"), lambda: a[100], lambda: array.array("i", "abc"), lambda: a.remove(1000), lambda: array.array("i").pop()]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(array.array("w", "abc").tounicode(), array.typecodes, list(array.array("b", [1, -1])), sum(array.array("d", [0.5, 0.25])))
print(struct.unpack("<2i", array.array("i", [1, 2])), array.array("f", [0.1])[0], array.array("d", array.array("i", [1, 2])))
a = array.array("i", [3, 1]); a.fromlist([5]); print(a, a.buffer_info()[1], array.array("d", [1, 2]))
h = array.array("H", [1, 258]); h.byteswap(); print(h, sorted(array.array("q", [3, -1, 2])), array.array("Q", [2**64 - 1]))

# ---- more: construction, conversions and CPython's exact errors ----
from array import array as A
import copy


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


t("kw", lambda: A(typecode="i"))
t("3 args", lambda: A("i", [1], 2))
t("0 args", lambda: A())
t("tc int", lambda: A(1))
t("tc long", lambda: A("ab"))
t("tc bad", lambda: A("z"))
for tc in "bBhHiIlLqQ":
    for v in (2**70, -2**70, 2**63, -2**63 - 1, 2**64, 2**32, -1, 256, -129, 65536, -40000, True, 1.5, "x", None):
        try:
            x = A(tc, [v])
            print(tc, v, "ok", x[0])
        except Exception as e:
            print(tc, repr(v), type(e).__name__ + ":", e)
for tc in "fd":
    for v in (1e300, 2**1024, "x", None, True, 3, 1 + 2j, -0.0, float("nan")):
        t(tc + " " + repr(v), lambda: A(tc, [v]))
for v in (5, "ab", "", None, b"a", "é", "\U0001F600"):
    t("w " + repr(v), lambda: A("w", [v]))
t("str init", lambda: A("i", "abc"))
t("unicode arr init", lambda: A("i", A("w", "ab")))
t("w from i", lambda: A("w", A("i", [1])))
t("d from i", lambda: A("d", A("i", [1, 2])))
t("i from d", lambda: A("i", A("d", [1.5])))
t("q from i", lambda: A("q", A("i", [-5, 7])))
t("B from b neg", lambda: A("B", A("b", [-1])))
t("bytes", lambda: A("b", b"\x01\xff"))
t("bytearray", lambda: A("h", bytearray(b"\x01\x00\x02\x00")))
t("bytes odd", lambda: A("h", b"\x01"))
t("range", lambda: A("i", range(4)))
t("gen", lambda: A("i", (x * x for x in range(4))))
t("tuple", lambda: A("d", (1, 2.5)))
t("chars", lambda: A("w", ["a", "b"]))
t("w text", lambda: A("w", "añ€😀"))
t("not iterable", lambda: A("i", 5))
t("partial", lambda: A("b", [1, 2, 300]))

# ---- comparisons ----
t("eq list", lambda: A("i") == [])
t("ne list", lambda: A("i") != [])
t("i == d", lambda: A("i", [1]) == A("d", [1.0]))
t("i < d", lambda: A("i", [1, 2]) < A("d", [1.0, 3]))
t("prefix", lambda: (A("i", [1]) < A("i", [1, 0]), A("i", [1, 0]) <= A("i", [1]), A("i", [2]) > A("i", [1, 9])))
t("w <", lambda: A("w", "ab") < A("w", "b"))
t("w == i", lambda: A("w", "ab") == A("i", [1]))
t("w < i", lambda: A("w", "a") < A("i", [1]))
t("nan", lambda: (A("d", [float("nan")]) == A("d", [float("nan")]), A("d", [0.0]) == A("d", [-0.0])))
t("eq same", lambda: (A("q", [1, 2]) == A("q", [1, 2]), A("q", [1, 2]) != A("q", [1, 3]), A("q", [1]) >= A("q", [1])))

# ---- operators ----
t("mul str", lambda: A("i", [1]) * "a")
t("mul neg", lambda: A("i", [1, 2]) * -1)
t("rmul", lambda: 3 * A("h", [1, 2]))
t("mul 0", lambda: A("w", "ab") * 0)
t("add list", lambda: A("i", [1]) + [1])
t("add kinds", lambda: A("i", [1]) + A("d", [1.0]))
t("add", lambda: A("w", "ab") + A("w", "c"))
x = A("i", [1])


def iadd_list():
    global x
    x += [1]


def iadd_arr():
    global x
    x += A("i", [2, 3])
    return x


def imul():
    global x
    x *= 2
    return x


t("iadd list", iadd_list)
t("iadd", iadd_arr)
t("imul", imul)
t("hash", lambda: A.__hash__)

# ---- methods ----
a = A("i", [5, 1, 4, 1, 5, 9, 2, 6])
t("pop far", lambda: a.pop(50))
t("pop empty", lambda: A("i").pop())
t("pop -1", lambda: a.pop(-1))
t("pop 0", lambda: a.pop(0))
t("after pops", lambda: a)
t("index", lambda: (a.index(1), a.index(1, 1), a.index(5, -5), a.index(1, 0, 2)))
t("index missing", lambda: a.index(1, 3, 4))
t("index float", lambda: a.index(4.0))
t("count", lambda: (a.count(1), a.count(7), a.count(1.0), a.count("1")))
t("in", lambda: (1 in a, 1.0 in a, "x" in a, 100 in a))
t("remove", lambda: (a.remove(1), a)[1])
t("remove missing", lambda: a.remove(100))
t("insert", lambda: (a.insert(0, -1), a.insert(100, 99), a.insert(-2, 7), a.insert(-100, -9), a)[-1])
t("insert bad", lambda: a.insert("a", 1))
t("insert overflow", lambda: a.insert(0, 2**40))
t("append none", lambda: a.append())
t("append two", lambda: a.append(1, 2))
t("byteswap arg", lambda: a.byteswap(1))
t("fromlist tuple", lambda: a.fromlist((1,)))
t("fromlist bad item", lambda: (a.fromlist([1, 2, "x"]), a)[1])
t("fromlist", lambda: (a.fromlist([10, 11]), a)[1])
t("fromunicode i", lambda: a.fromunicode("a"))
t("tounicode i", lambda: a.tounicode())
t("frombytes str", lambda: a.frombytes("a"))
t("frombytes odd", lambda: a.frombytes(b"abc"))
t("frombytes array", lambda: (a.frombytes(A("i", [77])), a[-1])[1])
t("extend kinds", lambda: a.extend(A("d")))
t("extend int", lambda: a.extend(5))
t("extend partial", lambda: (a.extend([1, "x"]), a)[1])
t("extend self", lambda: (a.extend(a), len(a))[1])
w = A("w", "hi")
w.fromunicode(" there")
t("w", lambda: (w, w.tounicode(), len(w), w[0], w[-1], w.tobytes()[:8], w.itemsize))
t("w set", lambda: (w.__setitem__(0, "H"), w)[1])
t("w set bad", lambda: w.__setitem__(0, "Hi"))
t("fromunicode int", lambda: w.fromunicode(5))

# ---- indexing and slices ----
s = A("h", range(10))
t("get", lambda: (s[0], s[-1], s[3]))
t("get far", lambda: s[10])
t("get -far", lambda: s[-11])
t("get str", lambda: s["a"])
t("get big", lambda: s[2**70])
t("slices", lambda: (s[2:5], s[::3], s[::-2], s[5:2], s[-3:], s[100:]))
t("set far", lambda: s.__setitem__(10, 1))
t("set str key", lambda: s.__setitem__("a", 1))
t("set bad value", lambda: s.__setitem__(0, "x"))
t("set overflow", lambda: s.__setitem__(0, 40000))
t("del far", lambda: s.__delitem__(-11))
t("slice list", lambda: s.__setitem__(slice(0, 1), [1]))
t("slice kind", lambda: s.__setitem__(slice(0, 1), A("i", [1])))
t("ext size", lambda: s.__setitem__(slice(0, 6, 2), A("h", [1])))
s[0:2] = A("h", [100, 101, 102])
print(s)
s[::2] = A("h", [-1] * len(s[::2]))
print(s)
s[8:2] = A("h", [55])
print(s)
s[:] = s
print(s, len(s))
s[::-1] = s
print(s)
del s[::3]
print(s)
del s[1:3]
print(s)
del s[-1]
print(s)
s[2:] = A("h")
print(s)

# ---- iteration, copies, subclasses ----
it = iter(A("b", [1, 2]))
print(type(it).__name__, next(it), list(it))
grow = A("i", [1, 2])
for v in grow:
    if v < 4:
        grow.append(v + 2)
print(grow, list(reversed(grow)), sorted(A("d", [2.5, -1, 0])), max(A("B", [3, 9, 2])), sum(A("i", range(101))))
print(type(A("i")), A.__name__, A.__module__, array.ArrayType is A, array.typecodes)
c = A("d", [1.5, 2.5])
d = copy.copy(c)
d.append(3)
print(c, d, copy.deepcopy(c), c == copy.copy(c), c is copy.copy(c))


class Samples(A):
    def mean(self):
        return sum(self) / len(self)


v = Samples("d", [1, 2, 3, 4])
v.label = "x"
print(v, v.mean(), v.label, type(v[:2]).__name__, type(v + v).__name__, type(v * 2).__name__, type(copy.copy(v)).__name__)
print(isinstance(v, A), v == A("d", [1, 2, 3, 4]), len(v), v[1:3])
try:
    A("i").label = 1
except AttributeError as e:
    print("no dict", type(e).__name__, "label" in str(e), "__dict__" in str(e))

# ---- machine representation ----
print(A("f", [0.1])[0], A("f", [1e39])[0], A("f", [1 / 3]).tolist(), A("d", [1 / 3]).tolist())
print(A("Q", [2**64 - 1]).tolist(), A("L", [2**63]).tolist(), A("q", [-2**63]).tolist())
print(A("i", [1, -2]).tobytes(), A("d", [0.5]).tobytes(), bytes(A("h", [1, -1])), bytearray(A("H", [258]).tobytes()))
for tc in "bBhHiIlLqQfd":
    arr = A(tc, [1, 2])
    arr.byteswap()
    raw = arr.tobytes()
    arr.byteswap()
    print(tc, arr.itemsize, raw.hex(), arr.tolist(), A(tc, raw).tolist() if tc not in "fd" else len(raw))
print(A("b", [-128, 127]), A("B", [0, 255]), A("h", [-32768, 32767]), A("H", [65535]), A("i", [-2**31, 2**31 - 1]), A("I", [2**32 - 1]))
print(A("f", [float("nan"), float("inf"), -0.0]), A("d", [1e16, 1.5e-7, 123456789.0]))
print(repr(A("d")), str(A("w")), str(A("b", [1])), A("w", "it's"))


def total(values: A[int]) -> int:
    return sum(values)


print(total(A("i", [1, 2, 3])), "values" in total.__annotations__)

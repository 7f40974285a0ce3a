print(int(), int(5), int(-3.9), int(3.9), int("  42 "), int("-0x1f", 16), int("0b101", 0), int("1_000"))
print(int("z", 36), int("12", base=3), int(b"12"), int(True), int(2**70), int("0o17", 0), int(1e20))
print(int("٣"), int("+7"), int("000", 0))


class N:
    def __int__(self):
        return 9


class Idx:
    def __index__(self):
        return 4


print(int(N()), int(Idx()))
for args in [("abc",), ("12", 1), (5, 10), (None,), ("010", 0), ("_1",), ("1__0",), ("",), ("0x",), (float("inf"),), (float("nan"),), ([],)]:
    try:
        int(*args)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    int("1" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(float(), float(3), float("1.5"), float(" -Inf "), float("nan"), float("1_0.5"), float("1e3"), float(".5"), float(b"2.5"))
print(float("infinity"), float("-iNF"), float(2**70), float(True))


class F:
    def __float__(self):
        return 2.5


print(float(F()), float(Idx()))
for bad in ["abc", "1__0", "", "1e", "_1", "1_"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [[], None]:
    try:
        float(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    float(2**2000)
except OverflowError as e:
    print(type(e).__name__, e)
print(bool(), bool(0), bool([1]), bool(""), bool("a"))
print(str(), str(1), str([1, "a"]), str(b"ab"), str(b"h\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"))
print(str(b"a\xffb", "utf-8", "replace"), str(b"a\xffb", "utf-8", "ignore"), str(b"\xe9", "latin-1"))
for args in [(b"\xff", "utf-8"), (1, "utf-8"), ("a", "utf-8"), (b"a", "nope")]:
    try:
        str(*args)
    except (UnicodeDecodeError, TypeError, LookupError) as e:
        print(type(e).__name__, e)
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes("abc", "utf-8"), bytes("é", "utf-8"), bytes(b"xy"), bytes(range(3)))
print(bytearray(), bytearray(2), bytearray([65, 66]), bytearray("hi", "ascii"), bytearray(b"q"))
for args in [(-1,), ("a",), (1.5,), ([256],), (["a"],), ("é", "ascii")]:
    try:
        bytes(*args)
    except (ValueError, TypeError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
try:
    bytearray(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(), list("abc"), list(range(3)), list((1, 2)), list({"a": 1}))
print(tuple(), tuple([1, 2]), tuple("ab"))
print(dict(), dict(a=1, b=2), dict([("a", 1), ("b", 2)]), dict({"x": 1}, y=2), dict(zip("ab", [1, 2])))
for args in [([1],), ([(1, 2, 3)],), ([["a"]],)]:
    try:
        dict(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    dict(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(set([3, 1, 2])), set(), frozenset(), sorted(frozenset("aba")))
for ctor in [list, tuple, set, frozenset]:
    try:
        ctor(1)
    except TypeError as e:
        print(type(e).__name__, e)


class MyList(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


ml = MyList([1, 2], "t")
print(ml, ml.tag, len(ml), type(ml).__name__, isinstance(ml, list))
md = MyDict(a=1)
print(md, md["a"], type(md).__name__)
print(list(iter([1, 2])), list(x * 2 for x in range(3)))

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

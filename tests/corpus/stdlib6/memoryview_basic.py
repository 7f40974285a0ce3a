ba = bytearray(b"hello world")
mv = memoryview(ba)
print(len(mv), mv[0], mv[-1], mv.format, mv.itemsize, mv.nbytes, mv.readonly, mv.ndim, mv.shape, mv.strides)
print(mv[1:4].tobytes(), bytes(mv[::2]), mv[::-1].tobytes(), mv[6:].tolist())
mv[0] = ord("J")
mv[6:11] = b"WORLD"
print(ba)
print(mv == b"Jello WORLD", mv == ba, mv[:5] == b"Jello", mv != b"x")
print(type(mv), type(mv).__name__, isinstance(mv, memoryview))
m2 = memoryview(b"abc")
print(m2.readonly, m2.hex(), m2.hex(":"), hash(m2) == hash(b"abc"))
try:
    m2[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    hash(mv)
except ValueError as e:
    print("ValueError:", e)
try:
    mv[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    mv[0] = "a"
except TypeError as e:
    print("TypeError:", e)
try:
    mv[100]
except IndexError as e:
    print("IndexError:", e)
try:
    mv["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    mv[0:2] = b"abc"
except ValueError as e:
    print("ValueError:", e)
try:
    memoryview("abc")
except TypeError as e:
    print("TypeError:", e)
with memoryview(b"xyz") as m3:
    print(m3.tolist())
print(repr(m3).startswith("<released memory at 0x"), repr(mv).startswith("<memory at 0x"))
try:
    len(m3)
except ValueError as e:
    print("ValueError:", e)
c = memoryview(b"\x01\x00\x02\x00\x03\x00\x04\x00").cast("H")
print(c.format, c.itemsize, len(c), c.tolist(), c[1], c.nbytes, c.strides, c[1:3].tolist())
print(c.cast("B").tolist())
print(memoryview(b"ab").cast("c").tolist(), memoryview(b"\xff\x01").cast("b").tolist())
try:
    memoryview(b"abc").cast("H")
except TypeError as e:
    print("TypeError:", e)
try:
    c.cast("I")
except TypeError as e:
    print("TypeError:", e)
try:
    memoryview(b"abcd")[::2].cast("B")
except TypeError as e:
    print("TypeError:", e)
try:
    memoryview(b"abcd").cast("Z")
except ValueError as e:
    print("ValueError:", e)
print(memoryview(b"abcdef").cast("B", (2, 3)).tolist(), memoryview(b"abcdef").cast("B", [2, 3]).shape)
print(b"".join([memoryview(b"ab"), b"cd"]), bytearray(memoryview(b"xy")), bytes(memoryview(b"q")))
bb = bytearray(b"--")
bb.extend(memoryview(b"ab"))
print(bb)
import struct, hashlib
print(struct.unpack("<HH", memoryview(b"\x01\x00\x02\x00")))
print(hashlib.sha256(memoryview(b"abc")).hexdigest()[:16])
from array import array
a = array("i", [1, 2, 3])
m = memoryview(a)
print(m.format, m.itemsize, len(m), m.nbytes, m.tolist(), m[1], m.readonly)
m[1] = 20
print(a, bytes(m)[:8])
print(m.cast("B")[:4].tolist())
print(list(memoryview(b"abc")), 98 in memoryview(b"abc"))
print(memoryview(ba).obj is ba, memoryview(mv).obj is ba)
r = mv.toreadonly()
print(r.readonly, r.tobytes())
bw = bytearray(8)
w = memoryview(bw).cast("I")
w[1] = 0xdeadbeef
print(bw, w.tolist())
print(memoryview(b"abc") == memoryview(b"abc"), memoryview(b"a").cast("c") == b"a")
print(memoryview(b"ab").tobytes("A"))
mvx = memoryview(b"")
print(len(mvx), mvx.tolist(), mvx.tobytes())
# Zero-copy parsing of a binary record stream, the way network code uses views.
data = bytearray(struct.pack("<HI", 3, 7) + b"abc" + struct.pack("<HI", 2, 9) + b"xy")
view = memoryview(data)
pos = 0
while pos < len(view):
    n, tag = struct.unpack_from("<HI", view, pos)
    body = view[pos + 6 : pos + 6 + n]
    print(tag, bytes(body), body.tobytes().decode())
    pos += 6 + n
view[6:9] = b"ABC"
print(data[6:9], bytearray(array("h", [1, -1])), b"-".join([array("B", [65, 66])]))

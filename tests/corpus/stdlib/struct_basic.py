import struct
tests = [("b",200),("B",-1),("h",70000),("H",-1),("i",2**31),("I",-1),("l",2**63),("L",-1),("q",2**63),("Q",-1),("<i",2**31),("<I",-1),("<l",2**31),("<q",2**64),("<Q",-1),(">H",70000),("<b",200),("<B",256),("n",2**63),("N",-1),("i","x"),("i",1.5),("f","x"),("c",b"ab"),("c",1),("s",1),("?",[]),("<f",1e300),("e",1e10),("P",-1),("<P",1)]
for f,v in tests:
    try: print(f, struct.pack(f, v))
    except Exception as e: print(f, type(e).__module__, type(e).__name__, e)
for f in ["z", "<n", "3", "i3", "2x", "<P"]:
    try: print(f, struct.calcsize(f))
    except Exception as e: print(f, type(e).__name__, e)
for call in [lambda: struct.pack("ii",1), lambda: struct.unpack("i", b"abc"), lambda: struct.unpack_from("i", b"abc", 1), lambda: list(struct.iter_unpack("i", b"abcde")), lambda: struct.pack_into("i", bytearray(3), 1, 5), lambda: struct.pack("i"), lambda: struct.unpack_from("i", b"abcdefgh", 10), lambda: struct.pack_into("i", bytearray(8), 10, 5), lambda: struct.Struct(5), lambda: struct.pack(), lambda: struct.iter_unpack("", b""), lambda: struct.unpack("i", "abcd"), lambda: struct.pack_into("i", b"abcd", 0, 1), lambda: struct.pack("i", 1, 2)]:
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
s = struct.Struct("<hi")
print(repr(s), s.format, s.size, struct.error, struct.error.__mro__)
print(struct.calcsize("@bi"), struct.calcsize("@ib"), struct.calcsize("bq"), struct.calcsize("=bq"), struct.calcsize("3s2p"), struct.calcsize("0i"), struct.calcsize("ci0l"))
print(struct.pack("@bi", 1, 2), struct.pack("5p", b"hello world"), struct.pack("3s", b"a"), struct.unpack("5p", b"\x09abcd"), struct.pack("?", 3))
print(struct.pack("<e", 1.5), struct.unpack("<e", b"\x00\x3c"), struct.pack("<d", float('nan')), struct.unpack(">f", b"\x7f\x80\x00\x00"))
print(struct.pack(">IhbQ", 0xdeadbeef, -2, 7, 2**64-1), struct.unpack(">IhbQ", struct.pack(">IhbQ", 0xdeadbeef, -2, 7, 2**64-1)))
print(struct.unpack("<qQ", b"\xff"*16), struct.pack("!f", 3.14), struct.unpack("!f", struct.pack("!f", 3.14)))
buf = bytearray(12); struct.pack_into("<ii", buf, 4, 1, -1); print(buf, struct.unpack_from("<i", buf, offset=8), s.unpack_from(b"\x01\x00\x02\x00\x00\x00"))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")), s.pack(1, 2), s.unpack(s.pack(-1, -2)), struct.pack(b"<H", 258))
for x in [0.1, 1e-5, 6e-8, 3e-8, 2.9e-8, 65504, 0.333, -1e-10, float('inf')]:
    print(x, struct.pack("<e", x), struct.unpack("<e", struct.pack("<e", x)))
print(struct.pack("2c3?", b"a", b"b", 1, 0, "x"), struct.pack("  <  i", 5) if False else struct.pack("<  i", 5))
try:
    struct.pack("i", 1, 2)
except struct.error as e:
    print("caught", repr(e))

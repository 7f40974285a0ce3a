# bytes() of a list or tuple of ints (read in place), struct formats used again and again
# (kept parsed), unpack_from at an offset of a large or converted buffer.
import struct
print(bytes([1, 2, True, 255]), bytes((0, 7)), bytearray([3, 4]))
for bad in ([256], [-1], [1, 2.0], [1, "a"]):
    try:
        print(bytes(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class L(list):
    def __iter__(self):
        return iter([9])
print(bytes(L([1, 2])))
for fmt in ["<i", ">i", "<i", "<q", "h", "zz"] * 4:
    try:
        print(struct.pack(fmt, 5), struct.unpack_from(fmt, bytearray(16), 4))
    except struct.error as e:
        print("error", e)
print(struct.unpack_from("<h", b"abcd", offset=-2), struct.unpack_from("<h", buffer=b"abcd"))
try:
    struct.unpack_from("<i", b"abc", 0)
except struct.error as e:
    print(e)
try:
    struct.unpack_from("<i", b"abcdef", -10)
except struct.error as e:
    print(e)
import array
print(struct.unpack_from("<H", array.array("B", [1, 2, 3]), 1))

print(round(2.5), round(3.5), round(-2.5), round(0.5), round(-0.4))
print(round(0.125, 2), round(2.675, 2), round(1234.5, -2), round(1.5, 0), round(-1.5, None))
print(round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 2), round(True))
print(round(123456789, -10), round(2**70 + 5, -1))
print(round(1e300, 2), round(5e-324, 400), round(0.1, 1), round(1.23456e-5, 7))
for bad in [float('inf'), float('nan')]:
    try:
        round(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    round(1.7e308, -308)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round("a")
except TypeError as e:
    print(type(e).__name__, e)


class R:
    def __round__(self, n=None):
        return ("round", n)


print(round(R()), round(R(), 3))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2**70, 3))
for a, b in [(1, 0), (1.0, 0), ("a", 1)]:
    try:
        divmod(a, b)
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
print(pow(2, 10), pow(2, -1), pow(2.0, 0.5), pow(3, 4, 5), pow(2, -1, 5), pow(3, 4, -5), pow(-3, 3, 7))
print(pow(base=2, exp=3), pow(2, 3, mod=3), pow(2, 100, 10**9 + 7), pow(12345678901234567890, 3, 97))
for args in [(2, 3, 0), (2.0, 3, 5), (2, -1, 4), (0, -1)]:
    try:
        pow(*args)
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(hex(2**100), oct(2**65), bin(2**64 - 1))


class I:
    def __index__(self):
        return 10


print(hex(I()), bin(I()), oct(I()))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(chr(65), chr(0x1F600), chr(0), ord("A"), ord("é"), ord(b"a"), ord(bytearray(b"z")), ord(chr(0x10FFFF)))
for bad in [-1, 0x110000, 2**70]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in ["ab", "", 1, b"ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__, e)
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)))
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
print(id(None) == id(None), id([]) != 0)

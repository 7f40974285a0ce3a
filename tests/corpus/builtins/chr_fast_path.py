print(chr(65), chr(233), chr(0x10FFFF) == "\U0010ffff", chr(True), chr(0x4e2d), len(chr(128512)))
for bad in (-1, 0x110000, 2**70):
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    chr("a")
except TypeError as e:
    print(e)
s = "A"
while s <= "E":
    s = chr(ord(s) + 1)
print(s, chr(97) is chr(97))

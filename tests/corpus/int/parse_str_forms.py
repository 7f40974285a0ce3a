# int() of strs: the plain-digits fast path and every form next to it (sign, space,
# underscores, prefixes, non-ASCII digits, leading zeros under base 0, i64 edges).
cases = ["0", "7", "007", "123456", "999999999999999999", "1000000000000000000",
         "9223372036854775807", "9223372036854775808", "12345678901234567890123",
         " 42", "42 ", "\t42\n", "+42", "-42", "1_000", "１２３", "٣", "0x1f", "00"]
for s in cases:
    for base in (10, 0, 16):
        try:
            print(repr(s), base, int(s, base))
        except ValueError as e:
            print(repr(s), base, "ValueError:", e)
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for bad in ["", " ", "1 2", "12a", "_1", "1_", "0123", "-", "1__0"]:
    for base in (10, 0):
        try:
            print(repr(bad), base, int(bad, base))
        except ValueError as e:
            print(repr(bad), base, "ValueError:", e)


class S(str):
    pass


print(int(S("15")), int(b"16"), int(bytearray(b"17")), type(int("5")).__name__)
print(round(2.675, 2), round(0.125, 2), round(-0.001, 2), round(1234.5678, 3), round(1e-5, 19), round(5e-324, 22))
print([round(x / 7, 2) for x in range(-20, 20, 3)])

# Fast paths of split(), splitlines() and replace(): byte scans must find exactly what the
# general definitions do, wherever a separator falls relative to the scan's 8-byte steps.
breaks = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"]
not_breaks = ["\x1f", "\t", " ", "\x00", "\x7f"]
for k in range(0, 19):
    for br in breaks:
        s = "a" * k + br + "b" * (17 - k) + br
        print(k, repr(br), s.splitlines() == [("a" * k), ("b" * (17 - k))], len(s.splitlines(True)))
    for nb in not_breaks:
        s = "x" * k + nb + "y" * 9
        print(k, repr(nb), s.splitlines() == [s])
print("x\r\r\ny\n\nz".splitlines(), "x\r\r\ny\n\nz".splitlines(keepends=True))
print("\n".splitlines(), "".splitlines(), "abc".splitlines(), "é\u2028ü\x85\nz".splitlines())

ws = " \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"
print([w for w in ("a" + ws + "b" + ws).split()], ("a\x00b\x7fc d").split())
print(" a  b c ".split(None, 1), " a  b c ".split(maxsplit=0), " ".split(), "a\xa0b".split())
for c in range(0, 128):
    parts = ("p" + chr(c) + "q").split()
    if len(parts) == 2:
        print(c, end=" ")
print()

print("THE THE THE".replace("THE", "A"), "aaaa".replace("aa", "b"), "aaa".replace("aa", "xyz"))
print("abcabc".replace("c", ""), "abc".replace("abcd", "x"), "ab".replace("b", "ééé"))
print("a.b.c.d".replace(".", "--", 2), "a.b.c".replace(".", "-", 0), "a.b.c".replace(".", "-", -1))
print("naïve naïve".replace("ï", "i"), "ïïï".replace("ïï", "I"), "日本語日本".replace("日本", "X", 1))
print("xxxxxxxx1xxxxxxxx12".replace("xxxxxxxx1", "_"), "aaaaaaaaab".replace("aaaaaaaab", "!"))
print("mississippi".replace("ss", "SS"), "mississippi".replace("issi", "I"), "".replace("a", "b"))
print("abc".replace("", "-"), "abc".replace("", "-", 2))

# count() of one ASCII character, at every length around the 8-byte steps and with bytes
# whose neighbours differ only in the high bit.
for n in (0, 1, 7, 8, 9, 15, 16, 17, 31):
    s = ("a\x00\x7fé" * 9)[:n]
    print(n, s.count("a"), s.count("\x00"), s.count("\x7f"), s.count("é"), s.count("a", 2), s.count("a", 1, -1))
print(("xo" * 50 + "\x80o").count("o"), "\x01\x81\x01".count("\x01"), "AaAa".count("A"))

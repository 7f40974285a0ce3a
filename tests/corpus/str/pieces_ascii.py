# split, rsplit and splitlines make their pieces straight from the text; replace, upper,
# lower, join, repetition and slicing of ASCII text know the result is ASCII. Every result
# must still index, compare, hash and report isascii() exactly as a freshly made str does.
s = "  héllo  wörld \t x\u2028y\r\nz\x1cq  "
print(s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1))
print(s.splitlines(), s.splitlines(True))
print("a,b,,c".split(","), "a,b,,c".rsplit(",", 1), "a,b,,c".split(",", 2), "".split(), "".split(","))
x = "abc"
print(x.split(x), "a b".split(" "), "  ".split(), "x".split(), "é".split("é"), "aXbXc".split("X"))
words = ("one two three four five six seven eight nine ten eleven twelve thirteen " * 3).split()
print(len(words), words[-1], words[12][3], hash(words[0]) == hash("one"), words[1] is words[14] or words[1] == words[14])
long_words = "a" * 30 + " " + "b" * 22 + " " + "c" * 21 + " é" + "d" * 25
print([(len(w), w.isascii(), w[-2:]) for w in long_words.split()])


class S(str):
    pass


print(S("a b c").split(), S("a,b").split(S(",")), S("q\nw").splitlines(), S("ab").replace("a", "x"))
print("The quick".upper().replace("THE", "A"), "ab".replace("", "-"), "aaa".replace("a", "bb", 2))
print("abc".replace("z", "y") is not None, "abcabc".replace("bc", "é"), "héllo".replace("l", "L").isascii())
print("abc".upper().isascii(), "ABC".lower()[1], ",".join(["a", "bé", "c"]), ",".join(("x",)), "-".join([]))
print(",".join(["ab"] * 3).isascii(), "é".join(["a", "b"]).isascii(), "".join(reversed("hello")))
t = "hello world, this is a long ascii text for slicing" * 3
print(t[5:40], t[::-1][:30], t[::3][:20], t[-10:], t[100:5], t[:0], t[2:3], len(t[:200]))
u = "héllo wörld ünïcode " * 3
print(u[3:30], u[::-1][:20], u[::2], u[-5:], u[3:30].isascii(), t[3:30].isascii())
print("ab" * 3, "é" * 3, ("x" * 30).isascii(), ("é" * 30)[5:9], ("abc" * 30)[::7], ("a" * 25 + "é")[:25].isascii())
print((t * 2)[300:340], len(t * 2), "é" in ("é" * 40)[3:30], (t * 2).find("slicing", 100))

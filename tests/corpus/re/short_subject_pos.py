# match/search at pos > 0 over short subjects take the native front directly (no kept
# subject, no look-ahead); these must behave exactly like the general path.
import re

WORD = re.compile(r"\s*(\w+|[^\w\s])")
for s in ["ab cd", "héllo wörld ✓", "x", "", "  ", "a\nb", "日本語 テキスト"]:
    pos, out = 0, []
    while True:
        m = WORD.match(s, pos)
        if not m:
            break
        out.append((m.group(1), m.span(), m.pos, m.endpos))
        pos = m.end()
    print(repr(s), out, pos)

p = re.compile(r"(?<=a)b")
print(p.match("ab", 1), p.search("abab", 2), p.match("cb", 1))
caret = re.compile(r"^x", re.M)
print(caret.match("ax", 1), caret.match("\nx", 1), caret.search("yx\nx", 1))
print(re.compile(r"\b\w").match("ab", 1), re.compile(r"\B\w").match("ab", 1))
for pos in (-5, -1, 0, 2, 3, 10, 2**40):
    print(pos, WORD.match("ab c", pos), WORD.search("ab c", pos))
print(WORD.match("ab c", 1, 3), WORD.search("ab c", 2, 4), WORD.match(string="zz", pos=1))
# Argument errors come in Argument Clinic's order.
calls = [((), {"s": 1}), (("x",), {"bogus": 1}), ((), {"bogus": 1, "pos": 1}), (("x", 1, 2, 3), {}),
         (("x",), {"string": "y"}), ((), {"pos": 1}), (("x", 1), {"pos": 2}), (("x", 1), {"endpos": 2}),
         ((), {"string": "a", "pos": 1, "endpos": 2, "zz": 3}), (("a",), {"pos": 1, "endpos": 2, "zz": 3})]
for args, kw in calls:
    for method in (WORD.match, WORD.search):
        try:
            print(method(*args, **kw))
        except TypeError as e:
            print("TypeError:", e)
long = "w " * 300
n, pos = 0, 0
while (m := WORD.match(long, pos)):
    n, pos = n + 1, m.end()
print(n, pos)
try:
    WORD.match("ab", 1.5)
except TypeError as e:
    print("TypeError:", e)
print(re.compile(rb"\w").match(b"xy", 1), re.compile(r"\w").search(bytearray(b"xy").decode(), 1))
# Positions and limits past 2**32 (wasm32's usize) saturate; they do not wrap.
LONG = re.compile(r"\s*(\w+)")
print(LONG.match("ab c" * 100, 2**40), LONG.match("ab c" * 100, 2**32), LONG.search("ab", 2**32 + 1))
print(LONG.fullmatch("ab", 2**32), LONG.match("ab", 0, 2**32), LONG.findall("ab c", 2**32), LONG.findall("ab c", 0, 2**32 + 1))
print(re.sub("a", "b", "aaa", count=2**32 + 1), re.subn("a", "b", "aaa", count=2**40 + 1), re.split("a", "bab", maxsplit=2**32 + 1))
print(re.sub(b"a", b"b", b"aaa", count=2**32 + 1), re.sub("a", "b", "aaa", count=2**63 - 1), re.sub("a", "b", "aaa", count=-1))

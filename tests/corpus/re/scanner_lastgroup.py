# A tokenizer's loop: match(s, pos) over long and short, ASCII and non-ASCII subjects, with
# m.lastgroup / m.lastindex / m.group(name) / m.end(), pos/endpos, groups that did not match.
import re

TOKEN = re.compile(r"""
    (?P<ws>[ \t]+)
  | (?P<nl>\n)
  | (?P<num>-?\d+(?:\.(\d+))?)
  | (?P<name>[^\W\d]\w*)
  | (?P<op>[-+*/=()])
  | (?P<str>"(?:[^"\\]|\\.)*")
""", re.VERBOSE)

def tokens(src, pos=0, endpos=None):
    out = []
    while pos < (len(src) if endpos is None else endpos):
        m = TOKEN.match(src, pos) if endpos is None else TOKEN.match(src, pos, endpos)
        if not m:
            out.append(("bad", src[pos], pos))
            pos += 1
            continue
        kind = m.lastgroup
        if kind != "ws":
            out.append((kind, m.group(kind), m.lastindex, m.start(), m.end(), m.group(3)))
        pos = m.end()
    return out

short = 'x = 3.25 + y1 * "a\\"b" - 7'
print(tokens(short))
print(tokens(short, 4))
print(tokens(short, 2, 12))
longsrc = "\n".join('v%d = %d.%d + name_%d * "s%d"' % (i, i, i % 7, i, i) for i in range(300))
toks = tokens(longsrc)
print(len(toks), toks[:4], toks[-4:])
print(sum(1 for t in toks if t[0] == "nl"), sum(t[4] for t in toks) % 100003)
uni = "\n".join('größe%d = %d.5 + ñ%d * "é%d" ¿' % (i, i, i, i) for i in range(200))
toks = tokens(uni)
print(len(toks), toks[:5], toks[-5:])
print([t for t in toks if t[0] == "bad"][:3])
# endpos cutting a token, a pos past the end, negative pos.
print(TOKEN.match(longsrc, 5, 6), TOKEN.match(longsrc, 10**9), TOKEN.match(short, -5).span())
# lastgroup: None without groups, None for an unnamed last group, the outer named group.
print(re.match(r"a", "a").lastgroup, re.match(r"(a)", "a").lastgroup, re.match(r"(a)", "a").lastindex)
m = re.match(r"(?P<outer>a(?P<inner>b))(c)?", "abd")
print(m.lastgroup, m.lastindex, m.groups(), m.group("inner", 3))
m = re.match(r"(?P<outer>a(?P<inner>b))(c)", "abc")
print(m.lastgroup, m.lastindex)
m = re.match(r"(?P<x>a)|(?P<y>b)", "b")
print(m.lastgroup, m.lastindex, m.groupdict(), m.group("x"))
b = re.compile(rb"(?P<k>\w+)=(?P<v>\d+)").match(b"key=42")
print(b.lastgroup, b["k"], b.group("v"), bool(b))
ba = re.compile(rb"(?P<k>\w+)").match(bytearray(b"ab"))
print(ba.lastgroup, ba.group("k"))
# Matches are truthy without a __bool__ of their own, as in CPython.
print(hasattr(re.Match, "__bool__"), bool(re.match("", "")), not re.match("x", "y"))
try:
    m.lastgroup = "z"
except AttributeError as e:
    print("AttributeError")
# search and finditer over the long subject with positions.
NUM = re.compile(r"\d+(?:\.(?P<frac>\d+))?")
print([(m.span(), m.lastgroup) for m in NUM.finditer(longsrc, 100, 160)])
pos, found = 0, []
while (m := NUM.search(uni, pos)) and len(found) < 5:
    found.append((m.group(), m.lastgroup, m.start("frac")))
    pos = m.end()
print(found)
print(NUM.fullmatch(longsrc, 5, 6), NUM.fullmatch("12.5").lastgroup)

# Scanner loops (`p.match(text, pos)` / `p.search(text, pos)` stepping to `m.end()`) get the
# same matches whatever the runtime finds ahead of them: loops that stop early, jump, switch
# subjects, pass endpos, or interleave two patterns on one subject.
import re

TOKEN = re.compile(r'\s*(?:(\d+)|(\w+)|(.))')
WORD = re.compile(r'[a-z]+')


def scan(p, text, pos=0, limit=None, endpos=None):
    out = []
    while pos < len(text):
        m = p.match(text, pos) if endpos is None else p.match(text, pos, endpos)
        if m is None:
            break
        out.append((m.lastindex, m.group(), m.span(), m.pos, m.endpos))
        pos = m.end()
        if limit is not None and len(out) >= limit:
            break
    return out


text = "abc 123 de, f 77 " * 300
full = scan(TOKEN, text)
print(len(full), full[:3], full[-2:])
# Stopping early, then starting again from other places.
print(scan(TOKEN, text, 0, 5))
print(scan(TOKEN, text, 3, 7))
print(scan(TOKEN, text, 1000, 3))
print(scan(TOKEN, text, 4, 200)[-1])
print(scan(TOKEN, text, 4)[-1] == full[-1], len(scan(TOKEN, text, 4)))
# endpos given: the same loop, ending early.
print(scan(TOKEN, text, 5, None, 40))
# Two subjects in turn, equal but not the same object.
other = "".join(["abc 123 de, f 77 "] * 300)
a, b = [], []
pa = pb = 1
for _ in range(150):
    m = TOKEN.match(text, pa)
    a.append(m.span())
    pa = m.end()
    m = TOKEN.match(other, pb)
    b.append(m.span())
    pb = m.end()
print(a == b, a[-1], b[-1])
# Jumping back in the middle of a run.
pos, seen = 1, []
for i in range(400):
    m = TOKEN.match(text, pos)
    seen.append(m.span())
    pos = m.end() if i != 200 else 2
print(seen[199:204], seen[-1])
# search stepping, with match interleaved on the same pattern and subject.
words = "one two  three,four five " * 100
pos, got = 1, []
while True:
    m = WORD.search(words, pos)
    if m is None:
        break
    got.append(m.group())
    if len(got) % 7 == 0:
        n = WORD.match(words, m.end() + 1)
        got.append(None if n is None else n.group())
    pos = m.end()
print(len(got), got[:12], got[-3:])
# A float position is still a TypeError in the middle of a run; True is 1.
pos = 1
for i in range(10):
    pos = TOKEN.match(text, pos).end()
try:
    TOKEN.match(text, float(pos))
except TypeError as e:
    print("TypeError", e)
print(TOKEN.match(text, True).span())
# Empty matches: a loop that does not step gets the same match each time.
EMPTY = re.compile(r'x*')
print([EMPTY.match("aaa", 1).span() for _ in range(5)])
pos, spans = 1, []
s = "xxaxxxbxc"
while pos < len(s) and len(spans) < 20:
    m = EMPTY.search(s, pos)
    spans.append(m.span())
    pos = m.end() + 1 if m.end() == m.start() else m.end()
print(spans)
# Non-ASCII subjects and bytes.
u = "héllo wörld 12 ünïcode " * 50
print(scan(TOKEN, u, 2)[-3:], len(scan(TOKEN, u, 2)))
bt = b"abc 123 de, f " * 50
print(scan(re.compile(rb'\s*(?:(\d+)|(\w+)|(.))'), bt, 1)[-2:])

# A scanner loop (`match(text, pos)`) lets the engine keep the decoded subject between calls;
# a different string, even of the same length and at the same positions, must be matched
# afresh, and so must a bytearray changed in place.
import re

TOKEN = re.compile(r'\s*(?:(\d+)|(\w+)|(.))')


def scan(text):
    out = []
    pos = 0
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if m is None:
            break
        out.append((m.lastindex, m.group(m.lastindex), m.span(), m.pos, m.endpos))
        pos = m.end()
    return out


a = 'ab 12 é+ 7'
b = 'cd 34 ü- 8'
print(scan(a))
print(scan(b))
print(scan(a))
# Same length, alternating between two strings at each step.
for pos in range(1, 6):
    print(TOKEN.match(a, pos).group(), TOKEN.match(b, pos).group(), TOKEN.search(a[::-1], pos).group())
# A string built at run time equal to an earlier one, and slices of the same length.
c = ''.join(['ab', ' 12', ' é+ 7'])
print(scan(c) == scan(a), c is a)
for i in range(3):
    s = 'xyz%d word' % i
    print(TOKEN.match(s, 3).group(), TOKEN.match(s, 4).group())
buf = bytearray(b'abc 123')
pat = re.compile(rb'\w+')
print(pat.match(buf, 1).span())
buf[1:3] = b'9 '
print(pat.match(buf, 1).span(), pat.search(buf, 3).span())
print(pat.match(b'zz 9', 1), pat.fullmatch(b'zz 9', 3))
m = re.compile(r'(?P<w>\w)(\d)?').search('  é5', 1)
print(m.group(), m[0], m['w'], m[1], m[2], m.group('w', 2), m.start(), m.end(), m.span(), m.start(2), m.span('w'))
print(m.pos, m.endpos, re.compile(r'\w').search('abc', -5, 99).endpos)
for g in (True, False, 3, 1.0, 'x', -1):
    try:
        print(repr(g), m[g], m.group(g), m.start(g))
    except IndexError as e:
        print(repr(g), 'IndexError', e)

# Scanner loops (`m = p.match(text, pos); pos = m.end()`): every answer must be the one for
# the position, endpos, mode and subject actually asked, also when the loop backs up, skips
# or switches subject, endpos or mode.
import re

TOKEN = re.compile(r'\s*(?:(\d+)|(\w+)|(.))')
WORD = re.compile(r'\w+')
text = ' '.join('w%d 12 %s;' % (i, 'é' * (i % 3)) for i in range(400))


def scan(p, s, pos=1, endpos=None, search=False):
    out = []
    while pos < len(s):
        if endpos is None:
            m = p.search(s, pos) if search else p.match(s, pos)
        else:
            m = p.search(s, pos, endpos) if search else p.match(s, pos, endpos)
        if m is None:
            out.append(('none', pos))
            break
        out.append((m.lastindex, m.span(), m.group(), m.pos, m.endpos, m.groups()))
        if m.end() == pos:
            pos += 1
        else:
            pos = m.end()
    return out


def summary(rows):
    return len(rows), rows[:3], rows[-3:], sum(hash(r[1]) for r in rows if r[0] != 'none') % 1000003


print(summary(scan(TOKEN, text)))
print(summary(scan(TOKEN, text, endpos=500)))
print(summary(scan(TOKEN, text, endpos=-3)))
print(summary(scan(WORD, text, search=True)))
print(summary(scan(WORD, text, 2, 777, search=True)))
print(summary(scan(TOKEN, text.encode('utf-8').decode('latin-1'))))
print(summary(scan(re.compile(rb'\s*(?:(\d+)|(\w+)|(.))'), text.encode())))

# Leaving the predicted path: back up, skip ahead, switch subject, endpos and mode.
pos = 1
seen = []
for step in range(60):
    m = TOKEN.match(text, pos)
    seen.append(m.span())
    if step % 7 == 3:
        pos = m.start() - 1 if m.start() > 1 else 1
    elif step % 11 == 5:
        pos = m.end() + 2
    elif step % 13 == 6:
        seen.append(TOKEN.match(text, pos, pos + 2).span())
        pos = m.end()
    elif step % 17 == 8:
        seen.append(TOKEN.search(text[:50] + '!', pos % 40 + 1).span())
        pos = m.end()
    else:
        pos = m.end()
print(seen)

# Empty matches end a run of look-ahead; a failing position answers None every time.
EMPTY = re.compile(r'\d*')
print([EMPTY.match('a1b22c', i).span() for i in range(1, 7)])
print([EMPTY.search('a1b22c', i).span() for i in range(1, 7)])
DIGITS = re.compile(r'\d+')
print([DIGITS.match('12a34', p) for p in (2, 2, 3)][0], DIGITS.match('12a34', 3).span())
print(DIGITS.match('12a34', 1).span(), DIGITS.match('12a34', 2), DIGITS.match('12a34', 1).group())

# Positions that are not plain ints, and past either end.
print(TOKEN.match(text, True).span(), TOKEN.match(text, 10**6), TOKEN.search(text, -5, 4).span())


class Index:
    def __index__(self):
        return 3


print(TOKEN.match(text, Index()).span(), TOKEN.search(text, Index(), Index()))
print(re.compile(r'(a)|(b)').match('xab', 1).lastindex, re.compile(r'(a)|(b)').match('xab', 2).lastindex)

# Positions converted with __index__, and the errors for ones that are not ints.
p = re.compile(r"\w")
print(p.match('abcdef', Index()).span(), p.search('abcdef', 1, Index()).span(), p.fullmatch('abcdef', 2, Index()).span())
for bad in ('x', 1.5, None):
    try:
        p.match('abc', bad)
    except TypeError as e:
        print('TypeError', e)
    try:
        p.findall('abc', bad)
    except TypeError as e:
        print('TypeError', e)
    try:
        p.search('abc', 0, bad)
    except TypeError as e:
        print('TypeError', e)

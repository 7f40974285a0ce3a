# Match's native methods (compiler/src/modules/rematch.rs) and the module functions' pattern
# lookup: results, defaults, argument errors and group keys of every kind, as CPython gives.
import re


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


m = re.match(r'(?P<a>x)(y)?(?P<c>z)?', 'xz')
for f in [lambda: m.group(), lambda: m.group(0), lambda: m.group(1), lambda: m.group(2), lambda: m.group('c'),
          lambda: m.group(1, 'a', 2, 'c'), lambda: m[0], lambda: m['a'], lambda: m[2], lambda: m.groups(),
          lambda: m.groups(''), lambda: m.groups(default='-'), lambda: m.groupdict(), lambda: m.groupdict(0),
          lambda: m.groupdict(default=None), lambda: m.start(), lambda: m.end(), lambda: m.span(),
          lambda: m.start(2), lambda: m.end('c'), lambda: m.span('a'), lambda: m.span(2), lambda: m.group(True),
          lambda: m.start(False), lambda: (m.lastindex, m.lastgroup, m.pos, m.endpos, m.regs, m.re, m.string)]:
    show(f)
# Errors: bad group names and indices, argument counts, keywords.
for f in [lambda: m.group(4), lambda: m.group(-1), lambda: m.group('b'), lambda: m.group(b'a'),
          lambda: m.group(1.0), lambda: m.group(None), lambda: m.group(2 ** 70), lambda: m[5], lambda: m[0, 1],
          lambda: m.group(1, 'zz'), lambda: m.start(1, 2), lambda: m.span(1, 2), lambda: m.end(1, 2),
          lambda: m.start(group=1), lambda: m.group(x=1), lambda: m.groups(1, 2), lambda: m.groupdict(1, 2),
          lambda: m.groups(x=1), lambda: m.groups(1, default=2), lambda: m.span('q'), lambda: m.group([1]),
          lambda: m.__getitem__(), lambda: re.Match(), lambda: type(m)()]:
    show(f)


class Index:
    def __index__(self):
        return 1


show(lambda: (m.group(Index()), m.span(Index()), m[Index()]))
print(m)
print(repr(re.search('b+', 'abbbc')))

# bytes and bytearray subjects: groups are bytes.
mb = re.search(rb'(?P<k>\w+)=(\d+)?', b'  key= ')
print(mb, mb.groups(), mb.groupdict(), mb.group('k', 2), mb.span(2))
ma = re.search(rb'(?P<k>\w+)=(\d+)', bytearray(b'  key=12 '))
print(ma, ma.groups(), ma.groupdict(), ma.group('k', 2), ma[1], type(ma[1]).__name__, ma.span(2))
print(type(ma.groups()[0]).__name__, type(ma.groupdict()['k']).__name__)

# Non-ASCII subjects: positions are code points.
mu = re.search(r'(é+)(\w)', 'ààéé€x éék')
print(mu, mu.span(1), mu.group(1, 2), mu.groups())

# lastindex/lastgroup with nested and unnamed groups.
for p, s in [(r'(a)(b)?', 'a'), (r'((a)b)', 'ab'), (r'(?P<o>(?P<i>a))', 'a'), (r'(a)|(?P<n>b)', 'b'), ('a', 'a')]:
    x = re.match(p, s)
    print(p, x.lastindex, x.lastgroup, x.groups())

# The module functions' cache: the same text as str and bytes, and with flags.
for pat in ['ab', b'ab']:
    subj = 'xAB ab' if not isinstance(pat, bytes) else b'xAB ab'
    print(repr(re.search(pat, subj)), type(re.search(pat, subj).re.pattern).__name__)
    print(repr(re.search(pat, subj, re.I)), repr(re.search(pat, subj, flags=re.I)))
print(re.search(re.compile('b'), 'ab'), re.findall('a', 'aXa'), re.sub('a', '-', 'aba'), re.split(',', 'a,b'))
show(lambda: re.search(re.compile('b'), 'ab', re.I))
show(lambda: re.search(3, 'ab'))
show(lambda: re.search('(', 'ab'))
show(lambda: re.search('a', 'ab', 'x'))
print(re.search('a', 'xa', 0), re.match('a', 'a', False), re.fullmatch('a', 'a', re.NOFLAG))
re.purge()
print(re.search('ab', 'ab'))

# Pattern.match/search: the native front and its Python general path.
p = re.compile('a')
for f in [lambda: p.match(), lambda: p.search(), lambda: p.match('a', 0, 1, 2), lambda: p.match('a', pos=0, x=1),
          lambda: p.search(string='xa'), lambda: p.match(1), lambda: p.search('ba', endpos=1),
          lambda: p.search('ba', pos=1), lambda: re.Pattern.match(p, 'a'), lambda: p.match('ba', 1),
          lambda: p.search(b'a'), lambda: p.match('a', 0, 2 ** 63 - 1), lambda: p.search(bytearray(b'xa'))]:
    show(f)
pb = re.compile(b'(a)')
mb = pb.search(bytearray(b'xa'))
print(mb, mb.groups(), type(mb[1]).__name__)
text = 'ab ab ab'
pos, found = 0, []
while True:
    x = re.compile(r'\s*(ab)').match(text, pos)
    if x is None:
        break
    found.append((x.span(1), x.group(1)))
    pos = x.end()
print(found)

# sub with a callable: pieces, None results, empty matches, count, bytes and errors from repl.
print(re.sub(r'\d', lambda m: '<%s>' % m[0], 'a1b22c'), re.subn('x*', lambda m: '-', 'abc'))
print(re.sub(r'\d', lambda m: None, 'a1b2'), re.sub(r'\d', lambda m: m.group() * 2, 'a1b2', count=1))
print(re.sub(rb'\d', lambda m: b'#', b'a1b2'), re.sub(rb'(\d)', lambda m: m[1] + m[1], bytearray(b'a1b2')))
print(re.subn(r'(?P<d>\d)', lambda m: m.expand(r'[\g<d>]'), '1x2'), re.sub('q', lambda m: 'z', 'abc'))


def boom(m):
    raise KeyError(m.group())


show(lambda: re.sub(r'\d', boom, 'a1'))
show(lambda: re.sub(r'\d', lambda m: 5, 'a1'))

# Match objects piece by piece: groups, spans, named groups, lastindex/lastgroup, pos/endpos,
# bytes and bytearray subjects, finditer, sub with callables and backreferences, split,
# fullmatch, flags, and patterns used again after purge() (their compiled ids are renewed).
import re

p = re.compile(r'(?P<key>\w+)=(?P<val>\d+)?(;)?')
m = p.search('  a=1; b=; c=22', 1)
print(m, m.group(), m.group(0, 1, 2, 3), m.groups(), m.groups('-'))
print(m.span(), m.span(1), m.span('val'), m.start(3), m.end('key'), m.regs)
print(m.groupdict(), m.groupdict('?'), m['key'], m[2], m.lastindex, m.lastgroup)
print(m.pos, m.endpos, m.re is p, m.string)
m = p.match('b=;', 0, 2)
print(m, m.groups(), m.span(2), m.lastindex, m.endpos)
for bad in (4, 'nope', -1):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)

print([(m.span(), m.groups()) for m in p.finditer('x=1;y=2 z=')])
print([m.group('key') for m in p.finditer('k1=1;k2=2;k3=3', 2, 12)])
print(p.findall('a=1;b=2 c=3'), re.findall(r'\d', 'a1b22'), re.findall(r'(\d)(x)?', '1x2'))

print(re.sub(r'(\w)(\d)', r'\2\1', 'a1 b2 c3'), re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'hi there'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'), re.subn(r'x', '-', 'axbxc', count=1))
print(re.sub(r'(a)|b', lambda m: repr(m.lastindex), 'abab'), re.sub('', '-', 'abc'))
print(re.sub(r'\d', lambda m: None if m.group() == '1' else 'N', '0123'))
print(re.split(r'(,)|;', 'a,b;c'), re.split(r'\s+', ' a  b ', maxsplit=1), re.split(r'x*', 'axb'))

print(re.fullmatch(r'a|ab', 'ab'), re.fullmatch(r'a+', 'aab', 0), p.fullmatch('k=1', 0, 3))
print(re.match(r'(?i)HELLO', 'hello'), re.search(r'^b', 'a\nb', re.M), re.match(r'a.b', 'a\nb', re.S))
print(re.findall(r'(?x) \d + # digits', '12 345'), re.match(r'\w+', 'héllo', re.A), re.match(r'\w+', 'héllo'))

b = re.compile(rb'(?P<n>[0-9]+)(x)?')
for subject in (b'ab12x3', bytearray(b'ab12x3')):
    m = b.search(subject)
    print(type(m.string).__name__, m, m.group(), m.group(1, 2), m.groups(), m['n'], m.groupdict())
    print(b.findall(subject), b.split(subject), b.sub(rb'[\1]', subject), [x.span() for x in b.finditer(subject)])
    print(m.expand(rb'<\g<n>>'), re.sub(rb'\d', lambda m: m.group() * 2, subject))

m = re.match(r'(a)(b)', 'ab')
print(m.expand(r'\2\1'), m.expand(r'\g<1>-\g<2>'), repr(m), bool(m))
words = re.compile(r'\b\w')
re.purge()
print(words.findall('one two'), words.sub('#', 'one two'), words.split('a b'), words.match('x'), words.search(' y').span())
for i in range(600):
    re.compile('pat%d' % i)
print(p.match('q=9;').groups(), [m.span() for m in words.finditer('u v')], words.fullmatch('z'))
print(p.match('q=9;').expand(r'\g<val>'))
ba = bytearray(b'x12 34')
m = b.match(ba, 1)
print(type(m).__name__, isinstance(m, re.Match), m.group(), m[1], m.group(0, 1), b.fullmatch(ba, 4), b.search(ba, 3, 5.0 if False else 5))
print(re.match(rb'(.)', bytearray(b'q')).groups(), re.fullmatch(rb'q', bytearray(b'q')))

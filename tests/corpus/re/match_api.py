# re: match/search/fullmatch, pos/endpos, Match objects
import re

p = re.compile(r'(?P<key>\w+)=(?P<value>[^;]*);?')
m = p.match('name=edge;lang=py')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('key'), m.group(1, 'value', 0))
print(m.groups(), m.groupdict(), m.span(), m.span('value'), m.start(2), m.end(2))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re is p, m.regs)
print(m[0], m['value'], m[2], bool(m))
for g in (3, -1, 'nope'):
    try:
        m.group(g)
    except IndexError as e:
        print('IndexError', e)

print(p.search('  a=1;b=2', 2), p.search('  a=1;b=2', 3), p.search('a=1;b=2', 0, 3))
print(p.match('xx a=1', 3), p.fullmatch('a=1;'), p.fullmatch('a=1; '))
print(re.match('a', 'ba'), re.search('a', 'ba'), re.fullmatch('a|ab', 'ab'))
print(re.search('^b', 'ab', re.M), re.search('^b', 'a\nb', re.M), re.compile('^b').search('ab', 1))
print(re.compile(r'\bb').search('ab', 1), re.compile('a$').search('ab', 0, 1))

m = re.match(r'(a)(b)?(c)?', 'ac')
print(m.groups(), m.groups('-'), m.group(2), m.span(2), m.start(3), m.lastindex)
m = re.match(r'(?P<a>x)|(?P<b>y)', 'y')
print(m.groupdict(), m.groupdict(0), m.lastgroup, m.lastindex)
m = re.match('((a)b)c', 'abc')
print(m.lastindex, m.lastgroup, m.expand(r'[\2|\g<1>|\g<0>]'))
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Ada Lovelace')
print(m.expand(r'\g<last>, \g<first>'), m.expand('\\n-\\1'))

print(re.findall(r'\d+', 'a1b22c333d'))
print(re.findall(r'(\w)=(\d)', 'a=1 b=2 c=x'))
print(re.findall(r'(\w)=(\d)?', 'a=1 b= c=3'))
print(re.findall(r'x*', 'axxb'))
print([m.span() for m in re.finditer(r'\w+', 'hello big world')])
print([m.group(1) for m in re.finditer(r'<(\w+)>', '<a><bb><ccc>')])
it = re.finditer('o', 'foo')
print(next(it).span(), next(it).span())
print(re.compile('o').findall('foo boo', 2, 6))

print(re.match(r'\d+', '١٢٣ 12'), re.match(r'(?a)\d+', '١٢٣'), re.match(r'\d', '²'))
print(re.search(r'\w+', '--über--'), re.search(r'(?a)\w+', '--über--'))
print(re.search('É+', 'ééÉ', re.I), re.match('straße', 'STRASSE', re.I), re.match('ſ', 'S', re.I))
print(re.match(b'[a-z]+', b'bytes!'), re.findall(rb'\d', b'a1b2'), re.match(b'(?i)ABC', b'abc'))
print(re.search('(?<=-)\\w+', 'pre-fix'), re.search('(?<!-)\\b\\w+', '-a b'))
print(re.match('(?>a+)b', 'aaab'), re.match('(?>a+)ab', 'aaab'), re.match('a++b', 'aab'))
print(re.match(r'(<)?\w+(?(1)>)', '<tag>'), re.match(r'(<)?\w+(?(1)>|$)', 'tag'))
print(re.match(r'(\w+) \1', 'hey hey'), re.match(r'(?i)(\w+) \1', 'Hey hEY'))

# re: errors (messages, positions, lineno/colno), flags and reprs
import re

for pat in ['(', 'a)', '*', 'a**', '[z-a]', '\\q', '(?P<1>x)', '(?P=n)', 'x{3,1}', '(?<=a+)b',
            '(?i', 'a(?i)b', '\\8', '(?(2)a)(b)', '[abc', 'ab\ncd(e', '(?#x', '(?P<a>.)(?P<a>.)']:
    try:
        re.compile(pat)
        print('ok', pat)
    except re.error as e:
        print(repr(pat), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == pat)
try:
    re.compile('x{99999999999}')
except OverflowError as e:
    print('OverflowError', e)
for args in [('a', re.LOCALE), ('a', re.A | re.U), (b'a', re.U)]:
    try:
        re.compile(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    re.search('a', b'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.search(b'a', 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
print(isinstance(re.error('x'), Exception), re.error is re.PatternError, str(re.error('boom')))
e = re.error('bad', 'ab\ncd', 4)
print(e, e.lineno, e.colno)

print(re.I, re.IGNORECASE | re.MULTILINE, re.M | re.I, re.A | re.S | re.X, re.NOFLAG, int(re.I), re.I == 2)
print(re.I & re.M, re.U, re.L, re.DOTALL | 1024)
p = re.compile('a.b', re.S | re.I)
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(re.compile('x'), re.compile('x').flags, re.compile(b'x').flags, re.compile('x', re.A).flags)
print(re.compile(b'x', re.I), re.compile('x', re.A | re.M), re.compile('(?i)x'), re.compile('(?i)x').flags)
print(re.compile('(?P<y>a)(b)(?P<z>c)').groupindex, re.compile('(a)(b)').groups)
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('abc') is re.compile('abc'))
print(re.compile('p' * 300))
m = re.search('b+', 'a' + 'b' * 80)
print(m)
print(re.match('a b #c\n c', 'abc', re.X), re.match('(?x) a  b', 'ab'), re.match('[ ]', ' ', re.X))
print(re.findall('(?i:a)b', 'ab AB Ab aB'), re.findall('(?-i:a)b', 'ab AB Ab aB', re.I))
print(re.findall('.', 'a\nb'), re.findall('(?s).', 'a\nb'), re.findall('^\\w', 'a\nb', re.M))
re.purge()
print(re.match('a', 'a').span())

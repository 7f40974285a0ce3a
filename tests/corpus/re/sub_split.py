# re: sub/subn (templates and functions), split
import re

print(re.sub(r'(\w+)@(\w+)\.com', r'\2:\1', 'ann@mail.com, bob@web.com'))
print(re.sub(r'(?P<word>\w+)', r'<\g<word>>', 'a bc'))
print(re.sub(r'\s+', ' ', '  lots   of\tspace \n'))
print(re.subn('a', 'A', 'banana'), re.subn('a', 'A', 'banana', count=2), re.subn('z', 'A', 'banana'))
print(re.sub('x*', '-', 'abxd'), re.sub('', '.', 'abc'), re.sub('(?m)^', '> ', 'one\ntwo'))
print(re.sub(r'(a)|b', r'[\1]', 'abc'), re.sub('a', r'\n\t\\', 'a'), re.sub('a', r'\0\07', 'a'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) + 1), 'v1.9.41'))
print(re.sub(r'[aeiou]', lambda m: m.group().upper(), 'regular expressions'))
print(re.subn(r'(\w)(\w)', lambda m: m.group(2) + m.group(1), 'abcdefg', 2))
print(re.sub('é', 'e', 'café été'), re.sub(b'\\d', b'#', b'a1b22'))
print(re.compile('o').sub('0', 'foo boo', 1))
for repl in [r'\2', r'\g<2>', r'\g<x>', r'\q', r'\g<1', '\\', r'\g<-1>']:
    try:
        print(re.sub('(a)', repl, 'a'))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)

print(re.split(',', 'a,b,,c'), re.split(',', 'a,b,c', maxsplit=1), re.split('(,)', 'a,b'))
print(re.split(r'(,)|(;)', 'a,b;c'), re.split(r'\W+', 'Words, words, words.'))
print(re.split('x*', 'axbc'), re.split('', 'abc'), re.split(r'\b', 'hi there'))
print(re.split(r'\s*', 'a b  c'), re.split('a', 'aaa'), re.split(',', ''))
print(re.split(b',', b'1,2'), re.compile(r'\d').split('a1b2c', 1))
print(re.escape('1.5*x+[y]'), re.escape('tab\there'), re.escape(b'a.b'), re.escape('naïve-ok_'))
for f in [lambda: re.sub('a', lambda m: 1, 'xa'), lambda: re.sub('a', lambda m: 1, 'a'), lambda: re.escape(5)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
print(re.sub('a', lambda m: None, 'banana'), re.sub('(a)(n)?', lambda m: m.group(2) or '_', 'banana'))

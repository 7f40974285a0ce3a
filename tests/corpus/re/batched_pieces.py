# findall and split hand back every piece of an ASCII str or bytes subject at once (the wasm
# module slices them in one host call): groups that did not take part ('' in findall, None in
# split), rows of several groups, no match at all, pos/endpos, bytearray, and non-ASCII text
# (sliced the other way) must all read the same.
import re

row = re.compile(r'(\w)(\d)?(;)?')
print(row.findall('a1;b c2'), row.findall('...'), row.findall('a1;b c2', 2, 6))
print(re.findall(r'x(y)?', 'xxyx'), re.findall(r'(a)|(b)|(c)', 'cab'), re.findall(r'', 'ab'))
print(re.findall(rb'(\d)(x)?', b'1x2'), re.findall(rb'(\d)', bytearray(b'a1b2')))
print(re.findall(r'(é)(\d)?', 'é1 é'), re.findall(r'\w+', 'naïve café'))
print(re.split(r'(-)|(\+)', 'a-b+c'), re.split(r'(x)?,', 'a,bx,c'), re.split(r',', 'no commas'))
print(re.split(rb'(,)', b'1,2,'), re.split(rb',', bytearray(b'x,y')), re.split(r'(é)', 'aébéc'))
print(re.split(r'\s+', '  lead and trail  '), re.split(r'(\s)+', 'a  b', maxsplit=1))
long = ','.join(str(i) for i in range(2000))
parts = re.split(',', long)
print(len(parts), parts[:3], parts[-1], len(re.findall(r'(\d)(\d)(\d)?', long)))

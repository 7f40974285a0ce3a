# re: patterns that are slow for backtracking engines still finish (bounded input)
import re

print(re.match(r'(x+x+)+y', 'x' * 14))
print(re.match(r'(a|aa)+$', 'a' * 24 + 'b'))
print(re.match(r'(?:a|b|c)*d', 'abc' * 2000 + 'd').end())
print(len(re.findall(r'\w+', 'word ' * 20000)))
print(re.sub(r'(\d)', r'<\1>', '1a2' * 1000)[:30])
big = 'x' * 100000
print(re.search('y', big), re.match('.*', big).end(), re.search('x$', big).start())
print(re.match(r'((((((((((a))))))))))', 'a').groups()[:3])
print(re.match('(a*)*b', 'a' * 12))

# tomllib: CPython's TOMLDecodeError messages and positions for malformed documents.
import tomllib
cases = ['a = 1\na = 2', 'a = ', 'a = 1 b = 2', '[a]\n[a]', 'a.b = 1\n[a.b]', '[a]\nb.c = 1\n[a.b]', 'a = {x = 1}\n[a]', 'a = {x = 1}\na.y = 2',
 '[[a]]\n[a]', 'a = [1]\n[[a]]', 'x = "abc', 'x = """abc', "x = 'a\nb'", 'x = 01', 'x = 1__0', 'x = +0x1', 'x = 1.', 'x = .5', 'x = 1e', 'x = "\\q"',
 'x = "\\uD800"', '= 1', 'a b = 1', '[a', '[[a]', 'x = [1, 2', 'x = {a = 1,}', 'x = {a = 1', 'x = 1979-13-01', 'x = tru', 'a.b = 1\na.b.c = 2',
 '[a.b]\n[a]\nb.c=1', 'x = "a\x01b"', 'x = 1 # c\x00', '\n\n  x = [1,\n 2,,]', 'x = 2000-01-01T25:00:00', 'k = nan\nk2 = -inf', 'x = 0b102', 'x="x"\ny', 'a.b=1\n[a]', '[a]\nb=1\n[a.b.c]\n[a.b]']
for c in cases:
    try: print(repr(c), '->', tomllib.loads(c))
    except tomllib.TOMLDecodeError as e: print(repr(c), 'E', e)
try: tomllib.loads(b'x=1')
except TypeError as e: print('TypeError', e)
print(tomllib.TOMLDecodeError.__mro__)

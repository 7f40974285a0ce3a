# tomllib: a document using every TOML 1.0 construct, load() from a binary file, parse_float, and error cases.
import tomllib, io
doc = r'''
# This is a TOML document
title = "TOML Example"
"quoted key" = 'literal \n'
'single' = "esc: \t \" \\ \u00e9 \U0001F600 \b \f \r"
bare-key_1 = 1_000
hex = 0xDEAD_beef
oct = 0o755
bin = 0b1101
neg = -17
pos = +99
zero = -0
flt = 3.1415
exp = 5e+22
exp2 = -2E-2
mix = 6.626e-34
und = 224_617.445_991
infs = [inf, +inf, -inf]
nans = [nan, +nan, -nan]
bools = [true, false]
ml = """
Roses are red
Violets are blue"""
ml2 = """\
       The quick brown \
       fox jumps over \
       the lazy dog.\
       """
ml3 = """Here are two quotation marks: "". Simple enough."""
ml4 = """Here are fifteen quotation marks: ""\"""\"""\"""\"""\"."""
ml5 = """"This," she said, "is just a pointless statement.""""
lit = 'C:\Users\nodejs\templates'
mll = QQQ
The first newline is
trimmed in raw strings.
   All other whitespace
   is preserved.
QQQ
mll2 = QQQ'That,' she said, 'is still pointless.QQQ'
odt1 = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00-07:00
odt3 = 1979-05-27T00:32:00.999999+05:30
odt4 = 1979-05-27 07:32:00.1234567z
ldt1 = 1979-05-27T07:32:00
ldt2 = 1979-05-27t00:32:00.5
ld1 = 1979-05-27
lt1 = 07:32:00
lt2 = 00:32:00.999
nested = [ [ 1, 2 ], ["a", 'b'], [ {x = 1}, {y = [2, 3]} ] ]
multiline_arr = [
  1,  # one
  2,
  # a comment line
  3,
]
empty = []
inline = { first = "Tom", last = "Preston-Werner", point.x = 1, point.y = 2 }
empty_inline = {}
a.b.c = 1
a.b.d = 2
a . "e" . 'f' = 3

[owner]
name = "Tom"
dob = 1979-05-27T07:32:00-08:00

[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }

[servers]

[servers.alpha]
ip = "10.0.0.1"
role = "frontend"

[servers.beta]
ip = "10.0.0.2"
role = "backend"

[x.y.z.w] # for this to work
[x] # defining a super-table afterward is ok

[[products]]
name = "Hammer"
sku = 738594937

[[products]]  # empty table within the array

[[products]]
name = "Nail"
sku = 284758393
color = "gray"

[[fruits]]
name = "apple"

[fruits.physical]  # subtable
color = "red"
shape = "round"

[[fruits.varieties]]  # nested array of tables
name = "red delicious"

[[fruits.varieties]]
name = "granny smith"

[[fruits]]
name = "banana"

[[fruits.varieties]]
name = "plantain"

[fruit]
apple.color = "red"
apple.taste.sweet = true

[fruit.apple.texture]  # you can add sub-tables
smooth = true
'''.replace('QQQ', "'" * 3)
d = tomllib.loads(doc)
def show(d, indent=''):
    for k, v in d.items():
        if isinstance(v, dict):
            print(indent + repr(k) + ':'); show(v, indent + '  ')
        else:
            print(indent + repr(k), '=', repr(v), type(v).__name__)
show(d)
print(d['odt3'].utcoffset(), d['odt2'].tzinfo, d['odt1'].tzinfo is not None)
print(tomllib.load(io.BytesIO(b'a = 1\r\nb = """x\r\ny"""\r\n')))
try: tomllib.load(io.StringIO('a=1'))
except TypeError as e: print(e)
from decimal import Decimal
print(tomllib.loads('x = 0.1\ny = [1.5e3]', parse_float=Decimal))
try: tomllib.loads('x = 1.5', parse_float=lambda s: [s])
except ValueError as e: print(type(e).__name__, e)
print(tomllib.loads('x = 2024-02-29'), tomllib.loads('t = 23:59:59.123'))
try: tomllib.loads('x = 2023-02-30')
except tomllib.TOMLDecodeError as e: print(e)
for bad in ['a = {b = 1, b = 2}', 'a = {b.c = 1, b = 2}', 'a = {b = [1], b.c = 2}', 'a = {b = {}, b.c = 1}', 'x = [1\n2]', '[a]\n[[a.b]]\n[a.b]', 'a=[{}]\n[a.b]',
            '[[a]]\nb.c=1\n[[a]]\nb.c=2\n[a.b]', '[[a]]\n[a.b]\n[[a]]\n[a.b]', 'x = """a\\  b"""', 'x = "\\u12G4"', "x = '''abc", '[a]\nb.c=1\n[a]', '[a.b.c]\n[a]\nb.x=1\n[a.b]',
            'x = { a = 1 }\nx.b = 2', 'x = 1\n[x.y]', "x = 'a", 'x = "a\nb"', '"""a""" = 1', 'x = 1979-05-27T07:32', 'x = 07:32', 'x = -0x1', 'x = 1_', 'x = 0_1', 'x = 1e1_0', 'x = 1.e5',
            '[ a . b ]\nc=1', '[a]]', 'x\t=\t"tab"', 'a = """\n"""', '[[ x ]]\n[[x]]']:
    try: print(repr(bad), tomllib.loads(bad))
    except tomllib.TOMLDecodeError as e: print(repr(bad), 'E', e)

# json compared with CPython 3.13: every line this program prints is stored in cases.expected
# (regenerate with std/json/tests/regen.sh). Run by the edge CLI (native json) and on
# compiler_lib.wasm with runtime/std/json.wasm (runtime/tests/std.test.mjs).
import io
import json

count = 0


def show(label, f):
    global count
    count += 1
    try:
        r = f()
    except Exception as e:
        extra = ''
        if isinstance(e, json.JSONDecodeError):
            extra = f' [msg={e.msg!r} pos={e.pos} lineno={e.lineno} colno={e.colno}]'
        print(label, '!', type(e).__name__, str(e) + extra)
    else:
        print(label, repr(r))


# ---- a deterministic pseudo-random generator (the same in every runtime) ----
state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


ALPHABET = ['a', 'b', 'Z', ' ', '"', '\\', '/', '\n', '\t', '\x00', '\x1f', '\x7f', 'é', 'ß',
            '中', '€', '😀', '\U0010ffff', '\u2028', '\ufeff']
FLOATS = [0.0, -0.0, 1.5, -2.25, 0.1, 1e16, 1e15, 123456789.125, 1e-7, 5e-324, 1.7976931348623157e308,
          2.5e-5, 3.0, -1e22, 1 / 3, 2 / 3, 100.0, 1e100, 12345.678, 9007199254740993.0]


def rstr():
    return ''.join(ALPHABET[rnd(len(ALPHABET))] for _ in range(rnd(6)))


def rvalue(depth):
    k = rnd(10 if depth < 4 else 6)
    if k == 0:
        return None
    if k == 1:
        return rnd(2) == 0
    if k == 2:
        return rnd(2000001) - 1000000
    if k == 3:
        return FLOATS[rnd(len(FLOATS))] * (1 if rnd(2) else -1)
    if k == 4:
        return (rnd(1000) + 1) * 10 ** rnd(30) * (1 if rnd(2) else -1)
    if k == 5:
        return rstr()
    if k in (6, 7):
        return [rvalue(depth + 1) for _ in range(rnd(5))]
    if k == 8:
        return tuple(rvalue(depth + 1) for _ in range(rnd(3)))
    return {rstr(): rvalue(depth + 1) for _ in range(rnd(5))}


# ---- dumps: scalars and options ----
SCALARS = [None, True, False, 0, -1, 7, 2 ** 63, -(2 ** 70), 10 ** 30, 1.0, -0.0, 0.5, 1e16, 1e-5,
           1e22, 123.456, float('inf'), float('-inf'), float('nan'), '', 'plain', 'quote"back\\slash',
           'ctl\x00\x01\x08\x0c\x1b\x1f', 'nl\n\r\t', 'é€😀\U0010ffff', '\x7f\x80', '\u2028\u2029']
for i, v in enumerate(SCALARS):
    show(f'scalar{i}', lambda: json.dumps(v))
    show(f'scalar{i}-noascii', lambda: json.dumps(v, ensure_ascii=False))

DOC = {'name': 'edge', 'list': [1, 2.5, None, True, False, 'x'], 'nested': {'a': {'b': [[], {}, [[1]]]}},
       'empty': {}, 'tuple': (1, (2, 3)), 'unicode': 'héllo 😀', 3: 'int key', 2.5: 'float key',
       None: 'none key', True: 'true key', False: 'false key'}
OPTIONS = [{}, {'indent': 2}, {'indent': 0}, {'indent': '\t'}, {'indent': -1}, {'indent': ' - '},
           {'separators': (',', ':')}, {'separators': (' , ', ' : '), 'indent': 1},
           {'ensure_ascii': False}, {'sort_keys': True, 'indent': 4}]
for i, opts in enumerate(OPTIONS):
    show(f'doc-opts{i}', lambda: json.dumps(DOC, **opts))
show('sort-mixed', lambda: json.dumps(DOC, sort_keys=True))
show('sort-ints', lambda: json.dumps({3: 'c', 1: 'a', 2: 'b', -5: 'n'}, sort_keys=True))
show('sort-str', lambda: json.dumps({'b': 1, 'a': 2, 'é': 3, 'Z': 4, 'aa': 5, '😀': 6, '\uffff': 7}, sort_keys=True))
show('sort-floats', lambda: json.dumps({2.5: 1, 1: 2, -3.5: 3, True: 4}, sort_keys=True))

# ---- dumps: errors and special objects ----


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


def point_default(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    raise TypeError(f'cannot encode {type(o).__name__}')


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)


cyclic_list = [1]
cyclic_list.append(cyclic_list)
cyclic_dict = {'a': 1}
cyclic_dict['self'] = cyclic_dict
shared = [1, 2]
self_default = Point(1, 2)

show('nan-disallowed', lambda: json.dumps([1.0, float('nan')], allow_nan=False))
show('inf-disallowed', lambda: json.dumps({'a': float('inf')}, allow_nan=False))
show('-inf-disallowed', lambda: json.dumps(float('-inf'), allow_nan=False))
show('nan-key-disallowed', lambda: json.dumps({float('nan'): 1}, allow_nan=False))
show('inf-key', lambda: json.dumps({float('inf'): 1, float('-inf'): 2, float('nan'): 3}))
show('tuple-key', lambda: json.dumps({(1, 2): 3}))
show('tuple-key-skip', lambda: json.dumps({(1, 2): 3, 'ok': 4}, skipkeys=True))
show('object', lambda: json.dumps(object()))
show('set', lambda: json.dumps({1, 2}))
show('bytes', lambda: json.dumps(b'abc'))
show('nested-object', lambda: json.dumps({'a': [1, {'b': Point(1, 2)}]}))
show('default', lambda: json.dumps({'a': [1, {'b': Point(1, 2)}]}, default=point_default))
show('default-raises', lambda: json.dumps([1, 2j], default=point_default))
show('encoder-class', lambda: json.dumps([Point(3, 4)], cls=PointEncoder))
show('encoder-class-fail', lambda: json.dumps([{1, 2}], cls=PointEncoder))
show('encoder-direct', lambda: PointEncoder(indent=1).encode({'p': Point(5, 6)}))
show('default-self', lambda: json.dumps(self_default, default=lambda o: o))
show('default-list-self', lambda: json.dumps(self_default, default=lambda o: [o]))


def kind_of_failure(f):
    # CPython hits its Python recursion limit here, Edge its JSON depth limit: same type,
    # different wording.
    try:
        f()
    except Exception as e:
        return type(e).__name__


show('default-never-converges', lambda: kind_of_failure(lambda: json.dumps(Point(0, 0), default=lambda o: Point(0, 0))))
show('default-nests-forever', lambda: kind_of_failure(lambda: json.dumps([Point(0, 0)], default=lambda o: [Point(0, 0)])))
show('cyclic-list', lambda: json.dumps(cyclic_list))
show('cyclic-dict', lambda: json.dumps(cyclic_dict))
show('shared-not-cyclic', lambda: json.dumps([shared, shared, {'s': shared}]))
show('subclasses', lambda: json.dumps([MyInt(5), MyStr('s'), MyList([1, 2]), MyDict(a=1)]))
show('bad-kwarg', lambda: json.dumps(1, bogus=True))
show('unhashable-check', lambda: json.dumps({'a': [1, 2]}, check_circular=False))


def nest(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


def nest_dict(n):
    x = {}
    for _ in range(n):
        x = {'k': x}
    return x


show('deep-ok', lambda: len(json.dumps(nest(3000))))
show('deep-too-deep', lambda: json.dumps(nest(20000)))
show('deep-dict-too-deep', lambda: json.dumps(nest_dict(20000)))

# ---- loads ----
VALID = ['null', 'true', 'false', '0', '-0', '12', '-12', '1.5', '-1.5e3', '1E5', '1e-2', '0.000001',
         '1.5e400', '-1e400', '123456789012345678901234567890', '-98765432109876543210', 'NaN',
         'Infinity', '-Infinity', '""', '"abc"', '"\\u00e9\\u20ac"', '"\\ud83d\\ude00"', '"\\"\\\\\\/\\b\\f\\n\\r\\t"',
         '"héllo 😀"', '[]', '{}', '[1, [2, [3, []]], {}]', '{"a": {"b": {"c": null}}}',
         '  \n\t[ 1 , 2 ]\r\n ', '{"a": 1, "a": 2}', '{"": ""}', '[1.0, 2.50, 3e0, 0.1]',
         '"\\u0000\\u001f"', '{"k": [true, false, null]}', '[-0.0, 0e0, -0e-0]', '"\\u2028\\u2029"',
         '1.7976931348623157e308', '5e-324', '4.9e-324', '2.2250738585072014e-308', '0.1e1', '9007199254740993',
         '0.30000000000000004', '1e23', '1e22', '1e-22', '1e-23', '123456789012345.6', '1234567890123456.7',
         '1.00000000000000011102230246251565404236316680908203125', '2.2250738585072011e-308', '0.000000000000000000001',
         '-0.0000e5', '00.5', '7.0e-10', '1.5E+2', '4503599627370497.5', '[1e999, -1e999, 1e-999]']
for i, s in enumerate(VALID):
    show(f'loads{i}', lambda: json.loads(s))

INVALID = ['', ' ', '[', ']', '{', '}', '[1,]', '{"a":1,}', '{1:2}', '{"a" 1}', '[1 2]', '"abc', '"a\\x"',
           '"\\u12x4"', '"ab\\u12x4"', '"\\ud83d\\uZZZZ"', '1 2', '[1]x', '"a\tb"', '"a\nb"', '{"a":}', 'nul',
           'tru', 'f', '-', '01', '1.', '1e', '1e+', '.5', '+1', '[-]', '"\\', '"\\u00', '[1,\n  2,\n x]',
           '{"a":1\n,"b"\n:\n}', 'nan', 'inf', '-NaN', '[NaN,', "'single'", '{"a":1 "b":2}', '[,1]', '[1,,2]',
           '{,}', '{"a",}', '"\\u"', 'é', '"é\\q"', '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,x]',
           '\n\n   \n  @', '{"a": [1, 2, {"b": }]}', 'true false', '[true false]', '"\x7f\x1f"',
           '[' * 20000, '{"a":' * 20000, '[' * 5000 + ']' * 4999]
for i, s in enumerate(INVALID):
    show(f'bad{i}', lambda: json.loads(s))

show('bom', lambda: json.loads('\ufeff[1]'))
show('bytes-utf8', lambda: json.loads('{"é": [1, "😀"]}'.encode()))
show('bytearray', lambda: json.loads(bytearray(b'[1, 2]')))
show('not-str', lambda: json.loads(5))
show('not-str-list', lambda: json.loads([1]))
show('strict-false', lambda: json.loads('"a\tb\nc\x00"', strict=False))
show('strict-false-list', lambda: json.loads('["\x01", "\x1f"]', strict=False))
show('deep-ok-5000', lambda: len(json.dumps(json.loads('[' * 5000 + ']' * 5000))))
show('object-hook', lambda: json.loads('{"a": {"b": 1}, "c": [{}]}', object_hook=lambda d: sorted(d.items())))
show('pairs-hook', lambda: json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda p: p))
show('both-hooks', lambda: json.loads('{"x": 1}', object_hook=lambda d: 'hook', object_pairs_hook=lambda p: 'pairs'))
show('parse-float', lambda: json.loads('[1.5, 2, 3e2]', parse_float=lambda s: 'F' + s))
show('parse-int', lambda: json.loads('[1.5, 2, -30]', parse_int=lambda s: int(s) * 10))
show('parse-constant', lambda: json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: s.lower()))
show('hook-raises', lambda: json.loads('{"a": 1}', object_hook=lambda d: 1 / 0))
show('huge-int', lambda: json.loads('1' * 5000))
show('big-int-ok', lambda: json.loads('-' + '7' * 4300) % 1000)
show('decoder-class', lambda: json.JSONDecoder(parse_int=float).decode('[1, {"a": 2}]'))
show('decoder-cls', lambda: json.loads('[1]', cls=json.JSONDecoder))
show('loads-bad-kwarg', lambda: json.loads('1', bogus=1))
show('error-class', lambda: (issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__))
show('error-attrs', lambda: json.JSONDecodeError('msg', 'ab\ncd', 4).args)

# ---- load / dump over file-likes ----


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class Source:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


sink = Sink()
json.dump({'a': [1, 2], 'b': 'é'}, sink, indent=1, ensure_ascii=False)
show('dump-sink', lambda: ''.join(sink.parts))
show('load-source', lambda: json.load(Source('{"x": [1, 2.5, "y"]}')))
buf = io.StringIO()
json.dump([1, {'k': None}], buf, sort_keys=True)
show('dump-stringio', lambda: buf.getvalue())
show('load-stringio', lambda: json.load(io.StringIO('[true, {"z": -1}]')))
show('load-error', lambda: json.load(Source('{"a": tru}')))

# ---- pseudo-random documents: dumps with options, loads, round trips ----
for i in range(120):
    doc = rvalue(0)
    opts = OPTIONS[rnd(len(OPTIONS))]
    text = json.dumps(doc, **opts)
    show(f'random{i}', lambda: text)
    show(f'random{i}-back', lambda: json.loads(text))
    show(f'random{i}-round', lambda: json.dumps(json.loads(json.dumps(doc))) == json.dumps(doc))

# ---- floats: repr through dumps and back ----
for i in range(60):
    # Built from text: float parsing is exact everywhere, float arithmetic may not be.
    f = float(str(rnd(1000000) - 500000) + 'e' + str(rnd(44) - 28))
    show(f'float{i}', lambda: (json.dumps(f), json.loads(json.dumps(f)) == f))

# ---- mutated documents: error messages and positions on random damage ----
JUNK = ['', ',', ']', '}', '[', '{', '"', ':', '\\', 'x', ' ', '\n', '1', '-', '.', 'e', 'é', 'nul']
for i in range(100):
    text = json.dumps(rvalue(0), indent=rnd(2) or None)
    at = rnd(len(text) + 1)
    cut = rnd(3)
    bad = text[:at] + JUNK[rnd(len(JUNK))] + text[at + cut:]
    show(f'mutated{i}', lambda: json.loads(bad))

# ---- the VM's fast path (_json_fast) and the package on the same documents: a value that
# `default` converts, or a hook, leaves the whole document to the package ----
class Opaque:
    pass


def opaque_default(o):
    return 'opaque'


for i, opts in enumerate(OPTIONS):
    show(f'package-doc-opts{i}', lambda: json.dumps([DOC, Opaque()], default=opaque_default, **opts))
for i, s in enumerate(VALID):
    show(f'package-loads{i}', lambda: json.loads(s, parse_constant=float))
for i in range(60):
    doc = rvalue(0)
    opts = OPTIONS[rnd(len(OPTIONS))]
    show(f'package-random{i}', lambda: json.dumps([doc, Opaque()], default=opaque_default, **opts))
    text = json.dumps(doc, **opts)
    show(f'package-random{i}-back', lambda: json.loads(text, parse_constant=float))

MANY = {f'k{(i * 37) % 101}': i for i in range(101)}
show('many-keys-sorted', lambda: json.dumps(MANY, sort_keys=True))
show('many-keys-repeated', lambda: json.loads('[' + ','.join([json.dumps(MANY)] * 3) + ', {"k5": 1, "k5": 2, "k6": 3}]'))
show('keys-escaped-and-plain', lambda: json.loads('[{"a\\u00e9": 1, "a\u00e9": 2}, {"\\u0041": 3, "A": 4}]'))
show('indent-large', lambda: len(json.dumps([[1, {'a': 2}]], indent=1500)))
show('indent-bool', lambda: json.dumps([1, [2]], indent=True))
show('indent-float', lambda: json.dumps([1], indent=2.0))
show('sort-keys-int', lambda: json.dumps({'b': 1, 'a': 2}, sort_keys=1))
show('sort-keys-str', lambda: json.dumps({'b': 1, 'a': 2}, sort_keys='yes'))
show('separators-list', lambda: json.dumps({'a': [1, 2]}, separators=[';', '=']))
show('str-subclass-doc', lambda: json.loads(MyStr('[1, "x"]')))
show('whitespace-only-ends', lambda: json.loads(' \t\n\r[1]\r\n\t '))
show('big-int-digits', lambda: json.loads('1' * 4300) % 1000)
show('big-int-too-long', lambda: json.loads('1' * 4301))
show('float-reprs', lambda: json.dumps([0.5, 12.5, 0.333, 1234.5625, 1e-05, 1e-4, 123456789012345.6, 1e15, 1e16, 0.1 + 0.2, 1 / 7, 5e-324, 2.0 ** 60]))
show('escapes-out', lambda: json.dumps('\x00\x1f\x7f\x80\u07ff\u0800\uffff\U00010000 "\\/', ensure_ascii=True))
show('escapes-out-noascii', lambda: json.dumps('\x00\x1f\x7f\x80\u07ff\u0800\uffff\U00010000 "\\/', ensure_ascii=False))

# raw_decode: one value from an index, no leading whitespace skipped; errors at absolute positions.
for doc, idx in [('{"a": 1} rest', 0), (' 1', 0), ('1', 5), ('[1] x', 3), ('  [1]  x', 2), ('{"a": \n1', 0),
                 ('x[1]', 1), ('[1]', -2), ('1.5x', 0), ('"s"  ', 0), ('[1]]', 0), ('\ufeff1', 0), ('', 0),
                 ('12 34', 3), ('{"k": [1, 2]}\n\n{"k": 3}', 14), ('nul', 0), ('[1, 2', 0)]:
    show(f'raw-decode {doc!r} {idx}', lambda: json.JSONDecoder().raw_decode(doc, idx))
show('raw-decode-hook', lambda: json.JSONDecoder(object_hook=lambda d: sorted(d)).raw_decode('{"b": 1, "a": 2} {}'))

print('cases:', count)

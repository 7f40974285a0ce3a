# pickle: framing, files, Pickler/Unpickler hooks, library types, and the errors CPython raises.
import pickle, io
def digest(b):
    return len(b), b.count(b'\x95'), sum(b) % 100003, sum(i * x for i, x in enumerate(b)) % 1000003
for v in [list(range(1000, 40000)), [b'x' * 70000, 'y' * 66000, b'z' * 10], [[i] * 100 for i in range(300, 700)],
          {i: str(i) for i in range(20000)}, [bytearray(b'q' * 65536)], ['a' * 65535, 'b' * 65536], [str(i) * 20 for i in range(5000)]]:
    for p in (4, 5):
        d = pickle.dumps(v, p)
        print(p, digest(d), pickle.loads(d) == v)
buf = io.BytesIO()
pickle.dump([1, 2], buf, 2); pickle.dump({'a': 'b'}, buf); pickle.dump(list(range(30000)), buf, 5)
print(buf.getvalue()[:40])
buf.seek(0)
print(pickle.load(buf), pickle.load(buf), len(pickle.load(buf)))
try: pickle.load(buf)
except EOFError as e: print('EOF', e)
class DBRow:
    def __init__(self, key): self.key = key
class P(pickle.Pickler):
    def persistent_id(self, obj):
        return ('row', obj.key) if isinstance(obj, DBRow) else None
class U(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded-%s' % (pid,)
for p in range(6):
    f = io.BytesIO(); P(f, p).dump([DBRow(1), 'x', DBRow('k')]); print(p, f.getvalue())
    f.seek(0); print(U(f).load())
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return 'Pt(%r, %r)' % (self.x, self.y)
def reduce_pt(p): return (Pt, (p.x, p.y))
import copyreg
f = io.BytesIO(); p = pickle.Pickler(f, 2); p.dispatch_table = copyreg.dispatch_table.copy(); p.dispatch_table[Pt] = reduce_pt
p.dump(Pt(1, 2)); print(f.getvalue(), pickle.loads(f.getvalue()))
class RO(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is Pt: return (str, ('Pt-class',))
        return NotImplemented
f = io.BytesIO(); RO(f, 4).dump([Pt, Pt(3, 4)]); print(f.getvalue())
try: pickle.loads(f.getvalue())
except pickle.UnpicklingError as e: print(e)
class KW:
    def __new__(cls, *, size): o = object.__new__(cls); o.size = size; return o
    def __getnewargs_ex__(self): return ((), {'size': self.size})
for p in range(4, 6):
    d = pickle.dumps(KW(size=3), p); print(p, d, pickle.loads(d).size)
def setter(obj, state): obj.__dict__['via'] = state
class SS:
    def __reduce__(self): return (SS, (), {'s': 1}, None, None, setter)
d = pickle.dumps(SS(), 5); print(d, pickle.loads(d).via)
class Many(list):
    def __init__(self, *a): super().__init__(*a); self.tag = 't'
for p in range(6):
    d = pickle.dumps(Many([1, 2, 3]), p); m = pickle.loads(d); print(p, d, m, m.tag)
class DD(dict): pass
dd = DD(a=1, b=2); dd.extra = [1]
for p in range(6):
    d = pickle.dumps(dd, p); m = pickle.loads(d); print(p, d, m, m.extra)
def t(fn):
    try: print(repr(fn()))
    except Exception as e: print(type(e).__name__, e)
def f():
    class Loc: pass
    return Loc
lam = lambda: 1
t(lambda: pickle.dumps(f()))
t(lambda: pickle.dumps((x for x in [])))
t(lambda: pickle.loads(b''))
t(lambda: pickle.loads(b'\x00'))
t(lambda: pickle.loads(b'\x80\x04K'))
t(lambda: pickle.loads(b'\x80\x09N.'))
t(lambda: pickle.loads(b'h\x05.'))
t(lambda: pickle.loads(b'N'))
t(lambda: pickle.loads(b'\x80\x04\x95\x03\x00\x00\x00\x00\x00\x00\x00N.'))
t(lambda: pickle.dumps(1, 6))
t(lambda: pickle.loads(b'(N.'))
t(lambda: pickle.loads(b'a.'))
t(lambda: pickle.loads('N.'))
t(lambda: pickle.loads(b'c__builtin__\nlong\n(I5\ntR.'))
t(lambda: pickle.loads(b"S'ab\\ncd'\np0\n."))
t(lambda: pickle.loads(b"(S'x'\nI1\nd."))
t(lambda: pickle.loads(b'ccopy_reg\n_reconstructor\n(c__main__\nPt\nc__builtin__\nobject\nNtR(dVx\nI1\nsVy\nI2\nsb.'))
t(lambda: pickle.loads(pickle.dumps(Pt(1, [Pt(2, 3)]), 0)))
t(lambda: pickle.loads(pickle.dumps(Pt(1, [Pt(2, 3)]), -1)))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, issubclass(pickle.PicklingError, pickle.PickleError))
import collections, datetime, decimal, fractions, enum, dataclasses
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque
Point = namedtuple('Point', 'x y')
class Color(enum.Enum):
    RED = 1
    GREEN = 2
@dataclasses.dataclass
class DC:
    a: int
    b: list
vals = [Point(1, 2), OrderedDict(a=1, b=2), defaultdict(list, {'k': [1]}), Counter('abca'), deque([1, 2], maxlen=5),
        datetime.date(2024, 2, 29), datetime.datetime(2024, 1, 2, 3, 4, 5, 6), datetime.timedelta(days=1, seconds=5),
        datetime.time(1, 2, 3), decimal.Decimal('1.25'), fractions.Fraction(3, 4), Color.GREEN, DC(1, [2]),
        datetime.datetime(2020, 5, 5, tzinfo=datetime.timezone.utc), datetime.timezone(datetime.timedelta(hours=2))]
for v in vals:
    for p in range(6):
        try:
            d = pickle.dumps(v, p)
            back = pickle.loads(d)
            print(p, type(v).__name__, d if len(d) < 300 else len(d), back == v, back)
        except Exception as e:
            print(p, type(v).__name__, 'ERR', type(e).__name__, e)

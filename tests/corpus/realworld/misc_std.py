import json, struct, base64, hashlib, datetime, sys, io, os, math, operator, copy, re, time
from collections import ChainMap, deque
import contextlib

doc = {"users": [{"id": i, "name": f"user{i}", "score": i * 1.5, "tags": ["a"] * (i % 3), "ok": i % 2 == 0, "x": None} for i in range(4)],
       "meta": {"unicode": "héllo ✓ \u2028", "esc": "tab\tnl\n\"q\"", "big": 2**70, "neg": -0.0, "exp": 1e300}}
s = json.dumps(doc, indent=2, sort_keys=True)
print(s[:300])
print(json.dumps(doc, separators=(",", ":"), ensure_ascii=False)[:200])
back = json.loads(s)
print(back == doc, json.loads('[1, 2.5e3, "\\u00e9", true, null, {"a": []}]'))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
print(struct.pack("<IhBd", 1, -2, 3, 1.5), struct.unpack(">HH", b"\x01\x02\x03\x04"), struct.calcsize("<qf?"))
print(base64.b64encode(b"edge python!"), base64.b64decode("ZWRnZQ=="), base64.urlsafe_b64encode(b"\xff\xfe"), base64.b16encode(b"ab"))
print(hashlib.sha256(b"abc").hexdigest(), hashlib.md5(b"abc").hexdigest(), hashlib.sha1(b"").hexdigest())
d = datetime.date(2024, 2, 28) + datetime.timedelta(days=2)
dt = datetime.datetime(2024, 3, 10, 14, 30, 5, 123456)
print(d, d.isoformat(), d.weekday(), d.strftime("%A %d %B %Y %j"), dt, dt.isoformat(timespec="milliseconds"))
print(dt - datetime.datetime(2024, 1, 1), datetime.timedelta(hours=-3, minutes=5), repr(datetime.timedelta(days=1, seconds=5)))
print(datetime.datetime.strptime("2023-07-04 10:11", "%Y-%m-%d %H:%M"), datetime.date.fromisoformat("2020-12-31").toordinal())
print(dt.replace(tzinfo=datetime.timezone.utc).isoformat(), datetime.timezone(datetime.timedelta(hours=5, minutes=30)))
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured", 1, 2, sep="-")
print(repr(buf.getvalue()))
with contextlib.suppress(KeyError):
    {}["x"]
b = io.BytesIO(b"line1\nline2\n")
print(b.readline(), b.read(), b.tell())
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), dict(cm), cm.new_child({"c": 4}))
print(math.comb(30, 12), math.perm(10, 3), math.gcd(84, 36, 60), math.lcm(4, 6, 10), math.isclose(0.1 + 0.2, 0.3), math.prod([1.5, 2, 3]))
print(math.fsum([0.1] * 10), math.log2(1024), math.hypot(3, 4, 12), math.copysign(1, -0.0), math.frexp(12.5), math.ldexp(0.75, 4))
print(f"{1234567.891:,.2f} {0.000123:e} {255:#x} {255:08b} {-42:>+6} {'x':*^7} {3.0:g} {1e20:g} {12345.6789:.3g} {0.5:%}")
print("%5.2f|%-6s|%04d|%x|%r|%c|%%" % (3.14159, "ab", 42, 255, "q", 65))
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3j), operator.methodcaller("upper")("x"))
x = [[1, 2], {"k": (3, [4])}]
y = copy.deepcopy(x); y[1]["k"][1].append(5)
print(x, y)
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail bob@example.com and al@test.com"), re.findall(r"\d+", "a1b22c333"))
m = re.match(r"(?P<key>\w+)=(?P<val>[^;]*)", "name=edge;x=1")
print(m.groupdict(), m.span("val"), m.group(0), re.split(r"[;,]\s*", "a; b,c"), re.escape("a.b*c"))
print(sorted(os.environ) == sorted(os.environ.keys()), os.path.join("a", "b", "c.txt"), os.path.splitext("x/y.tar.gz"), os.path.basename("/p/q.py"))
print(sys.version_info[:2] >= (3, 8), sys.maxsize, type(time.time()).__name__, sys.byteorder)
print(int.from_bytes(b"\x00\x10", "big"), (1024).to_bytes(4, "little"), (255).bit_length(), (-7) // 2, (-7) % 2, divmod(-7, 2), pow(3, -1, 7), round(2.675, 2), round(-0.5))
print(bytes(range(5)).hex(":"), bytearray(b"abc").upper(), b"a,b".split(b","))

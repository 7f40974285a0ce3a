"""A connection protocol written as a state machine whose states are classes: each
transition rebinds the instance's __class__ (a pattern real parsers and protocol
handlers use), with optional-dependency imports, traceback reports trimmed with
limit/chain, and framed bytearray buffers."""
import io
import sys
import traceback

try:
    import ujson as json_impl  # an optional accelerator that is not installed
    BACKEND = "ujson"
except ImportError as e:
    import json as json_impl
    BACKEND = f"json (no {e.name})"

try:
    from json import no_such_helper  # noqa: F401
except ImportError as e:
    MISSING = (type(e).__name__, e.name)


class ProtocolError(Exception):
    pass


class Connection:
    """The closed state; the other states subclass it and share its storage."""

    def __init__(self, name):
        self.name = name
        self.log = []
        self.buffer = bytearray()
        self.frames = []

    def feed(self, data):
        raise ProtocolError(f"{self.name}: cannot feed while {self.state()}")

    def open(self):
        self.log.append("open")
        self.__class__ = Handshaking

    def close(self):
        self.log.append("close")
        self.__class__ = Connection

    def state(self):
        return type(self).__name__.lower()

    def __repr__(self):
        return f"<{type(self).__name__} {self.name} frames={len(self.frames)} buf={self.buffer!r}>"


class Handshaking(Connection):
    def feed(self, data):
        self.buffer += data
        if b"\r\n" in self.buffer:
            line, _, rest = bytes(self.buffer).partition(b"\r\n")
            if not line.startswith(b"HELLO "):
                raise ProtocolError(f"bad greeting {line!r}")
            self.log.append("hello:" + line[6:].decode())
            self.buffer = bytearray(rest)
            self.__class__ = Streaming
            if rest:
                self.feed(b"")


class Streaming(Connection):
    def feed(self, data):
        self.buffer.extend(data)
        while len(self.buffer) >= 2:
            size = int.from_bytes(self.buffer[:2], "big")
            if len(self.buffer) < 2 + size:
                break
            payload = bytes(self.buffer[2:2 + size])
            del self.buffer[:2 + size]
            if payload == b"BYE":
                self.log.append("bye")
                self.close()
                return
            self.frames.append(json_impl.loads(payload))


def frame(obj):
    body = json_impl.dumps(obj, separators=(",", ":")).encode()
    return len(body).to_bytes(2, "big") + body


print("backend:", BACKEND, MISSING)
conn = Connection("c1")
print(conn, conn.state())
conn.open()
print(conn.state(), isinstance(conn, Handshaking), type(conn).__mro__[1].__name__)
stream = b"HELLO edge\r\n" + frame({"n": 1, "z": 1 + 2j if False else [1.5, -2]}) + frame(["a", "b'c"])
for i in range(0, len(stream), 7):
    conn.feed(stream[i:i + 7])
    print(f"{i:3d} {conn.state():<11} {conn.buffer!r}")
conn.feed(frame("x")[:3])
print(conn)
conn.feed(frame("x")[3:] + len(b"BYE").to_bytes(2, "big") + b"BYE")
print(conn, conn.log, conn.frames)
try:
    conn.feed(b"late")
except ProtocolError as e:
    print("ProtocolError:", e)

# switching back and forth many times keeps attribute caches honest
states = []
c2 = Connection("c2")
for step in range(6):
    if step % 3 == 0:
        c2.open()
    elif step % 3 == 1:
        c2.feed(b"HELLO again\r\n\x00\x02[]")
    else:
        c2.close()
    states.append((c2.state(), len(c2.frames)))
print(states, c2.__dict__.keys())

for bad in (42, int, dict, Exception):
    try:
        c2.__class__ = bad
    except TypeError as e:
        print("TypeError:", e)


class Slotted:
    __slots__ = ("a",)


try:
    c2.__class__ = Slotted
except TypeError as e:
    print("TypeError:", e)

# byte buffers whose reprs need every quoting rule
for raw in (b"plain", b"it's", b'say "hi"', b"both ' and \"", b"\x00\x7f\x80\xff\\", b""):
    ba = bytearray(raw)
    print(repr(raw), repr(ba), str(ba) == repr(ba), f"{ba!r:>30}")


def handshake(data):
    c = Connection("tb")
    c.open()
    c.feed(data)


def run(data):
    try:
        handshake(data)
    except ProtocolError as e:
        raise RuntimeError("session failed") from e


try:
    run(b"NOPE\r\n")
except RuntimeError as err:
    for limit in (None, 0, 1, -1):
        text = "".join(traceback.format_exception(err, limit=limit))
        lines = [ln for ln in text.splitlines() if not ln.strip().startswith(("^", "~"))]
        print(f"limit={limit}:", len(lines), [ln.strip()[:40] for ln in lines if "File" not in ln])
    out = io.StringIO()
    traceback.print_exception(err, limit=0, chain=False, file=out)
    print(repr(out.getvalue()))
    only_last = traceback.format_exception(err, chain=False)
    print(len(only_last), only_last[-1], end="")
    print(repr(traceback.format_exc(limit=0)))

# complex numbers in reports
readings = [complex(1.5, -2), 3j, complex(-0.0, 1), 1e6 + 1e-6j, complex(2, 0)]
for z in readings:
    print(f"{z!s:>22}|{z:.3f}|{z:^24.2e}|{z:+g}|{z:,.1f}|{z:*<14}|{format(z, 'G')}")
print(sys.version_info >= (3, 13))

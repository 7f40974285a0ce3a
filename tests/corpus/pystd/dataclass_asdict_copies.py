# asdict/astuple deep-copy the values they do not recurse into (dataclasses imports copy on
# first use); the results are equal, not shared.
from dataclasses import dataclass, field, asdict, astuple


class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Box({self.v!r})"


@dataclass
class Inner:
    items: list = field(default_factory=list)
    box: object = None


@dataclass
class Outer:
    name: str
    inner: Inner
    extra: dict = field(default_factory=dict)


b = Box([1, 2])
o = Outer("o", Inner([[1, 2], {3: 4}], b), {"k": Box("v")})
d = asdict(o)
print(d)
print(d["inner"]["box"] is b, d["inner"]["box"].v == b.v, d["inner"]["box"].v is b.v)
t = astuple(o)
print(t)
print(t[1][1] is b, t[2]["k"].v)
print(asdict(Outer("e", Inner())), astuple(Inner()))

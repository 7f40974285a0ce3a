# pprint: long strings and bytes wrapped at word boundaries, library types, dataclasses.
import pprint
from collections import ChainMap, Counter, OrderedDict, UserDict, UserList, defaultdict, deque
from dataclasses import dataclass, field
from types import MappingProxyType, SimpleNamespace

text = "The quick brown fox jumps over the lazy dog. " * 6
pprint.pprint(text)
pprint.pprint(text, width=30)
pprint.pprint([text, "short"], width=50)
pprint.pprint({"key": text}, width=60)
pprint.pprint("line one\nline two is a bit longer\n" * 4, width=25)
pprint.pprint("x" * 100)
pprint.pprint(("a " * 40,))
pprint.pprint(bytes(range(40)))
pprint.pprint([bytes(range(60, 110))], width=30)
pprint.pprint(bytearray(b"abcdefghij" * 10), width=40)
pprint.pprint(b"tiny")

od = OrderedDict((f"key{i}", i * i) for i in range(12))
pprint.pprint(od)
pprint.pprint(OrderedDict())
dd = defaultdict(list)
for i in range(15):
    dd[i % 4].append(i * 1000)
pprint.pprint(dd, width=40)
pprint.pprint(defaultdict(int))
c = Counter("abracadabra simsalabim hocus pocus")
pprint.pprint(c, width=40)
pprint.pprint(ChainMap({"a": list(range(20))}, {"b": 2, "c": "three" * 10}), width=40)
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(deque(range(30), maxlen=40), width=40)
pprint.pprint(UserDict({i: str(i) * 8 for i in range(8)}), width=40)
pprint.pprint(UserList(range(30)), width=40)
pprint.pprint(MappingProxyType({"alpha": list(range(15)), "beta": 2}), width=40)
pprint.pprint(SimpleNamespace(name="widget", sizes=list(range(20)), owner=None), width=40)


@dataclass
class Point:
    x: int
    y: int
    label: str = "origin" * 5
    tags: list = field(default_factory=list)
    secret: str = field(default="hidden", repr=False)


@dataclass
class Shape:
    name: str
    points: list


shape = Shape("triangle", [Point(0, 0), Point(10, 0, tags=["a", "b"]), Point(5, 8, "apex")])
pprint.pprint(shape)
pprint.pprint(shape, width=40)
pprint.pprint(Point(1, 2))


@dataclass(repr=False)
class NoRepr:
    values: list


class Plain:
    def __repr__(self):
        return "Plain(" + "z" * 90 + ")"


pprint.pprint([Plain(), Plain()])
pprint.pprint(NoRepr(list(range(40))).values, width=60)
pprint.pprint({"when": [Plain()], "how": OrderedDict(a=1)}, indent=3, width=50)

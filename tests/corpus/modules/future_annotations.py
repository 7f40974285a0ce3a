"""Docstring first, then future statements: annotations are kept as their source text."""
from __future__ import annotations
from __future__ import generator_stop, division
import __future__
import dataclasses
import typing

print(annotations, __future__.annotations.compiler_flag, __future__.all_feature_names[-1])
print(__future__.annotations.getMandatoryRelease(), __future__.division.getOptionalRelease())


def f(a: int, b: "str" = "x", *args: *Ts, c: Dict[str,int] = None, **kw: Optional[ list[int] ]) -> Node | None:
    return None


print(f.__annotations__)


def g(x: lambda y, *, z=1: y, p: {1: 'a', **d}, q: [i for i in range(3) if i], r: a.b.c[1:2, ::3]) -> (yield_):
    pass


print(g.__annotations__)


def h(
    a: -1 ** 2,
    b: (-1) ** 2,
    c: not x or y and z,
    d: a if b else c,
    e: (a, b),
    f: a[(b, c)],
    g: a[b,],
    h: f(*a, k=1, **kw),
    i: 1 .real,
    j: {*()},
    k: x == 5,
    l: 1e400,
    m: 2.5j,
    n: b"by\x00tes",
    o: "it's",
    p: f"{x!r:>{w}} {{lit}}",
    q: await_z,
    r: x is not None,
    s: a < b <= c,
    t: ~a + b * c @ d // e % f - g << h >> i & j ^ k | l,
    u: (a + b) * c,
    v: a ** b ** c,
    w: (a ** b) ** c,
    x: ...,
    y: (x for x in y),
    z: f(x for x in y),
):
    pass


for k, v in h.__annotations__.items():
    print(k, v)


class Node:
    left: Node
    right: Optional[Node] = None
    count: ClassVar[int] = 0


print(Node.__annotations__, Node.right)


@dataclasses.dataclass
class Point:
    x: int
    y: float = 0.0
    tags: list[str] = dataclasses.field(default_factory=list)


print(Point(1), [(fl.name, fl.type) for fl in dataclasses.fields(Point)])

module_level: Undefined[int] = 3
print(__annotations__)


def local_scope():
    inner: NotEvaluated = 1
    return inner


print(local_scope())
print(typing.get_type_hints(Point)["x"])

import functools, dataclasses, typing, abc, enum, json
# singledispatch with annotations (union types, generic aliases)
@functools.singledispatch
def show(x): return f"obj {x!r}"
@show.register
def _(x: int | float): return f"num {x}"
@show.register
def _(x: list): return f"list {len(x)}"
try:
    @show.register
    def _(x: list[int]): return "bad"
except TypeError as e: print("TypeError:", e)
print(show(1), show(2.5), show([1, 2]), show("s"))
# __set_name__, __init_subclass__, descriptors
class Field:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, cls=None): return self if obj is None else obj.__dict__.get(self.name, 0)
    def __set__(self, obj, v): obj.__dict__[self.name] = v * 2
class Model:
    registry = []
    def __init_subclass__(cls, tag="", **kw):
        super().__init_subclass__(**kw)
        Model.registry.append((cls.__name__, tag))
class User(Model, tag="u"):
    age = Field()
u = User(); u.age = 21
print(u.age, User.age.name, Model.registry)
# exception notes and groups
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        e.add_note("note 1")
        raise KeyError("outer") from e
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__cause__.__notes__)
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("values", [str(x) for x in eg.exceptions])
except* TypeError as eg:
    print("types", eg.exceptions)
# generators
def gen():
    try:
        x = yield 1
        while True:
            x = yield x * 2
    except GeneratorExit:
        print("closed")
g = gen(); print(next(g), g.send(5), g.send(7)); g.close()
def sub():
    r = yield from range(3)
    return "done"
def outer():
    r = yield from sub()
    yield r
print(list(outer()))
# formatting corners
print(f"{1234567.891:,.2f} {0.000012345:.3g} {1e21:g} {-0.0:+.1f} {255:#x} {255:#010b} {'x':^7}|")
print("%5.2f|%-6d|%+d|%e|%r" % (3.14159, 42, 5, 12345.678, "q"))
print(format(1/3, '.17g'), repr(0.1+0.2), 1e16, 1.5e-7, float('inf'), -float('nan'))
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(12345, -2))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -3, pow(3, -1, 7), 2**100 % 97)
print(int("0x1f", 16), int("1_000"), float("1_0.5"), hex(-255), oct(8), bin(-5))
# dict/set ops
d = {"a": 1, "b": 2}; d2 = d | {"c": 3}; d |= {"a": 0}
print(d, d2, {1, 2} ^ {2, 3}, sorted({3, 1, 2}), list(reversed(d2)))
# enum & dataclass reprs
class Color(enum.Enum):
    RED = 1
    GREEN = 2
@dataclasses.dataclass(order=True, frozen=True)
class P:
    x: int
    y: int = 0
print(Color.RED, repr(Color.GREEN), Color(2), P(1) < P(2), P(1, 2), hash(P(1)) == hash(P(1)))
try:
    P(1).x = 3
except dataclasses.FrozenInstanceError as e: print("frozen:", e)
print(json.dumps({"a": [1, 2.5, None, True], "b": {"c": "é"}}, indent=2, sort_keys=True))
from collections.abc import Sequence, Mapping, Iterable
@functools.singledispatch
def kind(x): return "other"
@kind.register
def _(x: Sequence): return "seq"
@kind.register
def _(x: Mapping): return "map"
@kind.register
def _(x: str): return "str"
@kind.register(Iterable)
def _(x): return "iterable"
print(kind((1,)), kind([1]), kind("s"), kind({}), kind(3), kind({1}), kind(range(2)))
class Shape:
    @functools.singledispatchmethod
    def area(self, arg): return "generic"
    @area.register
    def _(self, arg: int): return arg * arg
    @area.register
    def _(self, arg: float | complex): return "real-ish"
print(Shape().area(3), Shape().area(2.0), Shape().area("x"), kind.dispatch(list).__name__)

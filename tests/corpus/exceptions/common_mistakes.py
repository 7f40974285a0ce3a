def f(a, b, *, c=1): return a
class Shop:
    def __init__(self, name):
        self.name = name
        self.inventory = {}
    def add(self, item, qty): self.inventory[item] = qty
cases = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, c=3, c2=4),
    lambda: Shop(),
    lambda: Shop("a").add("x"),
    lambda: Shop("a", "b"),
    lambda: Shop("a").invetory,
    lambda: Shop("a").nme,
    lambda: [1, 2].apend(3),
    lambda: {"a": 1}["b"],
    lambda: {"a": 1}[("x", 1)],
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 2.0 / 0,
    lambda: None.x,
    lambda: "abc" + 1,
    lambda: 1 + "abc",
    lambda: [1] * "a",
    lambda: int("abc"),
    lambda: int("12.5"),
    lambda: float("x1"),
    lambda: [1, 2, 3][10],
    lambda: "abc"[5],
    lambda: (1, 2)[2],
    lambda: len(5),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: "x".foo(),
    lambda: {}.foo,
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: [3, 1].index(7),
    lambda: "abc".index("z"),
    lambda: sorted([1, "a"]),
    lambda: max([]),
    lambda: dict([(1, 2, 3)]),
    lambda: hash([]),
    lambda: {[]: 1},
    lambda: print(undefined_name),
    lambda: prnt("x"),
    lambda: int(None),
    lambda: "%d" % "x",
    lambda: "{} {}".format(1),
    lambda: "{x}".format(y=1),
    lambda: f"{1:q}",
    lambda: abs("x"),
    lambda: round("x"),
    lambda: sum(["a", "b"]),
    lambda: getattr(1, "zz"),
    lambda: setattr(1, "zz", 2),
    lambda: object().x,
    lambda: int.foo,
    lambda: __import__("nosuchmodule"),
    lambda: tuple(1),
    lambda: list(None),
    lambda: "a" < 1,
    lambda: [1] < (1,),
    lambda: None < None,
    lambda: {1} + {2},
    lambda: -"x",
    lambda: ~1.5,
    lambda: divmod(1, 0),
    lambda: pow(0, -1),
    lambda: 10 ** -1 % 0,
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: bytes("x"),
    lambda: "x".encode("nope"),
    lambda: range(1.5),
    lambda: [].sort(key=1),
    lambda: isinstance(1, 2),
    lambda: issubclass(1, int),
    lambda: Shop.add(1),
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, e)
def unpack():
    a, b = [1, 2, 3]
def unpack2():
    a, b, c = (1, 2)
def unpack3():
    a, b = 5
def unpack4():
    (a, b), c = [1, 2], 3, 4
for u in (unpack, unpack2, unpack3, unpack4):
    try:
        u()
    except Exception as e:
        print(type(e).__name__, e)

from collections import namedtuple, ChainMap

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x, y, isinstance(p, tuple), type(p).__name__, Point.__name__, Point._fields)
print(Point._make([3, 4]), p._replace(y=9), p._asdict(), Point.__match_args__)
print(Point(x=5, y=6), Point(7, y=8), repr(Point), Point.__doc__)
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 1])
print(P3(9), P3(9, 8), P3(1, 2, 3), P3._field_defaults)
R = namedtuple("R", "abc, def, ghi, abc, _x", rename=True)
print(R._fields)
Single = namedtuple("Single", "v")
print(Single(1), Single.__doc__)
match p:
    case Point(a, b):
        print("matched", a, b)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(p + (3,), p * 2, p[::-1], max(p))
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def norm2(self):
        return self.x * self.x + self.y * self.y
v = Vec(3, 4)
print(v, v.norm2(), Vec.__mro__[1].__name__)
for args, kw in [((1,), {}), ((1, 2, 3), {}), ((1,), {"y": 2, "z": 3}), ((1,), {"x": 2}), ((), {})]:
    try:
        print(Point(*args, **kw))
    except TypeError as e:
        print("TypeError", e)
for f in [lambda: Point._make([1]), lambda: p._replace(z=3), lambda: namedtuple("P", "x x"),
          lambda: namedtuple("P", "def"), lambda: namedtuple("P", "_a"), lambda: namedtuple("1P", "a")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError")

a = {"x": 1}; b = {"x": 2, "y": 3}
cm = ChainMap(a, b)
print(cm, cm["x"], cm["y"], len(cm), sorted(cm), "y" in cm, cm.get("z", 0))
cm["z"] = 5; print(a, cm.maps)
child = cm.new_child({"x": 100})
print(child["x"], child.parents, child.parents["x"], dict(child))
print(list(ChainMap({"a": 1}, {"b": 2, "a": 3}).items()))
try:
    cm["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    del cm["y"]
except KeyError as e:
    print("KeyError", e)
print(ChainMap(), ChainMap({}).maps, cm.new_child())

# copy.deepcopy through every protocol: cycles through lists, dicts and tuples, __deepcopy__,
# __reduce_ex__/__reduce__, __getstate__/__setstate__, __slots__, subclasses of dict and list,
# copyreg's dispatch table, the keep-alive list in the memo, a memo that is not a dict,
# containers a hook changes while they are copied, and nesting too deep for the recursion limit.
import copy
import copyreg


def memo_summary(memo):
    keep = memo.get(id(memo))
    return len(memo), None if keep is None else [type(k).__name__ for k in keep]


# Cycles.
a = [1, 2]
a.append(a)
t = (a, 3)
a.append(t)
c = copy.deepcopy(a)
print(c[2] is c, c[3][0] is c, c[3] is not t, len(c))
d = {"x": [1]}
d["me"] = d
d["pair"] = (d, d["x"])
cd = copy.deepcopy(d)
print(cd["me"] is cd, cd["pair"][0] is cd, cd["pair"][1] is cd["x"], cd["x"] is not d["x"])
rt = ([],)
rt[0].append(rt)
crt = copy.deepcopy(rt)
print(crt[0][0] is crt, crt is not rt)

# The memo: entries for copied containers, the keep-alive list in copy order.
memo = {}
src = [[1], {"k": (2, [3])}, (4, 5), "s", 6]
out = copy.deepcopy(src, memo)
print(out, memo_summary(memo))
memo2 = {}
copy.deepcopy((1, "a", (2,)), memo2)
print(memo_summary(memo2))
keep_not_list = {}
keep_not_list[id(keep_not_list)] = []
copy.deepcopy([[1]], keep_not_list)
print(len(keep_not_list[id(keep_not_list)]))


class Counted:
    copies = 0

    def __init__(self, v):
        self.v = v

    def __deepcopy__(self, memo):
        Counted.copies += 1
        print("deepcopy hook", self.v, id(self) in memo, type(memo).__name__)
        return Counted(copy.deepcopy(self.v, memo))


shared = Counted([1, 2])
res = copy.deepcopy([shared, shared, {"c": shared}])
print(Counted.copies, res[0] is res[1], res[2]["c"] is res[0], res[0].v)


class Reduced:
    def __init__(self, a, b=None):
        self.a, self.b = a, b

    def __reduce_ex__(self, proto):
        print("reduce_ex", proto)
        return (Reduced, (self.a,), {"b": self.b})


r = copy.deepcopy(Reduced([1], {"q": [2]}))
print(type(r).__name__, r.a, r.b)


class OldReduce:
    def __init__(self, items):
        self.items = items

    def __reduce__(self):
        return (OldReduce, (list(self.items),))


o = copy.deepcopy([OldReduce([1, 2])])
print(o[0].items)


class Stateful:
    def __init__(self):
        self.data = [1, 2]
        self.cache = "big"

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        print("setstate", sorted(state))
        self.__dict__.update(state)
        self.cache = None


s = copy.deepcopy(Stateful())
print(s.data, s.cache)


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


class MoreSlots(Slotted):
    __slots__ = ("z",)


m = MoreSlots([1])
m.z = {"deep": [2]}
cm = copy.deepcopy(m)
print(cm.x, cm.z, cm.x is not m.x, hasattr(cm, "y"))


class MyDict(dict):
    def __init__(self, *args):
        super().__init__(*args)
        self.note = ["n"]


md = MyDict({"a": [1]})
cmd = copy.deepcopy([md, md])
print(type(cmd[0]).__name__, cmd[0], cmd[0].note, cmd[0] is cmd[1], cmd[0]["a"] is not md["a"])


class MyList(list):
    pass


ml = MyList([[1], [2]])
ml.tag = "t"
cml = copy.deepcopy(ml)
print(type(cml).__name__, cml, cml.tag, cml[0] is not ml[0])


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def pickle_point(p):
    print("copyreg reductor")
    return Point, (p.x, p.y)


copyreg.pickle(Point, pickle_point)
p = copy.deepcopy({"p": Point([1], 2)})
print(p["p"].x, p["p"].y)


# A memo that is a mapping of the caller's.
class LoggingMemo(dict):
    def get(self, key, default=None):
        return super().get(key, default)


lm = LoggingMemo()
print(copy.deepcopy([[1, 2], ("a", [3])], lm), type(lm).__name__, len(lm) > 0)


# Hooks that change the container being copied.
class Grow:
    def __init__(self, target):
        self.target = target

    def __deepcopy__(self, memo):
        if len(self.target) < 6:
            self.target.append(len(self.target))
        return "grow"


g = []
g.extend([Grow(g), 1])
print(copy.deepcopy(g))


class Mutate:
    def __init__(self, target):
        self.target = target

    def __deepcopy__(self, memo):
        self.target["new"] = 1
        return "mutate"


dm = {}
dm["m"] = Mutate(dm)
dm["z"] = 2
try:
    copy.deepcopy(dm)
except RuntimeError as e:
    print("RuntimeError", e)

# Keys that copy to other objects.
print(copy.deepcopy({(1, (2, 3)): "t", (4, [5, 6].__len__()): "u", "k": {1: [2]}}))

# Nesting deeper than the recursion limit.
deep = []
for _ in range(5000):
    deep = [deep]
try:
    copy.deepcopy(deep)
except RecursionError as e:
    print("RecursionError", e)
shallow_enough = []
for _ in range(100):
    shallow_enough = [shallow_enough, (shallow_enough,), {"d": shallow_enough}]
cs = copy.deepcopy(shallow_enough)
print(cs[1][0] is cs[0], cs[2]["d"] is cs[0])

# Plain instances: the state dict gets a memo entry and a keep-alive slot, as in CPython.
from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)


class Bare:
    pass


class WithGetattr:
    def __getattr__(self, name):
        print("getattr", name)
        raise AttributeError(name)


it = Item("a", ["x"])
memo = {}
ci = copy.deepcopy([it, it, Bare()], memo)
print(ci[0], ci[0] is ci[1], ci[0].tags is not it.tags, type(ci[2]).__name__, memo_summary(memo))
own = Bare()
own.__deepcopy__ = lambda memo: "own hook"
own.value = [1]
print(copy.deepcopy([own]))
wg = WithGetattr()
wg.v = [1]
print(copy.deepcopy(wg).v)
renamed = Item("b", [])
print(copy.deepcopy(renamed, {id("tags"): "labels"}).__dict__)
Item.extra = "class attribute added later"
print(copy.deepcopy(it).extra, vars(copy.deepcopy(Bare())))

# Fast paths added for the probe workloads: `x[i]` with `i` a local, `x is None` as a
# branch, str and tuple comparisons, instance truth through __bool__/__len__, str.partition,
# list.pop at the end. Each must behave exactly like the general path.


def subscr(seq, i):
    return seq[i]


class Box:
    def __getitem__(self, k):
        return ("box", k)


class MyList(list):
    def __getitem__(self, i):
        return "sub", i


for seq, i in [([1, 2, 3], 0), ([1, 2, 3], -1), ((4, 5), 1), ({"a": 1, 2: "b"}, "a"), ({2: "b"}, 2),
               ("xyz", 1), (b"ab", 0), (Box(), 7), (MyList([1, 2]), 0), (range(10), 3), ({1.0: "f"}, 1)]:
    print(type(seq).__name__, subscr(seq, i))

for seq, i in [([1], 5), ((), 0), ({}, "k"), ([1], "x"), (None, 0), ({}, [])]:
    try:
        subscr(seq, i)
    except Exception as e:
        print(type(e).__name__, e)


def unbound_key(seq):
    if False:
        k = 0
    return seq[k]


try:
    unbound_key([1])
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def nones(xs):
    out = []
    for x in xs:
        if x is None:
            out.append("none")
        elif x is not None and x == 0:
            out.append("zero")
        else:
            out.append(repr(x))
    return out


print(nones([None, 0, False, "", (), 0.0, [None]]))
print([p for p in [1, None, 2, None] if p is not None], [p for p in [1, None] if p is None])
n = None
while n is None:
    n = 3
print(n)

strs = ["", "a", "b", "ab", "é", "z", "\U0001f600", "a\x00"]
print([[int(op(a, b)) for op in (str.__eq__, str.__ne__)] for a in strs for b in strs][:5])
print([(a < b, a <= b, a > b, a >= b, a == b, a != b) for a in strs for b in strs if a != b][:6])
print(sorted(strs), "a" == "a", "a" != "a", "x" < "y" < "z")


class S(str):
    def __eq__(self, other):
        return "S.__eq__"

    __hash__ = str.__hash__


print(S("a") == "a", "a" == S("a"), S("a") != "a")
tups = [(), (1,), (1, 2), (1, 2.0), (True, 2), ("op", "("), ("op", ")"), ((1, "a"), None), (1, [2])]
print([[a == b for b in tups] for a in tups])
print([[a != b for b in tups] for a in tups][1])


class Eq:
    def __eq__(self, other):
        print("Eq.__eq__ called")
        return True


print((Eq(), 1) == (Eq(), 1), (1, Eq()) != (1, 2))
x = float("nan")
print((x,) == (x,), (1, x) != (1, x))


class Base:
    def __len__(self):
        return 0


class Derived(Base):
    pass


d = Derived()
print(bool(d), not d, "yes" if d else "no")
Base.__len__ = lambda self: 2
print(bool(d))
Base.__bool__ = lambda self: False
print(bool(d))
del Base.__bool__
print(bool(d))
Derived.__bool__ = lambda self: 1
try:
    bool(d)
except TypeError as e:
    print("TypeError", e)

for s, sep in [("a__b", "__"), ("ab", "__"), ("é__x__y", "__"), ("xé", "é"), ("", "a"), ("aaa", "aa"),
               ("k" * 70 + "__op", "__"), ("__", "__"), ("a_b_c", "_")]:
    print(s.partition(sep), s.rpartition(sep))
for bad in [lambda: "a".partition(), lambda: "a".partition(""), lambda: "a".partition(1),
            lambda: b"a".partition(), lambda: "a".isdigit(1), lambda: "a".partition(sep="a")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

stack = [1, 2, 3, 4]
print(stack.pop(), stack.pop(-1), stack.pop(0), stack)
while stack:
    print(stack.pop())
try:
    stack.pop()
except IndexError as e:
    print("IndexError", e)

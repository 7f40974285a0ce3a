# The common built-in calls (list.append/pop, len, dict.get, sum) have a shortcut in the VM;
# every unusual form of them must still behave (and fail) exactly as the general call does.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

l = [1, 2, 3]
l.append(4)
print(l, l.pop(), l.pop(0), l.pop(-1), l)
show(lambda: [].pop())
show(lambda: [1].pop(1))
show(lambda: [1].pop(-2))
show(lambda: [1, 2].pop(True))
show(lambda: [1, 2].pop(1.0))
show(lambda: [1, 2].pop("0"))
show(lambda: [1, 2].pop(0, 1))
show(lambda: [1, 2].pop(2**70))
show(lambda: l.append())
show(lambda: l.append(1, 2))
show(lambda: l.append(x=1))

# Through the class, and stored in variables.
m = [5]
list.append(m, 6)
print(m, list.pop(m), list.pop(m, 0), m)
show(lambda: list.append(m))
show(lambda: list.append((), 1))
show(lambda: list.pop(()))
show(lambda: list.pop())
ap, pp = m.append, list.pop
ap(7)
ap(8)
print(pp(m), m)
f = len
print(f("héllo"), f([1]), f((1, 2)), f({1: 2}), f({1}), f(frozenset()), f(b"ab"), f(bytearray(3)), f(range(5)))
show(lambda: len())
show(lambda: len(1))
show(lambda: len([], []))
show(lambda: len(obj=[]))

# Subclasses that override, and ones that don't.
class L(list):
    def append(self, x):
        print("L.append", x)
        super().append(x * 10)
    def pop(self, *a):
        print("L.pop", a)
        return super().pop(*a)
    def __len__(self):
        return 42

s = L([1])
s.append(2)
print(s.pop(), s.pop(0), s, len(s), list.__len__(s))
class L2(list):
    pass
s2 = L2()
s2.append(3)
list.append(s2, 4)
print(s2, s2.pop(), list.pop(s2), s2, len(s2))

class D(dict):
    def __missing__(self, k):
        return "missing"
    def get(self, k, d=None):
        return ("D.get", k, d)
class D2(dict):
    def __missing__(self, k):
        return "missing"

d = {"a": 1, 2: "two", (1, 2): "tup", 2.5: "f"}
print(d.get("a"), d.get("b"), d.get("b", 0), d.get(2), d.get(2.0), d.get(True), d.get((1, 2)), d.get(2.5))
print(D().get("x"), D2(a=1).get("a"), D2().get("x"), D2()["x"], dict.get(d, "a"), dict.get(D2(), "z", 9))
show(lambda: d.get())
show(lambda: d.get(1, 2, 3))
show(lambda: d.get([]))
show(lambda: dict.get([], 1))
show(lambda: d.get(k=1))

class K:
    def __hash__(self):
        return hash("a")
    def __eq__(self, other):
        print("K.__eq__")
        return other == "a"
print(d.get(K()), {K(): 5}.get("a"))

g = d.get
print(g("a"), g("q", "dflt"))

print(sum([1, 2, 3]), sum((4, 5)), sum([]), sum(()), sum([True, 2]), sum([1.5, 2]), sum([2**62, 2**62]))
print(sum([1, 2], 10), sum([[1], [2]], []), sum([-2**63, -1]))
show(lambda: sum())
show(lambda: sum(1))
show(lambda: sum(["a"]))
show(lambda: sum([1], "x"))
show(lambda: sum([1, "a"]))
class SumList(list):
    def __iter__(self):
        return iter([100])
print(sum(SumList([1, 2])), len(SumList([1, 2])))

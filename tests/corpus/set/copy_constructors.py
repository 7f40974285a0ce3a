# set()/frozenset()/list()/tuple() of a built-in container copy it directly; the copies
# must keep CPython's table layout (iteration order), identity rules and independence.
s = set(range(0, 200, 7))
for k in range(0, 200, 21):
    s.discard(k)          # dummies in the source table
s.update(["a", "bb", (1, 2), 3.5, -1])
for src in (s, frozenset(s), {9, 1, 5}, set(), frozenset()):
    a, b = set(src), frozenset(src)
    print(type(a).__name__, type(b).__name__, list(a) == list(src), list(b) == list(src), len(a), a == src)
    print(list(a)[:8], list(b)[:8])
a = set(s)
a.add("new")
print("new" in s, "new" in a, a is s)
f = frozenset(s)
print(frozenset(f) is f, set(f) is f, len(set(f)))
# A set grown past its first table, then shrunk: the copy is sized for what it holds.
g = set(range(100))
for k in range(95):
    g.discard(k)
print(list(set(g)), list(frozenset(g)))

l = [3, 1, 2]
t = (3, 1, 2)
cl, ct = list(l), tuple(l)
print(cl, ct, cl is l, cl == l, tuple(t) is t, list(t), tuple(list(t)) == t)
cl.append(9)
print(l, cl, list([]), tuple([]), tuple([]) == ())


class S(set):
    def __iter__(self):
        print("S.__iter__")
        return super().__iter__()


class L(list):
    def __iter__(self):
        print("L.__iter__")
        return iter([7, 7])


print(sorted(set(S({4, 5}))), list(L([1, 2])), tuple(L([1])), set(L([1, 2])))
print(type(set(S({1}))).__name__, type(list(L())).__name__)


class MySet(set):
    pass


m = MySet({1, 2})
print(type(m).__name__, sorted(m), type(MySet(s)).__name__, len(MySet(s)))
e1, e2 = set(), set()
e1.add(1)
print(e1, e2, list(), dict(), e1 is e2, list() is list(), dict() is dict(), frozenset(), tuple())

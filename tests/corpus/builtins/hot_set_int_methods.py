# set.add, set.discard and int.bit_length have a shortcut in the VM for a plain set with a
# simple key and a small int; every other form must behave (and fail) as the general call.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = set()
for k in ["a", 1, 2.5, (1, "x"), None, True, "a", 1.0, (1, "x")]:
    s.add(k)
print(sorted(map(repr, s)), len(s))
for k in ["a", 1, "missing", (1, "x"), 3.0]:
    s.discard(k)
print(sorted(map(repr, s)), len(s))

# Adds and discards cycling through the same keys leave dummies; order must stay CPython's.
t = {10, 20, 30}
for i in range(200):
    t.add(i % 7)
    t.discard((i + 3) % 7)
print(list(t), len(t))

# Keys compared by Python code, unhashable keys, frozensets, subclasses, wrong arity.
class Key:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, Key) and o.v == self.v
s2 = set()
s2.add(Key(1)); s2.add(Key(1)); s2.add(Key(2))
print(len(s2))
s2.discard(Key(1))
print(len(s2), [k.v for k in s2])
show(lambda: s2.add([]))
show(lambda: s2.discard([]))
show(lambda: s2.discard({1}))
show(lambda: set.add(frozenset(), 1))
show(lambda: s2.add())
show(lambda: s2.add(1, 2))
show(lambda: s2.discard())
class MySet(set):
    pass
ms = MySet([1])
ms.add(2); ms.discard(1); print(ms, type(ms).__name__)
f = set.add
g = set().discard
print(f(s2, 9), g(1), 9 in s2)
u = {frozenset({1})}
u.discard({1})
print(u)

# Changing a set while iterating over it is still caught.
try:
    for x in t:
        t.add(x + 100)
except RuntimeError as e:
    print("RuntimeError:", e)

for n in [0, 1, -1, 255, 256, -256, 2**62, -2**63, 2**63 - 1, 2**63, -2**64, 2**100]:
    print(n.bit_length(), end=" ")
print()
print(True.bit_length(), False.bit_length())
show(lambda: (5).bit_length(1))
show(lambda: int.bit_length("x"))
show(lambda: int.bit_length())
class MyInt(int):
    def bit_length(self): return "own"
print(MyInt(5).bit_length(), int.bit_length(MyInt(5)))

s = set()
for i in range(20):
    s.add(i % 7)
    s.add(str(i % 3))
print(sorted(s, key=str), len(s))
s.add((1, 2)); s.add((1, 2)); s.add(1.0); s.add(True)
print(len(s))
try:
    s.add([1])
except TypeError as e:
    print(e)
try:
    set.add(frozenset(), [])
except TypeError as e:
    print(e)
try:
    frozenset().add(1)
except AttributeError as e:
    print(e)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 0
    def __eq__(self, o): print("eq", self.v, o.v); return self.v == o.v
t = {K(1)}
t.add(K(1)); t.add(K(2))
print(len(t))
class S(set): pass
u = S(); u.add(3); u.add(3); print(u, type(u).__name__)
set.add(u, 4); print(sorted(u))

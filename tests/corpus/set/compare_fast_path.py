a = {1, 2, 3}
b = frozenset([3, 2, 1])
c = {1, 2}
for x, y in [(a, b), (a, c), (c, a), (b, c), (set(), a), (a, a), ({"x", "y"}, {"y", "x"}), ({"x"}, {"z"}), ({1.0, 2}, {1, 2.0}), ({(1, 2)}, {(1, 2)}), ({1, 2}, {1, 3})]:
    print(x == y, x != y, x < y, x <= y, x > y, x >= y)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): print("eq"); return self.v == o.v
print({K(1)} == {K(1)}, {K(1)} != {K(2)}, {K(1)} <= {K(1), 5})
print({1} == [1], {1} != (1,))
try:
    {1} < [1]
except TypeError as e:
    print(e)
# Subclasses keep their own comparisons, on either side.
class S(set):
    def __eq__(self, o):
        return "S.eq"
    def __lt__(self, o):
        return "S.lt"
for _ in range(2):
    print(S({1}) == {1}, {1} == S({1}), S({1}) < {1, 2}, {1, 2} > S({1}), S({1}) != {1}, frozenset({1}) != S({2}))

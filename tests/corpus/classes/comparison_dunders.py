class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
    def __le__(self, other):
        return self.n <= other.n
    def __repr__(self):
        return f"V({self.n})"
a, b, c = V(1), V(2), V(1)
print(a == c, a == b, a != b, a != c)
print(a < b, b < a, a <= c, b > a, b >= a)
print(sorted([V(3), V(1), V(2)]))
print(min(V(5), V(4)), max([V(7), V(9), V(8)]))
print(a == 1, 1 == a, a != "x")
try:
    a < 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
class NoCmp:
    pass
try:
    NoCmp() < NoCmp()
except TypeError as e:
    print("TypeError:", e)
x = NoCmp()
print(x == x, x == NoCmp(), x != NoCmp())

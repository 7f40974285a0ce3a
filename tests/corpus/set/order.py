# Iteration order of sets must match CPython exactly.
print({3, 1, 2})
print({8, 16, 0, 24, -8, 5})
print(set(range(20, 0, -3)))
print({-1, -2, 2**61 - 1, 2**61, 2**62, 2**64, -(2**63)})
print({(1, 2), (2, 1), (0, 0), (-1, -1), ()})
print({1.5, 2.5, 0.1, -0.0, 1e300, float("inf")})
print({True, 1, 1.0, 2, 2.0})
s = set()
for i in range(0, 200, 7):
    s.add(i * 31 % 97)
print(s)
for i in range(0, 200, 14):
    s.discard(i * 31 % 97)
print(s)
s.update(range(50))
print(s)
s = {0, 8, 16}
s.discard(0)
s.discard(8)
s.add(24)
s.add(40)
print(s)
p = {5, 13, 21, 29, 37}
print([p.pop() for _ in range(3)], p)
a = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 200}
b = {5, 6, 7, 200, 300, 400, 9}
print(a | b)
print(b | a)
print(a & b)
print(b & a)
print(a - b)
print(b - a)
print(a ^ b)
print(b ^ a)
print(a.union([1000, 2000], (3000,)))
print(a.intersection(range(5, 300, 3)))
print(a.difference([1, 2], {3, 4}))
print(a.symmetric_difference([1, 2, 500, 600, 500]))
c = set(a)
c -= {1, 2, 3}
print(c)
c &= {4, 5, 6, 7, 8, 9, 10, 11}
print(c)
c ^= {1, 4, 50}
print(c)
c |= {-1, -2, -3}
print(c)
print(frozenset([3, 2, 1]) | {9, 8})
print({9, 8} | frozenset([3, 2, 1]))
print(set("abc") == set("cba"), len(set("hello")))
print(sorted({"b", "a", "c"}))
print({x * x for x in range(-5, 6)})

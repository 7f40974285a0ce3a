# Tuple and list unpacking in every shape: swaps, starred targets, nested targets, for-loop
# targets, unpacking from generators, strings, dicts and custom iterables.

def rotate(seq, n):
    a, b, c, d, e, f, g, h, i, j = seq
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = b, c, d, e, f, g, h, i, j, a
    return a, b, c, d, e, f, g, h, i, j


def fib_pairs(n):
    a, b = 0, 1
    out = []
    for _ in range(n):
        a, b = b, a + b
        out.append((a, b))
    return out


class Triple:
    def __init__(self, *items):
        self.items = items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)


total = 0
for k in range(500):
    t = rotate(tuple(range(k, k + 10)), k % 13)
    a, *mid, z = t
    total += a * 3 + z - len(mid) + sum(mid[::3])
print("rotate", total, rotate(list("abcdefghij"), 3))
pairs = fib_pairs(30)
s = 0
for i, (a, b) in enumerate(pairs):
    s += i * a - b % 7
print("fib", s, pairs[-1])
(a, b), [c, (d, *e)], f = (1, 2), [3, (4, 5, 6, 7)], "xy"
print(a, b, c, d, e, f)
first, *rest = "hello"
*init, last = range(6)
head, *_, tail = [1]  + [2] * 3 + [9]
print(first, rest, init, last, head, tail)
x, y, z = Triple(10, 20, 30)
p, q = {"one": 1, "two": 2}
m, n = {"one": 1, "two": 2}.items()
print(x + y + z, p, q, m, n)
g1, g2, *g3 = (i * i for i in range(6))
print(g1, g2, g3)
for idx, (key, (lo, hi)) in enumerate(sorted({"b": (3, 4), "a": (1, 2), "c": (5, 6)}.items())):
    print(idx, key, lo, hi, end="; ")
print()
for bad in [(1,), (1, 2, 3), [1, 2, 3, 4]]:
    try:
        u, v = bad
    except ValueError as exc:
        print("ValueError:", exc)
try:
    a, b, *c, d = (1, 2)
except ValueError as exc:
    print("ValueError:", exc)
try:
    a, b = 5
except TypeError as exc:
    print("TypeError:", exc)
try:
    a, b = Triple(1, 2, 3)
except ValueError as exc:
    print("ValueError:", exc)
matrix = [(i, i + 1, i + 2) for i in range(0, 300, 3)]
acc = 0
for a, b, c in matrix:
    acc += a * b - c
cols = list(zip(*matrix))
print("matrix", acc, len(cols), sum(cols[2]))
d = {}
d["k"], d["j"] = d["j"], d["k"] = 1, 2
print(sorted(d.items()))
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
a = b = c = [1, 2]
a[0], b[1] = c
print(a, b, c)

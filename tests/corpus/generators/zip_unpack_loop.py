# `for a, b in zip(...)` takes the fields without making a tuple; every form of zip must
# still give the items, errors and laziness of CPython.

a = [1, 2, 3]
b = (4, 5, 6)
for x, y in zip(a, b):
    print(x, y)
for x, y, z in zip(a, b, range(10)):
    print(x + y + z)
for w, x, y, z in zip("abcd", b"wxyz", bytearray(b"12"), range(3)):
    print(w, x, y, z)
for v, w, x, y, z in zip(a, a, a, a, a):
    print(v + w + x + y + z)
print([p * q for p, q in zip(b"abc", bytearray(b"xyz"))])
print({k: v for k, v in zip("abc", range(3))})
print(sum(x ^ y for x, y in zip(range(100), range(100, 0, -1))))


def gen(n):
    for i in range(n):
        print("gen", i)
        yield i


for x, y in zip(gen(3), "ab"):
    print(x, y)

# Width mismatch: the tuple's unpacking error.
for bad in [lambda: [0 for x, y in zip(a, b, a)], lambda: [0 for x, y, z in zip(a, b)], lambda: [0 for (x,) in zip(a, b)]]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

# strict=True errors, from the first and a later argument.
for args in [(a, [1]), ([1, 2], [1, 2, 3]), ([1], [1], [1, 2])]:
    try:
        for x, *rest in zip(*args, strict=True):
            print(x, rest)
        for x, y in zip(*args[:2], strict=True):
            print(x, y)
    except ValueError as e:
        print("ValueError:", e)

# The zip object itself stays usable inside and after the loop.
z = zip(a, b)
for x, y in z:
    print(x, y, list(z))
print(list(z))

# An iterator raising inside zip.
def boom():
    yield 1
    raise KeyError("boom")

try:
    for x, y in zip(a, boom()):
        print(x, y)
except KeyError as e:
    print("KeyError:", e)

# Items that are themselves fresh objects survive the loop body's allocations.
rows = [[i, str(i)] for i in range(50)]
keep = []
for lst, s in zip(rows, (str(i) * 3 for i in range(50))):
    junk = [str(j) for j in range(100)]
    keep.append((lst[1], s))
print(keep[:3], keep[-1], len(keep))

# Inside a generator, and a loop target that is not plain locals.
def pairs(xs, ys):
    for x, y in zip(xs, ys):
        yield x * y

print(list(pairs(a, b)))
d = {}
for d["k"], d["v"] in zip(a, b):
    pass
print(d)
g = 0
def glob():
    global g
    for g, h in zip(a, b):
        pass
    return h
print(glob(), g)

# A later iterator that drops the item an earlier one gave and forces a collection, then
# allocates over the freed space: the item must survive (locals of a function, where the
# loop targets are fast locals).
import gc
lst = [[i] * 3 for i in range(5)]


def clearer():
    for i in range(5):
        lst[i] = None
        gc.collect()
        junk = [[j, "x"] for j in range(3000)]
        yield i


def drive():
    for item, i in zip(lst, clearer()):
        print(item, i, [str(j) for j in range(3)])


drive()
print(lst)

# `for i, x in enumerate(...)` over lists, tuples, ranges and bytes (stepped in the loop),
# with start values near the int limits, the enumerate advanced by hand mid-loop, and the
# list growing while it is iterated.
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
for i, c in enumerate("ab"):
    print(i, c)
for i, c in enumerate(range(3), 2**63 - 2):
    print(i, c)
for i, c in enumerate([5, 6], -3):
    print(i, c)
for i, c in enumerate(b"hi", 10**20):
    print(i, c)
for i, c in enumerate((7, 8), True):
    print(i, c)
e = enumerate([1, 2, 3])
for i, v in e:
    print(i, v, next(e, None))
print(list(e))
grow = [1, 2]
for i, v in enumerate(grow):
    if i < 3:
        grow.append(v)
print(grow)
it = iter([4, 5, 6])
next(it)
for i, v in enumerate(it):
    print(i, v)
for i, v in enumerate(range(10, 0, -3)):
    print(i, v)

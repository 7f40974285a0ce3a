# Slice assignment whose value is a slice of a list (`a[:k + 1] = a[k::-1]`, the prefix
# reversal of fannkuch): reversed and stepped sources, negative steps, sources that are the
# target itself, other sequence types, list subclasses, bounds from __index__ and operators,
# errors raised between the slice and the store, and the collector running in between.
import gc


def flips(perm):
    perm = perm[:]
    count = 0
    k = perm[0]
    while k:
        perm[:k + 1] = perm[k::-1]
        count += 1
        k = perm[0]
    return count, perm


print(flips([3, 1, 0, 2]), flips([2, 0, 1]), flips([0]), flips([4, 3, 2, 1, 0]))

a = list(range(10))
a[:5] = a[4::-1]
print(a)
a[2:8] = a[::-1]
print(a, len(a))
a[::2] = a[1::2]
print(a)
a[::-1] = a[:]
print(a)
a[1:3] = a[9:0:-3]
print(a)
a[-3:] = a[-1:-4:-1]
print(a)
a[5:2] = a[2:5]
print(a)
a[:] = a[100:]
print(a)

b = [1, 2, 3, 4]
alias = b
b[:2] = b[1::-1]
print(b, alias is b)
keep = b[::-1]
b[:] = keep
print(b, keep)
keep.append(0)
print(b, keep)

t = (1, 2, 3)
c = [9, 9, 9, 9]
c[:3] = t[::-1]
print(c)
s = "abcd"
c[1:] = s[::-2]
print(c)
r = range(5)
c[:2] = r[::-1]
print(c)


class L(list):
    def __getitem__(self, key):
        print("L.__getitem__", key)
        return super().__getitem__(key)

    def __setitem__(self, key, value):
        print("L.__setitem__", key, value)
        self.saved = value
        super().__setitem__(key, value)


lst = L([5, 6, 7])
lst[:2] = lst[1::-1]
print(lst, lst.saved, type(lst.saved).__name__)
plain = [1, 2, 3]
lst2 = L([0, 0, 0])
lst2[:2] = plain[::-1]
lst2.saved.append("x")
print(lst2, lst2.saved, plain)


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


d = [0, 1, 2, 3, 4]
d[:Idx(3)] = d[Idx(2)::-1]
print(d)


class Bound:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        gc.collect()
        if other == 99:
            raise ValueError("no bound")
        return self.v + other


e = [1, 2, 3, 4, 5]
e[:Bound(1) + 1] = e[1::-1]
print(e)
for i in range(3):
    try:
        e[:Bound(0) + 99] = e[::-1]
    except ValueError as err:
        print("ValueError", err, e)
    fresh = [i] * 3
    print(fresh, e[::-1])

try:
    e[::2] = e[::-1]
except ValueError as err:
    print("ValueError", err)
print(e)
try:
    e[:2] = e[None:"x"]
except TypeError as err:
    print("TypeError", err)

total = 0
for n in range(2000):
    p = list(range(8))
    p[0], p[n % 8] = p[n % 8], p[0]
    k = p[0]
    while k:
        p[:k + 1] = p[k::-1]
        k = p[0]
    kept = p[::-1]
    total += kept[0] + p[-1] + len(kept)
print(total)

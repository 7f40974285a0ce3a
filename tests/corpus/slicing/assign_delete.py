# Slice assignment and deletion on lists and bytearrays: every length change and step.
base = list(range(8))
bounds = [None, 0, 2, 5, -1, -3, 8, 20, -20, True, 2**63, -2**63 - 1]
news = [[], ["a"], ["a", "b", "c"], ("t", "u"), "xy", range(3), iter([7, 8]), (i * i for i in range(2))]

for a in bounds:
    row = []
    for b in bounds:
        for new in [[], ["a"], ["a", "b", "c"]]:
            l = base[:]
            l[a:b] = new
            row.append("".join(map(str, l)))
    print(a, " ".join(row))

for new in news:
    l = base[:]
    l[2:4] = new
    print(l)

for a in bounds:
    print(a, end=":")
    for b in bounds:
        l = base[:]
        del l[a:b]
        ba = bytearray(b"abcdefgh")
        del ba[a:b]
        print(" " + "".join(map(str, l)) + "/" + ba.decode(), end="")
    print()

# Extended slices: deletion with every step, assignment of exactly-sized sequences.
for step in [2, 3, -1, -2, -3, 7, -7, 100, -100]:
    for a in [None, 0, 1, 6, -2]:
        for b in [None, 0, 5, -6]:
            l = base[:]
            del l[a:b:step]
            ba = bytearray(b"abcdefgh")
            del ba[a:b:step]
            m = base[:]
            n = len(m[a:b:step])
            m[a:b:step] = [c * 10 for c in range(n)]
            print(step, a, b, l, ba, m)

# Self-assignment and aliasing.
l = [1, 2, 3, 4]
l[1:3] = l
print(l)
l = [1, 2, 3, 4]
l[::-1] = l
print(l)
l = [1, 2, 3, 4]
l[:] = l[::-1]
print(l)
l = [1, 2, 3, 4, 5]
l[:3] = l[2::-1]
print(l)
l = [1, 2, 3]
l[len(l):] = [4, 5]
l[:0] = [0]
print(l)
t = [0] * 3
t[1:2] = (9, 9, 9)
print(t)

# The fannkuch flip: reverse a prefix in place.
perm = list(range(9))
for k in range(9):
    perm[:k + 1] = perm[k::-1]
    print(perm)

# bytearray slice assignment (other path), bytes-like and int iterables.
ba = bytearray(b"hello world")
ba[0:5] = b"HELLO"
ba[6:] = bytearray(b"there!")
ba[:0] = [62, 32]
print(ba)
ba[::2] = b"x" * len(ba[::2])
print(ba)

# Errors, as CPython words them.
def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


def set_(obj, a, b, v, step=None):
    if step is None:
        obj[a:b] = v
    else:
        obj[a:b:step] = v


def del_(obj, a, b, step=None):
    if step is None:
        del obj[a:b]
    else:
        del obj[a:b:step]


attempt(lambda: set_([1, 2, 3], 0, 1, 5))
attempt(lambda: set_([1, 2, 3], 0, 3, 5, 2))
attempt(lambda: set_([1, 2, 3], 0, 3, [1], 2))
attempt(lambda: set_([1, 2, 3], None, None, [1, 2], -1))
attempt(lambda: set_([1, 2, 3], 0, 1, [1], 0))
attempt(lambda: set_([1, 2, 3], "a", 1, [1]))
attempt(lambda: set_([1, 2, 3], 0, 1.5, [1]))
attempt(lambda: set_((1, 2, 3), 0, 1, [1]))
attempt(lambda: set_("abc", 0, 1, "x"))
attempt(lambda: set_(b"abc", 0, 1, b"x"))
attempt(lambda: set_(5, 0, 1, [1]))
attempt(lambda: set_(None, 0, 1, [1]))
attempt(lambda: set_(range(4), 0, 1, [1]))
attempt(lambda: set_(bytearray(b"abc"), 0, 1, [300]))
attempt(lambda: set_(bytearray(b"abc"), 0, 3, b"x", 2))
attempt(lambda: del_([1, 2], 0, 1, 0))
attempt(lambda: del_([1, 2], 0, "x"))
attempt(lambda: del_((1, 2), 0, 1))
attempt(lambda: del_("ab", 0, 1))
attempt(lambda: del_(5, 0, 1))
attempt(lambda: del_({}, 0, 1))

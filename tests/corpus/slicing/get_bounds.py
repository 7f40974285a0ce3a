# Reading slices of the builtin sequences: every kind of bound the slice instructions see.
import sys

seqs = [
    list(range(6)),
    tuple(range(6)),
    "abcdef",
    "añ€é𝄞f",
    b"abcdef",
    bytearray(b"abcdef"),
    range(6),
    range(3, 40, 7),
]
bounds = [None, 0, 1, 3, -1, -3, 5, 6, 7, 100, -100, True, False,
          2**63 - 1, -2**63, 2**63, -2**63 - 1, 10**30, -10**30]
steps = [None, 1, 2, 3, -1, -2, -3, 100, -100, True, 2**63, -2**63, 10**30, -10**30]


def show(x):
    """A short token for a slice result: its type's initial and its items."""
    if isinstance(x, (bytes, bytearray)):
        body = x.decode()
    elif isinstance(x, str):
        body = x
    else:
        body = ",".join(map(str, x))
    return type(x).__name__[0] + body


for s in seqs:
    out = []
    for a in bounds:
        for b in bounds:
            out.append(show(s[a:b]))
    print(type(s).__name__, " ".join(out))
    print(" ".join(show(s[a:b]) for a in [None, 2, -2, 2**70] for b in [None, 5, -5, -2**70]))
    for st in steps:
        print(st, " ".join(show(s[a:b:st]) for a in [None, 0, 2, 5, -2, 50, -50] for b in [None, 0, 3, -3, 50, -50]))

# Results are new objects of the same type; immutable sequences sliced whole are themselves.
t = (1, 2, 3)
print(t[:] is t, t[0:3] is t, t[0:] is t, t[::1] is t, t[::-1] == (3, 2, 1), t[:2] is t)
s = "hello"
print(s[:] is s, s[0:5] is s, s[::1] is s, s[1:] == "ello")
b = b"bytes"
print(b[:] is b, b[0:5] is b)
l = [1, 2]
print(l[:] is l, l[:] == l, type(l[:]).__name__)
ba = bytearray(b"xy")
print(ba[:] is ba, ba[:] == ba)

# Bounds computed from expressions, variables, and evaluated left to right.
order = []


def v(x):
    order.append(x)
    return x


data = list(range(20))
print(v(data)[v(2):v(12):v(3)], order)
order.clear()
print(v("abcdef")[v(1):v(4)], order)


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        order.append(("index", self.n))
        return self.n


order.clear()
print(data[Idx(2):Idx(9):Idx(2)], order)
order.clear()
print("abcdefgh"[Idx(1):Idx(-1)], (1, 2, 3, 4)[Idx(-2):], b"xyz"[:Idx(2)], order)
i, j = 3, 7
print(data[i:j], data[i:], data[:j], data[-j:-i], data[j:i:-1], data[::i])
print(sys.maxsize, data[sys.maxsize:], data[-sys.maxsize - 1:2], data[:-sys.maxsize - 1])
print(bool(data[1:1]), data[5:2], "abc"[2:1], (1, 2)[5:])

# `for a, b in enumerate(...)` takes the index and item without a tuple: the same values,
# errors and iterator state as unpacking the tuples would give.
import sys

words = ["a", "bb", "ccc"]
for i, w in enumerate(words):
    print(i, w)
for i, w in enumerate(words, 10):
    print(i, w)


def gen():
    yield "x"
    yield "y"


def in_function():
    out = []
    for i, v in enumerate(gen()):
        out.append((i, v))
    for i, v in enumerate({3, 1, 2}):
        out.append((i, v))
    for k, (a, b) in enumerate([(1, 2), (3, 4)]):
        out.append((k, a + b))
    # Starts near the int boundary: the index becomes a big int.
    for i, v in enumerate("pq", sys.maxsize):
        out.append((i, v))
    for i, v in enumerate("abcd"):
        if v == "b":
            continue
        if v == "d":
            break
        out.append((i, v))
    else:
        out.append("no break")
    # The same name twice: the last part wins, as with a tuple.
    for i, i in enumerate("xyz"):
        out.append(i)
    # Partly consumed, then resumed by another loop.
    e = enumerate("hello")
    for i, c in e:
        if i == 1:
            break
    for i, c in e:
        out.append((i, c))
    print(out)


in_function()


def failing():
    yield 1
    raise ValueError("inner")


def raises_inside():
    try:
        for i, v in enumerate(failing()):
            print("got", i, v)
    except ValueError as exc:
        print("caught", exc)
    # Items that are not pairs still go through the general unpacking.
    try:
        for a, b in enumerate([1]), :
            print(a, b)
    except ValueError as exc:
        print("ValueError", exc)
    # zip and dict items are pairs too.
    for a, b in zip("ab", "cd"):
        print(a, b)
    for k, v in {"k": 1, "j": 2}.items():
        print(k, v)


raises_inside()

# At module level the targets are globals.
for n, ch in enumerate("mo"):
    print(n, ch)
print(n, ch)

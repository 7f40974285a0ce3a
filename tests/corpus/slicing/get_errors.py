# Errors from reading slices, worded as CPython 3.13 words them.
import traceback


class NoIndex:
    pass


class BadIndex:
    def __index__(self):
        return "not an int"


class RaisingIndex:
    def __index__(self):
        raise RuntimeError("index failed")


five, none, half, aset = 5, None, 2.5, {1, 2}
cases = [
    lambda: five[1:2],
    lambda: five[1:2:3],
    lambda: none[:],
    lambda: half[::-1],
    lambda: len[0:1],
    lambda: {1: 2}[0:1],
    lambda: aset[0:1],
    lambda: [1, 2][1.5:],
    lambda: [1, 2][:"x"],
    lambda: [1, 2][::None.__class__],
    lambda: [1, 2][::0],
    lambda: "ab"[::0],
    lambda: (1,)[::0],
    lambda: b"ab"[::0],
    lambda: range(3)[::0],
    lambda: "ab"[1.0:],
    lambda: (1, 2)[NoIndex():],
    lambda: b"xy"[:NoIndex()],
    lambda: range(5)[:NoIndex()],
    lambda: [1, 2][BadIndex():],
    lambda: [1, 2][RaisingIndex():],
    lambda: [1, 2][::RaisingIndex()],
    lambda: [1, 2][1j:],
    lambda: iter([1])[0:1],
    lambda: (lambda: (x for x in "ab"))()[1:],
]
for f in cases:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


# The traceback points at the subscript.
def g(seq, lo):
    return seq[lo:3]


try:
    g(42, 0)
except TypeError:
    lines = traceback.format_exc().splitlines()
    print("\n".join(lines[-3:]))

r = range(2, 20, 3)
print(r, range(5), range(0, 5, 2), range(10, 0, -2))
print(r.start, r.stop, r.step, len(r), list(r))
print(range(5).start, range(5).step)
print(r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], range(10)[2:5], range(10)[-3:])
print(8 in r, 9 in r, 8.0 in r, "a" in r, r.index(11), r.count(11), r.count(12))
print(range(5) == range(0, 5), range(0) == range(2, 2), range(1, 2) == range(1, 3, 5), range(3) == [0, 1, 2], range(3) != range(4))
print(list(reversed(range(1, 10, 4))), list(reversed(range(0))), list(range(-5, 5, 3)), len(range(-5, 5, 3)))
print(bool(range(0)), bool(range(1)), list(range(3, 0)), list(range(0, -3, -1)))
print(range(2**40)[-1], len(range(0, 2**40, 7)))
for args in [(), (1, 2, 3, 4), (1, 2, 0), (1.5,), ("a",)]:
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    range(10)[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(10).index(20)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(10)["a"]
except TypeError as e:
    print(type(e).__name__, e)
s = slice(1, 10, 2)
print(s, slice(5), slice(1, 2), s.start, s.stop, s.step, slice(None).stop)
print(slice(1, 2).indices(10), slice(None, None, -1).indices(10), slice(-3, None).indices(5), slice(0, 100, 3).indices(10))
print(slice(-100, 100).indices(4), slice(5, -5, -2).indices(8))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
print([0, 1, 2, 3, 4, 5][slice(1, None, 2)], "hello"[slice(None, None, -1)])
for args in [(), (1, 2, 3, 4)]:
    try:
        slice(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for length in [-1]:
    try:
        slice(1).indices(length)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    slice(1, 2, 0).indices(3)
except ValueError as e:
    print(type(e).__name__, e)

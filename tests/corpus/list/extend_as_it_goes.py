# list.extend / += with an iterator append item by item (what the iterator sees of the list,
# and what an error leaves, match CPython); lists, tuples and ranges are copied first.
l = [1, 2]
l.extend(len(l) for _ in range(3))
print(l)
m = [0]
m += (len(m) for _ in range(3))
print(m)

def failing():
    yield "a"
    yield "b"
    raise ValueError("stop")
for target in ([], [9]):
    try:
        target.extend(failing())
    except ValueError as e:
        print("ValueError", e, target)
t = [1]
try:
    t += failing()
except ValueError as e:
    print("ValueError", e, t)

d = [1, 2]
d.extend(d)
d += d
print(d)
d.extend(range(3)); d.extend((7, 8)); d.extend("xy"); d.extend({5: 0}); d.extend(iter([6]))
print(d)
for bad in (5, None):
    try:
        [].extend(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    x = []
    x += 5
except TypeError as e:
    print("TypeError", e)
class L(list):
    pass
s = L([1])
s.extend(i * 2 for i in range(3))
s += iter([9])
print(type(s).__name__, s)
big = []
big.extend(i for i in range(100000))
print(len(big), big[-1])

print(max(3, 1, 2), min(3, 1, 2))
print(max([5, 9, 2]), min([5, 9, 2]))
print(max("hello"), min("hello"))
print(max([], default="empty"), min((), default=None))
print(max([1, 2, 3], key=lambda x: -x), min(["bb", "a", "ccc"], key=len))
print(max([1, 3, 3.0], key=lambda x: 0))
print(max((1, 'a'), (1, 'b')), min([[2], [1, 5]]))
print(max(1, 2.5), min(-1, -1.5))
print(max(iter([4, 8, 1])))

for args in [(), ([],), ((),)]:
    try:
        max(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    min(1, 2, default=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, foo=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, "a")
except TypeError as e:
    print(type(e).__name__, e)

print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([1, 2], start=5))
print(sum([0.1] * 10), sum([1, 2.5, 3]), sum([1e100, 1.0, -1e100]))
print(sum([True, True, 3]), sum(range(101)))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum([2**62, 2**62, 2**62]))
print(sum([0.1, 0.2, 0.3]), sum([1, 0.1, 2**70]))
print(sum([-0.0]), sum([], -0.0), sum([float('inf'), 1.0]))
for bad in ["", b"", bytearray()]:
    try:
        sum([], bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)

print(all([]), all([1, 2]), all([1, 0]), any([]), any([0, None, 3]), any(x > 2 for x in range(5)))
print(abs(-5), abs(5), abs(-2.5), abs(True), abs(-2**63), abs(-2**100))


class A:
    def __abs__(self):
        return "abs!"


print(abs(A()))
try:
    abs("a")
except TypeError as e:
    print(type(e).__name__, e)
print(len([1, 2]), len("héllo"), len({1: 2}), len(range(10)), len(b"ab"))
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)

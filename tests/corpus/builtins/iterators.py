print(list(zip([1, 2, 3], "ab")))
print(list(zip()), list(zip([1, 2])))
print(list(zip("ab", "cd", "ef")))
for a, b in [([1], [1, 2]), ([1, 2], [1])]:
    try:
        print(list(zip(a, b, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    list(zip([1], [1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1, 2], [1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1, 2], [3, 4], strict=True)))

print(list(map(str, [1, 2, 3])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)

print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(bool, [0, 1])))

print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate("ab", start=-1)))
print(list(enumerate([1], 2**64)))
try:
    enumerate()
except TypeError as e:
    print(type(e).__name__, e)

print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(5))))
print(list(reversed(range(0, 10, 3))), list(reversed({"a": 1, "b": 2})), list(reversed(b"ab")))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10


class Rev:
    def __reversed__(self):
        return iter("zyx")


print(list(reversed(Seq())), list(reversed(Rev())))
for bad in [1, {1}, iter([1])]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)

it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    next([])
except TypeError as e:
    print(type(e).__name__, e)

counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 4)))
try:
    iter(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)

print(sorted([3, 1, 2]), sorted("bca", reverse=True), sorted([3, 1, 2], key=lambda x: -x))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')]))
print(sorted(["b", "A", "a", "B"], key=str.lower))
print(sorted([5, 1, 4], reverse=True), sorted({3: 1, 1: 2}), sorted(set([3, 1, 2])))
data = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(range(100, 0, -7)))
print(sorted([2.5, 1, -3, 10**20, 0.5]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))

# `for` over instances of built-in container subclasses: those that keep the base's
# `__iter__` iterate the payload (the loop's own iterator), others call their `__iter__`.
class Coll(list):
    pass


class Pair(tuple):
    pass


class Rev(list):
    def __iter__(self):
        return reversed(list.__iter__(self)) if False else iter(self[::-1])


class Counted(list):
    calls = 0

    def __iter__(self):
        Counted.calls += 1
        return super().__iter__()


c = Coll([1, 2, 3])
for x in c:
    if x < 3:
        c.append(x + 10)       # the loop sees what is appended, as for a list
print(c)
total = 0
for _ in range(3):
    for x in c:
        if x == 11:
            break              # a loop left early, over and over
        total += x
print(total)
for a in Pair((1, 2)):
    for b in Coll("xy"):
        print(a, b, end="; ")
print()
print([x for x in Rev([1, 2, 3])], list(Rev([4, 5])))
for x in Rev([7, 8]):
    print(x, end=" ")
print()
k = Counted([5, 6])
for _ in range(3):
    for x in k:
        pass
print(Counted.calls, sum(k), sorted(k))


def later(cls):
    cls.__iter__ = lambda self: iter(["patched"])


later_coll = Coll([1])
for x in later_coll:
    print(x)
later(Coll)
for x in later_coll:
    print(x)
del Coll.__iter__
for x in later_coll:
    print(x)

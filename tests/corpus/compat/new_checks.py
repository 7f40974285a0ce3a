# `int.__new__(cls)` and friends check cls as CPython does; iterator type names.
import itertools

for owner, arg in [(int, str), (str, int), (float, int), (list, dict), (tuple, list), (dict, list),
                   (int, bool), (bytes, str), (set, int), (frozenset, set), (BaseException, int)]:
    try:
        print(owner.__new__(arg))
    except TypeError as e:
        print(e)
for bad in [5, "int"]:
    try:
        int.__new__(bad)
    except TypeError as e:
        print(e)
try:
    int.__new__()
except TypeError as e:
    print(e)


class MyInt(int):
    pass


class MyList(list):
    pass


print(type(int.__new__(MyInt, 5)).__name__, int.__new__(MyInt, 5) + 1, type(list.__new__(MyList)).__name__)
print(type(ValueError.__new__(ValueError, "x")).__name__)
for key, group in itertools.groupby("aabbc"):
    print(key, type(group), list(group))
a, b = itertools.tee([1, 2])
print(type(a), type(a).__module__, type(a).__name__, list(a), list(b))
big = iter(range(2**70, 2**70 + 2))
print(type(big), type(big).__name__, list(big), type(iter(range(3))).__name__)
print(itertools._grouper.__name__, itertools._tee.__name__)
print(int | None == __import__("typing").Optional[int], __import__("typing").Union[int, str] == int | str)

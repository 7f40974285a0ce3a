# Unbound built-in methods called with no receiver raise CPython's TypeError (some crashed).
calls = [
    lambda: list.sort(), lambda: list.reverse(), lambda: list.copy(), lambda: list.index(),
    lambda: list.pop(), lambda: list.__len__(), lambda: dict.keys(), lambda: dict.get(),
    lambda: dict.items(), lambda: dict.setdefault(), lambda: set.add(), lambda: str.upper(),
    lambda: bytes.hex(), lambda: int.bit_length(), lambda: tuple.count(), lambda: str.__len__(),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
sort = list.sort
try:
    sort(key=len)
except TypeError as e:
    print(e)
print(list.pop([1, 2]), dict.get({1: 2}, 1), str.upper("a"))

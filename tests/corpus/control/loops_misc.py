total = 0
for i in range(1, 101):
    total += i
print(total)
print(list(range(5)), list(range(2, 8, 2)), list(range(5, 0, -1)), list(range(0)))
for i, c in enumerate("xyz", start=1):
    print(i, c)
for a, b in zip("abc", [1, 2, 3]):
    print(a, b)
for k in {"one": 1, "two": 2}:
    print(k)
for k, v in {"one": 1, "two": 2}.items():
    print(k, v)
for x in reversed([1, 2, 3]):
    print("rev", x)
nested = [[1, 2], [3], []]
flat = []
for sub in nested:
    for item in sub:
        flat.append(item)
print(flat)
i = 0
for i in range(0):
    pass
print("i untouched", i)

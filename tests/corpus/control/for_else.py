def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")

find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)

for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if i + j == 3:
            break
        print(i, j)
    else:
        print("inner done for", i)

for ch in "abc":
    pass
print("last ch", ch)

for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)

for x in range(10, 0, -3):
    print("down", x)

found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print(found)
out = []
for i in range(10):
    if i % 2:
        continue
    j = 0
    while True:
        j += 1
        if j > i:
            break
        if j % 3 == 0:
            continue
        out.append((i, j))
print(out)
n = 0
while n < 100:
    n += 7
    if n % 5 == 0:
        print("multiple of 5 and 7:", n)
        break
else:
    print("none")
for x in []:
    pass
else:
    print("else on empty for")

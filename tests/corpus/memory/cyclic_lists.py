total = 0
for i in range(200_000):
    x = [i]
    y = [x]
    x.append(y)
    d = {"self": None}
    d["self"] = d
    total += len(x) + len(d)
print(total)

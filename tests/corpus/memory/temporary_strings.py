acc = 0
for i in range(300_000):
    s = f"item-{i}-" + str(i * 7)
    acc += len(s)
print(acc)
parts = []
for i in range(100_000):
    parts.append(str(i))
joined = ",".join(parts)
print(len(joined), joined[:20], joined[-12:])

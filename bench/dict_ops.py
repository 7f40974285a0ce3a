d = {}
for i in range(300_000):
    d[i] = i * 2
    d[str(i)] = i
total = 0
for i in range(300_000):
    total += d[i] + d[str(i)]
    if i % 3 == 0:
        del d[i]
counts = {}
for w in ("alpha beta gamma delta " * 50_000).split():
    counts[w] = counts.get(w, 0) + 1
print(total, len(d), sorted(counts.items()))

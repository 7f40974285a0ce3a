data = list(range(300_000))
print(sum(data), len(data))
d = {i: str(i) for i in range(100_000)}
print(len(d), d[99_999])
s = "x" * 1_000_000
print(len(s), s.count("x"))
nested = [[j for j in range(10)] for i in range(20_000)]
print(sum(map(sum, nested)))
del data, d, s, nested
chunks = []
for i in range(50):
    chunks.append(bytes(10_000))
    if len(chunks) > 5:
        chunks.pop(0)
print(len(chunks), sum(len(c) for c in chunks))

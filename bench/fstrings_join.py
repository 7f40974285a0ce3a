parts = []
for i in range(400_000):
    parts.append(f"{i}:{i * 3:>8}|{i / 7:.3f}")
s = ",".join(parts)
print(len(s), hash(s[:100]) == hash(s[:100]), s[-40:])

total = 0
i = 0
while i < 4_000_000:
    total += i * i % 7
    i += 1
for j in range(3_000_000):
    total -= j & 3
print(total)

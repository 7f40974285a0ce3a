def gen(n):
    for i in range(n):
        if i % 3:
            yield i * 2

def pipeline(n):
    evens = (x for x in gen(n) if x % 4 == 0)
    return sum(x // 2 for x in evens)

total = 0
for k in range(8):
    total += pipeline(300_000)
    total += len([x for x in range(200_000) if x & 1])
    total += sum({x % 1000: x for x in range(100_000)}.values())
    total += len({x % 777 for x in range(100_000)})
print(total)

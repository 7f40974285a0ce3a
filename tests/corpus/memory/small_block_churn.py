# Many short-lived objects of many sizes, made and dropped across collections: blocks the
# allocator hands out again must come back empty of old contents and never shared.
def churn(rounds):
    keep = []
    total = 0
    for r in range(rounds):
        batch = []
        for n in range(40):
            s = {i * r for i in range(n % 11)}
            d = {i: str(i) * (n % 5) for i in range(n % 7)}
            l = [r] * (n % 13)
            t = tuple(range(n % 9))
            text = "x" * (n % 50) + str(r)
            batch.append((s, d, l, t, text))
        for s, d, l, t, text in batch:
            total += len(s) + len(d) + len(l) + len(t) + len(text)
            total += sum(d) + sum(l) + sum(t)
        if r % 97 == 0:
            keep.append(batch[r % 40])
        l2 = []
        for i in range(r % 30):
            l2.append(i)
        total += len(l2)
    return total, keep


total, keep = churn(3000)
print(total)
for s, d, l, t, text in keep[:8]:
    print(sorted(s), d, l, t, text)
print(len(keep))

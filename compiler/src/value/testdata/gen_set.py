import random
random.seed(12345)
pools = [
    lambda: random.randint(-20, 60),
    lambda: 8 * random.randint(-5, 40),
    lambda: random.choice([2**40 + random.randint(0, 50), -2**50 - random.randint(0,9), 2**61 - 1 + random.randint(-3, 3), 2**62 + 8*random.randint(0, 9), -1, -2, 2**32*random.randint(1,40)]),
    lambda: (random.randint(-3, 6), random.randint(-3, 6)),
    lambda: random.randint(0, 1000) * 32,
]
def tok(x):
    return f"t{x[0]},{x[1]}" if isinstance(x, tuple) else f"i{x}"
def gen_ops(n, pool_ids):
    ops = []
    s = set()
    seq = []
    for _ in range(n):
        r = random.random()
        pool = pools[random.choice(pool_ids)]
        if r < 0.7 or not s:
            x = pool(); s.add(x); seq.append("a" + tok(x))
        elif r < 0.9:
            x = random.choice(list(s)) if random.random() < 0.8 else pool()
            s.discard(x); seq.append("d" + tok(x))
        else:
            x = s.pop(); seq.append("p" + tok(x))
    return s, seq
lines = []
for case in range(80):
    pids = random.sample(range(5), random.randint(1, 3))
    a, sa = gen_ops(random.randint(1, 120), pids)
    b, sb = gen_ops(random.randint(0, 60), pids)
    res = [list(a), list(b), list(a | b), list(a & b), list(a - b), list(a ^ b), list(set(a)), list(b.union(a))]
    c = set(a); c -= b; res.append(list(c))
    c = set(a); c &= b; res.append(list(c))
    c = set(a); c ^= b; res.append(list(c))
    c = set(a); c |= b; res.append(list(c))
    lines.append(" ".join(sa) + " ; " + " ".join(sb) + " => " + " | ".join(" ".join(tok(x) for x in r) for r in res))
print("\n".join(lines))

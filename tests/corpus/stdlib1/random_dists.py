import random
out = []
for s in range(30):
    r = random.Random(s)
    out.append((r.binomialvariate(100, 0.3), r.binomialvariate(1000, 0.5), r.binomialvariate(20, 0.9), r.binomialvariate(5, 0.1),
                r.gammavariate(0.3, 2), r.gammavariate(2.5, 1), r.betavariate(0.5, 0.5), r.vonmisesvariate(0, 4),
                r.triangular(1, 3), r.triangular(1, 3, 1.2), r.choices(range(10), cum_weights=[i * 1.5 for i in range(1, 11)], k=3),
                r.sample(range(50), 20), r.sample(range(10**6), 3), r.randrange(0, 10**25, 3), r.expovariate(0.5),
                r.normalvariate(1, 2), r.lognormvariate(0, 0.5), r.paretovariate(2), r.weibullvariate(2, 3)))
for o in out:
    print(o)
r = random.Random(5)
print([r.getrandbits(k) for k in range(0, 130, 7)])
r.seed(123456789012345678901234567890)
print(r.random(), r.randbytes(9))
r.seed(b"\xff" * 100)
print(r.random())
r.seed("é unicode ☃")
print(r.random())
r.seed(-(2**100))
print(r.random())

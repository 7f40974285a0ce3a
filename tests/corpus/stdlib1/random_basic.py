import random

random.seed(1)
print([random.random() for _ in range(3)])
random.seed(42)
print(random.randint(1, 100), random.randint(1, 6), random.randrange(10), random.randrange(0, 100, 7))
print(random.choice("abcdef"), random.choice([10, 20, 30]))
l = list(range(20))
random.shuffle(l)
print(l)
print(random.sample(range(100), 10))
print(random.sample(range(10000), 30))
print(random.sample("abcdefgh", 8))
print(random.uniform(1, 5), random.gauss(0, 1), random.gauss(0, 1), random.gauss(5, 2))
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33))
print(random.getrandbits(64), random.getrandbits(65), random.getrandbits(200))
print(random.choices("abc", k=5))
print(random.choices("abc", weights=[1, 5, 10], k=6))
print(random.choices("abc", cum_weights=[1, 5, 10], k=6))
print(random.triangular(), random.triangular(0, 10, 2), random.normalvariate(), random.normalvariate(3, 0.5))
print(random.expovariate(2.0), random.betavariate(2, 3), random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 2))
print(random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.vonmisesvariate(1, 0), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.binomialvariate(10, 0.3), random.binomialvariate(100, 0.4), random.binomialvariate(50, 0.8), random.binomialvariate(1, 0.5))
print(random.randbytes(5))
for seed in [0, 1, -1, 2**32, 2**32 - 1, 2**64 + 12345, 10**30, 3.5, -2.25, True, "hello", b"bytes", bytearray(b"ba"), ""]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(0, 10**20))
st = random.getstate()
a = [random.random() for _ in range(5)]
random.setstate(st)
print(a == [random.random() for _ in range(5)], len(st), st[0], len(st[1]), st[1][-1])
r = random.Random(42)
print(r.random(), r.randint(1, 10), random.Random("x").random(), random.Random(42).random())
r2 = random.Random()
r2.seed(42)
print(r2.random())
for _ in range(700):
    r.random()
print(r.random(), r.getrandbits(100))
r.seed(7)
print(r.gauss(), r.gauss(), r.gauss())
print(r.sample([1, 2, 3, 4], counts=[1, 2, 3, 4], k=5))
print(random.Random(1).random() == random.Random(1).random())
print(type(random.Random(0)).__name__, isinstance(random.Random(), random.Random))
errs = [lambda: random.randrange(0), lambda: random.randrange(5, 2), lambda: random.randrange(5, 2, 2),
        lambda: random.randrange(1, 5, 0), lambda: random.randrange(1.5), lambda: random.randrange(1, None, 2),
        lambda: random.seed([1]), lambda: random.choice([]), lambda: random.sample({1, 2}, 1),
        lambda: random.sample([1], 2), lambda: random.choices([1], [0]), lambda: random.choices([1, 2], [1]),
        lambda: random.choices([1], 3), lambda: random.setstate((9,)), lambda: random.getrandbits(-1),
        lambda: random.sample([1, 2], 1, counts=[1]), lambda: random.gammavariate(0, 1),
        lambda: random.choices([1], [1], cum_weights=[1]), lambda: random.randint(1, 0)]
for f in errs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

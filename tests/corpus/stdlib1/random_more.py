import random

random.seed(2024)
print([random.randrange(2**40) for _ in range(3)], [random.randrange(2**62 + 5) for _ in range(2)])
print([random.randint(-10**20, 10**20) for _ in range(3)], random.randrange(10**30, 10**31, 7))
print([random.randint(0, 2**33) for _ in range(3)], [random.randrange(-5, 5) for _ in range(8)])
print(random.randrange(100, 0, -3), random.randrange(True, 10), random.randint(5, 5))
print(random.choice(range(10**6)), random.choice((1, 2, 3)), random.choice("z"))
l = list("abcdefghij")
random.shuffle(l)
print(l)
t = [[i] for i in range(6)]
random.shuffle(t)
print(t)


class MyList(list):
    pass


ml = MyList(range(10))
random.shuffle(ml)
print(ml)
ba = bytearray(b"abcdef")
random.shuffle(ba)
print(ba)
print(random.sample(range(10**9), 5), random.sample(list(range(30)), 30)[:10])
print(random.choices(range(5), [0.1, 0.2, 0.3, 0.2, 0.2], k=10))


class MyRandom(random.Random):
    def random(self):
        return 0.5


r = MyRandom(3)
print(r.random(), r.uniform(0, 10), r.randint(1, 100), r.choice("abc"))


class BitsRandom(random.Random):
    def getrandbits(self, k):
        return (1 << k) - 1 if k < 3 else 3


b = BitsRandom(1)
print(b.randrange(4), b._randbelow(4))
r1 = random.Random(99)
r2 = random.Random()
r2.setstate(r1.getstate())
print(r1.random() == r2.random(), r1.gauss() == r2.gauss(), r1.getrandbits(70) == r2.getrandbits(70))
print(random.Random(5).getstate()[1][:3], random.Random(5).getstate()[1][-1])
for f in [lambda: random.random(1), lambda: random.getrandbits(), lambda: random.randint(1), lambda: random.randint(1, "a"),
          lambda: random.shuffle(), lambda: random.getrandbits(2.0), lambda: random.Random().setstate((3, (1,) * 5, None)),
          lambda: random.randint(1.5, 3), lambda: random.shuffle((1, 2)), lambda: random.randrange(10**30, 10**30)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

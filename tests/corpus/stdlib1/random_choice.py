import random
random.seed(8)
print([random.choice("abcdefgh") for _ in range(10)], random.choice(range(10**12)), random.choice([[1], [2]]))
class R(random.Random):
    def random(self): return 0.99
print(R(1).choice("abc"))
for f in [lambda: random.choice([]), lambda: random.choice(), lambda: random.choice(5), lambda: random.choice({1: 2})]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)

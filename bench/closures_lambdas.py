def make_adder(n):
    def add(x):
        return x + n
    return add

def compose(f, g):
    return lambda x: f(g(x))

adders = [make_adder(i) for i in range(100)]
total = 0
for rep in range(6_000):
    for a in adders:
        total = a(total) & 0xFFFFFF
double = lambda x: x * 2
inc = lambda x: x + 1
f = compose(double, compose(inc, double))
for i in range(600_000):
    total = (total + f(i)) % 1_000_003
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(200_000):
    bump()
print(total, counter, sorted(range(20), key=lambda v: (v % 3, -v))[:6])

import random, statistics as st
from fractions import Fraction as F
random.seed(7)
for k in range(200):
    n = random.randint(2, 9)
    if k % 3 == 0:
        data = [random.randint(-50, 50) for _ in range(n)]
    elif k % 3 == 1:
        data = [random.uniform(-1e3, 1e3) for _ in range(n)]
    else:
        data = [round(random.uniform(0, 10), 2) for _ in range(n)]
    print(st.mean(data), st.fmean(data), st.median(data), st.variance(data), st.stdev(data), st.pvariance(data), st.pstdev(data), st.quantiles(data) if n > 1 else None)
    a = F(random.randint(-99, 99), random.randint(1, 99)); b = F(random.uniform(-5, 5))
    print(a, b.limit_denominator(random.randint(1, 500)), a + b, a * b, round(a, 2), a < b, float(a / (b or 1)), hash(a) == hash(float(a)) if a.denominator in (1, 2, 4) else None)

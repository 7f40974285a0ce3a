import statistics as st
from statistics import (mean, fmean, median, median_low, median_high, mode, multimode, pstdev,
                        pvariance, stdev, variance, StatisticsError, quantiles, harmonic_mean,
                        geometric_mean, median_grouped)
from fractions import Fraction as F


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


datasets = [
    [1, 2, 3, 4],
    [1, 2, 3],
    [2.5, 3.25, 5.5, 11.25, 11.75],
    [0.1, 0.2, 0.3, 0.4],
    [1, 2.5, 3],
    [F(1, 2), F(3, 4), F(5, 4)],
    [F(1, 2), 1, 2],
    [10 ** 20, 10 ** 20 + 1, 10 ** 20 + 2],
    [-5, 3, 7, -2, 0, 11],
    [2, 4, 4, 4, 5, 5, 7, 9],
    [1.5] * 7,
    [True, False, True],
]
for data in datasets:
    print(repr(mean(data)), repr(fmean(data)), repr(median(data)), repr(median_low(data)),
          repr(median_high(data)))
    print("  var", repr(variance(data)), repr(pvariance(data)), repr(stdev(data)),
          repr(pstdev(data)))
print(mode([1, 1, 2, 3, 3, 3]), mode("aabbbc"), mode([4, 5, 5, 4]), multimode("aabbc"),
      multimode([]), multimode([3, 1, 2]))
print(variance([1, 2, 3, 4], 2.5), pvariance([1, 2, 3, 4], 2.5), stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(fmean([1, 2, 3], weights=[1, 0, 1]), fmean(range(10)), mean(range(10)), mean(iter([4, 5])))
print(quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), quantiles(range(100), n=10))
print(quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], method="inclusive"), quantiles([2.5, 1.5], n=3))
print(harmonic_mean([40, 60]), harmonic_mean([2.5, 3, 10]), harmonic_mean([40, 60], weights=[5, 30]))
print(round(geometric_mean([54, 24, 36]), 9), median_grouped([52, 52, 53, 54]), median_grouped([1, 3, 3, 5, 7], interval=2))
print(median([3, 1, 2]), median([3.5, 1, 2, 9]), median([F(1, 3), F(1, 2)]), median(["b", "a", "c"]))
print(isinstance(StatisticsError("x"), ValueError))
attempt(lambda: mean([]))
attempt(lambda: fmean([]))
attempt(lambda: median([]))
attempt(lambda: median_low([]))
attempt(lambda: median_high([]))
attempt(lambda: mode([]))
attempt(lambda: variance([1]))
attempt(lambda: stdev([]))
attempt(lambda: pvariance([]))
attempt(lambda: pstdev([]))
attempt(lambda: mean(["a", "b"]))
attempt(lambda: quantiles([1, 2], n=0))
print(st.correlation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]), st.covariance([1, 2, 3], [1, 3, 2]))
print(st.linear_regression([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]))
print(st.correlation([1, 2, 3, 4], [10, 30, 20, 40], method="ranked"))

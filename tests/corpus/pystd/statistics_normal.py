from statistics import NormalDist, StatisticsError

n = NormalDist(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance)
print(n.pdf(100), n.pdf(130), n.cdf(100), n.cdf(130), n.zscore(130), n.cdf(70))
print(NormalDist(), NormalDist().cdf(1.96), NormalDist().pdf(0))
print(n + 5, n - 5, n * 2, n / 3, -n, +n, 5 + n, 200 - n, 2 * n)
print(n + NormalDist(10, 20), n - NormalDist(10, 20), n == NormalDist(100, 15), n == 3)
print(round(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), 12), NormalDist(0, 1).overlap(NormalDist(1, 1)))
s = NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(s, NormalDist.from_samples([1, 2, 3, 4]))
for f in (lambda: NormalDist(0, -1), lambda: NormalDist(1, 0).pdf(1), lambda: NormalDist(1, 0).cdf(1),
          lambda: NormalDist.from_samples([1]), lambda: NormalDist(1, 0).zscore(2)):
    try:
        print(f())
    except StatisticsError as e:
        print("StatisticsError", e)

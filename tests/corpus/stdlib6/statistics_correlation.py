# correlation/covariance/linear_regression round as CPython 3.13 does: sumprod of the
# deviations and a corrected square root of the product (statistics._sqrtprod).
import statistics

def series(n, a, c):
    v = 1
    out = []
    for _ in range(n):
        v = (v * a + c) % 2147483648
        out.append(v % 1000 / 7)
    return out

xs = series(300, 1103515245, 12345)
ys = [int(x) % 13 for x in xs]
zs = series(300, 69069, 1)
print(statistics.correlation(xs, ys), statistics.correlation(xs, zs))
print(statistics.correlation(xs, ys, method="ranked"), statistics.correlation(ys, zs, method="ranked"))
print(statistics.covariance(xs, ys), statistics.covariance(xs, zs))
print(statistics.linear_regression(xs, ys), statistics.linear_regression(xs, zs, proportional=True))
print(statistics.linear_regression(list(range(10)), [2 * i + 1 for i in range(10)]))
print(statistics.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
print(statistics.correlation([1, 2, 3, 4], [1, 1, 2, 2], method="ranked"), statistics.correlation([1e200, 2e200, 4e200], [1e-200, 3e-200, 2e-200]))
for bad in ([1, 1, 1], [2, 3, 4]), ([1], [2]):
    try:
        statistics.correlation(*bad)
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)

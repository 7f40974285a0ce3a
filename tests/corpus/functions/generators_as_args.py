def stats(*values, **opts):
    values = sorted(values)
    n = len(values)
    mid = values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2
    r = {"n": n, "min": values[0], "max": values[-1], "median": mid}
    if opts.get("mean"):
        r["mean"] = sum(values) / n
    return r
print(stats(*(x * x for x in range(7))))
print(stats(3, 1, 2, 4, mean=True))
print(stats(*range(10), **{"mean": True}))
def apply(f, *args, **kwargs):
    return f(*args, **kwargs)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1, 2], reverse=True), apply(dict, a=1))
print(apply(lambda *a, **k: (a, k), 1, 2, x=3))

# Digits of pi with the unbounded spigot (big-int arithmetic).
def digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < n * t:
            out.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
    return out


d = digits(2200)
s = "".join(map(str, d))
for i in range(0, 200, 50):
    print(s[i:i + 50])
print(len(s), sum(d), s[-20:])

# Tuple/list unpacking in tight loops, star-unpacking, swaps.
def tuples(n):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    acc = 0
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        acc += a + j - e
    return acc


def lists(n):
    l = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    acc = 0
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = l
        first, *mid, last = l
        acc += a * j + len(mid) + first - last
    return acc


def swaps(n):
    x, y, z = 1, 2, 3
    for _ in range(n):
        x, y, z = y, z, x
        x, y = y, x
    return x * 100 + y * 10 + z


def nested(n):
    pairs = [((i, i + 1), (i * 2, [i, i])) for i in range(50)]
    acc = 0
    for _ in range(n):
        for (a, b), (c, [d, e]) in pairs:
            acc += a - b + c - d - e
    return acc


print(tuples(300000), lists(200000), swaps(400000), nested(4000))

# N-queens via permutations filtered with sets, plus a generator-based backtracker.
from itertools import permutations


def queens_perm(n):
    cols = range(n)
    out = []
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            out.append(vec)
    return out


def queens_gen(n, row=0, placed=()):
    if row == n:
        yield placed
        return
    for c in range(n):
        if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(placed)):
            yield from queens_gen(n, row + 1, placed + (c,))


sols = queens_perm(8)
print(len(sols), sols[0], sols[-1])
h = 0
for s in sols:
    h = (h * 131 + sum(v * (i + 1) for i, v in enumerate(s))) % 998244353
print("perm", h)
g = list(queens_gen(9))
print(len(g), g[0], g[-1], sum(map(sum, g)))

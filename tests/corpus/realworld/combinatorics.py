# Combinatorial search with itertools: a small knapsack by exhaustive combinations, a
# travelling-salesman tour by permutations, grouping runs, products of options, and the
# stream helpers (chain, starmap, zip_longest, pairwise, batched, tee, compress, cycle).
import itertools
import operator
from functools import reduce, lru_cache, partial

items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
best = max((c for r in range(len(items) + 1) for c in itertools.combinations(items, r)
            if sum(w for _, w, _ in c) <= 250), key=lambda c: (sum(v for _, _, v in c), [n for n, _, _ in c]))
print("knapsack", [n for n, _, _ in best], sum(w for _, w, _ in best), sum(v for _, _, v in best))

cities = {"A": (0, 0), "B": (3, 4), "C": (6, 0), "D": (3, -4), "E": (1, 2), "F": (5, 2)}


def tour_length(order):
    pts = [cities[c] for c in ("A",) + order + ("A",)]
    return sum(((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5 for (x1, y1), (x2, y2) in itertools.pairwise(pts))


tours = sorted(itertools.permutations("BCDEF"), key=lambda t: (round(tour_length(t), 9), t))
print("tsp", "".join(tours[0]), f"{tour_length(tours[0]):.6f}", len(tours), "".join(tours[-1]), f"{tour_length(tours[-1]):.4f}")

print(list(itertools.combinations_with_replacement("abc", 2)), len(list(itertools.product(range(3), repeat=4))))
print(list(itertools.permutations(range(3), 2)), list(itertools.product("xy", [1, 2])))
runs = [(k, len(list(g))) for k, g in itertools.groupby("aaabccddddde")]
print(runs, [(k, list(g)) for k, g in itertools.groupby(sorted([5, 1, 14, 12, 3, 25]), key=lambda n: n // 10)])
print(list(itertools.chain("ab", [1, 2], (None,))), list(itertools.chain.from_iterable([[1], [2, 3], []])))
print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(itertools.zip_longest("abc", [1], fillvalue="-")))
print(list(itertools.batched(range(10), 3)), list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(itertools.islice(itertools.cycle("xyz"), 2, 9, 2)), list(itertools.repeat("r", 3)), list(itertools.islice(itertools.count(5, -2), 4)))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.accumulate(range(1, 6), operator.mul, initial=10)))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(itertools.filterfalse(str.isdigit, "a1b2c3")))
a, b = itertools.tee(iter(range(5)))
next(a)
print(list(zip(a, b)), list(itertools.islice(itertools.count(), 3)), list(itertools.pairwise("abcd")))
print(reduce(operator.add, range(10)), reduce(lambda acc, x: acc * 10 + x, [1, 2, 3], 0), reduce(max, [3, 9, 2]))


@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print([partitions(n, n) for n in range(15)], partitions(25, 25), partitions.cache_info().hits > 0)
by_two = partial(int, base=2)
print(by_two("1011"), partial(max, 5)(3, 9), partial(sorted, key=len)(["ccc", "a", "bb"]))
magic = [p for p in itertools.permutations(range(1, 10)) if p[0] + p[1] + p[2] == 15 and p[3] + p[4] + p[5] == 15
         and p[0] + p[3] + p[6] == 15 and p[1] + p[4] + p[7] == 15 and p[0] + p[4] + p[8] == 15 and p[2] + p[4] + p[6] == 15]
print(len(magic), magic[0], magic[-1])
coins = [1, 5, 10, 25]
ways = sum(1 for combo in itertools.product(range(5), range(4), range(3), range(3)) if sum(map(operator.mul, combo, coins)) == 50)
print("ways", ways, sorted(set(itertools.combinations([1, 1, 2, 2], 2))), operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3))

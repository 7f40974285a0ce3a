import itertools as it
from itertools import *

print(list(islice(count(), 5)), list(islice(count(5, 2), 4)), list(islice(count(2.5, 0.5), 3)), list(islice(count(10, -3), 4)))
print(list(islice(count(2**63 - 2), 4)))
print(list(islice(cycle("abc"), 8)), list(cycle([])), list(repeat(7, 3)), list(repeat("x", -1)), list(islice(repeat(1), 3)))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3], initial=100)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([], initial=5)), list(accumulate([2, 3, 4], lambda a, b: a * b)), list(accumulate(["a", "b", "c"])))
print(list(accumulate([1, 2, 3], func=None, initial=None)))
print(list(batched("abcdefg", 3)), list(batched([], 2)), list(batched(range(4), 2, strict=True)))
print(list(chain("ab", [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(["ab", "cd"])))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(compress("abc", [1, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None])))
print([(k, list(g)) for k, g in groupby("aaabbcaa")])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
gs = groupby("aabbcc")
k1, g1 = next(gs)
k2, g2 = next(gs)
print(k1, list(g1), k2, list(g2))
gs = groupby("aaabbb")
k1, g1 = next(gs)
print(next(g1), k1)
k2, g2 = next(gs)
print(k2, list(g2), list(g1))
print([k for k, g in groupby([])], [k for k, g in groupby("xxyyx")])
print(list(islice("abcdefg", 3)), list(islice("abcdefg", 2, 5)), list(islice("abcdefg", 1, None, 2)), list(islice("abc", None)))
print(list(islice(range(100), 5, 50, 10)), list(islice("abc", 5, 10)), list(islice("abcdef", 0, 4, 3)))
src = iter(range(10))
print(list(islice(src, 3)), next(src))
print(list(pairwise("abcd")), list(pairwise("a")), list(pairwise([])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(lambda *a: sum(a), [[1, 2, 3], (4,)])))
a, b = tee(range(5))
print(list(a), list(b))
a, b, c = tee("xyz", 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0), len(tee([1])))
print(list(zip_longest("abc", [1])), list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest()))
print(list(product("ab", range(2))), list(product([1, 2], repeat=2)), list(product()), list(product("ab", [])))
print(list(product("ab", "c", repeat=2)))
print(list(permutations("abc")), list(permutations(range(4), 2)), list(permutations("ab", 3)), list(permutations([], 0)))
print(list(combinations("abcd", 2)), list(combinations(range(5), 3)), list(combinations("ab", 3)), list(combinations("ab", 0)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 1)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))), sum(1 for _ in product(range(3), repeat=4)))
print(count(), count(5), count(2.5), count(1, 2), count(1, 1.0), count(0, -1), repeat(1), repeat("a", 3))
c = count(3)
next(c)
print(c)
r = repeat(1, 2)
next(r)
print(r)
print(it.chain, it.count, type(it.chain.from_iterable))
for f in [lambda: count("a"), lambda: count(1, 2, 3), lambda: cycle(), lambda: cycle(1), lambda: repeat(),
          lambda: repeat(1, "a"), lambda: accumulate(), lambda: batched([1], 0), lambda: batched([1]),
          lambda: list(batched([1, 2, 3], 2, strict=True)), lambda: list(chain(1)), lambda: chain.from_iterable(1),
          lambda: compress([1]), lambda: dropwhile(len), lambda: islice([1]), lambda: islice([1], -1),
          lambda: islice([1], "a"), lambda: islice([1], 1, 2, 0), lambda: islice([1], 1, 2, 3, 4), lambda: pairwise(),
          lambda: starmap(len), lambda: list(starmap(len, [1])), lambda: tee([1], -1), lambda: zip_longest([1], foo=1),
          lambda: product(1), lambda: product([1], repeat=-1), lambda: permutations([1], -1), lambda: combinations([1]),
          lambda: combinations([1], -1), lambda: combinations_with_replacement([1], -2), lambda: groupby(),
          lambda: count(1, step="a"), lambda: filterfalse(None), lambda: list(takewhile(None, [1])),
          lambda: accumulate([1], initial=1, func=None, x=1), lambda: islice([1], -1, 2), lambda: islice([1], 1, -2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

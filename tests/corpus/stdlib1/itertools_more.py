import itertools
import operator
from itertools import *


def gen(n):
    for i in range(n):
        print("gen yields", i)
        yield i


c = chain(gen(2), gen(1))
print("chain made")
print(next(c), list(c))
z = zip_longest(gen(2), "abc", fillvalue=0)
print(list(z))
print(list(islice(gen(10), 1, 3)))
p = product(gen(2), "xy")
print("product made")
print(list(p))
print(list(accumulate(range(1, 6), operator.mul)), list(accumulate([1, 2, 3], initial=None)))
print(list(repeat(1, times=3)), list(islice(count(start=3, step=-2), 3)))
print(list(islice("abcdefg", None, 5, 2)), list(islice("abcdefg", 2, None)), list(islice("abcdefg", 2**62)))
try:
    islice("a", 10**30)
except ValueError as e:
    print(e)
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it), list(islice(it, 0)), next(it))
print(list(starmap(operator.add, zip("abc", "xyz"))), list(starmap(divmod, iter([iter([7, 2]), (9, 4)]))))
print(list(takewhile(lambda s: s != "stop", iter(["a", "b", "stop", "c"]))))
d = dropwhile(str.isdigit, "123abc456")
print("".join(d))
print(list(compress(range(10), cycle([1, 0, 0]))))
print(list(filterfalse(str.isupper, "aBcDe")))
g = groupby(sorted("mississippi"))
print([(k, len(list(v))) for k, v in g])
groups = [list(v) for k, v in groupby([1, 1, 2, 2, 2, 3])]
print(groups)
saved = list(groupby("aabbb"))
print([(k, list(v)) for k, v in saved])
a, b = tee(gen(3))
print(next(a), next(a), next(b), list(b), list(a))
x = tee(iter([1, 2, 3]), 1)
print(len(x), list(x[0]))
print(list(zip(count(), "abc")), list(map(operator.mul, count(1), [5, 5, 5])))
print(list(pairwise(range(5))), list(batched(range(7), 3)))
print(list(product(range(2), repeat=0)), list(product(repeat=2)), list(product([], repeat=0)))
print(list(permutations(range(3), 0)), list(permutations(range(3), r=2)), list(combinations(range(3), r=3)))
print(list(combinations_with_replacement("ab", 3)), list(combinations_with_replacement(range(3), 0)))
print(sum(1 for _ in combinations(range(20), 5)), sum(1 for _ in combinations_with_replacement(range(8), 4)))
print(next(count(10**20)), next(count(1.5)), next(cycle([None])), type(next(count(True))))
cc = count(5, 3)
for _ in range(3):
    next(cc)
print(cc, repr(repeat([1], 2)), repeat(None, 0))
print(list(chain.from_iterable([[1], (2, 3), "ab", range(2)])))
print(dict(zip_longest("ab", [1])), max(zip_longest([1, 5], [3]), key=lambda t: t[0]))
for f in [lambda: tee(1), lambda: list(zip_longest(1)), lambda: islice(None, 1), lambda: list(product(None)),
          lambda: list(accumulate(["a", 1])), lambda: next(count(None)), lambda: list(groupby([1, "a"], key=lambda v: v < 2)),
          lambda: list(batched("abcd", 3, strict=True)), lambda: combinations(None, 1), lambda: permutations(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

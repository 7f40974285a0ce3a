# Memoised recursion through functools.lru_cache/cache goes as deep as plain recursion (the
# wrapped function runs as a frame of the interpreter loop, not on the host stack), on every
# target, with the cache filled as CPython fills it.
from functools import cache, lru_cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@cache
def down(n, step=1):
    return 0 if n <= 0 else 1 + down(n - step, step=step)


print(down(900), down(900), down.cache_info())


@lru_cache(maxsize=16)
def bounded(n):
    return 0 if n == 0 else bounded(n - 1) + n


print(bounded(900), bounded.cache_info())
print(bounded(899), bounded(880), bounded.cache_info())


class Grid:
    def __init__(self, w):
        self.w = w

    @lru_cache(maxsize=None)
    def paths(self, x, y):
        if x == 0 or y == 0:
            return 1
        return self.paths(x - 1, y) + self.paths(x, y - 1)


g = Grid(3)
print(g.paths(400, 400) % 1000003, Grid.paths.cache_info())


@lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind(1), kind.cache_info())


@cache
def fails(n):
    if n == 0:
        raise ValueError("bottom")
    return fails(n - 1)


try:
    fails(300)
except ValueError as e:
    print("ValueError", e, fails.cache_info())


@lru_cache(maxsize=0)
def uncached(n):
    return n if n < 2 else uncached(n - 1) + uncached(n - 2)


print(uncached(15), uncached.cache_info())


@cache
def gen(n):
    yield from range(n)


print(list(gen(3)), list(gen(3)), gen.cache_info())


@cache
def too_deep(n):
    return 0 if n == 0 else too_deep(n - 1) + 1


try:
    too_deep(100000)
except RecursionError as e:
    print("RecursionError:", e, too_deep.cache_info().currsize)
print(too_deep(500))

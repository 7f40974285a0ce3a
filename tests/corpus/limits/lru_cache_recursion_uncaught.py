# An lru_cache'd function recursing past the limit: CPython's traceback (the wrapper is not
# a frame of its own).
from functools import lru_cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(300) % 1000)
fib(5000)

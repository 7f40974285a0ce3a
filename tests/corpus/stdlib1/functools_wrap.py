import functools
f = functools.lru_cache(maxsize=None)(len)
print(f("abc"), f("abc"), f.cache_info(), f.__name__, f.__wrapped__ is len)
g = functools.wraps(len)(lambda x: x)
print(g(5), g.__name__, g.__wrapped__ is len)
p = functools.lru_cache(functools.partial(pow, 2))
print(p(10), p(10), p.cache_info())
class K:
    @staticmethod
    @functools.cache
    def s(x): return x + 1
    @classmethod
    @functools.lru_cache
    def c(cls, x): return cls.__name__ * x
print(K.s(1), K().s(1), K.c(2), K().c(2), K.s.cache_info(), K.c.cache_info())

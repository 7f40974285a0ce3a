def reduce(f, items, *init):
    it = iter(items)
    acc = init[0] if init else next(it)
    for x in it:
        acc = f(acc, x)
    return acc
print(reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(lambda acc, s: acc + len(s), ["ab", "cde", ""], 0))
def curry(f, arity=3):
    def c(*args):
        if len(args) >= arity:
            return f(*args)
        return lambda *more: c(*args, *more)
    return c
@curry
def add3(a, b, c):
    return a + b + c
print(add3(1)(2)(3), add3(1, 2)(3), add3(1, 2, 3))
def memo(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
s = "  Hello World  "
for f in pipeline:
    s = f(s)
print(s)
print(list(map(pow, [2, 3, 4], [3, 2, 1])), list(zip(*[(1, "a"), (2, "b")])))
print(sorted(["b", "A", "c"], key=str.lower), list(filter(None, [0, 1, "", "x", None])))

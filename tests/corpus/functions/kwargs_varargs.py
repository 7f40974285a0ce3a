def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2, 3))
print(f(a=1, b=2))
print(f(1, "x", key="v"))

def g(a, b, *rest, c=3, **extra):
    print(a, b, rest, c, sorted(extra.items()))
g(1, 2)
g(1, 2, 3, 4, c=5, z=26, y=25)

def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(1, 2, 3, 4))
nums = [10, 20, 30]
print(total(*nums), total(*nums, 5, *range(3)))
opts = {"c": 9, "q": 1}
g(*"ab", **opts)
g(1, **{"b": 2})
print(f(**{"x": 1}, **{"y": 2}))

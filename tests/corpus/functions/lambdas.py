square = lambda x: x * x
print(square(7))
print((lambda a, b=2, *c, **d: (a, b, c, d))(1, 3, 4, k=5))
print(sorted(["banana", "Apple", "cherry"], key=lambda s: s.lower()))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, square)(5) + "!")
print((lambda: "no args")())
print(square.__name__)
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))
print(max(pairs, key=lambda p: p[0]))

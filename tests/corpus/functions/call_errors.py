def f(a, b):
    return a + b

tests = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, a=3),
    lambda: f(1, 2, c=3),
    lambda: f(),
    lambda: (lambda x: x)(),
    lambda: len(),
    lambda: len([], []),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)

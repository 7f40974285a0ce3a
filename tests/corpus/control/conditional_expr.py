for n in range(-2, 3):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")
x = [1, 2] if False else (3, 4)
print(x)
f = (lambda: "a") if True else (lambda: "b")
print(f())
print([i if i % 2 else -i for i in range(6)])
print(1 if 0 else 2 if 0 else 3)

def f(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)
print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4, e=6))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)

def kw(*, x, y=2):
    return x + y
print(kw(x=1), kw(y=10, x=1))
try:
    kw()
except TypeError as e:
    print("TypeError:", e)

def pos(x, y, /):
    return x - y
print(pos(10, 3))

def h(a, b=2, /, *args, k, **kw):
    return a, b, args, k, kw
print(h(1, k=0))
print(h(1, 5, 6, 7, k=0, a=99))

def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(next(g, "default"))

def gen_return():
    yield 1
    return "done"
g = gen_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
print(type(f).__name__)
def empty():
    return
    yield
print(list(empty()))
for x in count_up(3):
    print("for", x)
print(sum(count_up(101)))

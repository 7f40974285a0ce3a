def adder(n):
    def add(x):
        return x + n
    return add
add5 = adder(5)
add10 = adder(10)
print(add5(1), add10(1))

funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def accumulator():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
acc = accumulator()
print(acc(1), acc(2), acc(3))

def outer():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner
    return mid()
print(outer()())

def counter():
    n = 0
    def get():
        return n
    def inc():
        nonlocal n
        n += 1
    return get, inc
get, inc = counter()
inc(); inc()
print(get())
print(add5.__closure__ is not None, adder.__closure__)

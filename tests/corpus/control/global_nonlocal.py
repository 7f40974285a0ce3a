counter = 0

def increment():
    global counter
    counter += 1

for _ in range(3):
    increment()
print("counter", counter)

def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())

def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    r = middle()
    return x, r
print(outer())

def define_global():
    global created_later
    created_later = "made in function"
define_global()
print(created_later)

x = "module"
def shadow():
    x = "local"
    return x
print(shadow(), x)

def read_only():
    return counter * 10
print(read_only())

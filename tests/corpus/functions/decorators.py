def log(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args)
        result = func(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper

@log
def add(a, b):
    return a + b
add(2, 3)

def repeat(n):
    def deco(func):
        def wrapper(*a):
            return [func(*a) for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"))

def tag(t):
    def deco(f):
        return lambda: f"<{t}>{f()}</{t}>"
    return deco

@tag("b")
@tag("i")
def text():
    return "word"
print(text())

registry = {}
def register(f):
    registry[f.__name__] = f
    return f
@register
def alpha(): return 1
@register
def beta(): return 2
print(sorted(registry), registry["beta"]())

def count_calls(f):
    def w(*a):
        w.calls += 1
        return f(*a)
    w.calls = 0
    return w
@count_calls
def noop(): pass
noop(); noop(); noop()
print(noop.calls)

class Cls:
    @staticmethod
    @log
    def s(x):
        return x * 2
Cls.s(21)

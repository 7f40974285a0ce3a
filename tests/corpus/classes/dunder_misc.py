class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __round__(self, nd=None):
        return round(self.v, nd)
    def __len__(self):
        return 3
n = Num(4.7)
print(int(n), float(n), round(n), round(n, 0), len(n))
print([10, 20, 30, 40, 50][Num(2)], bin(Num(5)), hex(Num(255)))
print("ab" * Num(3))

class Ordered:
    def __init__(self, k):
        self.k = k
    def __lt__(self, o):
        return self.k < o.k
    def __gt__(self, o):
        return self.k > o.k
items = [Ordered(3), Ordered(1), Ordered(2)]
print([o.k for o in sorted(items)], [o.k for o in sorted(items, reverse=True)])

class Init:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, a):
        print("init", a)
Init(7)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())

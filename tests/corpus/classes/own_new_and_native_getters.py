# Classes with their own __new__ and object's __init__ (a constructor plan of their own), and
# properties whose getter is a built-in function (read from the attribute inline cache).


class Point:
    def __new__(cls, x=0, y=0):
        self = object.__new__(cls)
        self.x, self.y = x, y
        return self


class Labelled(Point):
    def __new__(cls, x=0, y=0, label="?"):
        return Point.__new__(cls, x, y)

    def __init__(self, x=0, y=0, label="?"):
        self.label = label


class Factory:
    # Returns an instance of a subclass, whose own __init__ then runs with the arguments.
    def __new__(cls, *args, **kw):
        return object.__new__(Made if args else cls)


class Made(Factory):
    def __init__(self, *args, **kw):
        self.got = (args, kw)


class Odd:
    def __new__(cls, kind):
        if kind == "int":
            return 42
        if kind == "sub":
            return Labelled.__new__(Labelled, 1, 2)
        return object.__new__(cls)


class Static:
    @staticmethod
    def __new__(cls, *args, **kw):
        obj = object.__new__(cls)
        obj.args, obj.kw = args, kw
        return obj


for i in range(3):
    p = Point(i, y=i * 2)
    print(type(p).__name__, p.x, p.y)
lab = Labelled(3, 4, label="L")
print(type(lab).__name__, lab.x, lab.y, lab.label)
print(Odd("int"), type(Odd("sub")).__name__, hasattr(Odd("sub"), "label"), type(Odd("x")).__name__)
for _ in range(2):
    f, m = Factory(), Factory(1, k=2)
    print(type(f).__name__, type(m).__name__, m.got, hasattr(f, "got"))
s = Static(1, 2, k=3)
print(s.args, s.kw)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)

# Changing the class after it was called: the plan follows.
Point.__init__ = lambda self, x=0, y=0: setattr(self, "inited", (x, y))
p = Point(5, 6)
print(p.x, p.y, p.inited)
del Point.__init__
p = Point(7)
print(p.x, p.y, hasattr(p, "inited"))


class Sized:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    size = property(len)
    text = property(repr)


class Hooked(Sized):
    def __getattr__(self, name):
        return "fallback " + name

    broken = property(int)


objs = [Sized([1, 2, 3]), Sized("ab"), Hooked([0])]
for _ in range(3):
    print([o.size for o in objs], objs[0].text.startswith("<__main__.Sized object"))
h = Hooked([1])
print(h.broken if False else "skip", h.missing)
try:
    Sized([1]).nothing
except AttributeError as e:
    print("AttributeError", e)


class Boom:
    value = property(int)


try:
    Boom().value
except TypeError as e:
    print("TypeError", e)

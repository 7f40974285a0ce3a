# Load and method-call sites that see more classes and shapes than one inline cache entry
# holds (a base-class method on instances of many subclasses), while classes, instances and
# the garbage collector change what each site must find.
import gc

class Base:
    tag = "base"
    def __init__(self, n):
        self.n = n
    def kind(self):
        return "Base"
    def show(self):
        return f"{self.tag}:{self.n}:{self.kind()}"

class A(Base):
    def kind(self):
        return "A"

class B(Base):
    tag = "b"
    def __init__(self, n):
        self.extra = 0
        super().__init__(n)

class C(Base):
    __slots__ = ("n",)
    def kind(self):
        return "C"

class D(Base):
    def __getattr__(self, name):
        return f"D.__getattr__({name})"

class E(Base):
    def kind(self):
        return "E"

class F(E):
    pass

def run(objs, label):
    out = []
    for o in objs:
        out.append(o.show())
        out.append(o.kind())
        try:
            out.append(o.missing)
        except AttributeError as e:
            out.append(f"AttributeError: {e}")
    print(label, out)

objs = [A(1), B(2), C(3), D(4), E(5), F(6), Base(7)]
for _ in range(3):
    run(objs, "start")

# A method replaced on one class of the several the site has seen.
E.kind = lambda self: "E2"
run(objs, "E.kind replaced")

# An instance attribute shadows the method on one instance only.
objs[0].kind = lambda: "instance A"
run(objs, "instance shadows kind")
del objs[0].kind
run(objs, "shadow deleted")

# A class attribute turned into a property on a subclass.
B.tag = property(lambda self: "prop-b")
run(objs, "B.tag property")

# A data descriptor on the base class for what instances store themselves.
class Loud:
    def __get__(self, obj, cls=None):
        return "loud" if obj is not None else self
    def __set__(self, obj, value):
        pass

# (Not on C: its slot `n` is a member descriptor of C's own, which Edge does not model yet.)
no_c = [o for o in objs if type(o) is not C]
run(no_c, "before descriptor")
Base.n = Loud()
run(no_c, "Base.n data descriptor")
del Base.n
run(objs, "descriptor deleted")

# __getattr__ added to a class the site already cached a miss for.
A.__getattr__ = lambda self, name: f"A.__getattr__({name})"
run(objs, "A.__getattr__ added")

# A collection in between (cached class ids may be reused by new classes).
del objs[-1]
gc.collect()
class G(Base):
    def kind(self):
        return "G"
objs.append(G(8))
for _ in range(2):
    run(objs, "after gc")

# Instances of one class in different shapes at the same site.
xs = [A(1), A(2), A(3)]
xs[1].extra = "x"
xs[2].more = 1
xs[2].n = 30
for _ in range(2):
    print([x.n for x in xs], [x.show() for x in xs])

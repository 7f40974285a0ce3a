# One attribute, store and method site seeing instances of several classes in turn (the
# inline cache's polymorphic path), and a name that is missing on one of them.
class Base:
    def __init__(self, v):
        self.v = v
        self.w = v * 2

    def get(self):
        return self.v


class A(Base):
    pass


class B(Base):
    def __init__(self, v):
        self.extra = 0
        super().__init__(v)


class C(Base):
    def get(self):
        return -self.v


objs = [A(1), B(2), C(3), A(4), B(5), C(6)]
total = 0
for _ in range(50):
    for o in objs:
        total += o.v + o.w + o.get()
        o.w = o.w + 1
print(total, [o.w for o in objs])
for o in objs:
    try:
        print(type(o).__name__, o.extra)
    except AttributeError as e:
        print("AttributeError", e)

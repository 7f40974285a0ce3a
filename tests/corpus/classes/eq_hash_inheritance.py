class Base:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return type(o) is type(self) and o.v == self.v
    def __hash__(self):
        return hash(self.v)
class Sub(Base):
    pass
print(Base(1) == Base(1), Base(1) == Sub(1), Sub(2) == Sub(2))
print(len({Base(1), Base(1), Sub(1)}))
class Rev:
    def __eq__(self, o):
        print("Rev.__eq__ called")
        return True
print(1 == Rev(), Rev() == 1, "x" != Rev())
class Ord:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        print("Ord.__gt__")
        return self.v > o
print(5 < Ord(7))

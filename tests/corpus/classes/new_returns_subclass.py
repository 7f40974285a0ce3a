class Base:
    def __new__(cls, kind):
        if cls is Base and kind == "sub":
            return super().__new__(Sub)
        return super().__new__(cls)
    def __init__(self, kind):
        print("Base.__init__", type(self).__name__, kind)
class Sub(Base):
    def __init__(self, kind):
        print("Sub.__init__", kind)
print(type(Base("sub")).__name__)
print(type(Base("base")).__name__)
class Other:
    def __init__(self, *a): print("Other.__init__ never")
class Weird:
    def __new__(cls): return Other()
    def __init__(self): print("Weird.__init__ never")
print(type(Weird()).__name__)

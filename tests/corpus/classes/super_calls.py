class Base:
    def __init__(self):
        self.log = ["Base"]
    def hello(self, x):
        return f"Base.hello({x})"
    @classmethod
    def create(cls):
        return cls.__name__
class Mixin:
    def hello(self, x):
        return "Mixin>" + super().hello(x)
class Child(Mixin, Base):
    def __init__(self):
        super().__init__()
        self.log.append("Child")
    def hello(self, x):
        return "Child>" + super().hello(x * 2)
    @classmethod
    def create(cls):
        return "Child.create>" + super().create()
c = Child()
print(c.log)
print(c.hello(5))
print(Child.create())
print(super(Child, c).hello(1))
print(super(Mixin, c).hello(2))

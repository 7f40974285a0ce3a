class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def __call__(cls, *a):
        print("constructing", cls.__name__)
        return super().__call__(*a)
class Base(metaclass=Registry):
    pass
class Child(Base):
    def __init__(self, x):
        self.x = x
print(Registry.classes, type(Child).__name__, Child(3).x)
class Auto:
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class T(Auto, tag="special"):
    pass
print(T.tag)

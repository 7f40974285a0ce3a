class Config:
    defaults = {"debug": False}
    items = []
    def add(self, x):
        self.items.append(x)
a, b = Config(), Config()
a.add(1)
b.add(2)
print(Config.items, a.items is b.items)
a.items = ["own"]
print(a.items, b.items, Config.items)
print("defaults" in Config.__dict__, "items" in vars(a))
class Counter:
    total = 0
    def __init__(self):
        type(self).total += 1
Counter(); Counter()
print(Counter.total)
class Sub(Counter):
    pass
Sub()
print(Counter.total, Sub.total)
print(Config.__name__, Config.__module__, Config.__qualname__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__)
Config.new_attr = 5
print(a.new_attr)
print(type(Config), type(type))

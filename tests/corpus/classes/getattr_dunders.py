class Dyn:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:] * 2
        raise AttributeError(f"no attribute {name!r}")
d = Dyn()
print(d.real, d.x_ab, getattr(d, "x_q"))
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(d, "other"), hasattr(d, "x_1"))

class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
r = Recorder()
r.a = 1
r.b = 2
del r.a
print(r.log, r.b, hasattr(r, "a"))

class All:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
    def visible(self):
        return "visible"
a = All()
print(a.secret, a.visible())

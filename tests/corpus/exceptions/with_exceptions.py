class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else "no exception")
        return t is KeyError

with Ctx("k"):
    raise KeyError("suppressed")
try:
    with Ctx("v"):
        raise ValueError("not suppressed")
except ValueError as e:
    print("outer got", e)
try:
    with Ctx("a"), Ctx("b"):
        raise ValueError("two managers")
except ValueError:
    print("both exited")
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with BadEnter():
        print("body should not run")
except RuntimeError as e:
    print("RuntimeError:", e)

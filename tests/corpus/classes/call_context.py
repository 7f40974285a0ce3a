class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
m = Multiplier(3)
print(m(4), list(map(m, [1, 2])), callable(m))

class Resource:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow

with Resource("a") as r:
    print("inside", r)
with Resource("b", swallow=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Resource("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
with Resource("outer") as o, Resource("inner") as i:
    print(o, i)
with (Resource("p1") as p1,
      Resource("p2") as p2):
    print(p1, p2)
def early():
    with Resource("ret"):
        return "returned"
print(early())
for n in range(3):
    with Resource(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("body", n)

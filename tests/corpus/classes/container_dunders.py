class Bag:
    def __init__(self):
        self.items = {}
    def __len__(self):
        return len(self.items)
    def __getitem__(self, k):
        return self.items[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.items[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.items[k]
    def __contains__(self, k):
        return k in self.items
    def __iter__(self):
        return iter(sorted(self.items))
    def __bool__(self):
        return bool(self.items)

b = Bag()
print(len(b), bool(b))
b["x"] = 1
b["y"] = 2
print(b["x"], len(b), "x" in b, "z" in b, "z" not in b, list(b))
del b["x"]
print(list(b))
try:
    b["nope"]
except KeyError as e:
    print("KeyError:", e)

class Grid:
    def __getitem__(self, key):
        return f"item{key!r}"
g = Grid()
print(g[1], g[1, 2], g[1:5], g[::2], g["k"])

class Rev:
    def __init__(self, data):
        self.data = data
    def __reversed__(self):
        return iter(self.data[::-1])
    def __len__(self):
        return len(self.data)
print(list(reversed(Rev([1, 2, 3]))))
class Missing(dict):
    def __missing__(self, key):
        return f"default-{key}"
m = Missing(a=1)
print(m["a"], m["zz"])

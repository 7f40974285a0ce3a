# d[k] and d[k] = v with int and str keys next to keys of other kinds that compare equal to
# them (floats, bools, str subclasses, objects with __eq__ and __hash__ of their own).

class S(str):
    pass

class Eq:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return hash(self.n)
    def __repr__(self):
        return f"Eq({self.n})"
    def __eq__(self, other):
        print("Eq.__eq__", self.n, other)
        return other == self.n

d = {1.0: "float one", True: "ignored", "a": "str a", S("b"): "subclass b"}
print(d, d[1], d[True], d[1.0], d["a"], d["b"], d[S("a")])
d[1] = "int one"
d["b"] = "str b"
print(d)

e = {Eq(5): "eq five", "x": 1}
print(e[5])
e[5] = "set through eq"
print(e)
e["x"] += 10
e[-1] = "minus one"
e[2**62] = "big"
print(e, e[-1], e[2**62])

for key in [0, "zz", -2, S("q")]:
    try:
        d[key]
    except KeyError as err:
        print("KeyError", repr(err))

counts = {}
for i in range(20):
    try:
        counts[i % 4] += 1
    except KeyError:
        counts[i % 4] = 1
print(counts, {str(k): v for k, v in counts.items()})

# Storing into a dict while iterating over it still fails.
try:
    for k in counts:
        counts[k + 100] = 0
except RuntimeError as err:
    print("RuntimeError:", err)

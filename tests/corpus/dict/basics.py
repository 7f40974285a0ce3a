def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d)
print(d.keys(), d.values(), d.items())
print(list(d), list(d.values()), list(d.items()))
print(d.setdefault("a", 9), d.setdefault("e", 5), d)
print(d.pop("e"), d.pop("zz", None), d)
print(d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
del d["x"]
print(d, d.copy(), dict.fromkeys([1, 2], 0), dict.fromkeys("ab"))
print({1: 2} | {3: 4}, {1: 2} == {1: 2}, {1: 2} != {1: 3})
e = {1: "a"}
e |= {2: "b"}
e |= [(3, "c")]
print(e)
print(list(reversed({1: 2, 3: 4})), dict(a=1, b=2), dict([(1, 2)]), dict({1: 2}, z=3))
d2 = {}
d2[1] = 1
d2[1.0] = 2
d2[True] = 3
print(d2)
r = {}
r["self"] = r
print(r)
k = {1: 2, 3: 4}.keys()
print(k & {1}, k | {5}, k - {1}, 1 in k, (1, 2) in {1: 2}.items(), len(k))
print({}.keys(), {}.items())
attempt(lambda: {}.pop(1))
attempt(lambda: {}.popitem())
attempt(lambda: {}["a"])
attempt(lambda: {}.get())
attempt(lambda: {}.update(1))
attempt(lambda: {}.update([1]))
attempt(lambda: {}.update([(1, 2, 3)]))
attempt(lambda: dict(1))
attempt(lambda: {[1]: 2})
attempt(lambda: {1: 2} | [1])
class D(dict):
    def __missing__(self, key):
        return key * 2
dd = D(a=1)
print(dd["a"], dd["bb"], dd)
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)

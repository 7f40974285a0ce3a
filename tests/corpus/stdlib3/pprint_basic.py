# pprint: layouts of the built-in containers at several widths, indents and depths.
import pprint

data = {
    "name": "edge",
    "versions": [3, 11, 12, 13],
    "nested": {"alpha": list(range(30)), "beta": ("x" * 30, "y" * 30, "z" * 30), "gamma": {1: "one", 2: "two"}},
    "empty": [],
    "single": (1,),
    "set": {5, 3, 1, 4, 2},
    "frozen": frozenset({10, 20, 30}),
    42: None,
    (1, 2): 3.5,
}

pprint.pprint(data)
for width in (10, 30, 60, 120):
    print(f"--- width={width}")
    print(pprint.pformat(data, width=width))
print("--- indent=4")
pprint.pprint(data, indent=4, width=50)
print("--- depth")
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, width=40)
print("--- compact")
pprint.pprint(list(range(100)), compact=True)
pprint.pprint([list(range(7)) for _ in range(6)], compact=True, width=40)
pprint.pprint(list(range(100)), width=30, compact=True, indent=3)
print("--- sort_dicts")
d = {"b": 1, "a": 2, "c": [3] * 30}
pprint.pprint(d, sort_dicts=False)
pprint.pp(d)
pprint.pp(d, width=20)
print("--- underscore_numbers")
pprint.pprint([10**9, 123456789012, -5000, 3.5, True], underscore_numbers=True)
pprint.pprint({"big": 2**70}, underscore_numbers=True)
print("--- tuples and sets")
pprint.pprint(tuple(range(40)))
pprint.pprint((tuple(range(40)),))
pprint.pprint(set(range(40)))
pprint.pprint(frozenset(range(40)))
pprint.pprint([set(), frozenset(), {}, (), []])
print("--- mixed keys")
pprint.pprint({1: "a", "b": 2, None: 3, 2.5: 4}, width=20)
print("--- recursion")
r = [1, 2]
r.append(r)
print(pprint.saferepr(r)[:30])
print(pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, "a", (2,)]), pprint.isreadable(object()))
dr = {"self": None}
dr["self"] = dr
print(pprint.isrecursive(dr), pprint.saferepr({"a": [1, {"b": 2}]}))
print("--- PrettyPrinter")
pp = pprint.PrettyPrinter(indent=2, width=40, depth=3)
print(pp.pformat([[[[1, 2, 3]]], {"k": {"k2": {"k3": 1}}}]))
print(pp.isreadable([1, 2]), pp.isrecursive([1, 2]))
for bad in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError", e)
class Sub(dict):
    pass
class OwnRepr(list):
    def __repr__(self):
        return "OwnRepr!"
pprint.pprint(Sub(zip(range(20), range(20))))
pprint.pprint([OwnRepr(range(50))] * 3, width=20)
print(pprint.pformat(list(range(25)), width=1))

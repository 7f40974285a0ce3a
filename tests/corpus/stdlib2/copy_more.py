import copy, types
from collections import defaultdict, ChainMap, namedtuple
d = defaultdict(list, a=[1]); e = copy.deepcopy(d); e["a"].append(2); e["b"]
print(d, e, e.default_factory)
ns = types.SimpleNamespace(x=[1]); n2 = copy.deepcopy(ns); n2.x.append(2); print(ns, n2)
cm = ChainMap({"a": 1}, {"b": 2}); c2 = copy.copy(cm); c2["z"] = 0; print(cm, c2)
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = [1]; self.b = 2
s = copy.deepcopy(S()); print(s.a, s.b)
print(copy.deepcopy({1: {2: [3]}}), copy.deepcopy(set([1, 2])), copy.deepcopy(range(3)))
class E(Exception): pass
x = copy.copy(E("m", 1)); print(type(x).__name__, x.args)

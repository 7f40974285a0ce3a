import heapq, bisect, functools, itertools, math, string, textwrap, random
from fractions import Fraction
from statistics import mean, median, stdev, mode
def dijkstra(graph, src):
    dist = {src: 0}; pq = [(0, src)]; seen = set()
    while pq:
        d, u = heapq.heappop(pq)
        if u in seen: continue
        seen.add(u)
        for v, w in graph.get(u, ()):
            nd = d + w
            if nd < dist.get(v, math.inf):
                dist[v] = nd; heapq.heappush(pq, (nd, v))
    return dist
g = {"a": [("b", 1), ("c", 4)], "b": [("c", 2), ("d", 5)], "c": [("d", 1)]}
print(dijkstra(g, "a"))
@functools.total_ordering
class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
    def __hash__(self): return hash(self.n)
    def __repr__(self): return f"V({self.n})"
print(sorted([V(3), V(1), V(2)]), V(1) <= V(2), V(3) >= V(4), len({V(1), V(1)}))
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * i
    def __contains__(self, x): return x == 4
print(list(Seq(4)), 4 in Seq(1), 9 in list(Seq(4)), bool(Seq(0)), reversed(Seq(3)).__class__.__name__)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1; return self.n
print(list(Countdown(3)), sum(Countdown(5)), max(Countdown(4)))
class Proxy:
    def __init__(self, o): self._o = o
    def __getattr__(self, name): return getattr(self._o, name)
    def __call__(self, *a): return ("called", a)
p = Proxy([3, 1, 2]); p.sort(); print(p._o, p(1, 2), p.count(1))
class Typed:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, typ=None): return self if obj is None else getattr(obj, self.name, None)
    def __set__(self, obj, v):
        if not isinstance(v, int): raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, v)
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw); Base.registry.append((cls.__name__, tag))
class Rec(Base, tag="r"):
    x = Typed()
    def __init__(self, x): self.x = x
r = Rec(5); print(r.x, Base.registry)
try: r.x = "a"
except TypeError as e: print(e)
class Meta(type):
    def __new__(m, name, bases, ns):
        ns["created_by"] = "Meta"; return super().__new__(m, name, bases, ns)
    def __call__(cls, *a):
        inst = super().__call__(*a); inst.extra = True; return inst
class WithMeta(metaclass=Meta):
    def __init__(self, v): self.v = v
w = WithMeta(3); print(w.created_by, w.extra, w.v, type(WithMeta).__name__)
class A:
    def hi(self): return "A"
class B(A):
    def hi(self): return "B" + super().hi()
class C(A):
    def hi(self): return "C" + super().hi()
class D(B, C):
    def hi(self): return "D" + super().hi()
print(D().hi(), [k.__name__ for k in D.__mro__])
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, et, ev, tb): print("exit", et.__name__ if et else None); return True
with Ctx() as c: raise KeyError("x")
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(1, 3) ** 2, float(Fraction(7, 8)))
print(mean([1, 2, 3, 4]), median([3, 1, 2]), round(stdev([2, 4, 4, 4, 5, 5, 7, 9]), 6), mode("aabbbc"))
print(bisect.bisect_left([1, 2, 4, 4, 8], 4), bisect.insort(l := [1, 3], 2) or l)
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30))
print(textwrap.dedent("    a\n      b\n    c"), string.ascii_letters[:5], string.Template("$x-$y").substitute(x=1, y=2))
print(list(itertools.product("ab", range(2))), list(itertools.combinations(range(4), 2))[:3], list(itertools.groupby("aabbbc"))[1][0])
print(list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.starmap(pow, [(2, 3)])))
random.seed(42); print(random.randint(1, 100), random.choice("abcdef"), random.sample(range(10), 3), round(random.uniform(1, 2), 6))
l = list(range(10)); random.shuffle(l); print(l)
print("{name:>10}|{n:08.3f}|{p:.1%}|{h:#x}|{b:b}".format(name="x", n=3.14159, p=0.256, h=255, b=5), "{0}{1}{0}".format("a", "b"))
print(sorted("The Quick brown Fox".split(), key=lambda s: (len(s), s.lower())), "-".join(map(str, range(5))))
data = {"b": [2, 1], "a": {"z": 1, "y": (1, 2)}}
print(data, str(data), sorted(data.items()), list(zip(*[(1, "a"), (2, "b")])))
print(all(x > 0 for x in [1, 2]), any([]), sum([0.1] * 10), math.fsum([0.1] * 10), math.isclose(1.0, 1.0 + 1e-10))
print(int("ff", 16), int("0b101", 0), oct(64), bin(-5), hex(255), float("1e3"), int(3.99), int(-3.99), round(-2.5), 7 // -2)
print("%s is %d years and %.1f%%" % ("Bob", 30, 99.5), "%(a)s-%(b)05d" % {"a": "x", "b": 42}, "%x %o %e" % (255, 8, 12345.678))
class A: pass
class B(A): pass
class C(A): pass
class D(B): pass
print(A.__subclasses__(), B.__subclasses__(), D.__subclasses__(), bool.__subclasses__())

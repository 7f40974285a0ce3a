import weakref, gc, atexit

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Node({self.name!r})"

a = Node("a")
r = weakref.ref(a)
print(r() is a, r() , weakref.ref(a) is r, weakref.getweakrefcount(a))
print(type(r).__name__, isinstance(r, weakref.ref), callable(r))
log = []
r2 = weakref.ref(a, lambda wr: log.append(("dead", wr is r2)))
print(r2 is r, weakref.getweakrefcount(a), r == r2, hash(r) == hash(a))
del a
gc.collect()
print(r(), r2(), log)
try:
    weakref.ref(1)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref([1])
except TypeError as e:
    print("TypeError:", e)

# A cache of expensive objects that frees them once nobody uses them.
cache = weakref.WeakValueDictionary()
def get(name):
    obj = cache.get(name)
    if obj is None:
        obj = Node(name)
        cache[name] = obj
        print("created", name)
    return obj
x = get("x")
y = get("y")
print(get("x") is x, len(cache), sorted(cache.keys()), "x" in cache)
del x
gc.collect()
print(len(cache), list(cache.items()), "x" in cache)
try:
    cache["x"]
except KeyError as e:
    print("KeyError", e)

# Per-object metadata without keeping objects alive.
meta = weakref.WeakKeyDictionary()
k1, k2 = Node("k1"), Node("k2")
meta[k1] = 1
meta[k2] = 2
print(meta[k1], len(meta), k1 in meta, sorted(v for v in meta.values()))
del k1
gc.collect()
print(len(meta), list(meta.items()))

# Observers.
class Subject:
    def __init__(self):
        self.observers = weakref.WeakSet()
    def notify(self, ev):
        for o in sorted(self.observers, key=lambda o: o.name):
            print(o.name, "got", ev)
s = Subject()
o1, o2 = Node("o1"), Node("o2")
s.observers.add(o1)
s.observers.add(o2)
s.notify("first")
del o2
gc.collect()
s.notify("second")
print(len(s.observers), o1 in s.observers)

p = weakref.proxy(y)
print(p.name, str(p), repr(p).startswith("<weakproxy at"))
p.name = "Y"
print(y.name)
del y
gc.collect()
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)

def bye(what):
    print("finalized", what)
z = Node("z")
f = weakref.finalize(z, bye, "z")
print(f.alive, f.peek()[1:] == (bye, ("z",), {}))
del z
gc.collect()
print(f.alive)
w = Node("w")
f2 = weakref.finalize(w, bye, "w at exit")
f3 = weakref.finalize(w, bye, "detached")
print(f3.detach()[2])

class Btn:
    def click(self):
        return "clicked"
b = Btn()
wm = weakref.WeakMethod(b.click)
print(wm()())
del b
gc.collect()
print(wm())

@atexit.register
def goodbye():
    print("goodbye")
atexit.register(print, "registered", "with args", sep="-")
def never(): print("never")
atexit.register(never)
atexit.unregister(never)
print("end of main")

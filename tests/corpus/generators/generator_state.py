def g():
    yield 1
gen = g()
print(gen.gi_running if hasattr(gen, "gi_running") else "n/a")
def self_ref():
    yield 1
    yield 2
s = self_ref()
print(list(s), list(s))
def raising():
    yield 1
    raise ValueError("inside generator")
r = raising()
print(next(r))
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
print(next(r, "exhausted"))
def stop_inside():
    yield 1
    raise StopIteration
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e)
def lazy():
    print("started")
    yield "value"
l = lazy()
print("created")
print(next(l))

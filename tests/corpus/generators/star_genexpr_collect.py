# f(*genexpr) run inside a generator: the items gathered so far stay alive while the
# generator expression allocates enough to start collections (some were freed and reused).
class O:
    pass
def mk(i):
    o = O()
    o.i = i
    o.junk = [[j] for j in range(100)]
    return o
def f(*args):
    return [a.i if type(a) is O else -1 for a in args]
class Sleep:
    def __await__(self):
        yield
async def outer(n):
    bad = 0
    for k in range(n):
        r = f(*(mk(i) for i in range(40)))
        bad += r != list(range(40))
        await Sleep()
    return bad
def g(n):
    bad = 0
    for k in range(n):
        r = f(*(mk(i) for i in range(40)))
        bad += r != list(range(40))
        yield
    yield bad
c = outer(300)
try:
    while True:
        c.send(None)
except StopIteration as e:
    print("coroutine bad", e.value)
print("gen bad", list(g(300))[-1])
print("list bad", sum(1 for _ in range(300) if f(*(mk(i) for i in range(40))) != list(range(40))))

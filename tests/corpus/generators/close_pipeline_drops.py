# Closing a generator that holds the next stage lets that stage go: CPython closes it then.
log = []
def sink(name):
    try:
        while True:
            v = yield
            log.append((name, v))
    finally:
        log.append((name, "closed"))
def plain(target):
    while True:
        v = yield
        target.send(v + 1)
def guarded(target, name):
    try:
        while True:
            v = yield
            target.send(v * 2)
    finally:
        log.append((name, "finally"))
        target.close()
s = sink("end"); next(s)
p = plain(s); next(p)
del s
g = guarded(p, "g"); next(g)
p2 = plain(g); next(p2)
del p, g
for i in range(3):
    p2.send(i)
p2.close()
print(log)
def finite(target):
    target.send(1)
    yield "one"
inner = sink("inner"); next(inner)
f = finite(inner)
del inner
print(list(f), log[-2:])
def raiser(target):
    yield 1
    raise ValueError("boom")
inner = sink("r"); next(inner)
r = raiser(inner)
del inner
try:
    for x in r:
        pass
except ValueError as e:
    print("caught", e, log[-1])

def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
            print("got", x)
    except GeneratorExit:
        print("closing with", received)
        raise

g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
g.close()
print("closed")
try:
    g.send("c")
except StopIteration:
    print("send after close: StopIteration")

def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
for v in (10, 20, 30, 40):
    print(a.send(v))

def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught", e)
            yield "recovered"
c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
print(next(c))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)

def not_started():
    yield 1
n = not_started()
try:
    n.send(5)
except TypeError as e:
    print("TypeError:", e)

def finally_gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")
fg = finally_gen()
next(fg)
fg.close()

def delegating():
    r = yield from echo()
e = delegating()
next(e)
e.send("x")
e.close()

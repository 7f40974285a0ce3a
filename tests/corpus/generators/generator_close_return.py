def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        return
gen = g()
print(next(gen))
print(gen.close())
print(list(gen))
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        elif cmd == "stop":
            return f"stopped at {n}"
        else:
            n += 1
c = counter()
print(next(c), c.send(None), c.send(None), c.send("reset"), c.send(None))
try:
    c.send("stop")
except StopIteration as e:
    print(e.value)
def gen_in_gen():
    def inner():
        x = yield "inner-1"
        print("inner got", x)
        yield "inner-2"
        return "inner-done"
    result = yield from inner()
    yield result
gg = gen_in_gen()
print(next(gg))
print(gg.send("sent-through"))
print(next(gg))

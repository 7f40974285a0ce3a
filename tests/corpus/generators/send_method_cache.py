# gen.send / close called again and again at one call site (the site caches the generator
# type's native method), on a generator and a coroutine.
def g():
    x = yield 1
    while True:
        x = yield x * 2
it = g()
print(it.send(None), it.send(3), it.send(4))
for _ in range(3):
    print(it.send(5))
it.close()
async def c():
    return 1
co = c()
try:
    co.send(None)
except StopIteration as e:
    print("stop", e.value)
print(type(it).send, it.send.__name__, it.close.__qualname__)
print([it.send for _ in range(2)][0].__self__ is it)

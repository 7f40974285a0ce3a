def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("closed", tag)
x = g("a"); next(x); x = None; print("after a")
x = g("b"); next(x); x = g("c"); next(x); print("after b")
def f():
    y = g("d"); next(y)
    return 5
print(f(), "after d")
def h(it):
    return next(it)
print(h(g("e")), "after e")
for v in g("f"):
    break
print("after f")
del x
print("end")
class Box:
    pass
b = Box()
b.gen = g("i"); next(b.gen)
gen_i = b.gen
b.gen = None
print("i still referenced")
gen_i = 0
print("after i")

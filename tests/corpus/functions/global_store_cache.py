# Stores to globals (StoreGlobal in functions, StoreName at module level) go through the
# name's LoadGlobal cache: deletions, re-creation, dict growth, exec namespaces, class
# bodies and names shadowing builtins must all still see the right entry.
x = 1


def f():
    global x, y
    x = x + 1
    y = 5


for i in range(3):
    f()
    x += 10
print(x, y)
del x
try:
    f()
except NameError as e:
    print("NameError", e)
x = 7
for i in range(3):
    f()
print(x, y, i)

# Grow the globals dict between stores: entries move.
for n in range(200):
    globals()[f"name{n}"] = n
    x += 1
print(x, name199)

g = globals()
g["z"] = 1
z += 1
print(z, g["z"])

ns = {}
exec("a = 1\nfor k in range(3): a += k\nb = a", ns)
print(ns["a"], ns["b"])


class C:
    q = 1
    q += 1


print(C.q)

len = 5
len += 1
print(len)
del len
print(len("ab"))


def h():
    global w
    for j in range(5):
        w = j
    del w
    w = "again"


h()
h()
print(w)

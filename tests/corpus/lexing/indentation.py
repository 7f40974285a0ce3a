# Mixed indentation depths, nested blocks, line continuations.
def f(x):
    if x > 0:
            if x > 10:
                        return "big"
            return "small"
    else:
      return "neg"

for v in (-1, 3, 42):
    print(v, f(v))

total = 1 + \
    2 + \
    3
print(total)

values = [
    1,
        2,
    3,
]
print(values)

if True: print("one-liner if")
while False: pass
for i in range(2): print("loop", i)

def g(): return "inline def"
print(g())

class C: x = 5
print(C.x)

x = 1; y = 2; z = x + y
print(x, y, z)

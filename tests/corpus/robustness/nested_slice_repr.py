x = None
for i in range(200000):
    x = slice(x)
try:
    print(repr(x)[:10])
except RecursionError as e:
    print(type(e).__name__, e)
y = slice(1, slice(2, None), slice(None, None, 3))
print(repr(y), str(y))

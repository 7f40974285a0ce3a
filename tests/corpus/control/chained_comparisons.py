calls = []
def v(x):
    calls.append(x)
    return x

print(1 < 2 < 3 < 4)
print(1 < 2 > 1.5 == 1.5)
print(v(1) < v(0) < v(5))
print(calls)
calls.clear()
print(v(1) < v(2) < v(3))
print(calls)
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 != 6)
print("a" < "b" <= "b" < "c")
n = None
print(n is None is not False)
print(2 in [1, 2] in [[1, 2]])

data = [1, 5, 12, 7, 30, 2]
if (n := len(data)) > 4:
    print("long list", n)

big = [y for x in data if (y := x * 2) > 10]
print(big)

values = iter([3, 2, 1, 0, 5])
while (v := next(values)) != 0:
    print("got", v)

print((total := sum(data)), total)

def f():
    if any((hit := x) > 10 for x in data):
        return hit
print(f())
print([last := i for i in range(4)], last)

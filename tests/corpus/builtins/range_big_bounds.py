r = range(10**20)
print(r, r.start, r.stop, r.step, bool(r), bool(range(10**20, 0)))
try:
    len(r)
except OverflowError as e:
    print("OverflowError:", e)
print(r[0], r[-1], r[10**19], 10**19 in r, -1 in r, 10**20 in r, 5.0 in range(0, 10**20))
try:
    r[10**20]
except IndexError as e:
    print("IndexError:", e)
r2 = range(0, 10**30, 10**28)
print(r2, len(r2), r2[5], list(r2)[:3], r2[-1], r2.index(10**29), r2.count(10**28), r2.count(3))
for i in range(10**20, 10**20 + 3):
    print(i)
for i in reversed(range(10**20, 10**20 + 3)):
    print(i)
print(list(reversed(range(0, 10**30, 10**29))))
print(r[::10**19], r[5:10], r[-3:], r[::-1][:2], len(r[::10**19]))
print(range(10**20) == range(10**20), range(10**20) == range(0, 10**20, 1), range(10**20, 10**20) == range(0), range(10**20) != range(10**19))
print(hash(range(10**20)) == hash(range(0, 10**20)), hash(range(10**20, 10**20)) == hash(range(0)))
print(range(-10**20, 10**20, 10**19)[3], len(range(-10**20, 10**20, 10**19)))
it = iter(range(2**63 - 2, 2**63 + 2))
print(list(it))
print(list(range(2**63 - 1, 2**63 + 1)), len(range(2**63 - 1, 2**63 + 1)))
try:
    range(10**20).index(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    range(0, 10**20, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    len(range(-2**63, 2**63 - 1))
except OverflowError as e:
    print("OverflowError:", e)
print(sum(range(10**18, 10**18 + 5)), max(range(10**20, 10**20 + 4)), min(range(10**20, 10**20 - 9, -3)))
print(list(enumerate(range(10**20, 10**20 + 2))), sorted(range(10**20, 10**20 - 3, -1)))
d = {range(10**20): "big"}
print(d[range(0, 10**20)])
print(10**20 - 1 in range(10**20), (10**20 - 1) // 1 in range(0, 10**20, 2))
match range(10**20, 10**20 + 2):
    case [a, b]:
        print("matched", a, b)
print(hash(range(5)) == hash(range(0, 5)), {range(3): 1}[range(0, 3)], range(0, 10**20, 10**20) == range(0, 1), hash(range(0, 10**20, 10**20)) == hash(range(1)))
print(len({range(0), range(5, 5), range(3, 1)}))

# Loops over lists and ranges, run over and over: each loop's iterator is its own and is
# reused once the loop ends, which must never show (mutation during the loop, iterators
# held elsewhere, comprehensions, nesting, exceptions, generators).

data = [1, 2, 3]
total = 0
for i in range(1000):
    for x in data:
        total += x
    for y in range(3):
        total += y
print(total)

# An iterator made by iter() is not the loop's own: after the loop it stays exhausted.
it = iter(data)
for x in it:
    pass
print(list(it), next(it, "done"))
for x in it:
    print("never")

# Nested loops over the same list, and a list grown during its loop.
out = []
for a in data:
    for b in data:
        out.append(a * b)
print(out)
grow = [1, 2]
for v in grow:
    if len(grow) < 6:
        grow.append(v * 10)
print(grow)
shrink = [1, 2, 3, 4, 5]
for v in shrink:
    shrink.pop()
print(shrink)

# break, continue, return from inside loops, then the next loop.
def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    return None

print([first_even(range(k, k + 3)) for k in range(5)])
for x in data:
    if x == 2:
        break
for x in data:
    continue
print(x)

# Comprehensions (inlined) and generator expressions, nested and repeated.
rows = [[c for c in range(r)] for r in range(5)]
print(rows)
print([sum(v for v in row) for row in rows])
print({k: [j * j for j in range(k)] for k in range(4)})
print({v for row in rows for v in row})
print(sum(len([p for p in data]) for _ in range(100)))

# An exception inside a comprehension, caught, then the same comprehension again.
def risky(xs):
    return [10 // x for x in xs]

for attempt in ([1, 2], [1, 0, 2], [5]):
    try:
        print(risky(attempt))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

# A generator suspended inside a for loop over a list, resumed after other loops ran.
def gen(xs):
    for x in xs:
        yield x

g1, g2 = gen(data), gen([7, 8])
print(next(g1), next(g2))
for _ in range(3):
    for x in data:
        pass
print(list(g1), list(g2))

# Tuples, bytes and bytearrays too.
print([b for b in b"ab"], [t for t in (1, 2)], [c for c in bytearray(b"xy")])
acc = 0
for _ in range(100):
    for t in (1, 2, 3):
        acc += t
    for bt in b"\x01\x02":
        acc += bt
print(acc)

# A for loop's else clause after a normal end.
for x in []:
    pass
else:
    print("empty else")
for x in data:
    pass
else:
    print("else", x)

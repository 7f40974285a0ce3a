# A for loop frees the iterator it made itself when it ends (exhausted, break, return), so
# an iterator that anything else holds must survive the loop: one passed in from outside,
# one a comprehension receives, one a generator's loop keeps while suspended.
items = [10, 20, 30, 40, 50]
it = iter(items)
for x in it:
    if x == 20:
        break
print(next(it), list(it))

r = iter(range(6))
for x in r:
    if x == 2:
        break
print(list(r))


def first_big(seq, limit):
    for x in seq:
        if x > limit:
            return x
    return None


shared = iter([1, 5, 9, 13])
print(first_big(shared, 4), first_big(shared, 4), list(shared))


def pairs(seq):
    for a in seq:
        for b in range(a):
            if b == 2:
                break
            yield a, b


g = pairs([1, 3, 2])
print(next(g), next(g))
junk = [[str(i) for i in range(50)] for _ in range(2000)]
print(list(g))

# Nested loops left by break and return over and over; every round's fresh iterators are
# freed and their storage reused by the next, while the outer one keeps going.
total = 0
for i in range(300):
    for j in [1, 2, 3, 4]:
        if j == 3:
            break
        total += j
    for k in range(i % 5):
        total += k
print(total)
print(sum(x for x in range(10) if first_big([x, x + 1], x) is not None))
print([y for y in (x * 2 for x in range(5)) if y != 4])

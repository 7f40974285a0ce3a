def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

t = (1, 2, 3, 2)
print(t, t.count(2), t.index(3), t[1:], t[::-1], t[-1], len(t))
print((1,), (), ((1, 2), [3]), tuple("ab"), tuple([1, 2]))
print((1, 2) + (3,), (1, 2) * 2, 0 * (1,), (1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 5))
print(hash((1, 2)), hash((1, (2, 3))), hash(()), hash((-1,)), hash(("a", 1)) == hash(("a", 1)))
print(hash((1.5, 2)), hash((2**100, -5)))
print(2 in t, 5 not in t)
attempt(lambda: (1,)[4])
attempt(lambda: (1,).index(2))
attempt(lambda: (1,) + [1])
attempt(lambda: (1, 2).count(1, 2))
attempt(lambda: hash(([],)))
key = "x"
attempt(lambda: (1,)[key])
a, *b = (1, 2, 3)
print(a, b)

# `a, b, ... = seq` with every target a local is one fused instruction; everything that
# falls off its fast path (other iterables, wrong lengths, mixed targets) behaves as before.
def f(seq):
    a, b, c = seq
    return a, b, c


print(f((1, 2, 3)), f([4, 5, 6]), f("xyz"), f(range(3)), f(iter({7: 0, 8: 0, 9: 0})))
for bad in [(1, 2), [1, 2, 3, 4], "ab", 5]:
    try:
        f(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def same_target():
    x, x = 1, 2
    y, y = [3, 4]
    return x, y


def mixed(obj):
    a, obj.attr, b = (1, 2, 3)
    first, *rest = [5, 6, 7]
    return a, obj.attr, b, first, rest


class O:
    pass


def loops(pairs):
    total = 0
    for i, (k, v) in enumerate(pairs):
        total += i * k + v
    for k, v in dict(pairs).items():
        total += k - v
    return total


print(same_target(), mixed(O()), loops([(1, 2), (3, 4), (5, 6)]))


def swap_then_use():
    t = [1, 2]
    a, b = t
    t[0] = 99
    return a, b, t


print(swap_then_use())

# gc: the collector interface (what a program can rely on, whatever the collector frees).
import gc


class Node:
    def __init__(self, value):
        self.value = value
        self.other = None


def make_cycles(n):
    for i in range(n):
        a, b = Node(i), Node(-i)
        a.other, b.other = b, a


make_cycles(1000)
freed = gc.collect()
print(type(freed).__name__, freed >= 0)
print(gc.collect(0) >= 0, gc.collect(1) >= 0, gc.collect(generation=2) >= 0)
keep = [Node(i) for i in range(100)]
gc.collect()
print(sum(n.value for n in keep))

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
make_cycles(100)
gc.enable()
print(gc.isenabled())

print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(700, 5, 3)
print(gc.get_threshold())
count = gc.get_count()
print(type(count).__name__, len(count), all(type(c) is int and c >= 0 for c in count))

phases = []


def callback(phase, info):
    phases.append((phase, sorted(info), info["generation"]))


gc.callbacks.append(callback)
gc.collect(1)
gc.callbacks.remove(callback)
print(phases)
print(gc.garbage, gc.get_debug(), gc.DEBUG_LEAK, gc.DEBUG_STATS, gc.DEBUG_SAVEALL)
gc.set_debug(0)
print(gc.is_finalized(Node(1)), gc.get_freeze_count())
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))

for bad in ((3,), (-1,), ("x",), (1, 2)):
    try:
        gc.collect(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in ((), (1, 2, 3, 4), ("a",)):
    try:
        gc.set_threshold(*bad)
    except TypeError as e:
        print("TypeError", e)


def deep(n):
    # Collections requested from inside a key function are safe (and may free nothing).
    return sorted(range(n), key=lambda x: (gc.collect(), -x)[1])


print(deep(5))

# timeit: statements and callables run the requested number of times, in the right namespace.
import timeit

counter = {"n": 0}


def work():
    counter["n"] += 1


t = timeit.timeit(work, number=250)
print(type(t).__name__, t >= 0, counter["n"])
times = timeit.repeat(work, repeat=3, number=10)
print(len(times), all(x >= 0 for x in times), counter["n"])

total = []
t = timeit.timeit("total.append(i * i)", setup="i = 7", number=5, globals={"total": total})
print(total)
g = {"acc": []}
timer = timeit.Timer("acc.append(x)\nx += 1", setup="x = 10\ny = 2", globals=g)
timer.timeit(number=4)
print(g["acc"])
print(timer.repeat(repeat=2, number=3) and g["acc"][-3:])
print(timeit.Timer(lambda: None, setup=lambda: counter.update(setup=True)).timeit(3) >= 0, counter.get("setup"))

calls = []


def fake_timer():
    calls.append(len(calls))
    return len(calls) * 0.125


print(timeit.Timer("pass", timer=fake_timer).timeit(number=1000), calls)
print(timeit.Timer("pass", timer=fake_timer).repeat(repeat=2, number=1))

ticks = iter(range(1000))
seen = []
# Each timing lasts longer than the one before: 0.01, 0.05, 0.09, ... seconds.
number, taken = timeit.Timer("pass", timer=lambda: next(ticks) ** 2 / 100).autorange(lambda n, t: seen.append(n))
print(number, round(taken, 2), seen)

print(timeit.default_timer is __import__("time").perf_counter, timeit.default_number, timeit.default_repeat)
for bad in [dict(stmt=3), dict(setup=None)]:
    try:
        timeit.Timer(**bad)
    except ValueError as e:
        print("ValueError", e)
try:
    timeit.Timer("x = (")
except SyntaxError as e:
    print("SyntaxError", e.filename)
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print("NameError", e)
import gc
print(gc.isenabled())

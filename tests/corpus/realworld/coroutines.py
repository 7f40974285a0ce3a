# Generator and coroutine pipelines: a producer/filter/sink chain using send(), throw() and
# close(), delegation with yield from (return values, exception forwarding), generator-based
# state machines, and a round-robin scheduler of tasks.
import itertools


def coroutine(fn):
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    start.__name__ = fn.__name__
    return start


@coroutine
def sink(results):
    try:
        while True:
            item = yield
            results.append(item)
    except GeneratorExit:
        results.append("closed")
        raise


@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line.upper())


@coroutine
def running_average():
    total = count = 0
    average = None
    while True:
        try:
            value = yield average
        except ValueError as exc:
            average = f"reset({exc})"
            total = count = 0
            continue
        total += value
        count += 1
        average = total / count


def chunked(iterable, n):
    it = iter(iterable)
    while batch := list(itertools.islice(it, n)):
        yield batch


def inner(depth):
    got = []
    try:
        while True:
            x = yield depth
            if x is None:
                break
            got.append(x)
    finally:
        got.append(f"inner{depth}-done")
    return got


def outer():
    first = yield from inner(1)
    second = yield from inner(2)
    return first + second


def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node


def task(name, steps):
    for i in range(steps):
        received = yield f"{name}:{i}"
        if received == "skip":
            yield f"{name}:skipped"


def scheduler(tasks):
    log = []
    queue = list(tasks)
    tick = 0
    while queue:
        t = queue.pop(0)
        try:
            msg = t.send("skip" if tick % 5 == 4 else None) if tick >= len(tasks) else next(t)
            log.append(msg)
            queue.append(t)
        except StopIteration:
            log.append("end")
        tick += 1
    return log


results = []
s = sink(results)
g = grep("py", s)
for line in ["python rocks", "rust too", "pypy", "cpython", "nothing"]:
    g.send(line)
s.close()
print(results)

avg = running_average()
print([avg.send(v) for v in (10, 20, 30)], avg.throw(ValueError("bad")), avg.send(5))
avg.close()
try:
    avg.send(1)
except StopIteration as exc:
    print("stopped", exc.value)

print(list(chunked(range(11), 4)))
gen = outer()
print(next(gen), gen.send("a"), gen.send("b"), gen.send(None), gen.send("c"))
try:
    gen.send(None)
except StopIteration as exc:
    print("returned", exc.value)

gen = outer()
next(gen)
try:
    gen.throw(KeyError("boom"))
except KeyError as exc:
    print("forwarded", repr(exc))
print(gen.gi_suspended, list(flatten([1, [2, [3, [4, [5]]]], 6, [[7]]])))
print(scheduler([task("a", 3), task("b", 5), task("c", 1)]))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


pipeline = (x * x for x in fib() if x % 2)
print(list(itertools.islice(pipeline, 10)))
evens = filter(lambda n: n % 2 == 0, map(lambda n: n * 3, range(30)))
print(sum(evens), list(itertools.takewhile(lambda v: v < 100, itertools.accumulate(itertools.count(1)))))


def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")


c = closer()
print(next(c))
c.close()
print(c.gi_running, list(c))


def echo():
    value = None
    while True:
        try:
            value = yield value
        except GeneratorExit:
            print("echo exiting")
            return
        except Exception as e:
            value = type(e).__name__


e = echo()
next(e)
print(e.send(1), e.throw(TypeError), e.throw(ZeroDivisionError("z")), e.send("x"))
e.close()


def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2


b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as exc:
    print("RuntimeError:", exc)


def gen_raise():
    yield 1
    raise StopIteration("inner")


try:
    list(gen_raise())
except RuntimeError as exc:
    print("RuntimeError:", exc, "| cause:", repr(exc.__cause__))
g = (i for i in range(3))
print(next(g), list(g), next(g, "default"))

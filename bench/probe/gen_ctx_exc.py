"""Generators with send/throw/close and yield from; context managers; exception groups."""
import contextlib
from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout
import io
import sys
import traceback

def averager():
    total = 0.0
    n = 0
    avg = None
    try:
        while True:
            try:
                v = yield avg
            except ValueError as e:
                avg = f"reset({e})"
                total, n = 0.0, 0
                continue
            if v is None:
                break
            total += v
            n += 1
            avg = total / n
    finally:
        log.append(f"averager closed n={n}")
    return total

def delegator(results):
    while True:
        r = yield from averager()
        results.append(r)
        if len(results) >= 3:
            return "done"

def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item

log = []

@contextmanager
def tag(name):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"caught {e!r} in {name}")
    finally:
        log.append(f"</{name}>")

class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("open " + self.name)
        return self

    def __exit__(self, et, ev, tb):
        log.append(f"close {self.name} {et.__name__ if et else None}")
        return et is ZeroDivisionError

    def close(self):
        log.append("closing() " + self.name)

class AppError(Exception):
    pass

def risky(i):
    if i % 3 == 0:
        raise ValueError(f"bad {i}")
    if i % 3 == 1:
        raise TypeError(f"type {i}")
    return i

def collect(n):
    errs = []
    for i in range(n):
        try:
            risky(i)
        except Exception as e:
            errs.append(e)
    if errs:
        raise ExceptionGroup("batch failed", errs)

def main():
    results = []
    g = delegator(results)
    next(g)
    acc = 0
    for i in range(30000):
        v = g.send(i % 17 + 0.5)
        acc += v
        if i % 5000 == 4999:
            try:
                g.send(None)
            except StopIteration as e:
                print("stop", e.value)
                break
            next(g)
        if i == 777:
            print("thrown:", g.throw(ValueError("x")))
    print(round(acc, 6), results, log[-2:])
    g2 = averager()
    next(g2)
    g2.send(4)
    g2.close()
    print(log[-1], g2.gi_frame, list(flatten([1, [2, (3, [4, 5]), []], 6])))
    deep = [1]
    for i in range(40):
        deep = [deep, (i, [i * 2])]
    print(sum(sum(flatten(deep)) for _ in range(300)))
    log.clear()
    with tag("a") as A, tag("b") as B:
        log.append(A + B)
        raise KeyError("k")
    with suppress(ZeroDivisionError, IndexError):
        1 / 0
    with Resource("r1"), Resource("r2"):
        1 / 0
    with ExitStack() as stack:
        rs = [stack.enter_context(Resource(f"s{i}")) for i in range(3)]
        stack.callback(log.append, "callback ran")
        with closing(Resource("c")):
            pass
    with nullcontext(5) as five:
        log.append(five)
    buf = io.StringIO()
    with redirect_stdout(buf):
        print("hidden", end="!")
    print(log, repr(buf.getvalue()))
    try:
        collect(7)
    except* ValueError as eg:
        print("values:", [str(e) for e in eg.exceptions], eg.message)
    except* TypeError as eg:
        print("types:", repr(eg), len(eg.exceptions))
    eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    match, rest = eg.split(ValueError)
    print(match, "|", rest, "|", eg.subgroup(lambda e: isinstance(e, TypeError)), repr(eg.derive([KeyError(9)])))
    try:
        try:
            {}["missing"]
        except KeyError as e:
            raise AppError("lookup failed") from e
    except AppError as e:
        print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
    try:
        try:
            int("zz")
        except ValueError:
            raise RuntimeError("during handling")
    except RuntimeError as e:
        print(repr(e.__context__), e.__cause__)
    e = ValueError("with note")
    e.add_note("note one")
    e.add_note("note two")
    print(e.__notes__, traceback.format_exception_only(e))
    try:
        raise ExceptionGroup("eg", [ValueError("a"), KeyError("b")])
    except ExceptionGroup as g3:
        print("".join(traceback.format_exception_only(g3)))
    total = 0
    for i in range(400000):
        try:
            if i % 7 == 0:
                raise AppError(i)
            total += i
        except AppError as err:
            total -= err.args[0]
        else:
            total += 1
        finally:
            total ^= 1
    print("total", total)
    sys.stdout.flush()
    try:
        try:
            raise ExceptionGroup("final", [ValueError("v"), ExceptionGroup("nested", [KeyError("k")])])
        except* KeyError:
            pass
    except ExceptionGroup as left:
        traceback.print_exception(left, file=sys.stdout)

main()

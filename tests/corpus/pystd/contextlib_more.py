from contextlib import contextmanager, ExitStack, suppress, nullcontext, closing


@contextmanager
def reraiser():
    try:
        yield "r"
    except KeyError:
        print("saw KeyError, re-raising")
        raise


try:
    with reraiser() as r:
        raise KeyError("k")
except KeyError as e:
    print("outer KeyError", e)


@contextmanager
def stop_iter():
    yield


try:
    with stop_iter():
        raise StopIteration("inner")
except StopIteration as e:
    print("StopIteration", e)


@contextmanager
def cleanup_only():
    print("setup")
    yield
    print("teardown (skipped on error)")


try:
    with cleanup_only():
        raise ValueError("v")
except ValueError as e:
    print("ValueError", e)

with cleanup_only():
    pass


@contextmanager
def counter(log):
    log.append("enter")
    yield len(log)
    log.append("exit")


log = []
with counter(log) as a, counter(log) as b:
    print(a, b, log)
print(log)

cm = counter([])
with cm:
    pass
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__)


def gen_values():
    with ExitStack() as stack:
        for i in range(3):
            stack.callback(print, "cleanup", i)
        yield from range(3)


print(list(gen_values()))

with ExitStack() as outer:
    inner = ExitStack()
    outer.enter_context(inner)
    inner.callback(print, "inner callback")
    outer.callback(print, "outer callback")

stack = ExitStack()
stack.callback(print, "closed explicitly")
stack.close()
stack.close()

with suppress(ZeroDivisionError):
    print("before")
    1 / 0
    print("never")
print("after")

with nullcontext("x") as a, nullcontext() as b:
    print(a, b)


class Thing:
    def close(self):
        print("Thing closed")


try:
    with closing(Thing()):
        raise RuntimeError("in closing")
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def value_changer():
    data = {"v": 1}
    yield data
    print("final", data)


with value_changer() as d:
    d["v"] = 2

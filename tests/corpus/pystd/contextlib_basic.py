import sys
import io
from contextlib import (contextmanager, suppress, closing, nullcontext, ExitStack,
                        redirect_stdout, AbstractContextManager, ContextDecorator)

log = []


@contextmanager
def tag(name):
    log.append("<" + name + ">")
    try:
        yield name.upper()
    finally:
        log.append("</" + name + ">")


with tag("a") as t:
    log.append(t)
print(log)
log.clear()

try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("ValueError", e, log)
log.clear()


@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", type(e).__name__, e)


with swallow(KeyError):
    {}["missing"]
print("after swallow")

try:
    with swallow(KeyError):
        raise TypeError("not swallowed")
except TypeError as e:
    print("TypeError", e)


@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError as e:
        raise ValueError("converted") from e


try:
    with transform():
        1 / 0
except ValueError as e:
    print("ValueError", e, type(e.__cause__).__name__)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def ignoring_throw():
    try:
        yield
    except Exception:
        pass
    yield


try:
    with ignoring_throw():
        raise KeyError("k")
except RuntimeError as e:
    print("RuntimeError", e)


@tag("deco")
def decorated(x):
    log.append("body " + str(x))
    return x * 2


print(decorated(3), decorated(4), log)
log.clear()

with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
with suppress():
    pass
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("ValueError", e)


class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False

    def close(self):
        self.closed = True
        print("closing", self.name)


with closing(Resource("r1")) as r:
    print("using", r.name, r.closed)
print(r.closed)

with nullcontext(42) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress


with ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in "abc"]
    stack.callback(print, "callback", 1, sep="-")
    print("names", names)

with ExitStack() as stack:
    stack.enter_context(CM("outer", suppress=True))
    stack.enter_context(CM("inner"))
    raise KeyError("x")
print("suppressed by stack")

with ExitStack() as stack:
    stack.enter_context(CM("kept"))
    moved = stack.pop_all()
print("popped")
moved.close()


def exit_fn(et, ev, tb):
    print("push exit", et.__name__ if et else None)
    return True


with ExitStack() as stack:
    stack.push(exit_fn)
    stack.push(CM("pushed"))
    raise IndexError
print("after push")

try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError("first")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, type(e.__context__).__name__)

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError", e)

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))


class Mine(AbstractContextManager):
    def __exit__(self, *a):
        print("mine exit")


with Mine() as m:
    print(type(m).__name__)


class Deco(ContextDecorator):
    def __enter__(self):
        print("deco enter")
        return self

    def __exit__(self, *a):
        print("deco exit")
        return False


@Deco()
def f():
    print("in f")
    return 5


print(f())

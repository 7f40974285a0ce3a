# A context manager's __exit__ receives the exception's traceback (it was passed None),
# the same object as the exception's __traceback__, walkable to the raising line.
import traceback


class Recorder:
    def __init__(self, suppress):
        self.suppress = suppress

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit:", exc_type.__name__ if exc_type else None, type(tb).__name__,
              tb is (exc.__traceback__ if exc else None))
        if tb is not None:
            lines = []
            while tb is not None:
                lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
                tb = tb.tb_next
            print(" frames:", lines)
            print(" last:", traceback.extract_tb(exc.__traceback__)[-1].line)
        return self.suppress


def inner(n):
    return 10 // n


def outer():
    with Recorder(True):
        inner(0)
    with Recorder(True):
        pass
    with Recorder(True), Recorder(False):
        raise KeyError("k")


outer()


async def coro():
    with Recorder(True):
        raise ValueError("in coroutine")

try:
    coro().send(None)
except StopIteration:
    print("coroutine done")

try:
    with Recorder(False):
        [][1]
except IndexError as e:
    print("propagated", e)

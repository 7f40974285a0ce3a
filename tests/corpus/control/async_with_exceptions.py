# `async with` when things go wrong, as CPython: __aexit__ sees the body's exception and may
# suspend while handling it; its result decides whether the exception propagates; a failing
# __aenter__ skips __aexit__; a failing target assignment is inside the statement.
import asyncio


class CM:
    def __init__(self, name, suppress=False, fail_enter=False):
        self.name, self.suppress, self.fail_enter = name, suppress, fail_enter

    async def __aenter__(self):
        await asyncio.sleep(0)
        print(f"enter {self.name}")
        if self.fail_enter:
            raise OSError(f"cannot enter {self.name}")
        return self

    async def __aexit__(self, typ, value, tb):
        await asyncio.sleep(0)  # suspends while the exception is being handled
        try:
            raise LookupError("raised and caught inside __aexit__")
        except LookupError:
            pass
        print(f"exit {self.name}: {typ.__name__ if typ else None} {value!r}")
        return self.suppress


class NoAttrs:
    __slots__ = ()


async def main():
    try:
        async with CM("a"):
            raise KeyError("k")
    except KeyError as e:
        print("propagated", repr(e))
    async with CM("b", suppress=True):
        raise ValueError("v")
    print("after suppressed")
    try:
        async with CM("c", fail_enter=True):
            print("never")
    except OSError as e:
        print("enter failed:", e)
    try:
        async with CM("d") as NoAttrs().x:
            print("never")
    except AttributeError as e:
        print("target failed:", e)
    try:
        async with CM("outer"), CM("inner", suppress=False):
            raise RuntimeError("both see it")
    except RuntimeError as e:
        print("propagated", repr(e))
    for i in range(3):
        async with CM(f"loop{i}", suppress=True):
            if i == 1:
                continue
            raise IndexError(i)
    print("done")


asyncio.run(main())

# asynccontextmanager, AsyncExitStack and AsyncContextDecorator, as CPython's contextlib.
import asyncio
import contextlib

log = []


@contextlib.asynccontextmanager
async def resource(name, fail_exit=False):
    log.append(f"open {name}")
    await asyncio.sleep(0)
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"{name} saw KeyError {e}")
        raise
    finally:
        log.append(f"close {name}")
        if fail_exit:
            raise RuntimeError(f"closing {name} failed")


@contextlib.asynccontextmanager
async def swallow():
    try:
        yield
    except ValueError:
        log.append("swallowed ValueError")


@contextlib.asynccontextmanager
async def never_yields():
    if False:
        yield


@contextlib.asynccontextmanager
async def yields_twice():
    yield 1
    yield 2


class Async:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        log.append(f"enter {self.name}")
        return self

    async def __aexit__(self, *exc):
        log.append(f"exit {self.name} {exc[0].__name__ if exc[0] else None}")
        return False


async def main():
    async with resource("a") as r:
        log.append(f"using {r}")
    try:
        async with resource("b"):
            raise KeyError("k")
    except KeyError:
        log.append("KeyError propagated")
    async with swallow():
        raise ValueError("v")
    log.append("after swallow")
    for cm in (never_yields(), yields_twice()):
        try:
            async with cm:
                pass
        except RuntimeError as e:
            log.append(f"RuntimeError: {e}")
    try:
        async with resource("c", fail_exit=True):
            pass
    except RuntimeError as e:
        log.append(f"RuntimeError: {e}")

    @resource("deco")
    async def decorated(x):
        log.append(f"decorated body {x}")
        return x * 2

    log.append(f"decorated returned {await decorated(21)}")
    log.append(f"name {decorated.__name__}")

    async with contextlib.AsyncExitStack() as stack:
        first = await stack.enter_async_context(Async("one"))
        stack.enter_context(contextlib.nullcontext())
        stack.callback(log.append, "sync callback")

        async def async_cb(msg):
            log.append(msg)
        stack.push_async_callback(async_cb, "async callback")
        second = await stack.enter_async_context(resource("two"))
        log.append(f"stack has {first.name} {second}")

    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(Async("outer"))
            await stack.enter_async_context(resource("inner"))
            raise KeyError("from body")
    except KeyError as e:
        log.append(f"stack re-raised {e!r}")

    async with contextlib.AsyncExitStack() as stack:
        stack.push_async_exit(Async("pushed"))

        async def suppress_all(*exc):
            log.append("suppressing")
            return True
        stack.push_async_exit(suppress_all)
        raise ValueError("suppressed by the stack")
    log.append("after suppressed")

    stack = contextlib.AsyncExitStack()
    await stack.enter_async_context(Async("moved"))
    moved = stack.pop_all()
    await stack.aclose()
    log.append("old stack closed")
    await moved.aclose()

    try:
        await contextlib.AsyncExitStack().enter_async_context(object())
    except TypeError as e:
        log.append(f"TypeError: {e}")


asyncio.run(main())
print("\n".join(log))

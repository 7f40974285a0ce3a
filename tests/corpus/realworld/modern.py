import asyncio
from dataclasses import dataclass, field, asdict, replace, astuple, fields
from typing import TypeVar, Generic, Protocol, TypedDict, Literal, Optional, Callable, Iterator, Any, cast, ClassVar, get_type_hints

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, x: T) -> None:
        self.items.append(x)

    def pop(self) -> T:
        return self.items.pop()

    def __repr__(self):
        return f"Stack({self.items})"


class Movie(TypedDict):
    title: str
    year: int


@dataclass(slots=True, kw_only=True)
class Config:
    host: str = "localhost"
    port: int = 8080
    tags: list[str] = field(default_factory=list)
    MAX: ClassVar[int] = 10


@dataclass(frozen=True)
class P:
    x: int
    y: int = 0

    def __post_init__(self):
        if self.x < 0:
            raise ValueError("negative")


def shape_area(s):
    match s:
        case {"kind": "circle", "r": r}:
            return 3.14159 * r * r
        case {"kind": "rect", "w": w, "h": h} if w == h:
            return f"square {w * h}"
        case {"kind": "rect", "w": w, "h": h}:
            return w * h
        case P(x=0, y=y):
            return f"on y axis at {y}"
        case P(x, y):
            return f"point {x},{y}"
        case [first, *rest]:
            return f"seq {first} +{len(rest)}"
        case str() as s if (n := len(s)) > 3:
            return f"long str {n}"
        case _:
            return "unknown"


class Descr:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        return 0 if obj is None else getattr(obj, self.name, 0) * 2

    def __set__(self, obj, v):
        setattr(obj, self.name, v)


class Base:
    registry = []

    def __init_subclass__(cls, /, tag="", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)


class A(Base, tag="a"):
    d = Descr()


class B(A, tag="b"):
    pass


async def worker(name, q, results):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            return
        await asyncio.sleep(0)
        results.append((name, item * item))
        q.task_done()


async def main():
    q = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", q, results)) for i in range(3)]
    for i in range(9):
        await q.put(i)
    for _ in workers:
        await q.put(None)
    await q.join()
    await asyncio.gather(*workers)
    print(sorted(r[1] for r in results))

    async def slow(x):
        await asyncio.sleep(0.01 * x)
        return x * 10

    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(slow(i)) for i in (3, 1, 2)]
    print([t.result() for t in ts])
    try:
        await asyncio.wait_for(slow(50), timeout=0.01)
    except TimeoutError:
        print("timeout")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(1))
            tg.create_task(asyncio.sleep(0, result=None))
            async def boom():
                raise KeyError("k")
            tg.create_task(boom())
    except* KeyError as eg:
        print("caught", repr(eg.exceptions[0]))

    async def agen(n):
        for i in range(n):
            yield i
            await asyncio.sleep(0)

    print([x async for x in agen(4)], await asyncio.gather(slow(0), slow(1)))


s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s, s.pop(), Stack[int], Movie(title="x", year=1999))
c = Config(port=9000)
print(c, asdict(c), replace(c, host="h"), Config.MAX, [f.name for f in fields(Config)])
p = P(1, 2)
print(p, astuple(p), hash(p) == hash(P(1, 2)), p == P(1, 2))
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    P(-1)
except ValueError as e:
    print("ValueError", e)
for sh in [{"kind": "circle", "r": 2}, {"kind": "rect", "w": 3, "h": 3}, {"kind": "rect", "w": 2, "h": 5}, P(0, 7), P(3, 4), [1, 2, 3], "hello", 42]:
    print(shape_area(sh))
a = A(); a.d = 21
print(a.d, A.d, A.tag, B.tag, Base.registry)
print(get_type_hints(Config)["port"], cast(int, "x"), Optional[int], Callable[[int], str], Literal["a", "b"])
asyncio.run(main())

from typing import (Any, Callable, ClassVar, Dict, Final, Generic, Iterable, Iterator, List,
                    NamedTuple, Optional, Protocol, Sequence, Tuple, TypeVar, TypedDict, Union,
                    cast, overload, runtime_checkable, TYPE_CHECKING, get_type_hints)
from abc import ABC, abstractmethod
from collections import defaultdict, deque, Counter

T = TypeVar("T")
K = TypeVar("K")
MAX: Final = 10


class Stack(Generic[T]):
    count: ClassVar[int] = 0

    def __init__(self) -> None:
        self._items: List[T] = []
        Stack.count += 1

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> Optional[T]:
        return self._items.pop() if self._items else None

    def __iter__(self) -> Iterator[T]:
        return iter(self._items)


def group_by(items: Iterable[T], key: Callable[[T], K]) -> Dict[K, List[T]]:
    out: Dict[K, List[T]] = defaultdict(list)
    for it in items:
        out[key(it)].append(it)
    return dict(out)


class Employee(NamedTuple):
    name: str
    dept: str
    salary: float = 50000.0

    def raise_by(self, pct: float) -> "Employee":
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))


class Config(TypedDict, total=False):
    debug: bool
    level: int


@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...


class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...

    def draw(self) -> str:
        return f"<{type(self).__name__} {self.area():.2f}>"


class Circle(Shape):
    def __init__(self, r: float) -> None:
        self.r = r

    def area(self) -> float:
        return 3.14159 * self.r ** 2


class Rect(Shape):
    def __init__(self, w: float, h: float) -> None:
        self.w, self.h = w, h

    def area(self) -> float:
        return self.w * self.h


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x: Union[int, str]) -> Union[int, str]:
    return x * 2


s: Stack[int] = Stack[int]()
for i in range(3):
    s.push(i * i)
print(list(s), s.pop(), Stack.count, Stack.__parameters__)
staff = [Employee("ann", "eng", 90000), Employee("bob", "ops"), Employee("cy", "eng", 70000)]
by = group_by(staff, lambda e: e.dept)
print({k: [e.name for e in v] for k, v in by.items()})
print(staff[1], staff[0].raise_by(10), Employee._field_defaults, Employee.__annotations__)
cfg: Config = Config(debug=True)
print(cfg, type(cfg).__name__, sorted(Config.__optional_keys__))
shapes: Sequence[Shape] = [Circle(1.0), Rect(2, 3)]
print([sh.draw() for sh in shapes], all(isinstance(sh, Drawable) for sh in shapes), isinstance(3, Drawable))
print(double(4), double("ab"), cast(int, "no-op"), TYPE_CHECKING, MAX)
print(get_type_hints(group_by))
print(get_type_hints(Employee))
q: deque[Tuple[int, int]] = deque([(0, 0)])
seen = {(0, 0)}
while q:
    x, y = q.popleft()
    for nx, ny in ((x + 1, y), (x, y + 1)):
        if nx < 4 and ny < 4 and (nx, ny) not in seen:
            seen.add((nx, ny))
            q.append((nx, ny))
print(len(seen), Counter(x + y for x, y in seen).most_common(3))
try:
    Shape()
except TypeError as e:
    print("TypeError", e)

import types
from typing import Optional, Union, List, get_args
def f(x: int | None = None) -> List[int] | str:
    return [x]
print(f(1), f.__annotations__)
u = int | str
print(u, type(u), int | str | None, int | int, u == (str | int), hash(u) == hash(str | int), u.__args__)
print(types.UnionType, isinstance(u, types.UnionType), Union[u, float], Optional[int | str])
print(int | List[int], List[int] | None, get_args(int | None))
class A: pass
print(A | None, None | A)
try:
    int | "str"
except TypeError as e:
    print("TypeError", e)
try:
    int | 3
except TypeError as e:
    print("TypeError", e)
from typing import get_origin
print(get_origin(int | None))

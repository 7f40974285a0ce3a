import types, typing
from typing import TypeVar
T = TypeVar("T")
print(list[int], dict[str, list[int]], tuple[()], tuple[int, ...], type[int], set[frozenset[str]])
g = dict[str, T]
print(g, g.__origin__, g.__args__, g.__parameters__, g[int], type(g), type(g) is types.GenericAlias)
print(list[int](range(3)), list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]))
print(list[int] | None, int | list[str], type(list[int] | None))
class MyList(list[int]): pass
print(MyList.__bases__, MyList([1]))
try:
    isinstance([], list[int])
except TypeError as e: print("TypeError", e)
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]))
print(types.GenericAlias(list, (int,)), list[int].__name__, list[int].append is list.append)
import collections
print(collections.deque[int], collections.OrderedDict[str, int], collections.defaultdict[str, list[int]])
def f(x: list[int]) -> dict[str, int]: pass
print(f.__annotations__)
from dataclasses import dataclass, fields
@dataclass
class P:
    xs: list[int]
    m: dict[str, float]
print([fl.type for fl in fields(P)])
try:
    list[int][str]
except TypeError as e: print("TypeError", e)
try:
    dict[T, int][str, int]
except TypeError as e: print("TypeError", e)
import copy, pickle
print(copy.copy(list[int]), pickle.loads(pickle.dumps(list[int])))

# A module next to the program shadows the standard library's module of the same name, as in
# CPython (the script's directory comes first on sys.path), even where the library's is
# native here; built-in modules (sys.builtin_module_names: time, itertools, ...) cannot be.
import heapq

print(heapq.heappush([], 1))
print(heapq.__name__, heapq.LOCAL, hasattr(heapq, "heappop"))

import bisect

print(bisect.bisect([1, 2, 3], 2), hasattr(bisect, "LOCAL"))

import time
import itertools

print(hasattr(time, "LOCAL"), hasattr(itertools, "LOCAL"), callable(time.time))
print(list(itertools.islice(itertools.count(5), 3)))

import sys

print(sys.modules["heapq"] is heapq)
print("heapq" in sys.stdlib_module_names, "edge_nonexistent" in sys.stdlib_module_names)
print(type(sys.stdlib_module_names).__name__, len(sys.stdlib_module_names) > 200)
from sys import stdlib_module_names as names

print(names is sys.stdlib_module_names, "stdlib_module_names" in dir(sys))

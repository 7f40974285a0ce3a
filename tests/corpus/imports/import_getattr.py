# `from m import name` asks a module's __getattr__; its AttributeError becomes CPython's
# ImportError ("cannot import name"), any other error propagates. Also the layout conflict of
# classes with two different built-in bases.
import json, collections  # loaded up front: the wasm runner fetches the modules a program names
from _lazymod import present, computed
print(present, computed)
for stmt in ["from _lazymod import missing", "from _lazymod import broken", "from json import nothing_here",
             "from collections import namedtupel"]:
    try:
        exec(stmt)
    except ImportError as e:
        print(type(e).__name__, str(e).split(" (")[0], e.name)
    except KeyError as e:
        print("KeyError", e)
for bases in [(int, str), (list, dict), (int, Exception), (ValueError, TypeError), (dict, object), (bytes, tuple)]:
    try:
        print(type("X", bases, {}).__mro__[1:])
    except TypeError as e:
        print([b.__name__ for b in bases], e)
class A(int): pass
class B(str): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
class D(A, int): pass
print(D.__mro__)

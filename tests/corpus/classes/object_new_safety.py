# object.__new__(X) is refused when X (or the nearest base whose __new__ is not written in
# Python) takes another __new__, with CPython's message.
for cls in [int, str, list, dict, float, tuple, set, bytes, frozenset, range, complex, bool, Exception, KeyError]:
    try:
        r = object.__new__(cls)
        print(cls.__name__, repr(r))
    except TypeError as e:
        print(cls.__name__, "TypeError", e)


class A:
    pass


class B(int):
    pass


class C(dict):
    pass


class D(int):
    def __new__(cls, v):
        return object.__new__(cls)


class E:
    def __new__(cls):
        return object.__new__(cls)


class F(E):
    pass


class G(Exception):
    pass


for cls in [A, B, C, E, F, G]:
    try:
        r = object.__new__(cls)
        print(cls.__name__, type(r).__name__)
    except TypeError as e:
        print(cls.__name__, "TypeError", e)
try:
    D(1)
except TypeError as e:
    print("D TypeError", e)
print(type(E()).__name__, type(F()).__name__)
for bad in [5, "x"]:
    try:
        object.__new__(bad)
    except TypeError as e:
        print(e)
try:
    object.__new__()
except TypeError as e:
    print(e)

# isinstance/issubclass consult __instancecheck__/__subclasscheck__ on any object whose type
# defines them (typing.List, a union, a duck), and still reject everything else.
import typing, collections.abc
print(isinstance([], typing.List), issubclass(list, typing.Sequence), isinstance({}, typing.Mapping), isinstance(1, int | str), isinstance(1.5, int | None))
print(isinstance([], collections.abc.Sequence), issubclass(dict, collections.abc.MutableMapping))
class Meta(type):
    def __instancecheck__(cls, obj): return obj == 42
class Answer(metaclass=Meta): pass
print(isinstance(42, Answer), isinstance(41, Answer))
class Duck:
    def __instancecheck__(self, obj): return hasattr(obj, "quack")
class Q:
    def quack(self): pass
print(isinstance(Q(), Duck()), isinstance(1, Duck()))
for bad in [1, "x", [int]]:
    try: isinstance(1, bad)
    except TypeError as e: print(e)
    try: issubclass(int, bad)
    except TypeError as e: print(e)
try: isinstance([], typing.List[int])
except TypeError as e: print(e)

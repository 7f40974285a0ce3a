# Needs metaclass __iter__/__reversed__/__repr__ honoured by the VM for classes.
from enum import Enum, Flag, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


class P(Flag):
    R = auto()
    W = auto()


print(list(Color), [c.name for c in Color], list(reversed(Color)))
print(Color, P, type(Color.RED), repr(Color))
for c in Color:
    print(c, c.value)
print(dict((c.name, c.value) for c in P))

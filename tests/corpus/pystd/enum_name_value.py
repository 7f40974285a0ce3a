from enum import Enum
class F(Enum):
    name = 1
    value = 2
    other = 3
print(F.name, F.value.value, F.name.name, F.other.value, F(2), repr(F.value))

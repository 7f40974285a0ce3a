# Class-object attribute loads (enum members) and a property on the member (callgrind micro-benchmark).
import enum
class C(enum.Enum):
  A=1
  B=2
t=0
for i in range(200000): t+=C.A.value + (C.B is C.B)
print(t)

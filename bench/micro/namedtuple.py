# namedtuple construction, field access and indexing (callgrind micro-benchmark).
from collections import namedtuple
P=namedtuple('P','x y')
t=0
for i in range(200000):
  p=P(i,2); t+=p.x+p[1]
print(t)

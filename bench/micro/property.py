# A @property read on an instance in a loop (callgrind micro-benchmark).
class P:
  def __init__(s): s._x=1
  @property
  def x(s): return s._x
p=P();t=0
for i in range(500000): t+=p.x
print(t)

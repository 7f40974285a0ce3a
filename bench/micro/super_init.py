# super().__init__(x) in a subclass constructor (callgrind micro-benchmark).
class A:
  def __init__(s,x): s.x=x
class B(A):
  def __init__(s,x): super().__init__(x); s.y=x
t=0
for i in range(200000): t+=B(i).y
print(t)

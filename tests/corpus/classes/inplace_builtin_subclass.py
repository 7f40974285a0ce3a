# In-place operators on subclasses of built-ins return the instance itself (a native __iop__
# runs on the built-in payload and returns it as self).
class L(list): pass
x = L([1]); x += [2]; print(type(x).__name__, x)
x *= 2; print(type(x).__name__, x)
class S(set): pass
y = S([1]); y |= {2}; print(type(y).__name__)
y &= {2}; print(type(y).__name__)
y -= {5}; print(type(y).__name__)
y ^= {7}; print(type(y).__name__, sorted(y))
print(type(S.__ior__(S(), {1})).__name__)
class D(dict): pass
z = D(); z |= {1: 2}; print(type(z).__name__)
class B(bytearray): pass
w = B(b'a'); w += b'b'; print(type(w).__name__)
from collections import deque
class Q(deque): pass
q = Q(); q += [1]; print(type(q).__name__)

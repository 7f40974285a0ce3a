# list.append/list.pop on list subclasses go through the native fast path (fastcall.rs);
# the receiver check still rejects a non-list (a deque) with CPython's TypeError.
import collections
class L(list):
    pass
class M(L):
    def append(self, x):
        super().append(x * 10)
a = L([1, 2])
a.append(3)
print(a, type(a).__name__, a.pop(), a.pop(0), a)
m = M()
m.append(4)
print(m, m.pop(), m)
d = collections.deque([1])
try:
    list.append(d, 2)
except TypeError as e:
    print("TypeError", e)
try:
    list.pop(d)
except TypeError as e:
    print("TypeError", e)
try:
    L().pop()
except IndexError as e:
    print("IndexError", e)
b = L()
for i in range(5):
    b.append(i)
print(b.pop(-2), b.pop(1), b, len(b))
list.append(b, 9)
print(b)

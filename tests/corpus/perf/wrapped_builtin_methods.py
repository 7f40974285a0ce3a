# Method calls on instances that wrap a built-in value (deque, subclasses of list and dict)
# go through an inline cache: an instance attribute or a class change of the same name must
# still win from the next call on.
from collections import deque


class D(deque):
    def extra(self):
        return len(self)


d = D([1, 2])
for i in range(4):
    d.append(i)
    if i == 1:
        d.append = lambda x: print("shadowed", x)
print(list(d), d.extra())


class L(list):
    pass


l = L()
for i in range(5):
    l.append(i)
    if i == 2:
        L.append = lambda self, x: list.append(self, x * 10)
print(l)
del L.append
l.append(7)
print(l)


class M(dict):
    pass


m = M()
for k in "abc":
    m.setdefault(k, []).append(k * 2)
print(m, m.get("b"), m.get("z", 0))

q = deque(maxlen=3)
for i in range(10):
    q.append(i)
print(q, q.popleft(), q, len(q))
t = 0
work = deque(range(1000))
while work:
    t += work.popleft()
    if t % 7 == 0:
        work.append(1)
print(t)
for obj in [deque([3]), D([4]), deque([5], maxlen=2)]:
    obj.append(9)
    print(type(obj).__name__, list(obj))

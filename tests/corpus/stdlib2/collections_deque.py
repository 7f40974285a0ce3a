from collections import deque

d = deque([1, 2, 3])
print(d, len(d), d[0], d[-1], 2 in d, 5 in d)
d.append(4); d.appendleft(0)
print(d, list(d), list(reversed(d)))
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft("ab")
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.count(7), d.index(7), d.index(8, 2))
d.insert(1, "x"); print(d)
d.remove("x"); print(d)
d.reverse(); print(d)
c = d.copy(); print(c == d, c is d, c)
d.clear(); print(d, bool(d), len(d))
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10); print(m)
m.appendleft(0); print(m)
m.extend(range(20, 25)); print(m)
print(deque(maxlen=0), deque("abc", 2), deque())
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
          lambda: deque([1]).index(9), lambda: deque([1]).remove(9),
          lambda: deque(maxlen=-1), lambda: deque([1], maxlen=1).insert(0, 2),
          lambda: deque([1])["a"], lambda: deque([1]) + [2]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
q = deque()
for i in range(1000):
    q.append(i)
    q.append(i * 2)
    q.popleft()
print(len(q), q[0], q[-1], sum(q))
for i in range(600):
    q.appendleft(-i)
print(len(q), q[0], q[599], q[600], sum(q))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1])
e = deque([1, 2]); e += [3]; print(e, e * 2, 2 * e)
e[0] = 9; del e[1]; print(e)
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as ex:
    print("RuntimeError", ex)
print(deque[int])

# deque.rotate moves items between the ends (O(min(k, n-k))): every count, with maxlen,
# after popleft/appendleft, and many single-step rotations of a long deque.
from collections import deque

for n in range(7):
    for k in (-9, -7, -6, -4, -1, 0, 1, 2, 3, 6, 7, 9):
        q = deque(range(n))
        q.rotate(k)
        print(n, k, list(q))
q = deque(range(10), maxlen=10)
q.rotate(3); q.append(99); q.rotate(-4); q.appendleft(-1)
print(q)
q = deque(range(5))
q.popleft(); q.popleft(); q.appendleft(7); q.rotate(2)
print(q, q[0], q[-1])
q = deque(range(100))
for i in range(1, 300, 7):
    q.rotate(i)
    q.rotate(-i // 2)
print(list(q)[:10], len(q))
it = iter(q)
q.rotate(1)
try:
    next(it)
except RuntimeError as e:
    print(e)
q = deque(range(100000))
for i in range(100000):
    q.rotate(1)
print(q[0], q[-1])
q.rotate(2**40)
print(q[0])
try:
    q.rotate("x")
except TypeError as e:
    print(e)

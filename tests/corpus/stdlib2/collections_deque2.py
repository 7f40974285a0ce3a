from collections import deque
import copy


class Stack(deque):
    def peek(self):
        return self[-1]


s = Stack([1, 2, 3])
s.append(4)
s.tag = "t"
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, deque), s.tag)
c = s.copy(); print(type(c).__name__, c, c == s)
print(type(s + Stack([5])).__name__, s * 2)
d = deque([1]); d.append(d); print(d)
print(deque("abc") == deque("abc"), deque("abc") != deque("abd"), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]))
print(deque([1]) == [1], deque() == deque(maxlen=3))
d = deque(range(5), maxlen=5)
d.extendleft([10, 11]); print(d)
d.rotate(7); print(d)
d.rotate(-12); print(d)
d *= 2; print(d)
e = deque([1, 2]); e *= 3; print(e)
e *= 0; print(e, e * 5)
print(copy.copy(deque([1, [2]], 4)), copy.deepcopy(Stack([[1]])))
big = deque()
for i in range(100):
    big.appendleft(i)
    if i % 3 == 0:
        big.pop()
print(len(big), big[0], big[-1], list(big)[:5], big.index(50), 50 in big, big.count(7))
big.clear(); print(big, len(big))
q = deque([1, 2, 3])
it = iter(q)
print(next(it))
q.append(4)
try:
    next(it)
except RuntimeError as ex:
    print("RuntimeError", ex)
print(list(reversed(deque("xyz"))), deque(x * 2 for x in range(3)), deque([], 0), deque(maxlen=2).maxlen)
for bad in [lambda: deque(maxlen="a"), lambda: deque([1]).rotate("x"), lambda: deque([1]).insert("a", 1),
            lambda: deque([1, 2, 3]).index(2, 2), lambda: deque([1])[1:2], lambda: deque(1)]:
    try:
        print(bad())
    except Exception as ex:
        print(type(ex).__name__, ex)
r = deque([3, 1, 2]); r[0] = 9; del r[-1]; print(r, r.index(1), r.pop(), r.popleft(), r)
print(bool(deque()), bool(deque([0])), str(deque([1, "a"])), f"{deque([2])}")

import bisect
import heapq
import random

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect(a, 2, hi=-1), bisect.bisect(a, 2, lo=1, hi=None))
print(bisect.bisect_left(a, 2, lo=4), bisect.bisect(a, 9, hi=-5))
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4.0)
bisect.insort_left(b, 4.0)
print(b)
c = []
for r in [("x", 3), ("y", 1), ("z", 2), ("w", 1)]:
    bisect.insort(c, r, key=lambda t: t[1])
print(c)
print(bisect.bisect("acegik", "f"), bisect.bisect((1, 3, 5), 4), bisect.bisect(range(0, 100, 3), 50))
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right, bisect.bisect)

class L(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)
l = L([1, 3])
bisect.insort(l, 2)
print(l)
for f in [lambda: bisect.bisect_right(), lambda: bisect.bisect_left([1], 1, -1), lambda: bisect.bisect([1], 1, 0, 5, 6),
          lambda: bisect.bisect([1], 1, foo=1), lambda: bisect.insort(5, 1), lambda: bisect.bisect(None, 1),
          lambda: bisect.bisect([1, 2], 'a'), lambda: bisect.bisect([1, 2, 3], 2, lo=None), lambda: bisect.bisect([1, 2, 3], 2, lo=1.0),
          lambda: bisect.bisect([1], 2, 0, a=[1]), lambda: bisect.bisect([1]),
          lambda: heapq.heappush(1, 2), lambda: heapq.heappop([]), lambda: heapq.heapify((1,)), lambda: heapq.heappush([]),
          lambda: heapq.heapreplace([], 1), lambda: heapq.nlargest(2), lambda: heapq.heappop(5), lambda: heapq.heappush([1], 'a')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(4)], h)
random.seed(3)
data = [random.randint(0, 100) for _ in range(40)]
h = data[:]
heapq.heapify(h)
print(h)
print(heapq.heapreplace(h, 50), h)
print(heapq.heappushpop(h, -1), heapq.heappushpop(h, 60), h)
print(heapq.heappushpop([], 3))
print(heapq.nlargest(5, data), heapq.nsmallest(5, data), heapq.nlargest(1, data), heapq.nsmallest(1, []))
print(heapq.nlargest(3, data, key=lambda x: -x), heapq.nsmallest(4, iter(data), key=lambda x: x % 10))
print(heapq.nlargest(50, data)[:5], heapq.nsmallest(0, data), heapq.nlargest(-1, data), heapq.nsmallest(3, iter(data)))
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(heapq.nlargest(4, words, key=len), heapq.nsmallest(4, words, key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9], [])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], [9, 6, 3], reverse=True)))
print(list(heapq.merge(["a", "bbb", "cc"], ["dd", "e"], key=len)))
print(list(heapq.merge([(1, 'x'), (2, 'y')], [(1, 'a'), (3, 'b')], key=lambda t: t[0])))
print(list(heapq.merge([5, 3], [4, 1], key=lambda x: -x)), list(heapq.merge()), list(heapq.merge([1, 2])))
hh = [(3, 'c'), (1, 'a'), (2, 'b')]
heapq.heapify(hh)
print(hh, heapq.heappop(hh))

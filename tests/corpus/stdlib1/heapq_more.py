import heapq
import random


class Task:
    def __init__(self, pri, name):
        self.pri = pri
        self.name = name

    def __lt__(self, other):
        return self.pri < other.pri

    def __repr__(self):
        return f"{self.name}:{self.pri}"


random.seed(11)
tasks = [Task(random.randint(1, 5), "t%d" % i) for i in range(12)]
h = []
for t in tasks:
    heapq.heappush(h, t)
print(h)
print([heapq.heappop(h) for _ in range(5)])
h2 = tasks[:]
heapq.heapify(h2)
print(h2)
print(heapq.nsmallest(4, tasks), heapq.nlargest(4, tasks))
print(heapq.nsmallest(3, tasks, key=lambda t: t.name), heapq.nlargest(3, tasks, key=lambda t: t.name))
nums = [random.randint(0, 50) for _ in range(30)]
print(heapq.nlargest(7, nums), heapq.nsmallest(7, nums), heapq.nlargest(7, iter(nums)), heapq.nsmallest(7, iter(nums)))
print(heapq.nlargest(3, nums, key=lambda x: x % 7), heapq.nsmallest(3, iter(nums), key=lambda x: -x))
a = sorted(random.sample(range(100), 10))
b = sorted(random.sample(range(100), 10))
c = sorted(random.sample(range(100), 5))
print(list(heapq.merge(a, b, c)))
print(list(heapq.merge(iter(a), (x for x in b))))
print(list(heapq.merge(sorted(a, reverse=True), sorted(c, reverse=True), reverse=True)))
print(list(heapq.merge(["apple", "fig"], ["kiwi", "banana2"], key=len)))
print(list(heapq.merge([(1, "a"), (1, "b")], [(1, "c")], key=lambda t: t[0])))
m = heapq.merge([1, 3], [2])
print(next(m), list(m))
h = [5, 7, 9, 1, 3]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 4), h, heapq.heapreplace(h, 10), h)
h = []
print(heapq.heappushpop(h, 1), h)
for f in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heapify([1, "a", 2]),
          lambda: heapq.heappush([1], None), lambda: heapq.nlargest(2, [1, "a"]), lambda: list(heapq.merge([1], ["a"])),
          lambda: heapq.heappush((), 1), lambda: heapq.heapify()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

import heapq
class H(list):
    pass
h = H()
for x in [5, 1, 4, 2]:
    heapq.heappush(h, x)
print(h, type(h).__name__, heapq.heappop(h), h)
heapq.heapify(h)
print(heapq.heapreplace(h, 0), heapq.heappushpop(h, 9), h, heapq.nsmallest(2, h))

class MinHeap:
    def __init__(self):
        self.a = []
    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) // 2
            if a[p] <= a[i]:
                break
            a[p], a[i] = a[i], a[p]
            i = p
    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[m]:
                    m = l
                if r < len(a) and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[m], a[i] = a[i], a[m]
                i = m
        return top
    def __len__(self):
        return len(self.a)

EDGES = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
         ("E", "D", 4), ("D", "F", 11), ("E", "F", 20), ("G", "H", 1)]
graph = {}
for u, v, w in EDGES:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, []).append((u, w))

def bfs(start):
    order, seen, queue = [], {start}, [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt, _ in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order

def dfs(node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for nxt, _ in sorted(graph[node]):
        if nxt not in seen:
            dfs(nxt, seen)
    return seen

def dijkstra(src):
    dist, prev = {src: 0}, {}
    heap = MinHeap()
    heap.push((0, src))
    while heap:
        d, u = heap.pop()
        if d > dist[u]:
            continue
        for v, w in graph[u]:
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v], prev[v] = nd, u
                heap.push((nd, v))
    return dist, prev

def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return "->".join(reversed(out))

print("bfs", bfs("A"))
print("dfs", dfs("A"))
dist, prev = dijkstra("A")
for node in sorted(dist):
    print(node, dist[node], path(prev, node))
print("unreachable:", sorted(set(graph) - set(dist)))
components = []
left = sorted(graph)
while left:
    comp = bfs(left[0])
    components.append(sorted(comp))
    left = [n for n in left if n not in comp]
print(components)
h = MinHeap()
for x in [5, 3, 9, 1, 7, 3, 8]:
    h.push(x)
print([h.pop() for _ in range(len(h))])

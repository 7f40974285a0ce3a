"""Dijkstra and A* on a weighted grid with heapq; paths checksummed."""
import heapq
import random
from itertools import product

def make_grid(w, h, rng):
    grid = [[rng.randint(1, 9) for _ in range(w)] for _ in range(h)]
    for _ in range(w * h // 6):
        x, y = rng.randrange(w), rng.randrange(h)
        grid[y][x] = 0  # wall
    grid[0][0] = 1
    grid[h - 1][w - 1] = 1
    return grid

DIRS = [(1, 0), (-1, 0), (0, 1), (0, -1)]

def neighbours(grid, x, y):
    h = len(grid)
    w = len(grid[0])
    for dx, dy in DIRS:
        nx, ny = x + dx, y + dy
        if 0 <= nx < w and 0 <= ny < h and grid[ny][nx]:
            yield nx, ny, grid[ny][nx]

def dijkstra(grid, start):
    dist = {start: 0}
    heap = [(0, start)]
    pops = 0
    while heap:
        d, node = heapq.heappop(heap)
        pops += 1
        if d > dist[node]:
            continue
        for nx, ny, c in neighbours(grid, *node):
            nd = d + c
            if nd < dist.get((nx, ny), 1 << 60):
                dist[(nx, ny)] = nd
                heapq.heappush(heap, (nd, (nx, ny)))
    return dist, pops

def astar(grid, start, goal):
    def h(p):
        return abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    open_ = [(h(start), 0, start)]
    came = {start: None}
    g = {start: 0}
    counter = 0
    while open_:
        f, _, cur = heapq.heappop(open_)
        if cur == goal:
            path = []
            while cur is not None:
                path.append(cur)
                cur = came[cur]
            return g[goal], path[::-1]
        for nx, ny, c in neighbours(grid, *cur):
            ng = g[cur] + c
            nxt = (nx, ny)
            if ng < g.get(nxt, float("inf")):
                g[nxt] = ng
                came[nxt] = cur
                counter += 1
                heapq.heappush(open_, (ng + h(nxt), counter, nxt))
    return None, []

def main():
    rng = random.Random(42)
    print("rng check", rng.random(), rng.randint(1, 100), rng.choice("abcdef"))
    grid = make_grid(60, 40, rng)
    walls = sum(row.count(0) for row in grid)
    print("walls", walls)
    dist, pops = dijkstra(grid, (0, 0))
    print("reachable", len(dist), "pops", pops, "max", max(dist.values()))
    cost, path = astar(grid, (0, 0), (59, 39))
    print("astar cost", cost, "len", len(path), "dijkstra", dist.get((59, 39)))
    chk = 0
    for i, (x, y) in enumerate(path):
        chk = (chk * 31 + x * 61 + y) % 1000000007
    print("path checksum", chk)
    total = 0
    for sx, sy in product(range(0, 60, 6), range(0, 40, 8)):
        if grid[sy][sx]:
            c, p = astar(grid, (sx, sy), (59 - sx, 39 - sy))
            total += (c or 0) + len(p)
    print("multi", total)
    h = list(range(50, 0, -3))
    heapq.heapify(h)
    print(heapq.nsmallest(4, h), heapq.nlargest(3, h), heapq.heappushpop(h, 2), heapq.heapreplace(h, 100))
    merged = list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11], key=lambda v: -v if v > 100 else v))
    print(merged)
    rng2 = random.Random(7)
    xs = [rng2.gauss(0, 1) for _ in range(3)]
    print([round(x, 6) for x in xs], rng2.sample(range(100), 5), rng2.uniform(1, 2))
    lst = list(range(10))
    rng2.shuffle(lst)
    print(lst, rng2.getrandbits(70), rng2.choices("xyz", weights=[1, 2, 3], k=6))

main()

# Chaos-game fractal: random points pulled toward polygon corners, binned on a grid.
import random
import math


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def toward(self, other, frac):
        return Point(self.x + (other.x - self.x) * frac, self.y + (other.y - self.y) * frac)

    def rotate(self, angle):
        c, s = math.cos(angle), math.sin(angle)
        return Point(self.x * c - self.y * s, self.x * s + self.y * c)


def corners(n):
    return [Point(math.cos(2 * math.pi * k / n), math.sin(2 * math.pi * k / n)) for k in range(n)]


def run(n_corners, steps, size, rng):
    pts = corners(n_corners)
    grid = [[0] * size for _ in range(size)]
    p = Point(rng.random(), rng.random())
    last = -1
    for i in range(steps):
        k = rng.randrange(n_corners)
        if k == last:
            k = (k + 1) % n_corners
        last = k
        p = p.toward(pts[k], 0.5).rotate(0.001)
        gx = int((p.x + 1.0) * 0.5 * (size - 1))
        gy = int((p.y + 1.0) * 0.5 * (size - 1))
        if 0 <= gx < size and 0 <= gy < size:
            grid[gy][gx] += 1
    return grid


rng = random.Random(1234)
total = 0
for n in (3, 4, 5, 6):
    g = run(n, 40000, 64, rng)
    filled = sum(1 for row in g for v in row if v)
    peak = max(max(row) for row in g)
    total += filled * 7 + peak
    print(n, filled, peak)
print("checksum", total, round(rng.random(), 12))

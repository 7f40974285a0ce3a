# Chaos game: iterated function system driven by a home-made linear congruential generator,
# rasterised to a small grid; prints coverage counts and formatted floats.
import math


class Lcg:
    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def next_u32(self):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return self.state

    def uniform(self):
        return self.next_u32() / 4294967296.0

    def below(self, n):
        return self.next_u32() % n


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def lerp(self, other, t):
        return Point(self.x + (other.x - self.x) * t, self.y + (other.y - self.y) * t)

    def __repr__(self):
        return f"Point({self.x:.6f}, {self.y:.6f})"


def polygon(n, radius=1.0):
    return [Point(radius * math.cos(2 * math.pi * k / n + math.pi / 2),
                  radius * math.sin(2 * math.pi * k / n + math.pi / 2)) for k in range(n)]


def run(vertices, ratio, steps, rng, size=24):
    grid = [[0] * size for _ in range(size)]
    p = Point(0.0, 0.0)
    last = -1
    sx = sy = 0.0
    for i in range(steps):
        k = rng.below(len(vertices))
        if len(vertices) > 3 and k == last:
            continue
        last = k
        p = p.lerp(vertices[k], ratio)
        if i < 20:
            continue
        sx += p.x
        sy += p.y
        gx = min(size - 1, max(0, int((p.x + 1) / 2 * size)))
        gy = min(size - 1, max(0, int((1 - p.y) / 2 * size)))
        grid[gy][gx] += 1
    return grid, sx, sy, p


def render(grid):
    shades = " .:-=+*#%@"
    peak = max(max(row) for row in grid) or 1
    return ["".join(shades[min(9, c * 9 // peak)] for c in row) for row in grid]


rng = Lcg(20240607)
for sides, ratio in ((3, 0.5), (5, 0.618), (6, 2 / 3)):
    grid, sx, sy, p = run(polygon(sides), ratio, 6000, rng)
    filled = sum(1 for row in grid for c in row if c)
    total = sum(map(sum, grid))
    print(f"sides={sides} ratio={ratio:.4f} filled={filled} total={total}")
    print(f"  centroid=({sx / total:+.8f}, {sy / total:+.8e}) last={p!r}")
    print(f"  checksum={sum((i + 1) * c for i, row in enumerate(grid) for c in row) % 1000003}")
    for line in render(grid)[::4]:
        print("  |" + line + "|")
print("rng", rng.next_u32(), f"{rng.uniform():.17g}", repr(rng.uniform()))

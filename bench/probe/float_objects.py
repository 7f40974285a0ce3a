# Many small float objects: construct from sin/cos/sqrt, normalize, reduce with max.
from math import sin, cos, sqrt


class Pt:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Pt: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self):
        x, y, z = self.x, self.y, self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    nxt = points[0]
    for p in points[1:]:
        nxt = nxt.maximize(p)
    return nxt


def bench(n):
    points = [None] * n
    for i in range(n):
        points[i] = Pt(i)
    for p in points:
        p.normalize()
    return maximize(points)


for _ in range(3):
    r = bench(60000)
print(r)

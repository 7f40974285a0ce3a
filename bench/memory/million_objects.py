# Memory check for bench/run.py: a million small live objects (instances with two int
# attributes, plus a tuple each), then a checksum. Peak RSS is compared with CPython's.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


points = [Point(i, i + 1) for i in range(1_000_000)]
pairs = [(p.x, p.y) for p in points]
print(sum(p.x for p in points) + sum(b for _, b in pairs))

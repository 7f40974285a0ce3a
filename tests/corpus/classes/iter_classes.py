class Range2D:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y
    def __len__(self):
        return self.w * self.h
    def __contains__(self, p):
        x, y = p
        return 0 <= x < self.w and 0 <= y < self.h
r = Range2D(3, 2)
print(list(r), len(r), (2, 1) in r, (3, 0) in r)
print(dict.fromkeys(r, 0))
print(sorted(r, key=lambda p: (-p[0], p[1]))[:3])
print(sum(x for x, _ in r), max(r), min(r))
print(list(map(sum, r)), [p for p in r if p[0] == p[1]])
a, b, *rest = r
print(a, b, rest)

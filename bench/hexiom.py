# A hexagonal tile puzzle solved by constraint propagation and backtracking: sets of
# candidates copied per branch, set comparisons, dicts of counts, sum() over generators.
import itertools


class Hex:
    def __init__(self, radius):
        self.radius = radius
        self.cells = []
        self.index = {}
        for q in range(-radius, radius + 1):
            for r in range(-radius, radius + 1):
                s = -q - r
                if abs(s) <= radius:
                    self.index[(q, r)] = len(self.cells)
                    self.cells.append((q, r))
        dirs = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))
        self.links = []
        for (q, r) in self.cells:
            self.links.append(frozenset(self.index[(q + dq, r + dr)] for dq, dr in dirs
                                        if (q + dq, r + dr) in self.index))

    def __len__(self):
        return len(self.cells)


class Puzzle:
    def __init__(self, hexgrid, tiles, fixed):
        self.hex = hexgrid
        self.tiles = dict(tiles)          # value -> count (value 7 = empty)
        self.fixed = dict(fixed)          # cell -> value
        n = len(hexgrid)
        self.domains = [set(self.tiles) for _ in range(n)]
        for cell, v in self.fixed.items():
            self.domains[cell] = {v}

    def propagate(self, doms):
        changed = True
        while changed:
            changed = False
            for cell, dom in enumerate(doms):
                if not dom:
                    return False
                links = self.hex.links[cell]
                if 7 in dom and len(dom) == 1:
                    continue
                min_occ = sum(1 for l in links if 7 not in doms[l])
                max_occ = sum(1 for l in links if doms[l] != {7})
                keep = {v for v in dom if v == 7 or min_occ <= v <= max_occ}
                if keep != dom:
                    doms[cell] = keep
                    changed = True
            counts = {}
            for dom in doms:
                if len(dom) == 1:
                    (v,) = dom
                    counts[v] = counts.get(v, 0) + 1
            for v, c in counts.items():
                if c > self.tiles.get(v, 0):
                    return False
                if c == self.tiles[v]:
                    for cell, dom in enumerate(doms):
                        if len(dom) > 1 and v in dom:
                            doms[cell] = dom - {v}
                            changed = True
        return True

    def solve(self):
        self.nodes = 0
        self.solutions = []
        self.search([set(d) for d in self.domains])
        return self.solutions

    def search(self, doms):
        self.nodes += 1
        if not self.propagate(doms):
            return
        open_cells = [(len(d), i) for i, d in enumerate(doms) if len(d) > 1]
        if not open_cells:
            if self.check(doms):
                self.solutions.append(tuple(next(iter(d)) for d in doms))
            return
        _, cell = min(open_cells)
        for v in sorted(doms[cell], reverse=True):
            nd = [set(d) for d in doms]
            nd[cell] = {v}
            self.search(nd)

    def check(self, doms):
        vals = [next(iter(d)) for d in doms]
        for cell, v in enumerate(vals):
            if v == 7:
                continue
            occ = sum(1 for l in self.hex.links[cell] if vals[l] != 7)
            if occ != v:
                return False
        used = {}
        for v in vals:
            used[v] = used.get(v, 0) + 1
        return used == self.tiles


def make_puzzle(radius, seed_solution):
    h = Hex(radius)
    vals = []
    for cell in range(len(h)):
        if seed_solution[cell]:
            vals.append(sum(1 for l in h.links[cell] if seed_solution[l]))
        else:
            vals.append(7)
    tiles = {}
    for v in vals:
        tiles[v] = tiles.get(v, 0) + 1
    return h, tiles, vals


def main():
    results = []
    patterns = [
        (1, [1, 1, 0, 1, 1, 1, 0]),
        (2, [1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1, 0, 1, 0, 1, 1, 1]),
        (2, [0, 1, 1, 1, 1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 1, 1, 1, 0, 1]),
        (2, [1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 1]),
    ]
    for radius, pattern in patterns:
        h, tiles, vals = make_puzzle(radius, pattern)
        for nfixed in ((0, 2) if radius == 1 else (4, 5)):
            fixed = {c: vals[c] for c in itertools.islice(range(len(h)), 0, None, 5)}
            fixed = dict(itertools.islice(fixed.items(), nfixed))
            p = Puzzle(h, tiles, fixed)
            sols = p.solve()
            results.append((radius, nfixed, len(sols), p.nodes, tuple(vals) in set(sols)))
            print(results[-1], sorted(tiles.items()))
    print(sum(r[3] for r in results))


main()

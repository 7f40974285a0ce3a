# A small polyomino tiling puzzle solved with bitmasks (in the spirit of meteor-contest).
W, H = 5, 6
SHAPES = {
    "I": [(0, 0), (1, 0), (2, 0), (3, 0)],
    "L": [(0, 0), (0, 1), (0, 2), (1, 2)],
    "T": [(0, 0), (1, 0), (2, 0), (1, 1)],
    "S": [(0, 0), (1, 0), (1, 1), (2, 1)],
    "O": [(0, 0), (1, 0), (0, 1), (1, 1)],
    "P": [(0, 0), (1, 0), (0, 1), (1, 1), (0, 2)],
    "V": [(0, 0), (0, 1), (0, 2), (1, 2), (2, 2)],
}


def variants(cells):
    seen = set()
    out = []
    pts = cells
    for flip in range(2):
        for rot in range(4):
            minx = min(x for x, y in pts)
            miny = min(y for x, y in pts)
            norm = tuple(sorted((x - minx, y - miny) for x, y in pts))
            if norm not in seen:
                seen.add(norm)
                out.append(norm)
            pts = [(-y, x) for x, y in pts]
        pts = [(-x, y) for x, y in pts]
    return out


def placements(name):
    masks = []
    for v in variants(SHAPES[name]):
        for ox in range(W):
            for oy in range(H):
                m = 0
                ok = True
                for x, y in v:
                    X, Y = x + ox, y + oy
                    if X >= W or Y >= H:
                        ok = False
                        break
                    m |= 1 << (Y * W + X)
                if ok:
                    masks.append(m)
    return masks


FULL = (1 << (W * H)) - 1
by_cell = {}
names = sorted(SHAPES)
for nm in names:
    for m in placements(nm):
        low = (m & -m).bit_length() - 1
        by_cell.setdefault(low, []).append((nm, m))


def solve(board, used, acc, results):
    if board == FULL:
        results.append(tuple(acc))
        return
    free = ~board & FULL
    cell = (free & -free).bit_length() - 1
    for nm, m in by_cell.get(cell, ()):
        if nm in used or board & m:
            continue
        used.add(nm)
        acc.append((nm, m))
        solve(board | m, used, acc, results)
        acc.pop()
        used.discard(nm)
    # allow leaving a cell empty: count a hole via a sentinel piece "."
    if "." not in used:
        used.add(".")
        acc.append((".", 1 << cell))
        solve(board | (1 << cell), used, acc, results)
        acc.pop()
        used.discard(".")


results = []
for _ in range(3):
    results = []
    solve(0, set(), [], results)
def render(sol):
    grid = ["?"] * (W * H)
    for nm, m in sol:
        i = 0
        while m:
            if m & 1:
                grid[i] = nm
            m >>= 1
            i += 1
    return "".join(grid)
strs = sorted(render(s) for s in results)
print(len(results), strs[0], strs[-1])
print(sum(sum(ord(c) for c in s) for s in strs[:50]))

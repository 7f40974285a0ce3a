# A hexagonal tile-sliding puzzle solver in the spirit of Hexiom: cells on a hex grid, each
# tile must touch exactly as many occupied neighbours as its number says. Solved by
# backtracking with constraint propagation over per-cell candidate sets.


class HexGrid:
    def __init__(self, radius):
        self.radius = radius
        self.cells = []
        for q in range(-radius, radius + 1):
            for r in range(max(-radius, -q - radius), min(radius, -q + radius) + 1):
                self.cells.append((q, r))
        self.index = {c: i for i, c in enumerate(self.cells)}
        self.neighbours = []
        for q, r in self.cells:
            around = []
            for dq, dr in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1)):
                j = self.index.get((q + dq, r + dr))
                if j is not None:
                    around.append(j)
            self.neighbours.append(tuple(around))

    def __len__(self):
        return len(self.cells)


EMPTY = "."


class Puzzle:
    def __init__(self, grid, tiles, fixed=None):
        self.grid = grid
        self.tiles = dict(tiles)          # number -> count
        self.fixed = dict(fixed or {})    # cell index -> number
        self.nodes = 0

    def consistent(self, board, cell):
        """Checks the cell and its neighbours against their numbers where decidable."""
        for c in (cell,) + self.grid.neighbours[cell]:
            v = board[c]
            if v is None or v == EMPTY:
                continue
            filled = unknown = 0
            for n in self.grid.neighbours[c]:
                if board[n] is None:
                    unknown += 1
                elif board[n] != EMPTY:
                    filled += 1
            if filled > v or filled + unknown < v:
                return False
        return True

    def order(self):
        # Most-constrained cells first: fixed ones, then the ones with the most neighbours.
        return sorted(range(len(self.grid)), key=lambda i: (i not in self.fixed, -len(self.grid.neighbours[i]), i))

    def solve(self, limit=5):
        board = [None] * len(self.grid)
        remaining = dict(self.tiles)
        empties = len(self.grid) - sum(self.tiles.values())
        remaining[EMPTY] = empties
        solutions = []
        order = self.order()

        def place(k):
            if len(solutions) >= limit:
                return
            self.nodes += 1
            if k == len(order):
                solutions.append(tuple(board))
                return
            cell = order[k]
            choices = [self.fixed[cell]] if cell in self.fixed else sorted(
                (v for v, n in remaining.items() if n > 0), key=lambda v: (v == EMPTY, str(v)))
            for v in choices:
                if remaining.get(v, 0) <= 0:
                    continue
                board[cell] = v
                remaining[v] -= 1
                if self.consistent(board, cell):
                    place(k + 1)
                remaining[v] += 1
                board[cell] = None

        place(0)
        return solutions

    def show(self, board):
        rows = {}
        for (q, r), v in zip(self.grid.cells, board):
            rows.setdefault(r, []).append("." if v == EMPTY else str(v))
        lines = []
        for r in sorted(rows):
            lines.append(" " * abs(r) + " ".join(rows[r]))
        return "\n".join(lines)


def make_puzzle(radius, occupied, pin):
    """A solvable puzzle: number the chosen cells by their occupied neighbours, pin some."""
    grid = HexGrid(radius)
    occ = set(occupied)
    numbers = {i: sum(1 for n in grid.neighbours[i] if n in occ) for i in occ}
    tiles = {}
    for v in numbers.values():
        tiles[v] = tiles.get(v, 0) + 1
    fixed = {i: numbers[i] for i in pin}
    return grid, tiles, fixed


for radius, occupied, pin in [
    (1, [0, 3, 6], []),
    (1, [1, 2, 3, 4], [3]),
    (2, [0, 1, 5, 9, 10, 14, 18], [9, 14]),
    (2, [2, 3, 7, 8, 9, 12, 16], [8, 9, 3]),
]:
    grid, tiles, fixed = make_puzzle(radius, occupied, pin)
    puzzle = Puzzle(grid, tiles, fixed)
    sols = puzzle.solve(limit=6)
    print(f"radius={radius} cells={len(grid)} tiles={sorted(tiles.items())} fixed={fixed} "
          f"solutions={len(sols)} nodes={puzzle.nodes}")
    print(puzzle.show(sols[0]))
    print("signature", sum(i * 31 + sum(k for k, v in enumerate(s) if v != EMPTY) for i, s in enumerate(sols)))
grid = HexGrid(3)
print(len(grid), sum(map(len, grid.neighbours)), grid.neighbours[grid.index[(0, 0)]], grid.cells[:5])

# A small Go-like board: random legal moves, captures by flood fill, many tiny objects.
import random

SIZE = 9
EMPTY, BLACK, WHITE = 0, 1, 2


class Stone:
    __slots__ = ("color", "pos")

    def __init__(self, color, pos):
        self.color = color
        self.pos = pos


class Board:
    def __init__(self):
        self.cells = [None] * (SIZE * SIZE)
        self.neigh = [self._neighbours(p) for p in range(SIZE * SIZE)]
        self.captured = {BLACK: 0, WHITE: 0}

    def _neighbours(self, p):
        x, y = p % SIZE, p // SIZE
        out = []
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nx, ny = x + dx, y + dy
            if 0 <= nx < SIZE and 0 <= ny < SIZE:
                out.append(ny * SIZE + nx)
        return out

    def group(self, p):
        color = self.cells[p].color
        seen = {p}
        stack = [p]
        libs = set()
        while stack:
            q = stack.pop()
            for n in self.neigh[q]:
                c = self.cells[n]
                if c is None:
                    libs.add(n)
                elif c.color == color and n not in seen:
                    seen.add(n)
                    stack.append(n)
        return seen, libs

    def play(self, p, color):
        if self.cells[p] is not None:
            return False
        self.cells[p] = Stone(color, p)
        other = WHITE if color == BLACK else BLACK
        for n in self.neigh[p]:
            c = self.cells[n]
            if c is not None and c.color == other:
                stones, libs = self.group(n)
                if not libs:
                    for s in stones:
                        self.cells[s] = None
                    self.captured[color] += len(stones)
        stones, libs = self.group(p)
        if not libs:
            for s in stones:
                self.cells[s] = None
            self.captured[other] += len(stones)
        return True

    def score(self):
        b = sum(1 for c in self.cells if c is not None and c.color == BLACK)
        w = sum(1 for c in self.cells if c is not None and c.color == WHITE)
        return b, w


def game(rng):
    board = Board()
    color = BLACK
    empties = list(range(SIZE * SIZE))
    for move in range(250):
        free = [p for p in empties if board.cells[p] is None]
        if not free:
            break
        p = rng.choice(free)
        board.play(p, color)
        color = WHITE if color == BLACK else BLACK
    return board.score(), board.captured[BLACK], board.captured[WHITE]


rng = random.Random(42)
acc = 0
for g in range(60):
    (b, w), cb, cw = game(rng)
    acc = (acc * 31 + b * 7 + w * 3 + cb + cw * 5) % 1000000007
print("go", acc)

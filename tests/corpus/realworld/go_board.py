# A tiny Go engine: board with union-find groups, liberties, captures, ko, and random playouts
# driven by a seeded random.Random; prints scores and game records.
import random

EMPTY, BLACK, WHITE = 0, 1, 2
SHOW = {EMPTY: ".", BLACK: "X", WHITE: "O"}


class Square:
    __slots__ = ("board", "pos", "color", "parent", "rank", "libs", "neighbours")

    def __init__(self, board, pos):
        self.board = board
        self.pos = pos
        self.color = EMPTY
        self.parent = self
        self.rank = 0
        self.libs = 0
        self.neighbours = []

    def find(self):
        root = self
        while root.parent is not root:
            root = root.parent
        node = self
        while node.parent is not root:
            node.parent, node = root, node.parent
        return root

    def union(self, other):
        a, b = self.find(), other.find()
        if a is b:
            return a
        if a.rank < b.rank:
            a, b = b, a
        b.parent = a
        if a.rank == b.rank:
            a.rank += 1
        return a


class Board:
    def __init__(self, size):
        self.size = size
        self.squares = [Square(self, p) for p in range(size * size)]
        for sq in self.squares:
            x, y = divmod(sq.pos, size)
            for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
                nx, ny = x + dx, y + dy
                if 0 <= nx < size and 0 <= ny < size:
                    sq.neighbours.append(self.squares[nx * size + ny])
        self.reset()

    def reset(self):
        for sq in self.squares:
            sq.color = EMPTY
            sq.parent = sq
            sq.rank = 0
        self.ko = None
        self.history = []
        self.captures = {BLACK: 0, WHITE: 0}
        self.passes = 0

    def group(self, sq):
        root = sq.find()
        return [s for s in self.squares if s.color == sq.color and s.find() is root]

    def liberties(self, sq):
        root = sq.find()
        libs = set()
        for s in self.squares:
            if s.color == sq.color and s.find() is root:
                for n in s.neighbours:
                    if n.color == EMPTY:
                        libs.add(n.pos)
        return libs

    def legal(self, sq, color):
        if sq.color != EMPTY or sq is self.ko:
            return False
        for n in sq.neighbours:
            if n.color == EMPTY:
                return True
        other = BLACK + WHITE - color
        for n in sq.neighbours:
            libs = self.liberties(n)
            if n.color == color and len(libs) > 1:
                return True
            if n.color == other and len(libs) == 1:
                return True
        return False

    def play(self, sq, color):
        other = BLACK + WHITE - color
        sq.color = color
        sq.parent = sq
        sq.rank = 0
        for n in sq.neighbours:
            if n.color == color:
                sq.union(n)
        captured = []
        for n in sq.neighbours:
            if n.color == other and not self.liberties(n):
                captured.extend(self.group(n))
        for s in captured:
            s.color = EMPTY
            s.parent = s
            s.rank = 0
        # Rebuild union-find for stones that lost a root when the captured group vanished.
        if captured:
            for s in self.squares:
                if s.color != EMPTY:
                    s.parent = s
                    s.rank = 0
            for s in self.squares:
                if s.color != EMPTY:
                    for n in s.neighbours:
                        if n.color == s.color:
                            s.union(n)
        self.captures[color] += len(captured)
        self.ko = captured[0] if len(captured) == 1 and len(self.group(sq)) == 1 else None
        self.history.append(sq.pos)
        self.passes = 0

    def random_move(self, rng, color):
        empties = [s for s in self.squares if s.color == EMPTY]
        rng.shuffle(empties)
        for sq in empties:
            if self.legal(sq, color) and not self.is_own_eye(sq, color):
                return sq
        return None

    def is_own_eye(self, sq, color):
        return all(n.color == color for n in sq.neighbours)

    def score(self):
        points = {BLACK: 0, WHITE: 0}
        for sq in self.squares:
            if sq.color != EMPTY:
                points[sq.color] += 1
            else:
                around = {n.color for n in sq.neighbours} - {EMPTY}
                if len(around) == 1:
                    points[around.pop()] += 1
        return points

    def __str__(self):
        rows = []
        for x in range(self.size):
            rows.append(" ".join(SHOW[self.squares[x * self.size + y].color] for y in range(self.size)))
        return "\n".join(rows)


def playout(board, rng, max_moves):
    board.reset()
    color = BLACK
    for _ in range(max_moves):
        sq = board.random_move(rng, color)
        if sq is None:
            board.passes += 1
            if board.passes >= 2:
                break
        else:
            board.play(sq, color)
        color = BLACK + WHITE - color
    return board.score()


rng = random.Random(1234)
board = Board(7)
wins = {BLACK: 0, WHITE: 0}
total_moves = 0
for game in range(12):
    s = playout(board, rng, 80)
    winner = BLACK if s[BLACK] > s[WHITE] + 2.5 else WHITE
    wins[winner] += 1
    total_moves += len(board.history)
    print(f"game {game:2d}: black {s[BLACK]:2d} white {s[WHITE]:2d} moves {len(board.history):3d}"
          f" caps {board.captures[BLACK]}/{board.captures[WHITE]} first {board.history[:5]}")
print(board)
print("wins", wins, "moves", total_moves)
print("rng", rng.random(), rng.randrange(10**12), rng.choice("abcdefgh"), rng.randint(-5, 5))
print("sample", rng.sample(range(100), 5), rng.uniform(1, 2), rng.getrandbits(70))
r2 = random.Random("seed-string")
print("str seed", r2.random(), r2.randrange(0, 100, 7))
r3 = random.Random(2**80 + 12345)
deck = list(range(20))
r3.shuffle(deck)
print("bigseed", deck, r3.choices("xyz", k=6), r3.choices(range(4), weights=[1, 2, 3, 4], k=5))
state = r3.getstate()
a = [r3.random() for _ in range(3)]
r3.setstate(state)
print("state", a == [r3.random() for _ in range(3)], r3.gauss(0, 1) != 0)

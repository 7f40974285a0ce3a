class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __sub__(self, o):
        return Matrix([[a - b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, o):
        if isinstance(o, Matrix):
            if self.m != o.n:
                raise ValueError(f"shape mismatch {self.n}x{self.m} * {o.n}x{o.m}")
            cols = list(zip(*o.rows))
            return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
        return Matrix([[a * o for a in r] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, o):
        return self * o
    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __neg__(self):
        return -1 * self
    def transpose(self):
        return Matrix(zip(*self.rows))
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(str(x).rjust(w) for x in r) + "]" for r in self.rows)

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b)
print(a - b)
print(a * b)
print(a @ b == a * b)
print(2 * a, a * 2 == 2 * a)
print(-a)
print(a.transpose())
fib = Matrix([[1, 1], [1, 0]])
print((fib ** 10)[0, 1], (fib ** 90)[0, 1])
print(repr(Matrix.identity(3)))
try:
    a * Matrix([[1, 2, 3]])
except ValueError as e:
    print("ValueError:", e)
c = Matrix([[1.5, 0], [0, 2]])
c[0, 1] = 7
print(c)

# SciMark-style kernels written from scratch: SOR, sparse matvec, Monte Carlo, LU, FFT.
import math


class Lcg:
    """Park-Miller minimal standard generator with float output."""

    def __init__(self, seed):
        self.state = seed % 2147483647 or 1

    def next_int(self):
        self.state = (self.state * 48271) % 2147483647
        return self.state

    def next_float(self):
        return self.next_int() / 2147483647.0

    def fill_matrix(self, rows, cols):
        return [[self.next_float() for _ in range(cols)] for _ in range(rows)]


def sor(grid, omega, iterations):
    n = len(grid)
    m = len(grid[0])
    quarter = omega * 0.25
    keep = 1.0 - omega
    for _ in range(iterations):
        for i in range(1, n - 1):
            up = grid[i - 1]
            row = grid[i]
            down = grid[i + 1]
            for j in range(1, m - 1):
                row[j] = quarter * (up[j] + down[j] + row[j - 1] + row[j + 1]) + keep * row[j]
    total = 0.0
    for row in grid:
        total += sum(row)
    return total


def build_sparse(n, nz, rng):
    per_row = nz // n
    values, cols, row_ptr = [], [], [0]
    for r in range(n):
        step = max(1, r // per_row) if per_row else 1
        for k in range(per_row):
            c = (r + k * step) % n
            cols.append(c)
            values.append(rng.next_float())
        row_ptr.append(len(cols))
    return values, cols, row_ptr


def sparse_matmult(values, cols, row_ptr, x, cycles):
    n = len(row_ptr) - 1
    y = [0.0] * n
    for _ in range(cycles):
        for r in range(n):
            acc = 0.0
            for k in range(row_ptr[r], row_ptr[r + 1]):
                acc += values[k] * x[cols[k]]
            y[r] = acc
    return sum(y)


def monte_carlo(samples, rng):
    inside = 0
    for _ in range(samples):
        x = rng.next_float()
        y = rng.next_float()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / samples


def lu_factor(a, pivot):
    n = len(a)
    for j in range(n):
        best = j
        big = abs(a[j][j])
        for i in range(j + 1, n):
            v = abs(a[i][j])
            if v > big:
                big = v
                best = i
        pivot[j] = best
        if best != j:
            a[j], a[best] = a[best], a[j]
        if a[j][j] == 0.0:
            raise ZeroDivisionError("singular")
        if j < n - 1:
            inv = 1.0 / a[j][j]
            for k in range(j + 1, n):
                a[k][j] *= inv
        if j < n - 1:
            rowj = a[j]
            for ii in range(j + 1, n):
                rowi = a[ii]
                f = rowi[j]
                for jj in range(j + 1, n):
                    rowi[jj] -= f * rowj[jj]
    return a


def fft_transform(data, direction):
    n = len(data) // 2
    if n <= 1:
        return
    logn = n.bit_length() - 1
    # bit reversal
    j = 0
    for i in range(n - 1):
        if i < j:
            ii, jj = 2 * i, 2 * j
            data[ii], data[jj] = data[jj], data[ii]
            data[ii + 1], data[jj + 1] = data[jj + 1], data[ii + 1]
        k = n >> 1
        while k <= j:
            j -= k
            k >>= 1
        j += k
    dual = 1
    for _bit in range(logn):
        w_real, w_imag = 1.0, 0.0
        theta = 2.0 * direction * math.pi / (2.0 * dual)
        s = math.sin(theta)
        t = math.sin(theta / 2.0)
        s2 = 2.0 * t * t
        for a in range(dual):
            for b in range(0, n, 2 * dual):
                i = 2 * (b + a)
                jx = 2 * (b + a + dual)
                z_real = data[jx]
                z_imag = data[jx + 1]
                wd_real = w_real * z_real - w_imag * z_imag
                wd_imag = w_real * z_imag + w_imag * z_real
                data[jx] = data[i] - wd_real
                data[jx + 1] = data[i + 1] - wd_imag
                data[i] += wd_real
                data[i + 1] += wd_imag
            tmp_real = w_real - s * w_imag - s2 * w_real
            w_imag = w_imag + s * w_real - s2 * w_imag
            w_real = tmp_real
        dual *= 2


def fft_roundtrip(n, rng, cycles):
    data = [rng.next_float() for _ in range(2 * n)]
    orig = list(data)
    for _ in range(cycles):
        fft_transform(data, -1)
        fft_transform(data, 1)
        for i in range(len(data)):
            data[i] /= n
    err = 0.0
    for a, b in zip(data, orig):
        err += (a - b) ** 2
    return math.sqrt(err / n)


rng = Lcg(101010)
g = rng.fill_matrix(60, 60)
print("sor %.6f" % sor(g, 1.25, 40))
vals, cols, rp = build_sparse(1000, 5000, rng)
x = [rng.next_float() for _ in range(1000)]
print("sparse %.6f" % sparse_matmult(vals, cols, rp, x, 40))
print("mc %.6f" % monte_carlo(200000, rng))
a = rng.fill_matrix(80, 80)
piv = [0] * 80
lu_factor(a, piv)
print("lu %.6f %s" % (sum(sum(r) for r in a), sum(piv)))
print("fft %.3e" % fft_roundtrip(1024, rng, 20))

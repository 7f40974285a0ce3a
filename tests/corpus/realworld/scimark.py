# SciMark-style kernels: SOR, sparse mat-mult, Monte Carlo with a seeded LCG, LU, FFT.
import math

class Random:
    """Lehmer generator so results do not depend on the random module."""
    def __init__(self, seed):
        self.state = seed

    def next_double(self):
        self.state = (self.state * 48271) % 2147483647
        return self.state / 2147483647

    def matrix(self, m, n):
        return [[self.next_double() for _ in range(n)] for _ in range(m)]

def sor(n, cycles, omega, rnd):
    g = rnd.matrix(n, n)
    for _ in range(cycles):
        for i in range(1, n - 1):
            gi, gim, gip = g[i], g[i - 1], g[i + 1]
            for j in range(1, n - 1):
                gi[j] = omega * 0.25 * (gim[j] + gip[j] + gi[j - 1] + gi[j + 1]) + (1.0 - omega) * gi[j]
    return sum(map(sum, g))

def sparse_matmult(n, nz, cycles, rnd):
    x = [rnd.next_double() for _ in range(n)]
    y = [0.0] * n
    nr = nz // n
    row = [0] * (n + 1)
    col, val = [], []
    for r in range(n):
        row[r + 1] = row[r] + nr
        step = max(r // nr, 1)
        for i in range(nr):
            col.append((i * step) % n)
            val.append(rnd.next_double())
    for _ in range(cycles):
        for r in range(n):
            s = 0.0
            for i in range(row[r], row[r + 1]):
                s += x[col[i]] * val[i]
            y[r] = s
    return sum(y)

def monte_carlo(samples, rnd):
    under = 0
    for _ in range(samples):
        x = rnd.next_double()
        y = rnd.next_double()
        if x * x + y * y <= 1.0:
            under += 1
    return under / samples * 4.0

def lu_factor(a):
    n = len(a)
    pivot = list(range(n))
    for j in range(n):
        jp = max(range(j, n), key=lambda i: abs(a[i][j]))
        pivot[j] = jp
        if jp != j:
            a[j], a[jp] = a[jp], a[j]
        if j < n - 1:
            recp = 1.0 / a[j][j]
            for k in range(j + 1, n):
                a[k][j] *= recp
        for ii in range(j + 1, n):
            aii, aj = a[ii], a[j]
            aiij = aii[j]
            for jj in range(j + 1, n):
                aii[jj] -= aiij * aj[jj]
    return pivot

def fft(data):
    n = len(data) // 2
    j = 0
    for i in range(n - 1):
        if i < j:
            data[2*i], data[2*j] = data[2*j], data[2*i]
            data[2*i+1], data[2*j+1] = data[2*j+1], data[2*i+1]
        k = n >> 1
        while k <= j:
            j -= k
            k >>= 1
        j += k
    dual = 1
    while dual < n:
        w_real, w_imag = 1.0, 0.0
        theta = -math.pi / dual
        s = math.sin(theta)
        t = math.sin(theta / 2.0)
        s2 = 2.0 * t * t
        for a in range(dual):
            for b in range(0, n, 2 * dual):
                i, jj = 2 * (b + a), 2 * (b + a + dual)
                wd_real = w_real * data[jj] - w_imag * data[jj + 1]
                wd_imag = w_real * data[jj + 1] + w_imag * data[jj]
                data[jj] = data[i] - wd_real
                data[jj + 1] = data[i + 1] - wd_imag
                data[i] += wd_real
                data[i + 1] += wd_imag
            tmp_real = w_real - s * w_imag - s2 * w_real
            w_imag = w_imag + s * w_real - s2 * w_imag
            w_real = tmp_real
        dual *= 2
    return data

rnd = Random(101010)
print("sor", f"{sor(60, 12, 1.25, rnd):.10f}")
print("sparse", f"{sparse_matmult(400, 2000, 30, rnd):.10f}")
print("monte", monte_carlo(60000, rnd))
a = rnd.matrix(60, 60)
piv = lu_factor(a)
print("lu", piv[:10], f"{sum(a[i][i] for i in range(60)):.8f}")
d = fft([rnd.next_double() for _ in range(2 * 1024)])
print("fft", f"{sum(d):.8f}", f"{max(d):.6f}", f"{min(d):.6f}")

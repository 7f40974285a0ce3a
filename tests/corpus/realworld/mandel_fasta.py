import bisect
from itertools import accumulate

ALU = ("GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG"
       "GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA")
IUB = list(zip("acgtBDHKMNRSVWY", [0.27, 0.12, 0.12, 0.27] + [0.02] * 11))
HOMO = [("a", 0.3029549426680), ("c", 0.1979883004921),
        ("g", 0.1975473066391), ("t", 0.3015094502008)]


class Rand:
    def __init__(self, seed=42):
        self.last = seed

    def __call__(self, maxv=1.0):
        self.last = (self.last * 3877 + 29573) % 139968
        return maxv * self.last / 139968


def repeat_fasta(src, n, width=60):
    out = []
    s = src * (n // len(src) + 1)
    for i in range(0, n, width):
        out.append(s[i:i + min(width, n - i)])
    return out


def random_fasta(table, n, rand, width=60):
    chars = [c for c, _ in table]
    probs = list(accumulate(p for _, p in table))
    out = []
    for i in range(0, n, width):
        line = "".join(chars[bisect.bisect(probs, rand())] for _ in range(min(width, n - i)))
        out.append(line)
    return out


def mandelbrot(size):
    rows = []
    for y in range(size):
        bits = []
        ci = 2.0 * y / size - 1.0
        for x in range(size):
            cr = 2.0 * x / size - 1.5
            zr = zi = 0.0
            inside = True
            for _ in range(50):
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                if zr * zr + zi * zi > 4.0:
                    inside = False
                    break
            bits.append("#" if inside else ".")
        rows.append("".join(bits))
    return rows


def knucleotide(seq, k):
    counts = {}
    for i in range(len(seq) - k + 1):
        frag = seq[i:i + k]
        counts[frag] = counts.get(frag, 0) + 1
    total = sum(counts.values())
    return sorted(((f, 100.0 * c / total) for f, c in counts.items()), key=lambda x: (-x[1], x[0]))


def main():
    r = Rand()
    lines = repeat_fasta(ALU, 300) + random_fasta(IUB, 600, r) + random_fasta(HOMO, 900, r)
    for line in lines[:4] + lines[-2:]:
        print(line)
    seq = "".join(lines[-15:]).upper()
    for k in (1, 2):
        for frag, pct in knucleotide(seq, k):
            print(f"{frag} {pct:.3f}")
    for row in mandelbrot(24):
        print(row)
    comp = str.maketrans("ACGTUMRWSYKVHDBN", "TGCAAKYWSRMBDHVN")
    print(seq[:60].translate(comp)[::-1])


main()

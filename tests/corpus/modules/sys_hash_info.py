# sys.hash_info: CPython's numeric hash parameters, which int/float/complex hashes here follow.
import sys
print(sys.hash_info)
hi = sys.hash_info
print(hi.width, hi.modulus, hi.inf, hi.nan, hi.imag, hi.algorithm, hi.hash_bits, hi.seed_bits, hi.cutoff, len(hi), hi[1] == 2**61 - 1)
print(hash(2**61 - 1), hash(float("inf")), hash(complex(0, 1)) == hi.imag, hash(-1), hash(1.5) == (3 * pow(2, -1, hi.modulus)) % hi.modulus)

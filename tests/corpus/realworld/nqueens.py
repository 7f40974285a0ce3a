"""N-Queens via permutations, like pyperformance's bm_nqueens."""
from itertools import permutations


def n_queens(queen_count):
    cols = range(queen_count)
    for vec in permutations(cols):
        if (queen_count == len(set(vec[i] + i for i in cols))
                        == len(set(vec[i] - i for i in cols))):
            yield vec


def main():
    sols = list(n_queens(7))
    print(len(sols), sols[:3], sols[-1])
    print(sum(hash(s) & 0xFFFF for s in sols) % 9973)


main()

# Ranges spanning all of i64 hold more than 2**63 - 1 items: truth, equality and indexing
# still follow CPython.
big = range(-2**63, 2**63 - 1)
print(bool(big), big == range(-2**63, 2**63 - 1, 1), big == range(-2**63, 2**63 - 2))
print(range(0, 10, 3) == range(0, 11, 3), bool(range(5, 5)), hash(range(0)) == hash(range(3, 3)))
print(big[0], big[-1], big[2**62])

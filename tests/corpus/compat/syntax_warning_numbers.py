# CPython 3.13 still reads a number literal run into a keyword (`1if`, `0x1for`, `1jor`) but
# its tokenizer warns, in source order among the escape warnings. Non-zero exit: the corpus
# compares the whole stderr.
import sys

x = 1
print(1if x else 2, 0x1for x in [1])
print([0x1for x in (1, 2)])
print(1or 2, 1_0and 3, 1.5if x else 0, 1jif x else 0)
print(0o7in [7], 0b1not in [2])
print(1.e1if x else 0, 0xaif x else 0, 1Jor 0, 1.5jand 0, 00if 1 else 1)
s = "\d"; n = 2if x else 3
print(s, n, f"\w{3if x else 4}")
print([0 for x in [1]], 0x1e+1, 1e5 if x else 0)
sys.exit(3)

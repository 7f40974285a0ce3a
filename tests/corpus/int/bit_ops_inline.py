# &, |, ^, << and >> on small ints are done inline by the VM (ops::fast_arith); at the i64
# edges (shifts that overflow, negative counts, huge counts) and for bools they must still
# give CPython's results and errors.
vals = [0, 1, -1, 2, -2, 7, -7, 255, 2**62, -2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**100, True, False]
for x in vals:
    for y in [0, 1, 3, 62, 63, 64, 65, 100, 2**62, 2**63 - 1]:
        try:
            r = (x << y) if y < 200 else "skip"
        except Exception as e:
            r = type(e).__name__
        print(x, y, x & y, x | y, x ^ y, r, x >> y)
def f():
    t = 0
    for i in range(-70, 70):
        t ^= (i << 3) | (i >> 2) & 0xFF
        t += (1 << (i % 70)) >> 5
        a = i
        a <<= 2; a >>= 1; a &= 0x7F; a |= 256; a ^= 3
        t += a
    return t
print(f())
for x, y in [(1, -1), (-5, -2)]:
    for op in ["<<", ">>"]:
        try:
            print(eval(f"{x} {op} {y}"))
        except ValueError as e:
            print("ValueError:", e)
def g(x, y):
    return x << y, x >> y, x & y
for y in [-1, 64, 63]:
    try:
        print(g(3, y))
    except ValueError as e:
        print("ValueError:", e)
print(type(True & True), True | False, True ^ True, type(True << 1))
print(type(True & True), True | False, True ^ True)
a=True; b=False
print(a & b, a | b, a ^ b)
a=True
a &= False; print(a); a |= True; print(a); a ^= True; print(a)
print({True} & {True}, True & 1, 1 & True, type(True & 1))

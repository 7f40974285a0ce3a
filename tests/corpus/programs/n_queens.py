def solve(n):
    solutions = []
    cols = [0] * n
    used_c, used_d1, used_d2 = set(), set(), set()
    def place(r):
        if r == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if c in used_c or (r + c) in used_d1 or (r - c) in used_d2:
                continue
            cols[r] = c
            used_c.add(c); used_d1.add(r + c); used_d2.add(r - c)
            place(r + 1)
            used_c.discard(c); used_d1.discard(r + c); used_d2.discard(r - c)
    place(0)
    return solutions

for n in range(1, 9):
    print(n, len(solve(n)))
first = solve(8)[0]
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(8)))
print(solve(6))

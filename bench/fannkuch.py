# fannkuch-redux (n = 9): prefix reversal by slice assignment, permutations by list.pop(0) and
# list.insert, plus a queue that rotates through pop(0)/insert(0)/pop()/append.


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    r = n
    nperm = 0
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if nperm % 2 == 0 else -flips
        nperm += 1
        while True:
            if r == n:
                return checksum, max_flips
            perm0 = perm1.pop(0)
            perm1.insert(r, perm0)
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def rotations(n, steps):
    q = list(range(n))
    total = 0
    for i in range(steps):
        x = q.pop(0)
        q.insert(0, x + 1)
        y = q.pop()
        q.append(y ^ i)
        total += q[0] + q[-1] + len(q[i % n:])
    return total


print(fannkuch(9), rotations(64, 50_000))

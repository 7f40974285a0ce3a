class Custom(Exception):
    pass

def risky(i):
    if i % 3 == 0:
        raise Custom(i)
    if i % 3 == 1:
        raise KeyError(i)
    return i

caught = 0
total = 0
for i in range(600_000):
    try:
        total += risky(i)
    except Custom as e:
        caught += e.args[0] & 1
    except KeyError:
        caught += 1
    finally:
        total += 1
d = {}
for i in range(400_000):
    try:
        d[i % 100] += 1
    except KeyError:
        d[i % 100] = 1
print(caught, total, sum(d.values()))

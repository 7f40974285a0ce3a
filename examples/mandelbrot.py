# An ASCII Mandelbrot set: floats, nested loops and string building.
CHARS = " .:-=+*#%@"

def mandel(c, limit=60):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit

rows = []
for y in range(-12, 13):
    row = []
    for x in range(-39, 21):
        n = mandel(complex(x / 20, y / 10))
        row.append(CHARS[min(n, 59) * len(CHARS) // 60])
    rows.append("".join(row))
print("\n".join(rows))

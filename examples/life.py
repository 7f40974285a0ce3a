# Conway's Game of Life on a small torus: a glider and a blinker.
WIDTH, HEIGHT = 20, 10

def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % WIDTH, (y + dy) % HEIGHT)
                    counts[key] = counts.get(key, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}

def show(cells, gen):
    print(f"generation {gen}: {len(cells)} live cells")
    for y in range(HEIGHT):
        print("".join("#" if (x, y) in cells else "." for x in range(WIDTH)))

cells = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}          # glider
cells |= {(12, 5), (13, 5), (14, 5)}                      # blinker
for gen in range(4):
    show(cells, gen)
    cells = step(cells)

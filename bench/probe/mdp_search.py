# Value iteration on a grid-world MDP: dicts keyed by tuples, tuple-heavy transitions.
W, H = 14, 14
ACTIONS = {"N": (0, -1), "S": (0, 1), "E": (1, 0), "W": (-1, 0)}
WALLS = {(3, y) for y in range(2, 11)} | {(x, 7) for x in range(6, 13)}
GOALS = {(13, 13): 10.0, (0, 13): -5.0, (7, 2): 3.0}


def states():
    return [(x, y) for x in range(W) for y in range(H) if (x, y) not in WALLS]


def move(s, a):
    dx, dy = ACTIONS[a]
    n = (s[0] + dx, s[1] + dy)
    if n in WALLS or not (0 <= n[0] < W and 0 <= n[1] < H):
        return s
    return n


SIDE = {"N": ("E", "W"), "S": ("E", "W"), "E": ("N", "S"), "W": ("N", "S")}


def transitions(s, a):
    l, r = SIDE[a]
    return ((0.8, move(s, a)), (0.1, move(s, l)), (0.1, move(s, r)))


def value_iteration(gamma=0.9, eps=1e-6):
    S = states()
    V = {s: 0.0 for s in S}
    table = {(s, a): transitions(s, a) for s in S for a in ACTIONS}
    it = 0
    while True:
        it += 1
        delta = 0.0
        newV = {}
        for s in S:
            if s in GOALS:
                newV[s] = GOALS[s]
                continue
            best = max(sum(p * (-0.04 + gamma * V[t]) for p, t in table[s, a]) for a in ACTIONS)
            newV[s] = best
            d = abs(best - V[s])
            if d > delta:
                delta = d
        V = newV
        if delta < eps:
            return V, it


for g in (0.8, 0.85, 0.9):
    V, iters = value_iteration(g)
    print(g, iters, "%.6f" % sum(V.values()))
policy = {}
for s in states():
    if s not in GOALS:
        policy[s] = max(ACTIONS, key=lambda a: sum(p * V[t] for p, t in transitions(s, a)))
row = "".join(policy.get((x, 0), "#") for x in range(W))
print(iters, "%.6f" % V[(0, 0)], "%.6f" % sum(V.values()), row)

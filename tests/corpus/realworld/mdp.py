# A Markov decision process on a grid world: value iteration and policy iteration over dicts
# keyed by tuples, with stochastic transitions; prints values, policies and convergence stats.
from fractions import Fraction

ACTIONS = {"N": (-1, 0), "S": (1, 0), "E": (0, 1), "W": (0, -1)}
SLIP = {"N": ("E", "W"), "S": ("E", "W"), "E": ("N", "S"), "W": ("N", "S")}


class GridWorld:
    def __init__(self, rows, walls, terminals, step_cost=-0.04, p_intended=0.8):
        self.rows = rows
        self.height = len(rows)
        self.width = len(rows[0])
        self.walls = set(walls)
        self.terminals = dict(terminals)
        self.step_cost = step_cost
        self.p = p_intended
        self.states = [(r, c) for r in range(self.height) for c in range(self.width) if (r, c) not in self.walls]

    def move(self, state, action):
        dr, dc = ACTIONS[action]
        nr, nc = state[0] + dr, state[1] + dc
        if not (0 <= nr < self.height and 0 <= nc < self.width) or (nr, nc) in self.walls:
            return state
        return nr, nc

    def transitions(self, state, action):
        if state in self.terminals:
            return []
        side = (1 - self.p) / 2
        out = {}
        for a, pr in ((action, self.p), (SLIP[action][0], side), (SLIP[action][1], side)):
            nxt = self.move(state, a)
            out[nxt] = out.get(nxt, 0) + pr
        return sorted(out.items())

    def reward(self, state):
        return self.terminals.get(state, self.step_cost)


def q_value(world, values, state, action, gamma):
    return sum(p * (world.reward(s2) + gamma * values[s2]) for s2, p in world.transitions(state, action))


def value_iteration(world, gamma=0.9, eps=1e-9):
    values = {s: 0.0 for s in world.states}
    sweeps = 0
    while True:
        sweeps += 1
        delta = 0.0
        new = {}
        for s in world.states:
            if s in world.terminals:
                new[s] = 0.0
                continue
            new[s] = max(q_value(world, values, s, a, gamma) for a in ACTIONS)
            delta = max(delta, abs(new[s] - values[s]))
        values = new
        if delta < eps:
            return values, sweeps


def greedy_policy(world, values, gamma=0.9):
    policy = {}
    for s in world.states:
        if s in world.terminals:
            policy[s] = "*"
        else:
            policy[s] = max(sorted(ACTIONS), key=lambda a: (round(q_value(world, values, s, a, gamma), 12), a))
    return policy


def policy_evaluation(world, policy, gamma, sweeps=60):
    values = {s: 0.0 for s in world.states}
    for _ in range(sweeps):
        values = {s: 0.0 if policy[s] == "*" else q_value(world, values, s, policy[s], gamma) for s in world.states}
    return values


def policy_iteration(world, gamma=0.9):
    policy = {s: ("*" if s in world.terminals else "N") for s in world.states}
    rounds = 0
    while True:
        rounds += 1
        values = policy_evaluation(world, policy, gamma)
        improved = greedy_policy(world, values, gamma)
        if improved == policy:
            return policy, values, rounds
        policy = improved


def show(world, mapping, fmt):
    for r in range(world.height):
        cells = []
        for c in range(world.width):
            cells.append("#####" if (r, c) in world.walls else fmt(mapping[(r, c)]))
        print(" ".join(cells))


world = GridWorld(["....", ".#..", "....", "...."], walls=[(1, 1)], terminals={(0, 3): 1.0, (1, 3): -1.0})
values, sweeps = value_iteration(world)
print("sweeps", sweeps)
show(world, values, lambda v: f"{v:+.3f}")
policy = greedy_policy(world, values)
show(world, policy, lambda a: f"{a:^5}")
p2, v2, rounds = policy_iteration(world)
print("policy iteration rounds", rounds, "agree", p2 == policy)
print("max diff", f"{max(abs(values[s] - v2[s]) for s in world.states):.2e}" if False else round(max(abs(values[s] - v2[s]) for s in world.states), 3))
exact = {}
for s in world.states:
    for a in "NSEW":
        for s2, p in world.transitions(s, a):
            exact[(s, a, s2)] = Fraction(p).limit_denominator(1000)
print(len(exact), sum(exact.values()), sorted(exact.items())[:3])
counts = {}
for (s, a, s2), p in exact.items():
    counts.setdefault(p, []).append((s, a))
print({str(k): len(v) for k, v in sorted(counts.items())})
for gamma in (0.5, 0.99):
    vals, n = value_iteration(world, gamma)
    print(gamma, n, round(sum(vals.values()), 6), min(vals, key=vals.get), max(vals.items(), key=lambda kv: kv[1])[0])

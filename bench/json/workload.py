# json.loads + json.dumps of a ~1 MB document. `python workload.py [pure]`: with `pure`, the
# pure-Python implementation in pure_json.py instead of the runtime's json module.
# Prints the document size, a checksum and the best time of each phase.
import sys
import time

if len(sys.argv) > 1 and sys.argv[1] == 'pure':
    import pure_json as json
else:
    import json

RUNS = 3
state = 2024


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


WORDS = ['alpha', 'beta', 'gamma', 'delta', 'épsilon', 'zeta', 'eta', 'theta', 'ιota', 'kappa', 'λ', 'mu 中文']


def record(i):
    return {
        'id': i,
        'name': f'user_{i}',
        'email': f'user{i}@example.com',
        'score': rnd(1000000) / 1000,
        'ratio': rnd(100) / 7,
        'active': rnd(2) == 0,
        'tags': [WORDS[rnd(len(WORDS))] for _ in range(rnd(5))],
        'address': {'street': f'{rnd(999)} Main St', 'city': WORDS[rnd(len(WORDS))], 'zip': f'{rnd(99999):05d}'},
        'history': [rnd(10000) for _ in range(rnd(8))],
        'note': None if rnd(3) else 'quote " and backslash \\ and newline\n',
    }


doc = [record(i) for i in range(4200)]
text = json.dumps(doc)


def best(f):
    times = []
    for _ in range(RUNS):
        t = time.perf_counter()
        r = f()
        times.append(time.perf_counter() - t)
    return min(times), r


t_loads, value = best(lambda: json.loads(text))
t_dumps, out = best(lambda: json.dumps(value))
assert out == text
print(f'size {len(text)} checksum {sum(len(s) for s in out.split(",")) % 100003}')
print(f'RESULT loads_ms={t_loads * 1000:.1f} dumps_ms={t_dumps * 1000:.1f}')

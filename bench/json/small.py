# Many json.dumps / json.loads of small and medium documents, in the spirit of
# pyperformance's json_dumps and json_loads: flat and nested dicts of str/int/float/bool/None,
# lists of ints, a list of nested records. `python small.py [pure]` as workload.py.
# Prints a checksum and the best time of each phase.
import sys
import time

if len(sys.argv) > 1 and sys.argv[1] == 'pure':
    import pure_json as json
else:
    import json

RUNS = 3
REPEAT = 20

FLAT = {'id': 7, 'ok': True, 'name': 'widget', 'kind': 'tool', 'owner': 'someone', 'price': 12.5, 'gone': None}
NESTED = {
    'id': 1, 'meta': FLAT, 'title': 'nested', 'left': FLAT, 'right': FLAT,
    'label': 'gru\u0308\u00df \u2603', 'ratio': 0.333, 'flags': [True, False, None],
}
IDS = [271828182, 314159265, 161803398, 141421356, 173205080, 223606797, 57721566,
       301029995, 69314718, 244949, 1000000007, 998244353, 2147483647, 4294967296]
PROFILE = {
    'user': 'k.example', 'age': 41, 'country': 'NL', 'verified': False, 'karma': -12,
    'score': 1234.5625, 'bio': 'Line one\nline "two"\ttabbed \\ back',
    'langs': ['python', 'rust', 'c', 'go', 'javascript'],
    'friends': [{'id': i, 'name': f'friend{i}', 'since': 2000 + i} for i in range(6)],
    'settings': {'theme': 'dark', 'volume': 0.75, 'tags': [], 'extra': {}},
}
BATCH = [NESTED] * 200

CASES = [({}, 400), (FLAT, 300), (NESTED, 200), (IDS, 200), (PROFILE, 150), (BATCH, 1)]
TEXTS = [(json.dumps(obj), n) for obj, n in CASES]


def dumps_all():
    total = 0
    for obj, n in CASES:
        for _ in range(n):
            total += len(json.dumps(obj))
    return total


def loads_all():
    total = 0
    for text, n in TEXTS:
        for _ in range(n):
            total += len(json.loads(text))
    return total


def best(f):
    times = []
    r = None
    for _ in range(RUNS):
        t = time.perf_counter()
        for _ in range(REPEAT):
            r = f()
        times.append(time.perf_counter() - t)
    return min(times), r


t_loads, n_loads = best(loads_all)
t_dumps, n_dumps = best(dumps_all)
print(f'dumped {n_dumps} chars, loaded {n_loads} items')
print(f'RESULT loads_ms={t_loads * 1000:.1f} dumps_ms={t_dumps * 1000:.1f}')

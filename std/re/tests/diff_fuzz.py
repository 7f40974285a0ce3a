"""Differential fuzzing of `re` against CPython: random patterns from small pieces, run on a
few subjects by CPython 3.13 and by `edge`, outputs compared line by line.

    PYENV_VERSION=3.13.0 python3 std/re/tests/diff_fuzz.py [--edge target/debug/edge] [--seeds 5]
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

ATOM_SETS = [
    ['a', 'b', '.', '[ab]', '[^a]', '(a)', '(a|b)', '(?:ab)', '(a*)', '\\1', '(?=a)', '(?!b)', '(?<=a)', '^',
     '$', '\\b', '(?>a*)', '(?P<n>b)', '(?(1)a|b)', '()', '(|a)', '[a-c]', '\\w', '\\s'],
    ['a', 'B', '(?i:b)', '[^b]', '(a|ab)', '(?:a|b)', '(b*)', '\\1', '(?P=n)', '(?P<n>a|b)', '(?<!b)',
     '(?<=(a))', '\\B', '(?:a(b)?)', '(?(n)b|a)', '(?=(a+))', '(?!a)', '(?>b|ba)', '[ab]', '\\Z', '\\A'],
]
QUANTS = ['', '', '', '*', '+', '?', '*?', '+?', '??', '{2}', '{1,2}', '{,2}?', '*+', '++']
SUBJECTS = ['', 'a', 'ab', 'aB', 'aab', 'abba', 'ba ab', 'bbaa', 'aaa b']

PROGRAM = '''
import re
for p in P:
    try:
        c = re.compile(p)
    except Exception as e:
        print(repr(p), 'ERR', type(e).__name__, e)
        continue
    for s in S:
        out = [None if m is None else (m.regs, m.lastindex) for m in (c.match(s), c.search(s), c.fullmatch(s))]
        out.append([m.regs for m in c.finditer(s)])
        out.append(c.sub('<\\\\g<0>>', s))
        out.append(c.split(s))
        print(repr(p), repr(s), out)
'''


def program(seed):
    rnd = random.Random(seed)
    atoms = ATOM_SETS[seed % len(ATOM_SETS)]
    pats = []
    for _ in range(600):
        p = ''.join(rnd.choice(atoms) + rnd.choice(QUANTS) for _ in range(rnd.randint(1, 4)))
        if rnd.random() < 0.3:
            p += '|' + rnd.choice(atoms)
        pats.append(p)
    return 'P = %r\nS = %r\n' % (pats, SUBJECTS) + PROGRAM


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--edge', default='target/debug/edge')
    ap.add_argument('--seeds', type=int, default=5)
    args = ap.parse_args()
    failed = 0
    for seed in range(args.seeds):
        with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
            f.write(program(seed))
        want = subprocess.run([sys.executable, f.name], capture_output=True, text=True).stdout.splitlines()
        got = subprocess.run([args.edge, f.name], capture_output=True, text=True).stdout.splitlines()
        os.unlink(f.name)
        diffs = [(w, g) for w, g in zip(want, got) if w != g] + ([('<length>', '<length>')] if len(want) != len(got) else [])
        print('seed %d: %d lines, %d differ' % (seed, len(want), len(diffs)))
        for w, g in diffs[:3]:
            print('  CPython:', w, '\n  edge:   ', g)
        failed += bool(diffs)
    sys.exit(1 if failed else 0)


main()

#!/usr/bin/env python3
"""Runs the bench/ workloads with edge and CPython and prints a comparison table.

Builds nothing: expects target/release/edge (cargo build --release -p edge). Each workload
prints a checksum; edge's output must equal CPython's or the row is marked MISMATCH.

    python3 bench/run.py [--filter SUBSTR] [--runs N] [--edge PATH] [--python CMD]
                         [--wasm-runner CMD]

--wasm-runner adds a column for a WebAssembly build: CMD is run as `CMD workload.py`
(e.g. "node wasm/run.mjs"). Standard library only.
"""

import argparse
import math
import os
import shlex
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def workloads(filt):
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".py") and f != "run.py")
    return [n for n in names if not filt or filt in n]


def best_of(cmd, runs, timeout):
    """(best wall seconds, stdout) over `runs` runs, or (None, error text)."""
    best, out = None, None
    for _ in range(runs):
        start = time.perf_counter()
        try:
            r = subprocess.run(cmd, cwd=HERE, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return None, "timeout"
        except OSError as e:
            return None, str(e)
        elapsed = time.perf_counter() - start
        if r.returncode != 0:
            err = r.stderr.decode("utf-8", "replace").strip().splitlines()
            return None, "exit %d: %s" % (r.returncode, err[-1] if err else "")
        out = r.stdout
        best = elapsed if best is None else min(best, elapsed)
    return best, out


def fmt(t):
    return "%8.3f" % t if t is not None else "%8s" % "-"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--filter", default="", help="only workloads whose file name contains this")
    ap.add_argument("--runs", type=int, default=3, help="runs per workload and runtime (best is kept)")
    ap.add_argument("--edge", default=os.path.join(ROOT, "target", "release", "edge"))
    ap.add_argument("--python", default="python3", help="CPython command (PYENV_VERSION=3.13.0 is set)")
    ap.add_argument("--wasm-runner", default=None, help="command running a .py with the wasm build")
    ap.add_argument("--timeout", type=float, default=120.0)
    args = ap.parse_args()

    args.edge = os.path.abspath(args.edge)
    if not os.path.exists(args.edge):
        sys.exit("bench: %s not found; build it with: cargo build --release -p edge" % args.edge)
    os.environ.setdefault("PYENV_VERSION", "3.13.0")
    python = shlex.split(args.python)
    wasm = shlex.split(args.wasm_runner) if args.wasm_runner else None

    names = workloads(args.filter)
    if not names:
        sys.exit("bench: no workload matches %r" % args.filter)

    header = "%-28s %8s %8s %7s" % ("workload", "CPython", "edge", "ratio")
    if wasm:
        header += " %8s %7s" % ("wasm", "ratio")
    print(header)
    print("-" * len(header))
    ratios, wasm_ratios, failures = [], [], 0
    for name in names:
        cp_t, cp_out = best_of(python + [name], args.runs, args.timeout)
        ed_t, ed_out = best_of([args.edge, name], args.runs, args.timeout)
        note = ""
        if cp_t is None:
            note = "CPython failed: %s" % cp_out.decode() if isinstance(cp_out, bytes) else "CPython failed: %s" % cp_out
            ed_t = None
        elif ed_t is None:
            note = "edge failed: %s" % ed_out
        elif ed_out != cp_out:
            note = "MISMATCH"
            ed_t = None
        ratio = ed_t / cp_t if ed_t is not None and cp_t else None
        if ratio is not None:
            ratios.append(ratio)
        else:
            failures += 1
        line = "%-28s %s %s %7s" % (name[:-3], fmt(cp_t), fmt(ed_t), "%.2fx" % ratio if ratio else "-")
        if wasm:
            w_t, w_out = best_of(wasm + [name], args.runs, args.timeout)
            if w_t is not None and w_out != cp_out:
                w_t, note = None, (note + " wasm MISMATCH").strip()
            w_ratio = w_t / cp_t if w_t is not None and cp_t else None
            if w_ratio is not None:
                wasm_ratios.append(w_ratio)
            line += " %s %7s" % (fmt(w_t), "%.2fx" % w_ratio if w_ratio else "-")
        print(line + ("  " + note if note else ""), flush=True)

    print("-" * len(header))
    geo = lambda rs: math.exp(sum(math.log(r) for r in rs) / len(rs)) if rs else None
    g = geo(ratios)
    summary = "geometric mean edge/CPython: %s over %d workloads" % ("%.2fx" % g if g else "-", len(ratios))
    if wasm:
        gw = geo(wasm_ratios)
        summary += "; wasm/CPython: %s" % ("%.2fx" % gw if gw else "-")
    if failures:
        summary += " (%d failed or mismatched)" % failures
    print(summary)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

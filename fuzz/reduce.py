#!/usr/bin/env python3
"""Split a crashing generated program into its snippets and report which ones crash alone.
Usage: python3 fuzz/reduce.py FILE.py [EDGE]"""
import subprocess
import sys

src = open(sys.argv[1]).read()
edge = sys.argv[2] if len(sys.argv) > 2 else "./target/release/edge"
head, _, rest = src.partition("\ntry:\n")
parts = ["try:\n" + p for p in ("\ntry:\n" + rest).split("\ntry:\n")[1:]]
for p in parts:
    prog = head + "\n" + p
    try:
        rc = subprocess.run([edge, "--max-ops", "5000000", "--max-heap", "200M", "/dev/stdin"], input=prog.encode(),
                            capture_output=True, timeout=10).returncode
    except subprocess.TimeoutExpired:
        rc = 124
    if rc in (70, 124, 134, 137, 139, -6, -11):
        print("=== rc", rc)
        print(p)

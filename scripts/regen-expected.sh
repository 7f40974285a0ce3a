#!/usr/bin/env bash
# Regenerates tests/corpus expectations with CPython 3.13.
#   scripts/regen-expected.sh                 # every corpus program
#   scripts/regen-expected.sh path/to/x.py …  # only these
# For each program (run from its own directory, stdin from name.stdin or /dev/null) writes
# name.expected (stdout); when the exit code is non-zero also name.expected_code and
# name.expected_err (the whole stderr, the program's directory written as <DIR>), and removes
# them otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
export PYENV_VERSION=3.13.0
if ! python3 --version 2>/dev/null | grep -q '^Python 3\.13'; then
    echo "regen-expected: CPython 3.13 is required (PYENV_VERSION=3.13.0 python3)" >&2
    exit 1
fi
exec python3 - "$@" <<'PY'
import os, subprocess, sys

ROOT = os.path.abspath("tests/corpus")

def helper_dir(d):
    return os.path.isfile(os.path.join(d, "__init__.py")) or os.path.basename(d).startswith("_")

def programs():
    for dirpath, dirnames, filenames in os.walk(ROOT):
        dirnames[:] = sorted(d for d in dirnames if not helper_dir(os.path.join(dirpath, d)))
        for f in sorted(filenames):
            if f.endswith(".py") and not f.startswith("_"):
                yield os.path.join(dirpath, f)

files = [os.path.abspath(a) for a in sys.argv[1:]] or list(programs())
env = dict(os.environ, PYENV_VERSION="3.13.0", PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
env.pop("PYTHONPATH", None)
for path in files:
    base = path[:-3]
    stdin_path = base + ".stdin"
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    try:
        r = subprocess.run(["python3", os.path.basename(path)], cwd=os.path.dirname(path),
                           stdin=stdin, capture_output=True, env=env, timeout=60)
    except subprocess.TimeoutExpired:
        print(f"TIMEOUT {path}", file=sys.stderr)
        continue
    with open(base + ".expected", "wb") as f:
        f.write(r.stdout)
    for ext in (".expected_code", ".expected_err"):
        if os.path.exists(base + ext):
            os.remove(base + ext)
    status = "ok"
    if r.returncode != 0:
        stderr = r.stderr.decode("utf-8", "replace")
        lines = [l for l in stderr.splitlines() if l.strip()]
        with open(base + ".expected_code", "w") as f:
            f.write(f"{r.returncode}\n")
        if lines:
            # The whole traceback, with the program's directory (CPython prints absolute
            # paths) written as <DIR> so the file does not depend on the checkout's location.
            with open(base + ".expected_err", "w") as f:
                f.write(stderr.replace(os.path.dirname(path), "<DIR>"))
        status = f"exit {r.returncode}: {lines[-1] if lines else ''}"
    print(f"{os.path.relpath(path)}: {status}")
PY

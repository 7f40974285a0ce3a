#!/usr/bin/env bash
# json.loads + json.dumps of a ~1 MB document (bench/json/workload.py) and of many small
# documents (small.py): edge native, edge on wasm in Node (runtime/std/json.wasm),
# CPython's json (C accelerated) and a pure-Python JSON (pure_json.py) on CPython. Builds what
# is missing, prints times and ratios to CPython.
#   bench/json/run.sh [workload.py|small.py]
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PYTHON:-python3}
if PYENV_VERSION=3.13.0 python3 --version 2>/dev/null | grep -q '^Python 3\.13'; then PY="env PYENV_VERSION=3.13.0 python3"; fi
[ -x target/release/edge ] || cargo build --release -q -p edge
[ -f runtime/compiler_lib.wasm ] || scripts/build-wasm.sh --quiet
[ -f runtime/std/json.wasm ] || scripts/build-std.sh --quiet json
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp bench/json/workload.py bench/json/small.py bench/json/pure_json.py "$WORK/"
cp runtime/std/json.wasm "$WORK/json.wasm"
NODE_RUN=$PWD/runtime/tests/node-run.mjs
EDGE=$PWD/target/release/edge

run() { # label, command...
    local label=$1; shift
    local out
    out=$(cd "$WORK" && "$@")
    echo "$label|$(echo "$out" | sed -n 's/^RESULT //p')|$(echo "$out" | head -1)"
}
for W in ${1:-workload.py small.py}; do
    {
        run "CPython json (C)" $PY $W
        run "CPython pure-Python json" $PY $W pure
        run "edge native" "$EDGE" $W
        run "edge wasm (Node)" node "$NODE_RUN" $W
    } > "$WORK/results"
    title="json, ~1 MB document"
    [ "$W" = small.py ] && title="json, small documents"
    awk -F'|' -v title="$title" '
        { split($2, a, /[ =]/); loads[NR] = a[2]; dumps[NR] = a[4]; label[NR] = $1; check[NR] = $3 }
        END {
            printf "%-26s %10s %10s %10s %8s   %s\n", title, "loads ms", "dumps ms", "total ms", "vs C", "output"
            for (i = 1; i <= NR; i++) {
                t = loads[i] + dumps[i]
                printf "%-26s %10.1f %10.1f %10.1f %7.2fx   %s\n", label[i], loads[i], dumps[i], t, t / (loads[1] + dumps[1]), check[i]
            }
        }' "$WORK/results"
done

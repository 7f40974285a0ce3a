#!/usr/bin/env bash
# Run every .py in DIR under edge; report crashes (exit 70/134/139 or timeout).
# Usage: fuzz/run.sh DIR [EDGE]   (crashing files are listed in DIR/crashes.txt)
dir=$1; edge=${2:-./target/release/edge}
: > "$dir/crashes.txt"
for f in "$dir"/*.py; do
  timeout 10 "$edge" --max-ops 5000000 --max-heap 200M "$f" > /dev/null 2> "$f.err" < /dev/null
  rc=$?
  case $rc in
    70|124|134|137|139) echo "$rc $f" | tee -a "$dir/crashes.txt";;
    *) rm -f "$f.err";;
  esac
done

#!/usr/bin/env bash
# Installs the peer runtimes for bench/run.py's Pyodide and MicroPython columns into
# bench/node_modules, exactly as pinned by package-lock.json. Optional: CI never needs them,
# and run.py leaves a column out when its package is missing.
set -euo pipefail
cd "$(dirname "$0")"
if [ -f package-lock.json ]; then
    npm ci --no-audit --no-fund
else
    npm install --no-audit --no-fund
fi
